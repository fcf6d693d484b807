// Task<T>: hot start, many awaiters, exceptions, lifetime of un-awaited tasks, FromResult and
// its result cache, and what a coroutine frame costs.
#include "harness/qtest_suite.hpp"
#include <QTest>

#include "test_support.hpp"
#include "vtl/allocation_counter.hpp"
#include "vtl/sync_wait.hpp"
#include "vtl/task.hpp"
#include "vtl/value_task.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

using vtl::AllocationScope;
using vtl::Task;
using vtl::ValueTask;
using vtl_test::ManualSource;

namespace {

// Restores the thread's result-cache switch however the test ends.
struct CacheSwitch {
    bool saved = vtl::task_result_cache_enabled();
    explicit CacheSwitch(bool on) { vtl::set_task_result_cache_enabled(on); }
    ~CacheSwitch() { vtl::set_task_result_cache_enabled(saved); }
};

Task<int> gated_value(ManualSource<void>& gate, std::vector<std::string>& log, int value) {
    log.push_back("body started");
    co_await gate.value_task();
    log.push_back("body resumed");
    co_return value;
}

Task<void> gated_void(ManualSource<void>& gate, bool& finished) {
    co_await gate.value_task();
    finished = true;
}

Task<void> gated_void_throw(ManualSource<void>& gate) {
    co_await gate.value_task();
    throw std::runtime_error("void failed");
}

// Awaits `t` and records the value or the exception message, tagged with `who`.
Task<void> record_await(Task<int> t, std::vector<std::string>& log, std::string who) {
    try {
        const int v = co_await t;
        log.push_back(who + "=" + std::to_string(v));
    } catch (const std::exception& e) {
        log.push_back(who + " threw " + e.what());
    }
}

Task<void> record_await_void(Task<void> t, std::vector<std::string>& log, std::string who) {
    try {
        co_await t;
        log.push_back(who + " done");
    } catch (const std::exception& e) {
        log.push_back(who + " threw " + e.what());
    }
}

Task<int> answer() {
    co_return 42;
}

} // namespace

class TestTask : public QObject {
    Q_OBJECT
private slots:
    void hotStartRunsBodyBeforeFirstSuspension();
    void everyAwaiterBeforeAndAfterCompletionGetsTheValue();
    void exceptionReachesEveryAwaiter();
    void voidTaskCompletesAndFaults();
    void copiesShareOneOperation();
    void droppingARunningTaskFreesTheFrameWhenItCompletes();
    void fromResultAndFromException();
    void resultCacheCoversBoolAndSmallInts();
    void resultCacheCoversNullAndZeroLikeDotNet();
    void resultCacheCanBeSwitchedOff();
    void coroutineFrameIsAHeapAllocation();
    void syncWaitReturnsAndRethrows();
    void emptyTaskThrowsBrokenPromise();
};

void TestTask::hotStartRunsBodyBeforeFirstSuspension() {
    ManualSource<void> gate;
    std::vector<std::string> log;
    Task<int> t = gated_value(gate, log, 7);
    QCOMPARE(log, (std::vector<std::string>{"body started"}));
    QVERIFY(!t.is_completed());
    QVERIFY_THROWS_EXCEPTION(vtl::InvalidOperationError, (void)t.result());
    gate.core().set_result(); // no scheduler on this thread: resumes inline
    QCOMPARE(log, (std::vector<std::string>{"body started", "body resumed"}));
    QVERIFY(t.is_completed_successfully());
    QCOMPARE(t.result(), 7);
}

