// Long chains of awaits in one coroutine must run in constant stack: 1,000,000 synchronously
// completing awaits of each kind, and 100,000 awaits completed asynchronously by the loop.
// At -O0 and under ASan, one stack frame per await would overflow the 8 MiB main stack long
// before the end; short of that, the loops also track how far the stack pointer strays, so
// a slower growth fails the test instead of passing unnoticed.
#include "harness/qtest_suite.hpp"
#include <QTest>

#include "test_support.hpp"
#include "vtl/event_loop.hpp"
#include "vtl/pooled_task.hpp"
#include "vtl/sync_wait.hpp"

#include <algorithm>
#include <cstdint>

using vtl::EventLoop;
using vtl::Task;
using vtl::ValueTask;
using vtl_test::ManualSource;

namespace {

constexpr int kSyncAwaits = 1'000'000;
constexpr int kAsyncAwaits = 100'000;
constexpr std::uintptr_t kMaxStackSpread = 64 * 1024;

[[gnu::noinline]] std::uintptr_t stack_position() {
    return reinterpret_cast<std::uintptr_t>(__builtin_frame_address(0));
}

// Lowest and highest stack position seen by the awaiting loop (coroutine locals live in the
// heap frame, so the position has to come from a real call).
struct StackSpread {
    std::uintptr_t low = UINTPTR_MAX;
    std::uintptr_t high = 0;
    void sample() {
        const std::uintptr_t p = stack_position();
        low = std::min(low, p);
        high = std::max(high, p);
    }
    std::uintptr_t spread() const { return high - low; }
};

enum class Kind {
    completed_task,
    ready_value_task,
    completed_source,
    child_task,
    child_value_task,
    child_pooled_task,
    nested_children,
};

Task<int> child_task(int i) {
    co_return i & 7;
}
ValueTask<int> child_value_task(int i) {
    co_return i & 7;
}
vtl::PooledTask<int> child_pooled_task(int i) {
    co_return i & 7;
}
Task<int> nested_child(int i) {
    const int inner = co_await child_task(i); // completes synchronously too
    co_return inner;
}

Task<long long> await_many(Kind kind, StackSpread& stack) {
    long long sum = 0;
    const Task<int> done = Task<int>::from_result(1000); // not in the result cache
    ManualSource<int> src;
    src.core().set_result(3);
    const ValueTask<int> over_source = src.value_task();
    for (int i = 0; i < kSyncAwaits; ++i) {
        stack.sample();
        switch (kind) {
        case Kind::completed_task:
            sum += co_await done;
            break;
        case Kind::ready_value_task: {
            const ValueTask<int> vt(i & 7);
            sum += co_await vt;
            break;
        }
        case Kind::completed_source:
            sum += co_await over_source;
            break;
        case Kind::child_task:
            sum += co_await child_task(i);
            break;
        case Kind::child_value_task:
            sum += co_await child_value_task(i);
            break;
        case Kind::child_pooled_task:
            sum += co_await child_pooled_task(i);
            break;
        case Kind::nested_children:
            sum += co_await nested_child(i);
            break;
        }
    }
    co_return sum;
}

long long expected_sync_sum(Kind kind) {
    switch (kind) {
    case Kind::completed_task:
        return 1000LL * kSyncAwaits;
    case Kind::completed_source:
        return 3LL * kSyncAwaits;
    default:
        return 28LL * (kSyncAwaits / 8); // 0+1+...+7 per eight awaits
    }
}

// A producer that completes `src` from a timer callback on the loop, i.e. asynchronously.
Task<void> complete_after(EventLoop& loop, ManualSource<int>& src, int value) {
    co_await loop.delay_for(1'000);
    src.core().set_result(value);
}

vtl::PooledTask<int> pooled_after_yield(EventLoop& loop, int i) {
    co_await loop.yield();
    co_return i & 7;
}

Task<int> task_after_timer(EventLoop& loop, int i) {
    co_await loop.delay_for(10);
    co_return i & 7;
}

enum class AsyncKind { source_from_timer, pooled_task_yield, task_timer };

Task<long long> await_many_async(EventLoop& loop, AsyncKind kind, StackSpread& stack) {
    long long sum = 0;
    ManualSource<int> src;
    for (int i = 0; i < kAsyncAwaits; ++i) {
        stack.sample();
        switch (kind) {
        case AsyncKind::source_from_timer: {
            src.core().reset();
            Task<void> producer = complete_after(loop, src, i & 7);
            const ValueTask<int> vt = src.value_task();
            sum += co_await vt;
            break;
        }
        case AsyncKind::pooled_task_yield:
            sum += co_await pooled_after_yield(loop, i);
            break;
        case AsyncKind::task_timer:
            sum += co_await task_after_timer(loop, i);
            break;
        }
    }
    co_return sum;
}

} // namespace

Q_DECLARE_METATYPE(Kind)
Q_DECLARE_METATYPE(AsyncKind)

class TestStackDepth : public QObject {
    Q_OBJECT
private slots:
    void synchronousAwaits_data();
    void synchronousAwaits();
    void asynchronousAwaits_data();
    void asynchronousAwaits();
};

void TestStackDepth::synchronousAwaits_data() {
    QTest::addColumn<Kind>("kind");
    QTest::newRow("completed Task") << Kind::completed_task;
    QTest::newRow("ready ValueTask") << Kind::ready_value_task;
    QTest::newRow("ValueTask over completed source") << Kind::completed_source;
    QTest::newRow("child Task coroutine") << Kind::child_task;
    QTest::newRow("child ValueTask coroutine") << Kind::child_value_task;
    QTest::newRow("child PooledTask coroutine") << Kind::child_pooled_task;
    QTest::newRow("child awaiting a child") << Kind::nested_children;
}

void TestStackDepth::synchronousAwaits() {
    QFETCH(Kind, kind);
    StackSpread stack;
    Task<long long> t = await_many(kind, stack);
    QVERIFY(t.is_completed_successfully()); // nothing ever suspended
    QCOMPARE(t.result(), expected_sync_sum(kind));
    QVERIFY2(stack.spread() < kMaxStackSpread, qPrintable(QString::number(stack.spread())));
}

void TestStackDepth::asynchronousAwaits_data() {
    QTest::addColumn<AsyncKind>("kind");
    QTest::newRow("source completed by a timer") << AsyncKind::source_from_timer;
    QTest::newRow("PooledTask after yield") << AsyncKind::pooled_task_yield;
    QTest::newRow("Task after timer") << AsyncKind::task_timer;
}

void TestStackDepth::asynchronousAwaits() {
    QFETCH(AsyncKind, kind);
    EventLoop loop; // skip-idle: the timers cost no wall time
    StackSpread stack;
    const long long sum = vtl::run_until_complete(loop, await_many_async(loop, kind, stack));
    QCOMPARE(sum, 28LL * (kAsyncAwaits / 8));
    QVERIFY2(stack.spread() < kMaxStackSpread, qPrintable(QString::number(stack.spread())));
    QVERIFY(!loop.run_once()); // nothing left behind
}

VTL_QTEST_APPLESS_MAIN(test_stack_depth, TestStackDepth)
#include "test_stack_depth.moc"
