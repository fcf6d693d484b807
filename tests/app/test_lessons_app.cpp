// Lessons in the application, as a teacher uses them: every shipped lesson passes the checker;
// a lesson driven end to end in presenter mode with the keys (next, back, predict, reveal,
// blank, leave), each step's view showing what the step promises (read from the models and
// widgets, not pixels); the handout PDF; the `lesson` subcommand in a child process.
// VTL_SCREENSHOT_DIR set: every step of the presenter walk-through is saved as a PNG.
#include "app/language.hpp"
#include "app/main_window.hpp"
#include "app/presenter/lesson_band.hpp"
#include "app/presenter/lesson_driver.hpp"
#include "app/presenter/lesson_handout.hpp"
#include "app/presenter/lesson_schema.hpp"
#include "app/presenter/presenter_mode.hpp"
#include "app/shortcuts_help.hpp"
#include "models/engine/engine_controller.hpp"
#include "models/lessons/lesson_runner.hpp"
#include "widgets/common/ui_palette.hpp"

#include "harness/qtest_suite.hpp"
#include "harness/screenshot.hpp"
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using vtl::app::LessonDriver;
using vtl::app::MainWindow;
using vtl::app::PresenterMode;
using vtl::models::LessonRunner;
namespace ui_palette = vtl::widgets::ui_palette;

