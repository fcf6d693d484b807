#include "measure/timebase.hpp"

#include <algorithm>
#include <chrono>
#include <vector>

#if defined(__x86_64__) || defined(__i386__)
#include <x86intrin.h>
#define VTL_HAVE_TSC 1
#else
#define VTL_HAVE_TSC 0
#endif

namespace vtl::measure {
namespace {

std::int64_t steady_ns() noexcept {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double calibrate() noexcept {
#if VTL_HAVE_TSC
    // Two 10 ms windows; keep the second (the first warms up frequency scaling and caches).
    double ratio = 1.0;
    for (int round = 0; round < 2; ++round) {
        const std::int64_t n0 = steady_ns();
        const std::uint64_t t0 = __rdtsc();
        std::int64_t n1 = n0;
        while (n1 - n0 < 10'000'000)
            n1 = steady_ns();
        const std::uint64_t t1 = __rdtsc();
        if (t1 > t0)
            ratio = static_cast<double>(n1 - n0) / static_cast<double>(t1 - t0);
    }
    return ratio;
#else
    return 1.0;
#endif
}

} // namespace

std::uint64_t Timebase::ticks() noexcept {
#if VTL_HAVE_TSC
    return __rdtsc();
#else
    return static_cast<std::uint64_t>(steady_ns());
#endif
}

double Timebase::ns_per_tick() noexcept {
    static const double value = calibrate();
    return value;
}

std::int64_t Timebase::read_overhead_ns() noexcept {
    static const std::int64_t value = [] {
        std::vector<std::uint64_t> deltas(4096);
        for (auto& d : deltas) {
            const std::uint64_t a = ticks();
            const std::uint64_t b = ticks();
            d = b - a;
        }
        std::nth_element(deltas.begin(), deltas.begin() + deltas.size() / 2, deltas.end());
        return to_ns(deltas[deltas.size() / 2]);
    }();
    return value;
}

} // namespace vtl::measure
