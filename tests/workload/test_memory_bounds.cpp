// Issue 10, point 3: the time series' memory bound, the memory estimate and the cache sized
// to what the run touches.
#include "harness/qtest_suite.hpp"
#include <QTest>

#include "measure/latency_histogram.hpp"
#include "vtl/allocation_counter.hpp"
#include "workload/cache_service.hpp"
#include "workload/interval_series.hpp"
#include "workload/memory_estimate.hpp"

#include <cmath>
#include <random>

using namespace vtl::workload;

class TestMemoryBounds : public QObject {
    Q_OBJECT
private slots:
    // Exponential latencies fill thousands of distinct buckets per interval; the series'
    // memory stays under its bound (an order of magnitude under the ~110 MB seen before) and
    // merged rows still agree with a histogram of the same samples.
    void time_series_stays_under_its_bound() {
        IntervalSeries series(Strategy::task, 2048, 1'000'000);
        vtl::measure::LatencyHistogram all;
        std::mt19937_64 rng(1);
        std::exponential_distribution<double> exp(1.0 / 50e6); // mean 50 ms
        std::size_t peak = 0;
        std::int64_t t = 0;
        for (int interval = 0; interval < 6000; ++interval) {
            for (int i = 0; i < 400; ++i) {
                const auto ns = static_cast<std::int64_t>(exp(rng)) + 100;
                series.record(ns, false);
                all.record(ns);
            }
            t = series.current_end_ns();
            series.close_interval(t, 0, {});
            peak = std::max(peak, series.memory_bytes());
        }
        QVERIFY2(peak <= IntervalSeries::default_max_bytes, qPrintable(QString::number(peak)));
        QVERIFY(IntervalSeries::default_max_bytes <= 11u << 20);
        QVERIFY(series.rows().size() >= 64); // still a useful plot
        std::uint64_t calls = 0;
        std::int64_t max = 0;
        for (const IntervalRow& r : series.rows()) {
            calls += r.calls;
            max = std::max(max, r.max_ns);
        }
        QCOMPARE(calls, all.count());
        QCOMPARE(max, all.max());
    }

    // Merging stays exact: one merged row's p99 equals the p99 of one histogram of its calls.
    void merged_percentiles_are_exact() {
        IntervalSeries series(Strategy::task, 2, 1000);
        vtl::measure::LatencyHistogram both;
        for (int k = 0; k < 3; ++k) {
            for (int i = 1; i <= 1000; ++i) {
                const std::int64_t ns = (k + 1) * 1000 + i * 37;
                series.record(ns, true);
                if (k < 2)
                    both.record(ns);
            }
            series.close_interval(series.current_end_ns(), 0, {});
        }
        QCOMPARE(series.rows().size(), std::size_t{2});
        QCOMPARE(series.rows()[0].p99_ns, both.percentile(99));
        QCOMPARE(series.rows()[0].p50_ns, both.percentile(50));
    }

    void estimate_refuses_what_cannot_fit() {
        Scenario s = default_scenario();
        s.payload_bytes = 1 << 20;
        s.concurrency = 100'000;
        s.double_await_rate = 1;
        const MemoryEstimate m = estimate_memory(s, 8ull << 30);
        QVERIFY(!m.fits());
        QVERIFY(m.in_flight_bytes >= 3ull * 100'000 * (1 << 20));
        const std::string text = m.refusal();
        QVERIFY(text.find("GiB") != std::string::npos);
        QVERIFY(text.find("8.0 GiB") != std::string::npos);

        const MemoryEstimate fine = estimate_memory(default_scenario(), 1ull << 30);
        QVERIFY(fine.fits());
        QVERIFY(fine.total_bytes < 64ull << 20);
        QVERIFY(memory_limit_bytes() > 0);
    }

    // calls=100 with 1 MiB payloads: the cache holds at most the entries the run hits.
    void cache_holds_only_what_the_run_touches() {
        Scenario s = default_scenario();
        s.calls = 100;
        s.payload_bytes = 1 << 20;
        vtl::EventLoop loop(s.clock);
        const vtl::AllocationScope scope;
        {
            CacheService service(loop, s, nullptr);
            const std::int64_t held = scope.delta().live_bytes;
            QVERIFY2(held <= 101ll << 20, qPrintable(QString::number(held)));
            // Every hit of the run finds its payload.
            for (std::uint64_t i = 0; i < s.calls; ++i) {
                const CallSpec c = call_spec(s, i);
                if (!c.hit)
                    continue;
                vtl::ValueTask<Payload> v = service.get_valuetask(c);
                QVERIFY(v.is_completed_successfully());
                QVERIFY(v.result().matches(c.key, s.payload_bytes));
            }
        }
    }
};

VTL_QTEST_GUILESS_MAIN(test_memory_bounds, TestMemoryBounds)
#include "test_memory_bounds.moc"
