#include "workload/caller_pool.hpp"

#include "measure/timebase.hpp"
#include "vtl/invalid_operation_error.hpp"
#include "workload/payload.hpp"

#include <algorithm>

namespace vtl::workload::detail {

namespace {

// Wraps an awaiter to report suspension and resumption of a traced call, and to stop
// attributing this thread's allocations to it while it is suspended.
template <class Inner>
struct TracedAwaiter {
    Inner inner;
    Tracer& tracer;
    std::uint64_t call;
    bool suspended = false;

    bool await_ready() { return inner.await_ready(); }
    bool await_suspend(std::coroutine_handle<> h) {
        tracer.emit(call, TraceKind::suspended);
        tracer.leave();
        suspended = inner.await_suspend(h);
        if (!suspended)
            tracer.enter(call);
        return suspended;
    }
    auto await_resume() {
        if (suspended) {
            tracer.enter(call);
            tracer.emit(call, TraceKind::resumed);
        }
        return inner.await_resume();
    }
};

template <class Awaitable>
auto traced(const Awaitable& a, Tracer& t, std::uint64_t call) {
    return TracedAwaiter<decltype(a.operator co_await())>{a.operator co_await(), t, call};
}

} // namespace

CallerPool::CallerPool(Parts parts)
    : parts_(std::move(parts))
    , double_await_delay_ns_(
          static_cast<std::int64_t>(2 * parts_.scenario.miss_latency_us * 1000.0)) {}

void CallerPool::start() {
    const Scenario& s = parts_.scenario;
    const auto count = static_cast<std::uint32_t>(std::min<std::uint64_t>(s.concurrency, s.calls));
    callers_.reserve(count);
    for (std::uint32_t c = 0; c < count; ++c)
        callers_.push_back(start_caller());
}

Task<void> CallerPool::start_caller() {
    switch (parts_.strategy) {
    case Strategy::task:
        return caller<&CacheService::get_task>();
    case Strategy::valuetask:
        return caller<&CacheService::get_valuetask>();
    case Strategy::valuetask_coroutine:
        return caller<&CacheService::get_valuetask_coroutine>();
    case Strategy::pooled:
        return caller<&CacheService::get_pooled>();
    case Strategy::pooled_unbounded:
        return caller<&CacheService::get_pooled_unbounded>();
    }
    return caller<&CacheService::get_valuetask>();
}

// One caller's whole life: a loop of calls. Longer than a screen because one call's trace
// (enter/leave around every suspension, the second await of a double-await) must stay in one
// coroutine frame to be read in order.
template <auto Get>
Task<void> CallerPool::caller() {
    const Scenario& s = parts_.scenario;
    EventLoop& loop = parts_.loop;
    Tracer& tracer = parts_.tracer;
    RunControl& control = parts_.control;
    // Start on the loop, not inside start()'s loop over callers.
    co_await loop.yield();
    for (;;) {
        while (!control.may_issue(next_index_))
            co_await control.park();
        if (control.cancelled() || next_index_ >= s.calls)
            break;
        const CallSpec spec = call_spec(s, next_index_++);
        const bool is_traced = tracer.traced(spec.index);
        if (is_traced) {
            tracer.enter(spec.index);
            tracer.emit(spec.index, TraceKind::call_issued);
        }
        const std::uint64_t t0 = measure::Timebase::ticks();
        const std::int64_t offset0 = loop.clock().offset_ns();
        bool error = false;
        bool wrong = false;
        DoubleAwaitOutcome twice = DoubleAwaitOutcome::none;
        {
            auto op = (parts_.service.*Get)(spec);
            Payload result;
            try {
                if (is_traced)
                    result = co_await traced(op, tracer, spec.index);
                else
                    result = co_await op;
                wrong = !result.matches(spec.key, s.payload_bytes);
            } catch (const InvalidOperationError&) {
                error = true; // e.g. a stale double-await stole this operation's continuation
            }
            const std::uint64_t t1 = measure::Timebase::ticks();
            const std::int64_t offset1 = loop.clock().offset_ns();
            if (parts_.recorder.record_call(
                    spec, measure::Timebase::to_ns(t1 - t0) + (offset1 - offset0), is_traced))
                parts_.maintenance();
            if (spec.double_await && !error) {
                // The second await comes two mean miss latencies later, as if the caller had
                // kept the ValueTask and gone on with other work: meanwhile other callers may
                // rent, and even finish with, the same pooled source.
                if (is_traced)
                    tracer.leave();
                co_await loop.delay_for(double_await_delay_ns_);
                if (is_traced)
                    tracer.enter(spec.index);
                try {
                    Payload again = co_await op;
                    twice = again.matches(spec.key, s.payload_bytes)
                                ? DoubleAwaitOutcome::same_value
                                : DoubleAwaitOutcome::wrong_value;
                } catch (const InvalidOperationError&) {
                    twice = DoubleAwaitOutcome::invalid_operation;
                }
                if (is_traced)
                    tracer.emit(spec.index, TraceKind::double_await, 0, 0, 0, twice);
            }
        } // the operation (Task state, frame) is released here, still inside the trace
        parts_.recorder.count_outcome(error, wrong, twice);
        if (is_traced)
            tracer.leave();
        control.call_completed(spec.index);
    }
}

} // namespace vtl::workload::detail
