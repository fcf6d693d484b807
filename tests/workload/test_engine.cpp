// The workload engine, driven for real: determinism, hit statistics, allocations per
// strategy, the skip-idle clock, double awaits, and control (pause/step/resume/cancel).
// Nothing here sleeps to wait: the engine's own wait()/wait_until() block on its condition
// variable until the published state says what the test needs.
#include "workload/engine.hpp"
#include "workload/scenario.hpp"

#include "harness/qtest_suite.hpp"
#include <QTest>

#include <chrono>
#include <cmath>
#include <cstdint>
#include <string>

using namespace vtl::workload;
using namespace std::chrono_literals;

namespace {

Scenario scenario(std::initializer_list<std::pair<const char*, const char*>> keys) {
    Scenario s = default_scenario();
    for (const auto& [k, v] : keys) {
        auto e = set_scenario_value(s, k, v);
        if (e)
            qFatal("bad test scenario: %s", e->message.c_str());
    }
    return s;
}

// Under a sanitizer (5-20x slower) the runs whose size only sharpens a statistic or shows a
// steady state use a tenth of the calls; the same code runs, and the plain build runs them in
// full (the bounds below scale with the calls).
#ifdef VTL_SANITIZED
constexpr std::uint64_t volume_divisor = 10;
#else
constexpr std::uint64_t volume_divisor = 1;
#endif
std::string volume_calls(std::uint64_t full) {
    return std::to_string(full / volume_divisor);
}

const SummaryRow& row(const RunResults& r, Strategy s) {
    for (const SummaryRow& x : r.summary)
        if (x.strategy == s)
            return x;
    qFatal("strategy missing from results");
}

} // namespace

class TestEngine : public QObject {
    Q_OBJECT
private slots:
    void same_seed_same_sequence();
    void hits_within_four_sigma();
    void allocations_at_full_hit_rate();
    void task_result_cache_makes_bool_hits_free();
    void pooled_is_allocation_free_in_steady_state_with_misses();
    void pooled_allocates_past_dotnets_box_cache();
    void payload_beyond_inline_capacity_allocates();
    void skip_idle_mean_latency_matches_miss_latency();
    void concurrency_raises_throughput();
    void double_awaits_are_classified();
    void pause_step_resume_cancel();
    void time_series_is_bounded_and_consistent();
    void slow_motion_paces_calls_on_the_real_clock();
    void invalid_scenario_is_rejected();
};

void TestEngine::same_seed_same_sequence() {
    const Scenario s = scenario({{"strategies", "task,valuetask,valuetask_coroutine,pooled"},
                                 {"calls", "20000"},
                                 {"hit_rate", "0.7"},
                                 {"miss_latency_us", "100"},
                                 {"miss_latency_dist", "exponential"},
                                 {"seed", "42"}});
    // The simulated sequence is a pure function of (seed, index).
    for (std::uint64_t i : {0ull, 1ull, 999ull, 19999ull}) {
        const CallSpec a = call_spec(s, i), b = call_spec(s, i);
        QCOMPARE(a.hit, b.hit);
        QCOMPARE(a.key, b.key);
        QCOMPARE(a.miss_latency_ns, b.miss_latency_ns);
    }
    const RunResults r1 = Engine::run_blocking(s);
    const RunResults r2 = Engine::run_blocking(s);
    QVERIFY(r1.completed && r2.completed);
    QCOMPARE(r1.summary.size(), std::size_t{4});
    const std::uint64_t hits = r1.summary[0].hits;
    for (std::size_t i = 0; i < 4; ++i) {
        QCOMPARE(r1.summary[i].hits, hits);
        QCOMPARE(r2.summary[i].hits, hits);
        QCOMPARE(r1.summary[i].misses, s.calls - hits);
        QCOMPARE(r1.summary[i].calls, s.calls);
    }
    // A different seed gives a different sequence.
    Scenario other = s;
    other.seed = 43;
    QVERIFY(Engine::run_blocking(other).summary[0].hits != hits);
}

