#include "app/cli/await_twice_command.hpp"

#include "app/cli/cli_options.hpp"
#include "app/io/machine_name.hpp"
#include "app/io/results_export.hpp"
#include "models/await_twice/await_twice_lane_model.hpp"
#include "workload/await_twice_lab.hpp"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

#include <optional>

namespace vtl::app {
namespace {

using namespace vtl::workload;
using cli::err;
using cli::exit_bad_input;
using cli::exit_failed;
using cli::exit_ok;
using cli::out;
using models::AwaitTwiceLaneModel;

// A model showing `o`, so the CLI prints exactly the texts a lane shows.
AwaitTwiceLaneModel model_for(const AwaitTwiceOutcome& o) {
    AwaitTwiceLaneModel m(o.which);
    m.set_runner([o](AwaitTwiceCase) { return o; });
    return m;
}

void print_case(int number, const AwaitTwiceOutcome& o) {
    AwaitTwiceLaneModel m = model_for(o);
    out() << QStringLiteral("%1. %2 [%3]%4\n")
                 .arg(number)
                 .arg(AwaitTwiceLaneModel::title(o.which), QString::fromUtf8(to_string(o.which)),
                      is_what_if(o.which)
                          ? QStringLiteral(" ") + QCoreApplication::translate("AwaitTwiceCommand",
                                                                              "(what-if, not .NET)")
                          : QString());
    out() << "   " << AwaitTwiceLaneModel::setup(o.which) << "\n";
    m.step(); // frame 0 of `o`
    while (!m.revealed()) {
        out() << "   - " << m.caption() << "\n";
        m.step();
    }
    out() << "   => " << QString::fromUtf8(to_string(o.outcome)) << ": " << m.headline() << " — "
          << m.detail() << "\n";
    if (m.shows_exception()) {
        out() << "      " << AwaitTwiceLaneModel::dotnet_exception_line() << "\n";
        out() << "      " << m.core_exception() << "\n";
    }
    out() << "      " << AwaitTwiceLaneModel::ca2012_rule(o.which) << "\n\n";
}

// The schema of the C# program's dotnet_outcomes.json, so the two can be compared.
QJsonObject to_json(const std::vector<AwaitTwiceOutcome>& outcomes) {
    QJsonArray cases;
    for (const AwaitTwiceOutcome& o : outcomes) {
        AwaitTwiceLaneModel m = model_for(o);
        m.run();
        QJsonObject c;
        c["id"] = QString::fromUtf8(to_string(o.which));
        c["group"] = QString::fromUtf8(to_string(group_of(o.which)));
        c["what_if"] = is_what_if(o.which);
        c["outcome"] = QString::fromUtf8(to_string(o.outcome));
        c["expected_outcome"] = QString::fromUtf8(to_string(contract_outcome(o.which)));
        c["expected"] = o.expected_value;
        c["value"] = o.value ? QJsonValue(*o.value) : QJsonValue(QJsonValue::Null);
        if (o.misuse) {
            c["exception_type"] = QStringLiteral("vtl::InvalidOperationError");
            c["message"] = QString::fromUtf8(
                InvalidOperationError(*o.misuse, o.source_version, o.presented_token).what());
            c["misuse"] = QString::fromUtf8(misuse_id(*o.misuse));
        } else {
            c["exception_type"] = QJsonValue(QJsonValue::Null);
            c["message"] = QJsonValue(QJsonValue::Null);
        }
        if (o.outcome == LabOutcome::blocked)
            c["blocked_ns"] = static_cast<qint64>(o.blocked_ns);
        c["note"] = m.detail();
        cases.append(c);
    }
    QJsonObject root;
    root["schema"] = 1;
    root["runtime"] =
        QStringLiteral("C++ core (valuetask-lab %1)").arg(QStringLiteral(VTL_VERSION));
    root["os"] = QSysInfo::prettyProductName();
    root["cpu"] = cpu_name();
    root["date"] = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    root["cases"] = cases;
    return root;
}

QByteArray to_csv(const std::vector<AwaitTwiceOutcome>& outcomes) {
    QByteArray csv = "id,group,what_if,outcome,expected_outcome,expected_value,value,misuse,"
                     "presented_token,source_version,reuses_between,blocked_ns\r\n";
    for (const AwaitTwiceOutcome& o : outcomes) {
        csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,%10,%11,%12\r\n")
                   .arg(QString::fromUtf8(to_string(o.which)),
                        QString::fromUtf8(to_string(group_of(o.which))),
                        is_what_if(o.which) ? QStringLiteral("1") : QStringLiteral("0"),
                        QString::fromUtf8(to_string(o.outcome)),
                        QString::fromUtf8(to_string(contract_outcome(o.which))))
                   .arg(o.expected_value)
                   .arg(o.value ? QString::number(*o.value) : QString())
                   .arg(o.misuse ? QString::fromUtf8(misuse_id(*o.misuse)) : QString())
                   .arg(o.misuse ? QString::number(o.presented_token) : QString())
                   .arg(o.misuse ? QString::number(o.source_version) : QString())
                   .arg(o.reuses_between)
                   .arg(o.blocked_ns)
                   .toUtf8();
    }
    return csv;
}

} // namespace

int await_twice_command(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "AwaitTwiceCommand",
        "Runs every case of the await-twice lab in the C++ core now and prints what each "
        "really did."));
    p.addOptions(
        {{"out",
          QCoreApplication::translate("AwaitTwiceCommand",
                                      "Also write await_twice.csv and await_twice.json here."),
          "DIR"},
         {"json",
          QCoreApplication::translate("AwaitTwiceCommand",
                                      "Print the outcomes as JSON (the schema of the C# program's "
                                      "dotnet_outcomes.json) instead of text.")},
         {{"h", "help"}, QCoreApplication::translate("AwaitTwiceCommand", "Show help.")}});
    if (!p.parse(args) || !p.positionalArguments().isEmpty()) {
        err() << "valuetask-lab await-twice: "
              << (p.errorText().isEmpty()
                      ? QCoreApplication::translate("AwaitTwiceCommand", "unexpected argument")
                      : p.errorText())
              << "\n";
        return exit_bad_input;
    }
    if (p.isSet("help")) {
        out() << "valuetask-lab await-twice [--out DIR] [--json]\n\n" << p.helpText();
        return exit_ok;
    }
    if (p.isSet("out")) {
        const QString problem = check_export_folder(p.value("out"));
        if (!problem.isEmpty()) {
            err() << "valuetask-lab await-twice: " << problem << "\n";
            return exit_bad_input;
        }
    }
    const auto outcomes = run_await_twice_lab();
    const QByteArray json = QJsonDocument(to_json(outcomes)).toJson(QJsonDocument::Indented);
    if (p.isSet("json")) {
        out() << QString::fromUtf8(json);
    } else {
        std::optional<CaseGroup> group;
        int n = 0;
        for (const AwaitTwiceOutcome& o : outcomes) {
            if (group != group_of(o.which)) {
                group = group_of(o.which);
                out() << "== " << AwaitTwiceLaneModel::group_title(*group) << " ==\n\n";
            }
            print_case(++n, o);
        }
    }
    out().flush();
    if (p.isSet("out")) {
        // Both files or neither, the previous pair kept on failure (export_files). A write
        // failure is not bad input: exit 1, as for a run's export.
        QString error;
        if (!export_files(p.value("out"),
                          {ExportFile{QStringLiteral("await_twice.csv"), to_csv(outcomes)},
                           ExportFile{QStringLiteral("await_twice.json"), json}},
                          &error)) {
            err() << "valuetask-lab await-twice: " << error << "\n";
            return exit_failed;
        }
    }
    return exit_ok;
}

} // namespace vtl::app