namespace {

void key(QWidget& w, Qt::Key k) {
    QTest::keyClick(&w, k);
    QCoreApplication::processEvents();
}

struct CliResult {
    int status = -1;
    QString out, err;
};

CliResult run_cli(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(VTL_APP_BINARY), args);
    p.waitForFinished(300'000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestLessonsApp : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everyShippedLessonPassesTheChecker();
    void presenterModeDrivesALessonWithTheKeys();
    void backRestoresWhatTheClassSawWithoutRunningAgain();
    void lessonsMenuListsTheShippedLessons();
    void handoutHasOnePagePerStep();
    void lessonCheckReportsLineAndColumn();
    void lessonListAndExportFromTheCommandLine();
    void lessonsFollowTheUiLanguage();
    void lessonCheckTakesTranslations();

private:
    QTemporaryDir dir_;
};

void TestLessonsApp::initTestCase() {
    QVERIFY(dir_.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestLessonsApp::everyShippedLessonPassesTheChecker() {
    const QStringList paths = vtl::models::shipped_lesson_paths();
    QVERIFY2(paths.size() >= 5, "at least five lessons ship with the app");
    for (const QString& path : paths) {
        const auto r = vtl::app::load_app_lesson(path);
        QStringList problems;
        for (const auto& i : r.issues)
            problems << i.text(path);
        QVERIFY2(r.lesson, qPrintable(problems.join('\n')));
        QVERIFY(r.lesson->steps.size() >= 4);
    }
}

// Lesson 03 (awaiting twice): the lane steps run the core's lab, one step asks the class to
// predict, the next reveals the answer computed from that run.
void TestLessonsApp::presenterModeDrivesALessonWithTheKeys() {
    MainWindow window;
    auto* presenter = new PresenterMode(window);
    window.resize(1920, 1080);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto theme_before = ui_palette::theme();
    const double scale_before = window.text_scale();

    QVERIFY(presenter->open_lesson(QStringLiteral("03-awaiting-twice")));
    LessonDriver* driver = presenter->driver();
    QVERIFY(driver);
    LessonRunner& runner = driver->runner();
    QVERIFY(driver->wait_settled());
    QCOMPARE(runner.index(), 0);

    // F11: full screen, projector theme, large text, menus and controls gone, band shown.
    key(window, Qt::Key_F11);
    QVERIFY(presenter->active());
    QCOMPARE(ui_palette::theme(), ui_palette::Theme::projector);
    QVERIFY(window.text_scale() >= 1.6);
    QVERIFY(!window.menuBar()->isVisible());
    QVERIFY(!window.tabs()->tabBar()->isVisible());
    QVERIFY(presenter->band()->isVisible());
    QVERIFY(presenter->band()->counter()->text().contains(runner.counter()));
    QCOMPARE(window.current_view(), QStringLiteral("await-twice"));
    window.resize(1920, 1080);

    // Walk forward with Space/→, checking each step shows what it promises.
    bool asked = false, revealed = false;
    int shot = 0;
    for (int guard = 0; guard < 40; ++guard) {
        QVERIFY(driver->wait_settled());
        const auto& step = runner.step();
        vtl_test::save_screenshot(
            window, QStringLiteral("lesson03-presenter-%1.png").arg(++shot, 2, 10, QChar('0')));
        QCOMPARE(presenter->band()->title()->text(), runner.title());
        QVERIFY(presenter->band()->counter()->text().contains(runner.counter()));
        QVERIFY2(!runner.narration().contains(QLatin1Char('{')),
                 qPrintable("unfilled placeholder: " + runner.narration()));
        if (!step.view.isEmpty())
            QCOMPARE(window.current_view(), step.view);
        if (!step.highlight.isEmpty()) {
            QWidget* framed = driver->highlighted();
            QVERIFY2(framed, qPrintable("no highlight for " + step.highlight));
            QVERIFY(framed->isVisible());
        }
        if (const auto* q = runner.asking()) {
            asked = true;
            QVERIFY(presenter->band()->question()->isVisible());
            QCOMPARE(presenter->band()->choices().size(), q->choices.size());
            key(window, Qt::Key_2); // the class votes for the second choice
            QCOMPARE(runner.chosen(q->id), std::optional<QString>(q->choices.at(1).id));
        }
        if (const auto* r = runner.revealing()) {
            revealed = true;
            const auto answer = runner.answer(r->id);
            QVERIFY2(answer, "the reveal computes its answer from the run");
            QVERIFY(r->has_choice(*answer));
            // .NET's pooling builder throws on the second await (the lab ran it just now).
            if (r->id == QLatin1String("pooling"))
                QCOMPARE(*answer, QStringLiteral("exception"));
            QVERIFY(
                runner.narration().contains(runner.chosen(r->id) == answer ? "correct" : "not"));
        }
        if (runner.at_end())
            break;
        const int before = runner.index();
        key(window, guard % 2 ? Qt::Key_Space : Qt::Key_Right);
        QVERIFY(driver->wait_settled());
        QCOMPARE(runner.index(), before + 1);
    }
    QVERIFY(runner.at_end());
    QVERIFY(asked);
    QVERIFY(revealed);

    // ← back, Home, End.
    key(window, Qt::Key_Left);
    QCOMPARE(runner.index(), runner.count() - 2);
    key(window, Qt::Key_Home);
    QVERIFY(driver->wait_settled());
    QCOMPARE(runner.index(), 0);
    key(window, Qt::Key_End);
    QVERIFY(driver->wait_settled());
    QCOMPARE(runner.index(), runner.count() - 1);

    // B blanks, Esc un-blanks, Esc leaves and restores everything.
    key(window, Qt::Key_B);
    QVERIFY(presenter->blanked());
    key(window, Qt::Key_Escape);
    QVERIFY(!presenter->blanked());
    QVERIFY(presenter->active());
    key(window, Qt::Key_Escape);
    QVERIFY(!presenter->active());
    QCOMPARE(ui_palette::theme(), theme_before);
    QCOMPARE(window.text_scale(), scale_before);
    QVERIFY(window.menuBar()->isVisible());
    QVERIFY(window.tabs()->tabBar()->isVisible());
    presenter->close_lesson();
    QVERIFY(!presenter->driver());
}

// Lesson 01 runs the engine. Going back shows the figures measured the first time, and going
// forward again does not start another run.
void TestLessonsApp::backRestoresWhatTheClassSawWithoutRunningAgain() {
    MainWindow window;
    auto* presenter = new PresenterMode(window);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(presenter->open_lesson(QStringLiteral("01-why-valuetask")));
    LessonRunner& runner = presenter->driver()->runner();
    int runs = 0;
    connect(window.controller(), &vtl::models::EngineController::runStarted, this,
            [&runs] { ++runs; });
    // Forward to the first step that measured something.
    int measured = -1;
    while (!runner.at_end()) {
        QVERIFY(presenter->driver()->wait_settled());
        runner.next();
        QVERIFY(presenter->driver()->wait_settled());
        if (runs > 0) {
            measured = runner.index();
            break;
        }
    }
    QVERIFY2(measured >= 0, "lesson 01 runs the engine");
    const QString narration = runner.narration();
    const int runs_then = runs;
    QVERIFY(!runner.at_end());
    runner.next();
    QVERIFY(presenter->driver()->wait_settled());
    runner.back();
    QVERIFY(presenter->driver()->wait_settled());
    QCOMPARE(runner.index(), measured);
    QCOMPARE(runner.narration(), narration);                // the same figures, measured then
    QCOMPARE(runs, runs_then + (runs > runs_then ? 1 : 0)); // at most the next step's own run
    presenter->close_lesson();
}

void TestLessonsApp::lessonsMenuListsTheShippedLessons() {
    MainWindow window;
    auto* presenter = new PresenterMode(window);
    QVERIFY(presenter->lessons_menu());
    int lessons = 0;
    for (QAction* a : presenter->lessons_menu()->actions())
        if (a->objectName().startsWith(QLatin1String("lesson_")))
            ++lessons;
    QCOMPARE(lessons, int(vtl::models::shipped_lesson_paths().size()));
    // Help → Keyboard shortcuts lists the window's actions (presenter mode's F11 included) and
    // the presenter keys.
    const QString keys = vtl::app::shortcuts_html(window);
    for (const char* k : {"F11", "F5", "Presenter mode", "Esc", "Home / End", "Ctrl+E"})
        QVERIFY2(keys.contains(QLatin1String(k)), k);
    // A broken lesson file: an error naming line and column, nothing opened.
    const QString bad = dir_.filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        "{\n  \"format\": 1,\n  \"id\": \"x\",\n  \"title\": \"t\",\n  \"steps\": [ { \"view\": "
        "\"nowhere\" } ]\n}\n");
    f.close();
    QVERIFY(!presenter->open_lesson(bad));
    QVERIFY(!presenter->driver());
    QVERIFY2(presenter->last_error().contains(QRegularExpression(QStringLiteral(":\\d+:\\d+: "))),
             qPrintable(presenter->last_error()));
}

void TestLessonsApp::handoutHasOnePagePerStep() {
    const auto r = vtl::app::load_app_lesson(QStringLiteral("03-awaiting-twice"));
    QVERIFY(r.lesson);
    const QString pdf = dir_.filePath(QStringLiteral("handout.pdf"));
    QString error;
    QVERIFY2(vtl::app::export_handout(*r.lesson, pdf, QSize(1280, 800), &error), qPrintable(error));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    const int pages = int(bytes.count("/Type /Page\n") + bytes.count("/Type /Page ") +
                          bytes.count("/Type /Page/") + bytes.count("/Type /Page>"));
    QCOMPARE(pages, int(r.lesson->steps.size()));
}

void TestLessonsApp::lessonCheckReportsLineAndColumn() {
    const QString bad = dir_.filePath(QStringLiteral("typo.json"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\n  \"format\": 1,\n  \"id\": \"typo\",\n  \"title\": \"t\",\n  \"steps\": [\n"
            "    { \"titel\": \"x\" }\n  ]\n}\n");
    f.close();
    const CliResult r = run_cli({QStringLiteral("lesson"), QStringLiteral("check"), bad});
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(QRegularExpression(QStringLiteral("typo\\.json:6:\\d+: "))),
             qPrintable(r.err));
    const CliResult good =
        run_cli({QStringLiteral("lesson"), QStringLiteral("check"),
                 QStringLiteral(VTL_SOURCE_DIR "/resources/lessons/02-async-path.json")});
    QCOMPARE(good.status, 0);
    QVERIFY2(good.out.contains(QLatin1String(": ok, ")), qPrintable(good.out + good.err));
}

void TestLessonsApp::lessonListAndExportFromTheCommandLine() {
    const CliResult list = run_cli({QStringLiteral("lesson"), QStringLiteral("list")});
    QCOMPARE(list.status, 0);
    for (const QString& path : vtl::models::shipped_lesson_paths())
        QVERIFY2(list.out.contains(QFileInfo(path).completeBaseName()), qPrintable(list.out));
    const QString pdf = dir_.filePath(QStringLiteral("cli.pdf"));
    const CliResult exported =
        run_cli({QStringLiteral("lesson"), QStringLiteral("export"),
                 QStringLiteral("03-awaiting-twice"), QStringLiteral("--out"), pdf});
    QVERIFY2(exported.status == 0, qPrintable(exported.err));
    QVERIFY(QFileInfo(pdf).size() > 10'000);
    const CliResult unwritable = run_cli(
        {QStringLiteral("lesson"), QStringLiteral("export"), QStringLiteral("03-awaiting-twice"),
         QStringLiteral("--out"), QStringLiteral("/proc/no/such/dir/x.pdf")});
    QCOMPARE(unwritable.status, 1);
    QVERIFY(!unwritable.err.isEmpty());
}

// Issue 13: a Japanese or Russian UI shows the lessons in its language (the Lessons menu, the
// lesson opened, the handout's source), English otherwise; an overlay opened as a file runs in
// its own language.
void TestLessonsApp::lessonsFollowTheUiLanguage() {
    const QString id = QStringLiteral("01-why-valuetask");
    const auto english =
        vtl::models::load_lesson(vtl::app::lesson_path(id), vtl::app::lesson_schema());
    QVERIFY(english.lesson);
    for (const QString& lang : {QStringLiteral("ja"), QStringLiteral("ru"), QStringLiteral("en")}) {
        vtl::app::apply_language(lang);
        const auto r = vtl::app::load_app_lesson(id);
        QVERIFY(r.lesson);
        QCOMPARE(r.lesson->lang, lang == QLatin1String("en") ? QString() : lang);
        QCOMPARE(r.lesson->title != english.lesson->title, lang != QLatin1String("en"));
        QCOMPARE(r.lesson->steps.size(), english.lesson->steps.size());
        MainWindow window;
        auto* presenter = new PresenterMode(window);
        QAction* item =
            presenter->lessons_menu()->findChild<QAction*>(QStringLiteral("lesson_") + id);
        if (!item)
            for (QAction* a : presenter->lessons_menu()->actions())
                if (a->objectName() == QStringLiteral("lesson_") + id)
                    item = a;
        QVERIFY(item);
        QCOMPARE(item->text(), r.lesson->title);
        QVERIFY(presenter->open_lesson(id));
        QCOMPARE(presenter->driver()->runner().lesson().title, r.lesson->title);
        presenter->close_lesson();
    }
    QCOMPARE(vtl::app::current_language(), QString("en"));
    const auto overlay = vtl::app::load_app_lesson(
        QStringLiteral(VTL_SOURCE_DIR "/resources/lessons/ru/02-async-path.json"));
    QVERIFY(overlay.lesson);
    QCOMPARE(overlay.lesson->lang, QString("ru"));
    QCOMPARE(overlay.lesson->id, QString("02-async-path"));
}

void TestLessonsApp::lessonCheckTakesTranslations() {
    // An original: its overlays beside it are checked too.
    const CliResult original =
        run_cli({QStringLiteral("lesson"), QStringLiteral("check"),
                 QStringLiteral(VTL_SOURCE_DIR "/resources/lessons/03-awaiting-twice.json")});
    QCOMPARE(original.status, 0);
    QVERIFY2(original.out.contains(QLatin1String("ja/03-awaiting-twice.json: ok, ja translation")),
             qPrintable(original.out + original.err));
    QVERIFY2(original.out.contains(QLatin1String("ru/03-awaiting-twice.json: ok, ru translation")),
             qPrintable(original.out + original.err));
    // A shipped lesson by id: the shipped overlays.
    const CliResult by_id = run_cli({QStringLiteral("lesson"), QStringLiteral("check"),
                                     QStringLiteral("04-pooling-and-its-limits")});
    QCOMPARE(by_id.status, 0);
    QVERIFY2(by_id.out.contains(QLatin1String(":/lessons/ja/04-pooling-and-its-limits.json: ok")),
             qPrintable(by_id.out + by_id.err));
    // An overlay: checked against its original.
    const CliResult overlay =
        run_cli({QStringLiteral("lesson"), QStringLiteral("check"),
                 QStringLiteral(VTL_SOURCE_DIR
                                "/resources/lessons/ja/05-seeds-against-measurements.json")});
    QCOMPARE(overlay.status, 0);
    QVERIFY2(overlay.out.contains(
                 QLatin1String("ok, ja translation of 05-seeds-against-measurements, 9 steps")),
             qPrintable(overlay.out + overlay.err));
    // A broken overlay with no original beside it: checked against the shipped one, the lost
    // figure reported at its line and column.
    QFile in(QStringLiteral(VTL_SOURCE_DIR "/resources/lessons/ru/02-async-path.json"));
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray text = in.readAll();
    const QByteArray figure = " через {scenario.miss_latency}";
    QVERIFY(text.contains(figure));
    text.replace(figure, "");
    QVERIFY(QDir(dir_.path()).mkpath(QStringLiteral("tr/ru")));
    const QString bad = dir_.filePath(QStringLiteral("tr/ru/02-async-path.json"));
    QFile out(bad);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text);
    out.close();
    const CliResult broken = run_cli({QStringLiteral("lesson"), QStringLiteral("check"), bad});
    QCOMPARE(broken.status, 2);
    QVERIFY2(broken.err.contains(QRegularExpression(
                 QStringLiteral("02-async-path\\.json:\\d+:\\d+: \\{scenario\\.miss_latency\\} "
                                "missing"))),
             qPrintable(broken.err));
}

VTL_QTEST_MAIN(test_app_lessons, TestLessonsApp)
#include "test_lessons_app.moc"
