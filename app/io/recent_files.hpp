// The recent-files rule, once: a path goes to the front as an absolute path, appears only
// once, and the list keeps at most `max` entries (AppSettings::max_recent_files). AppSettings
// stores the list; MainWindow keeps the copy its File → Open recent menu shows (also when
// settings are off).
#pragma once

#include <QFileInfo>
#include <QString>
#include <QStringList>

namespace vtl::app {

inline QStringList with_recent_file(QStringList files, const QString& path, int max) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > max)
        files.removeLast();
    return files;
}

} // namespace vtl::app
