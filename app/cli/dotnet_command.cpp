#include "app/cli/dotnet_command.hpp"

#include "app/cli/cli_options.hpp"
#include "models/claims/dotnet_reference.hpp"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <set>
#include <sys/stat.h>
#include <unistd.h>

#ifndef VTL_SOURCE_DIR
#define VTL_SOURCE_DIR ""
#endif
#ifndef VTL_INSTALLED_DOTNET_PROJECT
#define VTL_INSTALLED_DOTNET_PROJECT "../share/valuetask-lab/dotnet/ValueTaskLab.Reference"
#endif

namespace vtl::app {
namespace {

using cli::err;
using cli::out;

constexpr const char* command_name = "valuetask-lab dotnet";
const QString project_file = QStringLiteral("ValueTaskLab.Reference.csproj");
// Files of a reference folder; anything else in an existing --out folder is refused, because
// the folder is replaced as a whole.
const QStringList reference_entries = {QStringLiteral("dotnet_reference.csv"),
                                       QStringLiteral("dotnet_outcomes.json"),
                                       QStringLiteral("listings")};

int fail(const QString& message, int code) {
    err() << command_name << ": " << message << "\n";
    err().flush();
    return code;
}

QString elapsed_text(qint64 ms) {
    const qint64 s = (ms + 500) / 1000;
    if (s < 60)
        return QCoreApplication::translate("DotnetCommand", "%1 s").arg(s);
    return QCoreApplication::translate("DotnetCommand", "%1 min %2 s").arg(s / 60).arg(s % 60);
}

// Major versions of the installed SDKs (`dotnet --list-sdks`: "10.0.401 [/usr/share/dotnet/sdk]").
std::set<int> sdk_majors(const QString& dotnet, QString* listing) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(dotnet, {QStringLiteral("--list-sdks")});
    std::set<int> majors;
    if (!p.waitForFinished(60'000)) {
        p.kill();
        p.waitForFinished(5'000);
        return majors;
    }
    *listing = QString::fromLocal8Bit(p.readAll()).trimmed();
    static const QRegularExpression line(QStringLiteral("^(\\d+)\\.\\d+\\.\\d+\\S*\\s+\\["),
                                         QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(*listing); it.hasNext();)
        majors.insert(it.next().captured(1).toInt());
    return majors;
}

int missing_sdk(const QString& what) {
    err() << command_name << ": " << what << "\n\n"
          << QCoreApplication::translate(
                 "DotnetCommand",
                 "This command builds and runs a C# program, which needs the .NET SDK 10 or 8\n"
                 "(the `dotnet` command, with an SDK, on PATH).\n"
                 "On Debian 12: add Microsoft's package repository for Debian 12 (the\n"
                 "packages-microsoft-prod.deb that Microsoft's \"Install .NET on Debian\" page\n"
                 "gives), then\n"
                 "    sudo apt-get update && sudo apt-get install dotnet-sdk-10.0\n"
                 "(dotnet-sdk-8.0 works too). The first run also fetches BenchmarkDotNet and\n"
                 "Microsoft.Extensions.Caching.Memory from NuGet.\n")
          << "\n";
    const models::DotnetEvidence e = models::load_dotnet_evidence();
    err()
        << QCoreApplication::translate(
               "DotnetCommand",
               "Meanwhile the claims tab, `valuetask-lab claims` and the code pane keep using the "
               "%1.")
               .arg(e.reference
                        ? e.reference->label()
                        : QCoreApplication::translate("DotnetCommand", "reference shipped with the "
                                                                       "app"))
        << "\n";
    err().flush();
    return cli::exit_missing_prerequisite;
}

// Copies the project's sources into `work` (bin/, obj/ and out/ are neither copied nor
// touched, so the build there is incremental); files the project no longer has are removed.
bool sync_project(const QString& from, const QString& work, QString* error) {
    static const QStringList skipped = {QStringLiteral("bin"), QStringLiteral("obj"),
                                        QStringLiteral("out"),
                                        QStringLiteral("BenchmarkDotNet.Artifacts")};
    const auto is_skipped = [](const QString& relative) {
        return skipped.contains(relative.section(QLatin1Char('/'), 0, 0));
    };
    if (!QDir().mkpath(work)) {
        *error =
            QCoreApplication::translate("DotnetCommand", "%1: cannot create the folder").arg(work);
        return false;
    }
    const QDir src(from), dst(work);
    std::set<QString> wanted;
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = src.relativeFilePath(path);
        if (is_skipped(rel))
            continue;
        wanted.insert(rel);
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly)) {
            *error = path + QStringLiteral(": ") + in.errorString();
            return false;
        }
        const QByteArray bytes = in.readAll();
        const QString target = dst.filePath(rel);
        QFile existing(target);
        if (existing.open(QIODevice::ReadOnly) && existing.readAll() == bytes)
            continue; // unchanged: keep its time stamp, so the build stays incremental
        existing.close();
        QDir().mkpath(QFileInfo(target).absolutePath());
        QSaveFile save(target); // a writable copy, even of a read-only installed file
        if (!save.open(QIODevice::WriteOnly) || save.write(bytes) != bytes.size() ||
            !save.commit()) {
            *error = target + QStringLiteral(": ") + save.errorString();
            return false;
        }
    }
    QDirIterator old(work, QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden,
                     QDirIterator::Subdirectories);
    while (old.hasNext()) {
        const QString path = old.next();
        const QString rel = dst.relativeFilePath(path);
        if (!is_skipped(rel) && wanted.count(rel) == 0)
            QFile::remove(path);
    }
    return true;
}

