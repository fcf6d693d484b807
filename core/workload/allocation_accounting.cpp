#include "workload/allocation_accounting.hpp"

#include "workload/engine.hpp"
#include "workload/engine_timing.hpp"

namespace vtl::workload::detail {

AllocationAccounting::AllocationAccounting(std::uint64_t gen0_budget_bytes)
    : gc_(measure::GcModelParams{gen0_budget_bytes, 0, 0}) {}

void AllocationAccounting::start() noexcept {
    base_ = thread_allocation_stats();
    last_ = base_;
}

AllocationAccounting::Absorbed AllocationAccounting::absorb() noexcept {
    Absorbed a;
    a.gc_before = gc_.counts();
    const AllocationStats now = thread_allocation_stats();
    a.allocs = now.allocations - last_.allocations;
    a.bytes = now.bytes_requested - last_.bytes_requested;
    a.live_bytes = now.live_bytes - base_.live_bytes;
    if (a.allocs != 0) {
        gc_.on_allocated(a.bytes, a.live_bytes);
        last_ = now;
    }
    return a;
}

std::int64_t AllocationAccounting::live_bytes() const noexcept {
    return thread_allocation_stats().live_bytes - base_.live_bytes;
}

void AllocationAccounting::fill(StrategyProgress& p) const noexcept {
    const AllocationStats now = thread_allocation_stats();
    p.allocs = now.allocations - base_.allocations;
    p.alloc_bytes = now.bytes_requested - base_.bytes_requested;
    p.live_bytes = now.live_bytes - base_.live_bytes;
    p.gc = gc_.counts();
    p.gen0_fill_bytes = gc_.gen0_fill_bytes();
}

AllocationAccounting::Uncounted::Uncounted(AllocationAccounting& account) noexcept
    : account_(account)
    , before_(thread_allocation_stats())
    , cpu_before_ns_(thread_cpu_ns()) {}

AllocationAccounting::Uncounted::~Uncounted() {
    account_.bookkeeping_cpu_ns_ += thread_cpu_ns() - cpu_before_ns_;
    const AllocationStats d = thread_allocation_stats() - before_;
    for (AllocationStats* base : {&account_.base_, &account_.last_}) {
        base->allocations += d.allocations;
        base->deallocations += d.deallocations;
        base->bytes_requested += d.bytes_requested;
        base->live_bytes += d.live_bytes;
    }
}

} // namespace vtl::workload::detail
