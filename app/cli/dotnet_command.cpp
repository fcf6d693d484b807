#include "app/cli/dotnet_command.hpp"

#include "app/cli/cli_options.hpp"
#include "app/cli/dotnet_out_folder.hpp"
#include "models/claims/dotnet_reference.hpp"

#include <QCommandLineParser>
#include <QCoreApplication>
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

#include <csignal>
#include <memory>
#include <optional>
#include <set>
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

// What the command line asked for.
struct DotnetOptions {
    QString out_dir; // absolute and clean
    bool quick = false;
};

// The command ends at a step that returns an exit status; nullopt goes on to the next step.
using Outcome = std::optional<int>;

Outcome parse_options(const QStringList& args, DotnetOptions& options) {
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
    options.out_dir =
        QDir::cleanPath(QFileInfo(p.isSet(QStringLiteral("out")) ? p.value(QStringLiteral("out"))
                                                                 : models::fresh_dotnet_dir())
                            .absoluteFilePath());
    if (const QString why = dotnet_out::refuse(
            p.isSet(QStringLiteral("out")) ? p.value(QStringLiteral("out")) : options.out_dir);
        !why.isEmpty())
        return fail(why, cli::exit_bad_input);
    options.quick = p.isSet(QStringLiteral("quick"));
    return std::nullopt;
}

// The `dotnet` on PATH and the newest major version of its SDKs.
struct Sdk {
    QString dotnet;
    int newest = 0;
};

Outcome find_sdk(Sdk& sdk) {
    sdk.dotnet = QStandardPaths::findExecutable(QStringLiteral("dotnet"));
    if (sdk.dotnet.isEmpty())
        return missing_sdk(
            QCoreApplication::translate("DotnetCommand", "`dotnet` is not on PATH."));
    QString sdks;
    const std::set<int> majors = sdk_majors(sdk.dotnet, &sdks);
    sdk.newest = majors.empty() ? 0 : *majors.rbegin();
    if (sdk.newest < 8)
        return missing_sdk(
            QCoreApplication::translate("DotnetCommand",
                                        "%1 has no .NET SDK 8 or newer (`dotnet --list-sdks`: %2).")
                .arg(sdk.dotnet, sdks.isEmpty() ? QStringLiteral("none") : cli::shown(sdks, 200)));
    return std::nullopt;
}

Outcome find_project(QString& project) {
    QStringList tried;
    project = dotnet_project_dir(&tried);
    if (project.isEmpty())
        return fail(QCoreApplication::translate(
                        "DotnetCommand",
                        "the C# program (%1) is not where it is installed or built: looked in %2")
                        .arg(project_file, tried.join(QStringLiteral(", "))),
                    cli::exit_missing_prerequisite);
    return std::nullopt;
}

// The program writes into a temporary folder next to DIR, swapped in when it succeeds.
Outcome make_temporary_out(const QString& out_dir, std::unique_ptr<QTemporaryDir>& tmp) {
    const QFileInfo target(out_dir);
    if (!QDir().mkpath(target.absolutePath()))
        return fail(QCoreApplication::translate("DotnetCommand", "%1: cannot create the folder")
                        .arg(target.absolutePath()),
                    cli::exit_failed);
    dotnet_out::remove_stale_temporaries(target.absolutePath(), target.fileName());
    tmp = std::make_unique<QTemporaryDir>(target.absolutePath() + QStringLiteral("/.") +
                                          target.fileName() + QStringLiteral(".vtl-tmp-XXXXXX"));
    if (!tmp->isValid())
        return fail(target.absolutePath() + QStringLiteral(": ") + tmp->errorString(),
                    cli::exit_failed);
    return std::nullopt;
}

QStringList run_arguments(const QString& work, int sdk_major, const QString& tmp, bool quick) {
    QStringList run_args{QStringLiteral("run"), QStringLiteral("-c"), QStringLiteral("Release"),
                         QStringLiteral("--project"), QDir(work).filePath(project_file)};
    if (sdk_major < 10) // .NET 8 or 9: the same sources, built for net8.0
        run_args << QStringLiteral("-f") << QStringLiteral("net8.0")
                 << QStringLiteral("-p:TargetFrameworks=net8.0");
    run_args << QStringLiteral("--") << QStringLiteral("--out") << tmp;
    if (quick)
        run_args << QStringLiteral("--quick");
    return run_args;
}

