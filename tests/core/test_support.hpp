// Helpers shared by the core suites. Coroutines cannot use QVERIFY/QCOMPARE (they `return;`),
// so the coroutines below only record what happened and the test functions assert on it.
#pragma once

#include "vtl/invalid_operation_error.hpp"
#include "vtl/manual_reset_value_task_source_core.hpp"
#include "vtl/task.hpp"
#include "vtl/value_task.hpp"
#include "vtl/value_task_source.hpp"

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

namespace vtl_test {

// A stand-alone (not pooled) source: the test owns its core and calls reset() itself.
template <class T>
class ManualSource final : public vtl::IValueTaskSource<T> {
public:
    vtl::ManualResetValueTaskSourceCore<T>& core() noexcept { return core_; }
    vtl::ValueTask<T> value_task() noexcept { return vtl::ValueTask<T>(*this, core_.version()); }

    vtl::ValueTaskSourceStatus get_status(std::uint16_t token) override {
        return core_.get_status(token);
    }
    T get_result(std::uint16_t token) override { return core_.get_result(token); }
    bool on_completed(std::coroutine_handle<> continuation, std::uint16_t token) override {
        return core_.on_completed(continuation, token);
    }

private:
    vtl::ManualResetValueTaskSourceCore<T> core_;
};

// What one await produced: a value, an InvalidOperationError, or another exception.
struct AwaitOutcome {
    std::optional<int> value;
    std::optional<vtl::Misuse> misuse;
    std::string error;
    std::uint16_t expected_token = 0;
    std::uint16_t actual_token = 0;
};

// Awaits `vt` once through the real co_await path. When everything it touches is already
// complete, the coroutine finishes before it returns, so the outcome is ready at once.
inline vtl::Task<void> await_into(const vtl::ValueTask<int>& vt, AwaitOutcome& out) {
    try {
        out.value = co_await vt;
    } catch (const vtl::InvalidOperationError& e) {
        out.misuse = e.misuse();
        out.error = e.what();
        out.expected_token = e.expected_token();
        out.actual_token = e.actual_token();
    } catch (const std::exception& e) {
        out.error = e.what();
    }
}

// Tasks that finish when `gate` is completed: with `value`, or by throwing `error`.
inline vtl::Task<int> gated(ManualSource<void>& gate, int value) {
    co_await gate.value_task();
    co_return value;
}

inline vtl::Task<int> gated_throw(ManualSource<void>& gate, const char* error) {
    co_await gate.value_task();
    throw std::runtime_error(error);
}

inline AwaitOutcome await_now(const vtl::ValueTask<int>& vt) {
    AwaitOutcome out;
    vtl::Task<void> t = await_into(vt, out);
    if (!t.is_completed())
        throw std::logic_error("await_now: the await did not complete synchronously");
    return out;
}

} // namespace vtl_test
