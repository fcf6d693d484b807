#include "workload/engine.hpp"

#include "measure/timebase.hpp"
#include "vtl/allocation_counter.hpp"
#include "vtl/event_loop.hpp"
#include "vtl/invalid_operation_error.hpp"
#include "vtl/pooled_value_task_source.hpp"
#include "workload/cache_service.hpp"
#include "workload/interval_series.hpp"
#include "workload/payload.hpp"
#include "workload/tracer.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <ctime>
#include <mutex>
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

namespace {

std::int64_t thread_cpu_ns() noexcept {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

std::int64_t wall_ns() noexcept {
    return RunClock::steady_ns();
}

constexpr std::int64_t publish_period_ns = 16'000'000; // ~60 snapshots per second
constexpr std::int64_t first_interval_ns = 1'000'000;  // time series starts at 1 ms

} // namespace

// Control requests from other threads. `dirty` is the engine's one-load fast path: while it
// is clear, nothing was asked and callers issue calls without touching the mutex.
struct Control {
    std::mutex mutex;
    std::condition_variable cv;
    bool pause = false;
    bool cancel = false;
    std::uint64_t steps = 0; // calls still allowed while paused
    double pacing = 0;       // calls per second, 0 = unlimited
    std::atomic<bool> dirty{false};

    void mark() { dirty.store(true, std::memory_order_release); }
};

struct Engine::Impl {
    Control control;
    TraceRing ring;
    std::atomic<std::uint64_t> trace_every{0};

    mutable std::mutex publish_mutex;
    std::condition_variable done_cv;
    EngineSnapshot published;
    RunResults results;
    std::thread thread;

    // Engine thread only.
    std::int64_t run_start_wall_ns = 0;
    std::int64_t run_paused_wall_ns = 0;
    // Rate estimate for progress and ETA (under publish_mutex).
    double rate_wall_s = 0;
    std::uint64_t rate_calls = 0;
    double smoothed_rate = 0;

    void run(Scenario s);
    void publish(const EngineSnapshot& snap);
};

namespace {

// One strategy's run: the callers, the loop, the measurements.
class StrategyRun {
public:
    StrategyRun(Engine::Impl& engine, const Scenario& s, std::size_t index, EngineSnapshot& snap,
                std::int64_t clock_overhead_ns)
        : engine_(engine)
        , s_(s)
        , index_(index)
        , strategy_(s.strategies[index])
        , snap_(snap)
        , instrumentation_ns_(calibrate_instrumentation(
              s, s.strategies[index], engine.trace_every.load(std::memory_order_relaxed),
              clock_overhead_ns))
        , loop_(s.clock)
        , tracer_(engine.ring, loop_.clock())
        , service_(loop_, s.payload_bytes, &tracer_)
        , gc_(measure::GcModelParams{s.gc_gen0_budget_bytes, 0, 0})
        , overhead_ns_(clock_overhead_ns)
        , series_(strategy_, Engine::max_intervals, first_interval_ns) {
        tracer_.set_strategy(strategy_);
        tracer_.set_gc_model(&gc_);
        tracer_.set_every(engine.trace_every.load(std::memory_order_relaxed));
    }

    // Returns false if the run was cancelled.
    bool run() {
        progress().strategy = strategy_;
        progress().started = true;
        tracer_.emit(0, TraceKind::strategy_started);
        callers_.reserve(s_.concurrency);
        parked_.reserve(s_.concurrency);

        // The callers' own frames are set-up, not per-call work: counting starts after them.
        const std::uint32_t callers =
            static_cast<std::uint32_t>(std::min<std::uint64_t>(s_.concurrency, s_.calls));
        for (std::uint32_t c = 0; c < callers; ++c)
            callers_.push_back(start_caller());

        progress().instrumentation_ns_per_call = instrumentation_ns_;
        base_alloc_ = thread_allocation_stats();
        last_alloc_ = base_alloc_;
        cpu_start_ns_ = thread_cpu_ns();
        wall_start_ns_ = wall_ns();
        last_publish_ns_ = wall_start_ns_;

        for (;;) {
            if (engine_.control.dirty.load(std::memory_order_acquire))
                handle_control_in_driver();
            if (!loop_.run_once())
                break;
            maintenance(true);
        }
        finish();
        return !cancelled_;
    }

private:
    StrategyProgress& progress() { return snap_.strategies[index_]; }

