// The path view driven by the real engine: traces recorded from real runs, fed to the model,
// must put every call on the path its CallSpec says (hit → synchronous, miss → asynchronous),
// show exactly the allocations each strategy really makes, and follow the GC model. The tab
// itself must animate smoothly during a fast run and cost the engine nothing when hidden.
#include "harness/qtest_suite.hpp"
#include "harness/screenshot.hpp"
#include <QTest>

#include "models/engine/engine_controller.hpp"
#include "trace_view/path_animation_model.hpp"
#include "widgets/paths/code_pane.hpp"
#include "widgets/paths/path_diagram.hpp"
#include "widgets/paths/paths_tab.hpp"
#include "workload/engine.hpp"

#include <QElapsedTimer>

#include <map>

using namespace vtl::trace_view;

using vtl::models::EngineController;
using vtl::trace_view::PathAnimationModel;
using vtl::trace_view::PathBranch;
using vtl::trace_view::PathPacingMode;
using vtl::trace_view::PathStation;
using vtl::widgets::PathsTab;
using vtl::workload::call_spec;
using vtl::workload::DoubleAwaitOutcome;
using vtl::workload::Engine;
using vtl::workload::EngineState;
using vtl::workload::Scenario;
using vtl::workload::Strategy;
using vtl::workload::TraceEvent;
using vtl::workload::TraceKind;

namespace {

Scenario small_trace_scenario() {
    Scenario s;
    s.strategies = {Strategy::task, Strategy::valuetask, Strategy::valuetask_coroutine,
                    Strategy::pooled, Strategy::pooled_unbounded};
    s.calls = 400;
    s.hit_rate = 0.7;
    s.miss_latency_us = 1000;
    s.concurrency = 4;
    s.double_await_rate = 0.1;
    s.seed = 7;
    s.gc_gen0_budget_bytes = 4096; // small, so a short run shows collections
    return s;
}

std::vector<TraceEvent> record(const Scenario& s, std::uint64_t every) {
    Engine engine;
    engine.set_trace_every(every);
    if (auto e = engine.start(s))
        qFatal("bad scenario: %s", e->message.c_str());
    std::vector<TraceEvent> events;
    while (!engine.wait(std::chrono::milliseconds(5)))
        engine.trace().drain(events);
    engine.trace().drain(events);
    if (engine.trace().dropped() != 0)
        qFatal("the trace ring dropped %llu events",
               static_cast<unsigned long long>(engine.trace().dropped()));
    return events;
}

void pump(int ms) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

} // namespace

class TestPathEngineTrace : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everyCallTakesThePathItsSpecSays();
    void allocationsAreExactlyWhatEachStrategyMakes();
    void gcModelIsFollowed();
    void doubleAwaitsShowTheEnginesOutcome();
    void tabAnimatesSmoothlyDuringAFastRun();
    void hiddenTabCostsTheEngineNothing();
    void slowMotionTracesEveryCallAtAFewPerSecond();
    void singleStepRunsOneCallAtATime();

private:
    Scenario scenario_;
    std::vector<TraceEvent> events_;
};

void TestPathEngineTrace::initTestCase() {
    scenario_ = small_trace_scenario();
    events_ = record(scenario_, 1);
    QVERIFY(events_.size() > scenario_.strategies.size() * scenario_.calls * 3);
}

void TestPathEngineTrace::everyCallTakesThePathItsSpecSays() {
    PathAnimationModel m;
    std::map<std::pair<Strategy, std::uint64_t>, PathStation> delivered;
    for (const auto& e : events_) {
        m.apply(e);
        if (e.kind != TraceKind::result_delivered)
            continue;
        const auto* t = m.state().token(e.strategy, e.call);
        QVERIFY2(t, "a delivered call has a token");
        delivered[{e.strategy, e.call}] = t->at;
        const bool hit = call_spec(scenario_, e.call).hit;
        QCOMPARE(t->branch, hit ? PathBranch::sync : PathBranch::async);
        QCOMPARE(t->at, hit ? PathStation::delivered_sync : PathStation::delivered_async);
        if (!hit) {
            QVERIFY2(t->wait_ns > 0, "a miss waited for the backend");
            QVERIFY(t->latency_ns >= t->wait_ns);
        }
    }
    QCOMPARE(delivered.size(), scenario_.strategies.size() * scenario_.calls);
}

