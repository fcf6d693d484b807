#include "app/presenter/lesson_driver.hpp"

#include "app/main_window.hpp"
#include "app/presenter/lesson_schema.hpp"
#include "models/engine/engine_controller.hpp"
#include "widgets/await_twice/await_twice_lane.hpp"
#include "widgets/await_twice/await_twice_tab.hpp"
#include "widgets/common/ui_palette.hpp"

#include <QElapsedTimer>
#include <QEvent>
#include <QPainter>
#include <QScrollArea>
#include <QTimer>

namespace vtl::app {

using models::LessonEngineAction;
using namespace vtl::workload;

HighlightFrame::HighlightFrame(QWidget* target)
    : QWidget(target) {
    setObjectName(QStringLiteral("lesson_highlight"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    target->installEventFilter(this);
    setGeometry(target->rect());
    raise();
    show();
}

bool HighlightFrame::eventFilter(QObject* watched, QEvent* event) {
    if (watched == parent() && (event->type() == QEvent::Resize || event->type() == QEvent::Show)) {
        setGeometry(parentWidget()->rect());
        raise();
    }
    return false;
}

void HighlightFrame::paintEvent(QPaintEvent*) {
    const widgets::ui_palette::Colours c = widgets::ui_palette::colours(this);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const double w = 4 * c.stroke;
    QPen pen(c.pending, w);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(rect()).adjusted(w / 2, w / 2, -w / 2, -w / 2), 2 * w, 2 * w);
}

LessonDriver::LessonDriver(MainWindow& window, models::Lesson lesson, QObject* parent)
    : QObject(parent)
    , window_(window) {
    runner_ = new models::LessonRunner(std::move(lesson), *this, this);
    connect(window_.controller()->poller(), &models::SnapshotPoller::snapshotChanged, this,
            &LessonDriver::on_snapshot);
    connect(window_.controller(), &models::EngineController::runEnded, this, [this] {
        // Only the end of the run this step started (not a cancelled earlier one).
        const models::EngineController& c = *window_.controller();
        if (pending_ != LessonEngineAction::none && c.snapshot().scenario == c.run_scenario())
            settle();
    });
}

LessonDriver::~LessonDriver() {
    delete frame_;
}

QWidget* LessonDriver::highlighted() const {
    return frame_ ? frame_->parentWidget() : nullptr;
}

bool LessonDriver::wait_settled(int timeout_ms) {
    QElapsedTimer t;
    t.start();
    while (runner_->busy() && t.elapsed() < timeout_ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    QCoreApplication::processEvents();
    return !runner_->busy();
}

void LessonDriver::lesson_set_scenario(const Scenario& s) {
    window_.set_scenario(s);
}

void LessonDriver::lesson_show_view(const QString& view) {
    window_.show_view(view);
}

void LessonDriver::lesson_highlight(const QString& view, const QString& region) {
    delete frame_;
    QWidget* target = lesson_region_widget(window_, view, region);
    if (!target)
        return;
    frame_ = new HighlightFrame(target);
    if (window_.await_twice_tab() && view == QLatin1String("await-twice"))
        window_.await_twice_tab()->scroll_area()->ensureWidgetVisible(target);
}

void LessonDriver::lesson_engine(models::LessonRunner&, LessonEngineAction action,
                                 std::uint64_t calls, const Scenario& s) {
    models::EngineController& c = *window_.controller();
    pending_ = action;
    pause_at_ = 0;
    pause_requested_ = false;
    switch (action) {
    case LessonEngineAction::run:
        // A lesson runs the whole scenario it sets: slow motion would narrow it.
        c.set_slow_motion(std::nullopt);
        c.reset();
        window_.set_scenario(s);
        window_.run();
        if (!c.active()) { // refused (the window showed why)
            QTimer::singleShot(0, this, &LessonDriver::settle);
            return;
        }
        pause_at_ = calls;
        return;
    case LessonEngineAction::pause:
        if (!c.active() || c.engine_state() == EngineState::paused) {
            QTimer::singleShot(0, this, &LessonDriver::settle);
            return;
        }
        c.pause();
        return;
    case LessonEngineAction::resume:
        if (!c.active()) {
            QTimer::singleShot(0, this, &LessonDriver::settle);
            return;
        }
        c.resume();
        return;
    case LessonEngineAction::step:
        if (!c.active()) {
            QTimer::singleShot(0, this, &LessonDriver::settle);
            return;
        }
        step_target_ = c.snapshot().calls_done + std::max<std::uint64_t>(calls, 1);
        if (c.engine_state() != EngineState::paused) {
            c.pause();
            return; // steps start once paused (on_snapshot)
        }
        c.step();
        return;
    case LessonEngineAction::reset:
        c.reset();
        QTimer::singleShot(0, this, &LessonDriver::settle);
        return;
    case LessonEngineAction::none:
        QTimer::singleShot(0, this, &LessonDriver::settle);
        return;
    }
}

void LessonDriver::on_snapshot(const EngineSnapshot& s) {
    models::EngineController& c = *window_.controller();
    switch (pending_) {
    case LessonEngineAction::run:
        if (pause_at_ > 0 && s.state == EngineState::running && s.calls_done >= pause_at_ &&
            !pause_requested_) {
            pause_requested_ = true;
            c.pause();
        }
        if (pause_at_ > 0 && s.state == EngineState::paused)
            settle();
        return;
    case LessonEngineAction::pause:
        if (s.state == EngineState::paused)
            settle();
        return;
    case LessonEngineAction::step:
        if (s.state != EngineState::paused)
            return;
        if (s.calls_done >= step_target_)
            settle();
        else
            c.step(); // one more call
        return;
    default:
        return;
    }
}

void LessonDriver::settle() {
    if (pending_ == LessonEngineAction::none && !runner_->busy())
        return;
    pending_ = LessonEngineAction::none;
    runner_->engine_settled(window_.controller()->snapshot());
}

void LessonDriver::lesson_show_await_twice(const AwaitTwiceOutcome& o, int frame) {
    widgets::AwaitTwiceTab* tab = window_.await_twice_tab();
    if (!tab)
        return;
    widgets::AwaitTwiceLane* lane = tab->lane(o.which);
    if (!lane)
        return;
    if (frame < 0) {
        lane->show_outcome(o);
    } else {
        // Walk the lane to the frame over the outcome the runner measured, then give the lane
        // back its core.
        lane->model().set_runner([o](AwaitTwiceCase) { return o; });
        lane->model().reset();
        for (int i = 0; i <= frame && i < int(o.frames.size()); ++i)
            lane->step();
        lane->model().set_runner([](AwaitTwiceCase c) { return run_await_twice_case(c); });
    }
    tab->scroll_area()->ensureWidgetVisible(lane);
}

void LessonDriver::lesson_step_shown(models::LessonRunner&) {
    Q_EMIT stepShown();
}

} // namespace vtl::app
