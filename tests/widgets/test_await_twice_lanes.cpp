// The await-twice lab: each lane shows exactly what the core did when it ran the case — the
// value, the exception and its message, or the wrong value returned silently — and the
// expected row of DESIGN.md's table for each case.
#include <QtTest>

#include "models/await_twice/await_twice_lane_model.hpp"
#include "widgets/await_twice/await_twice_lane.hpp"
#include "widgets/await_twice/await_twice_tab.hpp"
#include "workload/await_twice_lab.hpp"

using namespace vtl::models;

using vtl::models::AwaitTwiceLaneModel;
using vtl::widgets::AwaitTwiceLane;
using vtl::widgets::AwaitTwiceTab;
using vtl::workload::all_await_twice_cases;
using vtl::workload::AwaitTwiceCase;
using vtl::workload::AwaitTwiceOutcome;
using vtl::workload::DoubleAwaitOutcome;
using vtl::workload::LabFrame;
using vtl::workload::SecondAwaitResult;
using Verdict = AwaitTwiceLaneModel::Verdict;

Q_DECLARE_METATYPE(AwaitTwiceCase)

namespace {

Verdict verdict_for(SecondAwaitResult r) {
    switch (r) {
    case SecondAwaitResult::same_value:
        return Verdict::harmless;
    case SecondAwaitResult::exception:
        return Verdict::exception;
    case SecondAwaitResult::wrong_value:
        return Verdict::silent_wrong;
    }
    return Verdict::pending;
}

// The lane shows this outcome, and nothing else.
void check_lane_shows(const AwaitTwiceLaneModel& m, const AwaitTwiceOutcome& o) {
    QVERIFY(m.revealed());
    QCOMPARE(m.verdict(), verdict_for(o.result));
    const QString headline = m.headline();
    const QString detail = m.detail();
    switch (o.result) {
    case SecondAwaitResult::same_value:
        QCOMPARE(m.badge(), DoubleAwaitOutcome::same_value);
        QVERIFY(headline.contains(QString::number(o.second_await_value)));
        break;
    case SecondAwaitResult::exception:
        QCOMPARE(m.badge(), DoubleAwaitOutcome::invalid_operation);
        QVERIFY(headline.contains(QStringLiteral("exception")));
        QCOMPARE(detail, QString::fromStdString(o.exception_message)); // verbatim
        break;
    case SecondAwaitResult::wrong_value:
        QCOMPARE(m.badge(), DoubleAwaitOutcome::wrong_value);
        QCOMPARE(headline, QStringLiteral("SILENT WRONG VALUE"));
        QVERIFY(detail.startsWith(
            QStringLiteral("%1 instead of %2").arg(o.second_await_value).arg(o.expected_value)));
        if (o.other_operation_value)
            QVERIFY(detail.contains(QString::number(*o.other_operation_value)));
        break;
    }
    // The last frame, as captured from the live objects, is the one shown.
    QCOMPARE(m.frame()->caption, o.frames.back().caption);
    QCOMPARE(m.frame()->source_version, o.frames.back().source_version);
    QCOMPARE(m.frame()->valuetask_token, o.frames.back().valuetask_token);
}

void save(QWidget& w, const char* name) {
    const QByteArray dir = qgetenv("VTL_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(
            w.grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + QLatin1String(name)));
}

} // namespace

class TestAwaitTwiceLanes : public QObject {
    Q_OBJECT
private slots:
    void runAllShowsWhatTheCoreDid();
    void eachCaseGivesItsRowOfTheTable_data();
    void eachCaseGivesItsRowOfTheTable();
    void laneShowsARecordedOutcomeExactly();
    void stepWalksThroughTheFramesThenReveals();
    void everyRunAsksTheCoreAgain();
    void tabRendersAtProjectorSizes();
};

void TestAwaitTwiceLanes::runAllShowsWhatTheCoreDid() {
    AwaitTwiceTab tab;
    QCOMPARE(tab.lanes().size(), std::size(all_await_twice_cases));
    for (const AwaitTwiceLane* l : tab.lanes())
        QCOMPARE(l->model().verdict(), Verdict::not_run);
    tab.run_all();
    // The core is deterministic for these cases: a fresh run gives the outcome shown.
    for (const AwaitTwiceOutcome& o : vtl::workload::run_await_twice_lab()) {
        const AwaitTwiceLane* lane = tab.lane(o.which);
        QVERIFY(lane);
        QCOMPARE(lane->model().outcome()->result, o.result);
        QCOMPARE(lane->model().outcome()->second_await_value, o.second_await_value);
        QCOMPARE(lane->model().outcome()->exception_message, o.exception_message);
        check_lane_shows(lane->model(), o);
    }
}

