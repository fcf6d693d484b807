// The await-twice lab: each lane shows exactly what the core did when it ran the case — the
// outcome id mapped to words, .NET's exception beside the core's specific misuse, the rule as
// CA2012 states it — and the lanes stay reachable and legible with large text.
#include "harness/qtest_suite.hpp"
#include "harness/screenshot.hpp"
#include <QTest>

#include "models/await_twice/await_twice_lane_model.hpp"
#include "widgets/await_twice/await_twice_lane.hpp"
#include "widgets/await_twice/await_twice_lane_view.hpp"
#include "widgets/await_twice/await_twice_tab.hpp"
#include "workload/await_twice_lab.hpp"

#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>

using vtl::models::AwaitTwiceLaneModel;
using vtl::widgets::AwaitTwiceLane;
using vtl::widgets::AwaitTwiceLaneView;
using vtl::widgets::AwaitTwiceTab;
using namespace vtl::workload;
using State = AwaitTwiceLaneModel::State;

Q_DECLARE_METATYPE(AwaitTwiceCase)

namespace {

// The lane shows this outcome, and nothing else.
void check_lane_shows(const AwaitTwiceLaneModel& m, const AwaitTwiceOutcome& o) {
    QVERIFY(m.revealed());
    QCOMPARE(m.shown(), std::optional<LabOutcome>(o.outcome));
    const QString headline = m.headline();
    const QString detail = m.detail();
    QVERIFY(!headline.isEmpty());
    QVERIFY(!detail.isEmpty());
    switch (o.outcome) {
    case LabOutcome::same_value:
    case LabOutcome::works:
        QVERIFY(headline.contains(QString::number(*o.value)));
        break;
    case LabOutcome::wrong_value:
        QVERIFY(headline.startsWith(QStringLiteral("SILENT WRONG VALUE")));
        QVERIFY(detail.startsWith(
            QStringLiteral("%1 instead of %2").arg(*o.value).arg(o.expected_value)));
        break;
    case LabOutcome::exception:
        QVERIFY(m.shows_exception());
        QVERIFY(m.core_exception().contains(AwaitTwiceLaneModel::misuse_text(*o.misuse)));
        QVERIFY(AwaitTwiceLaneModel::dotnet_exception_line().contains(
            QStringLiteral("System.InvalidOperationException")));
        break;
    case LabOutcome::blocked:
        QVERIFY(headline.contains(QString::number(o.blocked_ns / 1'000'000)));
        break;
    case LabOutcome::source_leaked:
        QVERIFY(detail.contains(QString::number(o.leased_at_end)));
        break;
    }
    if (o.outcome != LabOutcome::exception)
        QVERIFY(m.core_exception().isEmpty());
    QCOMPARE(m.frame(), &m.outcome()->frames.back());
}

} // namespace

class TestAwaitTwiceLanes : public QObject {
    Q_OBJECT
private slots:
    void runAllShowsWhatTheCoreDid();
    void everyCaseHasWordsAndTheRule();
    void misusesQuoteCa2012AndDotnetsMessage();
    void laneShowsARecordedOutcomeExactly();
    void stepWalksThroughTheFramesThenReveals();
    void everyRunAsksTheCoreAgain();
    void lanesAreGroupedInTwo();
    void lanesFollowTheWidgetFont();
    void lastLaneReachableAtSmallSizeWithLargeText();
};

void TestAwaitTwiceLanes::runAllShowsWhatTheCoreDid() {
    AwaitTwiceTab tab;
    QCOMPARE(tab.lanes().size(), std::size(all_await_twice_cases));
    for (const AwaitTwiceLane* l : tab.lanes())
        QCOMPARE(l->model().state(), State::not_run);
    tab.run_all();
    for (const AwaitTwiceOutcome& o : run_await_twice_lab()) {
        const AwaitTwiceLane* lane = tab.lane(o.which);
        QVERIFY(lane);
        QCOMPARE(lane->model().outcome()->outcome, o.outcome);
        QCOMPARE(lane->model().outcome()->value, o.value);
        QCOMPARE(lane->model().outcome()->misuse, o.misuse);
        check_lane_shows(lane->model(), *lane->model().outcome());
    }
}