void TestPathEngineTrace::allocationsAreExactlyWhatEachStrategyMakes() {
    PathAnimationModel m;
    std::map<Strategy, std::uint64_t> hit_allocs, hit_calls, miss_allocs, late_allocs, late_misses;
    for (const auto& e : events_) {
        m.apply(e);
        if (e.kind == TraceKind::allocation) {
            const auto* b = m.state().block(e.address);
            QVERIFY(b);
            QCOMPARE(b->bytes, e.bytes);
            if (e.call >= scenario_.calls / 2)
                ++late_allocs[e.strategy];
        }
        if (e.kind == TraceKind::deallocation)
            QVERIFY(m.state().block(e.address) == nullptr);
        if (e.kind != TraceKind::result_delivered)
            continue;
        const auto* t = m.state().token(e.strategy, e.call);
        if (call_spec(scenario_, e.call).hit) {
            hit_allocs[e.strategy] += t->allocations;
            ++hit_calls[e.strategy];
        } else {
            miss_allocs[e.strategy] += t->allocations;
            if (e.call >= scenario_.calls / 2)
                ++late_misses[e.strategy];
        }
    }
    // The lesson of the path view, from the real trace: a ValueTask hit allocates nothing,
    // a Task hit allocates its Task, a coroutine hit allocates its frame anyway.
    QCOMPARE(hit_allocs[Strategy::valuetask], std::uint64_t{0});
    QCOMPARE(hit_allocs[Strategy::pooled], std::uint64_t{0});
    QCOMPARE(hit_allocs[Strategy::pooled_unbounded], std::uint64_t{0});
    QVERIFY(hit_allocs[Strategy::task] >= hit_calls[Strategy::task]);
    QVERIFY(hit_allocs[Strategy::valuetask_coroutine] >= hit_calls[Strategy::valuetask_coroutine]);
    QVERIFY(miss_allocs[Strategy::task] > 0);
    QVERIFY(miss_allocs[Strategy::valuetask] > 0);
    // The unbounded pool: hardly anything in steady state -- a few frames more when a kept
    // double-awaited ValueTask holds one past the usual four in flight (how many depends on
    // timing: 0 to 6 seen). .NET's box cache (one slot per thread, one per core) cannot hold
    // four operations in flight on a small machine, so misses still allocate a box -- never
    // more than one per miss, and never on a hit.
    QVERIFY(late_misses[Strategy::pooled_unbounded] > 0);
    QVERIFY2(late_allocs[Strategy::pooled_unbounded] * 4 <= late_misses[Strategy::pooled_unbounded],
             qPrintable(QStringLiteral("%1 allocations for %2 misses")
                            .arg(late_allocs[Strategy::pooled_unbounded])
                            .arg(late_misses[Strategy::pooled_unbounded])));
    QVERIFY(late_misses[Strategy::pooled] > 0);
    QVERIFY2(late_allocs[Strategy::pooled] <= late_misses[Strategy::pooled],
             qPrintable(QStringLiteral("%1 allocations for %2 misses")
                            .arg(late_allocs[Strategy::pooled])
                            .arg(late_misses[Strategy::pooled])));
}

void TestPathEngineTrace::gcModelIsFollowed() {
    PathAnimationModel m;
    std::map<Strategy, std::uint64_t> collections;
    for (const auto& e : events_) {
        const std::uint64_t before = m.state().collections;
        m.apply(e);
        QCOMPARE(m.state().gen0_fill, e.gen0_fill);
        QVERIFY(e.gen0_fill <= scenario_.gc_gen0_budget_bytes);
        if (e.kind == TraceKind::gc_collection) {
            ++collections[e.strategy];
            QCOMPARE(m.state().collections, before + 1);
            QCOMPARE(m.state().gen0_budget, scenario_.gc_gen0_budget_bytes);
            QCOMPARE(m.state().collection_flash, 1.0);
        } else {
            QCOMPARE(m.state().collections, before);
        }
    }
    // A 4 KiB budget fills during the run of every strategy that allocates; the unbounded
    // pool's does not, and .NET's box cache fills it no faster than a box per miss.
    QVERIFY(collections[Strategy::task] > 0);
    QVERIFY(collections[Strategy::valuetask_coroutine] > 0);
    QVERIFY(collections[Strategy::task] > collections[Strategy::valuetask]);
    QVERIFY(collections[Strategy::pooled] <= collections[Strategy::valuetask]);
    QCOMPARE(collections[Strategy::pooled_unbounded], std::uint64_t{0});
}

