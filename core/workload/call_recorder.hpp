// Call recording: what one completed call adds to its strategy's progress — latency (clock
// read overhead subtracted), hit/miss, the time series, and the outcome of awaiting it.
#pragma once

#include "workload/engine.hpp"
#include "workload/interval_series.hpp"
#include "workload/tracer.hpp"

#include <algorithm>
#include <cstdint>

namespace vtl::workload::detail {

class CallRecorder {
public:
    CallRecorder(StrategyProgress& progress, std::uint64_t& run_calls_done, IntervalSeries& series,
                 Tracer& tracer, std::int64_t clock_overhead_ns) noexcept
        : p_(progress)
        , run_calls_done_(run_calls_done)
        , series_(series)
        , tracer_(tracer)
        , overhead_ns_(clock_overhead_ns) {}

    // Records one completed call; true every 64 calls of this strategy: time for the
    // strategy's maintenance (allocation accounting, time series, publication).
    bool record_call(const CallSpec& spec, std::int64_t latency_ns, bool is_traced) noexcept {
        const std::int64_t corrected = std::max<std::int64_t>(latency_ns - overhead_ns_, 1);
        p_.latency.record(corrected);
        series_.record(corrected, spec.hit);
        ++p_.calls_done;
        ++run_calls_done_;
        if (spec.hit)
            ++p_.hits;
        else
            ++p_.misses;
        if (is_traced)
            tracer_.emit(spec.index, TraceKind::result_delivered, 0, 0, 0,
                         DoubleAwaitOutcome::none);
        return (p_.calls_done & 63) == 0;
    }

    void count_outcome(bool error, bool wrong, DoubleAwaitOutcome twice) noexcept {
        if (error)
            ++p_.await_errors;
        if (wrong)
            ++p_.silent_wrong_results;
        switch (twice) {
        case DoubleAwaitOutcome::none:
            break;
        case DoubleAwaitOutcome::same_value:
            ++p_.double_awaits;
            break;
        case DoubleAwaitOutcome::invalid_operation:
            ++p_.double_awaits;
            ++p_.await_errors;
            break;
        case DoubleAwaitOutcome::wrong_value:
            ++p_.double_awaits;
            ++p_.silent_wrong_results;
            break;
        }
    }

private:
    StrategyProgress& p_;
    std::uint64_t& run_calls_done_;
    IntervalSeries& series_;
    Tracer& tracer_;
    std::int64_t overhead_ns_;
};

} // namespace vtl::workload::detail
