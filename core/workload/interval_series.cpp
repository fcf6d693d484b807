#include "workload/interval_series.hpp"

#include <algorithm>
#include <cassert>

namespace vtl::workload {

namespace {

using measure::LatencyHistogram;

// Heap bytes of one row's stored buckets: the elements plus the allocator's header.
std::size_t heap_bytes(const std::vector<std::uint64_t>& v) noexcept {
    return v.capacity() == 0 ? 0 : v.capacity() * sizeof(std::uint64_t) + 16;
}

} // namespace

IntervalSeries::IntervalSeries(Strategy strategy, std::size_t max_rows,
                               std::int64_t first_interval_ns, std::size_t max_bytes)
    : strategy_(strategy)
    , max_rows_(std::max<std::size_t>(max_rows, 2))
    , max_bytes_(max_bytes)
    , interval_ns_(first_interval_ns) {
    static_assert(sizeof(Packed) == 8);
    assert(LatencyHistogram::bucket_count() < (std::size_t{1} << (64 - count_bits)));
    rows_.reserve(max_rows_);
    row_buckets_.reserve(max_rows_);
}

std::size_t IntervalSeries::memory_bytes() const noexcept {
    return rows_.capacity() * sizeof(IntervalRow) + row_buckets_.capacity() * sizeof(Buckets) +
           bucket_bytes_;
}

IntervalSeries::Buckets IntervalSeries::pack(const std::vector<LatencyHistogram::Bucket>& buckets) {
    Buckets out;
    out.reserve(buckets.size());
    for (const auto& b : buckets)
        out.push_back(
            (static_cast<Packed>(LatencyHistogram::bucket_index(b.low_ns)) << count_bits) |
            (b.count & ((Packed{1} << count_bits) - 1)));
    return out;
}

std::vector<LatencyHistogram::Bucket> IntervalSeries::unpack(const Buckets& packed) {
    std::vector<LatencyHistogram::Bucket> out;
    out.reserve(packed.size());
    for (const Packed p : packed) {
        const std::size_t index = static_cast<std::size_t>(p >> count_bits);
        out.push_back({LatencyHistogram::bucket_low(index), LatencyHistogram::bucket_high(index),
                       p & ((Packed{1} << count_bits) - 1)});
    }
    return out;
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
    row_buckets_.push_back(pack(current_.nonempty_buckets()));
    bucket_bytes_ += heap_bytes(row_buckets_.back());
    // The byte bound: merging halves the rows, and with them (for any distribution whose
    // rows share buckets) nearly half the stored buckets.
    while (memory_bytes() > max_bytes_ && rows_.size() > 1)
        merge_pairs();

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
        // Both lists are sorted by bucket index (the top bits): merge, adding equal buckets.
        const Buckets& x = row_buckets_[i];
        const Buckets& y = row_buckets_[i + 1];
        Buckets combined;
        combined.reserve(x.size() + y.size());
        std::size_t p = 0, q = 0;
        while (p < x.size() || q < y.size()) {
            Packed next;
            if (q == y.size() || (p < x.size() && (x[p] >> count_bits) < (y[q] >> count_bits)))
                next = x[p++];
            else if (p == x.size() || (y[q] >> count_bits) < (x[p] >> count_bits))
                next = y[q++];
            else
                next = x[p++] + (y[q++] & ((Packed{1} << count_bits) - 1));
            combined.push_back(next);
        }
        combined.shrink_to_fit();
        const auto merged = unpack(combined);
        m.p50_ns = LatencyHistogram::percentile_of(merged, 50, m.max_ns);
        m.p99_ns = LatencyHistogram::percentile_of(merged, 99, m.max_ns);
        rows_[out] = m;
        row_buckets_[out] = std::move(combined);
    }
    rows_.resize(out);
    row_buckets_.resize(out);
    bucket_bytes_ = 0;
    for (const Buckets& b : row_buckets_)
        bucket_bytes_ += heap_bytes(b);
    interval_ns_ *= 2;
}

} // namespace vtl::workload
