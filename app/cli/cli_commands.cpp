#include "app/cli/cli_commands.hpp"

#include "app/io/results_export.hpp"
#include "app/io/scenario_file.hpp"
#include "measure/gc_model.hpp"
#include "workload/await_twice_lab.hpp"
#include "workload/engine.hpp"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace vtl::app {
namespace {

using namespace vtl::workload;

constexpr int exit_ok = 0;
constexpr int exit_failed = 1;
constexpr int exit_bad_input = 2;

QTextStream& out() {
    static QTextStream s(stdout);
    return s;
}
QTextStream& err() {
    static QTextStream s(stderr);
    return s;
}

QString qs(std::string_view v) {
    return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
}

// Nanoseconds in the unit a reader expects: 850 ns, 12.3 µs, 50.0 ms, 1.20 s.
QString human_ns(double ns) {
    if (ns < 1e3)
        return QString::number(ns, 'f', 0) + " ns";
    if (ns < 1e6)
        return QString::number(ns / 1e3, 'f', 1) + " µs";
    if (ns < 1e9)
        return QString::number(ns / 1e6, 'f', 1) + " ms";
    return QString::number(ns / 1e9, 'f', 2) + " s";
}

QString keys_help() {
    QString text = "Scenario keys (JSON files, --set key=value, scenario.json and the GUI):\n";
    for (const ScenarioKey& k : scenario_keys()) {
        Scenario defaults = default_scenario();
        text += QString("  %1\n      %2\n      allowed: %3%4; default: %5\n")
                    .arg(qs(k.name), qs(k.help), qs(k.allowed),
                         k.unit.empty() ? QString() : " (" + qs(k.unit) + ")",
                         QString::fromStdString(scenario_value_text(defaults, k.name)));
    }
    return text;
}

QString general_help() {
    return QString(
               "valuetask-lab %1 — Task<T> vs ValueTask<T>, measured.\n\n"
               "Usage:\n"
               "  valuetask-lab                      open the GUI\n"
               "  valuetask-lab run [--scenario FILE] [--set key=value]... [--out DIR]\n"
               "      run a workload headless; print a summary table; with --out write\n"
               "      DIR/summary.csv, DIR/timeseries.csv and DIR/scenario.json\n"
               "  valuetask-lab await-twice [--out DIR]\n"
               "      run every case of the await-twice lab in the core and print what happened\n"
               "  valuetask-lab screenshot --out FILE.png [--scenario FILE] [--set key=value]...\n"
               "                           [--view main|claims|paths|await-twice]\n"
               "                           [--size WxH] [--text-scale F]\n"
               "      run the scenario in the window offscreen and save a picture\n\n"
               "Exit status: 0 success, 1 failure while running, 2 bad input (nothing "
               "written).\n\n")
               .arg(VTL_VERSION) +
           keys_help() + "\nGC-equivalent model (a model, not a garbage collector):\n" +
           QString::fromStdString(measure::GcModel().describe()) + "\n";
}

// Applies --scenario then every --set, in order. Returns an error message or empty.
QString build_scenario(const QCommandLineParser& p, Scenario& s) {
    s = default_scenario();
    if (p.isSet("scenario")) {
        const ScenarioLoad load = load_scenario_file(p.value("scenario"));
        if (!load.scenario)
            return load.error;
        s = *load.scenario;
    }
    for (const QString& assignment : p.values("set")) {
        const qsizetype eq = assignment.indexOf('=');
        if (eq <= 0)
            return QString("--set %1: expected key=value").arg(assignment);
        const QByteArray key = assignment.left(eq).trimmed().toUtf8();
        const QByteArray value = assignment.mid(eq + 1).toUtf8();
        if (auto e = set_scenario_value(s, std::string_view(key.constData(), key.size()),
                                        std::string_view(value.constData(), value.size())))
            return "--set: " + QString::fromStdString(e->message);
    }
    if (auto e = validate(s))
        return QString::fromStdString(e->message);
    return {};
}

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
    out() << QString("Scenario: %1 calls per strategy, hit rate %2, miss latency %3 (%4), "
                     "concurrency %5, payload %6 B, double-await rate %7, clock %8, seed %9\n")
                 .arg(s.calls)
                 .arg(s.hit_rate)
                 .arg(human_ns(s.miss_latency_us * 1000), to_string(s.miss_latency_dist))
                 .arg(s.concurrency)
                 .arg(s.payload_bytes)
                 .arg(s.double_await_rate)
                 .arg(to_string(s.clock))
                 .arg(s.seed);
    out() << QString("Clock-read overhead subtracted from every latency: %1 ns\n\n")
                 .arg(r.clock_overhead_ns);
    const QStringList header = {"strategy",  "p50",      "p99",      "p99.9",  "max",  "cpu/op",
                                "allocs/op", "bytes/op", "gen0/1k*", "errors", "wrong"};
    QList<QStringList> rows;
    for (const SummaryRow& x : r.summary) {
        rows << QStringList{to_string(x.strategy),
                            human_ns(static_cast<double>(x.p50_ns)),
                            human_ns(static_cast<double>(x.p99_ns)),
                            human_ns(static_cast<double>(x.p999_ns)),
                            human_ns(static_cast<double>(x.max_ns)),
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
    out() << "\n* gen0/1k: GC-equivalent model, collections per 1,000 operations (see --help).\n";
    if (!r.completed)
        out() << "The run was cancelled: these figures cover the calls made so far.\n";
    out().flush();
}

int run_command(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription("Run a workload headless.");
    p.addOptions({{"scenario", "Scenario JSON file.", "FILE"},
                  {"set", "Set one scenario key (repeatable).", "key=value"},
                  {"out", "Write summary.csv, timeseries.csv, scenario.json here.", "DIR"},
                  {{"h", "help"}, "Show help."}});
    if (!p.parse(args)) {
        err() << "valuetask-lab run: " << p.errorText() << "\n";
        return exit_bad_input;
    }
    if (p.isSet("help")) {
        out() << general_help();
        return exit_ok;
    }
    if (!p.positionalArguments().isEmpty()) {
        err() << "valuetask-lab run: unexpected argument '" << p.positionalArguments().first()
              << "'\n";
        return exit_bad_input;
    }
    Scenario s;
    if (const QString e = build_scenario(p, s); !e.isEmpty()) {
        err() << "valuetask-lab run: " << e << "\n";
        return exit_bad_input;
    }
    // Check the output folder before spending minutes on the run.
    if (p.isSet("out")) {
        const QString dir = p.value("out");
        if (!QDir().mkpath(dir) || !QFileInfo(dir).isWritable()) {
            err() << "valuetask-lab run: " << dir << ": the output folder cannot be created or "
                  << "written\n";
            return exit_bad_input;
        }
    }
    RunResults r;
    {
        ProgressBar bar;
        r = Engine::run_blocking(s, [&bar](const EngineSnapshot& snap) { bar.update(snap); });
    }
    print_summary(r);
    if (p.isSet("out")) {
        QString error;
        if (!export_results(p.value("out"), r, &error)) {
            err() << "valuetask-lab run: " << error << "\n";
            return exit_bad_input;
        }
        out() << "Wrote summary.csv, timeseries.csv and scenario.json to "
              << QDir(p.value("out")).absolutePath() << "\n";
    }
    return r.completed ? exit_ok : exit_failed;
}

int await_twice_command(const QStringList& args) {
    QCommandLineParser p;
    p.addOptions(
        {{"out", "Also write await_twice.csv here.", "DIR"}, {{"h", "help"}, "Show help."}});
    if (!p.parse(args) || !p.positionalArguments().isEmpty()) {
        err() << "valuetask-lab await-twice: "
              << (p.errorText().isEmpty() ? "unexpected argument" : p.errorText()) << "\n";
        return exit_bad_input;
    }
    if (p.isSet("help")) {
        out() << general_help();
        return exit_ok;
    }
    const auto outcomes = run_await_twice_lab();
    QString csv = "case,held,first_await,second_await_result,second_await_value,"
                  "expected_value,reuses_between,exception_message\r\n";
    int n = 0;
    for (const AwaitTwiceOutcome& o : outcomes) {
        out() << QString("%1. %2 [%3]\n").arg(++n).arg(title(o.which), to_string(o.which));
        for (const LabFrame& f : o.frames) {
            QString state;
            if (f.has_source)
                state = QString("   (ValueTask token %1; source slot %2, version %3, %4)")
                            .arg(f.valuetask_token)
                            .arg(f.pool_slot)
                            .arg(f.source_version)
                            .arg(QString::fromStdString(f.source_state));
            out() << "   - " << QString::fromStdString(f.caption) << "\n";
            if (!state.isEmpty() && &f != &o.frames.back())
                out() << state << "\n";
        }
        const char* verdict = o.result == SecondAwaitResult::same_value  ? "works, by accident"
                              : o.result == SecondAwaitResult::exception ? "InvalidOperationError"
                                                                         : "SILENTLY WRONG";
        out() << "   => " << verdict << "\n\n";
        const QString message = QString::fromStdString(o.exception_message).replace('"', "\"\"");
        csv += QString("%1,%2,%3,%4,%5,%6,%7,\"%8\"\r\n")
                   .arg(to_string(o.which), to_string(o.frames.front().held))
                   .arg(o.first_await_value)
                   .arg(to_string(o.result))
                   .arg(o.result == SecondAwaitResult::exception
                            ? QString()
                            : QString::number(o.second_await_value))
                   .arg(o.expected_value)
                   .arg(o.reuses_between)
                   .arg(message);
    }
    out().flush();
    if (p.isSet("out")) {
        QString error;
        if (!QDir().mkpath(p.value("out")) ||
            !write_file_atomically(QDir(p.value("out")).filePath("await_twice.csv"), csv.toUtf8(),
                                   &error)) {
            err() << "valuetask-lab await-twice: "
                  << (error.isEmpty() ? p.value("out") + ": cannot create the folder" : error)
                  << "\n";
            return exit_bad_input;
        }
    }
    return exit_ok;
}

} // namespace

int cli_main(const QStringList& arguments) {
    const QStringList args = arguments.mid(1);
    if (args.isEmpty() || args.first() == "--help" || args.first() == "-h") {
        out() << general_help();
        return exit_ok;
    }
    if (args.first() == "--version" || args.first() == "-v") {
        out() << "valuetask-lab " << VTL_VERSION << "\n";
        return exit_ok;
    }
    // QCommandLineParser expects the program name first.
    const QStringList sub = QStringList{arguments.first()} + args.mid(1);
    if (args.first() == "run")
        return run_command(sub);
    if (args.first() == "await-twice")
        return await_twice_command(sub);
    err() << "valuetask-lab: unknown command '" << args.first() << "' (try --help)\n";
    return exit_bad_input;
}

} // namespace vtl::app
