// The path view's model fed hand-built engine traces: where each call's token is, which heap
// blocks are live, how full the GC model's gen0 budget is, how playback paces and steps.
#include "harness/qtest_suite.hpp"
#include <QTest>

#include "test_path_trace_builder.hpp"
#include "trace_view/path_animation_model.hpp"
#include "trace_view/path_pacing.hpp"

using namespace vtl::trace_view;

using vtl::trace_view::PathAnimationModel;
using vtl::trace_view::PathBranch;
using vtl::trace_view::PathPacing;
using vtl::trace_view::PathState;
using vtl::trace_view::PathStation;
using vtl_test::DoubleAwaitOutcome;
using vtl_test::Strategy;
using vtl_test::TraceBuilder;
using vtl_test::TraceEvent;
using vtl_test::TraceKind;

namespace {

// Applies events one by one and records where call `call`'s token is after each.
std::vector<PathStation> stations_of(PathAnimationModel& m, const std::vector<TraceEvent>& events,
                                     Strategy s, std::uint64_t call) {
    std::vector<PathStation> out;
    for (const auto& e : events) {
        m.apply(e);
        const auto* t = m.state().token(s, call);
        out.push_back(t != nullptr ? t->at : PathStation::caller);
    }
    return out;
}

} // namespace

class TestPathAnimationModel : public QObject {
    Q_OBJECT
private slots:
    void hitTakesTheShortSynchronousPath();
    void missTakesTheLongAsynchronousPathThroughTheHeap();
    void coroutineHitAllocatesItsFrameOnTheSynchronousPath();
    void pooledMissLeavesTheHeapEmpty();
    void gen0FillsAndEmptiesWithACollection();
    void interleavedCallsMoveIndependently();
    void doubleAwaitOutcomeIsShownOnTheToken();
    void droppedEventsDoNotBreakTheState();
    void tokensAndBlocksStayBounded();
    void strategyStartClearsTheStage();
    void playbackHoldsEachEventForItsDuration();
    void backlogIsFastForwardedNotLost();
    void aGapInTheTraceClearsTheStageWhenReached();
    void stepsBackAndForwardThroughRecordedEvents();
    void deliveredTokensLingerThenLeave();
    void pacingSamplesAFewCallsPerSecond();
};

void TestPathAnimationModel::hitTakesTheShortSynchronousPath() {
    PathAnimationModel m;
    const auto events = TraceBuilder(Strategy::valuetask).hit(7).take();
    const auto st = stations_of(m, events, Strategy::valuetask, 7);
    const std::vector<PathStation> expected{PathStation::service, PathStation::sync_return,
                                            PathStation::delivered_sync};
    QCOMPARE(st, expected);
    const auto* t = m.state().token(Strategy::valuetask, 7);
    QVERIFY(t);
    QCOMPARE(t->branch, PathBranch::sync);
    QVERIFY(t->delivered);
    QCOMPARE(t->allocations, std::uint64_t{0});
    QVERIFY(m.state().heap.empty());
    QCOMPARE(m.state().focus->event.kind, TraceKind::result_delivered);
    // The move into the last station is animated from the previous one.
    QCOMPARE(t->from, PathStation::sync_return);
    QCOMPARE(t->progress, 0.0);
}

void TestPathAnimationModel::missTakesTheLongAsynchronousPathThroughTheHeap() {
    PathAnimationModel m;
    const auto events = TraceBuilder(Strategy::task).miss(3, 112, 0x1000, 50'000'000).take();
    std::vector<PathStation> st;
    std::vector<std::size_t> live;
    for (const auto& e : events) {
        m.apply(e);
        st.push_back(m.state().token(Strategy::task, 3)->at);
        live.push_back(m.state().live_blocks());
    }
    const std::vector<PathStation> expected{
        PathStation::service,         PathStation::async_start,    PathStation::async_start,
        PathStation::awaiting,        PathStation::backend_done,   PathStation::resumed,
        PathStation::delivered_async, PathStation::delivered_async};
    QCOMPARE(st, expected);
    // The Task/frame is live from its allocation to its free, with its real size.
    const std::vector<std::size_t> expected_live{0, 0, 1, 1, 1, 1, 1, 0};
    QCOMPARE(live, expected_live);
    const auto* t = m.state().token(Strategy::task, 3);
    QCOMPARE(t->branch, PathBranch::async);
    QCOMPARE(t->wait_ns, std::int64_t{50'000'000});
    QCOMPARE(t->allocated_bytes, std::uint64_t{112});
    QVERIFY(m.state().block(0x1000) == nullptr);
    // The freed block fades out, then is gone.
    QCOMPARE(m.state().heap.size(), std::size_t{1});
    QVERIFY(m.state().heap.front().freed);
    m.advance(2000);
    QVERIFY(m.state().heap.empty());
}

