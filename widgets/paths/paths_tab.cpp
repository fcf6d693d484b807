#include "widgets/paths/paths_tab.hpp"

#include "widgets/paths/code_pane.hpp"
#include "widgets/paths/heap_strip.hpp"
#include "widgets/paths/path_diagram.hpp"
#include "models/text/unit_format.hpp"

#include <QButtonGroup>
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

using workload::EngineState;

namespace {

constexpr int frame_interval_ms = 16;      // ~60 frames per second
constexpr double snapshot_period_ms = 100; // the rate and the GC budget change slowly
constexpr double status_period_ms = 250;
constexpr std::size_t max_drain_per_frame = 50'000;

PathAnimationModel::Timing timing_for(PathPacingMode mode) {
    PathAnimationModel::Timing t;
    if (mode == PathPacingMode::normal) {
        t.move_ms = 300;
        t.dwell_ms = 170;
        t.outcome_ms = 800;
        t.max_lag_ms = 2000;
    } else {
        t.move_ms = 450;
        t.dwell_ms = 260;
        t.outcome_ms = 1100;
        t.max_lag_ms = 4000;
    }
    return t;
}

bool engine_active(EngineState s) {
    return s == EngineState::running || s == EngineState::paused;
}

} // namespace

PathsTab::PathsTab(vtl::workload::Engine& engine, QWidget* parent)
    : QWidget(parent)
    , engine_(engine) {
    model_.set_timing(timing_for(mode_));

    auto* root = new QVBoxLayout(this);
    auto* controls = new QHBoxLayout;
    controls->setSpacing(6);
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
            "stands still, so the measurements stay honest.")},
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
    controls->addSpacing(16);
    pause_ = new QPushButton(this);
    pause_->setToolTip(tr("Freeze the animation (and the engine, if it is running)."));
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
    root->addLayout(controls);

    status_ = new QLabel(this);
    status_->setWordWrap(true);
    QFont status_font = status_->font();
    status_font.setPointSizeF(status_font.pointSizeF() * 1.1);
    status_->setFont(status_font);
    root->addWidget(status_);

    // Left: the paths above the heap they use; right, full height: the code running.
    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(split);
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
    root->addWidget(split, 1);

    timer_ = new QTimer(this);
    timer_->setTimerType(Qt::PreciseTimer);
    timer_->setInterval(frame_interval_ms);
    connect(timer_, &QTimer::timeout, this, &PathsTab::tick);
    connect(modes_, &QButtonGroup::idClicked, this,
            [this](int id) { set_mode(static_cast<PathPacingMode>(id)); });
    connect(rate_, qOverload<int>(&QSpinBox::valueChanged), this, &PathsTab::set_slow_motion_rate);
    connect(pause_, &QPushButton::clicked, this, &PathsTab::toggle_pause);
    connect(back_, &QPushButton::clicked, this, &PathsTab::step_back);
    connect(forward_, &QPushButton::clicked, this, &PathsTab::step_forward);
    connect(next_call_, &QPushButton::clicked, this, &PathsTab::next_call);

    refresh_views();
    refresh_status();
}

// The engine is not touched here: an owner may destroy it before its child widgets.
PathsTab::~PathsTab() = default;

void PathsTab::set_mode(PathPacingMode mode) {
    if (QAbstractButton* b = modes_->button(static_cast<int>(mode)))
        b->setChecked(true);
    mode_ = mode;
    rate_->setVisible(mode == PathPacingMode::slow_motion);
    model_.set_timing(timing_for(mode));
    if (mode != PathPacingMode::single_step)
        model_.set_playing(true);
    apply_mode();
    refresh_status();
}

void PathsTab::set_slow_motion_rate(int calls_per_s) {
    slow_rate_ = std::clamp(calls_per_s, 1, 5);
    if (rate_->value() != slow_rate_)
        rate_->setValue(slow_rate_);
    if (visible_ && mode_ == PathPacingMode::slow_motion)
        engine_.set_pacing(slow_rate_);
}