void TestTask::everyAwaiterBeforeAndAfterCompletionGetsTheValue() {
    ManualSource<void> gate;
    std::vector<std::string> body_log;
    std::vector<std::string> log;
    Task<int> t = gated_value(gate, body_log, 5);
    Task<void> a = record_await(t, log, "a");
    Task<void> b = record_await(t, log, "b");
    Task<void> c = record_await(t, log, "c");
    QVERIFY(log.empty());
    QVERIFY(!a.is_completed() && !b.is_completed() && !c.is_completed());
    gate.core().set_result();
    // Waiters resume in the order they registered.
    QCOMPARE(log, (std::vector<std::string>{"a=5", "b=5", "c=5"}));
    Task<void> d = record_await(t, log, "d");
    Task<void> e = record_await(t, log, "e");
    QVERIFY(d.is_completed() && e.is_completed());
    QCOMPARE(log, (std::vector<std::string>{"a=5", "b=5", "c=5", "d=5", "e=5"}));
    QCOMPARE(t.result(), 5);
    QCOMPARE(t.result(), 5);
}

void TestTask::exceptionReachesEveryAwaiter() {
    ManualSource<void> gate;
    std::vector<std::string> log;
    Task<int> t = gated_throw(gate, "backend failed");
    Task<void> a = record_await(t, log, "a");
    Task<void> b = record_await(t, log, "b");
    gate.core().set_result();
    Task<void> c = record_await(t, log, "c");
    QCOMPARE(log, (std::vector<std::string>{"a threw backend failed", "b threw backend failed",
                                            "c threw backend failed"}));
    QVERIFY(t.is_completed());
    QVERIFY(t.is_faulted());
    QVERIFY(!t.is_completed_successfully());
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, (void)t.result());
}

void TestTask::voidTaskCompletesAndFaults() {
    ManualSource<void> gate;
    bool finished = false;
    std::vector<std::string> log;
    Task<void> t = gated_void(gate, finished);
    Task<void> a = record_await_void(t, log, "a");
    QVERIFY(!t.is_completed());
    gate.core().set_result();
    QVERIFY(finished);
    QVERIFY(t.is_completed_successfully());
    Task<void> b = record_await_void(t, log, "b");
    QCOMPARE(log, (std::vector<std::string>{"a done", "b done"}));

    ManualSource<void> gate2;
    log.clear();
    Task<void> f = gated_void_throw(gate2);
    Task<void> c = record_await_void(f, log, "c");
    gate2.core().set_result();
    Task<void> d = record_await_void(f, log, "d");
    QCOMPARE(log, (std::vector<std::string>{"c threw void failed", "d threw void failed"}));
    QVERIFY(f.is_faulted());

    Task<void> done = Task<void>::completed_task();
    QVERIFY(done.is_completed_successfully());
    done.result();
}

void TestTask::copiesShareOneOperation() {
    ManualSource<void> gate;
    std::vector<std::string> log;
    Task<int> t = gated_value(gate, log, 3);
    Task<int> copy = t;
    Task<int> moved = std::move(copy);
    QVERIFY(!copy.valid());
    QCOMPARE(moved.id(), t.id());
    gate.core().set_result();
    QVERIFY(moved.is_completed());
    QCOMPARE(moved.result(), 3);
}

void TestTask::droppingARunningTaskFreesTheFrameWhenItCompletes() {
    ManualSource<void> gate;
    std::vector<std::string> log;
    log.reserve(4); // the body's push_backs must not show up as allocations
    AllocationScope scope;
    { Task<int> t = gated_value(gate, log, 1); }
    const vtl::AllocationStats dropped = scope.delta();
    gate.core().set_result();
    const vtl::AllocationStats finished = scope.delta();

    QCOMPARE(log.size(), std::size_t{2}); // the body ran to the end after its Task was gone
    QCOMPARE(dropped.allocations, std::uint64_t{1});
    QCOMPARE(dropped.deallocations, std::uint64_t{0}); // the suspended body still owns it
    QVERIFY(dropped.live_bytes > 0);
    QCOMPARE(finished.allocations, std::uint64_t{1});
    QCOMPARE(finished.deallocations, std::uint64_t{1});
    QCOMPARE(finished.live_bytes, std::int64_t{0});
}

