#include "widgets/plots/allocation_plot.hpp"

#include "models/text/unit_format.hpp"
#include "widgets/plots/axis_tickers.hpp"
#include "widgets/plots/run_clock_axis.hpp"

#include <algorithm>
#include <cmath>

namespace vtl::widgets {

using namespace vtl::models;

AllocationPlot::AllocationPlot(QWidget* parent)
    : LabPlot(tr("Heap allocations over time"), parent) {
    setObjectName(QStringLiteral("allocations"));
    setToolTip(tr("Top: heap allocations per call in each interval. Bottom: bytes allocated "
                  "per run-clock second.") +
               QStringLiteral("\n") + run_clock_explanation());
    QCPAxisRect* top = axisRect(0);
    top->axis(QCPAxis::atLeft)->setLabel(tr("allocations\nper call"));
    top->axis(QCPAxis::atLeft)
        ->setTicker(QSharedPointer<ValueAxisTicker>::create(
            [](double v) { return format_number(v, 3); }, 3));

    rate_rect_ = add_axis_rect();
    rate_rect_->axis(QCPAxis::atLeft)->setLabel(tr("bytes per\nrun-clock s"));
    rate_rect_->axis(QCPAxis::atLeft)
        ->setTicker(
            QSharedPointer<ValueAxisTicker>::create([](double v) { return format_bytes(v); }, 3));
    set_up_run_clock_axis(rate_rect_->axis(QCPAxis::atBottom));
    share_time_axis(top->axis(QCPAxis::atBottom), rate_rect_->axis(QCPAxis::atBottom));
    set_placeholder(tr("Press Run to count\nheap allocations"));
}

void AllocationPlot::show_snapshot(const workload::EngineSnapshot& snapshot) {
    std::vector<workload::Strategy> present;
    double t_max = 0, per_call_max = 0, rate_max = 0;
    for (const workload::StrategyProgress& sp : snapshot.strategies) {
        present.push_back(sp.strategy);
        QVector<double> ts, per_call, rate;
        ts.reserve(int(sp.intervals.size()));
        // Intervals are merged (exactly: counts add) until each point spans at least 1/300 of
        // the run so far: a few-microsecond interval would turn one allocation into a spike.
        const double span = sp.intervals.empty() ? 0 : sp.intervals.back().t_s;
        const double min_duration = span / 300;
        double previous_t = 0;
        std::uint64_t calls = 0, allocs = 0, bytes = 0;
        for (const workload::IntervalRow& row : sp.intervals) {
            calls += row.calls;
            allocs += row.allocs;
            bytes += row.alloc_bytes;
            const double duration = row.t_s - previous_t;
            if (duration < min_duration) {
                // A short tail at the very end is left out rather than shown as a spike.
                if (&row != &sp.intervals.back() || !ts.isEmpty())
                    continue;
            }
            if (calls > 0 && duration > 0) {
                ts.push_back(row.t_s);
                per_call.push_back(double(allocs) / double(calls));
                rate.push_back(double(bytes) / duration);
                per_call_max = std::max(per_call_max, per_call.back());
                rate_max = std::max(rate_max, rate.back());
            }
            previous_t = row.t_s;
            calls = allocs = bytes = 0;
        }
        t_max = std::max(t_max, previous_t);
        graph_for(sp.strategy, per_call_rect())->setData(ts, per_call, true);
        graph_for(sp.strategy, rate_rect_)->setData(ts, rate, true);
    }
    keep_strategies(present);
    show_placeholder(t_max <= 0);
    fit_run_clock_axis(rate_rect_->axis(QCPAxis::atBottom), t_max);
    per_call_rect()->axis(QCPAxis::atLeft)->setRange(0, std::max(1.0, per_call_max * 1.15));
    rate_rect_->axis(QCPAxis::atLeft)->setRange(0, rate_max > 0 ? rate_max * 1.15 : 1000);
    request_replot();
}

} // namespace vtl::widgets
