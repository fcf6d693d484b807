// Trace events: what one sampled call did, step by step, as it really happened in the
// engine. The path animation, heap strip and code pane consume these; nothing is canned.
//
// TraceRing is a bounded single-producer (engine thread) / single-consumer (GUI thread)
// ring. When the consumer falls behind, new events are dropped and counted, so the engine
// never blocks. Tracing is off (zero cost beyond one branch per call) unless a consumer asks
// for it with Engine::set_trace_every().
#pragma once

#include "workload/scenario.hpp"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace vtl::workload {

enum class TraceKind : std::uint8_t {
    strategy_started,  // a strategy's run begins (call = 0)
    call_issued,       // caller invoked the service method
    cache_hit,         // cache lookup found the key: synchronous path
    cache_miss,        // cache lookup missed: asynchronous path
    allocation,        // operator new on the engine thread during this call (bytes, address)
    deallocation,      // operator delete (address)
    suspended,         // the caller suspended at co_await (operation not complete)
    backend_completed, // the simulated backend finished (timer fired), result is set
    resumed,           // the caller's continuation resumed
    result_delivered,  // the caller has the value (latency measured up to here)
    double_await,      // second await of the same ValueTask (outcome field)
    gc_collection,     // the GC model counted a collection (generation field)
    strategy_finished,
};
const char* to_string(TraceKind k) noexcept;

enum class DoubleAwaitOutcome : std::uint8_t {
    none,
    same_value,        // worked (by accident)
    invalid_operation, // InvalidOperationError from the token check (or not-ready)
    wrong_value,       // another operation's result, returned silently
};
const char* to_string(DoubleAwaitOutcome o) noexcept;

struct TraceEvent {
    std::uint64_t sequence = 0; // global order
    std::int64_t t_ns = 0;      // run clock
    std::uint64_t call = 0;     // call index (CallSpec::index)
    Strategy strategy{};
    TraceKind kind{};
    DoubleAwaitOutcome outcome = DoubleAwaitOutcome::none;
    std::uint8_t generation = 0; // gc_collection: 0, 1 or 2
    std::uint16_t token = 0;     // source token, when a source is involved
    std::uint64_t bytes = 0;     // allocation size; gc_collection: gen0 budget
    std::uint64_t address = 0;   // allocation/deallocation address; ValueTask source id
    std::uint64_t gen0_fill = 0; // GC model gen0 fill after this event
};

class TraceRing {
public:
    explicit TraceRing(std::size_t capacity_pow2 = 1u << 16);

    // Producer side. Returns false (and counts a drop) when full.
    bool push(const TraceEvent& e) noexcept;
    // Consumer side: appends up to `max` events to `out`; returns how many.
    std::size_t drain(std::vector<TraceEvent>& out, std::size_t max = SIZE_MAX);
    std::uint64_t dropped() const noexcept { return dropped_.load(std::memory_order_relaxed); }

private:
    std::unique_ptr<TraceEvent[]> slots_;
    std::size_t mask_;
    alignas(64) std::atomic<std::uint64_t> head_{0}; // next to read (consumer)
    alignas(64) std::atomic<std::uint64_t> tail_{0}; // next to write (producer)
    std::atomic<std::uint64_t> dropped_{0};
};

} // namespace vtl::workload