void TestAwaitTwiceLanes::everyCaseHasWordsAndTheRule() {
    QSet<QString> titles;
    for (AwaitTwiceCase c : all_await_twice_cases) {
        const QString t = AwaitTwiceLaneModel::title(c);
        QVERIFY2(!t.isEmpty(), to_string(c));
        QVERIFY(!titles.contains(t));
        titles.insert(t);
        QVERIFY(!AwaitTwiceLaneModel::setup(c).isEmpty());
        QVERIFY(AwaitTwiceLaneModel::ca2012_rule(c).startsWith(QStringLiteral("CA2012")));
        // No identifier leaks onto the screen as a title.
        QVERIFY(!t.contains(QLatin1Char('_')));
    }
    QVERIFY(AwaitTwiceLaneModel::title(AwaitTwiceCase::token_ignored).contains("What-if"));
    QVERIFY(AwaitTwiceLaneModel::setup(AwaitTwiceCase::token_ignored)
                .contains(QStringLiteral("ManualResetValueTaskSourceCore")));
}

void TestAwaitTwiceLanes::misusesQuoteCa2012AndDotnetsMessage() {
    // The documentation's own words (learn.microsoft.com, CA2012).
    const QString once =
        QStringLiteral("the ValueTask must be consumed (for example, awaited) once and only once");
    QVERIFY(AwaitTwiceLaneModel::ca2012_rule(AwaitTwiceCase::pooling_builder).contains(once));
    QVERIFY(AwaitTwiceLaneModel::ca2012_rule(AwaitTwiceCase::result_before_completion_task)
                .contains(QStringLiteral("directly access one's result before it's known to be "
                                         "completed")));
    QVERIFY(AwaitTwiceLaneModel::ca2012_rule(AwaitTwiceCase::unconsumed_pooled)
                .contains(QStringLiteral("Ignoring such a ValueTask")));
    QVERIFY(!AwaitTwiceLaneModel::is_misuse(AwaitTwiceCase::preserve));
    QVERIFY(AwaitTwiceLaneModel::is_misuse(AwaitTwiceCase::sync_result));
    // .NET's one generic message, not an invented one.
    QCOMPARE(AwaitTwiceLaneModel::dotnet_exception_message(),
             QStringLiteral("Operation is not valid due to the current state of the object."));
    QVERIFY(!AwaitTwiceLaneModel::dotnet_exception_line().contains("already been consumed"));

    AwaitTwiceLane lane(AwaitTwiceCase::custom_source_reused, 5);
    lane.run();
    const AwaitTwiceOutcome& o = *lane.model().outcome();
    QCOMPARE(o.misuse, std::optional<vtl::Misuse>(vtl::Misuse::stale_token));
    // The core's specific misuse, with the tokens of this run.
    QVERIFY(lane.model().core_exception().contains(QStringLiteral("token %1, source version %2")
                                                       .arg(o.presented_token)
                                                       .arg(o.source_version)));
}

void TestAwaitTwiceLanes::laneShowsARecordedOutcomeExactly() {
    AwaitTwiceOutcome o;
    o.which = AwaitTwiceCase::token_ignored;
    o.expected_value = 5;
    o.first_value = 5;
    o.outcome = LabOutcome::wrong_value;
    o.value = 7;
    o.other_operation_value = 7;
    LabFrame f;
    f.step = LabStep::other_rented;
    f.held = vtl::ValueTaskKind::source;
    f.source = SourceKind::token_ignoring;
    f.valuetask_token = 3;
    f.source_version = 4;
    f.value = 7;
    LabFrame last = f;
    last.step = LabStep::outcome;
    o.frames = {f, last};
    AwaitTwiceLane lane(o.which, 6);
    lane.show_outcome(o);
    check_lane_shows(lane.model(), o);
    QCOMPARE(lane.model().detail(),
             QStringLiteral("7 instead of 5: the other operation's result, and no error."));

    o.outcome = LabOutcome::exception;
    o.value.reset();
    o.misuse = vtl::Misuse::stale_token;
    o.presented_token = 3;
    o.source_version = 4;
    o.which = AwaitTwiceCase::custom_source_reused;
    lane.show_outcome(o);
    QVERIFY(lane.model().core_exception().contains(QStringLiteral("token 3, source version 4")));
}

