// The engine's thread and public API. A run's work is split into named pieces, each in its
// own file here: strategy_run (one strategy, assembling the rest), caller_pool (the caller
// coroutines), call_recorder (per-call measurements), allocation_accounting (allocations and
// the GC model), instrumentation_calibration, run_control (pause/step/pacing/cancel) and
// snapshot_publisher (how state reaches other threads).
#include "workload/engine.hpp"

#include "measure/timebase.hpp"
#include "vtl/pooled_value_task_source.hpp"
#include "workload/engine_timing.hpp"
#include "workload/memory_estimate.hpp"
#include "workload/payload.hpp"
#include "workload/run_control.hpp"
#include "workload/snapshot_publisher.hpp"
#include "workload/strategy_run.hpp"

#include <atomic>
#include <stdexcept>
#include <thread>

namespace vtl::workload {

const char* to_string(EngineState s) noexcept {
    switch (s) {
    case EngineState::idle:
        return "idle";
    case EngineState::running:
        return "running";
    case EngineState::paused:
        return "paused";
    case EngineState::finished:
        return "finished";
    case EngineState::cancelled:
        return "cancelled";
    case EngineState::failed:
        return "failed";
    }
    return "?";
}

struct Engine::Impl {
    detail::ControlRequests requests;
    detail::SnapshotPublisher publisher;
    TraceRing ring;
    std::atomic<std::uint64_t> trace_every{0};
    std::thread thread;

    // Engine thread only.
    std::int64_t run_paused_wall_ns = 0;

    void run(Scenario s);
    void join() {
        if (thread.joinable())
            thread.join();
    }
};

// The engine thread: the strategies one after another over the same seeded call sequence.
void Engine::Impl::run(Scenario s) {
    EngineSnapshot snap;
    snap.state = EngineState::running;
    snap.scenario = s;
    snap.calls_total = s.calls * s.strategies.size();
    snap.clock_overhead_ns = measure::Timebase::read_overhead_ns();
    snap.strategies.resize(s.strategies.size());
    for (std::size_t i = 0; i < s.strategies.size(); ++i)
        snap.strategies[i].strategy = s.strategies[i];
    run_paused_wall_ns = 0;
    const detail::RunShared shared{
        requests, ring, trace_every, publisher, detail::wall_ns(), run_paused_wall_ns};

    RunResults out;
    out.scenario = s;
    out.clock_overhead_ns = snap.clock_overhead_ns;
    try {
        set_task_result_cache_enabled(s.task_result_cache);
        // The what-if applies to the hand-written pool only (.NET's sources always check).
        ValueTaskSourcePool<Payload>::for_this_thread(PoolPolicy::unbounded)
            .set_token_check(!s.what_if_source_ignores_token);
        bool cancelled = false;
        for (std::size_t i = 0; i < s.strategies.size() && !cancelled; ++i) {
            snap.current = i;
            detail::StrategyRun strategy(shared, s, i, snap, snap.clock_overhead_ns);
            cancelled = !strategy.run();
            out.summary.push_back(strategy.summary());
            const auto& rows = snap.strategies[i].intervals;
            out.timeseries.insert(out.timeseries.end(), rows.begin(), rows.end());
        }
        out.completed = !cancelled;
        snap.state = cancelled ? EngineState::cancelled : EngineState::finished;
    } catch (const std::exception& e) {
        snap.state = EngineState::failed;
        snap.error = e.what();
    }
    publisher.set_results(std::move(out));
    publisher.publish(snap);
}

// --- Engine (public API) ------------------------------------------------------------------

Engine::Engine()
    : impl_(std::make_unique<Impl>()) {}

Engine::~Engine() {
    cancel();
    impl_->join();
}

std::optional<ScenarioError> Engine::start(const Scenario& scenario) {
    if (auto e = validate(scenario))
        return e;
    // A run that would not fit in memory is refused before it starts (issue 10): the GUI and
    // the command line get the estimate and the limit instead of a std::bad_alloc mid-run.
    if (const MemoryEstimate m = estimate_memory(scenario); !m.fits())
        return ScenarioError{"memory", m.refusal()};
    cancel();
    impl_->join();
    Scenario s = scenario;
    if (s.gc_gen0_budget_bytes == 0)
        s.gc_gen0_budget_bytes = measure::default_gen0_budget_bytes();
    impl_->requests.reset();
    impl_->publisher.begin(s);
    impl_->thread = std::thread([impl = impl_.get(), s] { impl->run(s); });
    return std::nullopt;
}

void Engine::pause() {
    impl_->requests.pause();
}

void Engine::resume() {
    impl_->requests.resume();
}

void Engine::step() {
    impl_->requests.step();
}

void Engine::cancel() {
    impl_->requests.cancel();
}

bool Engine::wait(std::chrono::milliseconds timeout) {
    return impl_->publisher.wait_until(
        [](const EngineSnapshot& s) {
            return s.state == EngineState::finished || s.state == EngineState::cancelled ||
                   s.state == EngineState::failed || s.state == EngineState::idle;
        },
        timeout);
}

bool Engine::wait_until(const std::function<bool(const EngineSnapshot&)>& pred,
                        std::chrono::milliseconds timeout) {
    return impl_->publisher.wait_until(pred, timeout);
}

EngineState Engine::state() const {
    return impl_->publisher.state();
}

EngineSnapshot Engine::snapshot() const {
    return impl_->publisher.snapshot();
}

bool Engine::snapshot_if_newer(EngineSnapshot& out) const {
    return impl_->publisher.snapshot_if_newer(out);
}

RunResults Engine::results() const {
    return impl_->publisher.results();
}

void Engine::set_trace_every(std::uint64_t n) {
    impl_->trace_every.store(n, std::memory_order_relaxed);
}

void Engine::set_pacing(double calls_per_s) {
    impl_->requests.set_pacing(calls_per_s);
}

TraceRing& Engine::trace() noexcept {
    return impl_->ring;
}

RunResults Engine::run_blocking(const Scenario& s,
                                const std::function<void(const EngineSnapshot&)>& progress) {
    Engine engine;
    if (auto e = engine.start(s))
        throw std::invalid_argument(e->message);
    while (!engine.wait(std::chrono::milliseconds(100))) {
        if (progress)
            progress(engine.snapshot());
    }
    if (progress)
        progress(engine.snapshot());
    return engine.results();
}

} // namespace vtl::workload