void TestEngine::hits_within_four_sigma() {
    const std::string calls = volume_calls(200'000);
    for (const char* rate : {"0.01", "0.5", "0.8", "0.999"}) {
        const Scenario s = scenario({{"strategies", "valuetask"},
                                     {"calls", calls.c_str()},
                                     {"hit_rate", rate},
                                     {"miss_latency_us", "1"}});
        const RunResults r = Engine::run_blocking(s);
        const double n = static_cast<double>(s.calls), p = s.hit_rate;
        const double sigma = std::sqrt(n * p * (1 - p));
        const double hits = static_cast<double>(r.summary[0].hits);
        QVERIFY2(std::abs(hits - n * p) <= 4 * sigma,
                 qPrintable(QString("hit_rate %1: %2 hits, expected %3 ± %4")
                                .arg(rate)
                                .arg(hits)
                                .arg(n * p)
                                .arg(4 * sigma)));
    }
}

void TestEngine::allocations_at_full_hit_rate() {
    const Scenario s = scenario({{"strategies", "task,valuetask,valuetask_coroutine,pooled"},
                                 {"calls", "100000"},
                                 {"hit_rate", "1"},
                                 {"payload_bytes", "16"},
                                 // below 100,000 hits' bytes whatever this machine's cache
                                 {"gc_gen0_budget_bytes", "262144"}});
    const RunResults r = Engine::run_blocking(s);
    QCOMPARE(row(r, Strategy::valuetask).allocs_per_op, 0.0);
    QCOMPARE(row(r, Strategy::pooled).allocs_per_op, 0.0);
    QCOMPARE(row(r, Strategy::valuetask).alloc_bytes_per_op, 0.0);
    QVERIFY(row(r, Strategy::task).allocs_per_op >= 1.0);
    QVERIFY(row(r, Strategy::task).alloc_bytes_per_op > 0.0);
    QVERIFY(row(r, Strategy::valuetask_coroutine).allocs_per_op >= 1.0);
    // The coroutine frame is bigger than a bare completed Task state.
    QVERIFY(row(r, Strategy::valuetask_coroutine).alloc_bytes_per_op >
            row(r, Strategy::task).alloc_bytes_per_op);
    // With allocations, the GC model counts collections; without, none.
    QVERIFY(row(r, Strategy::task).gen0_per_1k > 0);
    QCOMPARE(row(r, Strategy::valuetask).gen0_per_1k, 0.0);
}

void TestEngine::task_result_cache_makes_bool_hits_free() {
    Scenario s = scenario({{"strategies", "task"},
                           {"calls", "50000"},
                           {"hit_rate", "1"},
                           {"payload_bytes", "0"},
                           {"task_result_cache", "true"}});
    QCOMPARE(Engine::run_blocking(s).summary[0].allocs_per_op, 0.0);
    s.task_result_cache = false;
    QVERIFY(Engine::run_blocking(s).summary[0].allocs_per_op >= 1.0);
}

void TestEngine::pooled_is_allocation_free_in_steady_state_with_misses() {
    // Warm-up (sources, frames, the timer heap) is bounded by concurrency, not by calls:
    // ten times the calls must not allocate more.
    // (pooled_unbounded: the hand-written pool. The .NET-limited pooled strategy allocates
    // past its cache: pooled_allocates_past_dotnets_box_cache.)
    auto allocs_for = [](std::uint64_t full_calls) {
        const std::string calls = volume_calls(full_calls);
        const Scenario s = scenario({{"strategies", "pooled_unbounded,valuetask"},
                                     {"calls", calls.c_str()},
                                     {"hit_rate", "0.5"},
                                     {"miss_latency_us", "10"},
                                     {"concurrency", "16"}});
        const RunResults r = Engine::run_blocking(s);
        return std::pair{std::llround(row(r, Strategy::pooled_unbounded).allocs_per_op *
                                      static_cast<double>(s.calls)),
                         row(r, Strategy::valuetask).allocs_per_op};
    };
    const auto [small_total, vt_small] = allocs_for(20'000);
    const auto [large_total, vt_large] = allocs_for(200'000);
    QVERIFY2(large_total <= small_total,
             qPrintable(QString("pooled allocations grew with calls: %1 -> %2")
                            .arg(small_total)
                            .arg(large_total)));
    QVERIFY(large_total < 200); // a few per caller at most
    // The valuetask strategy allocates a Task frame per miss: about 0.5 per call.
    QVERIFY(vt_large > 0.4 && vt_large < 0.6);
    Q_UNUSED(vt_small);
}

// .NET's PoolingAsyncValueTaskMethodBuilder caches one box per thread and one per core and
// allocates past that. On one thread whose callers consume each result before starting the
// next miss, a box is returned just before the next one is rented, so after warm-up both
// pooled strategies allocate (almost) nothing; the .NET-limited one can only allocate more.
// (tests/core/test_allocation.cpp shows the burst where most operations allocate.)
void TestEngine::pooled_allocates_past_dotnets_box_cache() {
    const Scenario s = scenario({{"strategies", "pooled,pooled_unbounded"},
                                 {"calls", "50000"},
                                 {"hit_rate", "0.5"},
                                 {"miss_latency_us", "10"},
                                 {"concurrency", "16"}});
    const RunResults r = Engine::run_blocking(s);
    const double calls = static_cast<double>(s.calls);
    const auto pooled = std::llround(row(r, Strategy::pooled).allocs_per_op * calls);
    const auto unbounded = std::llround(row(r, Strategy::pooled_unbounded).allocs_per_op * calls);
    qInfo("allocations: pooled %lld, pooled_unbounded %lld over %.0f calls", pooled, unbounded,
          calls);
    QVERIFY(pooled >= unbounded - 2); // a core migration may let the unbounded pool miss once
    QVERIFY(pooled < 1000);
}

void TestEngine::payload_beyond_inline_capacity_allocates() {
    const Scenario s = scenario({{"strategies", "valuetask"},
                                 {"calls", "20000"},
                                 {"hit_rate", "1"},
                                 {"payload_bytes", "4096"}});
    const SummaryRow r = Engine::run_blocking(s).summary[0];
    QVERIFY(r.allocs_per_op >= 1.0); // copying the value out of the cache needs the heap
    QVERIFY(r.alloc_bytes_per_op >= 4096.0);
}

void TestEngine::skip_idle_mean_latency_matches_miss_latency() {
    const Scenario s = scenario({{"strategies", "valuetask"},
                                 {"calls", "100000"},
                                 {"hit_rate", "0"},
                                 {"concurrency", "1"},
                                 {"miss_latency_us", "1000"},
                                 {"clock", "skip_idle"}});
    const auto start = std::chrono::steady_clock::now();
    const SummaryRow r = Engine::run_blocking(s).summary[0];
    const double wall =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    QVERIFY2(std::abs(r.mean_ns - 1e6) <= 0.05 * 1e6,
             qPrintable(QString("mean latency %1 ns").arg(r.mean_ns)));
    QVERIFY(r.p50_ns >= 990'000 && r.p50_ns <= 1'010'000);
    // 100 s of simulated waiting in a few seconds of wall time (generous for sanitizers).
    QVERIFY2(wall < 30, qPrintable(QString("took %1 s").arg(wall)));
    qInfo("100000 calls with 1 ms misses: mean %.0f ns, wall %.2f s", r.mean_ns, wall);
}

void TestEngine::concurrency_raises_throughput() {
    // Simulated duration of the run: with 64 callers in flight, 64 waits overlap.
    auto run_clock_s = [](const char* concurrency) {
        const Scenario s = scenario({{"strategies", "valuetask"},
                                     {"calls", "6400"},
                                     {"hit_rate", "0"},
                                     {"concurrency", concurrency},
                                     {"miss_latency_us", "1000"}});
        const RunResults r = Engine::run_blocking(s);
        return r.timeseries.back().t_s;
    };
    const double one = run_clock_s("1");
    const double many = run_clock_s("64");
    qInfo("run-clock duration: 1 caller %.3f s, 64 callers %.3f s", one, many);
    QVERIFY2(one / many > 30,
             qPrintable(QString("1 caller: %1 s, 64 callers: %2 s").arg(one).arg(many)));
}

void TestEngine::double_awaits_are_classified() {
    Scenario s = scenario({{"strategies", "task,valuetask,pooled"},
                           {"calls", "20000"},
                           {"hit_rate", "0.5"},
                           {"miss_latency_us", "5"},
                           {"concurrency", "8"},
                           {"double_await_rate", "0.5"}});
    RunResults r = Engine::run_blocking(s);
    for (Strategy st : {Strategy::task, Strategy::valuetask}) {
        QVERIFY(row(r, st).double_awaits > 8000);
        QCOMPARE(row(r, st).await_errors, std::uint64_t{0});
        QCOMPARE(row(r, st).silent_wrong_results, std::uint64_t{0});
    }
    // Pooled misses awaited twice: .NET's builder reset the box in the first GetResult.
    QVERIFY(row(r, Strategy::pooled).await_errors > 0);
    QCOMPARE(row(r, Strategy::pooled).silent_wrong_results, std::uint64_t{0});

    // The what-if: a hand-written source that ignores its token. A silent wrong value needs
    // another caller to rent the same source and *finish* before the stale second await, which
    // comes two miss latencies after the first: with 5 us misses, a caller slowed down by ASan
    // (or a loaded machine) started its call too late for that, and ran into the stale await
    // first (1 run in 6 under ASan: not one wrong value). With 200 us misses, a call started
    // within 200 us finishes first (about 210 wrong values in 2,000 double awaits, loaded or not).
    Scenario what_if = scenario({{"strategies", "pooled_unbounded"},
                                 {"calls", "4000"},
                                 {"hit_rate", "0.5"},
                                 {"miss_latency_us", "200"},
                                 {"concurrency", "8"},
                                 {"double_await_rate", "0.5"}});
    what_if.what_if_source_ignores_token = true;
    r = Engine::run_blocking(what_if);
    QVERIFY2(r.summary[0].silent_wrong_results > 0,
             qPrintable(QStringLiteral("double awaits %1, errors %2, wrong values 0")
                            .arg(r.summary[0].double_awaits)
                            .arg(r.summary[0].await_errors)));
    qInfo("what-if, token ignored: %llu double awaits, %llu silent wrong values",
          static_cast<unsigned long long>(r.summary[0].double_awaits),
          static_cast<unsigned long long>(r.summary[0].silent_wrong_results));
}

void TestEngine::pause_step_resume_cancel() {
    Engine engine;
    const Scenario s = scenario({{"strategies", "valuetask"},
                                 {"calls", "100000000"},
                                 {"hit_rate", "0.9"},
                                 {"miss_latency_us", "100"}});
    QVERIFY(!engine.start(s));
    QVERIFY(engine.wait_until([](const EngineSnapshot& x) { return x.calls_done > 1000; }, 30s));
    engine.pause();
    QVERIFY(engine.wait_until(
        [](const EngineSnapshot& x) { return x.state == EngineState::paused; }, 30s));
    const std::uint64_t at_pause = engine.snapshot().calls_done;
    // Paused means paused: no calls complete (the snapshot is republished on each step).
    engine.step();
    QVERIFY(engine.wait_until(
        [&](const EngineSnapshot& x) {
            return x.state == EngineState::paused && x.calls_done > at_pause;
        },
        30s));
    const std::uint64_t after_step = engine.snapshot().calls_done;
    // One call was issued; calls already in flight at the pause may also have completed.
    QVERIFY(after_step - at_pause <= s.concurrency + 1);
    engine.resume();
    QVERIFY(engine.wait_until(
        [&](const EngineSnapshot& x) { return x.calls_done > after_step + 10000; }, 30s));
    engine.cancel();
    QVERIFY(engine.wait(30s));
    QCOMPARE(engine.state(), EngineState::cancelled);
    const RunResults r = engine.results();
    QVERIFY(!r.completed);
    QVERIFY(r.summary.at(0).calls > after_step);
    QVERIFY(r.summary.at(0).calls < s.calls);
}

void TestEngine::time_series_is_bounded_and_consistent() {
    const Scenario s = scenario({{"strategies", "task,pooled"},
                                 {"calls", "300000"},
                                 {"hit_rate", "0.8"},
                                 {"miss_latency_us", "2000"},
                                 {"concurrency", "4"}});
    const RunResults r = Engine::run_blocking(s);
    for (const SummaryRow& sum : r.summary) {
        std::uint64_t calls = 0, hits = 0;
        std::size_t rows = 0;
        double last_t = -1;
        for (const IntervalRow& x : r.timeseries) {
            if (x.strategy != sum.strategy)
                continue;
            ++rows;
            calls += x.calls;
            hits += x.hits;
            QVERIFY(x.t_s > last_t);
            last_t = x.t_s;
            if (x.calls > 0)
                QVERIFY(x.p50_ns <= x.p99_ns && x.p99_ns <= x.max_ns);
        }
        QVERIFY(rows <= Engine::max_intervals);
        QVERIFY(rows > 10);
        QCOMPARE(calls, sum.calls); // per-interval counts add up to the total
        QCOMPARE(hits, sum.hits);
    }
}

void TestEngine::slow_motion_paces_calls_on_the_real_clock() {
    // 10 misses of 40 ms, one caller, paced at 100 calls/s on a skip_idle scenario. Pacing
    // alone would space the calls by 10 ms (0.09 s in all, waits skipped); on the real clock
    // each call waits its 40 ms (0.4 s). Only lower bounds on wall time: a busy machine can
    // only make it slower.
    Engine engine;
    engine.set_pacing(100);
    const Scenario s = scenario({{"strategies", "valuetask"},
                                 {"calls", "10"},
                                 {"hit_rate", "0"},
                                 {"concurrency", "1"},
                                 {"miss_latency_us", "40000"},
                                 {"clock", "skip_idle"}});
    const auto start = std::chrono::steady_clock::now();
    QVERIFY(!engine.start(s));
    QVERIFY(engine.wait(60s));
    const double wall =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const SummaryRow r = engine.results().summary.at(0);
    QCOMPARE(r.calls, std::uint64_t{10});
    QVERIFY2(wall >= 0.36, qPrintable(QString("took only %1 s").arg(wall)));
    // The paced gaps between calls are not part of any call's latency.
    QVERIFY2(r.mean_ns >= 40e6 && r.mean_ns < 40e6 * 1.5,
             qPrintable(QString("mean %1 ns").arg(r.mean_ns)));

    // Pacing off again: the scenario's skip_idle clock is back (100 × 40 ms skipped at once).
    engine.set_pacing(0);
    Scenario fast = s;
    fast.calls = 100;
    const auto again = std::chrono::steady_clock::now();
    QVERIFY(!engine.start(fast));
    QVERIFY(engine.wait(60s));
    QVERIFY(std::chrono::steady_clock::now() - again < 1.5s);
}

void TestEngine::invalid_scenario_is_rejected() {
    Scenario s = default_scenario();
    QVERIFY(set_scenario_value(s, "hit_rate", "1.5").has_value());
    QVERIFY(set_scenario_value(s, "nonsense", "1").has_value());
    QVERIFY(set_scenario_value(s, "strategies", "task,task").has_value());
    QVERIFY(set_scenario_value(s, "strategies", "fast").has_value());
    QVERIFY(set_scenario_value(s, "calls", "0").has_value());
    QVERIFY(set_scenario_value(s, "calls", "12abc").has_value());
    const auto e = set_scenario_value(s, "concurrency", "100001");
    QVERIFY(e && e->key == "concurrency");
    QVERIFY(QString::fromStdString(e->message).contains("100,000"));
    s.strategies.clear();
    Engine engine;
    QVERIFY(engine.start(s).has_value());
}

VTL_QTEST_APPLESS_MAIN(test_engine, TestEngine)
#include "test_engine.moc"
