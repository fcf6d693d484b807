// LatencyHistogram: an HDR-style log-linear histogram of nanosecond values, 1 ns … 100 s,
// with at most 1 % relative error: values below 256 ns have exact 1 ns buckets, and above that
// each power of two is split into 128 linear buckets, so a bucket is at most 1/128 of its
// lowest value wide (≈ 0.8 %).
//
// Percentiles are read from counts, never averaged: per-interval histograms are merged with
// merge() to get the percentile of a longer span. Storage is a dense array of counts (fixed
// size, allocated once in the constructor), so record() never allocates.
//
// Threading: not synchronised; copy it to hand a snapshot to another thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace vtl::measure {

class LatencyHistogram {
public:
    static constexpr std::int64_t lowest_ns = 1;
    static constexpr std::int64_t highest_ns = 100'000'000'000; // 100 s
    static constexpr int sub_bucket_bits = 7;                   // 128 sub-buckets per octave

    LatencyHistogram();

    // Values below 1 ns count as 1 ns; above 100 s as 100 s (and are counted in clamped()).
    void record(std::int64_t ns) noexcept;
    void record_n(std::int64_t ns, std::uint64_t count) noexcept;
    void merge(const LatencyHistogram& other) noexcept;
    void clear() noexcept;

    std::uint64_t count() const noexcept { return count_; }
    std::uint64_t clamped() const noexcept { return clamped_; }
    std::int64_t min() const noexcept;                 // 0 when empty
    std::int64_t max() const noexcept { return max_; } // exact recorded max; 0 when empty
    double mean() const noexcept;                      // exact (sum / count); 0 when empty
    // The value at percentile p in [0, 100]: the highest value of the bucket (high_ns − 1)
    // holding the ceil(p/100 · count)-th smallest sample, capped at max(). 0 when empty.
    std::int64_t percentile(double p) const noexcept;

    struct Bucket {
        std::int64_t low_ns;  // inclusive
        std::int64_t high_ns; // exclusive
        std::uint64_t count;
    };
    // Non-empty buckets in increasing order of value.
    std::vector<Bucket> nonempty_buckets() const;
    // percentile() of a histogram kept as its non-empty buckets (sorted, as returned above,
    // possibly merged from several): the same rank rule, for stored interval histograms.
    static std::int64_t percentile_of(const std::vector<Bucket>& buckets, double p,
                                      std::int64_t max_ns) noexcept;

    // Bucket geometry (exposed for tests of the error bound).
    static std::size_t bucket_index(std::int64_t ns) noexcept;
    static std::int64_t bucket_low(std::size_t index) noexcept;
    static std::int64_t bucket_high(std::size_t index) noexcept;
    static std::size_t bucket_count() noexcept;

private:
    std::vector<std::uint64_t> counts_;
    std::uint64_t count_ = 0;
    std::uint64_t clamped_ = 0;
    std::int64_t min_ = highest_ns; // meaningful only when count_ > 0
    std::int64_t max_ = 0;
    // Exact 128-bit sum as two words: a long double add costs an x87 round trip per record().
    std::uint64_t sum_low_ = 0;
    std::uint64_t sum_high_ = 0;
};

} // namespace vtl::measure
