#include "widgets/controls/run_progress_widget.hpp"

#include "models/text/unit_format.hpp"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace vtl::widgets {

using namespace vtl::models;

RunProgressWidget::RunProgressWidget(QWidget* parent)
    : QWidget(parent)
    , bar_(new QProgressBar(this))
    , label_(new QLabel(this)) {
    setObjectName(QStringLiteral("run_progress"));
    bar_->setRange(0, 1000);
    bar_->setValue(0);
    bar_->setTextVisible(true);
    bar_->setFormat(QStringLiteral("%p%"));
    bar_->setMinimumWidth(160);
    label_->setMinimumWidth(420);
    label_->setTextFormat(Qt::PlainText);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 0, 8, 0);
    layout->addWidget(bar_, 1);
    layout->addWidget(label_, 2);
    setToolTip(tr("Calls done over all strategies, the recent rate in calls per second of real "
                  "time, and the estimated real time left."));
    show_snapshot({});
}

QString RunProgressWidget::text() const {
    return label_->text();
}

void RunProgressWidget::show_snapshot(const workload::EngineSnapshot& snapshot) {
    const double total = double(snapshot.calls_total);
    const double done = double(snapshot.calls_done);
    bar_->setValue(total > 0 ? int(1000.0 * done / total) : 0);
    if (snapshot.calls_total == 0) {
        label_->setText(tr("No run yet"));
        return;
    }
    QString text = tr("%1 of %2 calls")
                       .arg(format_count(snapshot.calls_done), format_count(snapshot.calls_total));
    if (snapshot.state == workload::EngineState::running ||
        snapshot.state == workload::EngineState::paused) {
        if (slow_motion_)
            text += tr(" · slow motion");
        else
            text += tr(" · %1 calls/s").arg(format_si(snapshot.calls_per_s));
        constexpr double hour_s = 3600;
        if (snapshot.state == workload::EngineState::paused)
            text += tr(" · paused");
        else if (snapshot.eta_s > 0 && (!slow_motion_ || snapshot.eta_s < hour_s))
            text += tr(" · %1 left").arg(format_duration_s(snapshot.eta_s));
    } else {
        text += tr(" · took %1").arg(format_duration_s(snapshot.wall_s));
    }
    label_->setText(text);
}

} // namespace vtl::widgets
