// CacheService: the service method every strategy implements, the one the seeds discuss:
// "return the cached value if we have it, otherwise fetch it from a slow backend".
// Hit/miss and the backend latency come from the CallSpec (the seeded sequence), so every
// strategy does exactly the same work; only how the result travels back differs:
//
//   task                 Task<Payload>. C# `async Task<T>` completes a synchronous return
//                        through AsyncTaskMethodBuilder<TResult>.SetResult, which calls
//                        Task.FromResult: a cached Task (null, bool, int -1..8, 0 of the
//                        other integer types) or one new Task object; in an optimized build
//                        the state machine stays on the stack. A C++ coroutine cannot keep its
//                        frame on the stack, so the builder's decision is spelled out:
//                        hit → Task::from_result (one completed Task object, no frame);
//                        only a miss runs a coroutine (its frame on the heap).
//   valuetask            the zero-allocation pattern: a plain function returns
//                        ValueTask(value) on a hit and wraps a Task coroutine on a miss.
//   valuetask_coroutine  a coroutine returning ValueTask<Payload>: in C++ its frame is
//                        allocated before the body runs, so even a hit costs a heap frame.
//   pooled               as valuetask, but a miss runs a PooledTask with .NET's limits
//                        (PoolingAsyncValueTaskMethodBuilder): a miss takes a cached frame
//                        ("box"; one per thread, one per core) or allocates one. The engine's
//                        callers await each call before the next, so boxes come back one at a
//                        time and are reused, in .NET too; results read in a batch overflow
//                        the cache (frame_pool.hpp).
//   pooled_unbounded     not .NET: as pooled, but over a hand-written unbounded pool
//                        (UnboundedPooledTask): zero allocations in steady state.
//
// Code pane: resources/code/ shows these functions; keep both in step.
#pragma once

#include "vtl/event_loop.hpp"
#include "vtl/pooled_task.hpp"
#include "vtl/task.hpp"
#include "vtl/value_task.hpp"
#include "workload/payload.hpp"
#include "workload/scenario.hpp"
#include "workload/tracer.hpp"

#include <cstdint>
#include <vector>

namespace vtl::workload {

class CacheService {
public:
    static constexpr std::uint64_t key_space = 1024;

    CacheService(EventLoop& loop, std::uint32_t payload_bytes, Tracer* tracer)
        : loop_(loop)
        , payload_bytes_(payload_bytes)
        , tracer_(tracer) {
        cache_.reserve(key_space);
        for (std::uint64_t k = 0; k < key_space; ++k)
            cache_.emplace_back(k, payload_bytes);
    }

    // Only the entries the run `s` can hit hold a payload: with a big payload and few calls a
    // full cache would be mostly unused memory, and filling it slow (1,024 × 1 MiB).
    CacheService(EventLoop& loop, const Scenario& s, Tracer* tracer)
        : loop_(loop)
        , payload_bytes_(s.payload_bytes)
        , tracer_(tracer) {
        cache_.resize(key_space); // empty payloads: no heap
        if (s.calls >= 16 * key_space) {
            for (std::uint64_t k = 0; k < key_space; ++k)
                cache_[k] = Payload(k, payload_bytes_);
            return;
        }
        std::vector<bool> filled(key_space);
        for (std::uint64_t i = 0; i < s.calls; ++i) {
            const CallSpec c = call_spec(s, i);
            if (c.hit && !filled[c.key]) {
                cache_[c.key] = Payload(c.key, payload_bytes_);
                filled[c.key] = true;
            }
        }
    }

    Task<Payload> get_task(const CallSpec& c) {
        if (lookup(c))
            return Task<Payload>::from_result(cache_[c.key]);
        return fetch_task(c);
    }

    ValueTask<Payload> get_valuetask(const CallSpec& c) {
        if (lookup(c))
            return ValueTask<Payload>(cache_[c.key]);
        return ValueTask<Payload>(fetch_task(c));
    }

    ValueTask<Payload> get_valuetask_coroutine(CallSpec c) {
        if (lookup(c))
            co_return cache_[c.key];
        co_await loop_.delay_for(c.miss_latency_ns);
        co_return backend_load(c);
    }

    ValueTask<Payload> get_pooled(const CallSpec& c) {
        if (lookup(c))
            return ValueTask<Payload>(cache_[c.key]);
        return fetch_pooled(c);
    }

    ValueTask<Payload> get_pooled_unbounded(const CallSpec& c) {
        if (lookup(c))
            return ValueTask<Payload>(cache_[c.key]);
        return fetch_pooled_unbounded(c);
    }

private:
    // Out of line on purpose: inlined, a coroutine's start-up makes every caller, hits
    // included, save and restore registers it only needs on a miss.
    [[gnu::noinline]] Task<Payload> fetch_task(CallSpec c) {
        co_await loop_.delay_for(c.miss_latency_ns);
        co_return backend_load(c);
    }

    [[gnu::noinline]] PooledTask<Payload> fetch_pooled(CallSpec c) {
        co_await loop_.delay_for(c.miss_latency_ns);
        co_return backend_load(c);
    }

    [[gnu::noinline]] UnboundedPooledTask<Payload> fetch_pooled_unbounded(CallSpec c) {
        co_await loop_.delay_for(c.miss_latency_ns);
        co_return backend_load(c);
    }

    // The cache check. Traced calls report which path they take.
    bool lookup(const CallSpec& c) noexcept {
        if (tracer_ != nullptr && tracer_->traced(c.index))
            tracer_->emit(c.index, c.hit ? TraceKind::cache_hit : TraceKind::cache_miss);
        return c.hit;
    }

    // The backend has answered (the timer fired): build the value it returns.
    Payload backend_load(const CallSpec& c) {
        TraceScope scope(tracer_, c.index);
        if (scope.get() != nullptr)
            scope.get()->emit(c.index, TraceKind::backend_completed);
        return Payload(c.key, payload_bytes_);
    }

    EventLoop& loop_;
    std::uint32_t payload_bytes_;
    Tracer* tracer_;
    std::vector<Payload> cache_;
};

} // namespace vtl::workload
