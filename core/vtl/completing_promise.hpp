// CompletingPromise<T>: the part of a coroutine promise whose body completes an
// IValueTaskSource's core when it ends (PooledTask, PoolingValueTask). It keeps the outcome in
// the frame until final suspend, then destroys the frame *first* and completes the core after:
// the frame is back in its cache before the awaiting caller, resumed inline by the completion,
// starts its next operation — which is what lets that operation reuse it.
#pragma once

#include <coroutine>
#include <exception>
#include <optional>
#include <utility>

namespace vtl::detail {

template <class T>
class CompletingPromise {
public:
    template <class U = T>
    void return_value(U&& v) {
        value_.emplace(std::forward<U>(v));
    }
    void unhandled_exception() noexcept { error_ = std::current_exception(); }

    // Destroys the frame of `h` (whose promise derives from this) and completes `core` with
    // the outcome the body left.
    template <class Promise, class Core>
    static void finish(std::coroutine_handle<Promise> h, Core& core) noexcept {
        CompletingPromise& self = h.promise();
        if (self.error_) {
            std::exception_ptr error = std::move(self.error_);
            h.destroy();
            core.set_exception(std::move(error));
            return;
        }
        T value = std::move(*self.value_);
        h.destroy();
        core.set_result(std::move(value));
    }

private:
    std::optional<T> value_;
    std::exception_ptr error_;
};

} // namespace vtl::detail
