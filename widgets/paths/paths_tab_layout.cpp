// PathsTab's layout: the control row, the views (diagram, heap strip, code pane) and how they
// rearrange with the width; and the wiring of the controls to the tab's behaviour
// (paths_tab.cpp).
#include "widgets/paths/paths_tab.hpp"

#include "models/engine/engine_controller.hpp"
#include "models/text/strategy_names.hpp"
#include "widgets/common/available_width.hpp"
#include "widgets/common/relative_font.hpp"
#include "widgets/paths/code_pane.hpp"
#include "widgets/paths/heap_strip.hpp"
#include "widgets/paths/path_diagram.hpp"

#include <QBoxLayout>
#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace vtl::widgets {

using namespace vtl::trace_view;

using namespace vtl::models;

// The row of animation controls: pace, slow-motion speed and strategy, the run's
// Pause/Resume (the controller's), event and call stepping.
QBoxLayout* PathsTab::build_controls() {
    controls_ = new QBoxLayout(QBoxLayout::LeftToRight);
    controls_->setSpacing(6);
    pace_row_ = new QHBoxLayout;
    pace_row_->setSpacing(6);
    step_row_ = new QHBoxLayout;
    step_row_->setSpacing(6);
    QHBoxLayout* controls = pace_row_;
    auto* pace = new QLabel(tr("Pace:"), this);
    controls->addWidget(pace);
    modes_ = new QButtonGroup(this);
    modes_->setExclusive(true);
    const struct {
        PathPacingMode mode;
        QString text, tip;
    } buttons[] = {
        {PathPacingMode::slow_motion, tr("Slow motion"),
         tr("The engine issues only a few calls per second, on the real clock, and every one "
            "is shown: a miss really waits its backend latency. Between calls the run clock "
            "stands still, so the measurements stay honest. A run started in slow motion runs "
            "only the strategy chosen next to it, for at most %1 calls.")
             .arg(models::EngineController::SlowMotion{}.max_calls)},
        {PathPacingMode::normal, tr("Normal"),
         tr("The engine runs at full speed; one call in N is traced and shown, N chosen from "
            "the measured rate.")},
        {PathPacingMode::single_step, tr("Single step"),
         tr("The engine is paused. \"Next call\" lets exactly one more call run; the event "
            "buttons walk through its events.")},
    };
    for (const auto& b : buttons) {
        auto* button = new QPushButton(b.text, this);
        button->setCheckable(true);
        button->setToolTip(b.tip);
        button->setChecked(b.mode == mode_);
        modes_->addButton(button, static_cast<int>(b.mode));
        controls->addWidget(button);
    }
    rate_ = new QSpinBox(this);
    rate_->setRange(1, 5);
    rate_->setValue(slow_rate_);
    rate_->setSuffix(tr(" calls/s"));
    rate_->setToolTip(tr("Slow-motion speed: calls the engine issues per second."));
    rate_->setVisible(false);
    controls->addWidget(rate_);
    strategy_ = new QComboBox(this);
    for (workload::Strategy st : workload::all_strategies)
        strategy_->addItem(strategy_name(st), static_cast<int>(st));
    strategy_->setCurrentIndex(strategy_->findData(static_cast<int>(slow_strategy_)));
    strategy_->setToolTip(tr("The one strategy a slow-motion run shows."));
    strategy_->setVisible(false);
    controls->addWidget(strategy_);
    // Fills the row only when the stepping buttons are on a row of their own (arrange()).
    controls->addSpacerItem(new QSpacerItem(0, 0, QSizePolicy::Fixed, QSizePolicy::Minimum));
    controls = step_row_;
    pause_ = new QPushButton(this);
    pause_->setObjectName(QStringLiteral("paths_pause"));
    pause_->setToolTip(tr("The same as the toolbar's Pause/Resume (F6): pauses or resumes the "
                          "run and the animation together; from recorded events, returns to "
                          "the live view."));
    back_ = new QPushButton(style()->standardIcon(QStyle::SP_MediaSeekBackward), tr("Event"), this);
    back_->setToolTip(tr("Step back one event through what was recorded."));
    forward_ =
        new QPushButton(style()->standardIcon(QStyle::SP_MediaSeekForward), tr("Event"), this);
    forward_->setLayoutDirection(Qt::RightToLeft); // the arrow after the word
    forward_->setToolTip(tr("Step forward one event; past the last one, let one more call run."));
    next_call_ =
        new QPushButton(style()->standardIcon(QStyle::SP_MediaSkipForward), tr("Next call"), this);
    next_call_->setLayoutDirection(Qt::RightToLeft);
    next_call_->setToolTip(tr("Let the paused engine run exactly one more call, and show it."));
    for (QPushButton* b : {pause_, back_, forward_, next_call_})
        controls->addWidget(b);
    controls->addStretch(1);
    controls_->addLayout(pace_row_);
    controls_->addSpacing(16);
    controls_->addLayout(step_row_);
    return controls_;
}

