// The benchmark-grade measurement behind the speed verdicts: the order-statistic interval of
// the median, the ratio interval, the empty-loop subtraction, and the hit costs of the core.
#include "harness/qtest_suite.hpp"
#include <QTest>

#include "measure/op_cost.hpp"
#include "workload/hit_costs.hpp"

#include <cmath>

using namespace vtl::measure;

class TestOpCost : public QObject {
    Q_OBJECT

private slots:
    void median_interval_uses_binomial_ranks() {
        // n = 11: P(B <= 1) = 12/2048 <= 2.5 % < P(B <= 2) = 67/2048, so the 95 % interval
        // runs from the 2nd to the 10th smallest sample.
        const MedianInterval m = median_interval({11, 3, 7, 1, 9, 5, 2, 10, 4, 8, 6}, 0.95);
        QCOMPARE(m.median, 6.0);
        QCOMPARE(m.low, 2.0);
        QCOMPARE(m.high, 10.0);
        QCOMPARE(m.samples, std::size_t(11));
        // Fewer than 6 samples cannot give 95 %: the whole range.
        const MedianInterval few = median_interval({1, 2, 3, 4, 5}, 0.95);
        QCOMPARE(few.low, 1.0);
        QCOMPARE(few.high, 5.0);
    }

    void outliers_move_neither_median_nor_interval() {
        std::vector<double> s(51, 10.0);
        for (int i = 0; i < 10; ++i)
            s.push_back(1000.0); // preempted batches
        const MedianInterval m = median_interval(s);
        QCOMPARE(m.median, 10.0);
        QCOMPARE(m.low, 10.0);
        QCOMPARE(m.high, 10.0);
    }

    void ratio_interval_is_unbounded_when_the_divisor_may_be_zero() {
        MedianInterval a{50, 40, 60, 0.95, 61}, b{5, 4, 6, 0.95, 61};
        const MedianInterval r = ratio_interval(a, b);
        QCOMPARE(r.median, 10.0);
        QVERIFY(std::fabs(r.low - 40.0 / 6.0) < 1e-12);
        QCOMPARE(r.high, 15.0);
        b = {0.2, -0.1, 0.5, 0.95, 61};
        const MedianInterval open = ratio_interval(a, b);
        QVERIFY(std::isinf(open.high));
        QCOMPARE(open.low, 80.0);
    }

    void the_empty_loop_is_subtracted() {
        OpCostOptions o;
        o.batches = 21;
        o.batch_target_ns = 2e5;
        o.warmup_ns = 1e6;
        // Nothing but the loop itself: the per-op figure is the difference of two identical
        // loops, so its interval must straddle (or sit very near) zero.
        const OpCost none = measure_op_cost([](std::uint64_t i) { do_not_optimize(i); }, o);
        QVERIFY2(std::fabs(none.per_op.median) < 0.5 * none.baseline.median + 0.5,
                 qPrintable(QString::number(none.per_op.median)));
        // A dependent chain of 64 multiply-adds costs far more than the empty loop.
        const OpCost work = measure_op_cost(
            [](std::uint64_t i) {
                std::uint64_t x = i;
                for (int k = 0; k < 64; ++k) {
                    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
                    do_not_optimize(x);
                }
            },
            o);
        QVERIFY(work.per_op.low > none.per_op.high);
        QVERIFY(work.per_op.low > 5.0); // at least ~64 dependent multiplies
        QVERIFY(work.raw.median > work.per_op.median);
        QCOMPARE(work.batches, 21);
        QVERIFY(work.ops_per_batch >= 256);
    }

    void hit_costs_of_the_core() {
        OpCostOptions o;
        o.batches = 15;
        o.batch_target_ns = 2e5;
        o.warmup_ns = 1e6;
        const auto eight = vtl::workload::measure_hit_costs(8, o);
        const auto* task = eight.find("task_hit");
        const auto* vt = eight.find("valuetask_hit");
        QVERIFY(task && vt && eight.find("plain_call") && eight.find("valuetask_coroutine_hit"));
        QCOMPARE(task->allocs_per_op, 1.0); // one completed Task state per hit
        QCOMPARE(vt->allocs_per_op, 0.0);
        QCOMPARE(eight.find("valuetask_coroutine_hit")->allocs_per_op, 1.0); // its frame
        QVERIFY2(
            task->cost.per_op.low > vt->cost.per_op.high,
            qPrintable(
                QString("%1 vs %2").arg(task->cost.per_op.median).arg(vt->cost.per_op.median)));
        // A 0-byte payload is a bool: Task.FromResult takes the cached Task, no allocation.
        const auto zero = vtl::workload::measure_hit_costs(0, o);
        QCOMPARE(zero.find("task_hit")->allocs_per_op, 0.0);
    }
};

VTL_QTEST_MAIN(test_op_cost, TestOpCost)
#include "test_op_cost.moc"
