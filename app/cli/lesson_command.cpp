#include "app/cli/lesson_command.hpp"

#include "app/cli/cli_options.hpp"
#include "app/presenter/lesson_handout.hpp"
#include "app/presenter/lesson_schema.hpp"
#include "models/lessons/lesson.hpp"

#include <QCommandLineParser>
#include <QFileInfo>

namespace vtl::app {

using cli::err;
using cli::out;

namespace {

int check(const QStringList& files) {
    if (files.isEmpty()) {
        err() << "valuetask-lab lesson check: give one or more lesson files\n";
        return cli::exit_bad_input;
    }
    int status = cli::exit_ok;
    for (const QString& file : files) {
        const models::LessonParseResult r = load_app_lesson(file);
        for (const models::LessonIssue& issue : r.issues)
            err() << issue.text(file) << '\n';
        if (r.lesson)
            out() << file << ": ok, " << r.lesson->steps.size() << " steps (" << r.lesson->title
                  << ")\n";
        else
            status = cli::exit_bad_input;
    }
    out().flush();
    return status;
}

int list() {
    for (const QString& path : models::shipped_lesson_paths()) {
        const models::LessonParseResult r = models::load_lesson(path, lesson_schema());
        const QString id = QFileInfo(path).completeBaseName();
        if (!r.lesson) {
            out() << id << "  (does not pass check: " << r.issues.value(0).text(path) << ")\n";
            continue;
        }
        out() << id << "  " << r.lesson->title << "  (" << r.lesson->steps.size()
              << " steps)\n      " << r.lesson->summary << '\n';
    }
    out() << "\nRun one in the GUI: Lessons menu; check your own: valuetask-lab lesson check "
             "FILE.json\n";
    return cli::stdout_ok("valuetask-lab lesson list") ? cli::exit_ok : cli::exit_failed;
}

} // namespace

int lesson_command(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        "lesson check FILE…                 check lesson files (FILE:LINE:COLUMN: problem)\n"
        "lesson list                        the lessons compiled in\n"
        "lesson export LESSON --out FILE.pdf  run a lesson and write a handout, one page a step");
    p.addHelpOption();
    p.addPositionalArgument("action", "check | list | export");
    p.addOption({"out", "export: the PDF to write", "FILE.pdf"});
    p.addOption(
        {"size", "export: the window size the views are drawn at (default 1280x800)", "WxH"});
    if (!p.parse(args)) {
        err() << "valuetask-lab lesson: " << p.errorText() << '\n';
        return cli::exit_bad_input;
    }
    if (p.isSet("help")) {
        out() << p.helpText();
        return cli::exit_ok;
    }
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    if (action == QLatin1String("check"))
        return check(pos.mid(1));
    if (action == QLatin1String("list"))
        return list();
    if (action == QLatin1String("export")) {
        if (pos.size() != 2 || !p.isSet("out")) {
            err() << "valuetask-lab lesson export LESSON --out FILE.pdf\n";
            return cli::exit_bad_input;
        }
        QSize size(1280, 800);
        if (p.isSet("size")) {
            const auto s = cli::parse_size(p.value("size"), QSize(800, 600), QSize(3840, 2160));
            if (!s) {
                err() << "valuetask-lab lesson export: --size WxH between 800x600 and 3840x2160\n";
                return cli::exit_bad_input;
            }
            size = *s;
        }
        const models::LessonParseResult r = load_app_lesson(pos[1]);
        if (!r.lesson) {
            for (const models::LessonIssue& issue : r.issues)
                err() << issue.text(lesson_path(pos[1])) << '\n';
            return cli::exit_bad_input;
        }
        QString error;
        if (!export_handout(*r.lesson, p.value("out"), size, &error)) {
            err() << "valuetask-lab lesson export: " << error << '\n';
            return cli::exit_failed;
        }
        out() << "wrote " << p.value("out") << " (" << r.lesson->steps.size() << " pages)\n";
        return cli::exit_ok;
    }
    err() << "valuetask-lab lesson: say check, list or export (try lesson --help)\n";
    return cli::exit_bad_input;
}

} // namespace vtl::app
