#include "trace_view/path_pacing.hpp"

#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace vtl::trace_view {

std::uint64_t PathPacing::round_down_nice(double x) {
    if (!(x >= 1.0))
        return 1;
    std::uint64_t best = 1;
    for (std::uint64_t decade = 1; decade <= 1'000'000'000'000ull; decade *= 10)
        for (std::uint64_t m : {1u, 2u, 5u})
            if (static_cast<double>(decade * m) <= x)
                best = decade * m;
    return best;
}

std::uint64_t PathPacing::starting_trace_every(std::uint64_t calls_per_strategy) {
    if (calls_per_strategy == 0)
        return initial_every;
    return round_down_nice(static_cast<double>(calls_per_strategy) / 200.0);
}

std::uint64_t PathPacing::normal_trace_every(double calls_per_s, std::uint64_t current) {
    if (!(calls_per_s > 0))
        return current != 0 ? current : initial_every;
    const double ideal = std::max(1.0, calls_per_s / target_calls_per_s);
    if (current != 0) {
        const double c = static_cast<double>(current);
        if (c >= ideal / 2.5 && c <= ideal * 2.5)
            return current;
    }
    return round_down_nice(ideal);
}

} // namespace vtl::trace_view
