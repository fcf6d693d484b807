#include "widgets/paths/paths_tab.hpp"

#include "models/engine/engine_controller.hpp"
#include "models/text/strategy_names.hpp"
#include "models/text/unit_format.hpp"
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

using workload::EngineState;

namespace {

constexpr int frame_interval_ms = 16;      // ~60 frames per second
constexpr double status_factor = 1.1;      // the status line reads a little larger
constexpr double snapshot_period_ms = 100; // the rate and the GC budget change slowly
constexpr double status_period_ms = 250;
constexpr std::size_t max_drain_per_frame = 50'000;

// Slow motion runs one call at a time at `calls_per_s`; a miss is about seven animated steps
// (issue, cache, suspend, backend, resume, continuation, result). Each step gets its share of
// the time one call has, so the picture keeps pace with the engine instead of falling behind
// and fast-forwarding (the model still speeds up a little when a step runs late).
PathAnimationModel::Timing timing_for(PathPacingMode mode, int calls_per_s) {
    PathAnimationModel::Timing t;
    if (mode == PathPacingMode::normal) {
        t.move_ms = 300;
        t.dwell_ms = 170;
        t.outcome_ms = 800;
        t.max_lag_ms = 2000;
    } else if (mode == PathPacingMode::slow_motion) {
        const double step_ms = 1000.0 / std::max(1, calls_per_s) / 7;
        t.move_ms = std::clamp(0.6 * step_ms, 50.0, 450.0);
        t.dwell_ms = std::clamp(0.3 * step_ms, 25.0, 260.0);
        t.outcome_ms = std::clamp(4 * step_ms, 300.0, 1100.0);
        t.max_lag_ms = 4000;
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

PathsTab::PathsTab(models::EngineController& controller, QWidget* parent)
    : QWidget(parent)
    , controller_(controller)
    , engine_(controller.engine()) {
    model_.set_timing(timing_for(mode_, slow_rate_));
    auto* root = new QVBoxLayout(this);
    root->addLayout(build_controls());
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    apply_relative_font(status_, font(), status_factor, false);
    root->addWidget(status_);
    root->addWidget(build_views(), 1);
    timer_ = new QTimer(this);
    timer_->setTimerType(Qt::PreciseTimer);
    timer_->setInterval(frame_interval_ms);
    connect_controls();
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
    strategy_->setVisible(mode == PathPacingMode::slow_motion);
    arrange(); // the row is wider with them
    model_.set_timing(timing_for(mode, slow_rate_));
    if (mode != PathPacingMode::single_step)
        model_.set_playing(true);
    apply_mode();
    refresh_status();
}

void PathsTab::set_slow_motion_rate(int calls_per_s) {
    slow_rate_ = std::clamp(calls_per_s, 1, 5);
    if (rate_->value() != slow_rate_)
        rate_->setValue(slow_rate_);
    model_.set_timing(timing_for(mode_, slow_rate_));
    apply_slow_motion();
    refresh_status();
}

void PathsTab::set_slow_motion_strategy(workload::Strategy strategy) {
    slow_strategy_ = strategy;
    if (const int i = strategy_->findData(static_cast<int>(strategy));
        i != strategy_->currentIndex())
        strategy_->setCurrentIndex(i);
    apply_slow_motion();
    refresh_status();
}

// Slow motion is on while this tab is visible in that mode, off otherwise.
void PathsTab::apply_slow_motion() {
    if (visible_ && mode_ == PathPacingMode::slow_motion) {
        models::EngineController::SlowMotion slow;
        slow.strategy = slow_strategy_;
        slow.calls_per_s = slow_rate_;
        controller_.set_slow_motion(slow);
    } else {
        controller_.set_slow_motion(std::nullopt);
    }
}

void PathsTab::apply_mode() {
    if (!visible_)
        return;
    apply_slow_motion();
    switch (mode_) {
    case PathPacingMode::slow_motion:
        trace_every_ = 1;
        break;
    case PathPacingMode::normal:
        trace_every_ = PathPacing::normal_trace_every(snapshot_.calls_per_s, 0);
        break;
    case PathPacingMode::single_step:
        trace_every_ = 1;
        controller_.pause(); // single step holds the run; "Next call" lets one call through
        break;
    }
    controller_.set_trace_every(trace_every_);
}

// Hidden: no tracing, no pacing. A pause stays (the toolbar shows it and resumes it).
void PathsTab::release_engine() {
    controller_.set_trace_every(0);
    controller_.set_slow_motion(std::nullopt);
    trace_every_ = 0;
}

void PathsTab::on_controller_state() {
    const bool paused = controller_.paused();
    if (shown_paused_ && !paused && controller_.active() && mode_ == PathPacingMode::single_step)
        set_mode(PathPacingMode::normal); // resumed elsewhere (toolbar): single step is over
    if (paused && mode_ != PathPacingMode::single_step)
        model_.set_playing(false);
    else if (!paused)
        model_.set_playing(true);
    refresh_status();
}

// A run started while single-stepping is held at its first call.
void PathsTab::on_run_started() {
    if (visible_ && mode_ == PathPacingMode::single_step)
        controller_.pause();
}

void PathsTab::showEvent(QShowEvent* e) {
    QWidget::showEvent(e);
    if (QWidget* viewport = scroll_viewport_of(this))
        viewport->installEventFilter(this);
    arrange();
    if (visible_)
        return;
    visible_ = true;
    // Whatever was on stage when the tab was hidden can no longer be followed.
    model_.mark_gap();
    dropped_seen_ = engine_.trace().dropped();
    snapshot_ = controller_.snapshot();
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
    if (controller_.snapshot().version == snapshot_.version)
        return;
    snapshot_ = controller_.snapshot();
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
            controller_.set_trace_every(every);
        }
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
    controller_.poller()->poll();
    snapshot_ = controller_.snapshot();
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

// Stepping through events holds the run and the animation.
void PathsTab::pause_all() {
    model_.set_playing(false);
    controller_.pause();
}

void PathsTab::toggle_pause() {
    if (controller_.active()) {
        if (controller_.paused() && mode_ == PathPacingMode::single_step)
            set_mode(PathPacingMode::normal);
        controller_.toggle_pause(); // on_controller_state() sets the animation to match
    } else {
        // No run: only the animation of what was recorded pauses or plays.
        model_.set_playing(!model_.playing() || model_.viewing_history());
    }
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
    if (!model_.step_forward() && controller_.active()) {
        // Nothing recorded or queued is left: let one more call run and show its first event.
        if (mode_ != PathPacingMode::single_step)
            set_mode(PathPacingMode::single_step);
        model_.set_playing(false);
        controller_.step();
        want_one_event_ = true;
    }
    refresh_views();
    refresh_status();
}

void PathsTab::next_call() {
    if (mode_ != PathPacingMode::single_step)
        set_mode(PathPacingMode::single_step);
    model_.set_playing(true);
    controller_.step();
    refresh_status();
}

void PathsTab::refresh_views() {
    const PathState* s = &model_.state();
    diagram_->set_time_ms(clock_ms_);
    diagram_->set_state(s);
    heap_->set_state(s);
    code_->show_focus(s->focus);
}

QString PathsTab::pause_text() const {
    return pause_->text();
}

QString PathsTab::status_text() const {
    return status_->text();
}

void PathsTab::refresh_status() {
    // The run's state when there is a run (the same words as the toolbar), else the animation's.
    const bool show_resume =
        controller_.active() ? controller_.paused() : !model_.playing() || model_.viewing_history();
    shown_paused_ = controller_.active() && controller_.paused();
    pause_->setText(show_resume ? tr("Resume") : tr("Pause"));
    pause_->setIcon(
        style()->standardIcon(show_resume ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    next_call_->setEnabled(mode_ == PathPacingMode::single_step);
    back_->setEnabled(model_.history_size() > 1);

    QString text;
    if (model_.viewing_history()) {
        text = tr("Stepping through recorded events: event %1 of %2. Resume returns to the "
                  "live view.")
                   .arg(model_.history_position())
                   .arg(model_.history_size());
    } else {
        switch (mode_) {
        case PathPacingMode::slow_motion:
            if (controller_.active() && !controller_.slow_motion_run()) {
                text = tr("Slow motion: this run, with all its strategies, now issues %1 "
                          "calls per second. For a short run of %2 alone, press Reset, then "
                          "Run.")
                           .arg(slow_rate_)
                           .arg(strategy_name(slow_strategy_));
            } else {
                text = tr("Slow motion: %1 only, one call at a time, at most %2 calls, %3 per "
                          "second on the real clock; every call shown, and between calls the "
                          "run clock stands still.")
                           .arg(strategy_name(slow_strategy_))
                           .arg(models::EngineController::SlowMotion{}.max_calls)
                           .arg(slow_rate_);
            }
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
    if (!controller_.active() && model_.live_state().tokens.empty() && model_.pending() == 0)
        text += tr(" No run in progress: start one with Run to see calls move.");
    status_->setText(text);
}

// The status line keeps its size relative to the view's text (see relative_font.hpp).
void PathsTab::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        apply_relative_font(status_, font(), status_factor, false);
        arrange();
    }
}

} // namespace vtl::widgets
