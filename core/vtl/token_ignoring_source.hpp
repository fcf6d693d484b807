// TokenIgnoringSource<T>: a WHAT-IF. A hand-written, reusable IValueTaskSource that keeps a
// version like ManualResetValueTaskSourceCore but never compares the token it is handed.
//
// .NET has no switch for this: ManualResetValueTaskSourceCore<TResult>.ValidateToken
// (dotnet/runtime, src/libraries/System.Private.CoreLib/src/System/Threading/Tasks/Sources/
// ManualResetValueTaskSourceCore.cs) always runs `if (token != _version)
// ThrowHelper.ThrowInvalidOperationException();` in GetStatus, GetResult and OnCompleted.
// Only a source written by hand without that check behaves like this one — the await-twice
// lab uses it to show what the token protects against: a stale await silently reads
// whatever the source's current operation produced.
//
// Single-threaded: the lab completes and awaits it on one thread.
#pragma once

#include "vtl/invalid_operation_error.hpp"
#include "vtl/value_task_source.hpp"

#include <coroutine>
#include <cstdint>
#include <optional>
#include <utility>

namespace vtl {

template <class T>
class TokenIgnoringSource final : public IValueTaskSource<T> {
public:
    std::uint16_t version() const noexcept { return version_; }
    bool is_completed() const noexcept { return value_.has_value(); }
    std::uint64_t rents() const noexcept { return rents_; }

    // Starts the next operation (what a pool does when it hands the source out again).
    void reset() noexcept {
        version_ = static_cast<std::uint16_t>(version_ + 1);
        value_.reset();
        continuation_ = {};
        ++rents_;
    }

    void set_result(T value) {
        if (value_)
            throw InvalidOperationError(Misuse::second_completion, version_, version_);
        value_.emplace(std::move(value));
        if (auto c = std::exchange(continuation_, {}))
            c.resume();
    }

    // The token is accepted whatever it is: that is the what-if.
    ValueTaskSourceStatus get_status(std::uint16_t /*token*/) override {
        return value_ ? ValueTaskSourceStatus::succeeded : ValueTaskSourceStatus::pending;
    }
    T get_result(std::uint16_t /*token*/) override {
        if (!value_)
            throw InvalidOperationError(Misuse::result_not_ready, version_, version_);
        return *value_;
    }
    bool on_completed(std::coroutine_handle<> continuation, std::uint16_t /*token*/) override {
        if (value_)
            return false;
        if (continuation_)
            throw InvalidOperationError(Misuse::second_continuation, version_, version_);
        continuation_ = continuation;
        return true;
    }

private:
    std::optional<T> value_;
    std::coroutine_handle<> continuation_;
    std::uint16_t version_ = 0;
    std::uint64_t rents_ = 0;
};

} // namespace vtl