void TestAwaitTwiceLanes::eachCaseGivesItsRowOfTheTable_data() {
    QTest::addColumn<AwaitTwiceCase>("which");
    QTest::addColumn<int>("verdict");
    QTest::newRow("result") << AwaitTwiceCase::sync_result << int(Verdict::harmless);
    QTest::newRow("Task") << AwaitTwiceCase::task << int(Verdict::harmless);
    QTest::newRow("pooled, not reset")
        << AwaitTwiceCase::pooled_not_reset << int(Verdict::harmless);
    QTest::newRow("pooled, reused") << AwaitTwiceCase::pooled_reused << int(Verdict::exception);
    QTest::newRow("token check off")
        << AwaitTwiceCase::token_check_off << int(Verdict::silent_wrong);
    QTest::newRow("token wrapped") << AwaitTwiceCase::token_wrapped << int(Verdict::silent_wrong);
}

void TestAwaitTwiceLanes::eachCaseGivesItsRowOfTheTable() {
    QFETCH(AwaitTwiceCase, which);
    QFETCH(int, verdict);
    AwaitTwiceLane lane(which, 1);
    lane.run();
    QCOMPARE(int(lane.model().verdict()), verdict);
    check_lane_shows(lane.model(), *lane.model().outcome());
    if (lane.model().verdict() == Verdict::exception)
        QVERIFY(lane.model().detail().contains(QStringLiteral("token")));
}

void TestAwaitTwiceLanes::laneShowsARecordedOutcomeExactly() {
    AwaitTwiceOutcome o;
    o.which = AwaitTwiceCase::token_check_off;
    o.expected_value = 5;
    o.first_await_value = 5;
    o.result = SecondAwaitResult::wrong_value;
    o.second_await_value = 7;
    o.other_operation_value = 7;
    LabFrame f;
    f.caption = "recorded";
    f.held = vtl::ValueTaskKind::source;
    f.valuetask_token = 3;
    f.has_source = true;
    f.source_version = 4;
    o.frames = {f, f};
    AwaitTwiceLane lane(o.which, 5);
    lane.show_outcome(o);
    check_lane_shows(lane.model(), o);
    QCOMPARE(lane.model().detail(),
             QStringLiteral("7 instead of 5: the other operation's result (7), and no error."));

    o.result = SecondAwaitResult::exception;
    o.exception_message = "InvalidOperationError: stale token 3, the source is at version 4";
    lane.show_outcome(o);
    check_lane_shows(lane.model(), o);
}

void TestAwaitTwiceLanes::stepWalksThroughTheFramesThenReveals() {
    AwaitTwiceLane lane(AwaitTwiceCase::pooled_reused, 4);
    lane.step();
    const std::size_t n = lane.model().frame_count();
    QVERIFY(n >= 3);
    QCOMPARE(lane.model().frame_index(), std::size_t{0});
    QCOMPARE(lane.model().verdict(), Verdict::pending);
    QCOMPARE(lane.model().badge(), DoubleAwaitOutcome::none);
    for (std::size_t i = 1; i + 1 < n; ++i) {
        lane.step();
        QCOMPARE(lane.model().frame_index(), i);
        QVERIFY(!lane.model().revealed());
    }
    lane.step();
    QVERIFY(lane.model().revealed());
    QCOMPARE(lane.model().verdict(), Verdict::exception);
    // The frame before the second await shows the other operation holding the source with a
    // newer version than the ValueTask's token: the reason for the exception, on screen.
    const LabFrame& before = lane.model().outcome()->frames[n - 2];
    QVERIFY(!before.other_operation.empty());
    QVERIFY(before.source_version != before.valuetask_token);
    // Stepping on starts a new run of the core.
    const auto runs = lane.model().runs();
    lane.step();
    QCOMPARE(lane.model().runs(), runs + 1);
    QCOMPARE(lane.model().frame_index(), std::size_t{0});
}

void TestAwaitTwiceLanes::everyRunAsksTheCoreAgain() {
    AwaitTwiceLaneModel m(AwaitTwiceCase::sync_result);
    int calls = 0;
    m.set_runner([&](AwaitTwiceCase c) {
        ++calls;
        return vtl::workload::run_await_twice_case(c);
    });
    m.run();
    m.run();
    QCOMPARE(calls, 2);
    QCOMPARE(m.verdict(), Verdict::harmless);
}

void TestAwaitTwiceLanes::tabRendersAtProjectorSizes() {
    for (const QSize size : {QSize(1280, 760), QSize(1024, 700)}) {
        AwaitTwiceTab tab;
        tab.resize(size);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        // Fits beside the main window's control panel at 1280 wide.
        QVERIFY(tab.minimumSizeHint().width() <= 800);
        tab.run_all();
        for (const AwaitTwiceLane* l : tab.lanes())
            QVERIFY(l->model().revealed());
        QCoreApplication::processEvents();
        save(tab, size.width() == 1280 ? "await-twice.png" : "await-twice-small.png");
        if (size.width() == 1280) {
            tab.lane(AwaitTwiceCase::pooled_reused)->step(); // one lane mid-way, as in class
            QCoreApplication::processEvents();
            save(tab, "await-twice-step.png");
        }
    }
}

QTEST_MAIN(TestAwaitTwiceLanes)
#include "test_await_twice_lanes.moc"
