// Tracer: turns what the engine's sampled calls do into TraceEvents. Cheap when off: the
// per-call cost is one load and branch in traced(). While a traced call's code runs (between
// `enter` and `leave`) it also observes that thread's allocations, so the heap view sees the
// real frames and Task states with their real sizes and addresses.
#pragma once

#include "measure/gc_model.hpp"
#include "vtl/allocation_counter.hpp"
#include "vtl/run_clock.hpp"
#include "workload/trace_event.hpp"

#include <atomic>
#include <cstdint>

namespace vtl::workload {

class Tracer final : private AllocationObserver {
public:
    Tracer(TraceRing& ring, RunClock& clock) noexcept
        : ring_(ring)
        , clock_(clock) {}

    void set_every(std::uint64_t n) noexcept { every_.store(n, std::memory_order_relaxed); }
    void set_strategy(Strategy s) noexcept { strategy_ = s; }
    void set_gc_model(const measure::GcModel* gc) noexcept { gc_ = gc; }

    bool traced(std::uint64_t call) const noexcept {
        const std::uint64_t every = every_.load(std::memory_order_relaxed);
        return every != 0 && call % every == 0;
    }

    void emit(std::uint64_t call, TraceKind kind, std::uint64_t bytes = 0,
              std::uint64_t address = 0, std::uint16_t token = 0,
              DoubleAwaitOutcome outcome = DoubleAwaitOutcome::none,
              std::uint8_t generation = 0) noexcept {
        TraceEvent e;
        e.sequence = sequence_++;
        e.t_ns = clock_.now_ns();
        e.call = call;
        e.strategy = strategy_;
        e.kind = kind;
        e.outcome = outcome;
        e.generation = generation;
        e.token = token;
        e.bytes = bytes;
        e.address = address;
        e.gen0_fill = gc_ != nullptr ? gc_->gen0_fill_bytes() : 0;
        ring_.push(e);
    }

    // Code running on behalf of traced call `call` starts/stops: its allocations are traced.
    void enter(std::uint64_t call) noexcept {
        active_call_ = call;
        previous_ = set_thread_allocation_observer(this);
    }
    void leave() noexcept { set_thread_allocation_observer(previous_); }

private:
    void on_allocate(const void* p, std::size_t bytes) noexcept override {
        emit(active_call_, TraceKind::allocation, bytes, reinterpret_cast<std::uintptr_t>(p));
    }
    void on_deallocate(const void* p) noexcept override {
        emit(active_call_, TraceKind::deallocation, 0, reinterpret_cast<std::uintptr_t>(p));
    }

    TraceRing& ring_;
    RunClock& clock_;
    const measure::GcModel* gc_ = nullptr;
    std::atomic<std::uint64_t> every_{0};
    std::uint64_t sequence_ = 0;
    std::uint64_t active_call_ = 0;
    AllocationObserver* previous_ = nullptr;
    Strategy strategy_{};
};

// Brackets code that runs for `call` if that call is traced.
class TraceScope {
public:
    TraceScope(Tracer* t, std::uint64_t call) noexcept
        : tracer_(t != nullptr && t->traced(call) ? t : nullptr) {
        if (tracer_ != nullptr)
            tracer_->enter(call);
    }
    ~TraceScope() {
        if (tracer_ != nullptr)
            tracer_->leave();
    }
    TraceScope(const TraceScope&) = delete;
    TraceScope& operator=(const TraceScope&) = delete;
    Tracer* get() const noexcept { return tracer_; }

private:
    Tracer* tracer_;
};

} // namespace vtl::workload
