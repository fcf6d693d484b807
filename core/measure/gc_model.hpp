// GcModel: a GC-*equivalent* pressure model (not a garbage collector, and labelled as such
// wherever it is shown). It turns the engine's measured allocation stream into the counts a
// .NET generational GC would roughly have produced:
//
//   gen0: a collection each time B0 bytes have been allocated since the previous one.
//         The bytes still live at that moment survive and are promoted:  P1 += live.
//   gen1: a collection each time the promoted bytes P1 reach B1; what is live then is
//         promoted again: P2 += min(live, P1); P1 = 0.
//   gen2: a collection each time P2 reaches B2; P2 = 0.
//   A gen1 collection also counts as a gen0 one, a gen2 as both (as .NET counts them).
//
// Defaults: B0 = half this machine's L3 cache, clamped to 160 KiB … 6 MiB (the rule .NET's
// workstation GC uses for its gen0 budget); B1 = B0; B2 = 10 · B0. Reported per 1,000
// operations (BenchmarkDotNet's unit) and as counts over time.
#pragma once

#include <cstdint>
#include <string>

namespace vtl::measure {

struct GcModelParams {
    std::uint64_t gen0_budget_bytes = 0; // B0; 0 means default_gen0_budget_bytes()
    std::uint64_t gen1_budget_bytes = 0; // B1; 0 means = B0
    std::uint64_t gen2_budget_bytes = 0; // B2; 0 means 10 · B0
};

// Half the L3 size read from sysfs (cpu0, cache index with level 3), clamped to
// 160 KiB … 6 MiB; 256 KiB when the size cannot be read.
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
    // Bytes allocated since the last gen0 collection (0 … B0): the fill of the gen0 budget.
    std::uint64_t gen0_fill_bytes() const noexcept { return gen0_fill_; }
    std::uint64_t promoted_to_gen1_bytes() const noexcept { return promoted1_; }
    std::uint64_t promoted_to_gen2_bytes() const noexcept { return promoted2_; }
    std::uint64_t gen0_budget() const noexcept { return b0_; }
    std::uint64_t gen1_budget() const noexcept { return b1_; }
    std::uint64_t gen2_budget() const noexcept { return b2_; }

    // The formulas above with this model's parameters filled in, for the GUI and --help.
    std::string describe() const;

private:
    std::uint64_t b0_, b1_, b2_;
    std::uint64_t gen0_fill_ = 0;
    std::uint64_t promoted1_ = 0;
    std::uint64_t promoted2_ = 0;
    GcCounts counts_;
};

} // namespace vtl::measure
