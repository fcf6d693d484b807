#include "workload/interval_series.hpp"

#include <algorithm>

namespace vtl::workload {

IntervalSeries::IntervalSeries(Strategy strategy, std::size_t max_rows,
                               std::int64_t first_interval_ns)
    : strategy_(strategy)
    , max_rows_(std::max<std::size_t>(max_rows, 2))
    , interval_ns_(first_interval_ns) {
    rows_.reserve(max_rows_);
    row_buckets_.reserve(max_rows_);
}

void IntervalSeries::close_interval(std::int64_t t_ns, std::int64_t live_bytes,
                                    const measure::GcCounts& gc, bool force) {
    if (!force && t_ns < current_end_ns())
        return;
    const measure::GcCounts gc_delta = gc - gc_at_last_close_;
    const bool empty = calls_ == 0 && allocs_ == 0 && gc_delta.gen0 == 0;
    if (empty && !force) {
        // Nothing happened (an idle skip): move the boundary, keep no row.
        last_end_ns_ = t_ns;
        return;
    }
    IntervalRow row;
    row.t_s = static_cast<double>(t_ns) / 1e9;
    row.strategy = strategy_;
    row.calls = calls_;
    row.hits = hits_;
    row.misses = calls_ - hits_;
    row.p50_ns = current_.percentile(50);
    row.p99_ns = current_.percentile(99);
    row.max_ns = current_.max();
    row.alloc_bytes = alloc_bytes_;
    row.allocs = allocs_;
    row.live_bytes = live_bytes;
    row.gen0 = gc_delta.gen0;
    row.gen1 = gc_delta.gen1;
    row.gen2 = gc_delta.gen2;

    if (rows_.size() == max_rows_)
        merge_pairs();
    rows_.push_back(row);
    row_buckets_.push_back(current_.nonempty_buckets());

    current_.clear();
    calls_ = hits_ = allocs_ = alloc_bytes_ = 0;
    gc_at_last_close_ = gc;
    last_end_ns_ = t_ns;
}

void IntervalSeries::merge_pairs() {
    std::size_t out = 0;
    for (std::size_t i = 0; i < rows_.size(); i += 2, ++out) {
        if (i + 1 == rows_.size()) {
            rows_[out] = rows_[i];
            row_buckets_[out] = std::move(row_buckets_[i]);
            continue;
        }
        const IntervalRow& a = rows_[i];
        const IntervalRow& b = rows_[i + 1];
        IntervalRow m = b; // the later row's end time and live bytes
        m.calls = a.calls + b.calls;
        m.hits = a.hits + b.hits;
        m.misses = a.misses + b.misses;
        m.max_ns = std::max(a.max_ns, b.max_ns);
        m.alloc_bytes = a.alloc_bytes + b.alloc_bytes;
        m.allocs = a.allocs + b.allocs;
        m.gen0 = a.gen0 + b.gen0;
        m.gen1 = a.gen1 + b.gen1;
        m.gen2 = a.gen2 + b.gen2;
        Buckets merged;
        merged.reserve(row_buckets_[i].size() + row_buckets_[i + 1].size());
        std::merge(row_buckets_[i].begin(), row_buckets_[i].end(), row_buckets_[i + 1].begin(),
                   row_buckets_[i + 1].end(), std::back_inserter(merged),
                   [](const auto& x, const auto& y) { return x.low_ns < y.low_ns; });
        Buckets combined;
        for (const auto& bucket : merged) {
            if (!combined.empty() && combined.back().low_ns == bucket.low_ns)
                combined.back().count += bucket.count;
            else
                combined.push_back(bucket);
        }
        m.p50_ns = measure::LatencyHistogram::percentile_of(combined, 50, m.max_ns);
        m.p99_ns = measure::LatencyHistogram::percentile_of(combined, 99, m.max_ns);
        rows_[out] = m;
        row_buckets_[out] = std::move(combined);
    }
    rows_.resize(out);
    row_buckets_.resize(out);
    interval_ns_ *= 2;
}

} // namespace vtl::workload
