// ValueTask<T>: its three kinds, what each costs, as_task()/preserve(), ValueTask<void>, and
// ValueTask as a coroutine return type (which always pays for a frame in C++).
#include "harness/qtest_suite.hpp"
#include <QTest>

#include "test_support.hpp"
#include "vtl/allocation_counter.hpp"
#include "vtl/sync_wait.hpp"
#include "vtl/value_task.hpp"

#include <stdexcept>
#include <string>

using vtl::AllocationScope;
using vtl::Task;
using vtl::ValueTask;
using vtl::ValueTaskKind;
using vtl_test::ManualSource;

namespace {

ValueTask<int> coroutine_sync(int v) {
    co_return v + 1;
}
ValueTask<void> coroutine_void(bool& ran) {
    ran = true;
    co_return;
}
ValueTask<int> coroutine_async(ManualSource<void>& gate, int v) {
    co_await gate.value_task();
    co_return v;
}

Task<void> await_void(ValueTask<void> vt, int& completions) {
    co_await vt;
    ++completions;
}

// The non-coroutine hit path of the `valuetask` strategy.
ValueTask<int> lookup(bool hit, ManualSource<void>& gate) {
    if (hit)
        return ValueTask<int>(17);
    return ValueTask<int>(gated(gate, 18));
}

} // namespace

class TestValueTask : public QObject {
    Q_OBJECT
private slots:
    void resultKindAllocatesNothing();
    void resultKind();
    void taskKind();
    void taskKindFaulted();
    void sourceKind();
    void sourceKindFaulted();
    void sourceAsTaskWhilePending();
    void preserveMakesASourceAwaitableTwice();
    void voidValueTask();
    void coroutineReturningValueTaskAllocatesEvenWhenSynchronous();
    void coroutineReturningValueTaskCanSuspend();
    void wrapperHitPathAllocatesNothingMissPathDoes();
};

void TestValueTask::resultKindAllocatesNothing() {
    AllocationScope scope;
    int sum = 0;
    for (int i = 0; i < 1000; ++i) {
        ValueTask<int> vt(i);
        if (vt.is_completed() && vt.is_completed_successfully())
            sum += vt.result();
        ValueTask<int> copy = vt;
        sum += copy.result();
    }
    const auto delta = scope.delta();
    QCOMPARE(delta.allocations, std::uint64_t{0});
    QCOMPARE(sum, 2 * 999 * 1000 / 2);
}

void TestValueTask::resultKind() {
    ValueTask<int> vt(1234);
    QCOMPARE(vt.kind(), ValueTaskKind::result);
    QCOMPARE(std::string(vtl::to_string(vt.kind())), std::string("result"));
    QVERIFY(vt.is_completed());
    QVERIFY(vt.is_completed_successfully());
    QCOMPARE(vt.result(), 1234);
    QCOMPARE(vt.token(), std::uint16_t{0});
    QVERIFY(vt.source() == nullptr);
    QVERIFY(vt.task() == nullptr);

    Task<int> t = vt.as_task();
    QVERIFY(t.is_completed_successfully());
    QCOMPARE(t.result(), 1234);
    {
        AllocationScope scope;
        Task<int> cached = ValueTask<int>(3).as_task(); // Task.FromResult: cached for -1..8
        QCOMPARE(scope.delta().allocations, std::uint64_t{0});
        QCOMPARE(cached.result(), 3);
    }

    ValueTask<int> p = vt.preserve();
    QCOMPARE(p.kind(), ValueTaskKind::result);
    QCOMPARE(p.result(), 1234);

    ValueTask<int> dflt; // default(ValueTask<int>): completed with 0
    QCOMPARE(dflt.kind(), ValueTaskKind::result);
    QVERIFY(dflt.is_completed_successfully());
    QCOMPARE(dflt.result(), 0);

    ValueTask<std::string> s(std::string("text"));
    QCOMPARE(vtl_test::await_now(ValueTask<int>(9)).value, std::optional<int>(9));
    QCOMPARE(vtl::sync_wait(s), std::string("text"));
}

