#include "app/recent_files_menu.hpp"

#include "app/io/app_settings.hpp"
#include "app/io/recent_files.hpp"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace vtl::app {

RecentFilesMenu::RecentFilesMenu(QMenu* menu, bool use_settings, QObject* parent)
    : QObject(parent)
    , menu_(menu)
    , use_settings_(use_settings) {
    rebuild();
}

void RecentFilesMenu::set_files(const QStringList& files) {
    files_ = files;
    rebuild();
}

void RecentFilesMenu::remember(const QString& path) {
    files_ = with_recent_file(files_, path, AppSettings::max_recent_files);
    if (use_settings_)
        AppSettings().add_recent_file(path);
    rebuild();
}

void RecentFilesMenu::rebuild() {
    menu_->clear();
    for (const QString& path : files_) {
        QAction* a = menu_->addAction(QFileInfo(path).fileName());
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }
    menu_->setEnabled(!files_.isEmpty());
}

} // namespace vtl::app
