#include "app/main_window.hpp"
#include "widgets/plots/lab_plot.hpp"

#include "app/main_window_menus.hpp"
#include "app/recent_files_menu.hpp"
#include "app/run_status_labels.hpp"

#include "app/io/app_settings.hpp"
#include "app/io/plot_saver.hpp"
#include "app/io/results_export.hpp"
#include "app/io/scenario_file.hpp"
#include "app/view_registry.hpp"
#include "models/claims/claim_runner.hpp"
#include "models/engine/engine_controller.hpp"
#include "models/engine/snapshot_poller.hpp"
#include "widgets/await_twice/await_twice_tab.hpp"
#include "widgets/claims/claims_tab.hpp"
#include "widgets/controls/run_progress_widget.hpp"
#include "widgets/controls/scenario_control_panel.hpp"
#include "widgets/paths/paths_tab.hpp"
#include "widgets/plots/gc_model_plot.hpp"
#include "widgets/plots/plots_tab.hpp"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>

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
    , options_(options)
    , dialogs_(*this, options.use_settings) {
    setObjectName(QStringLiteral("main_window"));
    base_point_size_ = std::max(min_point_size, QApplication::font().pointSizeF());
    controller_ = new models::EngineController(this);
    actions_ = MainWindowActions::create(this);
    connect_actions();
    build_central();
    const MainWindowMenus menus = MainWindowMenus::build(*this, actions_);
    progress_ = menus.progress;
    recent_ = new RecentFilesMenu(menus.recent, options_.use_settings, this);
    connect(recent_, &RecentFilesMenu::openRequested, this, &MainWindow::open_scenario_file);
    status_ = std::make_unique<RunStatusLabels>(statusBar());

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
        connect(
            plot, &widgets::LabPlot::saveRequested, this,
            [this](widgets::LabPlot* p, widgets::LabPlot::Format f) { dialogs_.save_plot(p, f); });

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

void MainWindow::connect_actions() {
    connect(actions_.open, &QAction::triggered, this, [this] { dialogs_.open_scenario(); });
    connect(actions_.save, &QAction::triggered, this, [this] {
        if (scenario_path_.isEmpty())
            dialogs_.save_scenario_as();
        else
            save_scenario_file(scenario_path_);
    });
    connect(actions_.save_as, &QAction::triggered, this, [this] { dialogs_.save_scenario_as(); });
    connect(actions_.export_results, &QAction::triggered, this,
            [this] { dialogs_.export_results(); });
    connect(actions_.quit, &QAction::triggered, this, &QWidget::close);
    connect(actions_.run, &QAction::triggered, this, &MainWindow::run);
    connect(actions_.pause, &QAction::triggered, this, &MainWindow::toggle_pause);
    connect(actions_.step, &QAction::triggered, this, &MainWindow::step);
    connect(actions_.reset, &QAction::triggered, this, &MainWindow::reset);
    connect(actions_.panel, &QAction::toggled, this, [this](bool on) {
        if (control_scroll_)
            control_scroll_->setVisible(on);
    });
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
    status_->show_started();
    update_actions();
    Q_EMIT runStarted();
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
    status_->show_reset();
    update_actions();
}

void MainWindow::on_snapshot(const workload::EngineSnapshot& snapshot) {
    shown_state_ = snapshot.state;
    plots_->show_snapshot(snapshot);
    progress_->set_slow_motion(controller_->slow_motion().has_value());
    progress_->show_snapshot(snapshot);
    claims_->show_snapshot(snapshot);
    status_->show_snapshot(snapshot, *controller_, *panel_);
    update_actions();
}

void MainWindow::on_run_ended(EngineState state) {
    panel_->set_running_scenario(std::nullopt);
    const workload::EngineSnapshot& s = controller_->snapshot();
    status_->show_run_ended(state, s);
    if (state == EngineState::failed)
        show_error(tr("The run failed"), QString::fromStdString(s.error));
    update_actions();
    Q_EMIT runEnded(state);
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
    actions_.run->setEnabled(!active && !claims_running_);
    actions_.pause->setEnabled(active);
    actions_.pause->setText(paused ? tr("Resume") : tr("Pause"));
    actions_.pause->setIcon(
        style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    actions_.step->setEnabled(active);
    actions_.reset->setEnabled(active || shown_state_ != EngineState::idle);
    actions_.export_results->setEnabled(!active && (shown_state_ == EngineState::finished ||
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
    Q_EMIT errorShown(message);
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
    recent_->remember(path);
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
    recent_->remember(path);
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
    return recent_->files();
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
    recent_->set_files(settings.recent_files());
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
