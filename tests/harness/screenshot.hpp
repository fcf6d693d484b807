// With VTL_SCREENSHOT_DIR set, the GUI suites save what they showed there as PNGs, for a person
// to look at (README, "Look at it"); without it they save nothing.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QTest>
#include <QWidget>

namespace vtl_test {

// A save that fails (a folder that is not there, a full disk) fails the test.
inline void save_screenshot(const QImage& image, const QString& name) {
    const QByteArray dir = qgetenv("VTL_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(image.save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name));
}

inline void save_screenshot(QWidget& w, const QString& name) {
    save_screenshot(w.grab().toImage(), name);
}

} // namespace vtl_test
