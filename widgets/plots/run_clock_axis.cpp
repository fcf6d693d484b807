#include "widgets/plots/run_clock_axis.hpp"

#include "models/text/unit_format.hpp"
#include "widgets/plots/axis_tickers.hpp"

#include <QCoreApplication>
#include <QFontMetrics>

#include <algorithm>

namespace vtl::widgets {

using namespace vtl::models;

namespace {

// "0 s", "2 ms", "1.5 s": a short run (the skip-idle clock makes many) reads in ms or µs
// instead of crowding the axis with "0.001 s" labels.
QString tick_label(double s) {
    return s == 0 ? QStringLiteral("0\u00A0s") : format_ns(s * 1e9);
}

} // namespace

void set_up_run_clock_axis(QCPAxis* axis) {
    axis->setTicker(
        QSharedPointer<ValueAxisTicker>::create([](double s) { return tick_label(s); }));
    axis->setLabel(QCoreApplication::translate("vtl::widgets", "run-clock time since start"));
    axis->setRange(0, 1);
}

void share_time_axis(QCPAxis* upper, QCPAxis* lower) {
    upper->setTicker(lower->ticker());
    upper->setTickLabels(false);
    upper->setLabel(QString());
    upper->setRange(lower->range());
    QObject::connect(lower, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), upper,
                     qOverload<const QCPRange&>(&QCPAxis::setRange));
}

void fit_run_clock_axis(QCPAxis* axis, double t_max) {
    axis->setRange(0, t_max > 0 ? t_max * 1.02 : 1);
    const int width = axis->axisRect()->width();
    const QFontMetrics metrics(axis->tickLabelFont());
    // The widest label is about that of a time with three significant digits in the axis's
    // unit; leave a label's worth of gap.
    const double t = t_max > 0 ? t_max : 1;
    int widest = 0;
    for (double v : {t, t / 3, t / 7})
        widest = std::max(widest, metrics.horizontalAdvance(tick_label(v)));
    const int label = widest + 24;
    axis->ticker()->setTickStepStrategy(QCPAxisTicker::tssMeetTickCount);
    axis->ticker()->setTickCount(std::max(2, (width > 0 ? width : 300) / label - 1));
}

QString run_clock_explanation() {
    return QCoreApplication::translate(
        "vtl::widgets",
        "Run clock: time as the workload sees it. With the skip-idle clock, waits for the "
        "simulated backend are skipped, so a run-clock second can pass in microseconds of real "
        "time; CPU work is timed for real.");
}

} // namespace vtl::widgets
