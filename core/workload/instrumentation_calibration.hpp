// What the per-call measuring itself costs, so cpu_ns_per_op can leave it out.
#pragma once

#include "workload/scenario.hpp"

#include <cstdint>

namespace vtl::workload::detail {

// Times a batch of calls that do everything but the operation (drawing the call from the
// seeded sequence, two tick reads, the histograms, the counters) and returns the CPU
// nanoseconds per call of the least disturbed of three rounds. A nanosecond hit path is then
// not drowned by the instruments around it. Runs before the strategy's loop and clock exist,
// so it costs the run clock nothing.
double calibrate_instrumentation(const Scenario& s, Strategy strategy, std::uint64_t trace_every,
                                 std::int64_t clock_overhead_ns);

} // namespace vtl::workload::detail
