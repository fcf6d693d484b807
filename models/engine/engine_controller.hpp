// EngineController: the GUI's one owner of the engine's run. It alone starts, pauses, resumes,
// steps, paces (slow motion) and cancels the engine, and it is the one place the GUI reads the
// run's state from: the toolbar and every view ask it and listen to stateChanged(), so they
// cannot disagree about whether the run is paused.
//
// The state is derived from the engine's published snapshots (through the SnapshotPoller it
// owns) plus the request the GUI made last: after pause() the controller reports paused at
// once, even before the engine thread has parked its callers and published "paused".
//
// Slow motion (issue 12): a paced run shows ONE strategy. While slow motion is on, start()
// runs only that strategy, one call at a time, and at most SlowMotion::max_calls calls, so
// the first miss shows within seconds instead of after a million calls of the strategy
// listed first.
#pragma once

#include "models/engine/snapshot_poller.hpp"
#include "workload/engine.hpp"
#include "workload/scenario.hpp"

#include <QObject>

#include <cstdint>
#include <memory>
#include <optional>

namespace vtl::models {

class EngineController : public QObject {
    Q_OBJECT
public:
    struct SlowMotion {
        workload::Strategy strategy = workload::Strategy::valuetask;
        double calls_per_s = 1;
        std::uint64_t max_calls = 100; // ~ a minute and a half at 1 call/s
        bool operator==(const SlowMotion&) const = default;
    };

    explicit EngineController(QObject* parent = nullptr);
    ~EngineController() override; // cancels and joins a running run

    // --- run control (the only way the GUI changes the engine's run) ---
    // Starts `s` (narrowed to one strategy while slow motion is on); the error if invalid.
    std::optional<workload::ScenarioError> start(const workload::Scenario& s);
    void pause();
    void resume();
    void toggle_pause();
    // Pauses if running, then lets exactly one more call run to completion.
    void step();
    void cancel();
    // Cancels and shows an empty snapshot until the next start().
    void reset();
    // Slow motion on (paced, one strategy) or off. Applies to a run in progress at once (its
    // pacing) and to the next start() (its strategy and length).
    void set_slow_motion(std::optional<SlowMotion> slow);
    const std::optional<SlowMotion>& slow_motion() const noexcept { return slow_; }
    // Every n-th call traced for the path animation (0: none).
    void set_trace_every(std::uint64_t n);

    // --- state ---
    // A run was started and has not ended (finished, cancelled, failed) or been reset.
    bool active() const noexcept { return active_; }
    // A pause (or step) was asked for the active run and not yet resumed: what every
    // Pause/Resume button shows. engine_state() says when the engine has actually parked.
    bool paused() const noexcept;
    // The state of the last snapshot shown.
    workload::EngineState engine_state() const noexcept { return poller_->snapshot().state; }
    const workload::EngineSnapshot& snapshot() const noexcept { return poller_->snapshot(); }
    // What the active (or last) run was started with, after slow motion's narrowing.
    const workload::Scenario& run_scenario() const noexcept { return run_scenario_; }
    // The active (or last) run was started in slow motion.
    bool slow_motion_run() const noexcept { return slow_run_; }

    SnapshotPoller* poller() const noexcept { return poller_; }
    // Read-only access for views (trace ring, snapshots); control goes through this class.
    workload::Engine& engine() noexcept { return *engine_; }

signals:
    // active(), paused() or engine_state() changed.
    void stateChanged();
    void runStarted();
    void runEnded(vtl::workload::EngineState state);

private:
    void on_snapshot(const workload::EngineSnapshot& snapshot);
    void on_run_ended(workload::EngineState state);
    void set_flags(bool active, bool pause_requested);

    std::unique_ptr<workload::Engine> engine_;
    SnapshotPoller* poller_ = nullptr;
    std::optional<SlowMotion> slow_;
    workload::Scenario run_scenario_;
    bool slow_run_ = false;
    bool active_ = false;
    bool pause_requested_ = false;
    workload::EngineState last_state_ = workload::EngineState::idle;
};

} // namespace vtl::models
