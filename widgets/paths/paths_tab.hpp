// PathsTab: the "Paths" tab — traced calls of the running engine moving along the sync and
// async paths, the heap strip with the GC model's gen0 budget, and the code running now.
//
// While visible it polls the engine's trace ring at 60 Hz; while hidden it turns tracing and
// slow motion off, so it costs the engine nothing. It never drives the engine itself: pause,
// resume, step and pacing go through the EngineController, whose state the tab's Pause/Resume
// button shows exactly as the toolbar does. Pacing:
//  - Slow motion: the engine issues only a few calls per second (its run clock frozen while
//    it waits) and every call is traced and shown. A run started in slow motion runs ONE
//    strategy, chosen here, for at most a hundred calls (EngineController::SlowMotion).
//  - Normal: the engine runs flat out; one call in N is traced, N chosen so a few calls a
//    second are animated, and the tab says which share is shown.
//  - Single step: the engine is paused; "Next call" lets exactly one more call run; the event
//    buttons walk through that call's events one at a time, forwards and back.
#pragma once

#include "trace_view/path_animation_model.hpp"
#include "trace_view/path_pacing.hpp"
#include "workload/engine.hpp"
#include "workload/scenario.hpp"

#include <QElapsedTimer>
#include <QWidget>

#include <cstdint>
#include <vector>

class QAbstractButton;
class QButtonGroup;
class QComboBox;
class QBoxLayout;
class QHBoxLayout;
class QSplitter;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;

namespace vtl::models {
class EngineController;
}

namespace vtl::widgets {

class CodePane;
class HeapStrip;
class PathDiagram;

class PathsTab : public QWidget {
    Q_OBJECT

public:
    explicit PathsTab(models::EngineController& controller, QWidget* parent = nullptr);
    ~PathsTab() override;

    void set_mode(trace_view::PathPacingMode mode);
    trace_view::PathPacingMode mode() const noexcept { return mode_; }
    // Slow motion speed, calls per second (1 … 5).
    void set_slow_motion_rate(int calls_per_s);
    // The one strategy a slow-motion run shows.
    void set_slow_motion_strategy(workload::Strategy strategy);
    workload::Strategy slow_motion_strategy() const noexcept { return slow_strategy_; }
    // The trace interval asked of the engine right now (0 while hidden).
    std::uint64_t trace_every() const noexcept { return trace_every_; }

    // Drains the trace ring and plays `ms` of animation at once: for screenshots and tests,
    // which cannot wait for the frame timer.
    void catch_up(double ms);

    // The buttons' actions. toggle_pause() is the controller's Pause/Resume (the toolbar's).
    void toggle_pause();
    void step_forward();
    void step_back();
    void next_call();

    const trace_view::PathAnimationModel& model() const noexcept { return model_; }
    trace_view::PathAnimationModel& model() noexcept { return model_; }
    const PathDiagram* diagram() const noexcept { return diagram_; }
    const CodePane* code_pane() const noexcept { return code_; }
    // The text on the tab's Pause/Resume button, and the status line (for tests).
    QString pause_text() const;
    QString status_text() const;

protected:
    void showEvent(QShowEvent* e) override;
    void hideEvent(QHideEvent* e) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QBoxLayout* build_controls();
    // Narrow (large text, small window): the controls in two rows, the code pane under the
    // diagram; wide: one row, the code pane beside it.
    void arrange();
    QWidget* build_views();
    void connect_controls();
    void tick();
    void drain();
    void read_snapshot();
    void apply_mode();
    void release_engine();
    void apply_slow_motion();
    void on_controller_state();
    void on_run_started();
    void pause_all();
    void refresh_views();
    void refresh_status();

    models::EngineController& controller_;
    workload::Engine& engine_; // read only: the trace ring (control goes through controller_)
    trace_view::PathAnimationModel model_;
    workload::EngineSnapshot snapshot_;
    std::vector<workload::TraceEvent> buffer_;
    trace_view::PathPacingMode mode_ = trace_view::PathPacingMode::normal;
    int slow_rate_ = 1;
    workload::Strategy slow_strategy_ = workload::Strategy::valuetask;
    std::uint64_t trace_every_ = 0;
    bool visible_ = false;
    bool shown_paused_ = false;   // what the Pause/Resume button showed last
    bool want_one_event_ = false; // after a step: show the first event that arrives, then stop
    std::uint64_t dropped_seen_ = 0;
    double since_snapshot_ms_ = 1e9;
    double since_status_ms_ = 1e9;
    double clock_ms_ = 0;
    QElapsedTimer frame_clock_;

    QTimer* timer_ = nullptr;
    PathDiagram* diagram_ = nullptr;
    HeapStrip* heap_ = nullptr;
    CodePane* code_ = nullptr;
    QButtonGroup* modes_ = nullptr;
    QSpinBox* rate_ = nullptr;
    QComboBox* strategy_ = nullptr;
    QPushButton* pause_ = nullptr;
    QPushButton* back_ = nullptr;
    QPushButton* forward_ = nullptr;
    QPushButton* next_call_ = nullptr;
    QLabel* status_ = nullptr;
    QBoxLayout* controls_ = nullptr;
    QHBoxLayout* pace_row_ = nullptr;
    QHBoxLayout* step_row_ = nullptr;
    QWidget* diagram_side_ = nullptr;
    QSplitter* split_ = nullptr;
};

} // namespace vtl::widgets