void TestPathEngineTrace::doubleAwaitsShowTheEnginesOutcome() {
    PathAnimationModel m;
    int seen = 0;
    for (const auto& e : events_) {
        m.apply(e);
        if (e.kind != TraceKind::double_await)
            continue;
        ++seen;
        QVERIFY(call_spec(scenario_, e.call).double_await);
        const auto* t = m.state().token(e.strategy, e.call);
        // The engine awaits twice only after other callers ran; the call is shown again where
        // it ended, with the outcome.
        QVERIFY(t);
        QCOMPARE(t->at, call_spec(scenario_, e.call).hit ? PathStation::delivered_sync
                                                         : PathStation::delivered_async);
        QCOMPARE(t->double_await, e.outcome);
        QVERIFY(e.outcome != DoubleAwaitOutcome::none);
        // Results and Tasks are harmless to await twice.
        if (e.strategy == Strategy::task || call_spec(scenario_, e.call).hit)
            QCOMPARE(e.outcome, DoubleAwaitOutcome::same_value);
    }
    QVERIFY(seen > 0);
}

void TestPathEngineTrace::tabAnimatesSmoothlyDuringAFastRun() {
    EngineController controller;
    Engine& engine = controller.engine();
    PathsTab tab(controller);
    tab.resize(1280, 760);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    Scenario s;
    s.strategies = {Strategy::valuetask};
    s.calls = 1'000'000'000;
    s.miss_latency_us = 50'000;
    QVERIFY(!controller.start(s));
    pump(700); // the rate is measured and N chosen
    const std::uint64_t frames0 = tab.diagram()->frames_painted();
    QElapsedTimer t;
    t.start();
    pump(2000);
    const double fps = (tab.diagram()->frames_painted() - frames0) * 1000.0 / t.elapsed();
    qInfo("path view: %.1f frames/s, tracing 1 in %llu calls", fps,
          static_cast<unsigned long long>(tab.trace_every()));
    // The frame rate is reported, not asserted: it measures the machine's load as much as the
    // view (19 frames/s once, while a sanitizer build ran beside it). What the view must do
    // is keep painting while the engine runs flat out.
    QVERIFY2(fps >= 2,
             qPrintable(QStringLiteral("%1 frames/s: the view stopped painting").arg(fps)));
    QVERIFY2(tab.trace_every() > 1000, "a fast run is sampled, not traced call by call");
    QVERIFY(tab.model().calls_animated() > 0);
    vtl_test::save_screenshot(tab, QStringLiteral("paths-live.png"));
    engine.cancel();
    engine.wait();
}

void TestPathEngineTrace::hiddenTabCostsTheEngineNothing() {
    EngineController controller;
    Engine& engine = controller.engine();
    PathsTab tab(controller);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    QVERIFY(tab.trace_every() > 0);
    tab.hide();
    QCOMPARE(tab.trace_every(), std::uint64_t{0});
    Scenario s = small_trace_scenario();
    QVERIFY(!controller.start(s));
    QVERIFY(engine.wait(std::chrono::seconds(30)));
    // Not one call was traced; only the two bookkeeping events of each strategy's start and
    // end, which the engine always emits.
    std::vector<TraceEvent> events;
    engine.trace().drain(events);
    for (const auto& e : events)
        QVERIFY(e.kind == TraceKind::strategy_started || e.kind == TraceKind::strategy_finished);
    QCOMPARE(events.size(), 2 * s.strategies.size());
    QCOMPARE(engine.state(), EngineState::finished);
}

