// The await-twice lab: every case id of the contract shared with the C# reference program
// (resources/dotnet/ValueTaskLab.Reference) and the oracle test, run for real in the core at
// the moment it is asked for. Each case records identifiers and numbers only — which case,
// which outcome, which misuse, values, tokens, versions, states — and the frames of what
// happened; the GUI and CLI turn them into (translatable) words.
//
// The rule every case illustrates is CA2012 "Use ValueTasks correctly": a ValueTask returned
// from a call must be consumed (for example, awaited) once and only once, and its result must
// not be read before it is known to be completed.
#pragma once

#include "vtl/invalid_operation_error.hpp"
#include "vtl/value_task.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace vtl::workload {

enum class AwaitTwiceCase : std::uint8_t {
    // Awaiting twice.
    sync_result,              // ValueTask(41): the result is inside the ValueTask
    task,                     // ValueTask over a Task completing asynchronously (42)
    pooling_builder,          // .NET's PoolingAsyncValueTaskMethodBuilder box (43)
    custom_source_not_reused, // hand-written source, reset when rented again; nobody did
    custom_source_reused,     // the same, another operation rented it (reset, version + 1)
    token_ignored,            // WHAT-IF: a hand-written source that ignores its token
    token_wrapped,            // 65,536 rents between the awaits: the 16-bit version wraps
    // Other pitfalls.
    result_before_completion_source, // .Result on a pending source-backed ValueTask
    result_before_completion_task,   // .Result on a pending Task-backed ValueTask
    concurrent_awaits,               // a second continuation on one pending source
    as_task_many_awaits,             // AsTask() once, await the Task three times
    as_task_twice,                   // AsTask() twice on a consumed pooling-builder ValueTask
    preserve,                        // Preserve(), then await twice
    unconsumed_pooled,               // ValueTasks never awaited: the pool runs dry
};
inline constexpr AwaitTwiceCase all_await_twice_cases[] = {
    AwaitTwiceCase::sync_result,
    AwaitTwiceCase::task,
    AwaitTwiceCase::pooling_builder,
    AwaitTwiceCase::custom_source_not_reused,
    AwaitTwiceCase::custom_source_reused,
    AwaitTwiceCase::token_ignored,
    AwaitTwiceCase::token_wrapped,
    AwaitTwiceCase::result_before_completion_source,
    AwaitTwiceCase::result_before_completion_task,
    AwaitTwiceCase::concurrent_awaits,
    AwaitTwiceCase::as_task_many_awaits,
    AwaitTwiceCase::as_task_twice,
    AwaitTwiceCase::preserve,
    AwaitTwiceCase::unconsumed_pooled,
};
// The contract id, e.g. "custom_source_reused".
const char* to_string(AwaitTwiceCase c) noexcept;
std::optional<AwaitTwiceCase> await_twice_case_from_string(std::string_view id) noexcept;

enum class CaseGroup : std::uint8_t { awaiting_twice, other_pitfalls };
const char* to_string(CaseGroup g) noexcept;
CaseGroup group_of(AwaitTwiceCase c) noexcept;
// A what-if cannot happen with .NET's own types (here: a source that ignores its token,
// which ManualResetValueTaskSourceCore.ValidateToken never does).
bool is_what_if(AwaitTwiceCase c) noexcept;

// The contract's outcome vocabulary.
enum class LabOutcome : std::uint8_t {
    same_value,
    exception,
    wrong_value,
    blocked,
    source_leaked,
    works
};
const char* to_string(LabOutcome o) noexcept;
std::optional<LabOutcome> lab_outcome_from_string(std::string_view id) noexcept;
// What the contract (and .NET) says each case does.
LabOutcome contract_outcome(AwaitTwiceCase c) noexcept;

// Identifier of a misuse, e.g. "stale_token" (vtl::to_string(Misuse) is for messages).
const char* misuse_id(Misuse m) noexcept;

