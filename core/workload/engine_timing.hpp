// The engine's clocks and periods, shared by the pieces of a strategy run (engine thread only).
#pragma once

#include "vtl/run_clock.hpp"

#include <cstdint>
#include <ctime>

namespace vtl::workload::detail {

// CPU time this thread has used: what cpu_ns_per_op is made of.
inline std::int64_t thread_cpu_ns() noexcept {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// Real time, for pacing, publication periods and wall-clock progress.
inline std::int64_t wall_ns() noexcept {
    return RunClock::steady_ns();
}

constexpr std::int64_t publish_period_ns = 16'000'000; // ~60 snapshots per second
constexpr std::int64_t first_interval_ns = 1'000'000;  // time series starts at 1 ms

} // namespace vtl::workload::detail
