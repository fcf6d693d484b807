#include "app/cli/dotnet_out_folder.hpp"

#include "app/cli/cli_options.hpp"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>

namespace vtl::app::dotnet_out {
namespace {

// Swaps the folder `fresh` into place as `target` (one renameat2(RENAME_EXCHANGE) when the
// target exists); `fresh` then holds the old folder, or nothing.
bool swap_into_place(const QString& fresh, const QString& target, QString* error) {
    const QByteArray from = QFile::encodeName(fresh), to = QFile::encodeName(target);
    if (QFileInfo::exists(target)) {
        if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_EXCHANGE) == 0)
            return true;
        if (errno != EINVAL && errno != ENOSYS) {
            *error = target + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
        // A file system without RENAME_EXCHANGE: move the old folder aside, the new one in.
        const QByteArray aside = from + ".old";
        if (::rename(to.constData(), aside.constData()) != 0 ||
            ::rename(from.constData(), to.constData()) != 0) {
            *error = target + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errno));
            ::rename(aside.constData(), to.constData());
            return false;
        }
        ::rename(aside.constData(), from.constData());
        return true;
    }
    if (::rename(from.constData(), to.constData()) == 0) {
        ::mkdir(from.constData(), 0700); // QTemporaryDir removes it again
        return true;
    }
    *error = target + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errno));
    return false;
}

} // namespace

const QStringList& reference_entries() {
    static const QStringList entries = {QStringLiteral("dotnet_reference.csv"),
                                        QStringLiteral("dotnet_outcomes.json"),
                                        QStringLiteral("listings")};
    return entries;
}

QString refuse(const QString& dir) {
    const QString abs = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    if (dir.trimmed().isEmpty() || QFileInfo(abs).fileName().isEmpty())
        return QCoreApplication::translate("DotnetCommand",
                                           "--out needs a folder of its own, not '%1'")
            .arg(cli::shown(dir));
    const QFileInfo fi(abs);
    if (fi.isSymLink())
        return QCoreApplication::translate(
                   "DotnetCommand", "--out %1: is a symbolic link; give the folder it points to")
            .arg(abs);
    if (!fi.exists())
        return {};
    if (!fi.isDir())
        return QCoreApplication::translate("DotnetCommand", "--out %1: exists and is not a folder")
            .arg(abs);
    if (QFileInfo(QDir::currentPath()).canonicalFilePath() == fi.canonicalFilePath())
        return QCoreApplication::translate("DotnetCommand",
                                           "--out %1: is the current folder, which the run "
                                           "replaces as a whole; give a folder of its own")
            .arg(abs);
    QStringList others;
    for (const QString& e :
         QDir(abs).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        if (!reference_entries().contains(e))
            others << e;
    if (!others.isEmpty())
        return QCoreApplication::translate(
                   "DotnetCommand",
                   "--out %1: holds files that a run did not write (%2); the run replaces the "
                   "folder as a whole, so give an empty folder or one an earlier run wrote")
            .arg(abs, cli::shown(others.join(QStringLiteral(", "))));
    return {};
}

void remove_stale_temporaries(const QString& parent, const QString& name) {
    const QDir dir(parent);
    const QString prefix = QStringLiteral(".") + name + QStringLiteral(".vtl-tmp-");
    for (const QFileInfo& fi : dir.entryInfoList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot))
        if (fi.fileName().startsWith(prefix) && fi.fileName().size() == prefix.size() + 6 &&
            fi.lastModified().secsTo(QDateTime::currentDateTime()) > 24 * 3600)
            QDir(fi.absoluteFilePath()).removeRecursively();
}

bool replace(const QString& fresh, const QString& target, QString* error) {
    // Not QTemporaryDir's 0700.
    struct stat st {};
    const mode_t mask = ::umask(022);
    ::umask(mask);
    const mode_t mode = ::stat(QFile::encodeName(target).constData(), &st) == 0
                            ? (st.st_mode & 07777)
                            : (0777 & ~mask);
    ::chmod(QFile::encodeName(fresh).constData(), mode);
    return swap_into_place(fresh, target, error);
}

} // namespace vtl::app::dotnet_out
