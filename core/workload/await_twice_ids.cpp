// The await-twice lab's identifiers: the string ids of cases, groups, outcomes, misuses,
// source kinds and steps (CSV, CLI, translation keys), and each case's contracted outcome.
#include "workload/await_twice_lab.hpp"

namespace vtl::workload {

const char* to_string(AwaitTwiceCase c) noexcept {
    switch (c) {
    case AwaitTwiceCase::sync_result:
        return "sync_result";
    case AwaitTwiceCase::task:
        return "task";
    case AwaitTwiceCase::pooling_builder:
        return "pooling_builder";
    case AwaitTwiceCase::custom_source_not_reused:
        return "custom_source_not_reused";
    case AwaitTwiceCase::custom_source_reused:
        return "custom_source_reused";
    case AwaitTwiceCase::token_ignored:
        return "token_ignored";
    case AwaitTwiceCase::token_wrapped:
        return "token_wrapped";
    case AwaitTwiceCase::result_before_completion_source:
        return "result_before_completion_source";
    case AwaitTwiceCase::result_before_completion_task:
        return "result_before_completion_task";
    case AwaitTwiceCase::concurrent_awaits:
        return "concurrent_awaits";
    case AwaitTwiceCase::as_task_many_awaits:
        return "as_task_many_awaits";
    case AwaitTwiceCase::as_task_twice:
        return "as_task_twice";
    case AwaitTwiceCase::preserve:
        return "preserve";
    case AwaitTwiceCase::unconsumed_pooled:
        return "unconsumed_pooled";
    }
    return "?";
}

std::optional<AwaitTwiceCase> await_twice_case_from_string(std::string_view id) noexcept {
    for (AwaitTwiceCase c : all_await_twice_cases)
        if (id == to_string(c))
            return c;
    return std::nullopt;
}

const char* to_string(CaseGroup g) noexcept {
    return g == CaseGroup::awaiting_twice ? "awaiting_twice" : "other_pitfalls";
}

CaseGroup group_of(AwaitTwiceCase c) noexcept {
    switch (c) {
    case AwaitTwiceCase::sync_result:
    case AwaitTwiceCase::task:
    case AwaitTwiceCase::pooling_builder:
    case AwaitTwiceCase::custom_source_not_reused:
    case AwaitTwiceCase::custom_source_reused:
    case AwaitTwiceCase::token_ignored:
    case AwaitTwiceCase::token_wrapped:
        return CaseGroup::awaiting_twice;
    default:
        return CaseGroup::other_pitfalls;
    }
}

bool is_what_if(AwaitTwiceCase c) noexcept {
    return c == AwaitTwiceCase::token_ignored;
}

const char* to_string(LabOutcome o) noexcept {
    switch (o) {
    case LabOutcome::same_value:
        return "same_value";
    case LabOutcome::exception:
        return "exception";
    case LabOutcome::wrong_value:
        return "wrong_value";
    case LabOutcome::blocked:
        return "blocked";
    case LabOutcome::source_leaked:
        return "source_leaked";
    case LabOutcome::works:
        return "works";
    }
    return "?";
}

std::optional<LabOutcome> lab_outcome_from_string(std::string_view id) noexcept {
    for (LabOutcome o : {LabOutcome::same_value, LabOutcome::exception, LabOutcome::wrong_value,
                         LabOutcome::blocked, LabOutcome::source_leaked, LabOutcome::works})
        if (id == to_string(o))
            return o;
    return std::nullopt;
}

LabOutcome contract_outcome(AwaitTwiceCase c) noexcept {
    switch (c) {
    case AwaitTwiceCase::sync_result:
    case AwaitTwiceCase::task:
    case AwaitTwiceCase::custom_source_not_reused:
        return LabOutcome::same_value;
    case AwaitTwiceCase::pooling_builder:
    case AwaitTwiceCase::custom_source_reused:
    case AwaitTwiceCase::result_before_completion_source:
    case AwaitTwiceCase::concurrent_awaits:
    case AwaitTwiceCase::as_task_twice:
        return LabOutcome::exception;
    case AwaitTwiceCase::token_ignored:
    case AwaitTwiceCase::token_wrapped:
        return LabOutcome::wrong_value;
    case AwaitTwiceCase::result_before_completion_task:
        return LabOutcome::blocked;
    case AwaitTwiceCase::as_task_many_awaits:
    case AwaitTwiceCase::preserve:
        return LabOutcome::works;
    case AwaitTwiceCase::unconsumed_pooled:
        return LabOutcome::source_leaked;
    }
    return LabOutcome::works;
}

const char* misuse_id(Misuse m) noexcept {
    switch (m) {
    case Misuse::stale_token:
        return "stale_token";
    case Misuse::result_not_ready:
        return "result_not_ready";
    case Misuse::second_continuation:
        return "second_continuation";
    case Misuse::second_completion:
        return "second_completion";
    }
    return "?";
}

const char* to_string(SourceKind k) noexcept {
    switch (k) {
    case SourceKind::none:
        return "none";
    case SourceKind::task:
        return "task";
    case SourceKind::custom_source:
        return "custom_source";
    case SourceKind::pooling_box:
        return "pooling_box";
    case SourceKind::token_ignoring:
        return "token_ignoring";
    }
    return "?";
}

const char* to_string(Holding h) noexcept {
    switch (h) {
    case Holding::not_pooled:
        return "not_pooled";
    case Holding::leased:
        return "leased";
    case Holding::in_pool:
        return "in_pool";
    case Holding::in_cache:
        return "in_cache";
    }
    return "?";
}

const char* to_string(LabStep s) noexcept {
    switch (s) {
    case LabStep::returned_result:
        return "returned_result";
    case LabStep::returned_task:
        return "returned_task";
    case LabStep::rented_source:
        return "rented_source";
    case LabStep::rented_box:
        return "rented_box";
    case LabStep::first_await:
        return "first_await";
    case LabStep::first_await_given_back:
        return "first_await_given_back";
    case LabStep::first_await_box_reset:
        return "first_await_box_reset";
    case LabStep::other_rented:
        return "other_rented";
    case LabStep::many_rented:
        return "many_rented";
    case LabStep::result_read_pending:
        return "result_read_pending";
    case LabStep::result_waits:
        return "result_waits";
    case LabStep::first_continuation:
        return "first_continuation";
    case LabStep::second_continuation:
        return "second_continuation";
    case LabStep::as_task_called:
        return "as_task_called";
    case LabStep::task_awaited:
        return "task_awaited";
    case LabStep::preserved:
        return "preserved";
    case LabStep::pool_created:
        return "pool_created";
    case LabStep::rented_unconsumed:
        return "rented_unconsumed";
    case LabStep::outcome:
        return "outcome";
    }
    return "?";
}

} // namespace vtl::workload
