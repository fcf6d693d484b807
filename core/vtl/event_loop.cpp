#include "vtl/event_loop.hpp"

#include <algorithm>
#include <cassert>
#include <chrono>

namespace vtl {
namespace {

bool later(const EventLoop::TimerNode* a, const EventLoop::TimerNode* b) noexcept {
    return a->due_ns != b->due_ns ? a->due_ns > b->due_ns : a->sequence > b->sequence;
}

} // namespace

EventLoop::EventLoop(ClockMode mode)
    : clock_(mode)
    , ready_(64) {}

EventLoop::~EventLoop() = default;

bool EventLoop::is_current_thread() const noexcept {
    return Scheduler::current() == this;
}

void EventLoop::push_ready(std::coroutine_handle<> h) {
    if (ready_size_ == ready_.size()) {
        std::vector<std::coroutine_handle<>> bigger(ready_.size() * 2);
        for (std::size_t i = 0; i < ready_size_; ++i)
            bigger[i] = ready_[(ready_head_ + i) & (ready_.size() - 1)];
        ready_ = std::move(bigger);
        ready_head_ = 0;
    }
    ready_[(ready_head_ + ready_size_) & (ready_.size() - 1)] = h;
    ++ready_size_;
}

std::coroutine_handle<> EventLoop::pop_ready() noexcept {
    std::coroutine_handle<> h = ready_[ready_head_];
    ready_head_ = (ready_head_ + 1) & (ready_.size() - 1);
    --ready_size_;
    return h;
}

void EventLoop::post(std::coroutine_handle<> h) {
    push_ready(h);
}

// Both notify while still holding the lock. The loop thread takes the lock before it can
// act on what we publish (drain_incoming, or the idle check at the end of run_once), and
// after that it may destroy the loop: a notify after unlocking could touch a destroyed
// condition variable.
void EventLoop::schedule_threadsafe(std::coroutine_handle<> h) {
    std::lock_guard lock(incoming_mutex_);
    incoming_.push_back(h);
    has_incoming_.store(true, std::memory_order_release);
    incoming_cv_.notify_one();
}

void EventLoop::remove_pending_external() noexcept {
    std::lock_guard lock(incoming_mutex_);
    pending_external_.fetch_sub(1);
    incoming_cv_.notify_one();
}

void EventLoop::add_timer(TimerNode& node) {
    node.sequence = timer_sequence_++;
    timers_.push_back(&node);
    std::push_heap(timers_.begin(), timers_.end(), later);
}

void EventLoop::drain_incoming() {
    if (!has_incoming_.load(std::memory_order_acquire))
        return;
    {
        std::lock_guard lock(incoming_mutex_);
        incoming_swap_.swap(incoming_);
        has_incoming_.store(false, std::memory_order_relaxed);
    }
    for (std::coroutine_handle<> h : incoming_swap_)
        push_ready(h);
    incoming_swap_.clear();
}

std::size_t EventLoop::run_ready() {
    // Only what is ready now: coroutines posted meanwhile wait for the next round, so a
    // yielding coroutine cannot starve timers.
    const std::size_t n = ready_size_;
    for (std::size_t i = 0; i < n; ++i)
        pop_ready().resume();
    return n;
}

std::size_t EventLoop::fire_due_timers() {
    const std::int64_t now = clock_.now_ns();
    std::size_t fired = 0;
    const std::size_t limit = timers_.size();
    while (!timers_.empty() && fired < limit && (fast_forward_ || timers_.front()->due_ns <= now)) {
        std::pop_heap(timers_.begin(), timers_.end(), later);
        TimerNode* node = timers_.back();
        timers_.pop_back();
        if (fast_forward_)
            clock_.skip_to(node->due_ns);
        ++fired;
        node->handle.resume(); // the node may be gone after this
    }
    return fired;
}

void EventLoop::wait_for_incoming(std::int64_t until_ns) {
    std::unique_lock lock(incoming_mutex_);
    const std::int64_t wait_ns = until_ns - clock_.now_ns();
    if (wait_ns <= 0)
        return;
    incoming_cv_.wait_for(lock, std::chrono::nanoseconds(wait_ns), [this] {
        return has_incoming_.load(std::memory_order_acquire) ||
               (pending_external_.load() == 0 && timers_.empty());
    });
}

bool EventLoop::run_once(std::int64_t max_wait_ns) {
    ThreadScope scope(*this);
    drain_incoming();
    std::size_t ran = run_ready();
    ran += fire_due_timers();
    if (ran != 0)
        return true;
    if (!timers_.empty()) {
        const std::int64_t due = timers_.front()->due_ns;
        if (clock_.mode() == ClockMode::skip_idle && pending_external_.load() == 0) {
            clock_.skip_to(due);
        } else {
            wait_for_incoming(std::min(due, clock_.now_ns() + max_wait_ns));
        }
        return true;
    }
    if (pending_external_.load() > 0) {
        wait_for_incoming(clock_.now_ns() + max_wait_ns);
        return true;
    }
    // About to report "no work", after which the caller may destroy the loop: wait until a
    // thread still inside remove_pending_external() or schedule_threadsafe() has left it.
    std::lock_guard lock(incoming_mutex_);
    return has_incoming_.load(std::memory_order_acquire) || ready_size_ != 0;
}

void EventLoop::run() {
    while (run_once()) {
    }
}

} // namespace vtl
