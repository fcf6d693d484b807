// The await-twice lab: every case of DESIGN.md's "awaiting a ValueTask a second time" table,
// run for real in the core at the moment it is asked for. Each case records what the
// ValueTask held, the source's version and state at each step, the other operation that
// reused the source, and what the second await really did.
#pragma once

#include "vtl/value_task.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vtl::workload {

enum class AwaitTwiceCase : std::uint8_t {
    sync_result,      // ValueTask holds a result
    task,             // ValueTask wraps a Task
    pooled_not_reset, // pooled source, second await before anyone rented it again
    pooled_reused,    // pooled source reset and reused by another operation
    token_check_off,  // same, with the teaching switch off
    token_wrapped,    // same, token check on, after 65,536 reuses wrapped the version
};
inline constexpr AwaitTwiceCase all_await_twice_cases[] = {
    AwaitTwiceCase::sync_result,      AwaitTwiceCase::task,
    AwaitTwiceCase::pooled_not_reset, AwaitTwiceCase::pooled_reused,
    AwaitTwiceCase::token_check_off,  AwaitTwiceCase::token_wrapped};
const char* to_string(AwaitTwiceCase c) noexcept; // identifier, e.g. "pooled_reused"
const char* title(AwaitTwiceCase c) noexcept;     // short human title

enum class SecondAwaitResult : std::uint8_t { same_value, exception, wrong_value };
const char* to_string(SecondAwaitResult r) noexcept;

// One moment of a case, captured from the live objects.
struct LabFrame {
    std::string caption;  // what just happened, one sentence
    ValueTaskKind held{}; // what the ValueTask holds
    std::uint16_t valuetask_token = 0;
    bool has_source = false;
    std::size_t pool_slot = 0;
    std::uint16_t source_version = 0;
    std::string source_state;       // "pending", "completed (41)", "in pool", ...
    std::uint64_t source_rents = 0; // how many operations have used this source
    std::string other_operation;    // empty, or the operation that now owns the source
};

struct AwaitTwiceOutcome {
    AwaitTwiceCase which{};
    int expected_value = 0; // the first operation's result
    int first_await_value = 0;
    SecondAwaitResult result{};
    int second_await_value = 0;               // when a value came back
    std::string exception_message;            // when it threw
    std::optional<int> other_operation_value; // the reusing operation's result, if any
    std::uint64_t reuses_between = 0;         // rents of the source between the two awaits
    std::vector<LabFrame> frames;             // first await … second await
};

AwaitTwiceOutcome run_await_twice_case(AwaitTwiceCase c);
std::vector<AwaitTwiceOutcome> run_await_twice_lab();

} // namespace vtl::workload
