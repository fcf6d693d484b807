#include "workload/instrumentation_calibration.hpp"

#include "measure/latency_histogram.hpp"
#include "measure/timebase.hpp"
#include "vtl/allocation_counter.hpp"
#include "workload/engine.hpp"
#include "workload/engine_timing.hpp"
#include "workload/interval_series.hpp"
#include "workload/payload.hpp"

#include <algorithm>

namespace vtl::workload::detail {

double calibrate_instrumentation(const Scenario& s, Strategy strategy, std::uint64_t trace_every,
                                 std::int64_t overhead_ns) {
    constexpr std::uint64_t batch = 200'000;
    measure::LatencyHistogram scratch_latency;
    IntervalSeries scratch_series(strategy, 4, first_interval_ns);
    RunClock clock(s.clock);
    StrategyProgress scratch;
    const Payload sample(0, s.payload_bytes);
    std::uint64_t sink = 0;
    double best = 1e300;
    for (int round = 0; round < 3; ++round) { // keep the least disturbed round
        const std::int64_t cpu0 = thread_cpu_ns();
        for (std::uint64_t i = 0; i < batch; ++i) {
            const CallSpec spec = call_spec(s, i);
            sink += trace_every != 0 && spec.index % trace_every == 0 ? 1 : 0;
            const std::uint64_t t0 = measure::Timebase::ticks();
            const std::int64_t offset0 = clock.offset_ns();
            const std::uint64_t t1 = measure::Timebase::ticks();
            const std::int64_t offset1 = clock.offset_ns();
            const std::int64_t ns = measure::Timebase::to_ns(t1 - t0) + (offset1 - offset0);
            const std::int64_t corrected = std::max<std::int64_t>(ns - overhead_ns, 1);
            scratch_latency.record(corrected);
            scratch_series.record(corrected, spec.hit);
            ++scratch.calls_done;
            scratch.hits += spec.hit ? 1 : 0;
            sink += sample.matches(spec.key, s.payload_bytes) ? 1 : 0;
            if ((scratch.calls_done & 63) == 0)
                sink += thread_allocation_stats().allocations +
                        static_cast<std::uint64_t>(clock.now_ns());
        }
        best = std::min(best, static_cast<double>(thread_cpu_ns() - cpu0) / batch);
    }
    volatile std::uint64_t keep = sink; // the loop must not be optimised away
    (void)keep;
    return best;
}

} // namespace vtl::workload::detail
