#include "app/presenter/presenter_mode.hpp"

#include "app/main_window.hpp"
#include "app/presenter/lesson_band.hpp"
#include "app/presenter/lesson_driver.hpp"
#include "app/presenter/lesson_handout.hpp"
#include "app/presenter/lesson_schema.hpp"
#include "widgets/common/ui_palette.hpp"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>

namespace vtl::app {

namespace ui_palette = widgets::ui_palette;

namespace {
constexpr double presenter_text_scale = 1.6;
}

PresenterMode::PresenterMode(MainWindow& window)
    : QObject(&window)
    , window_(window) {
    setObjectName(QStringLiteral("presenter_mode"));
    band_ = new LessonBand;
    dock_ = new QDockWidget(tr("Lesson"), &window_);
    dock_->setObjectName(QStringLiteral("lesson_dock"));
    dock_->setWidget(band_);
    dock_->setFeatures(QDockWidget::NoDockWidgetFeatures);
    window_.addDockWidget(Qt::BottomDockWidgetArea, dock_);
    dock_->hide();
    connect(band_, &LessonBand::nextRequested, this, [this] {
        if (driver_)
            driver_->runner().next();
    });
    connect(band_, &LessonBand::backRequested, this, [this] {
        if (driver_)
            driver_->runner().back();
    });
    connect(band_, &LessonBand::presenterRequested, this, [this] { set_active(!active_); });
    connect(band_, &LessonBand::closeRequested, this, &PresenterMode::close_lesson);
    connect(band_, &LessonBand::choiceMade, this, [this](const QString& id) {
        if (driver_)
            driver_->runner().predict(id);
    });
    build_menus();
    qApp->installEventFilter(this);
}

PresenterMode::~PresenterMode() {
    if (active_)
        ui_palette::set_theme(ui_palette::Theme(saved_.theme));
}

PresenterMode* PresenterMode::of(const MainWindow& window) {
    return window.findChild<PresenterMode*>(QStringLiteral("presenter_mode"),
                                            Qt::FindDirectChildrenOnly);
}

void PresenterMode::build_menus() {
    presenter_action_ = new QAction(tr("&Presenter mode"), &window_);
    presenter_action_->setObjectName(QStringLiteral("presenter_action"));
    presenter_action_->setShortcut(QKeySequence(Qt::Key_F11));
    presenter_action_->setCheckable(true);
    presenter_action_->setToolTip(
        tr("Full screen, projector colours, large text; Space/→ next step, ← back, B blank, "
           "Esc leave (F11)"));
    connect(presenter_action_, &QAction::triggered, this, [this](bool on) { set_active(on); });
    window_.addAction(presenter_action_); // works with the menu bar hidden

    auto* open = new QAction(tr("Open &lesson…"), &window_);
    open->setObjectName(QStringLiteral("open_lesson_action"));
    connect(open, &QAction::triggered, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(&window_, tr("Open lesson"), {}, tr("Lessons (*.json)"));
        if (!path.isEmpty())
            open_lesson(path);
    });
    export_action_ = new QAction(tr("Export &handout…"), &window_);
    export_action_->setObjectName(QStringLiteral("export_handout_action"));
    export_action_->setEnabled(false);
    connect(export_action_, &QAction::triggered, this, [this] {
        if (!driver_)
            return;
        const QString path = QFileDialog::getSaveFileName(
            &window_, tr("Export handout"), driver_->runner().lesson().id + QStringLiteral(".pdf"),
            tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            export_handout_to(path);
    });

    QMenuBar* bar = window_.menuBar();
    const QList<QAction*> menus = bar->actions();
    if (!menus.isEmpty() && menus.first()->menu()) {
        QMenu* file = menus.first()->menu(); // File: before Quit
        QAction* quit = file->actions().isEmpty() ? nullptr : file->actions().last();
        file->insertAction(quit, open);
        file->insertAction(quit, export_action_);
        file->insertSeparator(quit);
    }
    lessons_menu_ = new QMenu(tr("&Lessons"), &window_);
    lessons_menu_->setObjectName(QStringLiteral("lessons_menu"));
    for (const QString& path : models::shipped_lesson_paths()) {
        const models::LessonParseResult r = load_app_lesson(path); // in the UI language
        if (!r.lesson)
            continue; // tests check every shipped lesson; never offer a broken one
        QAction* a = lessons_menu_->addAction(r.lesson->title);
        a->setObjectName(QStringLiteral("lesson_") + r.lesson->id);
        a->setToolTip(r.lesson->summary);
        connect(a, &QAction::triggered, this, [this, path] { open_lesson(path); });
    }
    lessons_menu_->addSeparator();
    lessons_menu_->addAction(open);
    lessons_menu_->addAction(export_action_);
    lessons_menu_->addAction(presenter_action_);
    bar->insertMenu(menus.isEmpty() ? nullptr : menus.last(), lessons_menu_); // before Help
    if (auto* toolbar = window_.findChild<QToolBar*>(QStringLiteral("run_toolbar"))) {
        toolbar->addSeparator();
        toolbar->addAction(presenter_action_);
    }
}

void PresenterMode::show_error(const QString& message) {
    last_error_ = message;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot open the lesson"), message,
                                QMessageBox::Ok, &window_);
    box->setObjectName(QStringLiteral("lesson_error_dialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool PresenterMode::open_lesson(const QString& path_or_id) {
    const QString path = lesson_path(path_or_id);
    const models::LessonParseResult r = load_app_lesson(path);
    if (!r.lesson) {
        QStringList lines;
        for (const models::LessonIssue& i : r.issues.mid(0, 12))
            lines << i.text(QFileInfo(path).fileName());
        show_error(lines.join('\n'));
        return false;
    }
    return open_lesson(*r.lesson);
}

bool PresenterMode::open_lesson(const models::Lesson& lesson) {
    close_lesson();
    driver_ = new LessonDriver(window_, lesson, this);
    connect(driver_, &LessonDriver::stepShown, this, &PresenterMode::update_band);
    dock_->setWindowTitle(tr("Lesson: %1").arg(lesson.title));
    dock_->show();
    export_action_->setEnabled(true);
    driver_->runner().start();
    return true;
}

void PresenterMode::close_lesson() {
    if (!driver_)
        return;
    delete driver_;
    driver_ = nullptr;
    band_->show_step(nullptr);
    dock_->hide();
    export_action_->setEnabled(false);
}

void PresenterMode::update_band() {
    band_->show_step(driver_ ? &driver_->runner() : nullptr);
}

bool PresenterMode::export_handout_to(const QString& pdf) {
    if (!driver_)
        return false;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = export_handout(driver_->runner().lesson(), pdf, QSize(1280, 800), &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        show_error(error);
    return ok;
}

void PresenterMode::set_active(bool on) {
    if (on == active_)
        return;
    active_ = on;
    presenter_action_->setChecked(on);
    if (on) {
        saved_.theme = int(ui_palette::theme());
        saved_.text_scale = window_.text_scale();
        saved_.states = window_.windowState();
        saved_.hidden.clear();
        QList<QWidget*> controls{window_.menuBar(), window_.statusBar(),
                                 window_.tabs() ? window_.tabs()->tabBar() : nullptr,
                                 window_.findChild<QWidget*>(QStringLiteral("control_scroll"))};
        for (QToolBar* t : window_.findChildren<QToolBar*>())
            controls << t;
        for (QWidget* w : controls)
            if (w && w->isVisible()) {
                w->hide();
                saved_.hidden << w;
            }
        ui_palette::set_theme(ui_palette::Theme::projector);
        window_.set_text_scale(std::max(presenter_text_scale, saved_.text_scale));
        dock_->setTitleBarWidget(new QWidget(dock_)); // no title bar: the band is the band
        band_->set_presenter(true);
        window_.showFullScreen();
    } else {
        set_blank(false);
        for (const QPointer<QWidget>& w : saved_.hidden)
            if (w)
                w->show();
        saved_.hidden.clear();
        ui_palette::set_theme(ui_palette::Theme(saved_.theme));
        window_.set_text_scale(saved_.text_scale);
        delete dock_->titleBarWidget();
        dock_->setTitleBarWidget(nullptr);
        band_->set_presenter(false);
        window_.setWindowState(saved_.states);
    }
    update_band();
}

bool PresenterMode::blanked() const {
    return blank_ && blank_->isVisible();
}

void PresenterMode::set_blank(bool on) {
    if (!on) {
        if (blank_)
            blank_->hide();
        return;
    }
    if (!blank_) {
        blank_ = new QWidget(&window_);
        blank_->setObjectName(QStringLiteral("presenter_blank"));
        blank_->setAutoFillBackground(true);
        QPalette p = blank_->palette();
        // A blank projector shows nothing: the projector theme's ink (black).
        p.setColor(QPalette::Window,
                   ui_palette::colours(ui_palette::palette_for(ui_palette::Theme::projector)).ink);
        blank_->setPalette(p);
    }
    blank_->setGeometry(window_.rect());
    blank_->raise();
    blank_->show();
}

bool PresenterMode::eventFilter(QObject* watched, QEvent* event) {
    if (!active_ || event->type() != QEvent::KeyPress)
        return false;
    auto* w = qobject_cast<QWidget*>(watched);
    if (!w || (w != &window_ && !window_.isAncestorOf(w)))
        return false;
    const auto* key = static_cast<QKeyEvent*>(event);
    models::LessonRunner* runner = driver_ ? &driver_->runner() : nullptr;
    switch (key->key()) {
    case Qt::Key_Escape:
        if (blanked())
            set_blank(false);
        else
            set_active(false);
        return true;
    case Qt::Key_B:
    case Qt::Key_Period:
        set_blank(!blanked());
        return true;
    case Qt::Key_Space:
    case Qt::Key_Right:
    case Qt::Key_PageDown:
        set_blank(false);
        if (runner)
            runner->next();
        return true;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        set_blank(false);
        if (runner)
            runner->back();
        return true;
    case Qt::Key_Home:
        if (runner)
            runner->home();
        return true;
    case Qt::Key_End:
        if (runner)
            runner->end();
        return true;
    default:
        break;
    }
    if (runner && runner->asking() && key->key() >= Qt::Key_1 && key->key() <= Qt::Key_9) {
        const int n = key->key() - Qt::Key_1;
        if (n < runner->asking()->choices.size())
            runner->predict(runner->asking()->choices.at(n).id);
        return true;
    }
    return false;
}

} // namespace vtl::app
