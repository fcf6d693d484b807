// Run control: pause, resume, step, slow-motion pacing and cancel.
//
// ControlRequests is what other threads write (Engine::pause() and friends). RunControl is
// the engine thread's side for one strategy run: callers ask it before each call whether
// they may issue one (may_issue), the loop's driver asks it between rounds (between_rounds);
// both go through the same rule (settle) so pause and cancel are decided in one place.
#pragma once

#include "vtl/event_loop.hpp"
#include "workload/engine.hpp"

#include <atomic>
#include <condition_variable>
#include <coroutine>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <vector>

namespace vtl::workload::detail {

// Requests from other threads. `dirty` is the engine's one-load fast path: while it is clear,
// nothing was asked and callers issue calls without touching the mutex.
class ControlRequests {
public:
    void reset(); // a new run: no pause, no cancel, no steps; pacing stays
    void pause();
    void resume();
    void step();
    void cancel();
    void set_pacing(double calls_per_s);

    bool dirty() const noexcept { return dirty_.load(std::memory_order_acquire); }

private:
    friend class RunControl;
    template <class F>
    void change(F&& f);

    std::mutex mutex_;
    std::condition_variable cv_;
    bool pause_ = false;
    bool cancel_ = false;
    std::uint64_t steps_ = 0; // calls still allowed while paused
    double pacing_ = 0;       // calls per second, 0 = unlimited
    std::atomic<bool> dirty_{false};
};

class RunControl {
public:
    // `state` is the snapshot's state, `publish` publishes the snapshot (both engine thread);
    // `run_paused_wall_ns` accumulates time spent paused over the whole run.
    RunControl(ControlRequests& requests, EventLoop& loop, ClockMode scenario_clock,
               EngineState& state, std::function<void()> publish, std::int64_t& run_paused_wall_ns);

    // A caller, before each call: true if it may issue call `next_index` now (or must stop
    // because the run is cancelled); false if it must park (co_await park()) and ask again.
    bool may_issue(std::uint64_t next_index) {
        if (!requests_.dirty() || cancelled_)
            return true;
        return may_issue_slow(next_index);
    }
    // A caller, after call `index` has completed: ends a step.
    void call_completed(std::uint64_t index) noexcept {
        if (step_call_ == index)
            step_call_ = no_call;
    }
    // The loop's driver, between rounds: pauses (blocking this thread with the run clock
    // frozen), steps, resumes and cancels.
    void between_rounds() {
        if (requests_.dirty())
            between_rounds_slow();
    }

    bool cancelled() const noexcept { return cancelled_; }
    // Wall time this strategy spent paused or waiting for its next paced call.
    std::int64_t paused_wall_ns() const noexcept { return paused_wall_ns_; }

    struct Park {
        RunControl& control;
        bool await_ready() const noexcept { return false; }
        void await_suspend(std::coroutine_handle<> h) { control.parked_.push_back(h); }
        void await_resume() const noexcept {}
    };
    // Parks a caller while the engine is paused; it is posted again on resume or step.
    Park park() noexcept { return Park{*this}; }

private:
    static constexpr std::uint64_t no_call = ~std::uint64_t{0};
    using Lock = std::unique_lock<std::mutex>;

    bool may_issue_slow(std::uint64_t next_index);
    void between_rounds_slow();
    bool settle(Lock& lock);
    void apply_clock_mode();
    void pace(Lock& lock);
    void wait_frozen(Lock& lock, std::optional<std::int64_t> timeout_ns);
    void begin_cancel();
    void unpark_all();

    ControlRequests& requests_;
    EventLoop& loop_;
    ClockMode scenario_clock_;
    EngineState& state_;
    std::function<void()> publish_;
    std::int64_t& run_paused_wall_ns_;

    std::vector<std::coroutine_handle<>> parked_;
    std::uint64_t step_call_ = no_call;
    bool cancelled_ = false;
    std::int64_t paused_wall_ns_ = 0, last_paced_wall_ns_ = 0;
};

} // namespace vtl::workload::detail
