// MainWindow: wires the control panel, the engine, the plots, the claims table and the
// animation views together, plus menus, scenario files, export and settings. It holds no
// logic of its own beyond that wiring: the engine measures, the widgets show. The pieces it
// wires are built elsewhere: its actions (main_window_actions), menu bar and toolbar
// (main_window_menus), file dialogs (file_dialogs), File → Open recent (recent_files_menu)
// and the status bar's run texts (run_status_labels).
//
// The views (tabs) come from the ViewRegistry (app/view_registry.hpp): added there, a view
// appears in the tabs, the View menu, the settings and `screenshot --view`. The engine is run
// only through the EngineController (models/engine/engine_controller.hpp); the toolbar's
// Run/Pause/Step/Reset and every view show its one state.
#pragma once

#include "app/file_dialogs.hpp"
#include "app/main_window_actions.hpp"
#include "widgets/plots/plot_format.hpp"
#include "workload/engine.hpp"

#include <QMainWindow>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QAction;
class QScrollArea;
class QSplitter;
class QTabWidget;

namespace vtl::widgets {
class AwaitTwiceTab;
class ClaimsTab;
class PathsTab;
class PlotsTab;
class RunProgressWidget;
class ScenarioControlPanel;

} // namespace vtl::widgets
namespace vtl::models {
class EngineController;
class SnapshotPoller;
} // namespace vtl::models

namespace vtl::app {

class RecentFilesMenu;
class RunStatusLabels;

struct MainWindowOptions {
    // Restore and save geometry, scenario and preferences (off for screenshots and tests
    // that must not depend on, or change, the user's settings).
    bool use_settings = true;
};

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow();
    explicit MainWindow(MainWindowOptions options, QWidget* parent = nullptr);
    ~MainWindow() override;

    workload::Engine& engine();
    models::EngineController* controller() const { return controller_; }
    widgets::ScenarioControlPanel* control_panel() const { return panel_; }
    widgets::PlotsTab* plots_tab() const { return plots_; }
    widgets::ClaimsTab* claims_tab() const { return claims_; }
    widgets::PathsTab* paths_tab() const { return paths_; }
    widgets::AwaitTwiceTab* await_twice_tab() const { return await_twice_; }
    widgets::RunProgressWidget* progress() const { return progress_; }
    models::SnapshotPoller* poller() const;
    QTabWidget* tabs() const { return tabs_; }
    // The tab widget of a view (an id of the ViewRegistry: "main", "claims", …), or null.
    QWidget* view_widget(const QString& name) const;

    QAction* run_action() const { return actions_.run; }
    QAction* pause_action() const { return actions_.pause; }
    QAction* step_action() const { return actions_.step; }
    QAction* reset_action() const { return actions_.reset; }
    QAction* export_action() const { return actions_.export_results; }
    // View → Workload panel (F9): shows or hides the scenario panel left of the views.
    QAction* panel_action() const { return actions_.panel; }

    static QStringList view_names();
    bool show_view(const QString& name);
    QString current_view() const;

    const workload::Scenario& scenario() const;
    void set_scenario(const workload::Scenario& s);

    // File operations without dialogs (the menu actions ask for the path, then call these).
    // Failures are shown in a dialog and leave the current state as it was.
    bool open_scenario_file(const QString& path);
    bool save_scenario_file(const QString& path);
    bool export_results_to(const QString& dir);
    bool save_plot_to(widgets::LabPlot* plot, const QString& path, widgets::PlotFormat format);
    QString scenario_path() const { return scenario_path_; }
    QStringList recent_files() const;

    // The text of the last error dialog (also for tests).
    QString last_error() const { return last_error_; }

    void set_text_scale(double scale);
    double text_scale() const { return text_scale_; }

public slots:
    void run();
    void toggle_pause();
    void step();
    void reset();

signals:
    void runStarted();
    void runEnded(vtl::workload::EngineState state);
    void errorShown(const QString& message);
    // View → Language: the user chose another language (main.cpp rebuilds the window in it).
    void languageChosen(const QString& code);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void connect_actions();
    void build_central();
    void restore_settings();
    void save_settings();
    void on_snapshot(const workload::EngineSnapshot& snapshot);
    void on_run_ended(workload::EngineState state);
    void on_scenario_edited();
    void update_actions();
    void update_title();
    void show_error(const QString& title, const QString& message);
    void fit_control_panel();

    MainWindowOptions options_;
    MainWindowActions actions_;
    FileDialogs dialogs_;
    RecentFilesMenu* recent_ = nullptr;
    models::EngineController* controller_ = nullptr;
    widgets::ScenarioControlPanel* panel_ = nullptr;
    widgets::PlotsTab* plots_ = nullptr;
    widgets::ClaimsTab* claims_ = nullptr;
    widgets::PathsTab* paths_ = nullptr;
    widgets::AwaitTwiceTab* await_twice_ = nullptr;
    widgets::RunProgressWidget* progress_ = nullptr;
    QSplitter* splitter_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    QList<QWidget*> views_; // in ViewRegistry::builtin() order
    std::unique_ptr<RunStatusLabels> status_;
    QScrollArea* control_scroll_ = nullptr;

    workload::EngineState shown_state_ = workload::EngineState::idle;
    bool claims_running_ = false;
    QString scenario_path_;
    std::optional<workload::Scenario> saved_scenario_; // as in scenario_path_
    QString last_error_;
    double text_scale_ = 1.0;
    double base_point_size_ = 0;
};

} // namespace vtl::app
