// PooledTask<T>: a coroutine whose frame comes from the FramePool and whose completion goes
// through a rented PooledValueTaskSource, so starting and finishing one costs no allocation in
// steady state. It is consumed as the ValueTask<T> it converts to (source + token), exactly
// like an `async ValueTask<T>` method built with PoolingAsyncValueTaskMethodBuilder in .NET.
//
// The frame is returned to the pool *before* the source is completed, so the awaiting caller,
// resumed by that completion, can start its next operation on the same frame.
#pragma once

#include "vtl/frame_pool.hpp"
#include "vtl/pooled_value_task_source.hpp"
#include "vtl/value_task.hpp"

#include <coroutine>
#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

namespace vtl {

template <class T>
class [[nodiscard]] PooledTask {
    static_assert(!std::is_void_v<T>, "PooledTask<void> is not needed by this project");

public:
    class promise_type {
    public:
        static void* operator new(std::size_t bytes) { return FramePool::allocate(bytes); }
        static void operator delete(void* p, std::size_t bytes) noexcept {
            FramePool::deallocate(p, bytes);
        }

        promise_type()
            : source_(&ValueTaskSourcePool<T>::for_this_thread().rent()) {}

        PooledTask get_return_object() noexcept {
            return PooledTask(ValueTask<T>(*source_, source_->version()));
        }
        std::suspend_never initial_suspend() noexcept { return {}; }

        struct FinalAwaiter {
            bool await_ready() const noexcept { return false; }
            void await_suspend(std::coroutine_handle<promise_type> h) const noexcept {
                promise_type& p = h.promise();
                PooledValueTaskSource<T>* source = p.source_;
                if (p.error_) {
                    std::exception_ptr error = std::move(p.error_);
                    h.destroy(); // frame back to the pool first
                    source->core().set_exception(std::move(error));
                    return;
                }
                T value = std::move(*p.value_);
                h.destroy();
                source->core().set_result(std::move(value));
            }
            void await_resume() const noexcept {}
        };
        FinalAwaiter final_suspend() noexcept { return {}; }

        template <class U = T>
        void return_value(U&& v) {
            value_.emplace(std::forward<U>(v));
        }
        void unhandled_exception() noexcept { error_ = std::current_exception(); }

    private:
        PooledValueTaskSource<T>* source_;
        std::optional<T> value_;
        std::exception_ptr error_;
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

} // namespace vtl