void TestPathAnimationModel::coroutineHitAllocatesItsFrameOnTheSynchronousPath() {
    // The engine reports the coroutine frame's allocation before the cache check: C++
    // allocates the frame before the body runs.
    PathAnimationModel m;
    const auto events = TraceBuilder(Strategy::valuetask_coroutine)
                            .add(1, TraceKind::call_issued)
                            .add(1, TraceKind::allocation, 96, 0x2000)
                            .add(1, TraceKind::cache_hit)
                            .add(1, TraceKind::result_delivered)
                            .add(1, TraceKind::deallocation, 0, 0x2000)
                            .take();
    for (std::size_t i = 0; i < 4; ++i)
        m.apply(events[i]);
    const auto* t = m.state().token(Strategy::valuetask_coroutine, 1);
    QCOMPARE(t->at, PathStation::delivered_sync);
    QCOMPARE(t->branch, PathBranch::sync);
    QCOMPARE(t->allocations, std::uint64_t{1});
    const auto* b = m.state().block(0x2000);
    QVERIFY(b);
    QCOMPARE(b->bytes, std::uint64_t{96});
    QCOMPARE(b->strategy, Strategy::valuetask_coroutine);
    QCOMPARE(b->call, std::uint64_t{1});
    m.apply(events[4]);
    QCOMPARE(m.state().live_blocks(), std::size_t{0});
}

void TestPathAnimationModel::pooledMissLeavesTheHeapEmpty() {
    PathAnimationModel m;
    for (const auto& e : TraceBuilder(Strategy::pooled).miss(9, 0, 0).hit(10).take())
        m.apply(e);
    QCOMPARE(m.state().token(Strategy::pooled, 9)->at, PathStation::delivered_async);
    QCOMPARE(m.state().token(Strategy::pooled, 10)->at, PathStation::delivered_sync);
    QVERIFY(m.state().heap.empty());
}

void TestPathAnimationModel::gen0FillsAndEmptiesWithACollection() {
    PathAnimationModel m;
    m.set_gen0_budget(4096);
    TraceBuilder b(Strategy::task);
    b.fill(1000).add(1, TraceKind::call_issued).add(1, TraceKind::cache_hit);
    b.fill(1072).add(1, TraceKind::allocation, 72, 0xA0);
    b.fill(40).add(2, TraceKind::gc_collection, 8192, 0, DoubleAwaitOutcome::none, 0);
    const auto events = b.take();
    m.apply(events[0]);
    QCOMPARE(m.state().gen0_fill, std::uint64_t{1000});
    m.apply(events[1]);
    m.apply(events[2]);
    QCOMPARE(m.state().gen0_fill, std::uint64_t{1072});
    QCOMPARE(m.state().collections, std::uint64_t{0});
    QCOMPARE(m.state().gen0_budget, std::uint64_t{4096});
    m.apply(events[3]);
    QCOMPARE(m.state().gen0_fill, std::uint64_t{40});
    QCOMPARE(m.state().collections, std::uint64_t{1});
    QCOMPARE(m.state().gen0_budget, std::uint64_t{8192}); // the event carries the budget
    QCOMPARE(m.state().collection_flash, 1.0);
    // The block live at the collection survived it: promoted to gen1.
    QCOMPARE(m.state().block(0xA0)->survived, std::uint8_t{1});
    // A GC event moves no token and is not a call of its own.
    QVERIFY(m.state().token(Strategy::task, 2) == nullptr);
    m.advance(3000);
    QCOMPARE(m.state().collection_flash, 0.0);
    QCOMPARE(m.state().gen0_shown, 40.0);
}

