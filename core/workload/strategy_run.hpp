// One strategy's run: assembles the pieces (calibration, caller pool, call recording,
// allocation accounting, run control) around one EventLoop, drives the loop, and publishes
// the strategy's progress into the run's snapshot.
#pragma once

#include "measure/gc_model.hpp"
#include "vtl/event_loop.hpp"
#include "workload/allocation_accounting.hpp"
#include "workload/cache_service.hpp"
#include "workload/call_recorder.hpp"
#include "workload/caller_pool.hpp"
#include "workload/engine.hpp"
#include "workload/interval_series.hpp"
#include "workload/run_control.hpp"
#include "workload/snapshot_publisher.hpp"
#include "workload/tracer.hpp"

#include <atomic>
#include <cstdint>

namespace vtl::workload::detail {

// What a strategy run shares with the engine and the other strategies of the same run.
struct RunShared {
    ControlRequests& requests;
    TraceRing& ring;
    const std::atomic<std::uint64_t>& trace_every;
    SnapshotPublisher& publisher;
    std::int64_t run_start_wall_ns;
    std::int64_t& run_paused_wall_ns;
};

class StrategyRun {
public:
    StrategyRun(RunShared shared, const Scenario& s, std::size_t index, EngineSnapshot& snap,
                std::int64_t clock_overhead_ns);
    StrategyRun(const StrategyRun&) = delete;
    StrategyRun& operator=(const StrategyRun&) = delete;

    // Runs the strategy to its end; false if the run was cancelled.
    bool run();
    SummaryRow summary() const;

private:
    StrategyProgress& progress() { return snap_.strategies[index_]; }
    std::uint64_t trace_every() const {
        return shared_.trace_every.load(std::memory_order_relaxed);
    }
    void maintenance(bool from_driver);
    void trace_collections(const measure::GcCounts& before);
    void fill_progress();
    void publish();
    void finish();

    RunShared shared_;
    std::size_t index_;
    Strategy strategy_;
    EngineSnapshot& snap_;
    double instrumentation_ns_; // before loop_: calibrated before the run clock starts
    EventLoop loop_;
    Tracer tracer_;
    CacheService service_;
    AllocationAccounting allocations_;
    IntervalSeries series_;
    RunControl control_;
    CallRecorder recorder_;
    CallerPool callers_;

    std::int64_t cpu_start_ns_ = 0, wall_start_ns_ = 0, last_publish_ns_ = 0;
    double strategy_wall_s_ = 0;
};

} // namespace vtl::workload::detail
