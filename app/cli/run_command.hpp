// `valuetask-lab run [--scenario FILE] [--set key=value]... [--out DIR]`: runs a workload
// headless, prints a summary table and, with --out, writes DIR/summary.csv,
// DIR/timeseries.csv and DIR/scenario.json as one set (app/io/results_export.hpp).
//
// Before the run: the scenario is checked (exit 2), its memory is estimated and a run that
// would not fit is refused with the estimate and the limit (exit 2), and --out is checked
// without creating anything (exit 2). Ctrl-C or SIGTERM during the run cancels it: the engine
// stops, the figures so far are printed (marked as cancelled), nothing is written to --out,
// and the exit status is 130 (SIGINT) or 143 (SIGTERM).
#pragma once

#include <QStringList>

namespace vtl::app {

// `args`: a program name first, then the options after "run".
int run_command(const QStringList& args);

} // namespace vtl::app