void TestPathAnimationModel::interleavedCallsMoveIndependently() {
    PathAnimationModel m;
    TraceBuilder b(Strategy::valuetask);
    b.add(0, TraceKind::call_issued)
        .add(0, TraceKind::cache_miss)
        .add(0, TraceKind::allocation, 128, 0x10)
        .add(0, TraceKind::suspended);
    b.hit(64);
    b.add(128, TraceKind::call_issued)
        .add(128, TraceKind::cache_miss)
        .add(128, TraceKind::allocation, 128, 0x20)
        .add(128, TraceKind::suspended);
    b.add(0, TraceKind::backend_completed).add(0, TraceKind::resumed);
    for (const auto& e : b.take())
        m.apply(e);
    const PathState& s = m.state();
    QCOMPARE(s.token(Strategy::valuetask, 0)->at, PathStation::resumed);
    QCOMPARE(s.token(Strategy::valuetask, 64)->at, PathStation::delivered_sync);
    QCOMPARE(s.token(Strategy::valuetask, 128)->at, PathStation::awaiting);
    QCOMPARE(s.live_blocks(), std::size_t{2});
    QCOMPARE(s.block(0x10)->call, std::uint64_t{0});
    QCOMPARE(s.block(0x20)->call, std::uint64_t{128});
    QCOMPARE(s.focus->event.call, std::uint64_t{0});
    QCOMPARE(s.focus->station, PathStation::resumed);
}

void TestPathAnimationModel::doubleAwaitOutcomeIsShownOnTheToken() {
    PathAnimationModel m;
    TraceBuilder b(Strategy::pooled);
    b.miss(5, 0, 0);
    b.add(5, TraceKind::double_await, 0, 0, DoubleAwaitOutcome::wrong_value);
    b.hit(6).add(6, TraceKind::double_await, 0, 0, DoubleAwaitOutcome::same_value);
    for (const auto& e : b.take())
        m.apply(e);
    QCOMPARE(m.state().token(Strategy::pooled, 5)->double_await, DoubleAwaitOutcome::wrong_value);
    QCOMPARE(m.state().token(Strategy::pooled, 6)->double_await, DoubleAwaitOutcome::same_value);
    QCOMPARE(m.state().focus->event.kind, TraceKind::double_await);
    QCOMPARE(m.state().focus->event.outcome, DoubleAwaitOutcome::same_value);
}

void TestPathAnimationModel::droppedEventsDoNotBreakTheState() {
    PathAnimationModel m;
    TraceBuilder b(Strategy::task);
    // Call 1's first events were dropped: it appears where its first surviving event puts it.
    b.add(1, TraceKind::backend_completed);
    // A free of a block whose allocation was never seen.
    b.add(2, TraceKind::deallocation, 0, 0xDEAD);
    // A delivery without the hit/miss event: it came the short way as far as anyone knows.
    b.add(3, TraceKind::call_issued).add(3, TraceKind::result_delivered);
    // An address reused without its free having been seen replaces the old block.
    b.add(4, TraceKind::allocation, 64, 0xBEEF).add(5, TraceKind::allocation, 80, 0xBEEF);
    for (const auto& e : b.take())
        m.apply(e);
    const PathState& s = m.state();
    QCOMPARE(s.token(Strategy::task, 1)->at, PathStation::backend_done);
    QCOMPARE(s.token(Strategy::task, 1)->branch, PathBranch::async);
    QVERIFY(s.token(Strategy::task, 2) == nullptr);
    QCOMPARE(s.token(Strategy::task, 3)->at, PathStation::delivered_sync);
    QCOMPARE(s.live_blocks(), std::size_t{1});
    QCOMPARE(s.block(0xBEEF)->bytes, std::uint64_t{80});
    QCOMPARE(s.token(Strategy::task, 4)->at, PathStation::service);
}

void TestPathAnimationModel::tokensAndBlocksStayBounded() {
    PathAnimationModel m;
    TraceBuilder b(Strategy::task);
    // Calls that never finish (their later events lost) and allocations never freed.
    for (std::uint64_t c = 0; c < 200; ++c)
        b.add(c, TraceKind::call_issued).add(c, TraceKind::allocation, 72, 0x1000 + c * 0x100);
    for (const auto& e : b.take())
        m.apply(e);
    QVERIFY(m.state().tokens.size() <= PathAnimationModel::max_tokens);
    QVERIFY(m.state().live_blocks() <= PathAnimationModel::max_blocks);
    // The newest survive.
    QVERIFY(m.state().token(Strategy::task, 199));
    QVERIFY(m.state().block(0x1000 + 199 * 0x100));
    // A call silent for too long is retired even below the cap.
    PathAnimationModel quiet;
    TraceBuilder q(Strategy::valuetask);
    q.add(1, TraceKind::call_issued).add(1, TraceKind::cache_miss);
    for (std::uint64_t c = 2; c < 2 + PathAnimationModel::stale_after_events; ++c)
        q.add(c, TraceKind::cache_hit);
    for (const auto& e : q.take())
        quiet.apply(e);
    QVERIFY(quiet.state().token(Strategy::valuetask, 1) == nullptr);
}

