// Timebase: the cheapest trustworthy tick counter for per-call latency. On x86-64 with an
// invariant TSC, rdtsc costs ~9 ns where steady_clock::now() costs ~21 ns here; at tens of
// millions of calls per second, with two reads per call, that difference is the budget. The
// tick rate is calibrated once per process against steady_clock. Elsewhere it falls back to
// steady_clock nanoseconds (one tick = 1 ns).
#pragma once

#include <cstdint>

namespace vtl::measure {

class Timebase {
public:
    static std::uint64_t ticks() noexcept;
    // Nanoseconds per tick (calibrated on first use, ~20 ms; thread-safe).
    static double ns_per_tick() noexcept;
    static std::int64_t to_ns(std::uint64_t ticks) noexcept {
        return static_cast<std::int64_t>(static_cast<double>(ticks) * ns_per_tick());
    }
    // Median cost of one ticks() read, in ns: what a back-to-back pair of reads measures
    // when nothing happens between them. Measured once per process.
    static std::int64_t read_overhead_ns() noexcept;
};

} // namespace vtl::measure
