// EngineController: the GUI's one owner of the engine's run (issue 8). Its state follows the
// requests at once and the engine's snapshots after; slow motion runs one strategy, short,
// and shows a miss within seconds (issue 12).
#include "harness/qtest_suite.hpp"
#include <QTest>

#include "models/engine/engine_controller.hpp"

#include <QSignalSpy>

using vtl::models::EngineController;
using vtl::workload::EngineState;
using vtl::workload::Scenario;
using vtl::workload::Strategy;

namespace {

Scenario long_scenario() {
    Scenario s;
    s.calls = 50'000'000;
    s.miss_latency_us = 200;
    return s;
}

} // namespace

class TestEngineController : public QObject {
    Q_OBJECT
private slots:
    void pauseResumeStepAndResetFollowOneState();
    void slowMotionRunsOneStrategyAndShowsAMissWithinSeconds();
    void anInvalidScenarioDoesNotStart();
};

void TestEngineController::pauseResumeStepAndResetFollowOneState() {
    EngineController c;
    QSignalSpy changed(&c, &EngineController::stateChanged);
    QVERIFY(!c.active());
    QVERIFY(!c.paused());
    c.pause(); // nothing to pause
    QVERIFY(!c.paused());
    QCOMPARE(changed.count(), 0);

    QVERIFY(!c.start(long_scenario()));
    QVERIFY(c.active());
    QVERIFY(changed.count() >= 1);
    QTRY_VERIFY_WITH_TIMEOUT(c.snapshot().calls_done > 1000, 10'000);

    c.pause();
    QVERIFY(c.paused()); // at once, before the engine has parked its callers
    QTRY_COMPARE_WITH_TIMEOUT(c.engine_state(), EngineState::paused, 10'000);
    const std::uint64_t at = c.snapshot().calls_done;
    c.step();
    QVERIFY(c.paused());
    QTRY_VERIFY_WITH_TIMEOUT(c.snapshot().calls_done > at, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(c.engine_state(), EngineState::paused, 10'000);
    QVERIFY(c.paused());

    c.toggle_pause(); // resume
    QVERIFY(!c.paused());
    QTRY_COMPARE_WITH_TIMEOUT(c.engine_state(), EngineState::running, 10'000);
    QVERIFY(!c.paused());

    c.reset();
    QVERIFY(!c.active());
    QVERIFY(!c.paused());
    QTRY_COMPARE_WITH_TIMEOUT(c.engine().state(), EngineState::cancelled, 10'000);
    QCOMPARE(c.snapshot().calls_total, std::uint64_t{0}); // the view is cleared
}

void TestEngineController::slowMotionRunsOneStrategyAndShowsAMissWithinSeconds() {
    EngineController c;
    EngineController::SlowMotion slow; // ValueTask, 1 call per second
    c.set_slow_motion(slow);
    Scenario s; // the defaults: four strategies, a million calls each, 80 % hits
    QVERIFY(s.strategies.size() > 1);
    QVERIFY(!c.start(s));
    QVERIFY(c.slow_motion_run());
    QCOMPARE(c.run_scenario().strategies, std::vector<Strategy>{Strategy::valuetask});
    QCOMPARE(c.run_scenario().calls, slow.max_calls);
    QCOMPARE(c.run_scenario().concurrency, 1u);
    QElapsedTimer t;
    t.start();
    QTRY_VERIFY_WITH_TIMEOUT(
        !c.snapshot().strategies.empty() && c.snapshot().strategies[0].misses > 0, 10'000);
    qInfo("slow motion: first miss after %lld ms at 1 call/s", t.elapsed());
    QCOMPARE(c.snapshot().strategies[0].strategy, Strategy::valuetask);
    QVERIFY(c.snapshot().calls_done <= 10);
    c.set_slow_motion(std::nullopt); // off: the rest runs at full speed
    QTRY_VERIFY_WITH_TIMEOUT(!c.active(), 30'000);
    QCOMPARE(c.engine_state(), EngineState::finished);
    QCOMPARE(c.snapshot().calls_done, slow.max_calls);
    QVERIFY(!c.slow_motion().has_value());
}

void TestEngineController::anInvalidScenarioDoesNotStart() {
    EngineController c;
    Scenario s;
    s.calls = 0;
    QVERIFY(c.start(s).has_value());
    QVERIFY(!c.active());
}

VTL_QTEST_MAIN(test_models_engine_controller, TestEngineController)
#include "test_engine_controller.moc"
