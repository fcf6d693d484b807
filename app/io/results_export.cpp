#include "app/io/results_export.hpp"

#include "app/io/scenario_file.hpp"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <optional>
#include <string>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace vtl::app {
namespace {

constexpr const char* tmp_infix = ".vtl-tmp-";
constexpr const char* old_infix = ".vtl-old-";

// An owned file descriptor.
class Fd {
public:
    explicit Fd(int fd = -1) noexcept
        : fd_(fd) {}
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    ~Fd() {
        if (fd_ >= 0)
            ::close(fd_);
    }
    int get() const noexcept { return fd_; }
    bool ok() const noexcept { return fd_ >= 0; }
    // Closes now and reports close(2)'s own error (delayed write errors on some file systems).
    int close() noexcept {
        const int fd = fd_;
        fd_ = -1;
        return fd >= 0 ? ::close(fd) : 0;
    }

private:
    int fd_;
};

QString reason(int err) {
    return QString::fromLocal8Bit(std::strerror(err));
}

QString sys_error(const QString& path, int err) {
    return QStringLiteral("%1: %2").arg(path, reason(err));
}

std::string native(const QString& path) {
    return QFile::encodeName(path).toStdString();
}

mode_t current_umask() {
    const mode_t m = ::umask(022);
    ::umask(m);
    return m;
}

bool write_all(int fd, const QByteArray& bytes) {
    const char* p = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, static_cast<size_t>(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        p += n;
        left -= n;
    }
    return true;
}

// Removes `name` in `dirfd`, recursively if it is a folder (never following symbolic links).
void remove_tree_at(int dirfd, const char* name) {
    if (::unlinkat(dirfd, name, 0) == 0)
        return;
    const int sub = ::openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (sub < 0)
        return;
    DIR* d = ::fdopendir(sub);
    if (d == nullptr) {
        ::close(sub);
        return;
    }
    while (dirent* e = ::readdir(d)) {
        if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0)
            continue;
        remove_tree_at(::dirfd(d), e->d_name);
    }
    ::closedir(d);
    ::unlinkat(dirfd, name, AT_REMOVEDIR);
}

// mkdir -p with errno: true if `path` is (now) a folder.
bool make_path(const QString& path, QString* error) {
    const std::string p = native(QDir::cleanPath(path));
    for (std::size_t i = 1; i <= p.size(); ++i) {
        if (i != p.size() && p[i] != '/')
            continue;
        const std::string prefix = p.substr(0, i);
        if (::mkdir(prefix.c_str(), 0777) != 0 && errno != EEXIST) {
            *error = sys_error(QFile::decodeName(prefix.c_str()), errno);
            return false;
        }
    }
    struct stat st {};
    if (::stat(p.c_str(), &st) != 0) {
        *error = sys_error(path, errno);
        return false;
    }
    if (!S_ISDIR(st.st_mode)) {
        *error = sys_error(path, ENOTDIR);
        return false;
    }
    return true;
}

// Entry names of the folder `dirfd` that are not folders; `subfolder` names the first folder.
bool list_folder(int dirfd, std::vector<std::string>& names, std::string& subfolder) {
    const int dup = ::openat(dirfd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dup < 0)
        return false;
    DIR* d = ::fdopendir(dup);
    if (d == nullptr) {
        ::close(dup);
        return false;
    }
    while (dirent* e = ::readdir(d)) {
        if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0)
            continue;
        struct stat st {};
        if (::fstatat(dirfd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode)) {
            if (subfolder.empty())
                subfolder = e->d_name;
            continue;
        }
        names.emplace_back(e->d_name);
    }
    ::closedir(d);
    return true;
}

