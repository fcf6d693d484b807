#include "app/cli/lesson_command.hpp"

#include "app/app_tr.hpp"
#include "app/cli/cli_options.hpp"
#include "app/presenter/lesson_handout.hpp"
#include "app/presenter/lesson_schema.hpp"
#include "models/lessons/lesson.hpp"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace vtl::app {

using cli::err;
using cli::out;

namespace {

// One translation overlay, checked against its original: issues, or "ok".
bool check_translation(const models::Lesson& original, const QString& overlay,
                       const QString& shown_as) {
    const models::LessonParseResult t = models::load_lesson_translation(original, overlay);
    for (const models::LessonIssue& issue : t.issues)
        err() << issue.text(shown_as) << '\n';
    if (t.lesson)
        out() << shown_as << ": "
              << tr("ok, %1 translation of %2, %3 steps (%4)")
                     .arg(t.lesson->lang, original.id)
                     .arg(t.lesson->steps.size())
                     .arg(t.lesson->title)
              << '\n';
    return t.lesson.has_value();
}

// A lesson file (and the translation overlays beside it), or a translation overlay (against its
// original, found by id: the folder above, else the shipped lesson).
bool check_file(const QString& file) {
    const QString path = lesson_path(file);
    QFile f(path);
    QString id;
    if (f.open(QIODevice::ReadOnly) && f.size() <= (1 << 20) &&
        models::is_lesson_translation(f.read(1 << 20), &id)) {
        const QString original = models::lesson_translation_original(path, id);
        if (original.isEmpty()) {
            err() << file << ": "
                  << tr("a translation of lesson '%1', which is not found (neither in the folder "
                        "above nor shipped)")
                         .arg(id)
                  << '\n';
            return false;
        }
        const models::LessonParseResult o = models::load_lesson(original, lesson_schema());
        for (const models::LessonIssue& issue : o.issues)
            err() << issue.text(original) << '\n';
        return o.lesson && check_translation(*o.lesson, path, file);
    }
    const models::LessonParseResult r = models::load_lesson(path, lesson_schema());
    for (const models::LessonIssue& issue : r.issues)
        err() << issue.text(file) << '\n';
    if (!r.lesson)
        return false;
    out() << file << ": ok, " << r.lesson->steps.size() << " steps (" << r.lesson->title << ")\n";
    bool ok = true;
    for (const QString& overlay : models::lesson_translation_paths(*r.lesson))
        ok = check_translation(*r.lesson, overlay, overlay) && ok;
    return ok;
}

int check(const QStringList& files) {
    if (files.isEmpty()) {
        err() << "valuetask-lab lesson check: give one or more lesson files\n";
        return cli::exit_bad_input;
    }
    int status = cli::exit_ok;
    for (const QString& file : files)
        if (!check_file(file))
            status = cli::exit_bad_input;
    out().flush();
    return status;
}

int list() {
    for (const QString& path : models::shipped_lesson_paths()) {
        const models::LessonParseResult r = load_app_lesson(path); // in the UI language
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
        "lesson check FILE…                 check lesson files and their translations, or a\n"
        "                                   translation against its original (FILE:LINE:COLUMN)\n"
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
