// What every subcommand shares: the exit codes, the standard streams (with write errors
// detected), --scenario / --set, number and size parsing that refuses NaN, infinities and
// out-of-range values, truncation of echoed input, and Ctrl-C / SIGTERM handling.
#pragma once

#include "workload/scenario.hpp"

#include <QCommandLineParser>
#include <QSize>
#include <QString>
#include <QTextStream>

#include <optional>

namespace vtl::app::cli {

// The exit status of every subcommand (also in --help; README copies this table).
enum ExitCode : int {
    exit_ok = 0,                   // success
    exit_failed = 1,               // a failure while running or writing (I/O error, full disk, …)
    exit_bad_input = 2,            // bad command line or scenario; nothing was run or written
    exit_missing_prerequisite = 3, // a prerequisite is missing (`dotnet`: no .NET SDK)
    exit_sigint = 130,             // cancelled by Ctrl-C (SIGINT); no results written
    exit_sigterm = 143,            // cancelled by SIGTERM; no results written
};
// The table above as help text.
QString exit_status_help();

// stdout and stderr as text streams over unbuffered QFiles on file descriptors 1 and 2, so a
// failed write (a closed pipe, `> /dev/full`) is seen with its errno.
QTextStream& out();
QTextStream& err();
// Flushes stdout. If any write to it failed, says why on stderr ("cannot write to standard
// output: No space left on device") and returns false.
bool stdout_ok(const QString& command);

// `value` for an error message: at most `max_chars` characters, then "… (N characters)".
QString shown(const QString& value, int max_chars = 80);

// --scenario FILE and --set key=value (repeatable).
void add_scenario_options(QCommandLineParser& p);
// Applies --scenario (replacing `s`) then every --set in order, then validates. Returns an
// error message, or an empty string.
QString build_scenario(const QCommandLineParser& p, workload::Scenario& s);
// One "key=value". Spaces around the key and around the value are ignored, so
// `--set "calls = 100"` is `calls=100`.
QString apply_set(workload::Scenario& s, const QString& assignment);

// A finite number in [lo, hi] (C-locale syntax); nullopt for NaN, inf, junk or out of range.
std::optional<double> parse_number(const QString& text, double lo, double hi);
// "WIDTHxHEIGHT" with each side in [min, max].
std::optional<QSize> parse_size(const QString& text, QSize min, QSize max);

// While alive, SIGINT and SIGTERM only set a flag (the first time; a second one of either
// kills the process as usual) and SIGPIPE is ignored (a closed pipe shows as a write error).
class CancelSignals {
public:
    CancelSignals();
    ~CancelSignals();
    CancelSignals(const CancelSignals&) = delete;
    CancelSignals& operator=(const CancelSignals&) = delete;
    // The signal received (SIGINT or SIGTERM), or 0.
    static int received() noexcept;
    // exit_sigint or exit_sigterm for received().
    static int exit_code() noexcept;
};

} // namespace vtl::app::cli
