#include "workload/trace_event.hpp"

#include <algorithm>

namespace vtl::workload {

const char* to_string(TraceKind k) noexcept {
    switch (k) {
    case TraceKind::strategy_started:
        return "strategy_started";
    case TraceKind::call_issued:
        return "call_issued";
    case TraceKind::cache_hit:
        return "cache_hit";
    case TraceKind::cache_miss:
        return "cache_miss";
    case TraceKind::allocation:
        return "allocation";
    case TraceKind::deallocation:
        return "deallocation";
    case TraceKind::suspended:
        return "suspended";
    case TraceKind::backend_completed:
        return "backend_completed";
    case TraceKind::resumed:
        return "resumed";
    case TraceKind::result_delivered:
        return "result_delivered";
    case TraceKind::double_await:
        return "double_await";
    case TraceKind::gc_collection:
        return "gc_collection";
    case TraceKind::strategy_finished:
        return "strategy_finished";
    }
    return "?";
}

const char* to_string(DoubleAwaitOutcome o) noexcept {
    switch (o) {
    case DoubleAwaitOutcome::none:
        return "none";
    case DoubleAwaitOutcome::same_value:
        return "same_value";
    case DoubleAwaitOutcome::invalid_operation:
        return "invalid_operation";
    case DoubleAwaitOutcome::wrong_value:
        return "wrong_value";
    }
    return "?";
}

TraceRing::TraceRing(std::size_t capacity_pow2)
    : slots_(new TraceEvent[capacity_pow2])
    , mask_(capacity_pow2 - 1) {}

bool TraceRing::push(const TraceEvent& e) noexcept {
    const std::uint64_t tail = tail_.load(std::memory_order_relaxed);
    if (tail - head_.load(std::memory_order_acquire) > mask_) {
        dropped_.fetch_add(1, std::memory_order_relaxed);
        return false;
    }
    slots_[tail & mask_] = e;
    tail_.store(tail + 1, std::memory_order_release);
    return true;
}

std::size_t TraceRing::drain(std::vector<TraceEvent>& out, std::size_t max) {
    const std::uint64_t head = head_.load(std::memory_order_relaxed);
    const std::uint64_t tail = tail_.load(std::memory_order_acquire);
    const std::size_t n = static_cast<std::size_t>(std::min<std::uint64_t>(tail - head, max));
    for (std::size_t i = 0; i < n; ++i)
        out.push_back(slots_[(head + i) & mask_]);
    head_.store(head + n, std::memory_order_release);
    return n;
}

} // namespace vtl::workload
