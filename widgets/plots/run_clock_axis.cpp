#include "widgets/plots/run_clock_axis.hpp"

#include "models/text/unit_format.hpp"
#include "widgets/plots/axis_tickers.hpp"

#include <QCoreApplication>
#include <QFontMetrics>

#include <algorithm>

namespace vtl::widgets {

using namespace vtl::models;

void set_up_run_clock_axis(QCPAxis* axis) {
    axis->setTicker(QSharedPointer<ValueAxisTicker>::create(
        [](double s) { return format_number(s, 3) + QStringLiteral("\u00A0s"); }));
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
    // The widest label is about that of the largest time; leave a label's worth of gap.
    const int label = metrics.horizontalAdvance(format_number(std::max(t_max, 1.0), 3) +
                                                QStringLiteral("\u00A0s")) +
                      24;
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
