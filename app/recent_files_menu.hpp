// File → Open recent: the scenario files last opened or saved (the rule is in
// app/io/recent_files.hpp), kept here and in the settings, one action per file.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QMenu;

namespace vtl::app {

class RecentFilesMenu : public QObject {
    Q_OBJECT
public:
    // Fills `menu`; with `use_settings` every remembered file is also stored in AppSettings.
    RecentFilesMenu(QMenu* menu, bool use_settings, QObject* parent);

    QStringList files() const { return files_; }
    // The list as the settings had it (not stored back).
    void set_files(const QStringList& files);
    // Opened or saved: the same rule for both.
    void remember(const QString& path);

signals:
    void openRequested(const QString& path);

private:
    void rebuild();

    QMenu* menu_;
    bool use_settings_;
    QStringList files_;
};

} // namespace vtl::app