void TestTask::fromResultAndFromException() {
    Task<std::string> s = Task<std::string>::from_result(std::string("hello"));
    QVERIFY(s.is_completed_successfully());
    QCOMPARE(s.result(), std::string("hello"));

    AllocationScope scope;
    vtl::AllocationStats made;
    {
        Task<int> t = Task<int>::from_result(1000);
        made = scope.delta();
        QCOMPARE(t.result(), 1000);
    }
    const vtl::AllocationStats gone = scope.delta();
    QCOMPARE(made.allocations, std::uint64_t{1}); // one completed state, no coroutine frame
    QCOMPARE(gone.deallocations, std::uint64_t{1});

    Task<int> f = Task<int>::from_exception(std::make_exception_ptr(std::runtime_error("no")));
    QVERIFY(f.is_completed());
    QVERIFY(f.is_faulted());
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, (void)f.result());
}

void TestTask::resultCacheCoversBoolAndSmallInts() {
    CacheSwitch on(true);
    for (bool b : {true, false}) {
        AllocationScope scope;
        Task<bool> t = Task<bool>::from_result(b);
        const auto delta = scope.delta();
        QCOMPARE(delta.allocations, std::uint64_t{0});
        QCOMPARE(t.result(), b);
        QCOMPARE(Task<bool>::from_result(b).id(), t.id()); // one shared instance
    }
    for (int v = -1; v <= 8; ++v) {
        AllocationScope scope;
        Task<int> t = Task<int>::from_result(v);
        const auto delta = scope.delta();
        QCOMPARE(delta.allocations, std::uint64_t{0});
        QCOMPARE(t.result(), v);
    }
    for (int v : {-2, 9, 100}) {
        AllocationScope scope;
        Task<int> t = Task<int>::from_result(v);
        const auto delta = scope.delta();
        QVERIFY2(delta.allocations >= 1, qPrintable(QString::number(v)));
        QCOMPARE(t.result(), v);
    }
}

namespace {
// Task<T>::from_result(value) allocated nothing and returned a shared instance.
template <class T>
bool cached(T value) {
    AllocationScope scope;
    Task<T> a = Task<T>::from_result(value);
    const bool no_alloc = scope.delta().allocations == 0;
    Task<T> b = Task<T>::from_result(value);
    return no_alloc && a.id() == b.id() && a.result() == value;
}
enum class Colour : int { none = 0 };
struct Pair {
    std::int32_t a, b;
    bool operator==(const Pair&) const = default;
};
struct Triple {
    std::int64_t a, b, c;
    bool operator==(const Triple&) const = default;
};
} // namespace

// Task.FromResult also returns s_defaultResultTask for null and for any all-zero value of 1, 2,
// 4, 8 or 16 bytes, as measured with .NET 10 (resources/dotnet, case task_fromresult_cache).
void TestTask::resultCacheCoversNullAndZeroLikeDotNet() {
    CacheSwitch on(true);
    QVERIFY(cached<const char*>(nullptr));
    QVERIFY(cached<std::nullptr_t>(nullptr));
    QVERIFY(cached(std::optional<std::string>{}));
    QVERIFY(cached(std::uint8_t{0}));
    QVERIFY(cached(std::int8_t{0}));
    QVERIFY(cached(char16_t{0}));
    QVERIFY(cached(std::int16_t{0}));
    QVERIFY(cached(std::uint16_t{0}));
    QVERIFY(cached(0u));
    QVERIFY(cached(std::int64_t{0}));
    QVERIFY(cached(std::uint64_t{0}));
    QVERIFY(cached(std::intptr_t{0}));
    QVERIFY(cached(std::uintptr_t{0}));
    QVERIFY(cached(0.0)); // .NET: double 0.0 shared, -0.0 not
    QVERIFY(cached(0.0f));
    QVERIFY(cached(Colour::none));
    QVERIFY(cached(Pair{0, 0})); // .NET: (0, 0) shared
    // Not cached: non-zero bits, 24 bytes, optionals holding a value.
    static const char text[] = "x";
    QVERIFY(!cached<const char*>(text));
    QVERIFY(!cached(std::uint64_t{1}));
    QVERIFY(!cached(std::int16_t{-1}));
    QVERIFY(!cached(-0.0));
    QVERIFY(!cached(Pair{0, 1}));
    QVERIFY(!cached(Triple{0, 0, 0})); // .NET: a 24-byte default allocated 88 B per call
    QVERIFY(!cached(std::optional<std::string>{"y"}));
    // One instance per type, like Task<TResult>.s_defaultResultTask.
    QVERIFY(Task<std::uint64_t>::from_result(0).id() != Task<std::int64_t>::from_result(0).id());
}

