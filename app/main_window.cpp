#include "app/main_window.hpp"

#include "app/language.hpp"
#include "app/shortcuts_help.hpp"

#include "app/io/app_settings.hpp"
#include "app/io/plot_saver.hpp"
#include "app/io/recent_files.hpp"
#include "app/io/results_export.hpp"
#include "app/io/scenario_file.hpp"
#include "app/view_registry.hpp"
#include "models/claims/claim_runner.hpp"
#include "models/engine/engine_controller.hpp"
#include "models/engine/snapshot_poller.hpp"
#include "models/text/unit_format.hpp"
#include "widgets/await_twice/await_twice_tab.hpp"
#include "widgets/claims/claims_tab.hpp"
#include "widgets/controls/run_progress_widget.hpp"
#include "widgets/controls/scenario_control_panel.hpp"
#include "widgets/paths/paths_tab.hpp"
#include "widgets/plots/gc_model_plot.hpp"
#include "widgets/plots/plots_tab.hpp"
#include "widgets/plots/strategy_style.hpp"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>

namespace vtl::app {

using namespace vtl::models;

namespace {

using workload::EngineState;

const QString view_main = QStringLiteral("main"); // the fallback view

// UI text at least this large: the window is meant to be readable on a projector.
constexpr double min_point_size = 10.5;

} // namespace

MainWindow::MainWindow()
    : MainWindow(MainWindowOptions{}) {}

MainWindow::MainWindow(MainWindowOptions options, QWidget* parent)
    : QMainWindow(parent)
    , options_(options) {
    setObjectName(QStringLiteral("main_window"));
    base_point_size_ = std::max(min_point_size, QApplication::font().pointSizeF());
    controller_ = new models::EngineController(this);
    build_actions();
    build_central();
    build_menus();
    build_status_bar();

    connect(poller(), &models::SnapshotPoller::snapshotChanged, this, &MainWindow::on_snapshot);
    connect(controller_, &models::EngineController::runEnded, this, &MainWindow::on_run_ended);
    connect(controller_, &models::EngineController::stateChanged, this,
            &MainWindow::update_actions);
    connect(panel_, &widgets::ScenarioControlPanel::scenarioEdited, this,
            &MainWindow::on_scenario_edited);
    connect(panel_, &widgets::ScenarioControlPanel::inputRejected, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(claims_, &widgets::ClaimsTab::measureRequested, this, [this] {
        if (controller_->active()) {
            show_error(tr("Measure the claims"),
                       tr("A run is in progress. Measure the claims when it has finished: two "
                          "runs at once would compete for the CPU and distort both."));
            return;
        }
        claims_->measure_claims(panel_->scenario());
    });
    connect(claims_, &widgets::ClaimsTab::claimsRunning, this, [this](bool running) {
        claims_running_ = running;
        update_actions();
    });
    for (widgets::LabPlot* plot : plots_->plots())
        connect(plot, &widgets::LabPlot::saveRequested, this, &MainWindow::save_plot_dialog);

    resize(1280, 800);
    set_text_scale(1.0);
    if (options_.use_settings)
        restore_settings();
    update_actions();
    update_title();
}

MainWindow::~MainWindow() {
    // Views hold references to the controller: they go first, then the controller's engine
    // joins its thread.
    controller_->cancel();
    delete takeCentralWidget();
    delete controller_;
    controller_ = nullptr;
}

workload::Engine& MainWindow::engine() {
    return controller_->engine();
}

models::SnapshotPoller* MainWindow::poller() const {
    return controller_->poller();
}

void MainWindow::build_actions() {
    open_ = new QAction(tr("&Open scenario…"), this);
    open_->setShortcut(QKeySequence::Open);
    connect(open_, &QAction::triggered, this, &MainWindow::open_dialog);
    save_ = new QAction(tr("&Save scenario"), this);
    save_->setShortcut(QKeySequence::Save);
    connect(save_, &QAction::triggered, this, [this] {
        if (scenario_path_.isEmpty())
            save_as_dialog();
        else
            save_scenario_file(scenario_path_);
    });
    save_as_ = new QAction(tr("Save scenario &as…"), this);
    save_as_->setShortcut(QKeySequence::SaveAs);
    connect(save_as_, &QAction::triggered, this, &MainWindow::save_as_dialog);
    export_ = new QAction(tr("&Export results…"), this);
    export_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    export_->setToolTip(tr("Writes summary.csv, timeseries.csv and scenario.json of the last run "
                           "into a folder, exactly as `valuetask-lab run --out` does."));
    connect(export_, &QAction::triggered, this, &MainWindow::export_dialog);
    quit_ = new QAction(tr("&Quit"), this);
    quit_->setShortcut(QKeySequence::Quit);
    connect(quit_, &QAction::triggered, this, &QWidget::close);

    run_ = new QAction(style()->standardIcon(QStyle::SP_MediaPlay), tr("Run"), this);
    run_->setObjectName(QStringLiteral("run_action"));
    run_->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    run_->setToolTip(tr("Run the scenario: every chosen strategy, one after another, over the "
                        "same sequence of calls (F5)."));
    connect(run_, &QAction::triggered, this, &MainWindow::run);
    pause_ = new QAction(style()->standardIcon(QStyle::SP_MediaPause), tr("Pause"), this);
    pause_->setObjectName(QStringLiteral("pause_action"));
    pause_->setShortcut(QKeySequence(Qt::Key_F6));
    pause_->setToolTip(tr("Pause the run, or resume it (F6). The run clock stops while paused."));
    connect(pause_, &QAction::triggered, this, &MainWindow::toggle_pause);
    step_ = new QAction(style()->standardIcon(QStyle::SP_MediaSkipForward), tr("Step"), this);
    step_->setObjectName(QStringLiteral("step_action"));
    step_->setShortcut(QKeySequence(Qt::Key_F10));
    step_->setToolTip(tr("Pause, then let exactly one more call run to completion (F10)."));
    connect(step_, &QAction::triggered, this, &MainWindow::step);
    reset_ = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Reset"), this);
    reset_->setObjectName(QStringLiteral("reset_action"));
    reset_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    reset_->setToolTip(tr("Stop the run and clear the plots (the scenario is kept)."));
    connect(reset_, &QAction::triggered, this, &MainWindow::reset);

    panel_action_ = new QAction(tr("&Workload panel"), this);
    panel_action_->setObjectName(QStringLiteral("panel_action"));
    panel_action_->setCheckable(true);
    panel_action_->setChecked(true);
    panel_action_->setShortcut(QKeySequence(Qt::Key_F9));
    panel_action_->setToolTip(tr("Show or hide the workload panel, giving the views the whole "
                                 "width (F9)."));
    connect(panel_action_, &QAction::toggled, this, [this](bool on) {
        if (control_scroll_)
            control_scroll_->setVisible(on);
    });
}

void MainWindow::build_menus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(open_);
    recent_menu_ = file->addMenu(tr("Open &recent"));
    file->addAction(save_);
    file->addAction(save_as_);
    file->addSeparator();
    file->addAction(export_);
    file->addSeparator();
    file->addAction(quit_);

    QMenu* run_menu = menuBar()->addMenu(tr("&Run"));
    run_menu->addActions({run_, pause_, step_, reset_});

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const auto& specs = ViewRegistry::builtin().views();
    for (int i = 0; i < int(specs.size()); ++i) {
        QAction* a = view->addAction(ViewRegistry::title(specs[i]));
        a->setObjectName(QStringLiteral("view_action_") + specs[i].id);
        if (i < 9)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { tabs_->setCurrentIndex(i); });
    }
    bool view_actions = false;
    for (int i = 0; i < int(specs.size()); ++i) {
        if (!specs[i].actions)
            continue;
        if (!std::exchange(view_actions, true))
            view->addSeparator();
        view->addActions(specs[i].actions(views_[i], this));
    }
    view->addSeparator();
    view->addAction(panel_action_);
    QMenu* language = view->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(language);
    for (const UiLanguage& l : ui_languages()) {
        QAction* a = language->addAction(l.native_name);
        a->setObjectName(QStringLiteral("language_") + l.code);
        a->setCheckable(true);
        a->setChecked(l.code == current_language());
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = l.code] {
            if (code != current_language())
                emit languageChosen(code);
        });
    }
    view->addSeparator();
    QAction* larger = view->addAction(tr("Larger text"));
    larger->setShortcut(QKeySequence::ZoomIn);
    connect(larger, &QAction::triggered, this, [this] { set_text_scale(text_scale_ + 0.1); });
    QAction* smaller = view->addAction(tr("Smaller text"));
    smaller->setShortcut(QKeySequence::ZoomOut);
    connect(smaller, &QAction::triggered, this, [this] { set_text_scale(text_scale_ - 0.1); });
    QAction* normal = view->addAction(tr("Normal text size"));
    normal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(normal, &QAction::triggered, this, [this] { set_text_scale(1.0); });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* keys =
        help->addAction(tr("Keyboard shortcuts…"), this, [this] { show_shortcuts(this); });
    keys->setShortcut(QKeySequence::HelpContents);
    formulas_ = help->addAction(tr("GC model formulas…"));
    connect(formulas_, &QAction::triggered, this, [this] { plots_->gc_plot()->show_formulas(); });
    help->addAction(tr("About ValueTask Lab"), this, [this] {
        QMessageBox::about(
            this, tr("About ValueTask Lab"),
            tr("<p><b>ValueTask Lab %1</b></p><p>Teaches, measures and demonstrates .NET "
               "Task&lt;T&gt; vs ValueTask&lt;T&gt; with a C++20 re-implementation of their "
               "semantics.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });

    auto* toolbar = addToolBar(tr("Run"));
    toolbar->setObjectName(QStringLiteral("run_toolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(22, 22));
    toolbar->addActions({run_, pause_, step_, reset_});
    toolbar->addSeparator();
    progress_ = new widgets::RunProgressWidget(toolbar);
    toolbar->addWidget(progress_);
    rebuild_recent_menu();
}

void MainWindow::build_central() {
    panel_ = new widgets::ScenarioControlPanel;
    panel_->setObjectName(QStringLiteral("control_panel"));
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("control_scroll"));
    scroll->setWidget(panel_);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    control_scroll_ = scroll; // its width follows the text size: fit_control_panel()

    tabs_ = new QTabWidget;
    tabs_->setObjectName(QStringLiteral("views"));
    tabs_->setDocumentMode(true);
    ViewContext context{*controller_, this};
    for (const ViewSpec& spec : ViewRegistry::builtin().views()) {
        QWidget* w = spec.create(context);
        w->setObjectName(QStringLiteral("view_") + spec.id);
        views_.append(w);
        // Each view scrolls inside its tab, so a tall view (the paths diagram with its code
        // pane, at large text) never sets the window's minimum size; tab i is view i.
        auto* page = new QScrollArea;
        page->setObjectName(QStringLiteral("page_") + spec.id);
        page->setWidget(w);
        page->setWidgetResizable(true);
        page->setFrameShape(QFrame::NoFrame);
        tabs_->addTab(page, ViewRegistry::title(spec));
    }
    // The views this window wires to each other (claims ↔ runs, plots ↔ save dialogs).
    plots_ = qobject_cast<widgets::PlotsTab*>(view_widget(QStringLiteral("main")));
    claims_ = qobject_cast<widgets::ClaimsTab*>(view_widget(QStringLiteral("claims")));
    paths_ = qobject_cast<widgets::PathsTab*>(view_widget(QStringLiteral("paths")));
    await_twice_ =
        qobject_cast<widgets::AwaitTwiceTab*>(view_widget(QStringLiteral("await-twice")));

    splitter_ = new QSplitter(Qt::Horizontal);
    splitter_->setObjectName(QStringLiteral("main_splitter"));
    splitter_->addWidget(scroll);
    splitter_->addWidget(tabs_);
    splitter_->setStretchFactor(0, 0);
    splitter_->setStretchFactor(1, 1);
    splitter_->setCollapsible(1, false);
    splitter_->setSizes({350, 930});
    setCentralWidget(splitter_);
}

void MainWindow::build_status_bar() {
    state_label_ = new QLabel(tr("Ready: set up a scenario and press Run."));
    state_label_->setObjectName(QStringLiteral("state_label"));
    statusBar()->addWidget(state_label_, 1);
    redraw_label_ = new QLabel;
    redraw_label_->setToolTip(tr("How many times a second the plots received new data from the "
                                 "engine."));
    statusBar()->addPermanentWidget(redraw_label_);
    overhead_label_ = new QLabel;
    overhead_label_->setToolTip(tr("Cost of one clock read, measured at the start of the run and "
                                   "subtracted from every latency."));
    statusBar()->addPermanentWidget(overhead_label_);
}

QStringList MainWindow::view_names() {
    return ViewRegistry::builtin().ids();
}

QWidget* MainWindow::view_widget(const QString& name) const {
    const auto& specs = ViewRegistry::builtin().views();
    for (int i = 0; i < int(specs.size()) && i < views_.size(); ++i) {
        if (specs[i].id == name)
            return views_[i];
    }
    return nullptr;
}

bool MainWindow::show_view(const QString& name) {
    QWidget* w = view_widget(name);
    if (!w)
        return false;
    tabs_->setCurrentIndex(static_cast<int>(views_.indexOf(w)));
    return true;
}

QString MainWindow::current_view() const {
    for (const QString& name : view_names()) {
        if (view_widget(name) == views_.value(tabs_->currentIndex()))
            return name;
    }
    return view_main;
}

const workload::Scenario& MainWindow::scenario() const {
    return panel_->scenario();
}

void MainWindow::set_scenario(const workload::Scenario& s) {
    panel_->set_scenario(s);
    plots_->gc_plot()->set_model_params({s.gc_gen0_budget_bytes, 0, 0});
    update_title();
}

void MainWindow::run() {
    if (controller_->active() || claims_running_)
        return;
    if (auto error = controller_->start(panel_->scenario())) {
        show_error(tr("Cannot start the run"), QString::fromStdString(error->message));
        return;
    }
    panel_->set_running_scenario(controller_->run_scenario());
    state_label_->setText(tr("Running…"));
    update_actions();
    emit runStarted();
}

void MainWindow::toggle_pause() {
    controller_->toggle_pause();
}

void MainWindow::step() {
    controller_->step();
}

void MainWindow::reset() {
    controller_->reset();
    shown_state_ = EngineState::idle;
    panel_->set_running_scenario(std::nullopt);
    state_label_->setText(tr("Reset: the plots are clear; press Run to start again."));
    update_actions();
}

void MainWindow::on_snapshot(const workload::EngineSnapshot& snapshot) {
    shown_state_ = snapshot.state;
    plots_->show_snapshot(snapshot);
    progress_->set_slow_motion(controller_->slow_motion().has_value());
    progress_->show_snapshot(snapshot);
    claims_->show_snapshot(snapshot);
    const bool live =
        snapshot.state == EngineState::running || snapshot.state == EngineState::paused;
    redraw_label_->setText(
        live ? tr("Plot updates: %1/s").arg(qRound(poller()->updates_per_second())) : QString());
    overhead_label_->setText(snapshot.strategies.empty()
                                 ? QString()
                                 : tr("Clock read: %1 (subtracted)")
                                       .arg(models::format_ns(double(snapshot.clock_overhead_ns))));
    if (live) {
        const std::size_t n = snapshot.strategies.size();
        const std::size_t i = std::min(snapshot.current, n > 0 ? n - 1 : 0);
        QString text = controller_->paused() ? tr("Paused") : tr("Running");
        if (n > 0)
            text += tr(": strategy %1 of %2 — %3")
                        .arg(i + 1)
                        .arg(n)
                        .arg(models::strategy_name(snapshot.strategies[i].strategy));
        if (!panel_->pending_keys().isEmpty())
            text += tr(" · your changes apply to the next run");
        state_label_->setText(text);
    }
    update_actions();
}

void MainWindow::on_run_ended(EngineState state) {
    panel_->set_running_scenario(std::nullopt);
    const workload::EngineSnapshot& s = controller_->snapshot();
    switch (state) {
    case EngineState::finished:
        state_label_->setText(
            tr("Finished: %1 calls in %2 of real time.")
                .arg(models::format_count(s.calls_done), models::format_duration_s(s.wall_s)));
        break;
    case EngineState::cancelled:
        state_label_->setText(
            tr("Stopped after %1 calls.").arg(models::format_count(s.calls_done)));
        break;
    case EngineState::failed:
        state_label_->setText(tr("The run failed."));
        show_error(tr("The run failed"), QString::fromStdString(s.error));
        break;
    default:
        break;
    }
    update_actions();
    emit runEnded(state);
}

void MainWindow::on_scenario_edited() {
    plots_->gc_plot()->set_model_params({panel_->scenario().gc_gen0_budget_bytes, 0, 0});
    if (controller_->active())
        statusBar()->showMessage(tr("Changed while running: applies to the next run."), 4000);
    update_title();
}

void MainWindow::update_actions() {
    const bool active = controller_->active();
    const bool paused = controller_->paused();
    run_->setEnabled(!active && !claims_running_);
    pause_->setEnabled(active);
    pause_->setText(paused ? tr("Resume") : tr("Pause"));
    pause_->setIcon(style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    step_->setEnabled(active);
    reset_->setEnabled(active || shown_state_ != EngineState::idle);
    export_->setEnabled(!active && (shown_state_ == EngineState::finished ||
                                    shown_state_ == EngineState::cancelled));
}

void MainWindow::update_title() {
    const QString name =
        scenario_path_.isEmpty() ? tr("untitled scenario") : QFileInfo(scenario_path_).fileName();
    setWindowTitle(QStringLiteral("%1[*] — ValueTask Lab").arg(name));
    setWindowModified(!saved_scenario_ || *saved_scenario_ != panel_->scenario());
}

void MainWindow::show_error(const QString& title, const QString& message) {
    last_error_ = message;
    // Window-modal but not blocking: the engine, the plots and tests keep running.
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("error_dialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->open();
    emit errorShown(message);
}

bool MainWindow::open_scenario_file(const QString& path) {
    const ScenarioLoad load = load_scenario_file(path);
    if (!load.scenario) {
        show_error(tr("Cannot open the scenario"),
                   tr("%1\n\nThe current scenario is unchanged.").arg(load.error));
        return false;
    }
    set_scenario(*load.scenario);
    scenario_path_ = path;
    saved_scenario_ = *load.scenario;
    remember_recent_file(path);
    update_title();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

bool MainWindow::save_scenario_file(const QString& path) {
    QString error;
    if (!vtl::app::save_scenario_file(path, panel_->scenario(), &error)) {
        show_error(tr("Cannot save the scenario"), error);
        return false;
    }
    scenario_path_ = path;
    saved_scenario_ = panel_->scenario();
    remember_recent_file(path);
    update_title();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

bool MainWindow::export_results_to(const QString& dir) {
    const workload::RunResults results = engine().results();
    if (controller_->active() || results.summary.empty()) {
        show_error(tr("Nothing to export"),
                   controller_->active()
                       ? tr("The run is still in progress; export it when it ends.")
                       : tr("Run a scenario first: there are no results yet."));
        return false;
    }
    QString error;
    if (!export_results(dir, results, &error)) {
        show_error(tr("Export failed"), error);
        return false;
    }
    statusBar()->showMessage(tr("Exported summary.csv, timeseries.csv and scenario.json to %1")
                                 .arg(QDir::toNativeSeparators(dir)),
                             6000);
    return true;
}

bool MainWindow::save_plot_to(widgets::LabPlot* plot, const QString& path,
                              widgets::LabPlot::Format format) {
    QString error;
    if (!save_plot(*plot, path, format, &error)) {
        show_error(tr("Cannot save the plot"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

QStringList MainWindow::recent_files() const {
    return recent_;
}

// Opened or saved: the same rule for both (app/io/recent_files.hpp).
void MainWindow::remember_recent_file(const QString& path) {
    recent_ = with_recent_file(recent_, path, AppSettings::max_recent_files);
    if (options_.use_settings)
        AppSettings().add_recent_file(path);
    rebuild_recent_menu();
}

void MainWindow::rebuild_recent_menu() {
    if (!recent_menu_)
        return;
    recent_menu_->clear();
    for (const QString& path : recent_) {
        QAction* a = recent_menu_->addAction(QFileInfo(path).fileName());
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { open_scenario_file(path); });
    }
    recent_menu_->setEnabled(!recent_.isEmpty());
}

void MainWindow::open_dialog() {
    const QString start = options_.use_settings ? AppSettings().last_directory() : QString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open scenario"), start,
                                                      tr("Scenario (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (options_.use_settings)
        AppSettings().set_last_directory(QFileInfo(path).absolutePath());
    open_scenario_file(path);
}

void MainWindow::save_as_dialog() {
    const QString start =
        scenario_path_.isEmpty()
            ? (options_.use_settings ? AppSettings().last_directory() : QString()) +
                  QStringLiteral("/scenario.json")
            : scenario_path_;
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save scenario"), start, tr("Scenario (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    if (options_.use_settings)
        AppSettings().set_last_directory(QFileInfo(path).absolutePath());
    save_scenario_file(path);
}

void MainWindow::export_dialog() {
    const QString start = options_.use_settings ? AppSettings().last_directory() : QString();
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Export results into folder (summary.csv, timeseries.csv, scenario.json)"), start);
    if (dir.isEmpty())
        return;
    if (options_.use_settings)
        AppSettings().set_last_directory(dir);
    export_results_to(dir);
}

void MainWindow::save_plot_dialog(widgets::LabPlot* plot, widgets::LabPlot::Format format) {
    const bool png = format == widgets::LabPlot::Format::png;
    const QString start = (options_.use_settings ? AppSettings().last_directory() : QString()) +
                          QLatin1Char('/') + default_plot_file_name(*plot, format);
    QString path = QFileDialog::getSaveFileName(
        this, png ? tr("Save plot as PNG") : tr("Save plot as PDF"), start,
        png ? tr("PNG image (*.png)") : tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString suffix = png ? QStringLiteral("png") : QStringLiteral("pdf");
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    if (options_.use_settings)
        AppSettings().set_last_directory(QFileInfo(path).absolutePath());
    save_plot_to(plot, path, format);
}

void MainWindow::set_text_scale(double scale) {
    text_scale_ = std::clamp(scale, 0.8, 2.0);
    QFont f = font();
    f.setPointSizeF(base_point_size_ * text_scale_);
    setFont(f);
    fit_control_panel();
    const auto& specs = ViewRegistry::builtin().views();
    for (int i = 0; i < int(specs.size()) && i < views_.size(); ++i) {
        if (specs[i].set_text_scale)
            specs[i].set_text_scale(views_[i], text_scale_);
    }
}

void MainWindow::fit_control_panel() {
    if (!control_scroll_ || !panel_)
        return;
    // As wide as the panel's widest row needs at this text size (its value fields whole),
    // plus the vertical scroll bar: the scroll area never scrolls sideways, so anything
    // narrower would cut the fields off at the right.
    panel_->ensurePolished();
    const int needed = panel_->minimumSizeHint().width() +
                       control_scroll_->verticalScrollBar()->sizeHint().width() + 2;
    control_scroll_->setMinimumWidth(std::max(330, needed));
    if (splitter_ && control_scroll_->isVisible()) {
        QList<int> sizes = splitter_->sizes();
        if (sizes.size() == 2 && sizes[0] > 0 && sizes[0] < control_scroll_->minimumWidth()) {
            const int total = sizes[0] + sizes[1];
            sizes[0] = control_scroll_->minimumWidth();
            sizes[1] = total - sizes[0];
            splitter_->setSizes(sizes);
        }
    }
}

void MainWindow::restore_settings() {
    AppSettings settings;
    if (const QByteArray g = settings.window_geometry(); !g.isEmpty())
        restoreGeometry(g);
    if (const QByteArray s = settings.window_state(); !s.isEmpty())
        restoreState(s);
    if (const QByteArray s = settings.splitter_state(); !s.isEmpty())
        splitter_->restoreState(s);
    recent_ = settings.recent_files();
    rebuild_recent_menu();
    if (const QByteArray json = settings.last_scenario_json(); !json.isEmpty()) {
        const ScenarioLoad load = scenario_from_json(json, tr("the last session's scenario"));
        if (load.scenario)
            set_scenario(*load.scenario);
        // A stored scenario this version cannot read falls back to the defaults silently:
        // the user did nothing wrong.
    }
    scenario_path_ = settings.last_scenario_path();
    if (!scenario_path_.isEmpty()) {
        const ScenarioLoad on_disk = load_scenario_file(scenario_path_);
        if (on_disk.scenario)
            saved_scenario_ = *on_disk.scenario;
        else
            scenario_path_.clear();
    }
    panel_->set_advanced_expanded(settings.advanced_expanded());
    set_text_scale(settings.text_scale());
    show_view(settings.current_view());
}

void MainWindow::save_settings() {
    AppSettings settings;
    settings.set_window_geometry(saveGeometry());
    settings.set_window_state(saveState());
    settings.set_splitter_state(splitter_->saveState());
    settings.set_last_scenario_json(scenario_to_json(panel_->scenario()));
    settings.set_last_scenario_path(scenario_path_);
    settings.set_current_view(current_view());
    settings.set_advanced_expanded(panel_->advanced_expanded());
    settings.set_text_scale(text_scale_);
    settings.sync();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (options_.use_settings)
        save_settings();
    // Stop both engines now; their threads are joined when the window is destroyed.
    claims_->runner()->cancel();
    controller_->cancel();
    event->accept();
}

} // namespace vtl::app
