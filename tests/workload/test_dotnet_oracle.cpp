// The oracle test: for every case id of the await-twice contract, the C++ lab's outcome (and
// value, where both give one) equals real .NET's.
//
// Real .NET is the C# program in resources/dotnet/ValueTaskLab.Reference, built and run now:
// with the GUI built, by `valuetask-lab dotnet --quick --out DIR` (which this then also tests
// end to end: exit 0, BenchmarkDotNet and GC rows in the CSV, and the C# listings it writes
// equal to the shipped ones), else by `dotnet run -c Release --project … -- --out DIR
// --only outcomes`. Either way .NET runs once. Without `dotnet` on
// PATH the live comparison prints "SKIPPED: dotnet not on PATH" and passes — unless
// VTL_REQUIRE_DOTNET=1 (CI), where a missing SDK fails. The shipped reference
// (resources/dotnet/reference/dotnet_outcomes.json, a recorded real run) is compared whenever
// it is present, with or without an SDK.
//
// What-if cases (.NET cannot have them: ManualResetValueTaskSourceCore always validates the
// token) are compared against the what-if the C# program implements by hand, and must be
// flagged what_if on both sides; they are listed as such, never skipped.
#include "harness/qtest_suite.hpp"
#include <QTest>

#include "workload/await_twice_lab.hpp"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <map>

using namespace vtl::workload;

namespace {

// .NET's one message for every ManualResetValueTaskSourceCore misuse; the GUI quotes it
// (AwaitTwiceLaneModel::dotnet_exception_message) and this test checks it against the real one.
const QString dotnet_message =
    QStringLiteral("Operation is not valid due to the current state of the object.");

QString source_dir() {
    return QStringLiteral(VTL_SOURCE_DIR);
}

struct Loaded {
    QJsonObject root;
    QString error;
};

Loaded load(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {{}, path + QStringLiteral(": cannot open")};
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &e);
    if (!doc.isObject())
        return {{}, path + QStringLiteral(": ") + e.errorString()};
    return {doc.object(), {}};
}

// Compares every contract case; returns the mismatches (empty when C++ equals .NET).
QStringList compare(const QJsonObject& dotnet, const QString& where) {
    QStringList mismatches;
    std::map<QString, QJsonObject> by_id;
    for (const QJsonValue& v : dotnet.value("cases").toArray())
        by_id[v.toObject().value("id").toString()] = v.toObject();
    std::printf("%s (%s, %s)\n", qPrintable(where), qPrintable(dotnet.value("runtime").toString()),
                qPrintable(dotnet.value("date").toString()));
    std::printf("  %-33s %-14s %-14s %s\n", "case", "C++ core", ".NET", "");
    for (AwaitTwiceCase c : all_await_twice_cases) {
        const QString id = QString::fromUtf8(to_string(c));
        const AwaitTwiceOutcome cpp = run_await_twice_case(c);
        const auto it = by_id.find(id);
        if (it == by_id.end()) {
            mismatches << id + QStringLiteral(": missing from the .NET output");
            continue;
        }
        const QJsonObject& net = it->second;
        const QString net_outcome = net.value("outcome").toString();
        const QString cpp_outcome = QString::fromUtf8(to_string(cpp.outcome));
        const bool what_if = is_what_if(c);
        std::printf("  %-33s %-14s %-14s %s\n", qPrintable(id), qPrintable(cpp_outcome),
                    qPrintable(net_outcome),
                    what_if ? "what-if: vs the C# program's hand-written source that ignores "
                              "its token"
                            : "");
        if (net_outcome != cpp_outcome)
            mismatches << QStringLiteral("%1: C++ %2, .NET %3").arg(id, cpp_outcome, net_outcome);
        if (net.value("what_if").toBool() != what_if)
            mismatches << QStringLiteral("%1: what_if is %2 in C++, %3 in .NET")
                              .arg(id)
                              .arg(what_if)
                              .arg(net.value("what_if").toBool());
        const QJsonValue net_value = net.value("value");
        if (cpp.value && net_value.isDouble() && net_value.toInt() != *cpp.value)
            mismatches << QStringLiteral("%1: value %2 in C++, %3 in .NET")
                              .arg(id)
                              .arg(*cpp.value)
                              .arg(net_value.toInt());
        if (net_outcome == QLatin1String("exception")) {
            if (net.value("exception_type").toString() !=
                QLatin1String("System.InvalidOperationException"))
                mismatches << id + QStringLiteral(": .NET threw ") +
                                  net.value("exception_type").toString();
            if (net.value("message").toString() != dotnet_message)
                mismatches << id + QStringLiteral(": .NET's message is \"") +
                                  net.value("message").toString() + QStringLiteral("\"");
        }
    }
    // Cases the C# program runs beyond the contract (facts for other views) are not lab cases.
    for (const auto& [id, _] : by_id)
        if (!await_twice_case_from_string(id.toStdString()))
            std::printf("  %-33s (not an await-twice case: not compared)\n", qPrintable(id));
    std::fflush(stdout);
    return mismatches;
}

} // namespace

