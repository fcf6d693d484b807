// PathPacing: how many calls the path view asks the engine to trace. The animation shows a
// few calls a second whatever the engine does, so at full speed it samples: every N-th call,
// with N a round number (1, 2, 5 × 10^k) chosen from the measured call rate so that about
// `target_calls_per_s` traced calls arrive per second, and changed only when the rate has
// moved by more than a factor of 2.5 (a label that flickers between "1 in 2,000,000" and
// "1 in 5,000,000" helps nobody).
#pragma once

#include <cstdint>

namespace vtl::trace_view {

enum class PathPacingMode : std::uint8_t { slow_motion, normal, single_step };

class PathPacing {
public:
    static constexpr double target_calls_per_s = 2.0;
    // Before the rate is known: sparse enough to cost a fast engine little, dense enough that
    // a short run still shows a few dozen calls.
    static constexpr std::uint64_t initial_every = 64;

    // The trace interval for Normal speed given the engine's rate and the current interval
    // (0 when none yet).
    static std::uint64_t normal_trace_every(double calls_per_s, std::uint64_t current);
    // For a run that has started but whose rate is not measured yet: about 200 traced calls
    // per strategy, so a long run does not flood the trace ring in its first moments and a
    // short one still shows some calls.
    static std::uint64_t starting_trace_every(std::uint64_t calls_per_strategy);
    // The largest of 1, 2, 5, 10, 20, 50, … that is <= x (1 for x < 1).
    static std::uint64_t round_down_nice(double x);
};

} // namespace vtl::trace_view
