#include "app/cli/run_command.hpp"

#include "app/app_tr.hpp"
#include "app/cli/cli_options.hpp"
#include "app/io/results_export.hpp"
#include "models/text/unit_format.hpp"
#include "workload/engine.hpp"
#include "workload/memory_estimate.hpp"

#include <QCoreApplication>
#include <QDir>

#include <csignal>
#include <unistd.h>

namespace vtl::app {
namespace {

using namespace vtl::workload;
using cli::err;
using cli::out;

constexpr const char* command_name = "valuetask-lab run";

// Nanoseconds in the unit a reader expects: 850 ns, 12.3 µs, 50.0 ms, 1.20 s.
// A progress bar on stderr, redrawn in place; only when stderr is a terminal.
class ProgressBar {
public:
    ProgressBar()
        : enabled_(isatty(STDERR_FILENO) != 0) {}
    void update(const EngineSnapshot& s) {
        if (!enabled_ || s.calls_total == 0)
            return;
        const double f = static_cast<double>(s.calls_done) / static_cast<double>(s.calls_total);
        const int width = 30;
        const int filled = static_cast<int>(f * width);
        const QString name = s.current < s.scenario.strategies.size()
                                 ? to_string(s.scenario.strategies[s.current])
                                 : "";
        err() << "\r[" << QString(filled, '#') << QString(width - filled, '.') << "] "
              << QString::number(f * 100, 'f', 1) << "% " << name << "  "
              << QString::number(s.calls_per_s / 1e6, 'f', 1) << " M calls/s  ETA "
              << QString::number(s.eta_s, 'f', 0) << " s   ";
        err().flush();
        drawn_ = true;
    }
    ~ProgressBar() {
        if (drawn_) {
            err() << "\r" << QString(90, ' ') << "\r";
            err().flush();
        }
    }

private:
    bool enabled_;
    bool drawn_ = false;
};

void print_summary(const RunResults& r) {
    const Scenario& s = r.scenario;
    out() << tr("Scenario: %1 calls per strategy, hit rate %2, miss latency %3 (%4), "
                "concurrency %5, payload %6 B, double-await rate %7, clock %8, seed %9\n")
                 .arg(s.calls)
                 .arg(s.hit_rate)
                 .arg(models::format_ns(s.miss_latency_us * 1000), to_string(s.miss_latency_dist))
                 .arg(s.concurrency)
                 .arg(s.payload_bytes)
                 .arg(s.double_await_rate)
                 .arg(to_string(s.clock))
                 .arg(s.seed);
    out() << tr("Clock-read overhead subtracted from every latency: %1 ns\n\n")
                 .arg(r.clock_overhead_ns);
    // Column names stay as in summary.csv (they are its header), whatever the language.
    const QStringList header = {"strategy",  "p50",      "p99",      "p99.9",  "max",  "cpu/op",
                                "allocs/op", "bytes/op", "gen0/1k*", "errors", "wrong"};
    QList<QStringList> rows;
    for (const SummaryRow& x : r.summary) {
        rows << QStringList{to_string(x.strategy),
                            models::format_ns(static_cast<double>(x.p50_ns)),
                            models::format_ns(static_cast<double>(x.p99_ns)),
                            models::format_ns(static_cast<double>(x.p999_ns)),
                            models::format_ns(static_cast<double>(x.max_ns)),
                            QString::number(x.cpu_ns_per_op, 'f', 1) + " ns",
                            QString::number(x.allocs_per_op, 'f', 3),
                            QString::number(x.alloc_bytes_per_op, 'f', 1),
                            QString::number(x.gen0_per_1k, 'f', 3),
                            QString::number(x.await_errors),
                            QString::number(x.silent_wrong_results)};
    }
    QList<int> widths;
    for (int c = 0; c < header.size(); ++c) {
        int w = static_cast<int>(header[c].size());
        for (const QStringList& row : rows)
            w = std::max(w, static_cast<int>(row[c].size()));
        widths << w;
    }
    const auto line = [&](const QStringList& cells) {
        for (int c = 0; c < cells.size(); ++c)
            out() << (c == 0 ? cells[c].leftJustified(widths[c])
                             : cells[c].rightJustified(widths[c]))
                  << (c + 1 < cells.size() ? "  " : "\n");
    };
    line(header);
    for (const QStringList& row : rows)
        line(row);
    out() << tr(
        "\n* gen0/1k: GC-equivalent model, collections per 1,000 operations (see --help).\n");
    if (!r.completed)
        out() << tr("The run was cancelled: these figures cover the calls made so far.\n");
    out().flush();
}

int fail(const QString& message, int code) {
    err() << command_name << ": " << message << "\n";
    err().flush();
    return code;
}

} // namespace

int run_command(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription("Run a workload headless.");
    cli::add_scenario_options(p);
    p.addOptions({{"out",
                   "Write summary.csv, timeseries.csv, scenario.json here (a folder of its own; "
                   "replaced as a whole).",
                   "DIR"},
                  {{"h", "help"}, "Show help."}});
    if (!p.parse(args))
        return fail(cli::shown(p.errorText()), cli::exit_bad_input);
    if (p.isSet("help")) {
        out() << p.helpText() << "\n" << cli::exit_status_help();
        return cli::stdout_ok(command_name) ? cli::exit_ok : cli::exit_failed;
    }
    if (!p.positionalArguments().isEmpty())
        return fail(
            QString("unexpected argument '%1'").arg(cli::shown(p.positionalArguments().first())),
            cli::exit_bad_input);
    Scenario s = default_scenario();
    if (const QString e = cli::build_scenario(p, s); !e.isEmpty())
        return fail(e, cli::exit_bad_input);
    const MemoryEstimate memory = estimate_memory(s);
    if (!memory.fits())
        return fail(QString::fromStdString(memory.refusal()), cli::exit_bad_input);
    // Check the output folder before spending minutes on the run, without creating it: a run
    // that fails or is cancelled leaves no empty folder behind.
    const QString dir = p.value("out");
    if (p.isSet("out"))
        if (const QString e = check_export_folder(dir); !e.isEmpty())
            return fail("--out " + e, cli::exit_bad_input);

    const cli::CancelSignals cancel_on_signal;
    Engine engine;
    if (auto e = engine.start(s))
        return fail(QString::fromStdString(e->message), cli::exit_bad_input);
    {
        ProgressBar bar;
        bool cancelling = false;
        while (!engine.wait(std::chrono::milliseconds(100))) {
            if (!cancelling && cli::CancelSignals::received() != 0) {
                engine.cancel();
                cancelling = true;
            }
            bar.update(engine.snapshot());
        }
    }
    const RunResults r = engine.results();
    const EngineSnapshot last = engine.snapshot();
    print_summary(r);
    if (last.state == EngineState::failed) {
        cli::stdout_ok(command_name);
        return fail("the run failed: " + QString::fromStdString(last.error), cli::exit_failed);
    }
    if (cli::CancelSignals::received() != 0 || !r.completed) {
        cli::stdout_ok(command_name);
        return fail(QString("cancelled by %1%2")
                        .arg(cli::CancelSignals::received() == SIGTERM ? "SIGTERM" : "SIGINT")
                        .arg(p.isSet("out") ? "; nothing written to " + dir : QString()),
                    cli::CancelSignals::received() != 0 ? cli::CancelSignals::exit_code()
                                                        : cli::exit_failed);
    }
    if (p.isSet("out")) {
        QString error;
        if (!export_results(dir, r, &error))
            return fail(error, cli::exit_failed);
        out() << "Wrote summary.csv, timeseries.csv and scenario.json to "
              << QDir(dir).absolutePath() << "\n";
    }
    return cli::stdout_ok(command_name) ? cli::exit_ok : cli::exit_failed;
}

} // namespace vtl::app
