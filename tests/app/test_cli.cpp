// The command line, end to end: the real binary in a child process, as a script would run it.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "workload/results.hpp"

#include <clocale>

namespace {

struct Result {
    int code = -1;
    QString out, err;
};

Result run_app(const QStringList& args, const QStringList& extra_env = {}) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& kv : extra_env)
        env.insert(kv.section('=', 0, 0), kv.section('=', 1));
    p.setProcessEnvironment(env);
    p.start(VTL_APP_BINARY, args);
    if (!p.waitForFinished(300'000))
        qFatal("valuetask-lab did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QByteArray read(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QStringList small = {"--set", "calls=20000",  "--set", "miss_latency_us=200",
                           "--set", "concurrency=8"};

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void help_documents_every_key();
    void run_writes_three_files_with_design_columns();
    void csv_format_ignores_locale();
    void bad_input_exits_2_and_writes_nothing_data();
    void bad_input_exits_2_and_writes_nothing();
    void unwritable_out_exits_2();
    void await_twice_prints_every_case();
};

void TestCli::help_documents_every_key() {
    const Result r = run_app({"--help"});
    QCOMPARE(r.code, 0);
    for (const char* key :
         {"strategies", "calls", "hit_rate", "miss_latency_us", "miss_latency_dist", "concurrency",
          "payload_bytes", "double_await_rate", "what_if_source_ignores_token", "task_result_cache", "seed", "clock",
          "gc_gen0_budget_bytes"})
        QVERIFY2(r.out.contains(QString("  %1\n").arg(key)), key);
    QVERIFY(r.out.contains("µs"));
    QVERIFY(r.out.contains("1 … 100,000"));
    QVERIFY(r.out.contains("gen0"));
    QCOMPARE(run_app({"--version"}).code, 0);
}

void TestCli::run_writes_three_files_with_design_columns() {
    QTemporaryDir dir;
    const Result r = run_app(QStringList{"run"} + small + QStringList{"--out", dir.path()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("pooled"));
    const QByteArray summary = read(dir.filePath("summary.csv"));
    const QByteArray series = read(dir.filePath("timeseries.csv"));
    QVERIFY(summary.startsWith(
        "strategy,calls,hits,misses,double_awaits,await_errors,silent_wrong_results,mean_ns,"
        "p50_ns,p90_ns,p99_ns,p999_ns,max_ns,cpu_ns_per_op,alloc_bytes_per_op,allocs_per_op,"
        "model_gen0_per_1k,model_gen1_per_1k,model_gen2_per_1k,wall_s\r\n"));
    QVERIFY(series.startsWith("t_run_s,interval_s,strategy,calls,hits,misses,p50_ns,p99_ns,max_ns,"
                              "alloc_bytes,allocs,live_bytes,model_gen0,model_gen1,model_gen2\r\n"));
    QCOMPARE(summary.count("\r\n"), 4); // header + task, valuetask, pooled
    QVERIFY(series.count("\r\n") > 4);
    const QByteArray scenario = read(dir.filePath("scenario.json"));
    QVERIFY(scenario.contains("\"calls\": 20000"));
    // The written scenario runs again and gives the same hit/miss counts.
    QTemporaryDir again;
    const Result r2 =
        run_app({"run", "--scenario", dir.filePath("scenario.json"), "--out", again.path()});
    QCOMPARE(r2.code, 0);
    const auto counts = [](const QByteArray& csv) {
        QStringList out;
        for (const QByteArray& line : csv.split('\n').mid(1))
            out << QString::fromUtf8(line).section(',', 0, 3);
        return out;
    };
    QCOMPARE(counts(read(again.filePath("summary.csv"))), counts(summary));
}

void TestCli::csv_format_ignores_locale() {
    // In process: the same rows formatted under C and under a comma-decimal C locale.
    vtl::workload::SummaryRow row;
    row.strategy = vtl::workload::Strategy::valuetask;
    row.mean_ns = 1234.5;
    row.cpu_ns_per_op = 3.25;
    row.allocs_per_op = 0.5;
    std::setlocale(LC_ALL, "C");
    const std::string c = vtl::workload::summary_csv({row});
    QVERIFY2(std::setlocale(LC_ALL, "de_DE.UTF-8") != nullptr,
             "de_DE.UTF-8 locale missing (scripts/test.sh generates it)");
    char probe[16];
    std::snprintf(probe, sizeof probe, "%.1f", 1.5);
    QCOMPARE(QByteArray(probe), QByteArray("1,5")); // the locale really uses a comma
    const std::string de = vtl::workload::summary_csv({row});
    std::setlocale(LC_ALL, "C");
    QCOMPARE(de, c);

    // Child processes under both locales: identical structure, '.' decimals only.
    QTemporaryDir a, b;
    QCOMPARE(
        run_app(QStringList{"run"} + small + QStringList{"--out", a.path()}, {"LC_ALL=C", "LANG=C"})
            .code,
        0);
    QCOMPARE(run_app(QStringList{"run"} + small + QStringList{"--out", b.path()},
                     {"LC_ALL=de_DE.UTF-8", "LANG=de_DE.UTF-8"})
                 .code,
             0);
    const QRegularExpression field("^(task|valuetask|pooled|[0-9]+(\\.[0-9]+)?)$");
    for (const char* name : {"summary.csv", "timeseries.csv"}) {
        const QList<QByteArray> la = read(a.filePath(name)).split('\n');
        const QList<QByteArray> lb = read(b.filePath(name)).split('\n');
        QCOMPARE(la.first(), lb.first());
        for (const QList<QByteArray>* lines : {&la, &lb}) {
            for (const QByteArray& line : lines->mid(1)) {
                if (line.isEmpty())
                    continue;
                const QStringList fields = QString::fromUtf8(line.trimmed()).split(',');
                QCOMPARE(fields.size(), QString::fromUtf8(la.first()).split(',').size());
                for (const QString& f : fields)
                    QVERIFY2(field.match(f).hasMatch(), qPrintable(f));
            }
        }
    }
}

void TestCli::bad_input_exits_2_and_writes_nothing_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("message");
    QTest::newRow("syntax") << QByteArray("{\n  \"calls\": 10,\n  \"hit_rate\" 0.5\n}")
                            << QStringList() << "scenario.json:3:";
    QTest::newRow("unknown key") << QByteArray("{\"calls\": 10, \"hitrate\": 0.5}") << QStringList()
                                 << "unknown key 'hitrate'";
    QTest::newRow("out of range") << QByteArray("{\"hit_rate\": 1.5}") << QStringList()
                                  << "hit_rate";
    QTest::newRow("wrong type") << QByteArray("{\"calls\": \"many\"}") << QStringList() << "calls";
    QTest::newRow("bad --set") << QByteArray("{}") << QStringList{"--set", "concurrency=0"}
                               << "concurrency";
    QTest::newRow("unknown --set")
        << QByteArray("{}") << QStringList{"--set", "speed=11"} << "unknown key 'speed'";
}

void TestCli::bad_input_exits_2_and_writes_nothing() {
    QFETCH(QByteArray, json);
    QFETCH(QStringList, extra);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString file = dir.filePath("scenario.json");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(json);
    f.close();
    const QString out = dir.filePath("out");
    const Result r = run_app(QStringList{"run", "--scenario", file, "--out", out} + extra);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QDir(out).exists()); // nothing written, not even the folder
}

void TestCli::unwritable_out_exits_2() {
    QTemporaryDir dir;
    QFile blocker(dir.filePath("file"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    // A path below a regular file can never be created, whoever runs the test (even root).
    const Result r =
        run_app(QStringList{"run", "--set", "calls=100", "--out", dir.filePath("file/out")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("file/out"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
             QStringList{"file"});
}

void TestCli::await_twice_prints_every_case() {
    QTemporaryDir dir;
    const Result r = run_app({"await-twice", "--out", dir.path()});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.count("works, by accident"), 3);
    QCOMPARE(r.out.count("InvalidOperationError"), 2); // verdict + message of the reused case
    QCOMPARE(r.out.count("SILENTLY WRONG"), 2);
    QVERIFY(r.out.contains("stale token"));
    QVERIFY(r.out.contains("65536 more operations"));
    const QByteArray csv = read(dir.filePath("await_twice.csv"));
    QCOMPARE(csv.count("\r\n"), 7);
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