void PathsTab::arrange() {
    if (!controls_ || !split_)
        return;
    // In its tab's scroll area, the viewport's width decides (this widget may be held wider).
    const int w = available_width(this);
    const int one_row = pace_row_->sizeHint().width() + step_row_->sizeHint().width() + 16 +
                        2 * controls_->spacing();
    const auto direction = w >= one_row ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (controls_->direction() != direction) {
        controls_->setDirection(direction);
        // In one row the stepping buttons follow the pace buttons after a gap; in two rows
        // each row starts at the left.
        const bool one = direction == QBoxLayout::LeftToRight;
        if (QSpacerItem* end = pace_row_->itemAt(pace_row_->count() - 1)->spacerItem())
            end->changeSize(0, 0, one ? QSizePolicy::Fixed : QSizePolicy::Expanding,
                            QSizePolicy::Minimum);
        if (QSpacerItem* gap = controls_->itemAt(1)->spacerItem())
            gap->changeSize(one ? 16 : 0, 0, QSizePolicy::Fixed, QSizePolicy::Fixed);
        pace_row_->invalidate();
        controls_->invalidate();
    }
    const int margins =
        layout() ? layout()->contentsMargins().left() + layout()->contentsMargins().right() : 0;
    const int beside = diagram_side_->minimumSizeHint().width() + code_->minimumSizeHint().width() +
                       split_->handleWidth() + margins;
    const auto orientation = w >= beside ? Qt::Horizontal : Qt::Vertical;
    if (split_->orientation() != orientation) {
        split_->setOrientation(orientation);
        if (orientation == Qt::Vertical)
            split_->setSizes({diagram_side_->sizeHint().height(), code_->sizeHint().height()});
        else
            split_->setSizes({w * 3 / 5, w * 2 / 5});
    }
}

void PathsTab::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    arrange();
}

bool PathsTab::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Resize && watched == scroll_viewport_of(this))
        arrange();
    return QWidget::eventFilter(watched, event);
}

// Left: the paths above the heap they use; right, full height: the code running.
QWidget* PathsTab::build_views() {
    auto* split = new QSplitter(Qt::Horizontal, this);
    split_ = split;
    auto* left = new QWidget(split);
    diagram_side_ = left;
    auto* left_layout = new QVBoxLayout(left);
    left_layout->setContentsMargins(0, 0, 0, 0);
    diagram_ = new PathDiagram(left);
    heap_ = new HeapStrip(left);
    left_layout->addWidget(diagram_, 1);
    left_layout->addWidget(heap_);
    code_ = new CodePane(split);
    split->addWidget(left);
    split->addWidget(code_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({620, 400});
    split->setChildrenCollapsible(false);
    return split;
}

void PathsTab::connect_controls() {
    connect(timer_, &QTimer::timeout, this, &PathsTab::tick);
    connect(modes_, &QButtonGroup::idClicked, this,
            [this](int id) { set_mode(static_cast<PathPacingMode>(id)); });
    connect(rate_, qOverload<int>(&QSpinBox::valueChanged), this, &PathsTab::set_slow_motion_rate);
    connect(strategy_, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        set_slow_motion_strategy(
            static_cast<workload::Strategy>(strategy_->itemData(index).toInt()));
    });
    connect(&controller_, &models::EngineController::stateChanged, this,
            &PathsTab::on_controller_state);
    connect(&controller_, &models::EngineController::runStarted, this, &PathsTab::on_run_started);
    connect(pause_, &QPushButton::clicked, this, &PathsTab::toggle_pause);
    connect(back_, &QPushButton::clicked, this, &PathsTab::step_back);
    connect(forward_, &QPushButton::clicked, this, &PathsTab::step_forward);
    connect(next_call_, &QPushButton::clicked, this, &PathsTab::next_call);
}

} // namespace vtl::widgets
