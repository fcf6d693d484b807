// MemoryEstimate: how much memory a scenario's run will hold at its peak, worked out from the
// scenario before it starts, and whether that fits.
//
// The run holds, for the strategy running (strategies run one after another):
//  - the service's cache: one payload per cache key the run can touch (at most 1,024, at most
//    one per call), each a heap buffer when payload_bytes > 16;
//  - the calls in flight: min(concurrency, calls) callers, each with its coroutine frames and
//    up to three payload copies alive at once (the completed task's result, the awaited value
//    and, when double_await_rate > 0, the value of the second await);
//  - the time series, bounded per strategy (IntervalSeries::default_max_bytes), the rows kept
//    for the finished strategies, and the latency histograms (dense arrays, a few per
//    strategy and per snapshot copy);
//  - a fixed part: the trace ring, snapshot copies, the engine's thread and tables.
//
// The limit (memory_limit_bytes()): half of the memory this process may use, i.e. half of the
// smallest of physical RAM, the cgroup's memory.max and RLIMIT_AS. The environment variable
// VTL_MEMORY_LIMIT_MB overrides it (for tests and small machines).
#pragma once

#include "workload/scenario.hpp"

#include <cstdint>
#include <string>

namespace vtl::workload {

struct MemoryEstimate {
    std::uint64_t cache_bytes = 0;
    std::uint64_t in_flight_bytes = 0;
    std::uint64_t time_series_bytes = 0; // series and histograms
    std::uint64_t fixed_bytes = 0;
    std::uint64_t total_bytes = 0;
    std::uint64_t limit_bytes = 0;

    bool fits() const noexcept { return total_bytes <= limit_bytes; }
    // "the run would need about 293 GiB (…), more than the limit of 11.7 GiB (…)": the
    // estimate, its largest parts, the limit and what to lower.
    std::string refusal() const;
};

// Bytes this process may use for a run (see above).
std::uint64_t memory_limit_bytes();

MemoryEstimate estimate_memory(const Scenario& s, std::uint64_t limit_bytes);
inline MemoryEstimate estimate_memory(const Scenario& s) {
    return estimate_memory(s, memory_limit_bytes());
}

// "1.5 GiB", "300 MiB", "12 KiB", "512 B".
std::string human_bytes(std::uint64_t bytes);

} // namespace vtl::workload
