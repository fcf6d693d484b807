// PooledTask<T, P>: a coroutine whose frame comes from a frame cache and whose completion goes
// through a rented PooledValueTaskSource. It is consumed as the ValueTask<T> it converts to
// (source + token), like an `async ValueTask<T>` method built with .NET's
// PoolingAsyncValueTaskMethodBuilder.
//
//   PooledTask<T> (P = PoolPolicy::dotnet): .NET's limits. The frame is the box: one cached
//     per thread and one per core (BoxCache), so when more frames come back together than
//     that, the next operations allocate; the source resets inside the consuming
//     get_result, so a second await always throws.
//   UnboundedPooledTask<T> (P = PoolPolicy::unbounded): not .NET, a hand-written unbounded
//     pool (FramePool + a reset-on-rent source pool): no allocation in steady state however
//     many operations are in flight.
//
// The frame is returned to the pool *before* the source is completed, so the awaiting caller,
// resumed by that completion, can start its next operation on the same frame. (.NET returns
// its box later, in the consuming GetResult; the counts differ only for an operation started
// between another's completion and the read of that one's result.)
#pragma once

#include "vtl/completing_promise.hpp"
#include "vtl/frame_pool.hpp"
#include "vtl/pooled_value_task_source.hpp"
#include "vtl/value_task.hpp"

#include <coroutine>
#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

namespace vtl {

template <class T, PoolPolicy P = PoolPolicy::dotnet>
class [[nodiscard]] PooledTask {
    static_assert(!std::is_void_v<T>, "PooledTask<void> is not needed by this project");

public:
    class promise_type : public detail::CompletingPromise<T> {
    public:
        static void* operator new(std::size_t bytes) { return FrameAllocator<P>::allocate(bytes); }
        static void operator delete(void* p, std::size_t bytes) noexcept {
            FrameAllocator<P>::deallocate(p, bytes);
        }

        promise_type()
            : source_(&ValueTaskSourcePool<T>::for_this_thread(P).rent()) {}

        PooledTask get_return_object() noexcept {
            return PooledTask(ValueTask<T>(*source_, source_->version()));
        }
        std::suspend_never initial_suspend() noexcept { return {}; }

        struct FinalAwaiter {
            bool await_ready() const noexcept { return false; }
            void await_suspend(std::coroutine_handle<promise_type> h) const noexcept {
                // frame back to the pool first
                detail::CompletingPromise<T>::finish(h, h.promise().source_->core());
            }
            void await_resume() const noexcept {}
        };
        FinalAwaiter final_suspend() noexcept { return {}; }

    private:
        PooledValueTaskSource<T>* source_;
    };

    ValueTask<T> value_task() const { return vt_; }
    operator ValueTask<T>() const { return vt_; }
    // `co_await pooled_op()` awaits the ValueTask held by the temporary, which lives until the
    // end of the full expression, i.e. across the suspension.
    typename ValueTask<T>::Awaiter operator co_await() const& noexcept {
        return vt_.operator co_await();
    }

private:
    explicit PooledTask(ValueTask<T> vt) noexcept
        : vt_(std::move(vt)) {}
    ValueTask<T> vt_;
};

template <class T>
using UnboundedPooledTask = PooledTask<T, PoolPolicy::unbounded>;

} // namespace vtl
