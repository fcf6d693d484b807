// GcModel: a GC-*equivalent* pressure model (not a garbage collector, and labelled as such
// wherever it is shown). It turns the engine's measured allocation stream into the counts a
// .NET generational GC would roughly have produced. State: F0 (bytes allocated since the last
// collection), R1 / R2 (bytes resident in gen1 / gen2), F1 / F2 (bytes promoted into gen1 /
// gen2 since that generation was last collected: how much of its budget is used).
//
//   A collection starts each time F0 reaches B0. Which generations it condemns is decided at
//   its start, from the budgets already used (as .NET's generation_to_condemn does):
//   gen2 if F2 >= B2, else gen1 if F1 >= B1, else gen0.
//   gen0: young survivors Y = max(0, live - R1 - R2) move to gen1: R1 += Y, F1 += Y.
//   gen1: gen1 survivors S1 = min(R1, max(0, live - R2)) move to gen2 (R2 += S1, F2 += S1,
//         F1 = 0), then the young survivors Y = max(0, live - R2) move to gen1 (R1 = Y, F1 = Y).
//   gen2: R2 = min(R2, live); gen1 survivors move to gen2 as in gen1; F2 = 0 before that.
//   So a byte is promoted at most once per generation: what already sits in gen1 is not
//   promoted again by the next gen0 collection. Limitation: `live` is one number, so the model
//   cannot tell which generation a dead byte lived in; older bytes count as live until their
//   generation is collected.
//   A gen1 collection also counts as a gen0 one, a gen2 as both (GC.CollectionCount does).
//
// B0 default: .NET's workstation gen0 budget for this machine, computed exactly as
// dotnet/runtime does it (see dotnet_workstation_gen0_budget() below). B1 = B0 and
// B2 = 10 * B0 are this model's choices, not .NET's (.NET's gen1/gen2 budgets adapt to the
// survival rate). Reported per 1,000 operations (BenchmarkDotNet's unit) and over time.
#pragma once

#include <cstdint>
#include <string>

namespace vtl::measure {

struct GcModelParams {
    std::uint64_t gen0_budget_bytes = 0; // B0; 0 means default_gen0_budget_bytes()
    std::uint64_t gen1_budget_bytes = 0; // B1; 0 means = B0
    std::uint64_t gen2_budget_bytes = 0; // B2; 0 means 10 · B0
};

// The steps of .NET's workstation gen0 budget, for one cache size and amount of memory.
//   dotnet/runtime src/coreclr/gc/init.cpp, gc_heap::get_gen0_min_size() (non-SERVER_GC):
//     trueSize = GCToOSInterface::GetCacheSizePerLogicalCpu(TRUE)  (the *largest* cache)
//     gen0size = max((4*trueSize/5), 256 KiB); trueSize = max(trueSize, 256 KiB)
//     while (gen0size > total_physical_mem / 6) { gen0size /= 2;
//         if (gen0size <= trueSize) { gen0size = trueSize; break; } }
//     gen0size = gen0size / 8 * 5;  gen0size = Align(gen0size)   (8-byte alignment on 64-bit)
//   dotnet/runtime src/coreclr/gc/dynamic_tuning.cpp, gc_heap::init_static_data():
//     gen0_max_size = 6 MiB (workstation, concurrent GC on, the default)
//     gen0_max_size = max(gen0_min_size, gen0_max_size); gen0_min_size = min(min, max)
//   The budget a collection starts from (and keeps while little survives) is gen0_min_size.
// Not modelled: get_gen0_min_size also caps gen0size at half the SOH segment size (1/8 under
// a heap hard limit), and GCgen0size / GCGen0MaxBudget settings replace the computed values.
struct Gen0BudgetSteps {
    std::uint64_t cache_bytes = 0;    // largest cache level; 0 = unknown
    std::uint64_t physical_bytes = 0; // 0 = unknown (no halving)
    std::uint64_t gen0size = 0;       // max(4·cache/5, 256 KiB), after the memory check
    std::uint64_t gen0_min_size = 0;  // gen0size / 8 * 5, aligned
    std::uint64_t gen0_max_size = 0;  // max(6 MiB, gen0_min_size)
    std::uint64_t budget = 0;         // min(gen0_min_size, gen0_max_size)
};
Gen0BudgetSteps dotnet_workstation_gen0_budget(std::uint64_t largest_cache_bytes,
                                               std::uint64_t physical_memory_bytes) noexcept;

// The largest cache as real .NET 10 uses it on Linux (GetLogicalProcessorCacheSizeFromOS in
// src/coreclr/gc/unix/gcenv.unix.cpp, as the shipped binary measurably behaves): the largest
// /sys/devices/system/cpu/cpu0/cache/index0..4/size; 0 (unknown) when sysfs has none. See
// gc_model.cpp for the two measurements. Read once per process.
std::uint64_t largest_cache_bytes();
// sysconf(_SC_PHYS_PAGES) * sysconf(_SC_PAGE_SIZE), as GetPhysicalMemoryLimit() without a
// cgroup limit; 0 when unknown.
std::uint64_t physical_memory_bytes();

// dotnet_workstation_gen0_budget(largest_cache_bytes(), physical_memory_bytes()).budget
std::uint64_t default_gen0_budget_bytes();

struct GcCounts {
    std::uint64_t gen0 = 0;
    std::uint64_t gen1 = 0;
    std::uint64_t gen2 = 0;
    GcCounts operator-(const GcCounts& o) const noexcept {
        return {gen0 - o.gen0, gen1 - o.gen1, gen2 - o.gen2};
    }
};

class GcModel {
public:
    explicit GcModel(GcModelParams params = {});

    // `bytes` newly allocated; `live_bytes` is the workload's live heap right now. May
    // trigger several collections when `bytes` spans several budgets.
    void on_allocated(std::uint64_t bytes, std::int64_t live_bytes) noexcept;

    const GcCounts& counts() const noexcept { return counts_; }
    // Bytes allocated since the last collection (0 … B0): the fill of the gen0 budget.
    std::uint64_t gen0_fill_bytes() const noexcept { return gen0_fill_; }
    // F1 / F2: bytes promoted into gen1 / gen2 since that generation was last collected.
    std::uint64_t promoted_to_gen1_bytes() const noexcept { return promoted1_; }
    std::uint64_t promoted_to_gen2_bytes() const noexcept { return promoted2_; }
    // R1 / R2: bytes the model holds resident in gen1 / gen2.
    std::uint64_t gen1_resident_bytes() const noexcept { return resident1_; }
    std::uint64_t gen2_resident_bytes() const noexcept { return resident2_; }
    std::uint64_t gen0_budget() const noexcept { return b0_; }
    std::uint64_t gen1_budget() const noexcept { return b1_; }
    std::uint64_t gen2_budget() const noexcept { return b2_; }

    // The formulas above with this model's parameters filled in, for the GUI and --help.
    std::string describe() const;

private:
    void collect(std::uint64_t live) noexcept;

    std::uint64_t b0_, b1_, b2_;
    std::uint64_t gen0_fill_ = 0;
    std::uint64_t promoted1_ = 0, promoted2_ = 0;
    std::uint64_t resident1_ = 0, resident2_ = 0;
    GcCounts counts_;
};

} // namespace vtl::measure
