#include "app/cli/cli_commands.hpp"

#include "app/app_tr.hpp"
#include "app/build_info.hpp"
#include "app/cli/await_twice_command.hpp"
#include "app/cli/claims_command.hpp"
#include "app/cli/cli_options.hpp"
#include "app/cli/dotnet_command.hpp"
#include "app/cli/lesson_command.hpp"
#include "app/cli/run_command.hpp"
#include "app/cli/screenshot_command.hpp"
#include "measure/gc_model.hpp"
#include "models/text/scenario_key_text.hpp"
#include "workload/memory_estimate.hpp"
#include "workload/scenario.hpp"

#include <QCoreApplication>

#include <csignal>

namespace vtl::app {
namespace {

using namespace vtl::workload;
using cli::err;
using cli::out;

// One row per subcommand; --help lists them in this order.
const Subcommand table[] = {
    {"run",
     QT_TRANSLATE_NOOP(
         "vtl::app::CliHelp",
         "run [--scenario FILE] [--set key=value]... [--out DIR]\n"
         "      run a workload headless; print a summary table; with --out write\n"
         "      DIR/summary.csv, DIR/timeseries.csv and DIR/scenario.json as one set (DIR is\n"
         "      replaced as a whole, so it must be a folder of its own)\n"),
     false, run_command},
    {"await-twice",
     QT_TRANSLATE_NOOP(
         "vtl::app::CliHelp",
         "await-twice [--out DIR]\n"
         "      run every case of the await-twice lab in the core and print what happened\n"),
     false, await_twice_command},
    {"claims",
     QT_TRANSLATE_NOOP(
         "vtl::app::CliHelp",
         "claims [--out DIR]\n"
         "      judge the seeds' claims against real .NET (shipped reference or a fresh run)\n"
         "      and the C++ core (measured now); print the table; with --out write claims.csv\n"),
     false, claims_command},
    {"dotnet",
     QT_TRANSLATE_NOOP(
         "vtl::app::CliHelp",
         "dotnet [--out DIR] [--quick]\n"
         "      build and run the C# reference program with the .NET SDK (8 or 10) on PATH:\n"
         "      real .NET's await-twice outcomes, BenchmarkDotNet table and GC counts, and\n"
         "      the code pane's C# listings, written to DIR (default: the app's data folder,\n"
         "      which the claims tab and `claims` then prefer to the shipped reference);\n"
         "      --quick: under a minute with the build on a quiet 2-core machine, up to 3 on a\n"
         "      busy one; the full run takes about 7 minutes more; exit 3 without an SDK\n"),
     false, dotnet_command},
    {"lesson",
     QT_TRANSLATE_NOOP(
         "vtl::app::CliHelp",
         "lesson check FILE... | lesson list | lesson export LESSON --out FILE.pdf\n"
         "      check lesson files (FILE:LINE:COLUMN: problem, exit 2), list the lessons\n"
         "      compiled in, or run one and write a handout (one page per step)\n"),
     true, lesson_command},
    {"screenshot",
     QT_TRANSLATE_NOOP("vtl::app::CliHelp",
                       "screenshot --out FILE.png [--scenario FILE] [--set key=value]...\n"
                       "                 [--view main|claims|paths|await-twice]\n"
                       "                 [--size WxH] [--text-scale F]\n"
                       "      run the scenario in the window offscreen and save a picture\n"),
     true, screenshot_command},
};

QString qs(std::string_view v) {
    return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
}

QString keys_help() {
    QString text = tr("Scenario keys (JSON files, --set key=value, scenario.json and the GUI):\n");
    const Scenario defaults = default_scenario();
    for (const ScenarioKey& k : scenario_keys()) {
        const QString unit = models::key_unit(k);
        text += tr("  %1\n      %2\n      allowed: %3%4; default: %5\n")
                    .arg(qs(k.name), models::key_help(k), models::key_allowed(k),
                         unit.isEmpty() ? QString() : " (" + unit + ")",
                         QString::fromStdString(scenario_value_text(defaults, k.name)));
    }
    return text;
}

QString general_help() {
    QString text = tr("valuetask-lab %1 — Task<T> vs ValueTask<T>, measured.\n\n"
                      "Usage:\n"
                      "  valuetask-lab                      open the GUI\n")
                       .arg(VTL_VERSION);
    for (const Subcommand& c : table)
        text += QStringLiteral("  valuetask-lab ") +
                QCoreApplication::translate("vtl::app::CliHelp", c.usage);
    text += tr("\n--set key=value: spaces around '=' are ignored (--set \"calls = 100\").\n"
               "A scenario file must be a regular file of at most %1 bytes.\n"
               "A run whose estimated memory exceeds the limit (now %2: half of the memory\n"
               "available; VTL_MEMORY_LIMIT_MB overrides) is refused before it starts.\n\n")
                .arg(1 << 20)
                .arg(QString::fromStdString(human_bytes(memory_limit_bytes())));
    text += cli::exit_status_help() + "\n";
    return text + keys_help() + tr("\nGC-equivalent model (a model, not a garbage collector):\n") +
           QString::fromStdString(measure::GcModel().describe()) + "\n";
}

} // namespace

std::span<const Subcommand> subcommands() {
    return table;
}

const Subcommand* find_subcommand(std::string_view name) {
    for (const Subcommand& c : table)
        if (name == c.name)
            return &c;
    return nullptr;
}

int cli_main(const QStringList& arguments) {
    // A closed pipe on stdout (`valuetask-lab run | head -1`) shows as a write error that
    // cli::stdout_ok() reports, instead of a silent death by SIGPIPE.
    std::signal(SIGPIPE, SIG_IGN);
    const QStringList args = arguments.mid(1);
    if (args.isEmpty() || args.first() == "--help" || args.first() == "-h") {
        out() << general_help();
        return cli::stdout_ok("valuetask-lab") ? cli::exit_ok : cli::exit_failed;
    }
    if (args.first() == "--version" || args.first() == "-v") {
        out() << build_info_text();
        return cli::stdout_ok("valuetask-lab") ? cli::exit_ok : cli::exit_failed;
    }
    const QByteArray name = args.first().toUtf8();
    const Subcommand* c = find_subcommand(std::string_view(name.constData(), name.size()));
    if (c == nullptr) {
        err() << "valuetask-lab: unknown command '" << cli::shown(args.first())
              << "' (try --help)\n";
        return cli::exit_bad_input;
    }
    // QCommandLineParser expects a program name first.
    const QString program =
        (arguments.isEmpty() ? QStringLiteral("valuetask-lab") : arguments.first()) +
        QLatin1Char(' ') + args.first();
    return c->run(QStringList{program} + args.mid(1));
}

} // namespace vtl::app
