// Task<T>: a hot (eagerly started) coroutine, like a C# `async Task<T>` method.
//
// Calling a Task coroutine runs its body synchronously until the first suspension; the frame
// lives on the heap (g++ never elides it) and holds the shared state that any number of
// awaiters, before or after completion, read the result from. The state is reference
// counted: the returned Task holds one reference and the running body another, so dropping
// an un-awaited Task while it still runs is safe; the frame is freed when both are gone.
//
// Stack depth: awaiting a completed Task does not suspend at all (await_ready), and waiters of
// an asynchronously completing Task are resumed with a plain call from final_suspend, never by
// symmetric transfer. A loop of synchronously completing awaits therefore runs in constant
// stack at any optimisation level, where g++ 12 would grow the stack per symmetric transfer.
//
// Threading: completion and waiter registration may race (lock-free list); the reference
// count is atomic. A waiter is resumed on the Scheduler it awaited from (see scheduler.hpp).
#pragma once

#include "vtl/broken_promise.hpp"
#include "vtl/invalid_operation_error.hpp"
#include "vtl/result_slot.hpp"
#include "vtl/scheduler.hpp"

#include <algorithm>
#include <atomic>
#include <coroutine>
#include <cstdint>
#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

namespace vtl {

template <class T = void>
class Task;
template <class T>
class ValueTask;

// .NET's Task.FromResult (and so every `async Task<T>` that completes synchronously, through
// AsyncTaskMethodBuilder<TResult>.SetResult) returns a cached, shared Task instead of
// allocating for: null (reference types and default(Nullable<T>)), both bools, int -1..8,
// and any value of 1, 2, 4, 8 or 16 bytes whose bits are all zero (long 0, double 0.0 but not
// -0.0, Guid.Empty, 0m but not 0.0m, TimeSpan.Zero, (0, 0)). Measured with .NET 10.0.12 by
// resources/dotnet (dotnet_outcomes.json, case task_fromresult_cache: 19 of 28 values shared
// one allocation-free Task); the source is Task.FromResult<TResult> and TaskCache.cs in
// dotnet/runtime's System.Private.CoreLib (s_trueTask, s_falseTask, s_int32Tasks for -1..8,
// Task<TResult>.s_defaultResultTask). Structs with padding bytes were not cached reliably by
// .NET (it depended on the JIT-compiled caller), so the C++ cache leaves them out.
// TaskResultCache below reproduces that for the C++ counterparts; switchable per thread so
// the app can show the difference.
inline thread_local bool t_task_result_cache_enabled = true;
inline bool task_result_cache_enabled() noexcept {
    return t_task_result_cache_enabled;
}
inline void set_task_result_cache_enabled(bool on) noexcept {
    t_task_result_cache_enabled = on;
}

namespace detail {

struct TaskWaiter {
    std::coroutine_handle<> handle;
    Scheduler* owner = nullptr;
    TaskWaiter* next = nullptr;
};

class TaskStateBase {
public:
    TaskStateBase(const TaskStateBase&) = delete;
    TaskStateBase& operator=(const TaskStateBase&) = delete;

    bool is_completed() const noexcept {
        return waiters_.load(std::memory_order_acquire) == kCompleted;
    }

    // Adds `w` to the waiters; false (not added) when the task has completed meanwhile.
    bool try_add_waiter(TaskWaiter* w) noexcept {
        std::uintptr_t head = waiters_.load(std::memory_order_acquire);
        do {
            if (head == kCompleted)
                return false;
            w->next = reinterpret_cast<TaskWaiter*>(head);
        } while (!waiters_.compare_exchange_weak(head, reinterpret_cast<std::uintptr_t>(w),
                                                 std::memory_order_acq_rel,
                                                 std::memory_order_acquire));
        return true;
    }

    void add_ref() noexcept { refs_.fetch_add(1, std::memory_order_relaxed); }
    void release() noexcept {
        if (refs_.fetch_sub(1, std::memory_order_acq_rel) == 1)
            destroy();
    }

protected:
    static constexpr std::uintptr_t kRunning = 0;
    static constexpr std::uintptr_t kCompleted = 1;

    TaskStateBase(std::uint32_t refs, bool completed) noexcept
        : waiters_(completed ? kCompleted : kRunning)
        , refs_(refs) {}
    ~TaskStateBase() = default;

    virtual void destroy() noexcept = 0;