// Crash leftovers next to `name` in the parent folder: temporary folders are removed; an old
// folder moved aside by the rename fallback is put back if the target is missing.
void clean_stale(int parentfd, const std::string& name) {
    const std::string tmp_prefix = "." + name + tmp_infix;
    const std::string old_prefix = "." + name + old_infix;
    std::vector<std::string> tmp, old;
    const int dup = ::openat(parentfd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dup < 0)
        return;
    DIR* d = ::fdopendir(dup);
    if (d == nullptr) {
        ::close(dup);
        return;
    }
    while (dirent* e = ::readdir(d)) {
        const std::string entry = e->d_name;
        if (entry.rfind(tmp_prefix, 0) == 0 && entry.size() == tmp_prefix.size() + 6)
            tmp.push_back(entry);
        else if (entry.rfind(old_prefix, 0) == 0 && entry.size() == old_prefix.size() + 6)
            old.push_back(entry);
    }
    ::closedir(d);
    for (const std::string& t : tmp)
        remove_tree_at(parentfd, t.c_str());
    for (const std::string& o : old) {
        struct stat st {};
        if (::fstatat(parentfd, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0 && errno == ENOENT)
            ::renameat(parentfd, o.c_str(), parentfd, name.c_str());
        else
            remove_tree_at(parentfd, o.c_str());
    }
}

bool is_current_folder(const struct stat& st) {
    struct stat cwd {};
    return ::stat(".", &cwd) == 0 && cwd.st_dev == st.st_dev && cwd.st_ino == st.st_ino;
}

// Why an existing folder cannot be replaced as a whole, or empty.
QString refuse_folder(const QString& path, const struct stat& st, int dirfd) {
    if (S_ISLNK(st.st_mode))
        return QStringLiteral("%1: is a symbolic link; give the folder it points to").arg(path);
    if (!S_ISDIR(st.st_mode))
        return QStringLiteral("%1: exists and is not a folder").arg(path);
    if (is_current_folder(st))
        return QStringLiteral("%1: is the current folder, which an export cannot replace; "
                              "give a folder of its own, e.g. results/")
            .arg(path);
    std::vector<std::string> names;
    std::string subfolder;
    if (dirfd >= 0 && list_folder(dirfd, names, subfolder) && !subfolder.empty())
        return QStringLiteral(
                   "%1: holds a sub-folder ('%2'); an export replaces its folder as a whole so "
                   "that its files always belong together: give a folder of its own")
            .arg(path, QFile::decodeName(subfolder.c_str()));
    return {};
}

struct Target {
    QString path; // absolute, clean
    QString parent;
    std::string name;
};

std::optional<Target> split_target(const QString& dir, QString* error) {
    if (dir.trimmed().isEmpty()) {
        *error = QStringLiteral("no output folder given");
        return std::nullopt;
    }
    const QString abs = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    const QFileInfo fi(abs);
    if (fi.fileName().isEmpty() || abs == QLatin1String("/")) {
        *error = QStringLiteral("%1: an export needs a folder of its own, not the root").arg(dir);
        return std::nullopt;
    }
    return Target{abs, fi.absolutePath(), native(fi.fileName())};
}

// Renames `from` over the target `to` in `parentfd`: an atomic exchange when `to` exists.
// Afterwards `from` names the old folder (to be removed) or nothing.
bool swap_into_place(int parentfd, const std::string& from, const std::string& to, bool exists,
                     std::string& leftover, int* err) {
    if (!exists) {
        if (::renameat2(parentfd, from.c_str(), parentfd, to.c_str(), RENAME_NOREPLACE) == 0)
            return true;
        if (errno != EINVAL && errno != ENOSYS) {
            *err = errno;
            return false;
        }
        if (::renameat(parentfd, from.c_str(), parentfd, to.c_str()) == 0)
            return true;
        *err = errno;
        return false;
    }
    if (::renameat2(parentfd, from.c_str(), parentfd, to.c_str(), RENAME_EXCHANGE) == 0) {
        leftover = from;
        return true;
    }
    if (errno != EINVAL && errno != ENOSYS) {
        *err = errno;
        return false;
    }
    // A file system without RENAME_EXCHANGE: move the old folder aside, the new one in. A crash
    // between the two renames is repaired by clean_stale(), which moves the old one back.
    std::string old = from;
    old.replace(old.rfind(tmp_infix), std::strlen(tmp_infix), old_infix);
    if (::renameat(parentfd, to.c_str(), parentfd, old.c_str()) != 0) {
        *err = errno;
        return false;
    }
    if (::renameat(parentfd, from.c_str(), parentfd, to.c_str()) != 0) {
        *err = errno;
        ::renameat(parentfd, old.c_str(), parentfd, to.c_str());
        return false;
    }
    leftover = old;
    return true;
}

} // namespace

