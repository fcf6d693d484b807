// `valuetask-lab screenshot`, in-process: bad input exits 2 and writes nothing; a good call
// runs the scenario and writes a PNG of the window at the asked size.
#include "harness/qtest_suite.hpp"
#include <QTest>

#include "app/cli/screenshot_command.hpp"

#include <QImage>
#include <QTemporaryDir>

using vtl::app::screenshot_command;

class TestScreenshotCommand : public QObject {
    Q_OBJECT

private slots:
    void bad_input_exits_2_and_writes_nothing() {
        QTemporaryDir tmp;
        const QString out = tmp.filePath(QStringLiteral("shot.png"));
        const QList<QStringList> bad = {
            {"screenshot"},
            {"screenshot", "--out", tmp.filePath("shot.jpg")},
            {"screenshot", "--out", out, "--view", "nowhere"},
            {"screenshot", "--out", out, "--set", "hit_rate=2"},
            {"screenshot", "--out", out, "--set", "no_such_key=1"},
            {"screenshot", "--out", out, "--set", "calls"},
            {"screenshot", "--out", out, "--scenario", tmp.filePath("absent.json")},
            {"screenshot", "--out", out, "--size", "huge"},
            {"screenshot", "--out", out, "stray"},
        };
        for (const QStringList& args : bad) {
            QCOMPARE(screenshot_command(args), 2);
            QVERIFY2(!QFile::exists(out), qPrintable(args.join(' ')));
        }
    }

    void writes_the_window_after_the_run() {
        QTemporaryDir tmp;
        for (const QString& view : {QStringLiteral("main"), QStringLiteral("await-twice")}) {
            const QString out = tmp.filePath(view + ".png");
            QCOMPARE(screenshot_command({"screenshot", "--out", out, "--set", "calls=20000",
                                         "--set", "miss_latency_us=1000", "--view", view}),
                     0);
            QImage image(out);
            QVERIFY2(!image.isNull(), qPrintable(out));
            QVERIFY(image.width() >= 1280);
            QCOMPARE(image.height(), 800);
        }
    }

    void a_failed_write_leaves_no_file() {
        QTemporaryDir tmp;
        const QString out = tmp.filePath(QStringLiteral("missing/shot.png"));
        QCOMPARE(screenshot_command({"screenshot", "--out", out, "--set", "calls=1000"}), 1);
        QVERIFY(!QFile::exists(out));
    }
};

VTL_QTEST_MAIN(test_app_screenshot_command, TestScreenshotCommand)
#include "test_screenshot_command.moc"
