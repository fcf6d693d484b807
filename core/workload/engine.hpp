// Engine: runs a Scenario on its own thread, one strategy after another over the same seeded
// call sequence, and measures it. Control (start/pause/resume/step/cancel) and observation
// (snapshot, trace) are thread-safe and never make the engine wait on the caller: the engine
// publishes a snapshot a few dozen times a second under a briefly held mutex, and the GUI
// copies it when it likes.
//
// Per strategy: `concurrency` caller coroutines on one EventLoop each take the next call
// index, call the strategy's service method, await the ValueTask/Task (twice for the
// double-await share), and record issue→result latency in a LatencyHistogram (clock-read
// overhead subtracted). Allocations are counted on the engine thread only; the GC model
// turns them into GC-equivalent counts.
#pragma once

#include "measure/gc_model.hpp"
#include "measure/latency_histogram.hpp"
#include "workload/results.hpp"
#include "workload/scenario.hpp"
#include "workload/trace_event.hpp"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace vtl::workload {

enum class EngineState : std::uint8_t { idle, running, paused, finished, cancelled, failed };
const char* to_string(EngineState s) noexcept;

struct StrategyProgress {
    Strategy strategy{};
    bool started = false, finished = false;
    std::uint64_t calls_done = 0, hits = 0, misses = 0;
    std::uint64_t double_awaits = 0, await_errors = 0, silent_wrong_results = 0;
    std::uint64_t allocs = 0, alloc_bytes = 0;
    std::int64_t live_bytes = 0;
    measure::GcCounts gc;
    std::uint64_t gen0_fill_bytes = 0;
    double run_clock_s = 0; // run-clock time since this strategy started
    // Engine-thread CPU time per call, less the engine's own bookkeeping and less the
    // per-call measuring cost calibrated at the strategy's start (instrumentation_ns_per_call).
    double cpu_ns_per_op = 0;
    double instrumentation_ns_per_call = 0;
    measure::LatencyHistogram latency; // cumulative for this strategy
    // Completed intervals, oldest first. Bounded: when it would exceed max_intervals the
    // interval length doubles and neighbours are merged exactly (counts add, percentiles are
    // recomputed from merged histograms).
    std::vector<IntervalRow> intervals;
};

struct EngineSnapshot {
    std::uint64_t version = 0; // increases with each publication
    EngineState state = EngineState::idle;
    Scenario scenario;
    std::size_t current = 0;                       // index into strategies of the one running
    std::uint64_t calls_done = 0, calls_total = 0; // over all strategies
    double wall_s = 0;                             // real time since start, pauses excluded
    double calls_per_s = 0;                        // recent rate
    double eta_s = 0;                              // estimated wall time left
    std::int64_t clock_overhead_ns = 0;
    double interval_s = 0; // current time-series interval length (run clock)
    std::string error;     // when failed
    std::vector<StrategyProgress> strategies;
};

class Engine {
public:
    static constexpr std::size_t max_intervals = 2048;

    Engine();
    ~Engine(); // cancels and joins a running run
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    // Starts a run on the engine thread (validates first; returns the error if invalid).
    // A previous run is cancelled and joined first.
    std::optional<ScenarioError> start(const Scenario& s);
    void pause();
    void resume();
    // While paused: issue exactly one more call and run until it has completed, then pause.
    void step();
    void cancel();
    // Blocks until the run has finished, failed or been cancelled (or the timeout passes).
    bool wait(std::chrono::milliseconds timeout = std::chrono::hours(24));
    // Blocks until a published snapshot satisfies `pred` (checked at each publication, ~60/s,
    // and at once); false on timeout. For tests and tools; never call it on a GUI thread.
    bool wait_until(const std::function<bool(const EngineSnapshot&)>& pred,
                    std::chrono::milliseconds timeout);

    EngineState state() const;
    EngineSnapshot snapshot() const;
    // Copies the snapshot into `out` only if it is newer than out.version; true if copied.
    bool snapshot_if_newer(EngineSnapshot& out) const;
    // The final results (also partial ones after cancel).
    RunResults results() const;

    // Tracing: every n-th call (by index) is traced; 0 turns tracing off.
    void set_trace_every(std::uint64_t n);
    // Slow motion: at most this many calls issued per second of wall time (0 = unlimited).
    // While it is on, the run clock is real (backend waits take their real time) and stands
    // still between paced calls, so measured latencies are unaffected by the pacing.
    void set_pacing(double calls_per_s);
    TraceRing& trace() noexcept;

    // Runs `s` to completion on the calling thread (for the command line and tests);
    // `progress` is called from the calling thread about 10 times a second.
    static RunResults run_blocking(const Scenario& s,
                                   const std::function<void(const EngineSnapshot&)>& progress = {});

private:
    struct Impl; // engine.cpp; the run's pieces are in workload/strategy_run.hpp and its parts
    std::unique_ptr<Impl> impl_;
};

} // namespace vtl::workload
