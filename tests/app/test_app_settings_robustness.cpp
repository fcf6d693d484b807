// The GUI starts whatever the settings file holds: a remembered scenario path that is a FIFO,
// a device or a huge file, and numbers that are NaN or infinite (issue 10, points 2 and 4).
#include "harness/qtest_suite.hpp"
#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "app/io/app_settings.hpp"
#include "app/main_window.hpp"

#include <cmath>
#include <sys/stat.h>

class TestAppSettingsRobustness : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // settings under ~/.qttest, not the user's
        QCoreApplication::setOrganizationName("ValueTaskLabTest");
        QCoreApplication::setApplicationName("valuetask-lab-settings-test");
    }
    void cleanup() { QSettings().clear(); }

    void text_scale_nan_or_inf_falls_back_to_normal_data() {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<double>("expected");
        QTest::newRow("nan") << "nan" << 1.0;
        QTest::newRow("inf") << "inf" << 1.0;
        QTest::newRow("-inf") << "-inf" << 1.0;
        QTest::newRow("junk") << "big" << 1.0;
        QTest::newRow("too large") << "7" << 2.0;
        QTest::newRow("fine") << "1.5" << 1.5;
    }
    void text_scale_nan_or_inf_falls_back_to_normal() {
        QFETCH(QString, stored);
        QFETCH(double, expected);
        QSettings().setValue("view/text_scale", stored);
        QCOMPARE(vtl::app::AppSettings().text_scale(), expected);
        vtl::app::MainWindow window;
        QVERIFY(std::isfinite(window.text_scale()));
        QCOMPARE(window.text_scale(), expected);
        QVERIFY(window.font().pointSizeF() > 0);
    }

    void window_opens_whatever_the_remembered_scenario_is_data() {
        QTest::addColumn<QString>("path");
        QTest::newRow("fifo") << "FIFO";
        QTest::newRow("/dev/zero") << "/dev/zero";
        QTest::newRow("/dev/urandom") << "/dev/urandom";
        QTest::newRow("missing") << "/nonexistent/s.json";
        QTest::newRow("huge") << "HUGE";
        QTest::newRow("folder") << "/tmp";
    }
    void window_opens_whatever_the_remembered_scenario_is() {
        QFETCH(QString, path);
        QTemporaryDir dir;
        if (path == "FIFO") {
            path = dir.filePath("fifo");
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        } else if (path == "HUGE") {
            path = dir.filePath("huge.json");
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(64ll << 20)); // sparse: 64 MiB of zeros
        }
        QSettings().setValue("scenario/path", path);
        QSettings().setValue("scenario/recent", QStringList{path});
        QElapsedTimer clock;
        clock.start();
        vtl::app::MainWindow window; // hung forever on a FIFO before
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(clock.elapsed() < 20'000, "the window took too long to open");
    }
};

VTL_QTEST_MAIN(test_app_settings_robustness, TestAppSettingsRobustness)
#include "test_app_settings_robustness.moc"
