// ValueTask<T>: a value type holding exactly one of
//   - a result (the operation completed synchronously: no heap object at all),
//   - a Task<T> (the operation is, or was, asynchronous),
//   - an IValueTaskSource<T>* plus a 16-bit token (a reusable, typically pooled, operation).
// Mirrors System.Threading.Tasks.ValueTask<TResult>, including its contract: await it once.
// Copies share the underlying operation, so awaiting two copies *is* awaiting twice; what that
// does depends on what it wraps (see the await-twice lab and the tests).
//
// Also usable as a coroutine return type. Unlike C#, where an `async ValueTask<T>` method that
// completes synchronously allocates nothing, a C++ coroutine's frame is allocated before its
// body runs, so such a coroutine always costs one heap frame; the ValueTask then wraps that
// frame's Task state. The zero-allocation hit path is a plain function that returns
// ValueTask<T>(value) and only calls a coroutine on a miss.
#pragma once

#include "vtl/invalid_operation_error.hpp"
#include "vtl/task.hpp"
#include "vtl/value_task_source.hpp"

#include <coroutine>
#include <cstdint>
#include <memory>
#include <type_traits>
#include <utility>
#include <variant>

namespace vtl {

template <class T = void>
class ValueTask;

namespace detail {

template <class T>
struct SourceRef {
    IValueTaskSource<T>* source;
    std::uint16_t token;
};

// With no result to hold, ValueTask<void>'s "result" alternative is an empty marker.
struct CompletedVoid {};
template <class T>
using StoredResult = std::conditional_t<std::is_void_v<T>, CompletedVoid, T>;

// What ValueTask<T>(value) accepts: anything T is constructible from, except the ValueTask
// itself and a Task<T> (those have their own constructors).
template <class U, class T, class Self>
concept ResultArgument = !std::is_void_v<T> && std::is_constructible_v<T, U&&> &&
                         !std::is_same_v<std::remove_cvref_t<U>, Self> &&
                         !std::is_same_v<std::remove_cvref_t<U>, Task<T>>;

template <class T>
class ValueTaskPromise : public TaskPromise<T> {
public:
    ValueTask<T> get_return_object() noexcept;

protected:
    void destroy() noexcept override {
        std::coroutine_handle<ValueTaskPromise>::from_promise(*this).destroy();
    }
};

// A coroutine that awaits a source-backed ValueTask once and becomes a Task (AsTask()).
template <class T>
Task<T> await_as_task(ValueTask<T> vt) {
    if constexpr (std::is_void_v<T>)
        co_await vt;
    else
        co_return co_await vt;
}

} // namespace detail

enum class ValueTaskKind : std::uint8_t { result, task, source };

inline const char* to_string(ValueTaskKind k) noexcept {
    switch (k) {
    case ValueTaskKind::result:
        return "result";
    case ValueTaskKind::task:
        return "Task";
    case ValueTaskKind::source:
        return "IValueTaskSource";
    }
    return "?";
}

template <class T>
class [[nodiscard]] ValueTask {
    using Stored = detail::StoredResult<T>;

public:
    using promise_type = detail::ValueTaskPromise<T>;
    using value_type = T;

    // A completed ValueTask holding the default result (default(ValueTask<T>) in C#).
    ValueTask() noexcept(std::is_nothrow_default_constructible_v<Stored>) = default;

    // Synchronous completion: the value lives inside the ValueTask itself.
    template <detail::ResultArgument<T, ValueTask> U>
    explicit ValueTask(U&& value) noexcept(std::is_nothrow_constructible_v<T, U&&>)
        : state_(std::in_place_index<0>, std::forward<U>(value)) {}

    explicit ValueTask(Task<T> task) noexcept
        : state_(std::in_place_index<1>, std::move(task)) {}

    ValueTask(IValueTaskSource<T>& source, std::uint16_t token) noexcept
        : state_(std::in_place_index<2>, detail::SourceRef<T>{&source, token}) {}

    ValueTaskKind kind() const noexcept { return static_cast<ValueTaskKind>(state_.index()); }
    std::uint16_t token() const noexcept {
        return kind() == ValueTaskKind::source ? std::get<2>(state_).token : 0;
    }
    IValueTaskSource<T>* source() const noexcept {
        return kind() == ValueTaskKind::source ? std::get<2>(state_).source : nullptr;
    }
    // The wrapped Task (invalid unless kind() == task).
    const Task<T>* task() const noexcept { return std::get_if<1>(&state_); }

