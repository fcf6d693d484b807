#include "app/main_window_actions.hpp"

#include <QAction>
#include <QStyle>
#include <QWidget>

namespace vtl::app {

MainWindowActions MainWindowActions::create(QWidget* window) {
    QStyle* style = window->style();
    MainWindowActions a;
    a.open = new QAction(tr("&Open scenario…"), window);
    a.open->setShortcut(QKeySequence::Open);
    a.save = new QAction(tr("&Save scenario"), window);
    a.save->setShortcut(QKeySequence::Save);
    a.save_as = new QAction(tr("Save scenario &as…"), window);
    a.save_as->setShortcut(QKeySequence::SaveAs);
    a.export_results = new QAction(tr("&Export results…"), window);
    a.export_results->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    a.export_results->setToolTip(
        tr("Writes summary.csv, timeseries.csv and scenario.json of the last run "
           "into a folder, exactly as `valuetask-lab run --out` does."));
    a.quit = new QAction(tr("&Quit"), window);
    a.quit->setShortcut(QKeySequence::Quit);

    a.run = new QAction(style->standardIcon(QStyle::SP_MediaPlay), tr("Run"), window);
    a.run->setObjectName(QStringLiteral("run_action"));
    a.run->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    a.run->setToolTip(tr("Run the scenario: every chosen strategy, one after another, over the "
                         "same sequence of calls (F5)."));
    a.pause = new QAction(style->standardIcon(QStyle::SP_MediaPause), tr("Pause"), window);
    a.pause->setObjectName(QStringLiteral("pause_action"));
    a.pause->setShortcut(QKeySequence(Qt::Key_F6));
    a.pause->setToolTip(tr("Pause the run, or resume it (F6). The run clock stops while paused."));
    a.step = new QAction(style->standardIcon(QStyle::SP_MediaSkipForward), tr("Step"), window);
    a.step->setObjectName(QStringLiteral("step_action"));
    a.step->setShortcut(QKeySequence(Qt::Key_F10));
    a.step->setToolTip(tr("Pause, then let exactly one more call run to completion (F10)."));
    a.reset = new QAction(style->standardIcon(QStyle::SP_BrowserReload), tr("Reset"), window);
    a.reset->setObjectName(QStringLiteral("reset_action"));
    a.reset->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    a.reset->setToolTip(tr("Stop the run and clear the plots (the scenario is kept)."));

    a.panel = new QAction(tr("&Workload panel"), window);
    a.panel->setObjectName(QStringLiteral("panel_action"));
    a.panel->setCheckable(true);
    a.panel->setChecked(true);
    a.panel->setShortcut(QKeySequence(Qt::Key_F9));
    a.panel->setToolTip(tr("Show or hide the workload panel, giving the views the whole "
                           "width (F9)."));
    return a;
}

} // namespace vtl::app