void PathsTab::apply_mode() {
    if (!visible_)
        return;
    switch (mode_) {
    case PathPacingMode::slow_motion:
        engine_.set_pacing(slow_rate_);
        trace_every_ = 1;
        break;
    case PathPacingMode::normal:
        engine_.set_pacing(0);
        trace_every_ = PathPacing::normal_trace_every(snapshot_.calls_per_s, 0);
        break;
    case PathPacingMode::single_step:
        engine_.set_pacing(0);
        trace_every_ = 1;
        if (!we_paused_ && engine_active(engine_.state())) {
            engine_.pause();
            we_paused_ = true;
        }
        break;
    }
    if (mode_ != PathPacingMode::single_step && we_paused_ && model_.playing()) {
        engine_.resume();
        we_paused_ = false;
    }
    engine_.set_trace_every(trace_every_);
}

void PathsTab::release_engine() {
    engine_.set_trace_every(0);
    engine_.set_pacing(0);
    trace_every_ = 0;
    if (we_paused_) {
        engine_.resume();
        we_paused_ = false;
    }
}

void PathsTab::showEvent(QShowEvent* e) {
    QWidget::showEvent(e);
    if (visible_)
        return;
    visible_ = true;
    // Whatever was on stage when the tab was hidden can no longer be followed.
    model_.mark_gap();
    dropped_seen_ = engine_.trace().dropped();
    engine_.snapshot_if_newer(snapshot_);
    apply_mode();
    frame_clock_.start();
    timer_->start();
}

void PathsTab::hideEvent(QHideEvent* e) {
    QWidget::hideEvent(e);
    if (!visible_)
        return;
    visible_ = false;
    timer_->stop();
    release_engine();
    // What is still in the ring was traced for this view; a later showing starts afresh.
    buffer_.clear();
    engine_.trace().drain(buffer_);
    buffer_.clear();
}

void PathsTab::drain() {
    buffer_.clear();
    engine_.trace().drain(buffer_, max_drain_per_frame);
    if (!buffer_.empty())
        model_.enqueue(buffer_);
    // The ring was full and dropped what came after the events it held: what is on stage
    // can no longer be followed from here.
    const std::uint64_t dropped = engine_.trace().dropped();
    if (dropped != dropped_seen_) {
        dropped_seen_ = dropped;
        model_.mark_gap();
    }
}

void PathsTab::read_snapshot() {
    if (!engine_.snapshot_if_newer(snapshot_))
        return;
    if (snapshot_.scenario.gc_gen0_budget_bytes != 0)
        model_.set_gen0_budget(snapshot_.scenario.gc_gen0_budget_bytes);
    if (!visible_)
        return;
    if (mode_ == PathPacingMode::normal) {
        const bool unmeasured = snapshot_.calls_per_s <= 0 && engine_active(snapshot_.state);
        const std::uint64_t every =
            unmeasured ? PathPacing::starting_trace_every(snapshot_.scenario.calls)
                       : PathPacing::normal_trace_every(snapshot_.calls_per_s, trace_every_);
        if (every != trace_every_) {
            trace_every_ = every;
            engine_.set_trace_every(every);
        }
    } else if (mode_ == PathPacingMode::single_step && !we_paused_ &&
               snapshot_.state == EngineState::running) {
        // A run started while single-stepping: hold it at the first call.
        engine_.pause();
        we_paused_ = true;
    }
}

void PathsTab::tick() {
    const double ms = std::clamp(static_cast<double>(frame_clock_.restart()), 0.0, 100.0);
    clock_ms_ += ms;
    drain();
    since_snapshot_ms_ += ms;
    if (since_snapshot_ms_ >= snapshot_period_ms) {
        since_snapshot_ms_ = 0;
        read_snapshot();
    }
    if (want_one_event_ && model_.pending() > 0) {
        model_.step_forward();
        want_one_event_ = false;
    }
    model_.advance(ms);
    refresh_views();
    since_status_ms_ += ms;
    if (since_status_ms_ >= status_period_ms) {
        since_status_ms_ = 0;
        refresh_status();
    }
}