void TestTask::resultCacheCanBeSwitchedOff() {
    CacheSwitch off(false);
    QVERIFY(!vtl::task_result_cache_enabled());
    {
        AllocationScope scope;
        Task<bool> t = Task<bool>::from_result(true);
        QVERIFY(scope.delta().allocations >= 1);
        QCOMPARE(t.result(), true);
    }
    for (int v = -1; v <= 8; ++v) {
        AllocationScope scope;
        Task<int> t = Task<int>::from_result(v);
        QVERIFY(scope.delta().allocations >= 1);
        QCOMPARE(t.result(), v);
    }
    {
        AllocationScope scope;
        Task<std::uint64_t> t = Task<std::uint64_t>::from_result(0);
        QVERIFY(scope.delta().allocations >= 1);
    }
}

void TestTask::coroutineFrameIsAHeapAllocation() {
    AllocationScope scope;
    vtl::AllocationStats running;
    {
        Task<int> t = answer();
        running = scope.delta();
        QVERIFY(t.is_completed());
        QCOMPARE(t.result(), 42);
    }
    const vtl::AllocationStats after = scope.delta();
    QVERIFY(running.allocations >= 1);
    QVERIFY(running.bytes_requested > 0);
    QCOMPARE(after.deallocations, after.allocations);
    QCOMPARE(after.live_bytes, std::int64_t{0});
}

void TestTask::syncWaitReturnsAndRethrows() {
    QCOMPARE(vtl::sync_wait(answer()), 42);
    QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                             vtl::sync_wait(Task<int>::from_exception(
                                 std::make_exception_ptr(std::runtime_error("x")))));
}

namespace {
Task<int> await_it(const Task<int>& t) {
    co_return co_await t;
}
Task<int> await_value_task(const ValueTask<int>& vt) {
    co_return co_await vt;
}
} // namespace

// An empty Task (default-constructed or moved-from) has no operation: awaiting it or asking
// its status throws BrokenPromise (cppcoro: broken_promise) instead of dereferencing null.
void TestTask::emptyTaskThrowsBrokenPromise() {
    const Task<int> empty;
    QVERIFY(!empty.valid());
    QVERIFY_THROWS_EXCEPTION(vtl::BrokenPromise, (void)empty.is_completed());
    QVERIFY_THROWS_EXCEPTION(vtl::BrokenPromise, (void)empty.is_faulted());
    QVERIFY_THROWS_EXCEPTION(vtl::BrokenPromise, (void)empty.result());
    QVERIFY_THROWS_EXCEPTION(vtl::BrokenPromise, vtl::sync_wait(await_it(empty)));
    try {
        (void)empty.result();
    } catch (const vtl::BrokenPromise& e) {
        QVERIFY(std::string(e.what()).find("empty") != std::string::npos);
    }

    Task<int> source = answer();
    Task<int> taken = std::move(source);
    QVERIFY_THROWS_EXCEPTION(vtl::BrokenPromise, (void)source.is_completed()); // NOLINT
    QCOMPARE(vtl::sync_wait(await_it(taken)), 42);

    // A ValueTask wrapping an empty Task reaches the Task through its friend accessor.
    const ValueTask<int> wraps_empty{Task<int>{}};
    QVERIFY_THROWS_EXCEPTION(vtl::BrokenPromise, (void)wraps_empty.is_completed());
    QVERIFY_THROWS_EXCEPTION(vtl::BrokenPromise, vtl::sync_wait(await_value_task(wraps_empty)));
}

VTL_QTEST_APPLESS_MAIN(test_task, TestTask)
#include "test_task.moc"
