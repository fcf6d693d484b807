#include "widgets/await_twice/await_twice_lane.hpp"

#include "widgets/await_twice/await_twice_lane_view.hpp"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace vtl::widgets {

AwaitTwiceLane::AwaitTwiceLane(workload::AwaitTwiceCase which, int number, QWidget* parent)
    : QFrame(parent)
    , model_(which) {
    setFrameShape(QFrame::NoFrame);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    auto* buttons = new QVBoxLayout;
    buttons->setSpacing(4);
    auto* run = new QPushButton(tr("Run"), this);
    run->setToolTip(tr("Run this case in the core now and show what the second await did."));
    step_ = new QPushButton(tr("Step"), this);
    step_->setToolTip(tr("Run this case in the core now and walk through it one moment at a "
                         "time."));
    buttons->addStretch(1);
    buttons->addWidget(run);
    buttons->addWidget(step_);
    buttons->addStretch(1);
    const int button_w = fontMetrics().horizontalAdvance(tr("Step 4/4")) + 24;
    run->setFixedWidth(button_w);
    step_->setFixedWidth(button_w);
    view_ = new AwaitTwiceLaneView(model_, number, this);
    row->addLayout(buttons);
    row->addWidget(view_, 1);
    connect(run, &QPushButton::clicked, this, &AwaitTwiceLane::run);
    connect(step_, &QPushButton::clicked, this, &AwaitTwiceLane::step);
    refresh();
}

void AwaitTwiceLane::run() {
    model_.run();
    refresh();
}

void AwaitTwiceLane::step() {
    model_.step();
    refresh();
}

void AwaitTwiceLane::show_outcome(workload::AwaitTwiceOutcome outcome) {
    model_.show(std::move(outcome));
    refresh();
}

void AwaitTwiceLane::refresh() {
    step_->setText(model_.has_outcome() && !model_.revealed()
                       ? tr("Step %1/%2").arg(model_.frame_index() + 2).arg(model_.frame_count())
                       : tr("Step"));
    view_->update();
}

} // namespace vtl::widgets
