#include "app/cli/claims_command.hpp"

#include "app/cli/cli_options.hpp"
#include "app/io/results_export.hpp"
#include "models/claims/claim_runner.hpp"
#include "models/claims/claims_model.hpp"
#include "workload/scenario.hpp"

#include <QCommandLineParser>
#include <QDir>

namespace vtl::app {
namespace {

using cli::err;
using cli::exit_bad_input;
using cli::exit_failed;
using cli::exit_ok;
using cli::out;

QString upper_status(models::ClaimVerdict::Status s) {
    return models::status_word(s).toUpper();
}

QString indent(const QString& text, const QString& prefix) {
    QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 1; i < lines.size(); ++i)
        lines[i] = prefix + lines[i];
    return lines.join(QLatin1Char('\n'));
}

// Where the two sides' figures come from.
void print_sources(const models::ClaimInputs& inputs) {
    out() << "Real .NET: "
          << (inputs.dotnet ? inputs.dotnet->label() : QStringLiteral("no reference found"))
          << "\n";
    if (inputs.hit_costs) {
        const auto* t = inputs.hit_costs->find("task_hit");
        if (t)
            out() << "C++ core: this machine; hit costs over " << t->cost.batches
                  << " paired batches of " << t->cost.ops_per_batch
                  << " ops, medians with 95 % intervals, empty loop subtracted; "
#ifdef NDEBUG
                  << "optimised build\n";
#else
                  << "unoptimised debug build: timings not representative\n";
#endif
    }
    out() << "\n";
}

void print_verdict(std::size_t number, const models::SeedClaim& c, const models::ClaimVerdict& v) {
    out() << QStringLiteral("%1. %2  [%3]  %4\n")
                 .arg(number, 2)
                 .arg(c.id, models::seed_label(c), upper_status(v.status));
    out() << "    claim:     " << c.claim() << "\n";
    out() << "    seed:      \u201C" << c.quote << "\u201D\n";
    out() << "    real .NET: " << indent(v.dotnet.figure, QStringLiteral("               "))
          << "\n";
    out() << "    C++ core:  " << indent(v.core.figure, QStringLiteral("               ")) << "\n";
    QStringList intervals;
    if (!v.dotnet.interval.isEmpty())
        intervals << QStringLiteral(".NET ") + v.dotnet.interval;
    if (!v.core.interval.isEmpty())
        intervals << QStringLiteral("C++ ") + v.core.interval;
    out() << "    interval:  "
          << (intervals.isEmpty() ? QStringLiteral("—") : intervals.join(QStringLiteral("; ")))
          << "\n";
    out() << "    verdict:   " << indent(v.verdict, QStringLiteral("               ")) << "\n\n";
}

} // namespace

int claims_command(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Judge the seeds' claims against real .NET and the C++ core."));
    p.addOptions({{QStringLiteral("out"), QStringLiteral("Also write claims.csv here."),
                   QStringLiteral("DIR")},
                  {{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show help.")}});
    if (!p.parse(args) || !p.positionalArguments().isEmpty()) {
        err() << "valuetask-lab claims: "
              << (p.errorText().isEmpty() ? QStringLiteral("unexpected argument") : p.errorText())
              << "\n";
        return exit_bad_input;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return exit_ok;
    }
    if (p.isSet(QStringLiteral("out"))) {
        const QString problem = check_export_folder(p.value(QStringLiteral("out")));
        if (!problem.isEmpty()) {
            err() << "valuetask-lab claims: " << problem << "\n";
            return exit_bad_input;
        }
    }

    const models::ClaimInputs inputs =
        models::measure_claim_inputs(workload::default_scenario(), [](const QString& step) {
            err() << "measuring: " << step << "\n";
            err().flush();
        });
    const std::vector<models::ClaimVerdict> verdicts = models::judge_all(inputs);
    const auto& claims = models::seed_claims();

    print_sources(inputs);
    for (std::size_t i = 0; i < claims.size() && i < verdicts.size(); ++i)
        print_verdict(i + 1, claims[i], verdicts[i]);
    out().flush();
    if (p.isSet(QStringLiteral("out"))) {
        QString error;
        if (!export_files(p.value(QStringLiteral("out")),
                          {ExportFile{QStringLiteral("claims.csv"), models::claims_csv(verdicts)}},
                          &error)) {
            err() << "valuetask-lab claims: " << error << "\n";
            return exit_failed;
        }
        out() << "Wrote claims.csv to " << QDir(p.value(QStringLiteral("out"))).absolutePath()
              << "\n";
    }
    return exit_ok;
}

} // namespace vtl::app
