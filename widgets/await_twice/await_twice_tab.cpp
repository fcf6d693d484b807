#include "widgets/await_twice/await_twice_tab.hpp"

#include "widgets/await_twice/await_twice_badge.hpp"
#include "widgets/await_twice/await_twice_lane.hpp"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace vtl::widgets {

using workload::DoubleAwaitOutcome;

namespace {

QWidget* legend_entry(DoubleAwaitOutcome o, const QString& text, QWidget* parent) {
    const int size = parent->fontMetrics().height() + 6;
    const qreal dpr = parent->devicePixelRatioF();
    QPixmap pix(QSize(size, size) * dpr);
    pix.setDevicePixelRatio(dpr);
    pix.fill(Qt::transparent);
    {
        QPainter p(&pix);
        paint_outcome_badge(p, QPointF(size / 2.0, size / 2.0), size * 0.42, o);
    }
    auto* box = new QWidget(parent);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 16, 0);
    row->setSpacing(4);
    auto* icon = new QLabel(box);
    icon->setPixmap(pix);
    auto* label = new QLabel(text, box);
    label->setTextFormat(Qt::RichText);
    row->addWidget(icon);
    row->addWidget(label);
    return box;
}

} // namespace

AwaitTwiceTab::AwaitTwiceTab(QWidget* parent)
    : QWidget(parent) {
    auto* root = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    auto* title = new QLabel(tr("Awaiting a ValueTask twice: each lane runs the real core when "
                                "you press Run or Step"),
                             this);
    QFont tf = title->font();
    tf.setBold(true);
    tf.setPointSizeF(tf.pointSizeF() * 1.15);
    title->setFont(tf);
    title->setWordWrap(true);
    auto* run_all_button = new QPushButton(tr("Run all"), this);
    run_all_button->setToolTip(tr("Run every case in the core now."));
    header->addWidget(title, 1);
    header->addWidget(run_all_button);
    root->addLayout(header);

    auto* legend = new QHBoxLayout;
    legend->setSpacing(0);
    legend->addWidget(
        legend_entry(DoubleAwaitOutcome::same_value, tr("harmless, by accident"), this));
    legend->addWidget(
        legend_entry(DoubleAwaitOutcome::invalid_operation, tr("exception: caught"), this));
    legend->addWidget(legend_entry(DoubleAwaitOutcome::wrong_value,
                                   tr("<b>silent wrong value</b>: no error at all"), this));
    legend->addStretch(1);
    root->addLayout(legend);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* list = new QWidget(scroll);
    auto* lanes = new QVBoxLayout(list);
    lanes->setContentsMargins(0, 0, 0, 0);
    lanes->setSpacing(4);
    int number = 1;
    for (workload::AwaitTwiceCase c : workload::all_await_twice_cases) {
        auto* lane = new AwaitTwiceLane(c, number++, list);
        lanes_.push_back(lane);
        lanes->addWidget(lane, 1);
    }
    scroll->setWidget(list);
    root->addWidget(scroll, 1);

    connect(run_all_button, &QPushButton::clicked, this, &AwaitTwiceTab::run_all);
}

void AwaitTwiceTab::run_all() {
    for (auto& outcome : workload::run_await_twice_lab())
        if (AwaitTwiceLane* l = lane(outcome.which))
            l->show_outcome(std::move(outcome));
}

AwaitTwiceLane* AwaitTwiceTab::lane(workload::AwaitTwiceCase c) const noexcept {
    for (AwaitTwiceLane* l : lanes_)
        if (l->model().which() == c)
            return l;
    return nullptr;
}

} // namespace vtl::widgets
