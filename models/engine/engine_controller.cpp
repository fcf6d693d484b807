#include "models/engine/engine_controller.hpp"

#include <algorithm>

namespace vtl::models {

using workload::EngineState;

EngineController::EngineController(QObject* parent)
    : QObject(parent)
    , engine_(std::make_unique<workload::Engine>()) {
    poller_ = new SnapshotPoller(*engine_, this);
    connect(poller_, &SnapshotPoller::snapshotChanged, this, &EngineController::on_snapshot);
    connect(poller_, &SnapshotPoller::runEnded, this, &EngineController::on_run_ended);
}

EngineController::~EngineController() {
    engine_->cancel();
    delete poller_; // before the engine it polls
    poller_ = nullptr;
}

std::optional<workload::ScenarioError> EngineController::start(const workload::Scenario& s) {
    workload::Scenario run = s;
    if (slow_) {
        run.strategies = {slow_->strategy};
        run.calls = std::min(run.calls, slow_->max_calls);
        // One call at a time: every call is seen whole, and a miss gets the real time it
        // waits (with more callers, the next caller's pacing wait would freeze the run clock
        // under the miss in flight).
        run.concurrency = 1;
    }
    poller_->begin_run();
    if (auto error = engine_->start(run))
        return error;
    run_scenario_ = run;
    slow_run_ = slow_.has_value();
    set_flags(true, false);
    Q_EMIT runStarted();
    return std::nullopt;
}

// The last request wins: after resume() the run is no longer paused even if the engine has
// not yet published "running" (engine_state() tells when it has).
bool EngineController::paused() const noexcept {
    return active_ && pause_requested_;
}

void EngineController::pause() {
    if (!active_ || paused())
        return;
    engine_->pause();
    set_flags(true, true);
}

void EngineController::resume() {
    if (!active_)
        return;
    engine_->resume();
    set_flags(true, false);
}

void EngineController::toggle_pause() {
    if (paused())
        resume();
    else
        pause();
}

void EngineController::step() {
    if (!active_)
        return;
    engine_->step();
    set_flags(true, true);
}

void EngineController::cancel() {
    engine_->cancel();
}

void EngineController::reset() {
    engine_->cancel();
    poller_->clear();
    set_flags(false, false);
}

void EngineController::set_slow_motion(std::optional<SlowMotion> slow) {
    slow_ = slow;
    engine_->set_pacing(slow ? slow->calls_per_s : 0);
}

void EngineController::set_trace_every(std::uint64_t n) {
    engine_->set_trace_every(n);
}

void EngineController::on_snapshot(const workload::EngineSnapshot& snapshot) {
    if (snapshot.state != last_state_) {
        last_state_ = snapshot.state;
        Q_EMIT stateChanged();
    }
}

void EngineController::on_run_ended(EngineState state) {
    set_flags(false, false);
    Q_EMIT runEnded(state);
}

void EngineController::set_flags(bool active, bool pause_requested) {
    if (active == active_ && pause_requested == pause_requested_)
        return;
    active_ = active;
    pause_requested_ = pause_requested;
    Q_EMIT stateChanged();
}

} // namespace vtl::models