std::vector<ExportFile> results_files(const workload::RunResults& results) {
    return {
        {QStringLiteral("summary.csv"),
         QByteArray::fromStdString(workload::summary_csv(results.summary))},
        {QStringLiteral("timeseries.csv"),
         QByteArray::fromStdString(workload::timeseries_csv(results.timeseries))},
        {QStringLiteral("scenario.json"), scenario_to_json(results.scenario)},
    };
}

bool export_results(const QString& dir, const workload::RunResults& results, QString* error) {
    return export_files(dir, results_files(results), error);
}

// Long on purpose: one transaction read top to bottom (lock, inspect, write aside, carry over,
// swap), each step using the descriptors and the temporary folder that `fail` rolls back.
bool export_files(const QString& dir, const std::vector<ExportFile>& files, QString* error,
                  const std::function<void()>& before_swap) {
    QString scratch;
    QString& e = error != nullptr ? *error : scratch;
    const auto target = split_target(dir, &e);
    if (!target)
        return false;
    for (const ExportFile& f : files) {
        if (f.name.isEmpty() || f.name.contains(QLatin1Char('/')) || f.name == QLatin1String(".") ||
            f.name == QLatin1String("..")) {
            e = QStringLiteral("'%1': not a plain file name").arg(f.name);
            return false;
        }
    }
    if (!make_path(target->parent, &e))
        return false;
    Fd parent(::open(native(target->parent).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!parent.ok()) {
        e = sys_error(target->parent, errno);
        return false;
    }
    // One exporter at a time per parent folder; the second waits.
    while (::flock(parent.get(), LOCK_EX) != 0) {
        if (errno != EINTR) {
            e = sys_error(target->parent, errno);
            return false;
        }
    }
    clean_stale(parent.get(), target->name);

    struct stat st {};
    const bool exists =
        ::fstatat(parent.get(), target->name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0;
    if (!exists && errno != ENOENT) {
        e = sys_error(target->path, errno);
        return false;
    }
    const bool is_folder = exists && S_ISDIR(st.st_mode);
    Fd old(is_folder ? ::openat(parent.get(), target->name.c_str(),
                                O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                     : -1);
    std::vector<std::string> carried;
    if (exists) {
        if (is_folder && !old.ok()) {
            e = sys_error(target->path, errno);
            return false;
        }
        if (QString why = refuse_folder(target->path, st, old.get()); !why.isEmpty()) {
            e = why;
            return false;
        }
        std::string subfolder;
        std::vector<std::string> names;
        list_folder(old.get(), names, subfolder);
        for (const std::string& n : names) {
            bool replaced = false;
            for (const ExportFile& f : files)
                replaced = replaced || native(f.name) == n;
            if (!replaced)
                carried.push_back(n);
        }
    }

    std::string tmp_path = native(target->parent) + "/." + target->name + tmp_infix + "XXXXXX";
    if (::mkdtemp(tmp_path.data()) == nullptr) {
        e = sys_error(target->path, errno);
        return false;
    }
    const std::string tmp_name = tmp_path.substr(tmp_path.rfind('/') + 1);
    const auto fail = [&](const QString& message) {
        remove_tree_at(parent.get(), tmp_name.c_str());
        e = message;
        return false;
    };
    Fd tmp(::openat(parent.get(), tmp_name.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!tmp.ok())
        return fail(sys_error(target->path, errno));

    for (const ExportFile& f : files) {
        const QString shown = target->path + QLatin1Char('/') + f.name;
        Fd file(::openat(tmp.get(), native(f.name).c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
                         0666));
        if (!file.ok())
            return fail(sys_error(shown, errno));
        if (!write_all(file.get(), f.bytes) || ::fsync(file.get()) != 0 || file.close() != 0)
            return fail(sys_error(shown, errno));
    }
    for (const std::string& n : carried)
        if (::linkat(old.get(), n.c_str(), tmp.get(), n.c_str(), 0) != 0)
            return fail(QStringLiteral("%1: cannot carry %2 over to the new export: %3")
                            .arg(target->path, QFile::decodeName(n.c_str()), reason(errno)));
    const mode_t mode = exists ? (st.st_mode & 07777) : (0777 & ~current_umask());
    if (::fchmod(tmp.get(), mode) != 0 || ::fsync(tmp.get()) != 0)
        return fail(sys_error(target->path, errno));

    if (before_swap)
        before_swap();
    std::string leftover;
    int err = 0;
    if (!swap_into_place(parent.get(), tmp_name, target->name, exists, leftover, &err))
        return fail(sys_error(target->path, err));
    ::fsync(parent.get());
    if (!leftover.empty())
        remove_tree_at(parent.get(), leftover.c_str());
    return true;
}

QString check_export_folder(const QString& dir) {
    QString error;
    const auto target = split_target(dir, &error);
    if (!target)
        return error;
    struct stat st {};
    if (::lstat(native(target->path).c_str(), &st) == 0) {
        Fd fd(S_ISDIR(st.st_mode) ? ::open(native(target->path).c_str(),
                                           O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                                  : -1);
        if (QString why = refuse_folder(target->path, st, fd.get()); !why.isEmpty())
            return why;
        if (::access(native(target->parent).c_str(), W_OK) != 0)
            return sys_error(target->parent, errno);
        return {};
    }
    // Not there yet: the nearest existing ancestor must be a folder we may write in.
    QString ancestor = target->parent;
    while (::stat(native(ancestor).c_str(), &st) != 0) {
        if (errno != ENOENT)
            return sys_error(ancestor, errno);
        ancestor = QFileInfo(ancestor).absolutePath();
    }
    const auto cannot_create = [&](int err) {
        return QStringLiteral("%1: cannot be created: %2")
            .arg(target->path, sys_error(ancestor, err));
    };
    if (!S_ISDIR(st.st_mode))
        return cannot_create(ENOTDIR);
    if (::access(native(ancestor).c_str(), W_OK) != 0)
        return cannot_create(errno);
    return {};
}

bool write_file_atomically(const QString& path, const QByteArray& bytes, QString* error) {
    QString scratch;
    QString& e = error != nullptr ? *error : scratch;
    const QFileInfo fi(path);
    if (fi.fileName().isEmpty()) {
        e = QStringLiteral("%1: not a file name").arg(path);
        return false;
    }
    const std::string dir = native(fi.absolutePath());
    const std::string name = native(fi.fileName());
    std::string tmp = dir + "/." + name + tmp_infix + "XXXXXX";
    const int raw = ::mkstemp(tmp.data());
    if (raw < 0) {
        e = sys_error(path, errno);
        return false;
    }
    Fd fd(raw);
    const std::string final_path = dir + "/" + name;
    struct stat st {};
    const mode_t mode =
        ::stat(final_path.c_str(), &st) == 0 ? (st.st_mode & 07777) : (0666 & ~current_umask());
    if (!write_all(fd.get(), bytes) || ::fchmod(fd.get(), mode) != 0 || ::fsync(fd.get()) != 0 ||
        fd.close() != 0 || ::rename(tmp.c_str(), final_path.c_str()) != 0) {
        const int err = errno;
        ::unlink(tmp.c_str());
        e = sys_error(path, err);
        return false;
    }
    Fd dirfd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dirfd.ok())
        ::fsync(dirfd.get());
    return true;
}

} // namespace vtl::app
