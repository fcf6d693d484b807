// SnapshotPoller: the GUI's only window onto a running Engine. A timer in the GUI thread
// copies the engine's latest published snapshot when there is a newer one (never waiting for
// the engine: the copy is taken under a mutex the engine holds only to publish) and hands it
// to the views. It also reports when a run ends.
#pragma once

#include "workload/engine.hpp"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace vtl::models {

class SnapshotPoller : public QObject {
    Q_OBJECT
public:
    static constexpr int default_interval_ms = 20; // 50 Hz: ≥ 30 redraws/s with margin

    explicit SnapshotPoller(workload::Engine& engine, QObject* parent = nullptr);

    // Polling runs all the time (it is cheap when nothing changed).
    void set_interval_ms(int ms);

    // Call right before Engine::start(): forgets the previous run and shows the new one.
    void begin_run();
    // Shows an empty snapshot until the next begin_run() (the window's Reset).
    void clear();

    const workload::EngineSnapshot& snapshot() const { return snapshot_; }
    // New snapshots handed out per second, measured over the last second.
    double updates_per_second() const { return rate_; }
    quint64 update_count() const { return updates_; }
    // The longest a poll spent in the engine (taking a snapshot's copy): the only time the
    // GUI thread can wait for the engine thread.
    qint64 longest_copy_ns() const { return longest_copy_ns_; }

    // Polls now (also what the timer does).
    void poll();

signals:
    void snapshotChanged(const vtl::workload::EngineSnapshot& snapshot);
    // The run reached finished, cancelled or failed.
    void runEnded(vtl::workload::EngineState state);

private:
    bool take_snapshot(workload::EngineSnapshot& into);

    workload::Engine& engine_;
    QTimer timer_;
    workload::EngineSnapshot snapshot_;
    bool suppressed_ = false;
    bool run_active_ = false;
    quint64 updates_ = 0;
    quint64 updates_at_rate_start_ = 0;
    QElapsedTimer rate_clock_;
    double rate_ = 0;
    qint64 longest_copy_ns_ = 0;
};

} // namespace vtl::models