    // Publishes completion, then resumes the waiters in the order they registered.
    void complete_and_resume_waiters() noexcept {
        std::uintptr_t head = waiters_.exchange(kCompleted, std::memory_order_acq_rel);
        TaskWaiter* in_order = nullptr;
        for (auto* w = reinterpret_cast<TaskWaiter*>(head); w != nullptr;) {
            TaskWaiter* next = w->next;
            w->next = in_order;
            in_order = w;
            w = next;
        }
        while (in_order != nullptr) {
            TaskWaiter* next = in_order->next; // the node dies when its coroutine resumes
            resume_on(in_order->owner, in_order->handle);
            in_order = next;
        }
    }

private:
    std::atomic<std::uintptr_t> waiters_;
    std::atomic<std::uint32_t> refs_;
};

template <class T>
class TaskState : public TaskStateBase {
public:
    // Requires is_completed().
    T get() const {
        if (!is_completed())
            throw InvalidOperationError(Misuse::result_not_ready, 0, 0);
        return result_.get();
    }
    bool is_faulted() const noexcept { return is_completed() && result_.has_error(); }

protected:
    using TaskStateBase::TaskStateBase;
    ~TaskState() = default;
    ResultSlot<T> result_;
};

// A Task created already completed (Task.FromResult): one heap object, no coroutine frame.
template <class T>
class ReadyTaskState final : public TaskState<T> {
public:
    template <class... U>
    explicit ReadyTaskState(U&&... value)
        : TaskState<T>(1, true) {
        this->result_.set_value(std::forward<U>(value)...);
    }
    explicit ReadyTaskState(std::exception_ptr e)
        : TaskState<T>(1, true) {
        this->result_.set_exception(std::move(e));
    }

private:
    void destroy() noexcept override { delete this; }
};

// A cached completed Task that is never freed (TaskCache in .NET).
template <class T>
class ImmortalTaskState final : public TaskState<T> {
public:
    template <class... U>
    explicit ImmortalTaskState(U&&... value)
        : TaskState<T>(1u << 30, true) {
        this->result_.set_value(std::forward<U>(value)...);
    }

private:
    void destroy() noexcept override {}
};

template <class T>
class TaskPromise;

template <class T>
struct TaskPromiseReturn : TaskState<T> {
    using TaskState<T>::TaskState;
    template <class U = T>
    void return_value(U&& v) {
        this->result_.set_value(std::forward<U>(v));
    }
};

template <>
struct TaskPromiseReturn<void> : TaskState<void> {
    using TaskState<void>::TaskState;
    void return_void() noexcept { this->result_.set_value(); }
};

template <class T>
class TaskPromise : public TaskPromiseReturn<T> {
public:
    // One reference for the returned Task, one for the running body.
    TaskPromise() noexcept
        : TaskPromiseReturn<T>(2, false) {}

    Task<T> get_return_object() noexcept;
    std::suspend_never initial_suspend() noexcept { return {}; }

    // Holds the promise rather than taking coroutine_handle<TaskPromise>: a derived promise
    // (ValueTaskPromise) hands await_suspend a handle of its own type, which does not convert.
    struct FinalAwaiter {
        TaskPromise* promise;
        bool await_ready() const noexcept { return false; }
        void await_suspend(std::coroutine_handle<>) const noexcept {
            TaskPromise* p = promise;
            p->complete_and_resume_waiters();
            p->release(); // may destroy the frame: nothing touches it afterwards
        }
        void await_resume() const noexcept {}
    };
    FinalAwaiter final_suspend() noexcept { return {this}; }
    void unhandled_exception() noexcept { this->result_.set_exception(std::current_exception()); }

protected:
    // A derived promise type overrides this: from_promise() needs the frame's real promise type.
    void destroy() noexcept override {
        std::coroutine_handle<TaskPromise>::from_promise(*this).destroy();
    }
};

} // namespace detail

namespace detail {
template <class T>
struct is_optional : std::false_type {};
template <class U>
struct is_optional<std::optional<U>> : std::true_type {};

// The default(TResult) cases of Task.FromResult, for C++ types: null pointers and empty
// optionals (.NET: null references, default(Nullable<T>)), and all-zero values of trivially
// copyable types of 1, 2, 4, 8 or 16 bytes without padding (floating point included: only
// +0.0 has all-zero bits). bool and int have their own caches.
template <class T>
constexpr bool caches_null_v =
    std::is_pointer_v<T> || std::is_null_pointer_v<T> || is_optional<T>::value;
template <class T>
constexpr bool caches_zero_bits_v =
    !caches_null_v<T> && !std::is_same_v<T, bool> && !std::is_same_v<T, int> &&
    std::is_trivially_copyable_v<T> &&
    (std::is_floating_point_v<T> || std::has_unique_object_representations_v<T>)&&(
        sizeof(T) == 1 || sizeof(T) == 2 || sizeof(T) == 4 || sizeof(T) == 8 || sizeof(T) == 16);
template <class T>
constexpr bool caches_default_v = caches_null_v<T> || caches_zero_bits_v<T>;
} // namespace detail

// Which results have a cached, allocation-free completed Task. Specialise for your own types
// (the engine does, for its payload); lookup() returns nullptr for "not cached".
template <class T>
struct TaskResultCache {
    static detail::TaskState<T>* lookup(const T& value) noexcept {
        if constexpr (detail::caches_default_v<T>) {
            bool is_default;
            if constexpr (detail::is_optional<T>::value) {
                is_default = !value.has_value();
            } else if constexpr (detail::caches_null_v<T>) {
                is_default = value == nullptr;
            } else {
                // Bits, not ==: -0.0 == 0.0, but .NET caches only the all-zero bit pattern.
                const auto* bytes = reinterpret_cast<const unsigned char*>(&value);
                is_default =
                    std::all_of(bytes, bytes + sizeof(T), [](unsigned char b) { return b == 0; });
            }
            if (!is_default)
                return nullptr;
            // Task<TResult>.s_defaultResultTask: one per type, never freed.
            static detail::ImmortalTaskState<T> default_task{T{}};
            return &default_task;
        } else {
            (void)value;
            return nullptr;
        }
    }
};

template <>
struct TaskResultCache<bool> {
    static detail::TaskState<bool>* lookup(bool v) noexcept {
        static detail::ImmortalTaskState<bool> true_task{true};
        static detail::ImmortalTaskState<bool> false_task{false};
        return v ? &true_task : &false_task;
    }
};

template <>
struct TaskResultCache<int> {
    static constexpr int min = -1;
    static constexpr int max = 8;
    static detail::TaskState<int>* lookup(int v) noexcept {
        if (v < min || v > max)
            return nullptr;
        static detail::ImmortalTaskState<int> cache[] = {
            detail::ImmortalTaskState<int>{-1}, detail::ImmortalTaskState<int>{0},
            detail::ImmortalTaskState<int>{1},  detail::ImmortalTaskState<int>{2},
            detail::ImmortalTaskState<int>{3},  detail::ImmortalTaskState<int>{4},
            detail::ImmortalTaskState<int>{5},  detail::ImmortalTaskState<int>{6},
            detail::ImmortalTaskState<int>{7},  detail::ImmortalTaskState<int>{8}};
        return &cache[v - min];
    }
};

template <class T>
class [[nodiscard]] Task {
public:
    using promise_type = detail::TaskPromise<T>;
    using value_type = T;

