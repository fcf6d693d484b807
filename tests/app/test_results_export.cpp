// The export writer in process: a crash just before the swap, and concurrent writers.
#include "harness/qtest_suite.hpp"
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "app/io/results_export.hpp"

#include <csignal>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

using vtl::app::export_files;
using vtl::app::ExportFile;

namespace {

std::vector<ExportFile> set_with_marker(const QByteArray& marker, int size = 100) {
    return {{"summary.csv", "summary " + marker + QByteArray(size, 's')},
            {"timeseries.csv", "series " + marker + QByteArray(size, 't')},
            {"scenario.json", "scenario " + marker}};
}

QByteArray read(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The marker of one file read through an open folder descriptor: a reader that opened the
// folder sees one set, whichever swap happens meanwhile.
QByteArray marker_at(int dirfd, const char* name) {
    const int fd = ::openat(dirfd, name, O_RDONLY);
    if (fd < 0)
        return "missing";
    char buf[64] = {};
    const ssize_t n = ::read(fd, buf, sizeof buf - 1);
    ::close(fd);
    const QByteArray text(buf, n > 0 ? static_cast<int>(n) : 0);
    const QList<QByteArray> words = text.split(' ');
    return words.size() > 1 ? words[1].left(8) : "empty";
}

QStringList entries(const QString& dir) {
    return QDir(dir).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden, QDir::Name);
}

} // namespace

class TestResultsExport : public QObject {
    Q_OBJECT
private slots:
    void writes_a_new_folder() {
        QTemporaryDir dir;
        QString error;
        QVERIFY2(export_files(dir.filePath("a/b/out"), set_with_marker("AAAAAAAA"), &error),
                 qPrintable(error));
        QCOMPARE(entries(dir.filePath("a/b/out")),
                 (QStringList{"scenario.json", "summary.csv", "timeseries.csv"}));
        QCOMPARE(entries(dir.filePath("a/b")), QStringList{"out"});
    }

    // A kill between writing and swapping: the previous export is intact; the next export
    // removes the leftover and writes a complete set.
    void crash_before_the_swap_keeps_the_previous_export() {
        QTemporaryDir dir;
        const QString out = dir.filePath("out");
        QString error;
        QVERIFY(export_files(out, set_with_marker("OLDOLDOL"), &error));
        const QByteArray old_summary = read(out + "/summary.csv");
        const pid_t child = ::fork();
        if (child == 0) {
            QString e;
            export_files(out, set_with_marker("NEWNEWNE"), &e, [] { ::raise(SIGKILL); });
            ::_exit(0);
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFSIGNALED(status));
        QCOMPARE(read(out + "/summary.csv"), old_summary);
        QCOMPARE(entries(dir.path()).size(), 2); // out and the crashed temporary folder
        QVERIFY(export_files(out, set_with_marker("NEXTNEXT"), &error));
        QCOMPARE(entries(dir.path()), QStringList{"out"});
        QVERIFY(read(out + "/timeseries.csv").contains("NEXTNEXT"));
    }

    // Two writers exporting into one folder over and over while a reader checks that every
    // set it sees belongs together.
    void concurrent_writers_never_mix() {
        QTemporaryDir dir;
        const QString out = dir.filePath("out");
        QString error;
        QVERIFY(export_files(out, set_with_marker("00000000"), &error));
        std::vector<pid_t> writers;
        for (int w = 0; w < 2; ++w) {
            const pid_t child = ::fork();
            if (child == 0) {
                for (int i = 0; i < 40; ++i) {
                    QString e;
                    const QByteArray marker =
                        QByteArray::number(w * 1000 + i).rightJustified(8, '0');
                    if (!export_files(out, set_with_marker(marker, 20'000), &e))
                        ::_exit(1);
                }
                ::_exit(0);
            }
            writers.push_back(child);
        }
        int checked = 0;
        bool running = true;
        while (running) {
            const int dirfd = ::open(QFile::encodeName(out).constData(), O_RDONLY | O_DIRECTORY);
            if (dirfd >= 0) {
                const QByteArray a = marker_at(dirfd, "summary.csv");
                const QByteArray b = marker_at(dirfd, "timeseries.csv");
                const QByteArray c = marker_at(dirfd, "scenario.json");
                ::close(dirfd);
                // A folder swapped out and removed while we read is gone as a whole.
                if (a != "missing" && b != "missing" && c != "missing") {
                    QVERIFY2(a == b && b == c, a + " " + b + " " + c);
                    ++checked;
                }
            }
            running = false;
            for (pid_t& w : writers) {
                if (w == 0)
                    continue;
                int status = 0;
                if (::waitpid(w, &status, WNOHANG) == w) {
                    QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
                    w = 0;
                } else {
                    running = true;
                }
            }
        }
        QVERIFY(checked > 0);
        QCOMPARE(entries(dir.path()), QStringList{"out"});
        const int dirfd = ::open(QFile::encodeName(out).constData(), O_RDONLY | O_DIRECTORY);
        QCOMPARE(marker_at(dirfd, "summary.csv"), marker_at(dirfd, "scenario.json"));
        ::close(dirfd);
    }

    void single_file_write_reports_the_reason() {
        QString error;
        QVERIFY(!vtl::app::write_file_atomically("/nonexistent-folder/x.png", "x", &error));
        QVERIFY2(error.contains("No such file or directory"), qPrintable(error));
        QVERIFY(!vtl::app::write_file_atomically("/dev/full/x", "x", &error));
        QVERIFY2(error.contains("Not a directory"), qPrintable(error));
    }
};

VTL_QTEST_GUILESS_MAIN(test_results_export, TestResultsExport)
#include "test_results_export.moc"