// Why `dir` cannot be replaced by a fresh reference, or empty.
QString refuse_out(const QString& dir) {
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
        if (!reference_entries.contains(e))
            others << e;
    if (!others.isEmpty())
        return QCoreApplication::translate(
                   "DotnetCommand",
                   "--out %1: holds files that a run did not write (%2); the run replaces the "
                   "folder as a whole, so give an empty folder or one an earlier run wrote")
            .arg(abs, cli::shown(others.join(QStringLiteral(", "))));
    return {};
}

// Removes temporary folders of runs that were killed (".NAME.vtl-tmp-XXXXXX" next to NAME),
// once they are a day old (a younger one may belong to a run still going).
void remove_stale_temporaries(const QString& parent, const QString& name) {
    const QDir dir(parent);
    const QString prefix = QStringLiteral(".") + name + QStringLiteral(".vtl-tmp-");
    for (const QFileInfo& fi : dir.entryInfoList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot))
        if (fi.fileName().startsWith(prefix) && fi.fileName().size() == prefix.size() + 6 &&
            fi.lastModified().secsTo(QDateTime::currentDateTime()) > 24 * 3600)
            QDir(fi.absoluteFilePath()).removeRecursively();
}

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

// Kills the program's process group `group` (the program, the MSBuild nodes and compiler
// servers it started, BenchmarkDotNet's children): SIGTERM, then SIGKILL to what is left.
// `group` is the program's pid taken while it ran (QProcess forgets it once it has finished;
// kill(-0) would hit this process's own group).
void kill_group(QProcess& p, pid_t group) {
    if (group <= 1)
        return;
    if (p.state() != QProcess::NotRunning) {
        ::kill(-group, SIGTERM);
        if (!p.waitForFinished(3'000)) {
            ::kill(-group, SIGKILL);
            p.kill(); // in case it could not get a group of its own
            p.waitForFinished(5'000);
        }
    }
    ::kill(-group, SIGKILL);
}

} // namespace

QString dotnet_project_dir(QStringList* tried) {
    QStringList candidates;
    // Installed: <prefix>/bin/valuetask-lab and <prefix>/share/valuetask-lab/dotnet/….
    candidates << QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/') +
                                  QStringLiteral(VTL_INSTALLED_DOTNET_PROJECT));
    for (const QString& d : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation))
        candidates << d + QStringLiteral("/valuetask-lab/dotnet/ValueTaskLab.Reference");
    // The build tree: the source tree it was configured from.
    if (!QStringLiteral(VTL_SOURCE_DIR).isEmpty())
        candidates << QStringLiteral(VTL_SOURCE_DIR "/resources/dotnet/ValueTaskLab.Reference");
    candidates.removeDuplicates();
    for (const QString& c : candidates)
        if (QFileInfo(QDir(c).filePath(project_file)).isFile())
            return c;
    if (tried != nullptr)
        *tried = candidates;
    return {};
}