void TestValueTask::taskKind() {
    ManualSource<void> gate;
    Task<int> t = gated(gate, 55);
    ValueTask<int> vt(t);
    QCOMPARE(vt.kind(), ValueTaskKind::task);
    QVERIFY(vt.task() != nullptr);
    QCOMPARE(vt.task()->id(), t.id());
    QVERIFY(!vt.is_completed());
    QVERIFY(!vt.is_completed_successfully());
    QVERIFY_THROWS_EXCEPTION(vtl::InvalidOperationError, (void)vt.result());

    vtl_test::AwaitOutcome pending;
    Task<void> awaiting = vtl_test::await_into(vt, pending);
    QVERIFY(!awaiting.is_completed());

    QCOMPARE(vt.as_task().id(), t.id()); // the same Task, not a new one
    ValueTask<int> p = vt.preserve();
    QCOMPARE(p.kind(), ValueTaskKind::task);
    QCOMPARE(p.task()->id(), t.id());

    gate.core().set_result();
    QVERIFY(awaiting.is_completed());
    QCOMPARE(pending.value, std::optional<int>(55));
    QVERIFY(vt.is_completed());
    QVERIFY(vt.is_completed_successfully());
    QCOMPARE(vt.result(), 55);
    QCOMPARE(vtl_test::await_now(p).value, std::optional<int>(55));
}

void TestValueTask::taskKindFaulted() {
    ManualSource<void> gate;
    ValueTask<int> vt(gated_throw(gate, "task failed"));
    gate.core().set_result();
    QVERIFY(vt.is_completed());
    QVERIFY(!vt.is_completed_successfully());
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, (void)vt.result());
    const vtl_test::AwaitOutcome out = vtl_test::await_now(vt);
    QVERIFY(!out.value);
    QCOMPARE(out.error, std::string("task failed"));
    QVERIFY(vt.as_task().is_faulted());
}

void TestValueTask::sourceKind() {
    ManualSource<int> src;
    src.core().reset();
    src.core().reset(); // version 2: the token is the source's version at creation
    ValueTask<int> vt = src.value_task();
    QCOMPARE(vt.kind(), ValueTaskKind::source);
    QCOMPARE(std::string(vtl::to_string(vt.kind())), std::string("IValueTaskSource"));
    QCOMPARE(vt.token(), std::uint16_t{2});
    QCOMPARE(vt.source(), static_cast<vtl::IValueTaskSource<int>*>(&src));
    QVERIFY(vt.task() == nullptr);
    QVERIFY(!vt.is_completed());
    QVERIFY(!vt.is_completed_successfully());

    src.core().set_result(77);
    QVERIFY(vt.is_completed());
    QVERIFY(vt.is_completed_successfully());
    QCOMPARE(vt.result(), 77);

    Task<int> t = vt.as_task(); // a coroutine that awaits the source once
    QVERIFY(t.is_completed_successfully());
    QCOMPARE(t.result(), 77);

    ValueTask<int> p = vt.preserve();
    QCOMPARE(p.kind(), ValueTaskKind::task);
    QCOMPARE(p.result(), 77);

    // A new operation on the source makes the old ValueTask's token stale.
    src.core().reset();
    QVERIFY_THROWS_EXCEPTION(vtl::InvalidOperationError, (void)vt.is_completed());
    QCOMPARE(p.result(), 77); // the preserved copy no longer depends on the source
}

void TestValueTask::sourceKindFaulted() {
    ManualSource<int> src;
    ValueTask<int> vt = src.value_task();
    src.core().set_exception(std::make_exception_ptr(std::runtime_error("source failed")));
    QVERIFY(vt.is_completed());
    QVERIFY(!vt.is_completed_successfully());
    const vtl_test::AwaitOutcome out = vtl_test::await_now(vt);
    QCOMPARE(out.error, std::string("source failed"));
    QVERIFY(vt.as_task().is_faulted());
}

void TestValueTask::sourceAsTaskWhilePending() {
    ManualSource<int> src;
    ValueTask<int> vt = src.value_task();
    Task<int> t = vt.as_task();
    QVERIFY(!t.is_completed());
    // as_task() has registered the one allowed continuation: a direct await is a second one.
    const vtl_test::AwaitOutcome second = vtl_test::await_now(vt);
    QCOMPARE(second.misuse, std::optional<vtl::Misuse>(vtl::Misuse::second_continuation));
    src.core().set_result(8);
    QVERIFY(t.is_completed_successfully());
    QCOMPARE(t.result(), 8);
}

