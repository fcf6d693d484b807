// LessonDriver: the application's LessonHost. It applies a lesson's steps to a MainWindow —
// scenario into the control panel, the view's tab, the engine through the window's
// EngineController (the one owner of the run), await-twice cases into their lanes — draws the
// highlight frame over the step's region, and tells the runner when an engine action has come
// to rest (finished, or paused where the step asked).
#pragma once

#include "models/lessons/lesson_runner.hpp"

#include <QObject>
#include <QPaintEvent>
#include <QPointer>
#include <QWidget>

namespace vtl::app {

class MainWindow;
class HighlightFrame;

class LessonDriver : public QObject, public models::LessonHost {
    Q_OBJECT
public:
    LessonDriver(MainWindow& window, models::Lesson lesson, QObject* parent = nullptr);
    ~LessonDriver() override;

    models::LessonRunner& runner() noexcept { return *runner_; }
    MainWindow& window() noexcept { return window_; }
    // The widget framed by the current step's highlight (null when none).
    QWidget* highlighted() const;
    // Waits (running the event loop) until the current step has settled; false on timeout.
    bool wait_settled(int timeout_ms = 300'000);

    // LessonHost
    void lesson_set_scenario(const workload::Scenario& s) override;
    void lesson_show_view(const QString& view) override;
    void lesson_highlight(const QString& view, const QString& region) override;
    void lesson_engine(models::LessonRunner& runner, models::LessonEngineAction action,
                       std::uint64_t calls, const workload::Scenario& s) override;
    void lesson_show_await_twice(const workload::AwaitTwiceOutcome& o, int frame) override;
    void lesson_step_shown(models::LessonRunner& runner) override;

signals:
    void stepShown();

private:
    void on_snapshot(const workload::EngineSnapshot& snapshot);
    void settle();

    MainWindow& window_;
    models::LessonRunner* runner_ = nullptr;
    QPointer<HighlightFrame> frame_;
    // The engine action waiting to come to rest.
    models::LessonEngineAction pending_ = models::LessonEngineAction::none;
    std::uint64_t pause_at_ = 0;    // run: pause once this many calls are done (0: at the end)
    std::uint64_t step_target_ = 0; // step: calls_done to reach
    bool pause_requested_ = false;
};

// A frame drawn over a region of a view (transparent to the mouse), following its size.
class HighlightFrame : public QWidget {
    Q_OBJECT
public:
    explicit HighlightFrame(QWidget* target);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
};

} // namespace vtl::app
