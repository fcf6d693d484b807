// OpCost: a benchmark-grade measurement of what one operation costs, for verdicts that must
// give the same answer tomorrow.
//
// How: the operation runs in a tight loop of n iterations (a "batch"; n chosen so a batch
// takes at least `batch_target_ns` of CPU). After a warm-up, `batches` op batches are timed,
// each paired with a batch of the *same* loop doing nothing but keeping its counter alive
// (the empty-loop baseline), alternating which of the two goes first. Every pair gives one
// sample, (op batch − empty batch) / n nanoseconds per operation: the loop's own overhead is
// subtracted under the same conditions as the operation was measured. The figure is the
// median of the samples, with a distribution-free confidence interval of the median (order
// statistics of the binomial(n, ½) law), so a few preempted or cache-cold batches move
// neither the median nor the interval much.
//
// Time is this thread's CPU time (CLOCK_THREAD_CPUTIME_ID), not wall time: a batch that is
// descheduled because another process wants the core does not count the time it waited.
#pragma once

#include <cstdint>
#include <vector>

namespace vtl::measure {

// Keeps `value` (and everything it was computed from) alive for the optimiser.
template <class T>
inline void do_not_optimize(const T& value) noexcept {
    asm volatile("" : : "r,m"(value) : "memory");
}

// This thread's CPU time, nanoseconds.
double thread_cpu_ns() noexcept;

struct MedianInterval {
    double median = 0;
    double low = 0; // the interval of the median at `confidence`
    double high = 0;
    double confidence = 0;
    std::size_t samples = 0;
    // The interval lies entirely above / below `x`.
    bool above(double x) const noexcept { return low > x; }
    bool below(double x) const noexcept { return high < x; }
};

// Median of `samples` with its order-statistic confidence interval: [x(k), x(n+1−k)] where k
// is the largest rank with P(Binomial(n, ½) ≤ k−1) ≤ (1 − confidence)/2. Needs at least 6
// samples for a 95 % interval; with fewer, the interval is the whole range.
MedianInterval median_interval(std::vector<double> samples, double confidence = 0.95);

// The interval of a/b from the intervals of a and b (conservative: the extremes of the
// quotient over both boxes). `high` is +infinity when b's interval reaches 0 or below.
MedianInterval ratio_interval(const MedianInterval& a, const MedianInterval& b);

struct OpCostOptions {
    int batches = 61;               // paired batches (samples)
    double batch_target_ns = 1.0e6; // CPU time of one op batch, at least
    double warmup_ns = 3.0e7;       // CPU time spent warming up before the first sample
    double confidence = 0.95;
};

struct OpCost {
    MedianInterval per_op;   // ns per operation, the empty loop subtracted (pairwise)
    MedianInterval raw;      // ns per iteration of the op loop, nothing subtracted
    MedianInterval baseline; // ns per iteration of the empty loop
    std::uint64_t ops_per_batch = 0;
    int batches = 0;
};

namespace detail {

template <class F>
[[gnu::noinline]] double time_batch(F& f, std::uint64_t n) {
    const double t0 = thread_cpu_ns();
    for (std::uint64_t i = 0; i < n; ++i)
        f(i);
    return thread_cpu_ns() - t0;
}

OpCost summarise(const std::vector<double>& op_ns, const std::vector<double>& empty_ns,
                 std::uint64_t n, double confidence);

} // namespace detail

// Measures `op(i)` (i = 0, 1, 2, …; use it as a key so nothing is hoisted out of the loop).
template <class Op>
OpCost measure_op_cost(Op op, const OpCostOptions& options = {}) {
    auto empty = [](std::uint64_t i) {
        do_not_optimize(i);
    };
    std::uint64_t n = 256;
    while (detail::time_batch(op, n) < options.batch_target_ns && n < (std::uint64_t{1} << 34))
        n *= 2;
    for (double spent = 0; spent < options.warmup_ns;)
        spent += detail::time_batch(op, n) + detail::time_batch(empty, n);
    std::vector<double> op_ns, empty_ns;
    op_ns.reserve(std::size_t(options.batches));
    empty_ns.reserve(std::size_t(options.batches));
    for (int b = 0; b < options.batches; ++b) {
        if (b % 2 == 0) {
            op_ns.push_back(detail::time_batch(op, n));
            empty_ns.push_back(detail::time_batch(empty, n));
        } else {
            empty_ns.push_back(detail::time_batch(empty, n));
            op_ns.push_back(detail::time_batch(op, n));
        }
    }
    return detail::summarise(op_ns, empty_ns, n, options.confidence);
}

} // namespace vtl::measure
