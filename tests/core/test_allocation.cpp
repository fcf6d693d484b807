// The allocation counter itself, and the zero-allocation steady state of pooled sources and
// PooledTask coroutines (synchronous and asynchronous completion).
#include "harness/qtest_suite.hpp"
#include <QTest>

#include "vtl/allocation_counter.hpp"
#include "vtl/event_loop.hpp"
#include "vtl/frame_pool.hpp"
#include "vtl/pooled_task.hpp"
#include "vtl/pooled_value_task_source.hpp"
#include "vtl/sync_wait.hpp"

#include <cstdlib>
#include <new>
#include <thread>
#include <vector>

using vtl::AllocationScope;
using vtl::AllocationStats;
using vtl::Task;
using vtl::ValueTask;

namespace {

constexpr int kWarmUp = 100;
constexpr int kReuses = 10'000;

struct LoopResult {
    AllocationStats steady;
    long long sum = 0;
};

// The awaiting coroutine is created once; only its loop is measured.
Task<void> reuse_pooled_sources(vtl::ValueTaskSourcePool<int>& pool, LoopResult& out) {
    AllocationScope scope;
    for (int i = 0; i < kWarmUp + kReuses; ++i) {
        if (i == kWarmUp)
            scope.restart();
        auto& s = pool.rent();
        ValueTask<int> vt(s, s.version());
        s.core().set_result(i);
        out.sum += co_await vt;
    }
    out.steady = scope.delta();
}

template <vtl::PoolPolicy P>
vtl::PooledTask<int, P> pooled_sync(int v) {
    co_return v * 2;
}

template <vtl::PoolPolicy P>
vtl::PooledTask<int, P> pooled_async(vtl::EventLoop& loop, int v) {
    co_await loop.yield();
    co_return v * 2;
}

// One operation in flight at a time: both policies reuse one frame and one source.
template <vtl::PoolPolicy P>
Task<void> reuse_pooled_tasks(vtl::EventLoop* loop, LoopResult& out) {
    AllocationScope scope;
    for (int i = 0; i < kWarmUp + kReuses; ++i) {
        if (i == kWarmUp)
            scope.restart();
        if (loop != nullptr)
            out.sum += co_await pooled_async<P>(*loop, i);
        else
            out.sum += co_await pooled_sync<P>(i);
    }
    out.steady = scope.delta();
}

// `width` operations in flight at once, `rounds` times over, on one thread: each round starts
// them all, then runs the loop until all have completed, then consumes them.
template <vtl::PoolPolicy P>
AllocationStats pooled_tasks_in_flight(int width, int rounds) {
    vtl::EventLoop loop;
    AllocationScope scope;
    std::vector<ValueTask<int>> ops;
    ops.reserve(static_cast<std::size_t>(width));
    for (int r = 0; r < rounds + 1; ++r) {
        if (r == 1)
            scope.restart(); // round 0 is warm-up
        for (int i = 0; i < width; ++i)
            ops.push_back(pooled_async<P>(loop, i));
        loop.run();
        for (ValueTask<int>& op : ops)
            (void)op.result();
        ops.clear();
    }
    return scope.delta();
}

// `width` callers on one thread, each awaiting its own operations one after another, as the
// engine's callers (and `await` in a loop) do.
template <vtl::PoolPolicy P>
Task<void> await_each(vtl::EventLoop& loop, int calls, long long& sum) {
    for (int i = 0; i < calls; ++i)
        sum += co_await pooled_async<P>(loop, i);
}

template <vtl::PoolPolicy P>
AllocationStats pooled_callers_awaiting_each_call(int width, int calls, long long& sum) {
    vtl::EventLoop loop;
    AllocationScope scope;
    std::vector<Task<void>> callers;
    callers.reserve(static_cast<std::size_t>(width));
    for (int c = 0; c < width; ++c)
        callers.push_back(await_each<P>(loop, calls, sum));
    loop.run();
    return scope.delta();
}

struct CountingObserver final : vtl::AllocationObserver {
    int allocations = 0;
    int deallocations = 0;
    void on_allocate(const void*, std::size_t) noexcept override { ++allocations; }
    void on_deallocate(const void*) noexcept override { ++deallocations; }
};

// Publishes a pointer to the optimiser, which may otherwise drop a new/delete pair
// entirely (allowed since C++14; g++ does it at -O2).
void escape(const void* p) {
    __asm__ __volatile__("" : : "g"(p) : "memory");
}

constexpr long long kExpectedSum = 2LL * (kWarmUp + kReuses - 1) * (kWarmUp + kReuses) / 2;

} // namespace

