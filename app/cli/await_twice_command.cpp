#include "app/cli/await_twice_command.hpp"

#include "app/io/results_export.hpp"
#include "workload/await_twice_lab.hpp"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

namespace vtl::app {
namespace {

using namespace vtl::workload;

constexpr int exit_ok = 0;
constexpr int exit_bad_input = 2;

QTextStream& out() {
    static QTextStream s(stdout);
    return s;
}
QTextStream& err() {
    static QTextStream s(stderr);
    return s;
}

} // namespace

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
        out() << p.helpText();
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

} // namespace vtl::app
