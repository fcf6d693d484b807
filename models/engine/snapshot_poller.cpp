#include "models/engine/snapshot_poller.hpp"

#include <algorithm>

namespace vtl::models {

namespace {

bool is_terminal(workload::EngineState s) {
    return s == workload::EngineState::finished || s == workload::EngineState::cancelled ||
           s == workload::EngineState::failed;
}

} // namespace

SnapshotPoller::SnapshotPoller(workload::Engine& engine, QObject* parent)
    : QObject(parent)
    , engine_(engine) {
    timer_.setTimerType(Qt::PreciseTimer);
    timer_.setInterval(default_interval_ms);
    connect(&timer_, &QTimer::timeout, this, &SnapshotPoller::poll);
    timer_.start();
    rate_clock_.start();
}

void SnapshotPoller::set_interval_ms(int ms) {
    timer_.setInterval(ms);
}

void SnapshotPoller::begin_run() {
    suppressed_ = false;
    run_active_ = true;
}

void SnapshotPoller::clear() {
    suppressed_ = true;
    run_active_ = false;
    const std::uint64_t seen = snapshot_.version;
    snapshot_ = workload::EngineSnapshot{};
    snapshot_.version = seen;
    ++updates_;
    Q_EMIT snapshotChanged(snapshot_);
}

bool SnapshotPoller::take_snapshot(workload::EngineSnapshot& into) {
    QElapsedTimer copy;
    copy.start();
    const bool newer = engine_.snapshot_if_newer(into);
    longest_copy_ns_ = std::max(longest_copy_ns_, copy.nsecsElapsed());
    return newer;
}

void SnapshotPoller::poll() {
    if (rate_clock_.elapsed() >= 1000) {
        rate_ = double(updates_ - updates_at_rate_start_) * 1000.0 / double(rate_clock_.restart());
        updates_at_rate_start_ = updates_;
    }
    if (suppressed_) {
        // Cleared: keep up with the engine's version without showing anything.
        workload::EngineSnapshot ignored;
        ignored.version = snapshot_.version;
        if (take_snapshot(ignored))
            snapshot_.version = ignored.version;
        return;
    }
    if (!take_snapshot(snapshot_))
        return;
    ++updates_;
    Q_EMIT snapshotChanged(snapshot_);
    if (run_active_ && is_terminal(snapshot_.state)) {
        run_active_ = false;
        Q_EMIT runEnded(snapshot_.state);
    }
}

} // namespace vtl::models
