// Writing a run's results: DIR/summary.csv, DIR/timeseries.csv, DIR/scenario.json.
// Shared by `valuetask-lab run --out DIR` and the GUI's File → Export results, so both
// produce byte-identical files for the same run. Every file is written with QSaveFile
// (temporary file + rename): a failure leaves no partial file behind.
#pragma once

#include "workload/results.hpp"

#include <QString>

namespace vtl::app {

// Creates `dir` if needed. On failure returns false, sets `error` (naming the path and the
// reason), and removes any of the three files this call already wrote.
bool export_results(const QString& dir, const workload::RunResults& results, QString* error);

// Writes `bytes` to `path` atomically.
bool write_file_atomically(const QString& path, const QByteArray& bytes, QString* error);

} // namespace vtl::app
