// LatencyHistogram: bucket geometry and the 1 % error bound over 1 ns … 100 s, percentiles
// against exact sorted percentiles, merge, clamping, exact min/max/mean, no allocation.
#include "harness/qtest_suite.hpp"
#include <QTest>

#include "measure/latency_histogram.hpp"
#include "vtl/allocation_counter.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

using vtl::measure::LatencyHistogram;

namespace {

constexpr double kMaxRelativeError = 0.01;

// Log-uniform over the whole range, so every octave gets its share.
std::vector<std::int64_t> random_latencies(std::size_t n, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> exponent(0.0, std::log10(1e11));
    std::vector<std::int64_t> v(n);
    for (auto& x : v)
        x = std::clamp<std::int64_t>(std::llround(std::pow(10.0, exponent(rng))), 1,
                                     LatencyHistogram::highest_ns);
    return v;
}

// The same rank rule as the histogram: the ceil(p/100 · n)-th smallest, at least the first.
std::int64_t exact_percentile(const std::vector<std::int64_t>& sorted, double p) {
    const auto n = static_cast<double>(sorted.size());
    const auto rank = std::clamp<std::size_t>(static_cast<std::size_t>(std::ceil(p * n / 100.0)), 1,
                                              sorted.size());
    return sorted[rank - 1];
}

const double kPercentiles[] = {0, 0.1, 1, 10, 25, 50, 75, 90, 95, 99, 99.9, 99.99, 100};

} // namespace

class TestLatencyHistogram : public QObject {
    Q_OBJECT
private slots:
    void bucketsTileTheRangeWithoutGaps();
    void bucketWidthIsWithinOnePercent();
    void percentilesMatchExactOnesWithinOnePercent();
    void smallValuesAreExact();
    void mergeEqualsRecordingEverythingInOne();
    void recordNEqualsNRecords();
    void clamping();
    void meanMinMaxAreExact();
    void sumDoesNotOverflow();
    void emptyHistogram();
    void clearEmpties();
    void nonemptyBucketsAreOrderedAndComplete();
    void recordDoesNotAllocate();
};

