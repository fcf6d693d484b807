// PresenterMode: lessons in the main window and presenter mode for a projector.
//
// Lessons: a Lessons menu listing the shipped lessons, Lessons/File → Open lesson… (a file),
// File → Export handout…; the lesson's narration band docked at the bottom of the window.
// Presenter mode (F11, or the toolbar's Presenter button): full screen, the projector theme
// (ui_palette::Theme::projector), text at least 1.6×, menus, toolbar, status bar, the control
// panel and the tab bar hidden; the band in large type. Keys: Space / → / Page Down next step,
// ← / Page Up back, Home / End first / last step, 1–9 choose a prediction, B blank screen,
// Esc leave (restores theme, text size and window state).
//
// Installed on a MainWindow by main.cpp (and by tests): new PresenterMode(window).
#pragma once

#include "models/lessons/lesson.hpp"

#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QDockWidget;
class QMenu;
class QWidget;

namespace vtl::app {

class MainWindow;
class LessonBand;
class LessonDriver;

class PresenterMode : public QObject {
    Q_OBJECT
public:
    explicit PresenterMode(MainWindow& window);
    ~PresenterMode() override;

    static PresenterMode* of(const MainWindow& window);

    // Lessons
    bool open_lesson(const QString& path_or_id); // shows problems in a dialog
    bool open_lesson(const models::Lesson& lesson);
    void close_lesson();
    LessonDriver* driver() const { return driver_; }
    LessonBand* band() const { return band_; }
    QString last_error() const { return last_error_; }
    bool export_handout_to(const QString& pdf);

    // Presenter mode
    void set_active(bool on);
    bool active() const noexcept { return active_; }
    bool blanked() const;
    QAction* presenter_action() const { return presenter_action_; }
    QMenu* lessons_menu() const { return lessons_menu_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void build_menus();
    void show_error(const QString& message);
    void update_band();
    void set_blank(bool on);

    MainWindow& window_;
    LessonDriver* driver_ = nullptr;
    LessonBand* band_ = nullptr;
    QDockWidget* dock_ = nullptr;
    QMenu* lessons_menu_ = nullptr;
    QAction* presenter_action_ = nullptr;
    QAction* export_action_ = nullptr;
    QPointer<QWidget> blank_;
    QString last_error_;

    // What presenter mode changed, to restore on leaving.
    bool active_ = false;
    struct Saved {
        int theme = 0;
        double text_scale = 1;
        Qt::WindowStates states;
        QList<QPointer<QWidget>> hidden;
    } saved_;
};

} // namespace vtl::app
