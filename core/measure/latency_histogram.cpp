#include "measure/latency_histogram.hpp"

#include <algorithm>
#include <bit>
#include <cmath>

namespace vtl::measure {
namespace {

static_assert(LatencyHistogram::sub_bucket_bits == 7, "the index arithmetic below assumes 128");

__extension__ typedef unsigned __int128 Uint128;

// Layout: indexes 0..255 are exact 1 ns buckets. Above, a value with bit width w >= 9 lies in
// octave b = w - 8 >= 1, whose 128 buckets are 2^b ns wide: index = b·128 + (v >> b), where
// v >> b runs over 128..255. Octave 0 is thus the 256 exact buckets and every octave follows
// on without gaps. No loops, no table: one OR, one bit_width, one shift, one add.
constexpr unsigned octave_of(std::uint64_t v) noexcept {
    return static_cast<unsigned>(std::bit_width(v | 255u)) - 8u;
}

constexpr std::size_t index_of(std::uint64_t v) noexcept {
    const unsigned b = octave_of(v);
    return (std::size_t{b} << 7) + static_cast<std::size_t>(v >> b);
}

constexpr unsigned octave_of_index(std::size_t index) noexcept {
    return static_cast<unsigned>(std::max<std::size_t>(index >> 7, 1) - 1);
}

constexpr std::size_t kBucketCount =
    index_of(static_cast<std::uint64_t>(LatencyHistogram::highest_ns)) + 1;

// Values are clamped into [lowest_ns, highest_ns] before they reach the buckets, so the
// clamped value is what min/max/mean see too: percentile() <= max() always holds.
constexpr std::uint64_t clamp_value(std::int64_t ns) noexcept {
    return static_cast<std::uint64_t>(
        std::clamp(ns, LatencyHistogram::lowest_ns, LatencyHistogram::highest_ns));
}

Uint128 join(std::uint64_t high, std::uint64_t low) noexcept {
    return (static_cast<Uint128>(high) << 64) | low;
}

} // namespace

LatencyHistogram::LatencyHistogram()
    : counts_(kBucketCount, 0) {}

void LatencyHistogram::record(std::int64_t ns) noexcept {
    if (ns > highest_ns) [[unlikely]]
        ++clamped_;
    const std::uint64_t v = clamp_value(ns);
    ++counts_[index_of(v)];
    ++count_;
    const auto sv = static_cast<std::int64_t>(v);
    min_ = std::min(min_, sv);
    max_ = std::max(max_, sv);
    sum_low_ += v;
    sum_high_ += sum_low_ < v; // carry
}

void LatencyHistogram::record_n(std::int64_t ns, std::uint64_t count) noexcept {
    if (count == 0)
        return;
    if (ns > highest_ns) [[unlikely]]
        clamped_ += count;
    const std::uint64_t v = clamp_value(ns);
    counts_[index_of(v)] += count;
    count_ += count;
    const auto sv = static_cast<std::int64_t>(v);
    min_ = std::min(min_, sv);
    max_ = std::max(max_, sv);
    const Uint128 sum = join(sum_high_, sum_low_) + static_cast<Uint128>(v) * count;
    sum_low_ = static_cast<std::uint64_t>(sum);
    sum_high_ = static_cast<std::uint64_t>(sum >> 64);
}

void LatencyHistogram::merge(const LatencyHistogram& other) noexcept {
    if (other.count_ == 0)
        return;
    for (std::size_t i = 0; i < kBucketCount; ++i)
        counts_[i] += other.counts_[i];
    count_ += other.count_;
    clamped_ += other.clamped_;
    min_ = std::min(min_, other.min_);
    max_ = std::max(max_, other.max_);
    const Uint128 sum = join(sum_high_, sum_low_) + join(other.sum_high_, other.sum_low_);
    sum_low_ = static_cast<std::uint64_t>(sum);
    sum_high_ = static_cast<std::uint64_t>(sum >> 64);
}

void LatencyHistogram::clear() noexcept {
    std::fill(counts_.begin(), counts_.end(), 0);
    count_ = 0;
    clamped_ = 0;
    min_ = highest_ns;
    max_ = 0;
    sum_low_ = 0;
    sum_high_ = 0;
}

std::int64_t LatencyHistogram::min() const noexcept {
    return count_ == 0 ? 0 : min_;
}

double LatencyHistogram::mean() const noexcept {
    if (count_ == 0)
        return 0.0;
    return static_cast<double>(static_cast<long double>(join(sum_high_, sum_low_)) /
                               static_cast<long double>(count_));
}

namespace {

// The 1-based rank of percentile p among `count` samples.
std::uint64_t rank_of(double p, std::uint64_t count) noexcept {
    if (!(p > 0.0)) // also NaN
        p = 0.0;
    p = std::min(p, 100.0);
    // p · count / 100 rather than p / 100 · count: exact for the round percentiles people
    // ask for (p99 of 100 samples is rank 99, not 100 because 0.99 is not representable).
    const double exact_rank = std::ceil(p * static_cast<double>(count) / 100.0);
    return std::clamp<std::uint64_t>(static_cast<std::uint64_t>(exact_rank), 1, count);
}

} // namespace

std::int64_t LatencyHistogram::percentile(double p) const noexcept {
    if (count_ == 0)
        return 0;
    const std::uint64_t rank = rank_of(p, count_);
    std::uint64_t seen = 0;
    for (std::size_t i = 0; i < kBucketCount; ++i) {
        seen += counts_[i];
        if (seen >= rank)
            return std::min(bucket_high(i) - 1, max_);
    }
    return max_; // unreachable while the counts add up to count_
}

std::int64_t LatencyHistogram::percentile_of(const std::vector<Bucket>& buckets, double p,
                                             std::int64_t max_ns) noexcept {
    std::uint64_t count = 0;
    for (const Bucket& b : buckets)
        count += b.count;
    if (count == 0)
        return 0;
    const std::uint64_t rank = rank_of(p, count);
    std::uint64_t seen = 0;
    for (const Bucket& b : buckets) {
        seen += b.count;
        if (seen >= rank)
            return std::min(b.high_ns - 1, max_ns);
    }
    return max_ns;
}

std::vector<LatencyHistogram::Bucket> LatencyHistogram::nonempty_buckets() const {
    std::vector<Bucket> out;
    for (std::size_t i = 0; i < kBucketCount; ++i) {
        if (counts_[i] != 0)
            out.push_back({bucket_low(i), bucket_high(i), counts_[i]});
    }
    return out;
}

std::size_t LatencyHistogram::bucket_index(std::int64_t ns) noexcept {
    return index_of(clamp_value(ns));
}

std::int64_t LatencyHistogram::bucket_low(std::size_t index) noexcept {
    const unsigned b = octave_of_index(index);
    return static_cast<std::int64_t>((index - (std::size_t{b} << 7)) << b);
}

std::int64_t LatencyHistogram::bucket_high(std::size_t index) noexcept {
    return bucket_low(index) + (std::int64_t{1} << octave_of_index(index));
}

std::size_t LatencyHistogram::bucket_count() noexcept {
    return kBucketCount;
}

} // namespace vtl::measure