int dotnet_command(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "DotnetCommand",
        "Build and run the C# reference program with the .NET SDK: real .NET's outcomes, "
        "benchmarks and GC counts for the claims tab, `claims` and the code pane."));
    p.addOptions(
        {{QStringLiteral("out"),
          QCoreApplication::translate("DotnetCommand",
                                      "Write dotnet_reference.csv, dotnet_outcomes.json and "
                                      "listings/ here (replaced as a whole; default: %1).")
              .arg(models::fresh_dotnet_dir()),
          QStringLiteral("DIR")},
         {QStringLiteral("quick"),
          QCoreApplication::translate(
              "DotnetCommand", "A short BenchmarkDotNet job and fewer GC calls: about half a "
                               "minute of measuring instead of about 7 minutes.")},
         {{QStringLiteral("h"), QStringLiteral("help")},
          QCoreApplication::translate("DotnetCommand", "Show help.")}});
    if (!p.parse(args))
        return fail(cli::shown(p.errorText()), cli::exit_bad_input);
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText() << "\n" << cli::exit_status_help();
        return cli::stdout_ok(command_name) ? cli::exit_ok : cli::exit_failed;
    }
    if (!p.positionalArguments().isEmpty())
        return fail(QCoreApplication::translate("DotnetCommand", "unexpected argument '%1'")
                        .arg(cli::shown(p.positionalArguments().first())),
                    cli::exit_bad_input);
    const QString out_dir =
        QDir::cleanPath(QFileInfo(p.isSet(QStringLiteral("out")) ? p.value(QStringLiteral("out"))
                                                                 : models::fresh_dotnet_dir())
                            .absoluteFilePath());
    if (const QString why =
            refuse_out(p.isSet(QStringLiteral("out")) ? p.value(QStringLiteral("out")) : out_dir);
        !why.isEmpty())
        return fail(why, cli::exit_bad_input);

    // The prerequisites: an SDK, and the C# project.
    const QString dotnet = QStandardPaths::findExecutable(QStringLiteral("dotnet"));
    if (dotnet.isEmpty())
        return missing_sdk(
            QCoreApplication::translate("DotnetCommand", "`dotnet` is not on PATH."));
    QString sdks;
    const std::set<int> majors = sdk_majors(dotnet, &sdks);
    const int newest = majors.empty() ? 0 : *majors.rbegin();
    if (newest < 8)
        return missing_sdk(
            QCoreApplication::translate("DotnetCommand",
                                        "%1 has no .NET SDK 8 or newer (`dotnet --list-sdks`: %2).")
                .arg(dotnet, sdks.isEmpty() ? QStringLiteral("none") : cli::shown(sdks, 200)));
    QStringList tried;
    const QString project = dotnet_project_dir(&tried);
    if (project.isEmpty())
        return fail(QCoreApplication::translate(
                        "DotnetCommand",
                        "the C# program (%1) is not where it is installed or built: looked in %2")
                        .arg(project_file, tried.join(QStringLiteral(", "))),
                    cli::exit_missing_prerequisite);

    QElapsedTimer clock;
    clock.start();
    const QString work = QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                             .filePath(QStringLiteral("dotnet-project"));
    QString error;
    if (!sync_project(project, work, &error))
        return fail(error, cli::exit_failed);

    // The program writes into a temporary folder next to DIR, swapped in when it succeeds.
    const QFileInfo target(out_dir);
    if (!QDir().mkpath(target.absolutePath()))
        return fail(QCoreApplication::translate("DotnetCommand", "%1: cannot create the folder")
                        .arg(target.absolutePath()),
                    cli::exit_failed);
    remove_stale_temporaries(target.absolutePath(), target.fileName());
    QTemporaryDir tmp(target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                      QStringLiteral(".vtl-tmp-XXXXXX"));
    if (!tmp.isValid())
        return fail(target.absolutePath() + QStringLiteral(": ") + tmp.errorString(),
                    cli::exit_failed);

    QStringList run_args{QStringLiteral("run"), QStringLiteral("-c"), QStringLiteral("Release"),
                         QStringLiteral("--project"), QDir(work).filePath(project_file)};
    if (newest < 10) // .NET 8 or 9: the same sources, built for net8.0
        run_args << QStringLiteral("-f") << QStringLiteral("net8.0")
                 << QStringLiteral("-p:TargetFrameworks=net8.0");
    run_args << QStringLiteral("--") << QStringLiteral("--out") << tmp.path();
    if (p.isSet(QStringLiteral("quick")))
        run_args << QStringLiteral("--quick");

    err() << QCoreApplication::translate(
                 "DotnetCommand", "Building and running the C# program with %1 (SDK %2)%3.\n"
                                  "The first build takes 15 s to 2 minutes, depending on the "
                                  "machine's load; then %4.\n")
                 .arg(dotnet, QString::number(newest),
                      p.isSet(QStringLiteral("quick"))
                          ? QCoreApplication::translate("DotnetCommand", ", quick job")
                          : QString(),
                      p.isSet(QStringLiteral("quick"))
                          ? QCoreApplication::translate("DotnetCommand",
                                                        "about half a minute of measuring")
                          : QCoreApplication::translate("DotnetCommand",
                                                        "about 7 minutes of measuring"))
          << "  " << dotnet << " " << run_args.join(QLatin1Char(' ')) << "\n";
    err().flush();

    const cli::CancelSignals cancel_on_signal;
    QProcess child;
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.setWorkingDirectory(work);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOTNET_CLI_TELEMETRY_OPTOUT"), QStringLiteral("1"));
    env.insert(QStringLiteral("DOTNET_NOLOGO"), QStringLiteral("1"));
    env.insert(QStringLiteral("DOTNET_SKIP_FIRST_TIME_EXPERIENCE"), QStringLiteral("1"));
    child.setProcessEnvironment(env);
    // A process group of its own: Ctrl-C reaches only this process, which then ends the
    // program and everything it started.
    child.setChildProcessModifier([] { ::setpgid(0, 0); });
    child.start(dotnet, run_args);
    if (!child.waitForStarted(30'000))
        return fail(dotnet + QStringLiteral(": ") + child.errorString(), cli::exit_failed);
    const auto group = static_cast<pid_t>(child.processId());

    const auto relay = [&](bool all) {
        while (child.canReadLine() || (all && child.bytesAvailable() > 0)) {
            const QString line =
                QString::fromUtf8(child.canReadLine() ? child.readLine() : child.readAll())
                    .trimmed();
            if (!line.isEmpty())
                err() << "dotnet | " << line << "\n";
        }
        err().flush();
    };
    bool cancelled = false;
    while (!child.waitForFinished(100)) {
        relay(false);
        if (child.state() == QProcess::NotRunning)
            break;
        if (cli::CancelSignals::received() != 0) {
            cancelled = true;
            kill_group(child, group);
            break;
        }
    }
    relay(true);
    const QString took = elapsed_text(clock.elapsed());
    if (cancelled || cli::CancelSignals::received() != 0) {
        kill_group(child, group);
        return fail(QCoreApplication::translate(
                        "DotnetCommand",
                        "cancelled by %1 after %2: the C# program was stopped; %3 is as it was")
                        .arg(cli::CancelSignals::received() == SIGTERM ? QStringLiteral("SIGTERM")
                                                                       : QStringLiteral("SIGINT"),
                             took, out_dir),
                    cli::CancelSignals::exit_code());
    }
    kill_group(child, group); // the build servers it left behind
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        return fail(QCoreApplication::translate(
                        "DotnetCommand", "the C# program failed (%1) after %2; %3 is as it was")
                        .arg(child.exitStatus() != QProcess::NormalExit
                                 ? QCoreApplication::translate("DotnetCommand", "it crashed")
                                 : QCoreApplication::translate("DotnetCommand", "exit status %1")
                                       .arg(child.exitCode()),
                             took, out_dir),
                    cli::exit_failed);

    // Only a complete, readable set replaces DIR.
    const QDir fresh(tmp.path());
    const auto reference = models::load_dotnet_reference(
        fresh.filePath(QStringLiteral("dotnet_reference.csv")), &error);
    if (!reference)
        return fail(
            error + QCoreApplication::translate("DotnetCommand", "; %1 is as it was").arg(out_dir),
            cli::exit_failed);
    const auto outcomes = models::load_dotnet_outcomes(
        fresh.filePath(QStringLiteral("dotnet_outcomes.json")), &error);
    if (!outcomes)
        return fail(
            error + QCoreApplication::translate("DotnetCommand", "; %1 is as it was").arg(out_dir),
            cli::exit_failed);
    const QStringList listings =
        QDir(fresh.filePath(QStringLiteral("listings")))
            .entryList({QStringLiteral("*.cs.txt")}, QDir::Files, QDir::Name);
    for (const QString& e : fresh.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        if (!reference_entries.contains(e))
            QFile::remove(fresh.filePath(e)); // a stray file must not block the next run
    // The folder gets the mode DIR had, or the one a new folder gets (not QTemporaryDir's 0700).
    struct stat st {};
    const mode_t mask = ::umask(022);
    ::umask(mask);
    const mode_t mode = ::stat(QFile::encodeName(out_dir).constData(), &st) == 0
                            ? (st.st_mode & 07777)
                            : (0777 & ~mask);
    ::chmod(QFile::encodeName(tmp.path()).constData(), mode);
    if (!swap_into_place(tmp.path(), out_dir, &error))
        return fail(error, cli::exit_failed);

    out() << QCoreApplication::translate("DotnetCommand",
                                         "Wrote %1:\n"
                                         "  dotnet_reference.csv  %2 rows (%3)\n"
                                         "  dotnet_outcomes.json  %4 cases\n"
                                         "  listings/             %5 C# listings\n")
                 .arg(out_dir)
                 .arg(reference->rows.size())
                 .arg(reference->label())
                 .arg(outcomes->cases.size())
                 .arg(listings.size());
    if (out_dir == QDir::cleanPath(models::fresh_dotnet_dir()))
        out() << QCoreApplication::translate(
            "DotnetCommand",
            "The claims tab, `valuetask-lab claims` and the code pane's C# listings now use "
            "these files instead of the shipped reference.\n");
    else
        out() << QCoreApplication::translate(
                     "DotnetCommand",
                     "The claims tab, `valuetask-lab claims` and the code pane read a fresh run "
                     "from %1 only; run without --out (or copy these files there) to use it.\n")
                     .arg(models::fresh_dotnet_dir());
    out()
        << QCoreApplication::translate("DotnetCommand", "Elapsed: %1 (build and run).\n").arg(took);
    return cli::stdout_ok(command_name) ? cli::exit_ok : cli::exit_failed;
}

} // namespace vtl::app