class TestDotnetOracle : public QObject {
    Q_OBJECT

private slots:
    void outcomes_equal_real_dotnet_now();
    void outcomes_equal_shipped_reference();
    void the_comparison_can_fail();
};

void TestDotnetOracle::outcomes_equal_real_dotnet_now() {
    const QString dotnet = QStandardPaths::findExecutable(QStringLiteral("dotnet"));
    if (dotnet.isEmpty()) {
        if (qEnvironmentVariable("VTL_REQUIRE_DOTNET") == QLatin1String("1"))
            QFAIL("dotnet not on PATH, and VTL_REQUIRE_DOTNET=1 requires the live oracle");
        std::printf("SKIPPED: dotnet not on PATH (the live .NET oracle did not run)\n");
        std::fflush(stdout);
        QSKIP("SKIPPED: dotnet not on PATH");
    }
    const QString project =
        source_dir() + QStringLiteral("/resources/dotnet/ValueTaskLab.Reference");
    QVERIFY2(QFileInfo::exists(project + QStringLiteral("/ValueTaskLab.Reference.csproj")),
             qPrintable(project + QStringLiteral(": the C# program is missing")));
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString out_dir = tmp.filePath(QStringLiteral("out"));
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOTNET_CLI_TELEMETRY_OPTOUT"), QStringLiteral("1"));
    env.insert(QStringLiteral("DOTNET_NOLOGO"), QStringLiteral("1"));
#ifdef VTL_APP_BINARY
    // .NET runs once for two checks: `valuetask-lab dotnet --quick` end to end (the command
    // users run: project copy, build, run, files swapped into --out) and this oracle. Its work
    // copy of the C# project, with bin/ and obj/, stays in the build tree between runs.
    env.insert(QStringLiteral("XDG_CACHE_HOME"), QStringLiteral(VTL_ORACLE_ARTIFACTS));
    const QString program = QStringLiteral(VTL_APP_BINARY);
    const QStringList args{QStringLiteral("dotnet"), QStringLiteral("--quick"),
                           QStringLiteral("--out"), out_dir};
#else
    const QString program = dotnet;
    const QStringList args{QStringLiteral("run"),
                           QStringLiteral("-c"),
                           QStringLiteral("Release"),
                           QStringLiteral("--project"),
                           project,
                           QStringLiteral("--artifacts-path"),
                           QStringLiteral(VTL_ORACLE_ARTIFACTS),
                           QStringLiteral("--"),
                           QStringLiteral("--out"),
                           out_dir,
                           QStringLiteral("--only"),
                           QStringLiteral("outcomes")};
#endif
    p.setProcessEnvironment(env);
    std::printf("running: %s %s\n", qPrintable(program), qPrintable(args.join(' ')));
    std::fflush(stdout);
    QElapsedTimer clock;
    clock.start();
    p.start(program, args);
    QVERIFY2(p.waitForStarted(), qPrintable(p.errorString()));
    QVERIFY2(p.waitForFinished(20 * 60 * 1000), "the .NET run did not finish in 20 minutes");
    const QByteArray log = p.readAll();
    std::printf("%s: exit %d after %.1f s\n", qPrintable(QFileInfo(program).fileName()),
                p.exitCode(), clock.elapsed() / 1000.0);
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, log.constData());
    const QDir out(out_dir);
