// IntervalSeries: the time series of one strategy's run, in bounded memory.
//
// Calls are recorded into the current interval; close_interval() turns it into an
// IntervalRow (counts per interval, percentiles from that interval's own histogram). At most
// `max_rows` rows are kept: when full, neighbours are merged pairwise and the nominal
// interval length doubles. Merging is exact because each row keeps its histogram's non-empty
// buckets, which add up; percentiles are recomputed, never averaged.
#pragma once

#include "measure/gc_model.hpp"
#include "measure/latency_histogram.hpp"
#include "workload/results.hpp"

#include <cstdint>
#include <vector>

namespace vtl::workload {

class IntervalSeries {
public:
    IntervalSeries(Strategy strategy, std::size_t max_rows, std::int64_t first_interval_ns);

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

private:
    using Buckets = std::vector<measure::LatencyHistogram::Bucket>;
    void merge_pairs();

    Strategy strategy_;
    std::size_t max_rows_;
    std::int64_t interval_ns_;
    std::int64_t last_end_ns_ = 0;

    measure::LatencyHistogram current_;
    std::uint64_t calls_ = 0, hits_ = 0, allocs_ = 0, alloc_bytes_ = 0;
    measure::GcCounts gc_at_last_close_;

    std::vector<IntervalRow> rows_;
    std::vector<Buckets> row_buckets_;
};

} // namespace vtl::workload
