// ManualResetValueTaskSourceCore<T>: the reusable heart of an IValueTaskSource, after .NET's
// struct of the same name. One instance serves many operations in turn; reset() starts the
// next one and bumps the 16-bit version, which is the token every ValueTask carries.
//
// Threading: one producer completes (set_result/set_exception) on any thread while one
// consumer awaits on its own. The completion state is a single atomic word: 0 = pending with
// no continuation, 1 = completed, anything else = the registered continuation's address.
// reset() and set_token_check() belong to the owner and must not race with an operation.
//
// Teaching switch: with token checking off, a stale token is accepted, so a second await of a
// recycled source silently returns whatever the *current* operation produced.
#pragma once

#include "vtl/invalid_operation_error.hpp"
#include "vtl/result_slot.hpp"
#include "vtl/scheduler.hpp"
#include "vtl/value_task_source.hpp"

#include <atomic>
#include <coroutine>
#include <cstdint>
#include <exception>

namespace vtl {

template <class T>
class ManualResetValueTaskSourceCore {
public:
    ManualResetValueTaskSourceCore() = default;
    ManualResetValueTaskSourceCore(const ManualResetValueTaskSourceCore&) = delete;
    ManualResetValueTaskSourceCore& operator=(const ManualResetValueTaskSourceCore&) = delete;

    std::uint16_t version() const noexcept { return version_; }
    bool token_check() const noexcept { return token_check_; }
    void set_token_check(bool on) noexcept { token_check_ = on; }

    // Starts the next operation: version += 1 (wrapping at 65,536, like .NET's short).
    void reset() noexcept {
        version_ = static_cast<std::uint16_t>(version_ + 1);
        result_.clear();
        owner_ = nullptr;
        state_.store(kPending, std::memory_order_relaxed);
    }

    template <class... U>
    void set_result(U&&... value) {
        ensure_first_completion();
        result_.set_value(std::forward<U>(value)...);
        signal_completion();
    }

    void set_exception(std::exception_ptr e) {
        ensure_first_completion();
        result_.set_exception(std::move(e));
        signal_completion();
    }

    bool is_completed() const noexcept {
        return state_.load(std::memory_order_acquire) == kCompleted;
    }

    ValueTaskSourceStatus get_status(std::uint16_t token) const {
        validate_token(token);
        if (!is_completed())
            return ValueTaskSourceStatus::pending;
        return result_.has_error() ? ValueTaskSourceStatus::faulted
                                   : ValueTaskSourceStatus::succeeded;
    }

    T get_result(std::uint16_t token) const {
        validate_token(token);
        if (!is_completed())
            throw InvalidOperationError(Misuse::result_not_ready, version_, token);
        return result_.get();
    }

    bool on_completed(std::coroutine_handle<> continuation, std::uint16_t token) {
        validate_token(token);
        std::uintptr_t expected = state_.load(std::memory_order_acquire);
        if (expected == kCompleted)
            return false;
        if (expected != kPending)
            throw InvalidOperationError(Misuse::second_continuation, version_, token);
        // The owner is written before the publishing CAS, so the completing thread sees it.
        owner_ = Scheduler::current();
        const auto desired = reinterpret_cast<std::uintptr_t>(continuation.address());
        if (state_.compare_exchange_strong(expected, desired, std::memory_order_acq_rel,
                                           std::memory_order_acquire))
            return true;
        if (expected == kCompleted)
            return false; // completed meanwhile: the awaiter resumes at once (.NET would
                          // queue it instead; see value_task_source.hpp)
        throw InvalidOperationError(Misuse::second_continuation, version_, token);
    }

private:
    static constexpr std::uintptr_t kPending = 0;
    static constexpr std::uintptr_t kCompleted = 1;

    void validate_token(std::uint16_t token) const {
        if (token_check_ && token != version_)
            throw InvalidOperationError(Misuse::stale_token, version_, token);
    }

    void ensure_first_completion() const {
        if (state_.load(std::memory_order_acquire) == kCompleted)
            throw InvalidOperationError(Misuse::second_completion, version_, version_);
    }

    void signal_completion() {
        const std::uintptr_t previous = state_.exchange(kCompleted, std::memory_order_acq_rel);
        if (previous == kPending)
            return;
        // Last touch of *this: the resumed consumer may reset or recycle the source.
        resume_on(owner_, std::coroutine_handle<>::from_address(reinterpret_cast<void*>(previous)));
    }

    detail::ResultSlot<T> result_;
    std::atomic<std::uintptr_t> state_{kPending};
    Scheduler* owner_ = nullptr;
    std::uint16_t version_ = 0;
    bool token_check_ = true;
};

} // namespace vtl
