#include "widgets/plots/latency_percentile_plot.hpp"

#include "models/text/unit_format.hpp"
#include "widgets/plots/axis_tickers.hpp"

#include <algorithm>
#include <cmath>

namespace vtl::widgets {

using namespace vtl::models;

namespace {

// 20 points per decade of 1/(1−p): smooth enough to show a knee within a percent.
constexpr int points_per_decade = 20;

double decade_floor(double v) {
    return std::pow(10.0, std::floor(std::log10(v)));
}
double decade_ceil(double v) {
    return std::pow(10.0, std::ceil(std::log10(v) - 1e-9));
}

QString percentile_label(double x) {
    // x = 1/(1−p): p = 1 − 1/x, shown with as many decimals as the nines need.
    const double p = 100.0 * (1.0 - 1.0 / x);
    const int nines = std::max(0, int(std::lround(std::log10(x))) - 2);
    return models::number_locale().toString(p, 'f', nines) + QStringLiteral("%");
}

} // namespace

double LatencyPercentilePlot::x_of_percentile(double p) {
    return 1.0 / (1.0 - p / 100.0);
}

LatencyPercentilePlot::LatencyPercentilePlot(QWidget* parent)
    : LabPlot(tr("Latency by percentile (HDR)"), parent) {
    setObjectName(QStringLiteral("latency-percentiles"));
    setToolTip(tr("Latency of each call from issue to result, by percentile. The x axis "
                  "stretches the tail: 90 %, 99 %, 99.9 % … are equally spaced."));
    xAxis->setScaleType(QCPAxis::stLogarithmic);
    xAxis->setLabel(tr("percentile (spacing: 1/(1 − p), log)"));
    yAxis->setScaleType(QCPAxis::stLogarithmic);
    yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new LogAxisTicker(format_ns)));
    yAxis->setLabel(tr("latency per call (log)"));
    yAxis->setNumberPrecision(0);
    xAxis->grid()->setSubGridVisible(false);
    yAxis->grid()->setSubGridVisible(true);
    xAxis->setRange(1, 1000);
    yAxis->setRange(10, 1e8);
    update_x_ticks(1000);

    knee_line_ = new QCPItemStraightLine(this);
    knee_line_->setPen(QPen(colours().muted, 1.5, Qt::DashLine));
    knee_label_ = new QCPItemText(this);
    knee_label_->setColor(colours().ink);
    knee_label_->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    knee_label_->position->setTypeX(QCPItemPosition::ptPlotCoords);
    knee_label_->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    knee_label_->setPadding(QMargins(6, 0, 0, 6));
    knee_line_->setVisible(false);
    knee_label_->setVisible(false);

    set_placeholder(tr("Press Run to measure\nlatency by percentile"));
    apply_fonts();
}

void LatencyPercentilePlot::apply_fonts() {
    if (knee_label_) {
        knee_label_->setFont(legend_font());
        knee_label_->setColor(colours().ink);
    }
    if (knee_line_)
        knee_line_->setPen(QPen(colours().muted, 1.5, Qt::DashLine));
}

void LatencyPercentilePlot::update_x_ticks(double upper) {
    // Label 90 %, 99 %, 99.9 % … and 50 %, in that order of importance, skipping any label
    // that would touch one already placed.
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const QFontMetrics metrics(tick_font());
    const double decades = std::log10(upper);
    const double pixels =
        std::max(100, axisRect()->width() > 0 ? axisRect()->width() : width() - 100);
    std::vector<double> candidates;
    for (double x = 10; x <= upper * 1.0001; x *= 10)
        candidates.push_back(x);
    candidates.push_back(2);
    std::vector<std::pair<double, double>> placed; // [left, right] in pixels
    for (double x : candidates) {
        const QString label = percentile_label(x);
        const double centre = std::log10(x) / decades * pixels;
        const double half = metrics.horizontalAdvance(label) / 2.0 + 4;
        const bool collides = std::any_of(placed.begin(), placed.end(), [&](const auto& r) {
            return centre + half > r.first && centre - half < r.second;
        });
        if (collides || centre + half > pixels + 30)
            continue;
        placed.emplace_back(centre - half, centre + half);
        ticker->addTick(x, label);
    }
    xAxis->setTicker(ticker);
}

void LatencyPercentilePlot::show_snapshot(const workload::EngineSnapshot& snapshot) {
    std::vector<workload::Strategy> present;
    double max_count = 0, y_min = 1e300, y_max = 0;
    for (const workload::StrategyProgress& sp : snapshot.strategies) {
        present.push_back(sp.strategy);
        QCPGraph* graph = graph_for(sp.strategy);
        const auto count = double(sp.latency.count());
        QVector<double> xs, ys;
        if (count > 0) {
            // An even grid on the log axis, plus the percentiles people quote (p50, p90, …)
            // exactly, so the curve passes through the figures the summary table shows.
            std::vector<double> grid;
            for (int k = 0;; ++k) {
                const double x = std::pow(10.0, double(k) / points_per_decade);
                if (x >= count)
                    break;
                grid.push_back(x);
            }
            for (double p : {50.0, 90.0, 99.0, 99.9, 99.99, 99.999})
                if (const double x = x_of_percentile(p); x < count)
                    grid.push_back(x);
            std::sort(grid.begin(), grid.end());
            for (double x : grid) {
                const double p = 100.0 * (1.0 - 1.0 / x);
                xs.push_back(x);
                ys.push_back(std::max<double>(1, double(sp.latency.percentile(p))));
            }
            // The last sample is the maximum, at x = count.
            xs.push_back(std::max(count, 1.0));
            ys.push_back(std::max<double>(1, double(sp.latency.max())));
            max_count = std::max(max_count, count);
            for (double y : ys) {
                y_min = std::min(y_min, y);
                y_max = std::max(y_max, y);
            }
        }
        graph->setData(xs, ys, true);
    }
    keep_strategies(present);

    const bool has_data = max_count > 0;
    show_placeholder(!has_data);
    const double x_upper = std::max(10.0, decade_ceil(std::max(max_count, 2.0)));
    xAxis->setRange(1, x_upper);
    if (x_upper != x_upper_ || axisRect()->width() > 0) {
        x_upper_ = x_upper;
        update_x_ticks(x_upper);
    }
    if (has_data) {
        // Half a decade of room below the fastest calls, so a 1 ns curve is not on the axis.
        const double lo = std::max(0.3, decade_floor(y_min) * 0.4);
        double hi = decade_ceil(y_max * 1.05);
        if (hi <= lo)
            hi = lo * 10;
        yAxis->setRange(lo, hi);
    }

    const double hit_rate = snapshot.scenario.hit_rate;
    const bool knee = has_data && hit_rate > 0 && hit_rate < 1;
    knee_line_->setVisible(knee);
    knee_label_->setVisible(knee);
    if (knee) {
        const double x = x_of_percentile(hit_rate * 100);
        knee_line_->point1->setCoords(x, 1);
        knee_line_->point2->setCoords(x, 10);
        knee_label_->position->setCoords(x, 0.98);
        knee_label_->setText(tr("hit rate %1:\nhits to the left,\nmisses to the right")
                                 .arg(format_percent(hit_rate)));
    }
    request_replot();
}

} // namespace vtl::widgets