void PathsTab::catch_up(double ms) {
    engine_.snapshot_if_newer(snapshot_);
    if (snapshot_.scenario.gc_gen0_budget_bytes != 0)
        model_.set_gen0_budget(snapshot_.scenario.gc_gen0_budget_bytes);
    for (;;) {
        drain();
        if (buffer_.empty())
            break;
    }
    for (double t = 0; t < ms; t += frame_interval_ms)
        model_.advance(frame_interval_ms);
    clock_ms_ += ms;
    refresh_views();
    refresh_status();
}

void PathsTab::pause_all() {
    model_.set_playing(false);
    if (!we_paused_ && engine_.state() == EngineState::running) {
        engine_.pause();
        we_paused_ = true;
    }
}

void PathsTab::play_all() {
    model_.set_playing(true);
    if (we_paused_ && mode_ != PathPacingMode::single_step) {
        engine_.resume();
        we_paused_ = false;
    }
}

void PathsTab::toggle_pause() {
    if (model_.playing() && !model_.viewing_history())
        pause_all();
    else
        play_all();
    refresh_status();
}

void PathsTab::step_back() {
    pause_all();
    model_.step_back();
    refresh_views();
    refresh_status();
}

void PathsTab::step_forward() {
    pause_all();
    if (!model_.step_forward() && engine_active(engine_.state())) {
        // Nothing recorded or queued is left: let one more call run and show its first event.
        if (mode_ != PathPacingMode::single_step)
            set_mode(PathPacingMode::single_step);
        model_.set_playing(false);
        engine_.step();
        we_paused_ = true;
        want_one_event_ = true;
    }
    refresh_views();
    refresh_status();
}

void PathsTab::next_call() {
    if (mode_ != PathPacingMode::single_step)
        set_mode(PathPacingMode::single_step);
    model_.set_playing(true);
    if (engine_active(engine_.state())) {
        engine_.step();
        we_paused_ = true;
    }
    refresh_status();
}

void PathsTab::refresh_views() {
    const PathState* s = &model_.state();
    diagram_->set_time_ms(clock_ms_);
    diagram_->set_state(s);
    heap_->set_state(s);
    code_->show_focus(s->focus);
}

void PathsTab::refresh_status() {
    const bool live_playing = model_.playing() && !model_.viewing_history();
    pause_->setText(live_playing ? tr("Pause") : tr("Play"));
    pause_->setIcon(
        style()->standardIcon(live_playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    next_call_->setEnabled(mode_ == PathPacingMode::single_step);
    back_->setEnabled(model_.history_size() > 1);

    QString text;
    if (model_.viewing_history()) {
        text = tr("Stepping through recorded events: event %1 of %2. Play returns to the "
                  "live view.")
                   .arg(model_.history_position())
                   .arg(model_.history_size());
    } else {
        switch (mode_) {
        case PathPacingMode::slow_motion:
            text = tr("Slow motion: %1 calls per second on the real clock, every call shown; "
                      "between calls the run clock stands still.")
                       .arg(slow_rate_);
            break;
        case PathPacingMode::normal:
            if (trace_every_ <= 1)
                text = tr("Normal speed: showing every call");
            else
                text = tr("Normal speed: showing 1 in %1 calls").arg(format_count(trace_every_));
            if (snapshot_.calls_per_s > 0 && snapshot_.state == EngineState::running)
                text += tr(" (engine: %1 calls/s)").arg(format_si(snapshot_.calls_per_s));
            if (model_.calls_fast_forwarded() > 0)
                text += tr("; %1 more traced calls were fast-forwarded to keep up")
                            .arg(format_count(model_.calls_fast_forwarded()));
            text += QLatin1Char('.');
            break;
        case PathPacingMode::single_step:
            text = tr("Single step: the engine is paused. \"Next call\" runs exactly one more "
                      "call; the Event buttons walk through its events, back and forth.");
            break;
        }
        if (model_.playing() && model_.speed() > 1.2)
            text += tr(" Playing %1× faster to keep up.").arg(format_number(model_.speed(), 2));
    }
    const EngineState st = engine_.state();
    if (!engine_active(st) && model_.live_state().tokens.empty() && model_.pending() == 0)
        text += tr(" No run in progress: start one with Run to see calls move.");
    status_->setText(text);
}

} // namespace vtl::widgets