// What stands behind the ValueTask in a frame.
enum class SourceKind : std::uint8_t {
    none,           // the result is inside the ValueTask
    task,           // a Task<int>
    custom_source,  // PooledValueTaskSource: reset when rented again
    pooling_box,    // PoolingBox: reset inside GetResult, back to its cache
    token_ignoring, // the what-if source
};
const char* to_string(SourceKind k) noexcept;

// Where the source is: handed to an operation, or back in its pool/cache.
enum class Holding : std::uint8_t { not_pooled, leased, in_pool, in_cache };
const char* to_string(Holding h) noexcept;

// The moment a frame shows; the numbers it needs are in the frame.
enum class LabStep : std::uint8_t {
    returned_result,        // ValueTask(value) returned; value inside
    returned_task,          // ValueTask(Task) returned; the Task is pending
    rented_source,          // operation A rented a source (slot, token)
    rented_box,             // the pooling-builder method rented a box and suspended
    first_await,            // the first await returned `value`
    first_await_given_back, // … and get_result gave the source back, unreset
    first_await_box_reset,  // … and get_result reset the box and cached it
    other_rented,           // operation B rented the same source (reset) and completed
    many_rented,            // `count` operations rented it; version wrapped
    result_read_pending,    // .Result read while the source is pending
    result_waits,           // .Result on the pending Task: the thread waits
    first_continuation,     // a first awaiter registered on the pending source
    second_continuation,    // a second awaiter tried to register
    as_task_called,         // AsTask() turned the ValueTask into a Task
    task_awaited,           // the Task was awaited `count` times
    preserved,              // Preserve() returned a ValueTask over a Task
    pool_created,           // a pool of `count` sources
    rented_unconsumed,      // `count` operations rented and completed, never awaited
    outcome,                // the final frame: see the outcome
};
const char* to_string(LabStep s) noexcept;

// One moment of a case, captured from the live objects.
struct LabFrame {
    LabStep step{};
    std::int64_t value = 0; // the step's value (a result, a count of awaits, …)
    std::int64_t count = 0; // the step's count (rents, operations, milliseconds, …)
    ValueTaskKind held{};   // what the ValueTask holds
    std::uint16_t valuetask_token = 0;
    SourceKind source = SourceKind::none;
    std::size_t slot = 0; // pool slot or box id
    std::uint16_t source_version = 0;
    bool source_completed = false;
    int source_value = 0; // when completed
    Holding holding = Holding::not_pooled;
    std::uint64_t source_rents = 0;
    bool other_operation = false; // another operation now owns the source
    int other_value = 0;
    std::uint16_t other_token = 0;
    std::size_t pool_leased = 0; // unconsumed_pooled: sources handed out and not back
    std::size_t pool_free = 0;
    std::size_t pool_capacity = 0;
};

struct AwaitTwiceOutcome {
    AwaitTwiceCase which{};
    LabOutcome outcome{};
    int expected_value = 0;            // the operation's own result
    std::optional<int> first_value;    // what the first await / read returned
    std::optional<int> value;          // what came back at the end (none when it threw)
    std::vector<int> values;           // every await's value (as_task_many_awaits, preserve)
    std::optional<Misuse> misuse;      // when it threw
    std::uint16_t presented_token = 0; // the token of the throwing call
    std::uint16_t source_version = 0;  // the source's version at that moment
    std::optional<int> other_operation_value;
    std::uint64_t reuses_between = 0;
    std::int64_t blocked_ns = 0;   // result_before_completion_task: how long .Result waited
    std::size_t pool_capacity = 0; // unconsumed_pooled
    std::size_t leased_at_end = 0;
    std::size_t allocated_past_capacity = 0;
    std::vector<LabFrame> frames; // first moment … the outcome
};

AwaitTwiceOutcome run_await_twice_case(AwaitTwiceCase c);
std::vector<AwaitTwiceOutcome> run_await_twice_lab();

} // namespace vtl::workload
