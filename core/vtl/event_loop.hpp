// EventLoop: a single-threaded executor with a ready queue and timers, on a RunClock.
//
// Work runs on the thread that calls run()/run_once(); while it does, the loop is that
// thread's Scheduler, so continuations registered there and completed on other threads are
// marshalled back through schedule_threadsafe(). Timers are intrusive nodes living in the
// awaiting coroutine's frame, the ready queue is a ring buffer and the timer heap a vector:
// after warm-up, posting and timers allocate nothing.
#pragma once

#include "vtl/run_clock.hpp"
#include "vtl/scheduler.hpp"

#include <atomic>
#include <condition_variable>
#include <coroutine>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <vector>

namespace vtl {

class EventLoop final : public Scheduler {
public:
    explicit EventLoop(ClockMode mode = ClockMode::skip_idle);
    EventLoop(const EventLoop&) = delete;
    EventLoop& operator=(const EventLoop&) = delete;
    ~EventLoop();

    RunClock& clock() noexcept { return clock_; }
    const RunClock& clock() const noexcept { return clock_; }
    std::int64_t now_ns() const noexcept { return clock_.now_ns(); }

    // Queues `h` to run after what is already ready. Loop thread only.
    void post(std::coroutine_handle<> h);
    void schedule_threadsafe(std::coroutine_handle<> h) override;
    bool is_current_thread() const noexcept override;

    struct TimerNode {
        std::int64_t due_ns = 0;
        std::coroutine_handle<> handle;
        std::uint64_t sequence = 0; // FIFO among equal due times: deterministic order
    };
    void add_timer(TimerNode& node);

    class DelayAwaiter {
    public:
        DelayAwaiter(EventLoop& loop, std::int64_t due_ns) noexcept
            : loop_(loop) {
            node_.due_ns = due_ns;
        }
        bool await_ready() const noexcept { return false; }
        void await_suspend(std::coroutine_handle<> h) {
            node_.handle = h;
            loop_.add_timer(node_);
        }
        void await_resume() const noexcept {}

    private:
        EventLoop& loop_;
        TimerNode node_;
    };
    DelayAwaiter delay_until(std::int64_t due_ns) noexcept { return {*this, due_ns}; }
    DelayAwaiter delay_for(std::int64_t ns) noexcept { return {*this, now_ns() + ns}; }

    struct YieldAwaiter {
        EventLoop& loop;
        bool await_ready() const noexcept { return false; }
        void await_suspend(std::coroutine_handle<> h) { loop.post(h); }
        void await_resume() const noexcept {}
    };
    // Lets every other ready coroutine run before this one continues.
    YieldAwaiter yield() noexcept { return {*this}; }

    // Work expected from other threads: run() does not return while the count is non-zero.
    void add_pending_external() noexcept { pending_external_.fetch_add(1); }
    void remove_pending_external() noexcept;

    // Runs until no work is ready, no timer is pending and no external work is expected.
    void run();
    // One round: everything ready now plus the due timers. When idle, skips to the next timer
    // (skip_idle or fast-forward) or sleeps up to `max_wait_ns` (real clock, external work).
    // Returns false when there is no work at all.
    bool run_once(std::int64_t max_wait_ns = 10'000'000);

    // Every timer counts as due now: drains in-flight waits at once (used when cancelling).
    void set_fast_forward(bool on) noexcept { fast_forward_ = on; }

    std::size_t ready_count() const noexcept { return ready_size_; }
    std::size_t timer_count() const noexcept { return timers_.size(); }

    // Makes this loop the calling thread's Scheduler while in scope (run_once() does this
    // itself; use it to start coroutines "inside" the loop from plain code).
    class ThreadScope {
    public:
        explicit ThreadScope(EventLoop& loop) noexcept
            : previous_(Scheduler::current()) {
            Scheduler::set_current(&loop);
        }
        ~ThreadScope() { Scheduler::set_current(previous_); }
        ThreadScope(const ThreadScope&) = delete;
        ThreadScope& operator=(const ThreadScope&) = delete;

    private:
        Scheduler* previous_;
    };

private:
    bool has_local_work() const noexcept { return ready_size_ != 0 || !timers_.empty(); }
    void push_ready(std::coroutine_handle<> h);
    std::coroutine_handle<> pop_ready() noexcept;
    void drain_incoming();
    std::size_t run_ready();
    std::size_t fire_due_timers();
    void wait_for_incoming(std::int64_t until_ns);

    RunClock clock_;

    // Ready ring buffer (capacity a power of two).
    std::vector<std::coroutine_handle<>> ready_;
    std::size_t ready_head_ = 0;
    std::size_t ready_size_ = 0;

    std::vector<TimerNode*> timers_; // binary min-heap on (due_ns, sequence)
    std::uint64_t timer_sequence_ = 0;
    bool fast_forward_ = false;

    std::mutex incoming_mutex_;
    std::condition_variable incoming_cv_;
    std::vector<std::coroutine_handle<>> incoming_;
    std::vector<std::coroutine_handle<>> incoming_swap_;
    std::atomic<bool> has_incoming_{false};
    std::atomic<std::int64_t> pending_external_{0};
};

} // namespace vtl
