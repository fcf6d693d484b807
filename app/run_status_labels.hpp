// The main window's status bar account of the run: its state on the left; on the right how
// often the plots get new data and what one clock read costs.
#pragma once

#include "workload/engine.hpp"

#include <QCoreApplication>

class QLabel;
class QStatusBar;

namespace vtl::models {
class EngineController;
} // namespace vtl::models
namespace vtl::widgets {
class ScenarioControlPanel;
} // namespace vtl::widgets

namespace vtl::app {

class RunStatusLabels {
    // The texts are MainWindow's: the translations know them in its context.
    Q_DECLARE_TR_FUNCTIONS(vtl::app::MainWindow)

public:
    // Adds the labels to `bar`, which owns them.
    explicit RunStatusLabels(QStatusBar* bar);

    void show_started();
    void show_reset();
    // `panel`: whether the user changed keys the running scenario does not have yet.
    void show_snapshot(const workload::EngineSnapshot& snapshot,
                       const models::EngineController& controller,
                       const widgets::ScenarioControlPanel& panel);
    void show_run_ended(workload::EngineState state, const workload::EngineSnapshot& s);

private:
    QLabel* state_ = nullptr;
    QLabel* redraw_ = nullptr;
    QLabel* overhead_ = nullptr;
};

} // namespace vtl::app
