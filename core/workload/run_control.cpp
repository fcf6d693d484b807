#include "workload/run_control.hpp"

#include "workload/engine_timing.hpp"

#include <algorithm>
#include <chrono>

namespace vtl::workload::detail {

// --- requests (any thread) ----------------------------------------------------------------

template <class F>
void ControlRequests::change(F&& f) {
    {
        std::lock_guard lock(mutex_);
        f();
        dirty_.store(true, std::memory_order_release);
    }
    cv_.notify_all();
}

void ControlRequests::reset() {
    std::lock_guard lock(mutex_);
    pause_ = false;
    cancel_ = false;
    steps_ = 0;
    dirty_.store(pacing_ > 0);
}

void ControlRequests::pause() {
    change([this] { pause_ = true; });
}

void ControlRequests::resume() {
    change([this] {
        pause_ = false;
        steps_ = 0;
    });
}

void ControlRequests::step() {
    change([this] {
        pause_ = true;
        ++steps_;
    });
}

void ControlRequests::cancel() {
    change([this] { cancel_ = true; });
}

void ControlRequests::set_pacing(double calls_per_s) {
    change([this, calls_per_s] { pacing_ = calls_per_s > 0 ? calls_per_s : 0; });
}

// --- the engine thread's side -------------------------------------------------------------

RunControl::RunControl(ControlRequests& requests, EventLoop& loop, ClockMode scenario_clock,
                       EngineState& state, std::function<void()> publish,
                       std::int64_t& run_paused_wall_ns)
    : requests_(requests)
    , loop_(loop)
    , scenario_clock_(scenario_clock)
    , state_(state)
    , publish_(std::move(publish))
    , run_paused_wall_ns_(run_paused_wall_ns) {}

// The one rule, for callers and driver alike (control mutex held): a cancel starts draining
// the run; without a pause everything parked goes on and, unless pacing still needs watching,
// the fast path is restored. True if nothing holds the run; false while it is paused.
bool RunControl::settle(Lock&) {
    if (requests_.cancel_) {
        begin_cancel();
        return true;
    }
    if (requests_.pause_)
        return false;
    if (requests_.pacing_ <= 0)
        requests_.dirty_.store(false, std::memory_order_relaxed);
    state_ = EngineState::running;
    unpark_all();
    return true;
}

bool RunControl::may_issue_slow(std::uint64_t next_index) {
    Lock lock(requests_.mutex_);
    apply_clock_mode();
    if (!requests_.cancel_ && requests_.pacing_ > 0)
        pace(lock);
    if (settle(lock))
        return true;
    if (requests_.steps_ > 0 && step_call_ == no_call) {
        --requests_.steps_;
        step_call_ = next_index;
        return true;
    }
    return false; // park until resumed or stepped
}

void RunControl::between_rounds_slow() {
    Lock lock(requests_.mutex_);
    apply_clock_mode();
    while (!settle(lock)) {
        // Paused. A step in flight keeps the loop running until its call completes.
        if (step_call_ != no_call)
            return;
        if (requests_.steps_ > 0) {
            if (!parked_.empty()) {
                loop_.post(parked_.back());
                parked_.pop_back();
            }
            return;
        }
        if (loop_.ready_count() != 0)
            return; // let running callers reach their permit and park
        state_ = EngineState::paused;
        wait_frozen(lock, std::nullopt);
        state_ = EngineState::running;
    }
}

// Slow motion runs on the real clock, whatever the scenario says: a backend wait then takes
// its real time instead of being skipped. Back to the scenario's clock after.
void RunControl::apply_clock_mode() {
    loop_.clock().set_mode(requests_.pacing_ > 0 ? ClockMode::real : scenario_clock_);
}

// Slow motion: wait (wall time, run clock frozen so no measurement sees it) until the next
// call is due, waking at once for pause or cancel.
void RunControl::pace(Lock& lock) {
    const auto period = static_cast<std::int64_t>(1e9 / std::max(requests_.pacing_, 1e-3));
    const std::int64_t due = last_paced_wall_ns_ + period;
    const std::int64_t now = wall_ns();
    if (due > now && last_paced_wall_ns_ != 0)
        wait_frozen(lock, due - now);
    last_paced_wall_ns_ = wall_ns();
}

// Publishes, then blocks this thread with the run clock frozen until a request changes what
// the run may do (or the timeout passes); the time counts as paused, not as run time.
void RunControl::wait_frozen(Lock& lock, std::optional<std::int64_t> timeout_ns) {
    lock.unlock();
    publish_();
    lock.lock();
    loop_.clock().freeze();
    const std::int64_t paused_from = wall_ns();
    if (timeout_ns) {
        requests_.cv_.wait_for(lock, std::chrono::nanoseconds(*timeout_ns),
                               [this] { return requests_.cancel_ || requests_.pause_; });
    } else {
        requests_.cv_.wait(lock, [this] {
            return requests_.cancel_ || !requests_.pause_ || requests_.steps_ > 0;
        });
    }
    const std::int64_t paused = wall_ns() - paused_from;
    paused_wall_ns_ += paused;
    run_paused_wall_ns_ += paused;
    loop_.clock().thaw();
}

void RunControl::begin_cancel() {
    if (cancelled_)
        return;
    cancelled_ = true;
    loop_.set_fast_forward(true); // drain in-flight waits at once
    unpark_all();
}

void RunControl::unpark_all() {
    for (auto h : parked_)
        loop_.post(h);
    parked_.clear();
}

} // namespace vtl::workload::detail