class TestAllocation : public QObject {
    Q_OBJECT
private slots:
    void counterSeesEveryFormOfNew();
    void counterIsPerThread();
    void observerSeesAllocations();
    void pooledSourceReuseAllocatesNothing();
    void pooledTaskSynchronousReuseAllocatesNothing();
    void pooledTaskAsynchronousReuseAllocatesNothing();
    void pooledTaskWithManyInFlightAllocatesBeyondDotNetsCache();
    void pooledTaskCallersAwaitingEachCallReuseBoxes();
    void poolGrowthIsLinear();
};

void TestAllocation::counterSeesEveryFormOfNew() {
    AllocationScope scope;
    int* one = new int(1);
    escape(one);
    AllocationStats d = scope.delta();
    QCOMPARE(d.allocations, std::uint64_t{1});
    QCOMPARE(d.bytes_requested, std::uint64_t{sizeof(int)});
    QVERIFY(d.live_bytes >= static_cast<std::int64_t>(sizeof(int)));
    delete one;
    d = scope.delta();
    QCOMPARE(d.deallocations, std::uint64_t{1});
    QCOMPARE(d.live_bytes, std::int64_t{0});

    struct alignas(64) Wide {
        char bytes[100];
    };
    scope.restart();
    Wide* w = new Wide;
    auto* arr = new Wide[3];
    void* raw = ::operator new(10, std::nothrow);
    escape(w);
    escape(arr);
    escape(raw);
    d = scope.delta();
    QCOMPARE(d.allocations, std::uint64_t{3});
    QCOMPARE(d.bytes_requested, std::uint64_t{sizeof(Wide) * 4 + 10}); // no array cookie
    QCOMPARE(reinterpret_cast<std::uintptr_t>(w) % 64, std::uintptr_t{0});
    delete w;
    delete[] arr;
    ::operator delete(raw);
    d = scope.delta();
    QCOMPARE(d.deallocations, std::uint64_t{3});
    QCOMPARE(d.live_bytes, std::int64_t{0});
}

void TestAllocation::counterIsPerThread() {
    AllocationScope scope;
    std::uint64_t on_other_thread = 0;
    std::thread other([&on_other_thread] {
        AllocationScope there;
        for (int i = 0; i < 100; ++i) {
            int* p = new int(i);
            escape(p);
            delete p;
        }
        on_other_thread = there.delta().allocations;
    });
    other.join();
    QCOMPARE(on_other_thread, std::uint64_t{100});
    // std::thread's own state is allocated here; the 100 ints on the other thread are not.
    QVERIFY(scope.delta().allocations < 100);
}

void TestAllocation::observerSeesAllocations() {
    CountingObserver observer;
    vtl::AllocationObserver* previous = vtl::set_thread_allocation_observer(&observer);
    int* p = new int(3);
    escape(p);
    delete p;
    vtl::set_thread_allocation_observer(previous);
    p = new int(4); // no longer observed
    escape(p);
    delete p;
    QCOMPARE(observer.allocations, 1);
    QCOMPARE(observer.deallocations, 1);
}

void TestAllocation::pooledSourceReuseAllocatesNothing() {
    vtl::ValueTaskSourcePool<int> pool;
    LoopResult r;
    Task<void> t = reuse_pooled_sources(pool, r);
    QVERIFY(t.is_completed_successfully());
    QCOMPARE(r.steady.allocations, std::uint64_t{0});
    QCOMPARE(r.steady.bytes_requested, std::uint64_t{0});
    QCOMPARE(r.sum, kExpectedSum / 2);
    QCOMPARE(pool.size(), std::size_t{1});
    QCOMPARE(pool.at(0).rents(), std::uint64_t{kWarmUp + kReuses});
}

void TestAllocation::pooledTaskSynchronousReuseAllocatesNothing() {
    LoopResult r;
    Task<void> t = reuse_pooled_tasks<vtl::PoolPolicy::dotnet>(nullptr, r);
    QVERIFY(t.is_completed_successfully());
    QCOMPARE(r.steady.allocations, std::uint64_t{0});
    QCOMPARE(r.sum, kExpectedSum);
    QVERIFY(vtl::BoxCache::cached_blocks() >= 1); // the frame went back to the box cache

    LoopResult u;
    Task<void> tu = reuse_pooled_tasks<vtl::PoolPolicy::unbounded>(nullptr, u);
    QVERIFY(tu.is_completed_successfully());
    QCOMPARE(u.steady.allocations, std::uint64_t{0});
    QVERIFY(vtl::FramePool::cached_blocks() >= 1); // the frame went back to the pool
}

