// The command line, end to end: the real binary in a child process, as a script would run it.
#include "harness/qtest_suite.hpp"
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "workload/results.hpp"

#include <QElapsedTimer>

#include <clocale>
#include <csignal>
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

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

// Starts the app and returns the running process (for signals and timeouts).
std::unique_ptr<QProcess> start_app(const QStringList& args) {
    auto p = std::make_unique<QProcess>();
    p->start(VTL_APP_BINARY, args);
    if (!p->waitForStarted(10'000))
        qFatal("valuetask-lab did not start");
    return p;
}

// Runs the app; a run that is still going after `timeout_ms` is killed and reported as -2.
Result run_app_within(const QStringList& args, int timeout_ms) {
    auto p = start_app(args);
    if (!p->waitForFinished(timeout_ms)) {
        p->kill();
        p->waitForFinished(5'000);
        return {-2, {}, QString::fromUtf8(p->readAllStandardError())};
    }
    return {p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1,
            QString::fromUtf8(p->readAllStandardOutput()),
            QString::fromUtf8(p->readAllStandardError())};
}

QStringList entries(const QString& dir) {
    return QDir(dir).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden, QDir::Name);
}

void write(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// A small tmpfs mounted for a test, unmounted at the end; empty path if mounting is not
// permitted (not root, or no CAP_SYS_ADMIN in this container).
struct SmallTmpfs {
    QTemporaryDir base;
    QString path;
    explicit SmallTmpfs(const char* size) {
        const QString dir = base.filePath("fs");
        QDir().mkpath(dir);
        const QByteArray options = QByteArray("size=") + size;
        if (::mount("tmpfs", QFile::encodeName(dir).constData(), "tmpfs", 0, options.constData()) ==
            0)
            path = dir;
    }
    ~SmallTmpfs() {
        if (!path.isEmpty())
            ::umount2(QFile::encodeName(path).constData(), MNT_DETACH);
    }
};

QByteArray read_file(const QString& path) {
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
    void await_twice_refuses_a_bad_out_folder_before_running();
    // Issue 10.
    void full_disk_keeps_the_previous_export_byte_identical();
    void folder_in_the_way_keeps_the_previous_export();
    void stale_temporary_folders_are_cleaned();
    void export_refuses_a_folder_with_sub_folders();
    void scenario_must_be_a_small_regular_file_data();
    void scenario_must_be_a_small_regular_file();
    void memory_hungry_scenario_is_refused_with_estimate_and_limit();
    void big_payload_with_few_calls_is_quick();
    void screenshot_numbers_are_checked_data();
    void screenshot_numbers_are_checked();
    void signals_cancel_cleanly_data();
    void signals_cancel_cleanly();
    void stdout_write_errors_are_reported();
    void long_values_are_truncated_in_errors();
    void non_object_json_names_a_location();
    void empty_strategy_items_are_refused_both_ways();
    void spaces_around_equals_in_set_are_ignored();
    void help_documents_exit_codes_and_limits();
    // Issue 11: `valuetask-lab dotnet`, with stand-ins for the .NET SDK.
    void dotnet_without_sdk_exits_3_data();
    void dotnet_without_sdk_exits_3();
    void dotnet_writes_the_programs_files_into_out();
    void dotnet_failure_keeps_the_previous_out();
    void dotnet_ctrl_c_kills_the_program();
    void dotnet_refuses_a_folder_of_other_files();
};

void TestCli::help_documents_every_key() {
    const Result r = run_app({"--help"});
    QCOMPARE(r.code, 0);
    for (const char* key :
         {"strategies", "calls", "hit_rate", "miss_latency_us", "miss_latency_dist", "concurrency",
          "payload_bytes", "double_await_rate", "what_if_source_ignores_token", "task_result_cache",
          "seed", "clock", "gc_gen0_budget_bytes"})
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
    const QByteArray summary = read_file(dir.filePath("summary.csv"));
    const QByteArray series = read_file(dir.filePath("timeseries.csv"));
    QVERIFY(summary.startsWith(
        "strategy,calls,hits,misses,double_awaits,await_errors,silent_wrong_results,mean_ns,"
        "p50_ns,p90_ns,p99_ns,p999_ns,max_ns,cpu_ns_per_op,alloc_bytes_per_op,allocs_per_op,"
        "model_gen0_per_1k,model_gen1_per_1k,model_gen2_per_1k,wall_s\r\n"));
    QVERIFY(
        series.startsWith("t_run_s,interval_s,strategy,calls,hits,misses,p50_ns,p99_ns,max_ns,"
                          "alloc_bytes,allocs,live_bytes,model_gen0,model_gen1,model_gen2\r\n"));
    QCOMPARE(summary.count("\r\n"), 4); // header + task, valuetask, pooled
    QVERIFY(series.count("\r\n") > 4);
    const QByteArray scenario = read_file(dir.filePath("scenario.json"));
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
    QCOMPARE(counts(read_file(again.filePath("summary.csv"))), counts(summary));
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
        const QList<QByteArray> la = read_file(a.filePath(name)).split('\n');
        const QList<QByteArray> lb = read_file(b.filePath(name)).split('\n');
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

// A --out that cannot be a folder is bad input (exit 2), found before anything runs or is
// written; the file in the way is left alone.
void TestCli::await_twice_refuses_a_bad_out_folder_before_running() {
    QTemporaryDir dir;
    const QString in_the_way = dir.filePath("not_a_folder");
    QFile f(in_the_way);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    const Result r = run_app({"await-twice", "--out", in_the_way});
    QCOMPARE(r.code, 2);
    QVERIFY2(!r.out.contains("CA2012"), qPrintable(r.out)); // nothing ran
    QCOMPARE(read_file(in_the_way), QByteArray("keep me"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
             QStringList{"not_a_folder"});
}

void TestCli::await_twice_prints_every_case() {
    QTemporaryDir dir;
    const Result r = run_app({"await-twice", "--out", dir.path()});
    QCOMPARE(r.code, 0);
    // Fourteen cases, each with its outcome, the analyzer's rule, and for every exception
    // .NET's real exception beside the core's specific misuse.
    QCOMPARE(r.out.count("CA2012"), 14);
    QCOMPARE(r.out.count("=> same_value"), 3);
    QCOMPARE(r.out.count("=> wrong_value"), 2);
    QCOMPARE(r.out.count("=> exception"), 5);
    QCOMPARE(r.out.count("=> blocked"), 1);
    QCOMPARE(r.out.count("=> works"), 2);
    QCOMPARE(r.out.count("=> source_leaked"), 1);
    QCOMPARE(r.out.count("System.InvalidOperationException"), 5);
    QVERIFY(r.out.contains("Operation is not valid due to the current state of the object."));
    const QByteArray csv = read_file(dir.filePath("await_twice.csv"));
    QCOMPARE(csv.count("\r\n"), 15);
    const Result j = run_app({"await-twice", "--json"});
    QCOMPARE(j.code, 0);
    const QJsonArray cases = QJsonDocument::fromJson(j.out.toUtf8()).object()["cases"].toArray();
    QCOMPARE(cases.size(), 14);
}

// 1. A full disk (a 256 KiB tmpfs) over a previous export: the new export fails with the
// system's reason and exit 1, and the previous export is byte-identical, no temp file left.
void TestCli::full_disk_keeps_the_previous_export_byte_identical() {
    SmallTmpfs fs("256k");
    if (fs.path.isEmpty())
        QSKIP("mounting a tmpfs needs root (CAP_SYS_ADMIN); run the suite as root to test a "
              "full disk");
    const QString out = fs.path + "/out";
    const Result first = run_app(QStringList{"run"} + small + QStringList{"--out", out});
    QVERIFY2(first.code == 0, qPrintable(first.err));
    QMap<QString, QByteArray> before;
    for (const QString& name : entries(out))
        before[name] = read_file(out + "/" + name);
    QCOMPARE(before.size(), 3);
    // Fill the disk, leaving less than a new export needs.
    {
        QFile filler(fs.path + "/filler");
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
    }
    const Result second =
        run_app(QStringList{"run"} + small + QStringList{"--set", "seed=7", "--out", out});
    QCOMPARE(second.code, 1); // a failure while writing, not bad input
    QVERIFY2(second.err.contains("No space left on device"), qPrintable(second.err));
    QVERIFY(!second.err.contains("Unknown error"));
    QCOMPARE(entries(out), QStringList(before.keys()));
    for (auto it = before.begin(); it != before.end(); ++it)
        QVERIFY2(read_file(out + "/" + it.key()) == it.value(), qPrintable(it.key()));
    QCOMPARE(entries(fs.path), (QStringList{"filler", "out"})); // no temporary folder left
}

// 1. Something in the way of a file of the set: the old export is untouched.
void TestCli::folder_in_the_way_keeps_the_previous_export() {
    QTemporaryDir dir;
    const QString out = dir.filePath("out");
    QCOMPARE(run_app(QStringList{"run"} + small + QStringList{"--out", out}).code, 0);
    const QByteArray summary = read_file(out + "/summary.csv");
    const QByteArray series = read_file(out + "/timeseries.csv");
    QVERIFY(QFile::remove(out + "/scenario.json"));
    QVERIFY(QDir().mkdir(out + "/scenario.json"));
    const Result r = run_app(QStringList{"run"} + small + QStringList{"--out", out});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("scenario.json"), qPrintable(r.err));
    QCOMPARE(read_file(out + "/summary.csv"), summary);
    QCOMPARE(read_file(out + "/timeseries.csv"), series);
    QCOMPARE(entries(dir.path()), QStringList{"out"});
}

// 1. A crash leaves a temporary folder next to the export: the next export removes it, and
// other files in the export folder are carried over.
void TestCli::stale_temporary_folders_are_cleaned() {
    QTemporaryDir dir;
    const QString out = dir.filePath("out");
    QVERIFY(QDir().mkpath(out));
    write(out + "/await_twice.csv", "kept\r\n");
    const QString stale = dir.filePath(".out.vtl-tmp-Ab12Cd");
    QVERIFY(QDir().mkpath(stale));
    write(stale + "/summary.csv", "half-written");
    const Result r = run_app(QStringList{"run"} + small + QStringList{"--out", out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(entries(dir.path()), QStringList{"out"});
    QCOMPARE(entries(out),
             (QStringList{"await_twice.csv", "scenario.json", "summary.csv", "timeseries.csv"}));
    QCOMPARE(read_file(out + "/await_twice.csv"), QByteArray("kept\r\n"));
}

void TestCli::export_refuses_a_folder_with_sub_folders() {
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath("out/photos")));
    const Result r =
        run_app(QStringList{"run"} + small + QStringList{"--out", dir.filePath("out")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("sub-folder"), qPrintable(r.err));
    QCOMPARE(entries(dir.filePath("out")), QStringList{"photos"});
    // The current folder is never replaced.
    QProcess p;
    p.setWorkingDirectory(dir.filePath("out/photos"));
    p.start(VTL_APP_BINARY, QStringList{"run"} + small + QStringList{"--out", "."});
    QVERIFY(p.waitForFinished(60'000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(entries(dir.filePath("out/photos")).isEmpty());
}

// 2. Devices, FIFOs, folders and big files are refused at once (never read, never waited on).
void TestCli::scenario_must_be_a_small_regular_file_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("/dev/zero") << "/dev/zero"
                               << "not a regular file";
    QTest::newRow("/dev/urandom") << "/dev/urandom"
                                  << "not a regular file";
    QTest::newRow("fifo") << "FIFO"
                          << "not a regular file";
    QTest::newRow("folder") << "/tmp"
                            << "is a folder";
    QTest::newRow("2 MiB file") << "BIG"
                                << "too large";
    QTest::newRow("missing") << "/nonexistent/scenario.json"
                             << "No such file or directory";
}

void TestCli::scenario_must_be_a_small_regular_file() {
    QFETCH(QString, path);
    QFETCH(QString, message);
    QTemporaryDir dir;
    if (path == "FIFO") {
        path = dir.filePath("fifo");
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (path == "BIG") {
        path = dir.filePath("big.json");
        write(path, "{\"calls\": 10" + QByteArray(2 << 20, ' ') + "}");
    }
    for (const char* command : {"run", "screenshot"}) {
        QStringList args{command, "--scenario", path};
        if (QByteArray(command) == "screenshot")
            args << "--out" << dir.filePath("x.png");
        const Result r = run_app_within(args, 20'000);
        QVERIFY2(r.code == 2,
                 qPrintable(QString("%1: exit %2 %3").arg(command).arg(r.code).arg(r.err)));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.err.size() < 1000);
    }
}

// 3. A run that cannot fit is refused before it starts, with the estimate and the limit.
void TestCli::memory_hungry_scenario_is_refused_with_estimate_and_limit() {
    QTemporaryDir dir;
    const QString out = dir.filePath("out");
    QElapsedTimer clock;
    clock.start();
    const Result r =
        run_app_within({"run", "--set", "payload_bytes=1048576", "--set", "concurrency=100000",
                        "--set", "double_await_rate=1", "--out", out},
                       60'000);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("would need about") && r.err.contains("GiB") &&
                 r.err.contains("more than the limit of"),
             qPrintable(r.err));
    QVERIFY(clock.elapsed() < 10'000);
    QVERIFY(!QDir(out).exists());
    // The limit is the documented one: a lower VTL_MEMORY_LIMIT_MB refuses a smaller run.
    const Result small_limit =
        run_app({"run", "--set", "payload_bytes=65536", "--set", "concurrency=1000"},
                {"VTL_MEMORY_LIMIT_MB=64"});
    QCOMPARE(small_limit.code, 2);
    QVERIFY2(small_limit.err.contains("limit of 64.0 MiB"), qPrintable(small_limit.err));
}

// 3. A 1 MiB payload at calls=100 touches at most 100 cache entries, not 1,024 (1 GiB per
// strategy before): the child's peak resident memory (wait4's ru_maxrss, exact for that one
// child, not a timing) stays within a few hundred MiB of the same run with a 16-byte payload.
void TestCli::big_payload_with_few_calls_is_quick() {
    const auto peak_kib = [](const QString& payload) -> long {
        const QByteArray bin = VTL_APP_BINARY;
        const QByteArray set = ("payload_bytes=" + payload).toUtf8();
        const char* argv[] = {bin.constData(), "run",   "--set",         set.constData(), "--set",
                              "calls=100",     "--set", "concurrency=4", nullptr};
        const pid_t pid = fork();
        if (pid == 0) {
            const int null = ::open("/dev/null", O_WRONLY);
            ::dup2(null, 1);
            ::dup2(null, 2);
            ::execv(argv[0], const_cast<char* const*>(argv));
            ::_exit(127);
        }
        int status = 0;
        struct rusage usage {};
        if (pid < 0 || ::wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) ||
            WEXITSTATUS(status) != 0)
            return -1;
        return usage.ru_maxrss; // KiB on Linux
    };
    const long small_kib = peak_kib("16");
    const long big_kib = peak_kib("1048576");
    QVERIFY(small_kib > 0 && big_kib > 0);
    QVERIFY2(big_kib < small_kib + 700 * 1024,
             qPrintable(QString("peak RSS 1 MiB payload: %1 MiB, 16 B: %2 MiB")
                            .arg(big_kib / 1024)
                            .arg(small_kib / 1024)));
}

// 4. Every number is checked for finiteness and range; sizes are capped; a size the window
// cannot take is refused.
void TestCli::screenshot_numbers_are_checked_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("nan") << QStringList{"--text-scale", "nan"} << "--text-scale";
    QTest::newRow("inf") << QStringList{"--text-scale", "inf"} << "--text-scale";
    QTest::newRow("-nan") << QStringList{"--text-scale", "-nan"} << "--text-scale";
    QTest::newRow("3") << QStringList{"--text-scale", "3"} << "--text-scale";
    QTest::newRow("huge") << QStringList{"--size", "99999x99999"} << "7680x4320";
    QTest::newRow("zero") << QStringList{"--size", "0x0"} << "--size";
    QTest::newRow("too small for the window")
        << QStringList{"--size", "400x300"} << "cannot be that size";
}

void TestCli::screenshot_numbers_are_checked() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString png = dir.filePath("shot.png");
    const Result r = run_app_within(
        QStringList{"screenshot", "--out", png, "--set", "calls=1000"} + args, 120'000);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFile::exists(png));
}

// 5. Ctrl-C / SIGTERM: the engine stops, no export is written, no folder is created, and the
// exit status is the documented one.
void TestCli::signals_cancel_cleanly_data() {
    QTest::addColumn<int>("signal");
    QTest::addColumn<int>("code");
    QTest::newRow("SIGINT") << int(SIGINT) << 130;
    QTest::newRow("SIGTERM") << int(SIGTERM) << 143;
}

void TestCli::signals_cancel_cleanly() {
    QFETCH(int, signal);
    QFETCH(int, code);
    QTemporaryDir dir;
    const QString out = dir.filePath("new/out");
    auto p = start_app({"run", "--set", "calls=1000000000", "--set", "miss_latency_us=10", "--set",
                        "strategies=task", "--out", out});
    QTest::qWait(1500); // well into the run
    QCOMPARE(p->state(), QProcess::Running);
    ::kill(static_cast<pid_t>(p->processId()), signal);
    QVERIFY2(p->waitForFinished(20'000), "the run did not stop after the signal");
    QCOMPARE(p->exitStatus(), QProcess::NormalExit);
    QCOMPARE(p->exitCode(), code);
    const QString err = QString::fromUtf8(p->readAllStandardError());
    QVERIFY2(err.contains("cancelled"), qPrintable(err));
    QVERIFY(QString::fromUtf8(p->readAllStandardOutput()).contains("cancelled"));
    QVERIFY(entries(dir.path()).isEmpty()); // no empty --out folder (nor its parent)
}

// 5. A broken pipe or a full stdout is reported, not silent.
void TestCli::stdout_write_errors_are_reported() {
    QProcess full;
    full.setStandardOutputFile("/dev/full");
    full.start(VTL_APP_BINARY, {"--help"});
    QVERIFY(full.waitForFinished(30'000));
    QCOMPARE(full.exitStatus(), QProcess::NormalExit);
    QCOMPARE(full.exitCode(), 1);
    QVERIFY(QString::fromUtf8(full.readAllStandardError()).contains("No space left on device"));

    // The reader has gone before the app writes: EPIPE, reported with exit 1.
    QProcess pipe;
    pipe.start("bash",
               {"-c", "{ sleep 0.5; \"$0\" --help; echo \"rc=$?\" >&2; } | true", VTL_APP_BINARY});
    QVERIFY(pipe.waitForFinished(30'000));
    const QString err = QString::fromUtf8(pipe.readAllStandardError());
    QVERIFY2(err.contains("Broken pipe") && err.contains("rc=1"), qPrintable(err));
}

// 6. A huge offending value is echoed truncated.
void TestCli::long_values_are_truncated_in_errors() {
    QTemporaryDir dir;
    const QString file = dir.filePath("s.json");
    write(file, "{\"miss_latency_dist\": \"" + QByteArray(900'000, 'x') + "\"}");
    const Result a = run_app({"run", "--scenario", file});
    QCOMPARE(a.code, 2);
    QVERIFY2(a.err.size() < 1000, qPrintable(QString::number(a.err.size())));
    QVERIFY(a.err.contains("900000 bytes"));
    const Result b = run_app({"run", "--set", "seed=" + QString(100'000, '9')});
    QCOMPARE(b.code, 2);
    QVERIFY2(b.err.size() < 1000, qPrintable(QString::number(b.err.size())));
    const Result c = run_app({"run", "--set", QString(100'000, 'k') + "=1"});
    QCOMPARE(c.code, 2);
    QVERIFY2(c.err.size() < 1000, qPrintable(QString::number(c.err.size())));
}

void TestCli::non_object_json_names_a_location() {
    QTemporaryDir dir;
    for (const QByteArray& json : {QByteArray("[1, 2]"), QByteArray("\n\n  [\"calls\"]")}) {
        const QString file = dir.filePath("s.json");
        write(file, json);
        const Result r = run_app({"run", "--scenario", file});
        QCOMPARE(r.code, 2);
        const QString where = json.startsWith('[') ? "s.json:1:1:" : "s.json:3:3:";
        QVERIFY2(r.err.contains(where), qPrintable(r.err));
    }
}

void TestCli::empty_strategy_items_are_refused_both_ways() {
    QTemporaryDir dir;
    for (const char* value : {"task,", ",task", "task,,pooled", "task, "}) {
        const QString file = dir.filePath("s.json");
        write(file, QByteArray("{\"strategies\": \"") + value + "\"}");
        const Result a = run_app({"run", "--scenario", file});
        QVERIFY2(a.code == 2 && a.err.contains("empty item"), qPrintable(value + a.err));
        const Result b = run_app({"run", "--set", QString("strategies=") + value});
        QVERIFY2(b.code == 2 && b.err.contains("empty item"), qPrintable(value + b.err));
    }
}

// Decided: spaces around '=' (and around key and value) are ignored.
void TestCli::spaces_around_equals_in_set_are_ignored() {
    const Result r = run_app({"run", "--set", " calls = 3000 ", "--set", "strategies = task",
                              "--set", "miss_latency_us =100"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("3000 calls per strategy"));
    QVERIFY(r.out.contains(QString::fromUtf8("miss latency 100\u00A0µs"))); // one format_ns, NBSP
    const Result bad = run_app({"run", "--set", " = 3"});
    QCOMPARE(bad.code, 2);
}

void TestCli::help_documents_exit_codes_and_limits() {
    const Result r = run_app({"--help"});
    QCOMPARE(r.code, 0);
    for (const char* text : {"130", "143", "  2    bad input", "  1    failure", "1048576 bytes",
                             "VTL_MEMORY_LIMIT_MB", "spaces around '='"})
        QVERIFY2(r.out.contains(text), text);
}

namespace {

// A sandbox for `valuetask-lab dotnet`: its own data and cache folders, and a bin/ folder
// holding a stand-in `dotnet` (a shell script) that answers --list-sdks, records its
// arguments in args.txt, says a progress line and then runs `body` with $out set to the
// --out folder it was given.
struct FakeDotnet {
    QTemporaryDir dir;
    QString bin() const { return dir.filePath("bin"); }
    QString out() const { return dir.filePath("out"); }
    QString reference() const {
        return QStringLiteral(VTL_SOURCE_DIR "/resources/dotnet/reference");
    }
    void install(const QByteArray& body, const QByteArray& sdks = "10.0.100 [/fake/sdk]") {
        QDir().mkpath(bin());
        const QString script = bin() + "/dotnet";
        write(script, "#!/bin/sh\n"
                      "if [ \"$1\" = --list-sdks ]; then printf '%s\\n' '" +
                          sdks +
                          "'; exit 0; fi\n"
                          "printf '%s\\n' \"$@\" > '" +
                          QFile::encodeName(dir.filePath("args.txt")) +
                          "'\n"
                          "out=; prev=\n"
                          "for a in \"$@\"; do [ \"$prev\" = --out ] && out=$a; prev=$a; done\n"
                          "echo '[1/3] await-twice cases and pitfalls …' >&2\n" +
                          body + "\n");
        QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QStringList env(bool with_dotnet = true) const {
        return {"PATH=" + (with_dotnet ? bin() + ":/usr/bin:/bin" : dir.filePath("empty")),
                "XDG_DATA_HOME=" + dir.filePath("data"), "XDG_CACHE_HOME=" + dir.filePath("cache")};
    }
    // An earlier run's files in out/.
    void previous_run() {
        QDir().mkpath(out() + "/listings");
        write(out() + "/dotnet_reference.csv", "previous csv");
        write(out() + "/dotnet_outcomes.json", "previous json");
        write(out() + "/listings/task.cs.txt", "previous listing");
    }
    bool previous_run_intact() const {
        return read_file(out() + "/dotnet_reference.csv") == "previous csv" &&
               read_file(out() + "/dotnet_outcomes.json") == "previous json" &&
               read_file(out() + "/listings/task.cs.txt") == "previous listing" &&
               entries(out()) ==
                   QStringList({"dotnet_outcomes.json", "dotnet_reference.csv", "listings"}) &&
               entries(dir.path()).filter(".vtl-tmp-").isEmpty();
    }
};

} // namespace

void TestCli::dotnet_without_sdk_exits_3_data() {
    QTest::addColumn<bool>("on_path");
    QTest::newRow("no dotnet on PATH") << false;
    QTest::newRow("dotnet without an SDK") << true;
}

void TestCli::dotnet_without_sdk_exits_3() {
    QFETCH(bool, on_path);
    FakeDotnet fake;
    fake.install("exit 99", "");
    QDir().mkpath(fake.dir.filePath("empty"));
    const Result r = run_app({"dotnet", "--quick", "--out", fake.out()}, fake.env(on_path));
    QCOMPARE(r.code, 3);
    for (const char* text : {"SDK 10 or 8", "Debian 12", "apt-get install dotnet-sdk-10.0",
                             "Meanwhile the claims tab", "shipped reference"})
        QVERIFY2(r.err.contains(text), qPrintable(text + ("\n" + r.err)));
    QVERIFY2(r.err.contains(on_path ? "no .NET SDK 8 or newer" : "`dotnet` is not on PATH"),
             qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(fake.out()));
    QVERIFY(!QFileInfo::exists(fake.dir.filePath("args.txt"))); // nothing was run
    const Result help = run_app({"--help"});
    QVERIFY(help.out.contains("  3    a prerequisite is missing"));
    QVERIFY(help.out.contains("dotnet [--out DIR] [--quick]"));
}

void TestCli::dotnet_writes_the_programs_files_into_out() {
    FakeDotnet fake;
    fake.install("cp '" + QFile::encodeName(fake.reference()) +
                 "'/dotnet_*.* \"$out\"/ && mkdir \"$out/listings\" && cp '" +
                 QFile::encodeName(fake.reference()) +
                 "'/listings/*.cs.txt \"$out/listings/\" && echo \"wrote $out\" >&2");
    fake.previous_run();
    const Result r = run_app({"dotnet", "--quick", "--out", fake.out()}, fake.env());
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // The files are the program's, and only they are there (the previous set is replaced).
    for (const char* f : {"dotnet_reference.csv", "dotnet_outcomes.json", "listings/task.cs.txt",
                          "listings/pooled_unbounded.cs.txt"})
        QCOMPARE(read_file(fake.out() + "/" + f), read_file(fake.reference() + "/" + f));
    QCOMPARE(entries(fake.out()),
             QStringList({"dotnet_outcomes.json", "dotnet_reference.csv", "listings"}));
    QVERIFY(entries(fake.dir.path()).filter(".vtl-tmp-").isEmpty());
    // Progress relayed, prefixed; where the files went; the elapsed time.
    QVERIFY2(r.err.contains("dotnet | [1/3] await-twice cases and pitfalls"), qPrintable(r.err));
    QVERIFY2(r.out.contains("Wrote " + QDir::cleanPath(fake.out())), qPrintable(r.out));
    QVERIFY2(r.out.contains("Elapsed:"), qPrintable(r.out));
    QVERIFY2(r.out.contains("run on this machine: .NET"), qPrintable(r.out));
    // `dotnet run -c Release` on a writable copy of the C# project, writing into a temporary
    // folder next to --out.
    const QStringList args =
        QString::fromUtf8(read_file(fake.dir.filePath("args.txt"))).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(args.mid(0, 4), QStringList({"run", "-c", "Release", "--project"}));
    QVERIFY2(args[4].startsWith(fake.dir.filePath("cache")), qPrintable(args[4]));
    QVERIFY(args[4].endsWith("dotnet-project/ValueTaskLab.Reference.csproj"));
    QVERIFY(QFileInfo::exists(QFileInfo(args[4]).dir().filePath("Program.cs")));
    QVERIFY(QFileInfo::exists(QFileInfo(args[4]).dir().filePath("Output/Listings.cs")));
    QCOMPARE(args.mid(5, 2), QStringList({"--", "--out"}));
    QVERIFY2(args[7].startsWith(fake.dir.filePath(".out.vtl-tmp-")), qPrintable(args[7]));
    QCOMPARE(args.mid(8), QStringList({"--quick"}));

    // Without --out: the app's data folder, which the claims then read.
    const Result d = run_app({"dotnet"}, fake.env());
    QVERIFY2(d.code == 0, qPrintable(d.err));
    const QString fresh = fake.dir.filePath("data/ValueTaskLab/valuetask-lab/dotnet");
    QCOMPARE(read_file(fresh + "/dotnet_outcomes.json"),
             read_file(fake.reference() + "/dotnet_outcomes.json"));
    QVERIFY2(d.out.contains("now use these files"), qPrintable(d.out));
}

void TestCli::dotnet_failure_keeps_the_previous_out() {
    FakeDotnet fake;
    fake.install("echo partial > \"$out/dotnet_reference.csv\"\n"
                 "echo 'FAILED: the benchmark crashed' >&2\nexit 1");
    fake.previous_run();
    const Result r = run_app({"dotnet", "--out", fake.out()}, fake.env());
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("dotnet | FAILED: the benchmark crashed"), qPrintable(r.err));
    QVERIFY2(r.err.contains("the C# program failed (exit status 1)"), qPrintable(r.err));
    QVERIFY2(r.err.contains("is as it was"), qPrintable(r.err));
    QVERIFY(fake.previous_run_intact());

    // Exit 0 with an unreadable CSV is a failure too.
    fake.install("echo 'not,a,reference' > \"$out/dotnet_reference.csv\"; exit 0");
    const Result bad = run_app({"dotnet", "--out", fake.out()}, fake.env());
    QCOMPARE(bad.code, 1);
    QVERIFY(fake.previous_run_intact());
}

void TestCli::dotnet_ctrl_c_kills_the_program() {
    FakeDotnet fake;
    const QString pid_file = fake.dir.filePath("sleep.pid");
    fake.install("sleep 300 &\necho $! > '" + QFile::encodeName(pid_file) + "'\nwait");
    fake.previous_run();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& kv : fake.env())
        env.insert(kv.section('=', 0, 0), kv.section('=', 1));
    p.setProcessEnvironment(env);
    p.start(VTL_APP_BINARY, {"dotnet", "--out", fake.out()});
    QVERIFY(p.waitForStarted(10'000));
    QTRY_VERIFY_WITH_TIMEOUT(!read_file(pid_file).trimmed().isEmpty(), 20'000);
    const auto sleeper = static_cast<pid_t>(read_file(pid_file).trimmed().toLongLong());
    ::kill(static_cast<pid_t>(p.processId()), SIGINT);
    QVERIFY2(p.waitForFinished(20'000), "the command did not stop after Ctrl-C");
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 130);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains("cancelled by SIGINT"), qPrintable(err));
    // The program and what it started are gone; the previous files are as they were.
    QTRY_VERIFY_WITH_TIMEOUT(::kill(sleeper, 0) != 0, 5'000);
    QVERIFY(fake.previous_run_intact());
}

void TestCli::dotnet_refuses_a_folder_of_other_files() {
    FakeDotnet fake;
    fake.install("exit 99");
    QDir().mkpath(fake.out());
    write(fake.out() + "/thesis.tex", "mine");
    const Result r = run_app({"dotnet", "--out", fake.out()}, fake.env());
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("thesis.tex"), qPrintable(r.err));
    QCOMPARE(read_file(fake.out() + "/thesis.tex"), QByteArray("mine"));
    QVERIFY(!QFileInfo::exists(fake.dir.filePath("args.txt")));
}

VTL_QTEST_GUILESS_MAIN(test_cli, TestCli)
#include "test_cli.moc"
