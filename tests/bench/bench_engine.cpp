// The engine with full instrumentation on a hit-only `valuetask` workload: how many calls per
// second one core sustains while every call's latency, the allocation counter, the GC model
// and the time series are all live, and the CPU cost per op the engine itself reports (to
// compare with BM_ValueTaskHit in the same run).
#include "workload/engine.hpp"

#include <benchmark/benchmark.h>

namespace {

using namespace vtl::workload;

void BM_EngineHitThroughput(benchmark::State& state) {
    Scenario s = default_scenario();
    s.strategies = {Strategy::valuetask};
    s.calls = static_cast<std::uint64_t>(state.range(0));
    s.hit_rate = 1.0;
    s.concurrency = 1;
    double cpu_ns = 0, instrumented_ns = 0, allocs = 0, bytes = 0;
    std::uint64_t calls = 0;
    for (auto _ : state) {
        const RunResults r = Engine::run_blocking(s);
        const SummaryRow& row = r.summary.at(0);
        state.SetIterationTime(row.wall_s); // the measured run itself, not thread start-up
        cpu_ns += row.cpu_ns_per_op;
        allocs += row.allocs_per_op;
        bytes += row.alloc_bytes_per_op;
        calls += row.calls;
        instrumented_ns += row.wall_s * 1e9 / static_cast<double>(row.calls);
    }
    const double n = static_cast<double>(state.iterations());
    state.SetItemsProcessed(static_cast<std::int64_t>(calls));
    state.counters["engine_cpu_ns_per_op"] = cpu_ns / n;
    state.counters["wall_ns_per_call"] = instrumented_ns / n;
    state.counters["allocs_per_op"] = allocs / n;
    state.counters["bytes_per_op"] = bytes / n;
}
BENCHMARK(BM_EngineHitThroughput)->Arg(5'000'000)->UseManualTime()->Unit(benchmark::kMillisecond);

} // namespace