void announce(const Sdk& sdk, const QStringList& run_args, bool quick) {
    err() << QCoreApplication::translate(
                 "DotnetCommand", "Building and running the C# program with %1 (SDK %2)%3.\n"
                                  "The first build takes 15 s to 2 minutes, depending on the "
                                  "machine's load; then %4.\n")
                 .arg(sdk.dotnet, QString::number(sdk.newest),
                      quick ? QCoreApplication::translate("DotnetCommand", ", quick job")
                            : QString(),
                      quick ? QCoreApplication::translate("DotnetCommand",
                                                          "about half a minute of measuring")
                            : QCoreApplication::translate("DotnetCommand",
                                                          "about 7 minutes of measuring"))
          << "  " << sdk.dotnet << " " << run_args.join(QLatin1Char(' ')) << "\n";
    err().flush();
}

// Runs the program in `work`, relaying its output, until it ends or a signal cancels it;
// `took` is the time since `clock` started when it ended.
Outcome run_program(const QString& dotnet, const QStringList& run_args, const QString& work,
                    const QElapsedTimer& clock, const QString& out_dir, QString* took) {
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
    *took = elapsed_text(clock.elapsed());
    if (cancelled || cli::CancelSignals::received() != 0) {
        kill_group(child, group);
        return fail(QCoreApplication::translate(
                        "DotnetCommand",
                        "cancelled by %1 after %2: the C# program was stopped; %3 is as it was")
                        .arg(cli::CancelSignals::received() == SIGTERM ? QStringLiteral("SIGTERM")
                                                                       : QStringLiteral("SIGINT"),
                             *took, out_dir),
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
                             *took, out_dir),
                    cli::exit_failed);
    return std::nullopt;
}

// What a finished run wrote; only a complete, readable set replaces DIR.
struct FreshReference {
    std::optional<models::DotnetReference> reference;
    std::optional<models::DotnetOutcomes> outcomes;
    QStringList listings;
};

Outcome read_fresh(const QString& tmp, const QString& out_dir, FreshReference& written) {
    QString error;
    const QDir fresh(tmp);
    written.reference = models::load_dotnet_reference(
        fresh.filePath(QStringLiteral("dotnet_reference.csv")), &error);
    if (!written.reference)
        return fail(
            error + QCoreApplication::translate("DotnetCommand", "; %1 is as it was").arg(out_dir),
            cli::exit_failed);
    written.outcomes = models::load_dotnet_outcomes(
        fresh.filePath(QStringLiteral("dotnet_outcomes.json")), &error);
    if (!written.outcomes)
        return fail(
            error + QCoreApplication::translate("DotnetCommand", "; %1 is as it was").arg(out_dir),
            cli::exit_failed);
    written.listings = QDir(fresh.filePath(QStringLiteral("listings")))
                           .entryList({QStringLiteral("*.cs.txt")}, QDir::Files, QDir::Name);
    for (const QString& e : fresh.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        if (!dotnet_out::reference_entries().contains(e))
            QFile::remove(fresh.filePath(e)); // a stray file must not block the next run
    return std::nullopt;
}

void report(const QString& out_dir, const FreshReference& written, const QString& took) {
    out() << QCoreApplication::translate("DotnetCommand",
                                         "Wrote %1:\n"
                                         "  dotnet_reference.csv  %2 rows (%3)\n"
                                         "  dotnet_outcomes.json  %4 cases\n"
                                         "  listings/             %5 C# listings\n")
                 .arg(out_dir)
                 .arg(written.reference->rows.size())
                 .arg(written.reference->label())
                 .arg(written.outcomes->cases.size())
                 .arg(written.listings.size());
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
    DotnetOptions options;
    if (const Outcome end = parse_options(args, options))
        return *end;
    // The prerequisites: an SDK, and the C# project.
    Sdk sdk;
    if (const Outcome end = find_sdk(sdk))
        return *end;
    QString project;
    if (const Outcome end = find_project(project))
        return *end;

    QElapsedTimer clock;
    clock.start();
    const QString work = QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                             .filePath(QStringLiteral("dotnet-project"));
    QString error;
    if (!sync_project(project, work, &error))
        return fail(error, cli::exit_failed);
    std::unique_ptr<QTemporaryDir> tmp;
    if (const Outcome end = make_temporary_out(options.out_dir, tmp))
        return *end;

    const QStringList run_args = run_arguments(work, sdk.newest, tmp->path(), options.quick);
    announce(sdk, run_args, options.quick);
    const cli::CancelSignals cancel_on_signal;
    QString took;
    if (const Outcome end = run_program(sdk.dotnet, run_args, work, clock, options.out_dir, &took))
        return *end;
    FreshReference fresh;
    if (const Outcome end = read_fresh(tmp->path(), options.out_dir, fresh))
        return *end;
    if (!dotnet_out::replace(tmp->path(), options.out_dir, &error))
        return fail(error, cli::exit_failed);
    report(options.out_dir, fresh, took);
    return cli::stdout_ok(command_name) ? cli::exit_ok : cli::exit_failed;
}

} // namespace vtl::app
