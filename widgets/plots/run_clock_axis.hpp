// Shared set-up of the time axes of the time-series plots: seconds of run clock since the
// strategy started (with the skip-idle clock that is simulated time, said in the tooltip).
#pragma once

#include "widgets/plots/qcustomplot_lean.hpp"

#include <QString>

namespace vtl::widgets {

// Labels `axis` as run-clock seconds with unit-carrying ticks.
void set_up_run_clock_axis(QCPAxis* axis);
// Makes `upper` (the time axis of a rect stacked above) follow `lower`: same range, same
// ticks for the grid, no labels of its own.
void share_time_axis(QCPAxis* upper, QCPAxis* lower);
// Sets the range to [0, t_max] and as many ticks as fit the axis's width with room for
// labels like "1,250 s" (call after layout, i.e. from a plot's update).
void fit_run_clock_axis(QCPAxis* axis, double t_max);
// The explanation of "run clock" used in tooltips.
QString run_clock_explanation();

} // namespace vtl::widgets