void TestPathAnimationModel::strategyStartClearsTheStage() {
    PathAnimationModel m;
    TraceBuilder b(Strategy::task);
    b.add(1, TraceKind::call_issued)
        .add(1, TraceKind::cache_miss)
        .add(1, TraceKind::allocation, 72, 0x50);
    b.strategy(Strategy::pooled).add(0, TraceKind::strategy_started);
    for (const auto& e : b.take())
        m.apply(e);
    QVERIFY(m.state().tokens.empty());
    QVERIFY(m.state().heap.empty());
    QCOMPARE(*m.state().strategy, Strategy::pooled);
}

void TestPathAnimationModel::playbackHoldsEachEventForItsDuration() {
    PathAnimationModel m;
    PathAnimationModel::Timing t;
    t.move_ms = 100;
    t.dwell_ms = 40;
    m.set_timing(t);
    m.enqueue(TraceBuilder(Strategy::valuetask).hit(1).take());
    QCOMPARE(m.pending(), std::size_t{3});
    QVERIFY(m.state().tokens.empty()); // nothing happens before the clock runs
    m.advance(1);
    QCOMPARE(m.pending(), std::size_t{2});
    QCOMPARE(m.state().token(Strategy::valuetask, 1)->at, PathStation::service);
    m.advance(49);
    const auto* token = m.state().token(Strategy::valuetask, 1);
    QCOMPARE(m.pending(), std::size_t{2});
    QVERIFY(token->progress > 0.45 && token->progress < 0.55);
    m.advance(55); // 105 ms after the first event: the second is due
    QCOMPARE(m.pending(), std::size_t{1});
    QCOMPARE(m.state().token(Strategy::valuetask, 1)->at, PathStation::sync_return);
    // Paused: the clock still finishes the move under way, but nothing new is applied.
    m.set_playing(false);
    m.advance(500);
    QCOMPARE(m.pending(), std::size_t{1});
    QCOMPARE(m.state().token(Strategy::valuetask, 1)->progress, 1.0);
    // Playing again, the held move's remaining time still applies.
    m.set_playing(true);
    m.advance(80);
    QCOMPARE(m.pending(), std::size_t{1});
    m.advance(20);
    QCOMPARE(m.pending(), std::size_t{0});
    QCOMPARE(m.state().token(Strategy::valuetask, 1)->at, PathStation::delivered_sync);
    QCOMPARE(m.calls_animated(), std::uint64_t{1});
}

void TestPathAnimationModel::backlogIsFastForwardedNotLost() {
    PathAnimationModel m;
    PathAnimationModel::Timing t;
    t.max_pending = 100;
    m.set_timing(t);
    TraceBuilder b(Strategy::task);
    for (std::uint64_t c = 0; c < 300; ++c)
        b.miss(c, 72, 0x1000 + c * 0x100);
    m.enqueue(b.take());
    QVERIFY(m.pending() <= 100);
    QVERIFY(m.calls_fast_forwarded() > 200);
    // Playback runs faster than nominal to catch up.
    QVERIFY(m.speed() > 1.0);
    m.apply_all_pending();
    QCOMPARE(m.pending(), std::size_t{0});
    // Everything fast-forwarded really happened: every Task was freed, none is left.
    QCOMPARE(m.state().live_blocks(), std::size_t{0});
    QCOMPARE(m.calls_fast_forwarded() + m.calls_animated(), std::uint64_t{300});
}

void TestPathAnimationModel::aGapInTheTraceClearsTheStageWhenReached() {
    PathAnimationModel m;
    TraceBuilder b(Strategy::task);
    b.add(1, TraceKind::call_issued)
        .add(1, TraceKind::cache_miss)
        .add(1, TraceKind::allocation, 72, 0x10);
    m.enqueue(b.take());
    m.mark_gap(); // the ring dropped call 1's free and more
    TraceBuilder after(Strategy::task);
    after.hit(9);
    m.enqueue(after.take());
    m.advance(1);
    m.advance(900); // issued, miss and allocation are shown (420 + 420 + 60 ms)
    QCOMPARE(m.state().live_blocks(), std::size_t{1}); // the gap is not reached yet
    for (int i = 0; i < 100; ++i)
        m.advance(50);
    QCOMPARE(m.pending(), std::size_t{0});
    QCOMPARE(m.gaps(), std::uint64_t{1});
    QVERIFY(m.state().token(Strategy::task, 1) == nullptr);
    QCOMPARE(m.state().live_blocks(), std::size_t{0});
    QCOMPARE(m.calls_animated(), std::uint64_t{2});
}

