// Hand-built engine traces for the path view's tests: the same events, in the same order and
// with the same fields, as core/workload/engine.cpp emits for one traced call.
#pragma once

#include "workload/trace_event.hpp"

#include <cstdint>
#include <vector>

namespace vtl_test {

using vtl::workload::DoubleAwaitOutcome;
using vtl::workload::Strategy;
using vtl::workload::TraceEvent;
using vtl::workload::TraceKind;

class TraceBuilder {
public:
    explicit TraceBuilder(Strategy s = Strategy::valuetask)
        : strategy_(s) {}

    TraceBuilder& strategy(Strategy s) {
        strategy_ = s;
        return *this;
    }
    TraceBuilder& at(std::int64_t t_ns) {
        t_ns_ = t_ns;
        return *this;
    }
    TraceBuilder& fill(std::uint64_t gen0_fill) {
        fill_ = gen0_fill;
        return *this;
    }
    TraceBuilder& add(std::uint64_t call, TraceKind k, std::uint64_t bytes = 0,
                      std::uint64_t address = 0,
                      DoubleAwaitOutcome outcome = DoubleAwaitOutcome::none,
                      std::uint8_t generation = 0) {
        TraceEvent e;
        e.sequence = sequence_++;
        e.t_ns = t_ns_;
        e.call = call;
        e.strategy = strategy_;
        e.kind = k;
        e.outcome = outcome;
        e.generation = generation;
        e.bytes = bytes;
        e.address = address;
        e.gen0_fill = fill_;
        events_.push_back(e);
        return *this;
    }
    // A cache hit as the engine traces it (no allocation on the non-coroutine strategies).
    TraceBuilder& hit(std::uint64_t call) {
        return add(call, TraceKind::call_issued)
            .add(call, TraceKind::cache_hit)
            .add(call, TraceKind::result_delivered);
    }
    // A miss whose Task/frame of `bytes` lives at `address` (0: no allocation, as pooled).
    TraceBuilder& miss(std::uint64_t call, std::uint64_t bytes, std::uint64_t address,
                       std::int64_t wait_ns = 50'000'000) {
        add(call, TraceKind::call_issued).add(call, TraceKind::cache_miss);
        if (address != 0)
            add(call, TraceKind::allocation, bytes, address);
        add(call, TraceKind::suspended);
        t_ns_ += wait_ns;
        add(call, TraceKind::backend_completed)
            .add(call, TraceKind::resumed)
            .add(call, TraceKind::result_delivered);
        if (address != 0)
            add(call, TraceKind::deallocation, 0, address);
        return *this;
    }

    const std::vector<TraceEvent>& events() const { return events_; }
    std::vector<TraceEvent> take() { return std::move(events_); }

private:
    Strategy strategy_;
    std::uint64_t sequence_ = 0;
    std::int64_t t_ns_ = 1'000;
    std::uint64_t fill_ = 0;
    std::vector<TraceEvent> events_;
};

} // namespace vtl_test
