// Running an awaitable to completion from plain (non-coroutine) code.
//   sync_wait(a)                   blocks the calling thread until `a` completes (it must be
//                                  completed by another thread, or already be complete);
//   run_until_complete(loop, a)    drives `loop` on this thread until `a` completes;
//   run_until_complete(loop, f)    the same for the awaitable `f()`, called inside the loop.
// All return the result or rethrow the exception. The driver coroutine's frame is one heap
// allocation; these are for tests, tools and set-up, not for measured paths.
//
// Hot coroutines (Task, ValueTask, PooledTask) run up to their first await when called. In
// run_until_complete(loop, make_task()) that happens before the loop is this thread's
// Scheduler, so the first await captures none and, if another thread completes it, the
// coroutine carries on over there (as .NET does without a SynchronizationContext). Pass
// a callable, run_until_complete(loop, [&] { return make_task(); }), to start it inside.
#pragma once

#include "vtl/event_loop.hpp"

#include <atomic>
#include <coroutine>
#include <exception>
#include <optional>
#include <stdexcept>
#include <type_traits>
#include <utility>

namespace vtl {
namespace detail {

template <class A>
decltype(auto) get_awaiter(A&& a) {
    if constexpr (requires { std::forward<A>(a).operator co_await(); })
        return std::forward<A>(a).operator co_await();
    else
        return std::forward<A>(a);
}

template <class A>
using await_result_t = decltype(get_awaiter(std::declval<A&>()).await_resume());

template <class T>
struct SyncWaitState {
    std::optional<std::conditional_t<std::is_void_v<T>, char, std::remove_reference_t<T>>> value;
    std::exception_ptr error;
    std::atomic<bool> done{false};

    T take() {
        if (error)
            std::rethrow_exception(error);
        if constexpr (!std::is_void_v<T>)
            return std::move(*value);
    }
};

// Fire-and-forget: starts immediately, frees its own frame when it finishes.
struct DetachedDriver {
    struct promise_type {
        DetachedDriver get_return_object() noexcept { return {}; }
        std::suspend_never initial_suspend() noexcept { return {}; }
        std::suspend_never final_suspend() noexcept { return {}; }
        void return_void() noexcept {}
        void unhandled_exception() noexcept { std::terminate(); }
    };
};

template <class A, class T>
DetachedDriver drive(A& awaitable, SyncWaitState<T>& state) {
    try {
        if constexpr (std::is_void_v<T>)
            co_await awaitable;
        else
            state.value.emplace(co_await awaitable);
    } catch (...) {
        state.error = std::current_exception();
    }
    state.done.store(true, std::memory_order_release);
    state.done.notify_all();
}

} // namespace detail

template <class A>
auto sync_wait(A&& awaitable) -> detail::await_result_t<A> {
    using T = detail::await_result_t<A>;
    detail::SyncWaitState<T> state;
    detail::drive(awaitable, state);
    state.done.wait(false, std::memory_order_acquire);
    return state.take();
}

template <class A>
auto run_until_complete(EventLoop& loop, A&& awaitable) -> detail::await_result_t<A> {
    using T = detail::await_result_t<A>;
    detail::SyncWaitState<T> state;
    {
        // Start inside the loop's context so continuations come back to it.
        EventLoop::ThreadScope scope(loop);
        detail::drive(awaitable, state);
    }
    while (!state.done.load(std::memory_order_acquire)) {
        if (!loop.run_once())
            throw std::logic_error("run_until_complete: the event loop ran out of work before "
                                   "the awaitable completed");
    }
    return state.take();
}

template <class F, class = std::enable_if_t<std::is_invocable_v<F&>>>
auto run_until_complete(EventLoop& loop, F&& start)
    -> detail::await_result_t<std::invoke_result_t<F&>> {
    auto awaitable = [&] {
        EventLoop::ThreadScope scope(loop);
        return start();
    }();
    return run_until_complete(loop, awaitable);
}

} // namespace vtl
