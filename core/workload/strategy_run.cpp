#include "workload/strategy_run.hpp"

#include "workload/engine_timing.hpp"
#include "workload/instrumentation_calibration.hpp"

#include <algorithm>

namespace vtl::workload::detail {

StrategyRun::StrategyRun(RunShared shared, const Scenario& s, std::size_t index,
                         EngineSnapshot& snap, std::int64_t clock_overhead_ns)
    : shared_(shared)
    , index_(index)
    , strategy_(s.strategies[index])
    , snap_(snap)
    , instrumentation_ns_(calibrate_instrumentation(
          s, strategy_, shared.trace_every.load(std::memory_order_relaxed), clock_overhead_ns))
    , loop_(s.clock)
    , tracer_(shared.ring, loop_.clock())
    , service_(loop_, s, &tracer_)
    , allocations_(s.gc_gen0_budget_bytes)
    , series_(strategy_, Engine::max_intervals, first_interval_ns)
    , control_(
          shared.requests, loop_, s.clock, snap.state, [this] { publish(); },
          shared.run_paused_wall_ns)
    , recorder_(snap.strategies[index], snap.calls_done, series_, tracer_, clock_overhead_ns)
    , callers_(
          CallerPool::Parts{s, strategy_, loop_, service_, tracer_, control_, recorder_, [this] {
                                maintenance(false);
                            }}) {
    tracer_.set_strategy(strategy_);
    tracer_.set_gc_model(&allocations_.gc());
    tracer_.set_every(trace_every());
}

bool StrategyRun::run() {
    progress().strategy = strategy_;
    progress().started = true;
    tracer_.emit(0, TraceKind::strategy_started);
    // The callers' own frames are set-up, not per-call work: counting starts after them.
    callers_.start();
    progress().instrumentation_ns_per_call = instrumentation_ns_;
    allocations_.start();
    cpu_start_ns_ = thread_cpu_ns();
    wall_start_ns_ = wall_ns();
    last_publish_ns_ = wall_start_ns_;

    for (;;) {
        control_.between_rounds();
        if (!loop_.run_once())
            break;
        maintenance(true);
    }
    finish();
    return !control_.cancelled();
}

// Allocation accounting, the GC model, the time series and publication. Called every 64
// calls and after every loop round; cheap unless a period has elapsed.
void StrategyRun::maintenance(bool from_driver) {
    const AllocationAccounting::Absorbed fresh = allocations_.absorb();
    if (fresh.allocs != 0) {
        series_.add_allocations(fresh.allocs, fresh.bytes);
        trace_collections(fresh.gc_before);
    }
    const std::int64_t t = loop_.now_ns();
    if (t >= series_.current_end_ns()) {
        AllocationAccounting::Uncounted bookkeeping(allocations_);
        series_.close_interval(t, fresh.live_bytes, allocations_.gc().counts());
    }
    if (!from_driver && (progress().calls_done & 1023) != 0)
        return;
    const std::int64_t w = wall_ns();
    if (w - last_publish_ns_ >= publish_period_ns) {
        last_publish_ns_ = w;
        publish();
    }
}

void StrategyRun::trace_collections(const measure::GcCounts& before) {
    if (trace_every() == 0)
        return;
    const measure::GcModel& gc = allocations_.gc();
    const measure::GcCounts after = gc.counts();
    const std::uint8_t gen = after.gen2 != before.gen2   ? 2
                             : after.gen1 != before.gen1 ? 1
                             : after.gen0 != before.gen0 ? 0
                                                         : 255;
    if (gen != 255)
        tracer_.emit(callers_.next_index(), TraceKind::gc_collection, gc.gen0_budget(), 0, 0,
                     DoubleAwaitOutcome::none, gen);
}

void StrategyRun::fill_progress() {
    auto& p = progress();
    allocations_.fill(p);
    p.run_clock_s = static_cast<double>(loop_.now_ns()) / 1e9;
    if (p.calls_done != 0) {
        const double cpu = static_cast<double>(thread_cpu_ns() - cpu_start_ns_ -
                                               allocations_.bookkeeping_cpu_ns()) /
                           static_cast<double>(p.calls_done);
        p.cpu_ns_per_op = std::max(cpu - instrumentation_ns_, 0.0);
    }
    series_.copy_rows(p.intervals);
    snap_.interval_s = static_cast<double>(series_.interval_ns()) / 1e9;
    strategy_wall_s_ =
        static_cast<double>(wall_ns() - wall_start_ns_ - control_.paused_wall_ns()) / 1e9;
    snap_.wall_s =
        static_cast<double>(wall_ns() - shared_.run_start_wall_ns - shared_.run_paused_wall_ns) /
        1e9;
}

void StrategyRun::publish() {
    AllocationAccounting::Uncounted bookkeeping(allocations_);
    fill_progress();
    tracer_.set_every(trace_every());
    shared_.publisher.publish(snap_);
}

void StrategyRun::finish() {
    const std::int64_t t = loop_.now_ns();
    const std::int64_t live = allocations_.live_bytes();
    maintenance(true);
    {
        AllocationAccounting::Uncounted bookkeeping(allocations_);
        series_.close_interval(std::max(t, series_.last_end_ns() + 1), live,
                               allocations_.gc().counts(), true);
    }
    progress().finished = !control_.cancelled();
    publish();
    tracer_.emit(callers_.next_index(), TraceKind::strategy_finished);
}

SummaryRow StrategyRun::summary() const {
    const auto& p = snap_.strategies[index_];
    SummaryRow r;
    r.strategy = strategy_;
    r.calls = p.calls_done;
    r.hits = p.hits;
    r.misses = p.misses;
    r.double_awaits = p.double_awaits;
    r.await_errors = p.await_errors;
    r.silent_wrong_results = p.silent_wrong_results;
    r.mean_ns = p.latency.mean();
    r.p50_ns = p.latency.percentile(50);
    r.p90_ns = p.latency.percentile(90);
    r.p99_ns = p.latency.percentile(99);
    r.p999_ns = p.latency.percentile(99.9);
    r.max_ns = p.latency.max();
    r.cpu_ns_per_op = p.cpu_ns_per_op;
    const double calls = p.calls_done == 0 ? 1.0 : static_cast<double>(p.calls_done);
    r.alloc_bytes_per_op = static_cast<double>(p.alloc_bytes) / calls;
    r.allocs_per_op = static_cast<double>(p.allocs) / calls;
    r.gen0_per_1k = static_cast<double>(p.gc.gen0) * 1000.0 / calls;
    r.gen1_per_1k = static_cast<double>(p.gc.gen1) * 1000.0 / calls;
    r.gen2_per_1k = static_cast<double>(p.gc.gen2) * 1000.0 / calls;
    r.wall_s = strategy_wall_s_;
    return r;
}

} // namespace vtl::workload::detail