void TestLatencyHistogram::bucketsTileTheRangeWithoutGaps() {
    const std::size_t n = LatencyHistogram::bucket_count();
    QVERIFY(n > 256);
    QVERIFY(n < 10'000); // dense storage stays small
    for (std::size_t i = 0; i + 1 < n; ++i) {
        QCOMPARE(LatencyHistogram::bucket_high(i), LatencyHistogram::bucket_low(i + 1));
        QCOMPARE(LatencyHistogram::bucket_index(LatencyHistogram::bucket_low(i + 1)), i + 1);
        if (i >= 1) {
            QCOMPARE(LatencyHistogram::bucket_index(LatencyHistogram::bucket_low(i)), i);
            QCOMPARE(LatencyHistogram::bucket_index(LatencyHistogram::bucket_high(i) - 1), i);
        }
    }
    QCOMPARE(LatencyHistogram::bucket_index(LatencyHistogram::highest_ns), n - 1);
    QVERIFY(LatencyHistogram::bucket_high(n - 1) > LatencyHistogram::highest_ns);
    QCOMPARE(LatencyHistogram::bucket_index(1), std::size_t{1});
}

void TestLatencyHistogram::bucketWidthIsWithinOnePercent() {
    for (std::size_t i = 1; i < LatencyHistogram::bucket_count(); ++i) {
        const auto low = static_cast<double>(LatencyHistogram::bucket_low(i));
        const auto high = static_cast<double>(LatencyHistogram::bucket_high(i));
        // Every value v in [low, high) is reported as high - 1: (high - 1) / v <= high / low.
        QVERIFY2((high - 1) / low <= 1.0 + kMaxRelativeError,
                 qPrintable(QString("bucket %1: [%2, %3)").arg(i).arg(low).arg(high)));
    }
    for (std::int64_t v : random_latencies(200'000, 7)) {
        const std::size_t i = LatencyHistogram::bucket_index(v);
        const std::int64_t low = LatencyHistogram::bucket_low(i);
        const std::int64_t high = LatencyHistogram::bucket_high(i);
        QVERIFY(low <= v && v < high);
        QVERIFY(static_cast<double>(high - 1 - v) / static_cast<double>(v) <= kMaxRelativeError);
    }
}

void TestLatencyHistogram::percentilesMatchExactOnesWithinOnePercent() {
    for (std::uint64_t seed : {1u, 2u, 3u}) {
        std::vector<std::int64_t> values = random_latencies(100'000 + seed * 777, seed);
        LatencyHistogram h;
        for (std::int64_t v : values)
            h.record(v);
        std::sort(values.begin(), values.end());
        for (double p : kPercentiles) {
            const std::int64_t exact = exact_percentile(values, p);
            const std::int64_t got = h.percentile(p);
            QVERIFY2(got >= exact, qPrintable(QString("p%1: %2 < %3").arg(p).arg(got).arg(exact)));
            QVERIFY2(static_cast<double>(got - exact) / static_cast<double>(exact) <=
                         kMaxRelativeError,
                     qPrintable(QString("p%1: %2 vs exact %3").arg(p).arg(got).arg(exact)));
        }
        QCOMPARE(h.percentile(100), values.back());
    }
}

void TestLatencyHistogram::smallValuesAreExact() {
    LatencyHistogram h;
    for (std::int64_t v = 1; v <= 255; ++v)
        h.record(v);
    std::vector<std::int64_t> sorted(255);
    for (std::int64_t v = 1; v <= 255; ++v)
        sorted[static_cast<std::size_t>(v - 1)] = v;
    for (double p : kPercentiles)
        QCOMPARE(h.percentile(p), exact_percentile(sorted, p));
}

void TestLatencyHistogram::mergeEqualsRecordingEverythingInOne() {
    const std::vector<std::int64_t> values = random_latencies(50'000, 11);
    LatencyHistogram all;
    LatencyHistogram parts[4];
    for (std::size_t i = 0; i < values.size(); ++i) {
        all.record(values[i]);
        parts[(i * 7919) % 4].record(values[i]);
    }
    parts[2].record(LatencyHistogram::highest_ns + 1);
    all.record(LatencyHistogram::highest_ns + 1);
    LatencyHistogram merged;
    for (const LatencyHistogram& p : parts)
        merged.merge(p);
    merged.merge(LatencyHistogram{}); // merging an empty one changes nothing
    QCOMPARE(merged.count(), all.count());
    QCOMPARE(merged.clamped(), all.clamped());
    QCOMPARE(merged.min(), all.min());
    QCOMPARE(merged.max(), all.max());
    QCOMPARE(merged.mean(), all.mean());
    for (double p : kPercentiles)
        QCOMPARE(merged.percentile(p), all.percentile(p));
    const auto a = all.nonempty_buckets();
    const auto m = merged.nonempty_buckets();
    QCOMPARE(m.size(), a.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        QCOMPARE(m[i].low_ns, a[i].low_ns);
        QCOMPARE(m[i].count, a[i].count);
    }
}

void TestLatencyHistogram::recordNEqualsNRecords() {
    LatencyHistogram one_by_one, batched;
    for (int i = 0; i < 1000; ++i)
        one_by_one.record(12'345);
    batched.record_n(12'345, 1000);
    batched.record_n(99, 0); // a no-op
    QCOMPARE(batched.count(), one_by_one.count());
    QCOMPARE(batched.mean(), one_by_one.mean());
    QCOMPARE(batched.min(), one_by_one.min());
    QCOMPARE(batched.percentile(50), one_by_one.percentile(50));
    batched.record_n(LatencyHistogram::highest_ns * 2, 5);
    QCOMPARE(batched.clamped(), std::uint64_t{5});
}

void TestLatencyHistogram::clamping() {
    LatencyHistogram h;
    h.record(0);
    h.record(-40);
    QCOMPARE(h.count(), std::uint64_t{2});
    QCOMPARE(h.clamped(), std::uint64_t{0}); // only the top is reported as clamped
    QCOMPARE(h.min(), std::int64_t{1});
    QCOMPARE(h.max(), std::int64_t{1});
    QCOMPARE(h.percentile(50), std::int64_t{1});
    h.record(LatencyHistogram::highest_ns);
    QCOMPARE(h.clamped(), std::uint64_t{0});
    h.record(LatencyHistogram::highest_ns + 1);
    h.record(std::numeric_limits<std::int64_t>::max());
    QCOMPARE(h.clamped(), std::uint64_t{2});
    QCOMPARE(h.count(), std::uint64_t{5});
    QCOMPARE(h.max(), LatencyHistogram::highest_ns);
    QCOMPARE(h.percentile(100), LatencyHistogram::highest_ns);
}

void TestLatencyHistogram::meanMinMaxAreExact() {
    LatencyHistogram h;
    const std::int64_t values[] = {1, 2, 1000, 123'456'789, 333, 98'765'432'101};
    long double sum = 0;
    for (std::int64_t v : values) {
        h.record(v);
        sum += v;
    }
    QCOMPARE(h.min(), std::int64_t{1});
    QCOMPARE(h.max(), std::int64_t{98'765'432'101});
    QCOMPARE(h.mean(), static_cast<double>(sum / 6));
    QCOMPARE(h.percentile(100), std::int64_t{98'765'432'101}); // capped at max, not bucket edge
}

void TestLatencyHistogram::sumDoesNotOverflow() {
    // 2^64 ns is 584 years: a long run at the 100 s ceiling gets there. The mean must not wrap.
    LatencyHistogram h;
    const std::uint64_t n = 184'467'440; // n · 10^11 is just below 2^64
    h.record_n(LatencyHistogram::highest_ns, n);
    for (int i = 0; i < 10; ++i)
        h.record(LatencyHistogram::highest_ns);  // carries in record()
    h.record_n(LatencyHistogram::highest_ns, n); // carries in record_n()
    QCOMPARE(h.count(), 2 * n + 10);
    QCOMPARE(h.mean(), static_cast<double>(LatencyHistogram::highest_ns));
    LatencyHistogram twice = h;
    twice.merge(h); // carries in merge()
    QCOMPARE(twice.mean(), static_cast<double>(LatencyHistogram::highest_ns));
}

void TestLatencyHistogram::emptyHistogram() {
    const LatencyHistogram h;
    QCOMPARE(h.count(), std::uint64_t{0});
    QCOMPARE(h.min(), std::int64_t{0});
    QCOMPARE(h.max(), std::int64_t{0});
    QCOMPARE(h.mean(), 0.0);
    QCOMPARE(h.percentile(50), std::int64_t{0});
    QVERIFY(h.nonempty_buckets().empty());
}

void TestLatencyHistogram::clearEmpties() {
    LatencyHistogram h;
    h.record(500);
    h.record(LatencyHistogram::highest_ns * 3);
    h.clear();
    QCOMPARE(h.count(), std::uint64_t{0});
    QCOMPARE(h.clamped(), std::uint64_t{0});
    QCOMPARE(h.min(), std::int64_t{0});
    QCOMPARE(h.max(), std::int64_t{0});
    QVERIFY(h.nonempty_buckets().empty());
    h.record(700);
    QCOMPARE(h.min(), std::int64_t{700});
    QCOMPARE(h.max(), std::int64_t{700});
}

void TestLatencyHistogram::nonemptyBucketsAreOrderedAndComplete() {
    LatencyHistogram h;
    const std::vector<std::int64_t> values = random_latencies(10'000, 5);
    for (std::int64_t v : values)
        h.record(v);
    const auto buckets = h.nonempty_buckets();
    std::uint64_t total = 0;
    for (std::size_t i = 0; i < buckets.size(); ++i) {
        QVERIFY(buckets[i].count > 0);
        QVERIFY(buckets[i].low_ns < buckets[i].high_ns);
        if (i > 0)
            QVERIFY(buckets[i - 1].high_ns <= buckets[i].low_ns);
        total += buckets[i].count;
    }
    QCOMPARE(total, h.count());
}

void TestLatencyHistogram::recordDoesNotAllocate() {
    LatencyHistogram h;
    vtl::AllocationScope scope;
    for (std::int64_t v = 1; v < 1'000'000'000; v = v * 3 + 1)
        h.record(v);
    h.record_n(5, 5);
    LatencyHistogram other;
    scope.restart(); // the second histogram's storage is allocated once, up front
    h.merge(other);
    QCOMPARE(scope.delta().allocations, std::uint64_t{0});
}

VTL_QTEST_APPLESS_MAIN(test_latency_histogram, TestLatencyHistogram)
#include "test_latency_histogram.moc"