    // For a source this asks the source, which validates the token: like .NET, IsCompleted on
    // a recycled source throws InvalidOperationError (stale token).
    //
    // The synchronous result is tested first and inline: that is the hit path, which must stay
    // within a few instructions of a plain call. The other kinds go through out-of-line
    // helpers so their switches and throwing paths do not bloat every await site.
    bool is_completed() const {
        if (state_.index() == 0) [[likely]]
            return true;
        return is_completed_slow();
    }

    bool is_completed_successfully() const {
        if (state_.index() == 0) [[likely]]
            return true;
        return is_completed_successfully_slow();
    }

    // The result of a completed operation (consumes a source-backed one, like awaiting it).
    T result() const {
        if (const Stored* value = std::get_if<0>(&state_)) [[likely]] {
            if constexpr (std::is_void_v<T>)
                return;
            else
                return *value;
        }
        return result_slow();
    }

    // A Task for this operation. For a result: Task.FromResult (cached or one allocation);
    // for a Task: that Task; for a source: a coroutine that awaits it once (allocates).
    Task<T> as_task() const {
        switch (state_.index()) {
        case 0:
            if constexpr (std::is_void_v<T>)
                return Task<T>::completed_task();
            else
                return Task<T>::from_result(std::get<0>(state_));
        case 1:
            return std::get<1>(state_);
        default:
            return detail::await_as_task<T>(*this);
        }
    }

    // A ValueTask that may be awaited any number of times: itself unless it wraps a source.
    ValueTask preserve() const {
        if (state_.index() != 2)
            return *this;
        return ValueTask(as_task());
    }

    class Awaiter {
    public:
        explicit Awaiter(const ValueTask& vt) noexcept
            : vt_(vt) {}

        bool await_ready() const { return vt_.is_completed(); }

        bool await_suspend(std::coroutine_handle<> h) {
            if (vt_.state_.index() == 1) {
                // Built only when a Task is really awaited: the hit path never pays for it.
                std::construct_at(&task_awaiter_, task_state(vt_));
                return task_awaiter_.await_suspend(h);
            }
            const auto& s = *std::get_if<2>(&vt_.state_);
            return s.source->on_completed(h, s.token);
        }

        T await_resume() const { return vt_.result(); }

    private:
        static detail::TaskState<T>* task_state(const ValueTask& vt) {
            // Task's awaiter needs the state; ValueTask is Task's friend for this.
            return std::get_if<1>(&vt.state_)->checked_state();
        }
        const ValueTask& vt_;
        // Holds the waiter node while suspended on a Task; trivially destructible, so the
        // union needs no destructor. Lives in the awaiting coroutine's frame.
        union {
            typename Task<T>::Awaiter task_awaiter_;
        };
        static_assert(std::is_trivially_destructible_v<typename Task<T>::Awaiter>);
    };

    // Borrowing awaiter: the ValueTask must outlive the co_await expression.
    Awaiter operator co_await() const& noexcept { return Awaiter(*this); }

private:
    bool is_completed_slow() const {
        if (const Task<T>* t = std::get_if<1>(&state_))
            return t->is_completed();
        const auto& s = *std::get_if<2>(&state_);
        return s.source->get_status(s.token) != ValueTaskSourceStatus::pending;
    }

    bool is_completed_successfully_slow() const {
        if (const Task<T>* t = std::get_if<1>(&state_))
            return t->is_completed_successfully();
        const auto& s = *std::get_if<2>(&state_);
        return s.source->get_status(s.token) == ValueTaskSourceStatus::succeeded;
    }

    T result_slow() const {
        if (const Task<T>* t = std::get_if<1>(&state_))
            return t->result();
        const auto& s = *std::get_if<2>(&state_);
        return s.source->get_result(s.token);
    }

    std::variant<Stored, Task<T>, detail::SourceRef<T>> state_{};
};

namespace detail {
template <class T>
ValueTask<T> ValueTaskPromise<T>::get_return_object() noexcept {
    return ValueTask<T>(TaskPromise<T>::get_return_object());
}
} // namespace detail

} // namespace vtl