    Task() noexcept = default;
    // Adopts one reference to `state`.
    explicit Task(detail::TaskState<T>* state) noexcept
        : state_(state) {}
    Task(const Task& other) noexcept
        : state_(other.state_) {
        if (state_ != nullptr)
            state_->add_ref();
    }
    Task(Task&& other) noexcept
        : state_(std::exchange(other.state_, nullptr)) {}
    Task& operator=(Task other) noexcept {
        std::swap(state_, other.state_);
        return *this;
    }
    ~Task() {
        if (state_ != nullptr)
            state_->release();
    }

    // Task.FromResult: a cached instance when the result cache covers `value`, else one
    // allocation of a completed state.
    template <class U = T>
    static Task from_result(U&& value) {
        static_assert(!std::is_void_v<T>, "use completed_task() for Task<void>");
        if (task_result_cache_enabled()) {
            if (detail::TaskState<T>* cached = TaskResultCache<T>::lookup(value)) {
                cached->add_ref();
                return Task(cached);
            }
        }
        return Task(new detail::ReadyTaskState<T>(std::forward<U>(value)));
    }
    static Task completed_task() {
        static_assert(std::is_void_v<T>, "use from_result() for Task<T>");
        static detail::ImmortalTaskState<void> instance{};
        instance.add_ref();
        return Task(&instance);
    }
    static Task from_exception(std::exception_ptr e) {
        return Task(new detail::ReadyTaskState<T>(std::move(e)));
    }

    // False for an empty Task (default-constructed or moved-from): everything below but id()
    // then throws BrokenPromise.
    bool valid() const noexcept { return state_ != nullptr; }
    bool is_completed() const { return checked_state()->is_completed(); }
    bool is_faulted() const { return checked_state()->is_faulted(); }
    bool is_completed_successfully() const { return is_completed() && !is_faulted(); }
    // The result of a completed task (throws its exception); InvalidOperationError if pending.
    T result() const { return checked_state()->get(); }
    // Identity of the shared state, for tracing and for tests.
    const void* id() const noexcept { return state_; }

    class Awaiter {
    public:
        explicit Awaiter(detail::TaskState<T>* s) noexcept
            : state_(s) {}
        bool await_ready() const noexcept { return state_->is_completed(); }
        bool await_suspend(std::coroutine_handle<> h) noexcept {
            waiter_.handle = h;
            waiter_.owner = Scheduler::current();
            return state_->try_add_waiter(&waiter_);
        }
        T await_resume() const { return state_->get(); }

    private:
        detail::TaskState<T>* state_;
        detail::TaskWaiter waiter_;
    };
    // The awaiter borrows the state: the awaited Task must outlive the co_await expression,
    // which it does for both `co_await task` and `co_await make_task()` (temporaries live
    // until the end of the full expression).
    Awaiter operator co_await() const { return Awaiter(checked_state()); }

private:
    friend class ValueTask<T>; // awaits a Task it holds without copying it
    detail::TaskState<T>* checked_state() const {
        if (state_ == nullptr)
            throw BrokenPromise();
        return state_;
    }

    detail::TaskState<T>* state_ = nullptr;
};

namespace detail {
template <class T>
Task<T> TaskPromise<T>::get_return_object() noexcept {
    return Task<T>(this);
}
} // namespace detail

} // namespace vtl
