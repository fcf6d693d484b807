// Micro-benchmarks of the core's paths, each with allocations and bytes per operation taken
// from the allocation counter (this thread only, so the benchmark library's own bookkeeping
// outside the timed loop does not count).
//
// The DESIGN target is a ratio within one run: BM_ValueTaskHit <= 1.3 x BM_PlainCall with
// 0 allocations. Both call a noinline lookup with the same branch over the same small cache,
// with a key that changes every iteration and a result the optimiser must materialise, so
// neither call can be hoisted or folded; the only difference is the ValueTask and the
// co_await around it.
#include "vtl/allocation_counter.hpp"
#include "vtl/event_loop.hpp"
#include "vtl/pooled_task.hpp"
#include "vtl/sync_wait.hpp"
#include "vtl/task.hpp"
#include "vtl/value_task.hpp"

#include <benchmark/benchmark.h>

#include <cstdint>
#include <future>

namespace {

using V = std::uint64_t;
using vtl::Task;
using vtl::ValueTask;

constexpr unsigned kCacheSize = 64;
// Not const: the lookups must really load from it.
V g_cache[kCacheSize];

struct CacheInit {
    CacheInit() {
        for (unsigned i = 0; i < kCacheSize; ++i)
            g_cache[i] = i * 2654435761u;
    }
} g_cache_init;

unsigned next_key(unsigned key) noexcept {
    return (key + 1) & (kCacheSize - 1);
}

void report(benchmark::State& state, const vtl::AllocationStats& delta) {
    const auto n = static_cast<double>(state.iterations());
    state.counters["allocs_per_op"] = static_cast<double>(delta.allocations) / n;
    state.counters["bytes_per_op"] = static_cast<double>(delta.bytes_requested) / n;
}

// The miss paths exist so both lookups carry the same branch; the benchmarks always hit.
[[gnu::noinline]] V slow_lookup(unsigned key) {
    return key * 3u + 1;
}

// Out of line like slow_lookup: with the coroutine's ramp inlined into value_task_get, g++
// saves six callee-saved registers on entry to every call, hits included.
[[gnu::noinline]] Task<V> fetch_async(unsigned key) {
    co_return slow_lookup(key);
}

[[gnu::noinline]] V plain_get(unsigned key) {
    if (key < kCacheSize) [[likely]]
        return g_cache[key];
    return slow_lookup(key);
}

// The `valuetask` strategy: a plain function, a coroutine only on a miss.
[[gnu::noinline]] ValueTask<V> value_task_get(unsigned key) {
    if (key < kCacheSize) [[likely]]
        return ValueTask<V>(g_cache[key]);
    return ValueTask<V>(fetch_async(key));
}

Task<V> task_get(unsigned key) {
    co_return g_cache[key];
}

ValueTask<V> value_task_coroutine_get(unsigned key) {
    co_return g_cache[key];
}

vtl::PooledTask<V> pooled_get_async(vtl::EventLoop& loop, unsigned key) {
    co_await loop.yield(); // one real suspension and resumption through the loop
    co_return g_cache[key];
}

void BM_PlainCall(benchmark::State& state) {
    unsigned key = 0;
    vtl::AllocationScope scope;
    for (auto _ : state) {
        V v = plain_get(key);
        benchmark::DoNotOptimize(v);
        key = next_key(key);
    }
    report(state, scope.delta());
}
BENCHMARK(BM_PlainCall);

// The whole timed loop runs inside one driver coroutine, created before the loop starts, so
// every iteration goes through a real co_await (await_ready / await_resume) of a fresh
// ValueTask (or Task) from `Get` and nothing else is added.
template <auto Get>
Task<void> drive_awaiting(benchmark::State& state) {
    unsigned key = 0;
    vtl::AllocationScope scope;
    for (auto _ : state) {
        V v = co_await Get(key);
        benchmark::DoNotOptimize(v);
        key = next_key(key);
    }
    report(state, scope.delta());
}

void BM_ValueTaskHit(benchmark::State& state) {
    Task<void> driver = drive_awaiting<value_task_get>(state);
    if (!driver.is_completed())
        state.SkipWithError("a hit suspended");
}
BENCHMARK(BM_ValueTaskHit);

// Control for the driver itself: the plain call inside the same kind of coroutine loop. The
// loop's variables (key, iteration count, v) live in the coroutine frame rather than in
// registers, which costs the driver something whatever it awaits.
Task<void> drive_plain_call(benchmark::State& state) {
    unsigned key = 0;
    vtl::AllocationScope scope;
    for (auto _ : state) {
        V v = plain_get(key);
        benchmark::DoNotOptimize(v);
        key = next_key(key);
        co_await std::suspend_never{}; // makes key and the loop state frame-resident
    }
    report(state, scope.delta());
}

void BM_PlainCallInCoroutine(benchmark::State& state) {
    Task<void> driver = drive_plain_call(state);
}
BENCHMARK(BM_PlainCallInCoroutine);

// The same hit read the way an awaiter does, without a coroutine around it.
void BM_ValueTaskHitNoCoroutine(benchmark::State& state) {
    unsigned key = 0;
    vtl::AllocationScope scope;
    for (auto _ : state) {
        ValueTask<V> vt = value_task_get(key);
        if (!vt.is_completed()) [[unlikely]]
            state.SkipWithError("a hit was not completed");
        V v = vt.result();
        benchmark::DoNotOptimize(v);
        key = next_key(key);
    }
    report(state, scope.delta());
}
BENCHMARK(BM_ValueTaskHitNoCoroutine);

void BM_TaskSyncCompletion(benchmark::State& state) {
    Task<void> driver = drive_awaiting<task_get>(state);
}
BENCHMARK(BM_TaskSyncCompletion);

Task<void> drive_value_task_coroutine(benchmark::State& state) {
    unsigned key = 0;
    vtl::AllocationScope scope;
    for (auto _ : state) {
        V v = co_await value_task_coroutine_get(key);
        benchmark::DoNotOptimize(v);
        key = next_key(key);
    }
    report(state, scope.delta());
}

void BM_ValueTaskCoroutineSync(benchmark::State& state) {
    Task<void> driver = drive_value_task_coroutine(state);
}
BENCHMARK(BM_ValueTaskCoroutineSync);

// Steady state of the `pooled` strategy's miss: frame from the FramePool, source from the
// pool, one trip through the loop's ready queue. The warm-up round trip before the timed
// loop creates the frame block and the source.
Task<void> drive_pooled(benchmark::State& state, vtl::EventLoop& loop) {
    unsigned key = 0;
    benchmark::DoNotOptimize(co_await pooled_get_async(loop, key));
    vtl::AllocationScope scope;
    for (auto _ : state) {
        V v = co_await pooled_get_async(loop, key);
        benchmark::DoNotOptimize(v);
        key = next_key(key);
    }
    report(state, scope.delta());
}

void BM_PooledAsyncRoundTrip(benchmark::State& state) {
    vtl::EventLoop loop;
    vtl::run_until_complete(loop, [&] { return drive_pooled(state, loop); });
}
BENCHMARK(BM_PooledAsyncRoundTrip);

void BM_StdFutureReady(benchmark::State& state) {
    unsigned key = 0;
    vtl::AllocationScope scope;
    for (auto _ : state) {
        std::promise<V> promise;
        std::future<V> future = promise.get_future();
        promise.set_value(plain_get(key));
        V v = future.get();
        benchmark::DoNotOptimize(v);
        key = next_key(key);
    }
    report(state, scope.delta());
}
BENCHMARK(BM_StdFutureReady);

} // namespace

BENCHMARK_MAIN();