void TestValueTask::preserveMakesASourceAwaitableTwice() {
    ManualSource<int> src;
    ValueTask<int> p = src.value_task().preserve();
    QCOMPARE(p.kind(), ValueTaskKind::task);
    vtl_test::AwaitOutcome first, second;
    Task<void> a = vtl_test::await_into(p, first);
    Task<void> b = vtl_test::await_into(p, second);
    QVERIFY(!a.is_completed() && !b.is_completed());
    src.core().set_result(31);
    QCOMPARE(first.value, std::optional<int>(31));
    QCOMPARE(second.value, std::optional<int>(31));
    QCOMPARE(vtl_test::await_now(p).value, std::optional<int>(31));
}

void TestValueTask::voidValueTask() {
    int completions = 0;
    ValueTask<void> done;
    QCOMPARE(done.kind(), ValueTaskKind::result);
    QVERIFY(done.is_completed_successfully());
    done.result();
    QVERIFY(done.as_task().is_completed_successfully());
    QCOMPARE(done.preserve().kind(), ValueTaskKind::result);
    Task<void> a0 = await_void(done, completions);
    QCOMPARE(completions, 1);

    ValueTask<void> from_task(Task<void>::completed_task());
    QCOMPARE(from_task.kind(), ValueTaskKind::task);
    QVERIFY(from_task.is_completed_successfully());
    Task<void> a1 = await_void(from_task, completions);
    QCOMPARE(completions, 2);

    ManualSource<void> src;
    ValueTask<void> from_source = src.value_task();
    QCOMPARE(from_source.kind(), ValueTaskKind::source);
    QVERIFY(!from_source.is_completed());
    Task<void> a2 = await_void(from_source, completions);
    QCOMPARE(completions, 2);
    src.core().set_result();
    QCOMPARE(completions, 3);
    QVERIFY(from_source.is_completed_successfully());
    QVERIFY(from_source.as_task().is_completed_successfully());

    ManualSource<void> failing;
    ValueTask<void> f = failing.value_task();
    failing.core().set_exception(std::make_exception_ptr(std::runtime_error("void")));
    QVERIFY(f.is_completed());
    QVERIFY(!f.is_completed_successfully());
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, f.result());

    bool ran = false;
    ValueTask<void> c = coroutine_void(ran);
    QVERIFY(ran);
    QCOMPARE(c.kind(), ValueTaskKind::task);
    QVERIFY(c.is_completed_successfully());
}

void TestValueTask::coroutineReturningValueTaskAllocatesEvenWhenSynchronous() {
    AllocationScope scope;
    vtl::AllocationStats during;
    int value = 0;
    {
        ValueTask<int> vt = coroutine_sync(4);
        during = scope.delta();
        QCOMPARE(vt.kind(), ValueTaskKind::task); // it wraps the frame's Task state
        QVERIFY(vt.is_completed_successfully());
        value = vt.result();
    }
    const auto after = scope.delta();
    QVERIFY(during.allocations >= 1); // g++ allocates the frame before the body runs
    QVERIFY(during.bytes_requested > 0);
    QCOMPARE(value, 5);
    QCOMPARE(after.deallocations, after.allocations);
}

void TestValueTask::coroutineReturningValueTaskCanSuspend() {
    ManualSource<void> gate;
    ValueTask<int> vt = coroutine_async(gate, 66);
    QVERIFY(!vt.is_completed());
    vtl_test::AwaitOutcome out;
    Task<void> a = vtl_test::await_into(vt, out);
    gate.core().set_result();
    QCOMPARE(out.value, std::optional<int>(66));
}

void TestValueTask::wrapperHitPathAllocatesNothingMissPathDoes() {
    ManualSource<void> gate;
    gate.core().set_result();
    {
        AllocationScope scope;
        ValueTask<int> hit = lookup(true, gate);
        const auto delta = scope.delta();
        QCOMPARE(delta.allocations, std::uint64_t{0});
        QCOMPARE(hit.kind(), ValueTaskKind::result);
        QCOMPARE(hit.result(), 17);
    }
    {
        AllocationScope scope;
        ValueTask<int> miss = lookup(false, gate);
        const auto delta = scope.delta();
        QVERIFY(delta.allocations >= 1);
        QCOMPARE(miss.kind(), ValueTaskKind::task);
        QCOMPARE(miss.result(), 18);
    }
}

VTL_QTEST_APPLESS_MAIN(test_value_task, TestValueTask)
#include "test_value_task.moc"