    // The engine's own bookkeeping (time-series rows, snapshot copies) allocates on this
    // thread too; it is excluded by shifting the baselines by what it allocated.
    class Uncounted {
    public:
        explicit Uncounted(StrategyRun& run) noexcept
            : run_(run)
            , before_(thread_allocation_stats())
            , cpu_before_ns_(thread_cpu_ns()) {}
        ~Uncounted() {
            run_.bookkeeping_cpu_ns_ += thread_cpu_ns() - cpu_before_ns_;
            const AllocationStats d = thread_allocation_stats() - before_;
            for (AllocationStats* base : {&run_.base_alloc_, &run_.last_alloc_}) {
                base->allocations += d.allocations;
                base->deallocations += d.deallocations;
                base->bytes_requested += d.bytes_requested;
                base->live_bytes += d.live_bytes;
            }
        }
        Uncounted(const Uncounted&) = delete;
        Uncounted& operator=(const Uncounted&) = delete;

    private:
        StrategyRun& run_;
        AllocationStats before_;
        std::int64_t cpu_before_ns_;
    };

    // What the per-call measuring itself costs (drawing the call from the seeded sequence,
    // two tick reads, the histograms, the counters), timed over a batch of calls that do
    // everything but the operation. cpu_ns_per_op subtracts it, so a nanosecond hit path is
    // not drowned by the instruments around it.
    // Runs before the strategy's loop and clock exist, so it costs the run clock nothing.
    static double calibrate_instrumentation(const Scenario& s, Strategy strategy,
                                            std::uint64_t trace_every, std::int64_t overhead_ns) {
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

    Task<void> start_caller() {
        switch (strategy_) {
        case Strategy::task:
            return caller<&CacheService::get_task>();
        case Strategy::valuetask:
            return caller<&CacheService::get_valuetask>();
        case Strategy::valuetask_coroutine:
            return caller<&CacheService::get_valuetask_coroutine>();
        case Strategy::pooled:
            return caller<&CacheService::get_pooled>();
        }
        return caller<&CacheService::get_valuetask>();
    }

    // Wraps an awaiter to report suspension and resumption of a traced call, and to stop
    // attributing this thread's allocations to it while it is suspended.
    template <class Inner>
    struct TracedAwaiter {
        Inner inner;
        Tracer& tracer;
        std::uint64_t call;
        bool suspended = false;

        bool await_ready() { return inner.await_ready(); }
        bool await_suspend(std::coroutine_handle<> h) {
            tracer.emit(call, TraceKind::suspended);
            tracer.leave();
            suspended = inner.await_suspend(h);
            if (!suspended)
                tracer.enter(call);
            return suspended;
        }
        auto await_resume() {
            if (suspended) {
                tracer.enter(call);
                tracer.emit(call, TraceKind::resumed);
            }
            return inner.await_resume();
        }
    };

    template <class Awaitable>
    static auto traced(const Awaitable& a, Tracer& t, std::uint64_t call) {
        return TracedAwaiter<decltype(a.operator co_await())>{a.operator co_await(), t, call};
    }

    // Parks a caller while the engine is paused; the driver posts it again to resume or step.
    struct Park {
        StrategyRun& run;
        bool await_ready() const noexcept { return false; }
        void await_suspend(std::coroutine_handle<> h) { run.parked_.push_back(h); }
        void await_resume() const noexcept {}
    };

    template <auto Get>
    Task<void> caller() {
        // Start on the loop, not inside the constructor's loop over callers.
        co_await loop_.yield();
        for (;;) {
            while (!may_issue())
                co_await Park{*this};
            if (cancelled_ || next_index_ >= s_.calls)
                break;
            const CallSpec spec = call_spec(s_, next_index_++);
            const bool is_traced = tracer_.traced(spec.index);
            if (is_traced) {
                tracer_.enter(spec.index);
                tracer_.emit(spec.index, TraceKind::call_issued);
            }
            const std::uint64_t t0 = measure::Timebase::ticks();
            const std::int64_t offset0 = loop_.clock().offset_ns();
            bool error = false;
            bool wrong = false;
            DoubleAwaitOutcome twice = DoubleAwaitOutcome::none;
            {
                auto op = (service_.*Get)(spec);
                Payload result;
                try {
                    if (is_traced)
                        result = co_await traced(op, tracer_, spec.index);
                    else
                        result = co_await op;
                    wrong = !result.matches(spec.key, s_.payload_bytes);
                } catch (const InvalidOperationError&) {
                    error = true; // e.g. a stale double-await stole this operation's continuation
                }
                const std::uint64_t t1 = measure::Timebase::ticks();
                const std::int64_t offset1 = loop_.clock().offset_ns();
                record_call(spec, measure::Timebase::to_ns(t1 - t0) + (offset1 - offset0),
                            is_traced);
                if (spec.double_await && !error) {
                    // The second await comes two mean miss latencies later, as if the caller
                    // had kept the ValueTask and gone on with other work: meanwhile other
                    // callers may rent, and even finish with, the same pooled source.
                    if (is_traced)
                        tracer_.leave();
                    co_await loop_.delay_for(double_await_delay_ns_);
                    if (is_traced)
                        tracer_.enter(spec.index);
                    try {
                        Payload again = co_await op;
                        twice = again.matches(spec.key, s_.payload_bytes)
                                    ? DoubleAwaitOutcome::same_value
                                    : DoubleAwaitOutcome::wrong_value;
                    } catch (const InvalidOperationError&) {
                        twice = DoubleAwaitOutcome::invalid_operation;
                    }
                    if (is_traced)
                        tracer_.emit(spec.index, TraceKind::double_await, 0, 0, 0, twice);
                }
            } // the operation (Task state, frame) is released here, still inside the trace
            count_outcome(error, wrong, twice);
            if (is_traced)
                tracer_.leave();
            if (step_call_ == spec.index)
                step_call_ = no_call;
        }
    }

    void record_call(const CallSpec& spec, std::int64_t latency_ns, bool is_traced) {
        const std::int64_t corrected = std::max<std::int64_t>(latency_ns - overhead_ns_, 1);
        auto& p = progress();
        p.latency.record(corrected);
        series_.record(corrected, spec.hit);
        ++p.calls_done;
        ++snap_.calls_done;
        if (spec.hit)
            ++p.hits;
        else
            ++p.misses;
        if (is_traced)
            tracer_.emit(spec.index, TraceKind::result_delivered, 0, 0, 0,
                         DoubleAwaitOutcome::none);
        if ((p.calls_done & 63) == 0)
            maintenance(false);
    }

    void count_outcome(bool error, bool wrong, DoubleAwaitOutcome twice) {
        auto& p = progress();
        if (error)
            ++p.await_errors;
        if (wrong)
            ++p.silent_wrong_results;
        switch (twice) {
        case DoubleAwaitOutcome::none:
            break;
        case DoubleAwaitOutcome::same_value:
            ++p.double_awaits;
            break;
        case DoubleAwaitOutcome::invalid_operation:
            ++p.double_awaits;
            ++p.await_errors;
            break;
        case DoubleAwaitOutcome::wrong_value:
            ++p.double_awaits;
            ++p.silent_wrong_results;
            break;
        }
    }

    // Allocation accounting, the GC model, the time series and publication. Called every 64
    // calls and after every loop round; cheap unless a period has elapsed.
    void maintenance(bool from_driver) {
        const AllocationStats now = thread_allocation_stats();
        const std::uint64_t new_bytes = now.bytes_requested - last_alloc_.bytes_requested;
        const std::uint64_t new_allocs = now.allocations - last_alloc_.allocations;
        const std::int64_t live = now.live_bytes - base_alloc_.live_bytes;
        if (new_allocs != 0) {
            const measure::GcCounts before = gc_.counts();
            gc_.on_allocated(new_bytes, live);
            series_.add_allocations(new_allocs, new_bytes);
            last_alloc_ = now;
            trace_collections(before);
        }
        const std::int64_t t = loop_.now_ns();
        if (t >= series_.current_end_ns()) {
            Uncounted bookkeeping(*this);
            series_.close_interval(t, live, gc_.counts());
        }
        if (!from_driver && (progress().calls_done & 1023) != 0)
            return;
        const std::int64_t w = wall_ns();
        if (w - last_publish_ns_ >= publish_period_ns) {
            last_publish_ns_ = w;
            publish();
        }
    }

    void trace_collections(const measure::GcCounts& before) {
        if (engine_.trace_every.load(std::memory_order_relaxed) == 0)
            return;
        const measure::GcCounts after = gc_.counts();
        const std::uint8_t gen = after.gen2 != before.gen2   ? 2
                                 : after.gen1 != before.gen1 ? 1
                                 : after.gen0 != before.gen0 ? 0
                                                             : 255;
        if (gen != 255)
            tracer_.emit(next_index_, TraceKind::gc_collection, gc_.gen0_budget(), 0, 0,
                         DoubleAwaitOutcome::none, gen);
    }

    void fill_progress() {
        auto& p = progress();
        const AllocationStats now = thread_allocation_stats();
        p.allocs = now.allocations - base_alloc_.allocations;
        p.alloc_bytes = now.bytes_requested - base_alloc_.bytes_requested;
        p.live_bytes = now.live_bytes - base_alloc_.live_bytes;
        p.gc = gc_.counts();
        p.gen0_fill_bytes = gc_.gen0_fill_bytes();
        p.run_clock_s = static_cast<double>(loop_.now_ns()) / 1e9;
        if (p.calls_done != 0) {
            const double cpu =
                static_cast<double>(thread_cpu_ns() - cpu_start_ns_ - bookkeeping_cpu_ns_) /
                static_cast<double>(p.calls_done);
            p.cpu_ns_per_op = std::max(cpu - instrumentation_ns_, 0.0);
        }
        series_.copy_rows(p.intervals);
        snap_.interval_s = static_cast<double>(series_.interval_ns()) / 1e9;
        strategy_wall_s_ = static_cast<double>(wall_ns() - wall_start_ns_ - paused_wall_ns_) / 1e9;
        snap_.wall_s = static_cast<double>(wall_ns() - engine_.run_start_wall_ns -
                                           engine_.run_paused_wall_ns) /
                       1e9;
    }

    void publish() {
        Uncounted bookkeeping(*this);
        fill_progress();
        tracer_.set_every(engine_.trace_every.load(std::memory_order_relaxed));
        engine_.publish(snap_);
    }

    // --- control -------------------------------------------------------------------------

    static constexpr std::uint64_t no_call = ~std::uint64_t{0};

    // Called by a caller before each call when a request is pending.
    bool may_issue() {
        if (!engine_.control.dirty.load(std::memory_order_acquire) || cancelled_)
            return true;
        std::unique_lock lock(engine_.control.mutex);
        if (engine_.control.cancel) {
            begin_cancel();
            return true;
        }
        apply_clock_mode();
        if (engine_.control.pacing > 0) {
            pace(lock);
            if (engine_.control.cancel) {
                begin_cancel();
                return true;
            }
        }
        if (!engine_.control.pause) {
            if (engine_.control.pacing <= 0)
                engine_.control.dirty.store(false, std::memory_order_relaxed);
            return true;
        }
        if (engine_.control.steps > 0 && step_call_ == no_call) {
            --engine_.control.steps;
            step_call_ = next_index_;
            return true;
        }
        return false; // park until resumed or stepped
    }

    // Slow motion runs on the real clock, whatever the scenario says: a backend wait then
    // takes its real time instead of being skipped. Back to the scenario's clock after.
    // Control mutex held.
    void apply_clock_mode() {
        loop_.clock().set_mode(engine_.control.pacing > 0 ? ClockMode::real : s_.clock);
    }

    // Slow motion: wait (wall time, run clock frozen so no measurement sees it) until the
    // next call is due, waking at once for pause or cancel.
    void pace(std::unique_lock<std::mutex>& lock) {
        const auto period = std::chrono::nanoseconds(
            static_cast<std::int64_t>(1e9 / std::max(engine_.control.pacing, 1e-3)));
        const std::int64_t due = last_paced_wall_ns_ + period.count();
        const std::int64_t now = wall_ns();
        if (due > now && last_paced_wall_ns_ != 0) {
            publish_unlocked(lock);
            loop_.clock().freeze();
            const std::int64_t paused_from = wall_ns();
            engine_.control.cv.wait_for(lock, std::chrono::nanoseconds(due - now), [this] {
                return engine_.control.cancel || engine_.control.pause;
            });
            paused_wall_ns_ += wall_ns() - paused_from;
            engine_.run_paused_wall_ns += wall_ns() - paused_from;
            loop_.clock().thaw();
        }
        last_paced_wall_ns_ = wall_ns();
    }

    void publish_unlocked(std::unique_lock<std::mutex>& lock) {
        lock.unlock();
        publish();
        lock.lock();
    }

    void begin_cancel() {
        if (cancelled_)
            return;
        cancelled_ = true;
        loop_.set_fast_forward(true); // drain in-flight waits at once
        unpark_all();
    }

    void unpark_all() {
        for (auto h : parked_)
            loop_.post(h);
        parked_.clear();
    }

    // Runs between loop rounds: pauses (blocking this thread with the clock frozen), steps,
    // resumes and cancels.
    void handle_control_in_driver() {
        std::unique_lock lock(engine_.control.mutex);
        apply_clock_mode();
        for (;;) {
            if (engine_.control.cancel) {
                begin_cancel();
                return;
            }
            if (!engine_.control.pause) {
                if (engine_.control.pacing <= 0)
                    engine_.control.dirty.store(false, std::memory_order_relaxed);
                snap_.state = EngineState::running;
                unpark_all();
                return;
            }
            // Paused. A step in flight keeps the loop running until its call completes.
            if (step_call_ != no_call)
                return;
            if (engine_.control.steps > 0) {
                if (!parked_.empty()) {
                    loop_.post(parked_.back());
                    parked_.pop_back();
                }
                return;
            }
            if (loop_.ready_count() != 0)
                return; // let running callers reach their permit and park
            snap_.state = EngineState::paused;
            publish_unlocked(lock);
            loop_.clock().freeze();
            const std::int64_t paused_from = wall_ns();
            engine_.control.cv.wait(lock, [this] {
                return engine_.control.cancel || !engine_.control.pause ||
                       engine_.control.steps > 0;
            });
            paused_wall_ns_ += wall_ns() - paused_from;
            engine_.run_paused_wall_ns += wall_ns() - paused_from;
            loop_.clock().thaw();
            snap_.state = EngineState::running;
        }
    }

    void finish() {
        const std::int64_t t = loop_.now_ns();
        const AllocationStats now = thread_allocation_stats();
        const std::int64_t live = now.live_bytes - base_alloc_.live_bytes;
        maintenance(true);
        {
            Uncounted bookkeeping(*this);
            series_.close_interval(std::max(t, series_.last_end_ns() + 1), live, gc_.counts(),
                                   true);
        }
        auto& p = progress();
        p.finished = !cancelled_;
        publish();
        tracer_.emit(next_index_, TraceKind::strategy_finished);
    }

public:
    SummaryRow summary() const {
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

private:
    Engine::Impl& engine_;
    const Scenario& s_;
    std::size_t index_;
    Strategy strategy_;
    EngineSnapshot& snap_;
    double instrumentation_ns_; // before loop_: calibrated before the run clock starts
    EventLoop loop_;
    Tracer tracer_;
    CacheService service_;
    measure::GcModel gc_;
    std::int64_t overhead_ns_;
    std::int64_t double_await_delay_ns_ =
        static_cast<std::int64_t>(2 * s_.miss_latency_us * 1000.0);
    IntervalSeries series_;

    std::vector<Task<void>> callers_;
    std::vector<std::coroutine_handle<>> parked_;
    std::uint64_t next_index_ = 0;
    std::uint64_t step_call_ = no_call;
    bool cancelled_ = false;

    AllocationStats base_alloc_{}, last_alloc_{};
    std::int64_t cpu_start_ns_ = 0, wall_start_ns_ = 0, last_publish_ns_ = 0;
    std::int64_t bookkeeping_cpu_ns_ = 0;
    std::int64_t paused_wall_ns_ = 0, last_paced_wall_ns_ = 0;
    double strategy_wall_s_ = 0;
};

} // namespace

void Engine::Impl::publish(const EngineSnapshot& snap) {
    {
        std::lock_guard lock(publish_mutex);
        const std::uint64_t version = published.version + 1;
        published = snap;
        published.version = version;
        const double dt = snap.wall_s - rate_wall_s;
        if (dt >= 0.1 && snap.calls_done >= rate_calls) {
            const double rate = static_cast<double>(snap.calls_done - rate_calls) / dt;
            smoothed_rate = smoothed_rate == 0 ? rate : 0.6 * smoothed_rate + 0.4 * rate;
            rate_wall_s = snap.wall_s;
            rate_calls = snap.calls_done;
        }
        published.calls_per_s = smoothed_rate;
        const std::uint64_t left = snap.calls_total - std::min(snap.calls_total, snap.calls_done);
        published.eta_s = smoothed_rate > 0 ? static_cast<double>(left) / smoothed_rate : 0;
    }
    done_cv.notify_all();
}

void Engine::Impl::run(Scenario s) {
    EngineSnapshot snap;
    snap.state = EngineState::running;
    snap.scenario = s;
    snap.calls_total = s.calls * s.strategies.size();
    snap.clock_overhead_ns = measure::Timebase::read_overhead_ns();
    snap.strategies.resize(s.strategies.size());
    for (std::size_t i = 0; i < s.strategies.size(); ++i)
        snap.strategies[i].strategy = s.strategies[i];
    const std::int64_t start_wall = wall_ns();
    run_start_wall_ns = start_wall;
    run_paused_wall_ns = 0;

    RunResults out;
    out.scenario = s;
    out.clock_overhead_ns = snap.clock_overhead_ns;
    try {
        set_task_result_cache_enabled(s.task_result_cache);
        ValueTaskSourcePool<Payload>::for_this_thread().set_token_check(s.token_check);
        bool cancelled = false;
        for (std::size_t i = 0; i < s.strategies.size() && !cancelled; ++i) {
            snap.current = i;
            StrategyRun strategy(*this, s, i, snap, snap.clock_overhead_ns);
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
    {
        std::lock_guard lock(publish_mutex);
        results = std::move(out);
    }
    publish(snap);
}

// --- Engine (public API) ------------------------------------------------------------------

Engine::Engine()
    : impl_(std::make_unique<Impl>()) {}

Engine::~Engine() {
    cancel();
    if (impl_->thread.joinable())
        impl_->thread.join();
}

std::optional<ScenarioError> Engine::start(const Scenario& scenario) {
    if (auto e = validate(scenario))
        return e;
    cancel();
    if (impl_->thread.joinable())
        impl_->thread.join();
    Scenario s = scenario;
    if (s.gc_gen0_budget_bytes == 0)
        s.gc_gen0_budget_bytes = measure::default_gen0_budget_bytes();
    {
        std::lock_guard lock(impl_->control.mutex);
        impl_->control.pause = false;
        impl_->control.cancel = false;
        impl_->control.steps = 0;
        impl_->control.dirty.store(impl_->control.pacing > 0);
    }
    {
        std::lock_guard lock(impl_->publish_mutex);
        const std::uint64_t version = impl_->published.version;
        impl_->published = EngineSnapshot{};
        impl_->published.version = version + 1;
        impl_->published.state = EngineState::running;
        impl_->published.scenario = s;
        impl_->published.calls_total = s.calls * s.strategies.size();
        impl_->results = RunResults{};
        impl_->rate_wall_s = 0;
        impl_->rate_calls = 0;
        impl_->smoothed_rate = 0;
    }
    impl_->thread = std::thread([impl = impl_.get(), s] { impl->run(s); });
    return std::nullopt;
}

void Engine::pause() {
    std::lock_guard lock(impl_->control.mutex);
    impl_->control.pause = true;
    impl_->control.mark();
}

void Engine::resume() {
    {
        std::lock_guard lock(impl_->control.mutex);
        impl_->control.pause = false;
        impl_->control.steps = 0;
        impl_->control.mark();
    }
    impl_->control.cv.notify_all();
}

void Engine::step() {
    {
        std::lock_guard lock(impl_->control.mutex);
        impl_->control.pause = true;
        ++impl_->control.steps;
        impl_->control.mark();
    }
    impl_->control.cv.notify_all();
}

void Engine::cancel() {
    {
        std::lock_guard lock(impl_->control.mutex);
        impl_->control.cancel = true;
        impl_->control.mark();
    }
    impl_->control.cv.notify_all();
}

bool Engine::wait(std::chrono::milliseconds timeout) {
    std::unique_lock lock(impl_->publish_mutex);
    return impl_->done_cv.wait_for(lock, timeout, [this] {
        const EngineState st = impl_->published.state;
        return st == EngineState::finished || st == EngineState::cancelled ||
               st == EngineState::failed || st == EngineState::idle;
    });
}

bool Engine::wait_until(const std::function<bool(const EngineSnapshot&)>& pred,
                        std::chrono::milliseconds timeout) {
    std::unique_lock lock(impl_->publish_mutex);
    return impl_->done_cv.wait_for(lock, timeout, [&] { return pred(impl_->published); });
}

EngineState Engine::state() const {
    std::lock_guard lock(impl_->publish_mutex);
    return impl_->published.state;
}

EngineSnapshot Engine::snapshot() const {
    std::lock_guard lock(impl_->publish_mutex);
    return impl_->published;
}

bool Engine::snapshot_if_newer(EngineSnapshot& out) const {
    std::lock_guard lock(impl_->publish_mutex);
    if (impl_->published.version == out.version)
        return false;
    out = impl_->published;
    return true;
}

RunResults Engine::results() const {
    std::lock_guard lock(impl_->publish_mutex);
    return impl_->results;
}

void Engine::set_trace_every(std::uint64_t n) {
    impl_->trace_every.store(n, std::memory_order_relaxed);
}

void Engine::set_pacing(double calls_per_s) {
    {
        std::lock_guard lock(impl_->control.mutex);
        impl_->control.pacing = calls_per_s > 0 ? calls_per_s : 0;
        impl_->control.mark();
    }
    impl_->control.cv.notify_all();
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
