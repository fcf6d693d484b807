#include "measure/op_cost.hpp"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <limits>

namespace vtl::measure {

double thread_cpu_ns() noexcept {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e9 + double(ts.tv_nsec);
}

MedianInterval median_interval(std::vector<double> samples, double confidence) {
    MedianInterval m;
    m.confidence = confidence;
    m.samples = samples.size();
    if (samples.empty())
        return m;
    std::sort(samples.begin(), samples.end());
    const std::size_t n = samples.size();
    m.median = n % 2 == 1 ? samples[n / 2] : 0.5 * (samples[n / 2 - 1] + samples[n / 2]);
    // P(Binomial(n, 1/2) <= j), accumulated term by term in logs (n is at most a few
    // thousand here).
    const double alpha_half = (1.0 - confidence) / 2.0;
    const double log_half_n = double(n) * std::log(0.5);
    double cdf = 0;
    std::size_t k = 0; // the largest rank (1-based) whose tail is within alpha/2; 0 = none
    for (std::size_t j = 0; j < n / 2; ++j) {
        const double log_term = std::lgamma(double(n) + 1) - std::lgamma(double(j) + 1) -
                                std::lgamma(double(n - j) + 1) + log_half_n;
        cdf += std::exp(log_term);
        if (cdf > alpha_half)
            break;
        k = j + 1;
    }
    if (k == 0) {
        m.low = samples.front();
        m.high = samples.back();
    } else {
        m.low = samples[k - 1];
        m.high = samples[n - k];
    }
    return m;
}

MedianInterval ratio_interval(const MedianInterval& a, const MedianInterval& b) {
    MedianInterval r;
    r.confidence = std::min(a.confidence, b.confidence);
    r.samples = std::min(a.samples, b.samples);
    const double inf = std::numeric_limits<double>::infinity();
    r.median = b.median > 0 ? a.median / b.median : inf;
    if (b.low > 0) {
        r.low = a.low / b.high;
        r.high = a.high / b.low;
    } else {
        // The denominator may be zero: the quotient is unbounded above; its lower bound is
        // what the largest denominator gives (or nothing, if even that is not positive).
        r.low = b.high > 0 ? std::max(0.0, a.low) / b.high : 0.0;
        r.high = inf;
    }
    return r;
}

namespace detail {

OpCost summarise(const std::vector<double>& op_ns, const std::vector<double>& empty_ns,
                 std::uint64_t n, double confidence) {
    OpCost c;
    c.ops_per_batch = n;
    c.batches = int(op_ns.size());
    std::vector<double> per_op, raw, base;
    for (std::size_t i = 0; i < op_ns.size() && i < empty_ns.size(); ++i) {
        raw.push_back(op_ns[i] / double(n));
        base.push_back(empty_ns[i] / double(n));
        per_op.push_back((op_ns[i] - empty_ns[i]) / double(n));
    }
    c.per_op = median_interval(std::move(per_op), confidence);
    c.raw = median_interval(std::move(raw), confidence);
    c.baseline = median_interval(std::move(base), confidence);
    return c;
}

} // namespace detail

} // namespace vtl::measure