// .NET's PoolingAsyncValueTaskMethodBuilder keeps one box per thread and one per core
// (PoolingAsyncValueTaskMethodBuilderT.cs, RentFromCache / ReturnToCache). When 64
// operations started together are read together (as after Task.WhenAll), only 1 + (core
// slots) of the 64 returned boxes stay cached and the next round's others allocate: real
// .NET's `gc_concurrent` rows (resources/dotnet/reference) allocate as much as plain
// ValueTask in this pattern. The hand-written unbounded pool allocates nothing.
void TestAllocation::pooledTaskWithManyInFlightAllocatesBeyondDotNetsCache() {
    constexpr int width = 64;
    constexpr int rounds = 20;
    const std::size_t cached_max = 1 + vtl::BoxCache::core_slots();
    const AllocationStats dotnet = pooled_tasks_in_flight<vtl::PoolPolicy::dotnet>(width, rounds);
    qInfo("dotnet policy: %llu allocations for %d operations (%zu per-core slots)",
          static_cast<unsigned long long>(dotnet.allocations), width * rounds,
          vtl::BoxCache::core_slots());
    if (cached_max < static_cast<std::size_t>(width))
        QVERIFY(dotnet.allocations >= static_cast<std::uint64_t>(rounds) * (width - cached_max));
    QVERIFY(dotnet.allocations <= static_cast<std::uint64_t>(rounds) * width);
    const AllocationStats unbounded =
        pooled_tasks_in_flight<vtl::PoolPolicy::unbounded>(width, rounds);
    QCOMPARE(unbounded.allocations, std::uint64_t{0});
}

// The other side of .NET's limit: a box goes back to the cache when its result is read
// (StateMachineBox.GetResult → ReturnToCache), and a caller that reads its result and starts
// its next call on the same thread takes that box again, however many callers are in flight.
// Real .NET measured the same (resources/dotnet/reference, `gc_callers` rows: 64 such callers
// over PoolingAsyncValueTaskMethodBuilder allocate 0.02 B per call at 80 % hits). Only each
// caller's first operation (and the caller itself) allocates, so ten times the calls cost no
// more allocations.
void TestAllocation::pooledTaskCallersAwaitingEachCallReuseBoxes() {
    constexpr int width = 64;
    long long sum = 0;
    (void)pooled_callers_awaiting_each_call<vtl::PoolPolicy::dotnet>(width, 1, sum); // sources
    const AllocationStats few =
        pooled_callers_awaiting_each_call<vtl::PoolPolicy::dotnet>(width, 50, sum);
    const AllocationStats many =
        pooled_callers_awaiting_each_call<vtl::PoolPolicy::dotnet>(width, 500, sum);
    qInfo("dotnet policy, %d callers awaiting each call: %llu allocations for %d operations, "
          "%llu for %d",
          width, static_cast<unsigned long long>(few.allocations), width * 50,
          static_cast<unsigned long long>(many.allocations), width * 500);
    QCOMPARE(sum, static_cast<long long>(width) * (50 * 49 + 500 * 499));
    QVERIFY(few.allocations <= 2u * width + 4u);
    QVERIFY(many.allocations <= few.allocations + 4u);
}

void TestAllocation::pooledTaskAsynchronousReuseAllocatesNothing() {
    vtl::EventLoop loop;
    LoopResult r;
    vtl::run_until_complete(loop, reuse_pooled_tasks<vtl::PoolPolicy::dotnet>(&loop, r));
    QCOMPARE(r.steady.allocations, std::uint64_t{0});
    QCOMPARE(r.steady.bytes_requested, std::uint64_t{0});
    QCOMPARE(r.sum, kExpectedSum);
}

// 100,000 callers in flight need 100,000 sources: the pool's bookkeeping must grow
// geometrically, not by one slot per new source (which once cost ~200 KB per operation).
void TestAllocation::poolGrowthIsLinear() {
    vtl::ValueTaskSourcePool<int> pool;
    constexpr int n = 20'000;
    vtl::AllocationScope scope;
    for (int i = 0; i < n; ++i)
        (void)pool.rent();
    const auto used = scope.delta();
    const double per_source = static_cast<double>(used.bytes_requested) / n;
    qInfo("%.1f bytes requested per pooled source (sizeof %zu)", per_source,
          sizeof(vtl::PooledValueTaskSource<int>));
    QVERIFY(per_source < 4.0 * sizeof(vtl::PooledValueTaskSource<int>) + 64);
}

VTL_QTEST_APPLESS_MAIN(test_allocation, TestAllocation)
#include "test_allocation.moc"
