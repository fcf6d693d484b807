#include "widgets/plots/latency_histogram_plot.hpp"

#include "models/text/unit_format.hpp"
#include "widgets/plots/axis_tickers.hpp"
#include "widgets/plots/strategy_style.hpp"

#include <QAction>

#include <algorithm>
#include <cmath>

namespace vtl::widgets {

using namespace vtl::models;

namespace {

double bin_edge(int index) {
    return std::pow(10.0, double(index) / LatencyHistogramPlot::bins_per_decade);
}

int bin_of(double ns) {
    return int(
        std::floor(std::log10(std::max(1.0, ns)) * LatencyHistogramPlot::bins_per_decade + 1e-9));
}

QString percent_tick(double v) {
    return format_number(v, 3) + QStringLiteral("%");
}

} // namespace

LatencyHistogramPlot::Bins
LatencyHistogramPlot::merge_into_bins(const measure::LatencyHistogram& histogram) {
    Bins bins;
    const auto buckets = histogram.nonempty_buckets();
    if (buckets.empty())
        return bins;
    // An HDR bucket is < 1 % wide, a bin ≈ 26 %: assign each bucket by its geometric middle.
    auto bin_of_bucket = [](const measure::LatencyHistogram::Bucket& b) {
        return bin_of(std::sqrt(double(b.low_ns) * double(std::max(b.high_ns, b.low_ns + 1))));
    };
    bins.first = bin_of_bucket(buckets.front());
    const int last = bin_of_bucket(buckets.back());
    bins.counts.assign(std::size_t(last - bins.first + 1), 0);
    for (const auto& b : buckets) {
        bins.counts[std::size_t(bin_of_bucket(b) - bins.first)] += b.count;
        bins.total += b.count;
    }
    return bins;
}

LatencyHistogramPlot::LatencyHistogramPlot(QWidget* parent)
    : LabPlot(tr("Latency histogram"), parent) {
    setObjectName(QStringLiteral("latency-histogram"));
    setToolTip(tr("Share of each strategy's calls per latency bin; bins are log-spaced, 10 per "
                  "decade. Right-click for a logarithmic y axis that shows rare tails."));
    xAxis->setScaleType(QCPAxis::stLogarithmic);
    auto x_ticker = QSharedPointer<LogAxisTicker>::create(format_ns);
    x_ticker->setTickCount(5);
    xAxis->setTicker(x_ticker);
    xAxis->setLabel(tr("latency per call (log, 10 bins/decade)"));
    yAxis->setLabel(tr("share of calls"));
    set_log_scale(false);
    xAxis->setRange(10, 1e8);
    yAxis->setRange(0, 100);

    log_action_ = new QAction(tr("Logarithmic y axis (shows rare tails)"), this);
    log_action_->setCheckable(true);
    connect(log_action_, &QAction::toggled, this, &LatencyHistogramPlot::set_log_scale);
    add_context_action(log_action_);
    set_placeholder(tr("Press Run to measure\nthe latency distribution"));
}

void LatencyHistogramPlot::set_log_scale(bool on) {
    log_scale_ = on;
    if (log_action_ && log_action_->isChecked() != on)
        log_action_->setChecked(on);
    if (on) {
        yAxis->setScaleType(QCPAxis::stLogarithmic);
        yAxis->setTicker(QSharedPointer<LogAxisTicker>::create(percent_tick));
        yAxis->setLabel(tr("share of calls (log)"));
    } else {
        yAxis->setScaleType(QCPAxis::stLinear);
        yAxis->setTicker(QSharedPointer<ValueAxisTicker>::create(percent_tick));
        yAxis->setLabel(tr("share of calls"));
    }
    if (!last_.strategies.empty())
        show_snapshot(workload::EngineSnapshot(last_));
    else
        request_replot();
}

void LatencyHistogramPlot::show_snapshot(const workload::EngineSnapshot& snapshot) {
    if (&snapshot != &last_)
        last_.strategies.clear();
    std::vector<workload::Strategy> present;
    int lo_bin = INT32_MAX, hi_bin = INT32_MIN;
    double y_max = 0, y_min_positive = 1e300;
    for (const workload::StrategyProgress& sp : snapshot.strategies) {
        present.push_back(sp.strategy);
        QCPGraph* graph = graph_for(sp.strategy);
        const Bins bins = merge_into_bins(sp.latency);
        QVector<double> xs, ys;
        if (bins.total > 0) {
            const double nan = std::numeric_limits<double>::quiet_NaN();
            // One step per bin, plus a closing point on the last bin's right edge; zero bins
            // at both ends let the outline start and end on the axis.
            const int first = bins.first - 1, last = bins.first + int(bins.counts.size());
            for (int i = first; i <= last; ++i) {
                const std::size_t at = std::size_t(i - bins.first);
                const double count =
                    (i >= bins.first && at < bins.counts.size()) ? double(bins.counts[at]) : 0.0;
                const double share = 100.0 * count / double(bins.total);
                xs.push_back(bin_edge(i));
                ys.push_back(log_scale_ && share <= 0 ? nan : share);
                y_max = std::max(y_max, share);
                if (share > 0)
                    y_min_positive = std::min(y_min_positive, share);
            }
            xs.push_back(bin_edge(last + 1));
            ys.push_back(log_scale_ ? nan : 0.0);
            lo_bin = std::min(lo_bin, first);
            hi_bin = std::max(hi_bin, last + 1);
        }
        graph->setData(xs, ys, true);
        graph->setLineStyle(QCPGraph::lsStepLeft);
        QColor fill = strategy_colour(sp.strategy);
        fill.setAlpha(log_scale_ ? 0 : 45);
        graph->setBrush(fill);
    }
    keep_strategies(present);
    show_placeholder(lo_bin > hi_bin);
    if (lo_bin <= hi_bin) {
        // Whole decades on x, so the unit-labelled ticks always appear.
        const double lo = std::pow(10.0, std::floor(double(lo_bin) / bins_per_decade));
        const double hi = std::pow(10.0, std::ceil(double(hi_bin) / bins_per_decade));
        xAxis->setRange(lo, std::max(hi, lo * 10));
        if (log_scale_)
            yAxis->setRange(std::pow(10.0, std::floor(std::log10(y_min_positive))), 100);
        else
            yAxis->setRange(0, std::min(100.0, y_max * 1.12 + 1));
    }
    if (&snapshot != &last_) {
        // Keeps what is needed to redraw on a scale switch: the histograms, not the series.
        last_.scenario = snapshot.scenario;
        last_.strategies.reserve(snapshot.strategies.size());
        for (const auto& sp : snapshot.strategies) {
            workload::StrategyProgress copy;
            copy.strategy = sp.strategy;
            copy.latency = sp.latency;
            last_.strategies.push_back(std::move(copy));
        }
    }
    request_replot();
}

} // namespace vtl::widgets
