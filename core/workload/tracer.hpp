// Tracer: turns what the engine's sampled calls do into TraceEvents. Cheap when off: the
// per-call cost is one load and branch in traced(), and no allocation observer is installed.
// While tracing is on it observes the engine thread's heap: allocations made while a traced
// call's code runs (between `enter` and `leave`) are reported with their real sizes and
// addresses, and so is the later free of each such block, wherever it happens (a Task frame
// is often freed when its last reference drops, after the caller has moved on).
//
// Threading: engine thread only, except set_every()'s store.
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

    ~Tracer() { observe(false); }
    Tracer(const Tracer&) = delete;
    Tracer& operator=(const Tracer&) = delete;

    // Engine thread: also installs or removes the allocation observer.
    void set_every(std::uint64_t n) noexcept {
        every_.store(n, std::memory_order_relaxed);
        observe(n != 0);
    }
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
        active_ = true;
    }
    void leave() noexcept { active_ = false; }

private:
    void observe(bool on) noexcept {
        if (on == observing_)
            return;
        observing_ = on;
        if (on) {
            previous_ = set_thread_allocation_observer(this);
        } else {
            set_thread_allocation_observer(previous_);
            tracked_count_ = 0;
            for (Tracked& t : tracked_)
                t.address = 0;
        }
    }

    void on_allocate(const void* p, std::size_t bytes) noexcept override {
        if (!active_)
            return;
        const auto address = reinterpret_cast<std::uintptr_t>(p);
        emit(active_call_, TraceKind::allocation, bytes, address);
        track(address, active_call_);
    }
    void on_deallocate(const void* p) noexcept override {
        const auto address = reinterpret_cast<std::uintptr_t>(p);
        std::uint64_t call = active_call_;
        const bool known = untrack(address, call);
        if (active_ || known)
            emit(call, TraceKind::deallocation, 0, address);
    }

    // A small open-addressing set of traced live blocks (linear probing, backward-shift
    // deletion): O(1) per free, no allocation, fixed memory.
    struct Tracked {
        std::uintptr_t address = 0;
        std::uint64_t call = 0;
    };
    static constexpr std::size_t tracked_slots = 1024; // a power of two
    static std::size_t slot_of(std::uintptr_t a) noexcept {
        return static_cast<std::size_t>((a >> 4) * 0x9E3779B97F4A7C15ull >> 54) &
               (tracked_slots - 1);
    }
    void track(std::uintptr_t address, std::uint64_t call) noexcept {
        if (tracked_count_ * 4 >= tracked_slots * 3)
            return; // full enough: forget new blocks rather than slow every free down
        std::size_t i = slot_of(address);
        while (tracked_[i].address != 0 && tracked_[i].address != address)
            i = (i + 1) & (tracked_slots - 1);
        if (tracked_[i].address == 0)
            ++tracked_count_;
        tracked_[i] = {address, call};
    }
    bool untrack(std::uintptr_t address, std::uint64_t& call) noexcept {
        if (tracked_count_ == 0)
            return false;
        std::size_t i = slot_of(address);
        while (tracked_[i].address != address) {
            if (tracked_[i].address == 0)
                return false;
            i = (i + 1) & (tracked_slots - 1);
        }
        call = tracked_[i].call;
        --tracked_count_;
        // Backward-shift: move later entries of the probe chain into the hole.
        std::size_t hole = i;
        for (std::size_t j = (i + 1) & (tracked_slots - 1); tracked_[j].address != 0;
             j = (j + 1) & (tracked_slots - 1)) {
            const std::size_t home = slot_of(tracked_[j].address);
            const bool movable =
                hole <= j ? (home <= hole || home > j) : (home <= hole && home > j);
            if (movable) {
                tracked_[hole] = tracked_[j];
                hole = j;
            }
        }
        tracked_[hole].address = 0;
        return true;
    }

    TraceRing& ring_;
    RunClock& clock_;
    const measure::GcModel* gc_ = nullptr;
    std::atomic<std::uint64_t> every_{0};
    std::uint64_t sequence_ = 0;
    std::uint64_t active_call_ = 0;
    AllocationObserver* previous_ = nullptr;
    bool active_ = false;
    bool observing_ = false;
    Tracked tracked_[tracked_slots];
    std::size_t tracked_count_ = 0;
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
