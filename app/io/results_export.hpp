// Writing a run's results: DIR/summary.csv, DIR/timeseries.csv, DIR/scenario.json.
// Shared by `valuetask-lab run --out DIR` and the GUI's File → Export results, so both
// produce byte-identical files for the same run.
//
// The files of an export appear together or not at all, and a previous export in DIR survives
// any failure intact:
//  1. an exclusive flock(2) on DIR's parent folder: a second exporter to the same place waits
//     for the first to finish (its complete set then replaces the first's);
//  2. stale temporary folders left by a crash (".DIR.vtl-tmp-*", next to DIR) are removed;
//  3. the new files are written into a fresh temporary folder next to DIR (same file system)
//     and fsync'ed; other plain files already in DIR (await_twice.csv, a screenshot…) are
//     hard-linked into it so they are carried over;
//  4. the temporary folder is swapped with DIR in one renameat2(RENAME_EXCHANGE) (rename(2)
//     if DIR does not exist yet), the parent folder fsync'ed, and the old folder removed.
// Because DIR is replaced as a whole, it must be a folder of its own: one holding
// sub-folders, a symbolic link, or the current working folder is refused with a message.
// Errors name the path and the system's reason (strerror: "No space left on device").
#pragma once

#include "workload/results.hpp"

#include <QByteArray>
#include <QString>

#include <functional>
#include <vector>

namespace vtl::app {

struct ExportFile {
    QString name; // a plain file name, no '/'
    QByteArray bytes;
};

// The three files of a run's results, in the order they are written.
std::vector<ExportFile> results_files(const workload::RunResults& results);

// Writes `results_files(results)` into `dir` as one set (see above). Creates `dir` (and its
// parents) if needed. On failure returns false, sets `error` and leaves `dir` as it was.
bool export_results(const QString& dir, const workload::RunResults& results, QString* error);

// The set-atomic writer behind export_results(). `before_swap`, if set, runs after everything
// is written and synced and just before the swap (tests use it to simulate a crash there).
bool export_files(const QString& dir, const std::vector<ExportFile>& files, QString* error,
                  const std::function<void()>& before_swap = {});

// Whether export_files() could write into `dir`, checked without creating anything (so a
// command can refuse a bad --out before a long run). Empty if fine, else the reason.
QString check_export_folder(const QString& dir);

// Writes `bytes` to `path` atomically: a temporary file in the same folder, fsync, rename(2),
// fsync of the folder. On failure the old file (if any) is untouched, no temporary file is
// left, and `error` names the path and the system's reason.
bool write_file_atomically(const QString& path, const QByteArray& bytes, QString* error);

} // namespace vtl::app