void TestPathAnimationModel::stepsBackAndForwardThroughRecordedEvents() {
    PathAnimationModel m;
    auto events = TraceBuilder(Strategy::task).miss(2, 112, 0x700).take();
    // Apply the first five (issued … backend_completed), queue the rest.
    for (std::size_t i = 0; i < 5; ++i)
        m.apply(events[i]);
    m.enqueue(std::span(events).subspan(5));
    QCOMPARE(m.state().token(Strategy::task, 2)->at, PathStation::backend_done);

    QVERIFY(m.step_back());
    QVERIFY(m.viewing_history());
    QVERIFY(!m.playing());
    const auto* back = m.state().token(Strategy::task, 2);
    QCOMPARE(back->at, PathStation::awaiting);
    QCOMPARE(back->from, PathStation::backend_done); // walks back from where it was
    QVERIFY(m.step_back());                          // allocation
    QVERIFY(m.step_back());                          // cache miss: the block is not allocated yet
    QCOMPARE(m.state().token(Strategy::task, 2)->at, PathStation::async_start);
    QCOMPARE(m.state().live_blocks(), std::size_t{0});
    QVERIFY(m.step_back());
    QCOMPARE(m.state().token(Strategy::task, 2)->at, PathStation::service);
    QVERIFY(!m.step_back()); // the start of what was recorded
    QCOMPARE(m.history_position(), std::size_t{1});

    QVERIFY(m.step_forward());
    QVERIFY(m.step_forward());
    QCOMPARE(m.state().live_blocks(), std::size_t{1});
    QVERIFY(m.step_forward());
    QVERIFY(m.step_forward());
    QCOMPARE(m.state().token(Strategy::task, 2)->at, PathStation::backend_done);
    // Past the recorded end: the next queued event, one at a time.
    QVERIFY(m.step_forward());
    QVERIFY(!m.viewing_history());
    QCOMPARE(m.state().token(Strategy::task, 2)->at, PathStation::resumed);
    QCOMPARE(m.pending(), std::size_t{2});
    QVERIFY(m.step_forward());
    QVERIFY(m.step_forward());
    QCOMPARE(m.state().live_blocks(), std::size_t{0});
    QVERIFY(!m.step_forward());
    // Live data was never touched by looking back.
    QCOMPARE(m.live_state().token(Strategy::task, 2)->at, PathStation::delivered_async);
}

void TestPathAnimationModel::deliveredTokensLingerThenLeave() {
    PathAnimationModel m;
    m.enqueue(TraceBuilder(Strategy::valuetask).hit(1).take());
    for (int i = 0; i < 200; ++i)
        m.advance(16);
    QVERIFY(m.state().token(Strategy::valuetask, 1) == nullptr);
    // Paused, a delivered token stays for as long as someone looks at it.
    PathAnimationModel paused;
    for (const auto& e : TraceBuilder(Strategy::valuetask).hit(1).take())
        paused.apply(e);
    paused.set_playing(false);
    for (int i = 0; i < 400; ++i)
        paused.advance(16);
    QVERIFY(paused.state().token(Strategy::valuetask, 1));
}

void TestPathAnimationModel::pacingSamplesAFewCallsPerSecond() {
    QCOMPARE(PathPacing::round_down_nice(0.3), std::uint64_t{1});
    QCOMPARE(PathPacing::round_down_nice(7), std::uint64_t{5});
    QCOMPARE(PathPacing::round_down_nice(19.9), std::uint64_t{10});
    QCOMPARE(PathPacing::round_down_nice(2e6), std::uint64_t{2'000'000});
    QCOMPARE(PathPacing::normal_trace_every(0, 0), PathPacing::initial_every);
    const std::uint64_t n = PathPacing::normal_trace_every(20e6, 0);
    QCOMPARE(n, std::uint64_t{10'000'000});
    const double shown = 20e6 / static_cast<double>(n);
    QVERIFY(shown >= 2 && shown <= 5);
    // Small changes in the rate keep N; large ones change it.
    QCOMPARE(PathPacing::normal_trace_every(25e6, n), n);
    QCOMPARE(PathPacing::normal_trace_every(200e3, n), std::uint64_t{100'000});
    QCOMPARE(PathPacing::normal_trace_every(2, n), std::uint64_t{1});
}

VTL_QTEST_APPLESS_MAIN(test_path_animation_model, TestPathAnimationModel)
#include "test_path_animation_model.moc"
