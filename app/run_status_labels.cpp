#include "app/run_status_labels.hpp"

#include "models/engine/engine_controller.hpp"
#include "models/engine/snapshot_poller.hpp"
#include "models/text/strategy_names.hpp"
#include "models/text/unit_format.hpp"
#include "widgets/controls/scenario_control_panel.hpp"

#include <QLabel>
#include <QStatusBar>

#include <algorithm>

namespace vtl::app {

using workload::EngineState;

RunStatusLabels::RunStatusLabels(QStatusBar* bar) {
    state_ = new QLabel(tr("Ready: set up a scenario and press Run."));
    state_->setObjectName(QStringLiteral("state_label"));
    bar->addWidget(state_, 1);
    redraw_ = new QLabel;
    redraw_->setToolTip(tr("How many times a second the plots received new data from the "
                           "engine."));
    bar->addPermanentWidget(redraw_);
    overhead_ = new QLabel;
    overhead_->setToolTip(tr("Cost of one clock read, measured at the start of the run and "
                             "subtracted from every latency."));
    bar->addPermanentWidget(overhead_);
}

void RunStatusLabels::show_started() {
    state_->setText(tr("Running…"));
}

void RunStatusLabels::show_reset() {
    state_->setText(tr("Reset: the plots are clear; press Run to start again."));
}

void RunStatusLabels::show_snapshot(const workload::EngineSnapshot& snapshot,
                                    const models::EngineController& controller,
                                    const widgets::ScenarioControlPanel& panel) {
    const bool live =
        snapshot.state == EngineState::running || snapshot.state == EngineState::paused;
    redraw_->setText(
        live ? tr("Plot updates: %1/s").arg(qRound(controller.poller()->updates_per_second()))
             : QString());
    overhead_->setText(snapshot.strategies.empty()
                           ? QString()
                           : tr("Clock read: %1 (subtracted)")
                                 .arg(models::format_ns(double(snapshot.clock_overhead_ns))));
    if (!live)
        return;
    const std::size_t n = snapshot.strategies.size();
    const std::size_t i = std::min(snapshot.current, n > 0 ? n - 1 : 0);
    QString text = controller.paused() ? tr("Paused") : tr("Running");
    if (n > 0)
        text += tr(": strategy %1 of %2 — %3")
                    .arg(i + 1)
                    .arg(n)
                    .arg(models::strategy_name(snapshot.strategies[i].strategy));
    if (!panel.pending_keys().isEmpty())
        text += tr(" · your changes apply to the next run");
    state_->setText(text);
}

void RunStatusLabels::show_run_ended(EngineState state, const workload::EngineSnapshot& s) {
    switch (state) {
    case EngineState::finished:
        state_->setText(
            tr("Finished: %1 calls in %2 of real time.")
                .arg(models::format_count(s.calls_done), models::format_duration_s(s.wall_s)));
        break;
    case EngineState::cancelled:
        state_->setText(tr("Stopped after %1 calls.").arg(models::format_count(s.calls_done)));
        break;
    case EngineState::failed:
        state_->setText(tr("The run failed."));
        break;
    default:
        break;
    }
}

} // namespace vtl::app
