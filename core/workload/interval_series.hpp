// IntervalSeries: the time series of one strategy's run, in bounded memory.
//
// Calls are recorded into the current interval; close_interval() turns it into an
// IntervalRow (counts per interval, percentiles from that interval's own histogram). At most
// `max_rows` rows are kept, and at most `max_bytes` for the rows and their stored histograms
// together: when either is reached, neighbours are merged pairwise and the nominal interval
// length doubles. Merging is exact because each row keeps its histogram's non-empty buckets
// (8 bytes each: bucket index and count), which add up; percentiles are recomputed, never
// averaged.
//
// Memory bound (per strategy): memory_bytes() <= max_bytes (default 8 MiB) after every
// close_interval(), whatever the latency distribution. Wide distributions (exponential
// latencies fill ~3,000 distinct buckets per row) get fewer, longer intervals; before this
// bound such a run kept 2,048 rows of 24-byte buckets, ~110 MB per strategy.
#pragma once

#include "measure/gc_model.hpp"
#include "measure/latency_histogram.hpp"
#include "workload/results.hpp"

#include <cstdint>
#include <vector>

namespace vtl::workload {

class IntervalSeries {
public:
    static constexpr std::size_t default_max_bytes = std::size_t{8} << 20; // 8 MiB

    IntervalSeries(Strategy strategy, std::size_t max_rows, std::int64_t first_interval_ns,
                   std::size_t max_bytes = default_max_bytes);

    void record(std::int64_t latency_ns, bool hit) noexcept {
        current_.record(latency_ns);
        ++calls_;
        hits_ += hit ? 1 : 0;
    }
    void add_allocations(std::uint64_t allocs, std::uint64_t bytes) noexcept {
        allocs_ += allocs;
        alloc_bytes_ += bytes;
    }

    // When the current interval is due to close (run-clock ns).
    std::int64_t current_end_ns() const noexcept { return last_end_ns_ + interval_ns_; }
    std::int64_t last_end_ns() const noexcept { return last_end_ns_; }
    std::int64_t interval_ns() const noexcept { return interval_ns_; }

    // Ends the current interval at `t_ns` (>= its nominal end unless `force`). Empty
    // intervals (no calls, no allocations) are skipped unless forced.
    void close_interval(std::int64_t t_ns, std::int64_t live_bytes, const measure::GcCounts& gc,
                        bool force = false);

    const std::vector<IntervalRow>& rows() const noexcept { return rows_; }
    void copy_rows(std::vector<IntervalRow>& out) const { out = rows_; }

    // Bytes held by the stored rows and their histograms (what max_bytes bounds).
    std::size_t memory_bytes() const noexcept;

private:
    // A non-empty bucket: histogram bucket index in the top 13 bits, count in the low 51.
    using Packed = std::uint64_t;
    using Buckets = std::vector<Packed>;
    static constexpr int count_bits = 51;
    static Buckets pack(const std::vector<measure::LatencyHistogram::Bucket>& buckets);
    static std::vector<measure::LatencyHistogram::Bucket> unpack(const Buckets& packed);
    void merge_pairs();

    Strategy strategy_;
    std::size_t max_rows_;
    std::size_t max_bytes_;
    std::size_t bucket_bytes_ = 0; // sum over row_buckets_ of their heap bytes
    std::int64_t interval_ns_;
    std::int64_t last_end_ns_ = 0;

    measure::LatencyHistogram current_;
    std::uint64_t calls_ = 0, hits_ = 0, allocs_ = 0, alloc_bytes_ = 0;
    measure::GcCounts gc_at_last_close_;

    std::vector<IntervalRow> rows_;
    std::vector<Buckets> row_buckets_;
};

} // namespace vtl::workload