#ifdef VTL_APP_BINARY
    std::printf("%s", log.constData());
    std::fflush(stdout);
    // The listings the program cut from its sources now are the ones the app ships.
    const QDir shipped(source_dir() + QStringLiteral("/resources/dotnet/reference/listings"));
    const QStringList listings = shipped.entryList({QStringLiteral("*.cs.txt")}, QDir::Files);
    QVERIFY(!listings.isEmpty());
    QCOMPARE(QDir(out.filePath(QStringLiteral("listings")))
                 .entryList({QStringLiteral("*.cs.txt")}, QDir::Files),
             listings);
    for (const QString& name : listings) {
        QFile a(shipped.filePath(name)), b(out.filePath(QStringLiteral("listings/") + name));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QVERIFY2(a.readAll() == b.readAll(),
                 qPrintable(name + QStringLiteral(": the shipped listing differs from the one "
                                                  "the C# program writes now")));
    }
    // Real numbers in the CSV: BenchmarkDotNet's rows and the GC rows.
    QFile csv(out.filePath(QStringLiteral("dotnet_reference.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray table = csv.readAll();
    QVERIFY2(table.contains("\nbench,task,") && table.contains("\ngc,valuetask,"),
             table.constData());
    // The pooling builder's box cache, as the C++ core models it (BoxCache, test_allocation):
    // callers that await each call reuse boxes; a batch read together overflows the cache.
    const auto bytes_per_op = [&](const char* section, const char* name) {
        const QByteArray prefix = QByteArray(section) + ',' + name + ',';
        for (const QByteArray& line : table.split('\n'))
            if (line.startsWith(prefix))
                return line.split(',').value(6).toDouble(); // allocated_bytes_per_op
        return -1.0;
    };
    const double callers_pooled = bytes_per_op("gc_callers", "pooled");
    const double callers_valuetask = bytes_per_op("gc_callers", "valuetask");
    const double batch_pooled = bytes_per_op("gc_concurrent", "pooled");
    const double batch_valuetask = bytes_per_op("gc_concurrent", "valuetask");
    std::printf("pooled builder, 64 in flight: %.2f B/op awaiting each call (valuetask %.2f), "
                "%.2f B/op read as a batch (valuetask %.2f)\n",
                callers_pooled, callers_valuetask, batch_pooled, batch_valuetask);
    QVERIFY(callers_pooled >= 0 && callers_valuetask > 10);
    QVERIFY(callers_pooled < 0.05 * callers_valuetask);
    QVERIFY(batch_pooled > 0.5 * batch_valuetask);
#endif

    const Loaded l = load(out.filePath(QStringLiteral("dotnet_outcomes.json")));
    QVERIFY2(l.error.isEmpty(), qPrintable(l.error));
    QCOMPARE(l.root.value("schema").toInt(), 1);
    const QStringList mismatches = compare(l.root, QStringLiteral("real .NET, run now"));
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join('\n')));
}

void TestDotnetOracle::outcomes_equal_shipped_reference() {
    const QString path =
        source_dir() + QStringLiteral("/resources/dotnet/reference/dotnet_outcomes.json");
    if (!QFileInfo::exists(path))
        QSKIP("no shipped reference (resources/dotnet/reference/dotnet_outcomes.json) yet");
    const Loaded l = load(path);
    QVERIFY2(l.error.isEmpty(), qPrintable(l.error));
    const QStringList mismatches = compare(l.root, QStringLiteral("shipped .NET reference"));
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join('\n')));
}

// A .NET answer that differs from the core in one case must be reported, naming the case.
void TestDotnetOracle::the_comparison_can_fail() {
    QJsonArray cases;
    for (AwaitTwiceCase c : all_await_twice_cases) {
        QJsonObject o;
        o["id"] = QString::fromUtf8(to_string(c));
        o["what_if"] = is_what_if(c);
        o["outcome"] = QString::fromUtf8(to_string(contract_outcome(c)));
        o["value"] = QJsonValue(QJsonValue::Null);
        if (contract_outcome(c) == LabOutcome::exception) {
            o["exception_type"] = QStringLiteral("System.InvalidOperationException");
            o["message"] = dotnet_message;
        }
        cases.append(o);
    }
    QJsonObject root{{"schema", 1}, {"runtime", "contract"}, {"cases", cases}};
    QCOMPARE(compare(root, QStringLiteral("the contract itself")), QStringList());

    QJsonObject flipped = cases[3].toObject(); // custom_source_not_reused
    flipped["outcome"] = QStringLiteral("exception");
    flipped["exception_type"] = QStringLiteral("System.InvalidOperationException");
    flipped["message"] = dotnet_message;
    cases[3] = flipped;
    root["cases"] = cases;
    const QStringList m = compare(root, QStringLiteral("a flipped answer"));
    QCOMPARE(m.size(), 1);
    QVERIFY(m.front().startsWith(QStringLiteral("custom_source_not_reused: C++ same_value")));
}

VTL_QTEST_GUILESS_MAIN(test_dotnet_oracle, TestDotnetOracle)
#include "test_dotnet_oracle.moc"
