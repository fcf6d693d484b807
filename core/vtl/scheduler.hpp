// Where continuations run. A continuation registered on a thread that runs a Scheduler (an
// EventLoop) is resumed on that thread, even when the operation completes on another one,
// like .NET capturing the SynchronizationContext at `await`.
#pragma once

#include <coroutine>

namespace vtl {

class Scheduler {
public:
    // Queues `h` to be resumed on this scheduler's thread. Callable from any thread.
    virtual void schedule_threadsafe(std::coroutine_handle<> h) = 0;
    // True when called on the thread currently running this scheduler.
    virtual bool is_current_thread() const noexcept = 0;

    // The scheduler running on the calling thread, or nullptr.
    static Scheduler* current() noexcept { return current_; }

protected:
    ~Scheduler() = default;
    static void set_current(Scheduler* s) noexcept { current_ = s; }

private:
    static inline thread_local Scheduler* current_ = nullptr;
};

// Resumes `h` on `owner`'s thread: inline when we are on it (or there is none), queued when
// the completion happens on a foreign thread.
inline void resume_on(Scheduler* owner, std::coroutine_handle<> h) {
    if (owner == nullptr || owner->is_current_thread())
        h.resume();
    else
        owner->schedule_threadsafe(h);
}

} // namespace vtl
