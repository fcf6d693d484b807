#include "widgets/await_twice/await_twice_lane.hpp"

#include "widgets/await_twice/await_twice_lane_view.hpp"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace vtl::widgets {

AwaitTwiceLane::AwaitTwiceLane(workload::AwaitTwiceCase which, int number, QWidget* parent)
    : QFrame(parent)
    , model_(which) {
    setFrameShape(QFrame::NoFrame);
    auto* row = new QBoxLayout(QBoxLayout::LeftToRight, this);
    row_ = row;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    auto* buttons = new QBoxLayout(QBoxLayout::TopToBottom);
    buttons_ = buttons;
    buttons->setSpacing(4);
    auto* run = new QPushButton(tr("Run"), this);
    run_ = run;
    run->setToolTip(tr("Run this case in the core now and show what the second await did."));
    step_ = new QPushButton(tr("Step"), this);
    step_->setToolTip(tr("Run this case in the core now and walk through it one moment at a "
                         "time."));
    buttons->addStretch(1);
    buttons->addWidget(run);
    buttons->addWidget(step_);
    buttons->addStretch(1);
    buttons->setAlignment(Qt::AlignLeft);
    fit_buttons();
    view_ = new AwaitTwiceLaneView(model_, number, this);
    row->addLayout(buttons);
    row->addWidget(view_, 1);
    connect(run, &QPushButton::clicked, this, &AwaitTwiceLane::run);
    connect(step_, &QPushButton::clicked, this, &AwaitTwiceLane::step);
    refresh();
}

void AwaitTwiceLane::fit_buttons() {
    // At least the style's width for the text (a fixed width from the start-up font cut
    // "Run" at larger text).
    const int text_w = fontMetrics().horizontalAdvance(tr("Step 4/4")) + 16;
    step_->setFixedWidth(
        std::max({text_w, run_->minimumSizeHint().width(), step_->minimumSizeHint().width()}));
    run_->setFixedWidth(step_->width());
}

int AwaitTwiceLane::width_with_buttons_beside() const {
    return run_->width() + row_->spacing() + view_->minimumSizeHint().width();
}

void AwaitTwiceLane::set_buttons_above(bool above) {
    if (above == buttons_above_)
        return;
    buttons_above_ = above;
    row_->setDirection(above ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    buttons_->setDirection(above ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    // Above, the buttons start at the left; beside, they are centred on the lane's height.
    buttons_->itemAt(0)->spacerItem()->changeSize(0, 0, QSizePolicy::Fixed, QSizePolicy::Fixed);
    if (!above)
        buttons_->itemAt(0)->spacerItem()->changeSize(0, 0, QSizePolicy::Minimum,
                                                      QSizePolicy::Expanding);
    buttons_->invalidate();
}

void AwaitTwiceLane::changeEvent(QEvent* event) {
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fit_buttons();
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
    view_->contents_changed();
}

} // namespace vtl::widgets