void TestAwaitTwiceLanes::stepWalksThroughTheFramesThenReveals() {
    AwaitTwiceLane lane(AwaitTwiceCase::custom_source_reused, 5);
    lane.step();
    const std::size_t n = lane.model().frame_count();
    QVERIFY(n >= 3);
    QCOMPARE(lane.model().frame_index(), std::size_t{0});
    QCOMPARE(lane.model().state(), State::pending);
    QVERIFY(!lane.model().shown());
    QVERIFY(lane.model().caption().contains(QStringLiteral("token")));
    for (std::size_t i = 1; i + 1 < n; ++i) {
        lane.step();
        QCOMPARE(lane.model().frame_index(), i);
        QVERIFY(!lane.model().revealed());
    }
    lane.step();
    QVERIFY(lane.model().revealed());
    QCOMPARE(lane.model().shown(), std::optional<LabOutcome>(LabOutcome::exception));
    // The frame before the second await shows the other operation holding the source with a
    // newer version than the ValueTask's token: the reason for the exception, on screen.
    const LabFrame& before = lane.model().outcome()->frames[n - 2];
    QVERIFY(before.other_operation);
    QVERIFY(before.source_version != before.valuetask_token);
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
        return run_await_twice_case(c);
    });
    m.run();
    m.run();
    QCOMPARE(calls, 2);
    QCOMPARE(m.shown(), std::optional<LabOutcome>(LabOutcome::same_value));
}

void TestAwaitTwiceLanes::lanesAreGroupedInTwo() {
    AwaitTwiceTab tab;
    QStringList headers;
    for (const QLabel* l : tab.findChildren<QLabel*>())
        if (l->text() == AwaitTwiceLaneModel::group_title(CaseGroup::awaiting_twice) ||
            l->text() == AwaitTwiceLaneModel::group_title(CaseGroup::other_pitfalls))
            headers << l->text();
    QCOMPARE(headers.size(), 2);
}

void TestAwaitTwiceLanes::lanesFollowTheWidgetFont() {
    AwaitTwiceTab tab;
    QFont f = tab.font();
    f.setPointSizeF(10);
    tab.setFont(f);
    auto* view = tab.lanes().front()->findChild<AwaitTwiceLaneView*>();
    QVERIFY(view);
    const int h1 = view->sizeHint().height();
    f.setPointSizeF(15);
    tab.setFont(f);
    const int h2 = view->sizeHint().height();
    QVERIFY2(h2 > h1 * 1.3, qPrintable(QStringLiteral("%1 -> %2").arg(h1).arg(h2)));
}

void TestAwaitTwiceLanes::lastLaneReachableAtSmallSizeWithLargeText() {
    AwaitTwiceTab tab;
    QFont f = tab.font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    tab.setFont(f);
    tab.resize(1024, 700);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    tab.run_all();
    QCoreApplication::processEvents();
    QScrollArea* scroll = tab.scroll_area();
    QVERIFY(scroll);
    QScrollBar* bar = scroll->verticalScrollBar();
    QVERIFY(bar->maximum() > 0); // more lanes than fit: the list scrolls
    bar->setValue(bar->maximum());
    QCoreApplication::processEvents();
    AwaitTwiceLane* last = tab.lanes().back();
    const QRect in_viewport(last->mapTo(scroll->viewport(), QPoint(0, 0)), last->size());
    QVERIFY2(scroll->viewport()->rect().contains(in_viewport),
             qPrintable(QStringLiteral("last lane at %1,%2 %3x%4")
                            .arg(in_viewport.x())
                            .arg(in_viewport.y())
                            .arg(in_viewport.width())
                            .arg(in_viewport.height())));
    // Each lane is as tall as its text needs, never squeezed.
    for (const AwaitTwiceLane* l : tab.lanes()) {
        const auto* view = l->findChild<AwaitTwiceLaneView*>();
        QVERIFY(view->height() >= view->sizeHint().height());
    }
    vtl_test::save_screenshot(tab, QStringLiteral("await-twice-1024-large-text.png"));
}

VTL_QTEST_MAIN(test_await_twice_lanes, TestAwaitTwiceLanes)
#include "test_await_twice_lanes.moc"
