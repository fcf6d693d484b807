// Allocation accounting for one strategy run: what the measured calls allocated on the engine
// thread (the engine's own bookkeeping excluded), fed into the GC model.
#pragma once

#include "measure/gc_model.hpp"
#include "vtl/allocation_counter.hpp"

#include <cstdint>

namespace vtl::workload {
struct StrategyProgress;
}

namespace vtl::workload::detail {

class AllocationAccounting {
public:
    explicit AllocationAccounting(std::uint64_t gen0_budget_bytes);

    // Takes the baselines: allocations made before this are not the calls' (e.g. the
    // callers' own frames).
    void start() noexcept;

    struct Absorbed {
        std::uint64_t allocs = 0, bytes = 0; // new since the last absorb()
        std::int64_t live_bytes = 0;         // allocated by the calls and not yet freed
        measure::GcCounts gc_before;         // to tell whether a collection happened
    };
    // Feeds what was allocated since the last call into the GC model.
    Absorbed absorb() noexcept;
    // Bytes allocated by the calls and not yet freed.
    std::int64_t live_bytes() const noexcept;
    // Allocation counts, live bytes and GC figures into `p`.
    void fill(StrategyProgress& p) const noexcept;
    // CPU time spent in Uncounted scopes (the engine's bookkeeping), for cpu_ns_per_op.
    std::int64_t bookkeeping_cpu_ns() const noexcept { return bookkeeping_cpu_ns_; }

    const measure::GcModel& gc() const noexcept { return gc_; }

    // The engine's own bookkeeping (time-series rows, snapshot copies) allocates on this
    // thread too; a scope of this type excludes it by shifting the baselines by what it
    // allocated, and excludes its CPU time.
    class Uncounted {
    public:
        explicit Uncounted(AllocationAccounting& account) noexcept;
        ~Uncounted();
        Uncounted(const Uncounted&) = delete;
        Uncounted& operator=(const Uncounted&) = delete;

    private:
        AllocationAccounting& account_;
        AllocationStats before_;
        std::int64_t cpu_before_ns_;
    };

private:
    measure::GcModel gc_;
    AllocationStats base_{}, last_{};
    std::int64_t bookkeeping_cpu_ns_ = 0;
};

} // namespace vtl::workload::detail