void TestPathEngineTrace::slowMotionTracesEveryCallAtAFewPerSecond() {
    EngineController controller;
    Engine& engine = controller.engine();
    PathsTab tab(controller);
    tab.set_mode(PathPacingMode::slow_motion);
    tab.set_slow_motion_rate(4);
    tab.resize(1280, 760);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    QCOMPARE(tab.trace_every(), std::uint64_t{1});
    tab.set_slow_motion_strategy(Strategy::pooled);
    Scenario s = small_trace_scenario(); // several strategies, more calls than slow motion runs
    QVERIFY(!controller.start(s));
    // Slow motion runs ONE strategy, the one chosen, for a short run.
    QCOMPARE(controller.run_scenario().strategies, std::vector<Strategy>{Strategy::pooled});
    QVERIFY(controller.run_scenario().calls <= EngineController::SlowMotion{}.max_calls);
    QVERIFY(tab.status_text().contains(QStringLiteral("only")));
    pump(1500);
    const auto snap = engine.snapshot();
    QVERIFY2(snap.calls_done <= 4 * 2 + 2,
             qPrintable(QStringLiteral("%1 calls in 1.5 s").arg(snap.calls_done)));
    QCOMPARE(snap.strategies.size(), std::size_t{1});
    QCOMPARE(snap.strategies[0].strategy, Strategy::pooled);
    // The picture keeps pace with the engine: every call is animated whole, none skipped.
    QVERIFY(tab.model().calls_animated() >= 2);
    QVERIFY2(tab.model().calls_animated() + 2 >= snap.calls_done,
             qPrintable(QStringLiteral("%1 of %2 calls animated")
                            .arg(tab.model().calls_animated())
                            .arg(snap.calls_done)));
    QCOMPARE(tab.model().calls_fast_forwarded(), std::uint64_t{0});
    vtl_test::save_screenshot(tab, QStringLiteral("paths-slow.png"));
    tab.hide(); // releases the pacing
    QVERIFY(engine.wait(std::chrono::seconds(30)));
}

void TestPathEngineTrace::singleStepRunsOneCallAtATime() {
    EngineController controller;
    Engine& engine = controller.engine();
    PathsTab tab(controller);
    tab.set_mode(PathPacingMode::single_step);
    tab.resize(1280, 760);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    Scenario s = small_trace_scenario();
    s.strategies = {Strategy::task};
    s.concurrency = 1;
    QVERIFY(!controller.start(s));
    QTRY_COMPARE_WITH_TIMEOUT(engine.state(), EngineState::paused, 5000);
    const std::uint64_t before = engine.snapshot().calls_done;
    tab.next_call();
    QTRY_COMPARE_WITH_TIMEOUT(engine.snapshot().calls_done, before + 1, 5000);
    pump(300);
    QCOMPARE(engine.snapshot().calls_done, before + 1);
    QTRY_VERIFY_WITH_TIMEOUT(tab.model().calls_animated() >= 1, 5000);
    // One event at a time through that call, back and forth.
    tab.catch_up(10'000);
    const std::size_t recorded = tab.model().history_size();
    QVERIFY(recorded >= 3);
    tab.step_back();
    QVERIFY(tab.model().viewing_history());
    QCOMPARE(tab.model().history_position(), recorded - 1);
    tab.step_forward();
    QCOMPARE(tab.model().history_position(), recorded);
    // Past the end: one more call is let through, and its first event is shown.
    tab.step_forward();
    QTRY_COMPARE_WITH_TIMEOUT(engine.snapshot().calls_done, before + 2, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(tab.model().history_size() == recorded + 1, 5000);
    QCOMPARE(tab.model().state().focus->event.kind, TraceKind::call_issued);
    vtl_test::save_screenshot(tab, QStringLiteral("paths-step.png"));
    tab.hide();
    engine.cancel();
    engine.wait();
}

VTL_QTEST_MAIN(test_path_engine_trace, TestPathEngineTrace)
#include "test_path_engine_trace.moc"
