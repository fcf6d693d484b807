// Issue 12 in the application: every shipped lesson passes the checker with the app's views
// and regions; presenter mode driven with key events as a teacher would (F11, Space, 1, →, ←,
// End, Home, B, Esc), each step's state asserted from the window, the runner and its facts; a
// handout written with one page per step.
#include "app/main_window.hpp"
#include "app/presenter/lesson_band.hpp"
#include "app/presenter/lesson_driver.hpp"
#include "app/presenter/lesson_handout.hpp"
#include "app/presenter/lesson_schema.hpp"
#include "app/presenter/presenter_mode.hpp"
#include "models/engine/engine_controller.hpp"
#include "widgets/common/ui_palette.hpp"

#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolBar>
#include <QtTest>

using namespace vtl;
using namespace vtl::app;

namespace {

const char* const small_lesson = R"json({
  "format": 1, "id": "small", "title": "Small", "summary": "S",
  "steps": [
    {"title": "one", "view": "main",
     "scenario": {"strategies": "task,valuetask", "hit_rate": 1, "calls": 4000,
                  "concurrency": 4, "clock": "skip_idle"},
     "narration": "{scenario.calls} calls"},
    {"title": "ask",
     "predict": {"id": "p", "question": "fewer allocations?",
                 "choices": [{"id": "task", "text": "Task"}, {"id": "valuetask", "text": "VT"}],
                 "answer": {"lowest": "allocs_per_op", "among": ["task", "valuetask"]}},
     "narration": "think"},
    {"title": "run", "engine": "run", "reveal": "p", "highlight": "allocations",
     "narration": "task {task.allocs} valuetask {valuetask.allocs}: {prediction.p.verdict}"},
    {"title": "lab", "view": "await-twice", "await_twice": "pooling_builder",
     "highlight": "pooling_builder", "narration": "{await_twice.pooling_builder.headline}"}
  ]
})json";

void key(QWidget* w, Qt::Key k) {
    QTest::keyClick(w, k);
    QCoreApplication::processEvents();
}

} // namespace

class TestLessonsApp : public QObject {
    Q_OBJECT
private slots:
    void every_shipped_lesson_passes_check() {
        const QStringList paths = models::shipped_lesson_paths();
        QVERIFY(paths.size() >= 5);
        for (const QString& path : paths) {
            const models::LessonParseResult r = models::load_lesson(path, lesson_schema());
            QStringList problems;
            for (const models::LessonIssue& i : r.issues)
                problems << i.text(path);
            QVERIFY2(r.lesson, qPrintable(problems.join('\n')));
            QCOMPARE(r.lesson->id, QFileInfo(path).completeBaseName());
            QVERIFY(r.lesson->steps.size() >= 5);
        }
    }

    void every_region_exists_in_the_window() {
        MainWindowOptions o;
        o.use_settings = false;
        MainWindow w(o);
        const models::LessonSchema s = lesson_schema();
        for (auto it = s.regions.begin(); it != s.regions.end(); ++it) {
            QVERIFY2(s.views.contains(it.key()), qPrintable(it.key()));
            for (const QString& region : it.value())
                QVERIFY2(lesson_region_widget(w, it.key(), region),
                         qPrintable(it.key() + "/" + region));
        }
    }

    void presenter_mode_driven_with_keys() {
        MainWindowOptions o;
        o.use_settings = false;
        MainWindow w(o);
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* pm = new PresenterMode(w);
        QCOMPARE(PresenterMode::of(w), pm);
        const auto r = models::parse_lesson(small_lesson, lesson_schema());
        QVERIFY(r.lesson);
        QVERIFY(pm->open_lesson(*r.lesson));
        models::LessonRunner& runner = pm->driver()->runner();
        QCOMPARE(runner.index(), 0);
        QCOMPARE(w.current_view(), QString("main"));
        QCOMPARE(w.scenario().calls, 4000u);
        QCOMPARE(pm->band()->narration()->text(), QString("4000 calls"));

        const double scale_before = w.text_scale();
        key(&w, Qt::Key_F11); // the action's shortcut
        if (!pm->active())
            pm->presenter_action()->trigger(); // offscreen: shortcuts need an active window
        QVERIFY(pm->active());
        QCOMPARE(widgets::ui_palette::theme(), widgets::ui_palette::Theme::projector);
        QVERIFY(w.text_scale() >= 1.6);
        QVERIFY(!w.menuBar()->isVisible());
        QVERIFY(!w.tabs()->tabBar()->isVisible());
        QVERIFY(w.windowState() & Qt::WindowFullScreen);
        QVERIFY(pm->band()->isVisible());
        QCOMPARE(pm->band()->counter()->text(), QString("Step 1 / 4"));

        key(&w, Qt::Key_Space); // the question
        QCOMPARE(runner.index(), 1);
        QCOMPARE(pm->band()->choices().size(), 2);
        QVERIFY(pm->band()->question()->isVisible());
        key(&w, Qt::Key_1); // the class says Task<T>
        QCOMPARE(*runner.chosen("p"), QString("task"));
        QVERIFY(pm->band()->choices().at(0)->isChecked());

        key(&w, Qt::Key_Right); // run and reveal
        QVERIFY(pm->driver()->wait_settled(120'000));
        QCOMPARE(runner.index(), 2);
        QCOMPARE(w.controller()->engine_state(), workload::EngineState::finished);
        const workload::EngineSnapshot& snap = w.controller()->snapshot();
        std::uint64_t task_allocs = 0, vt_allocs = 0;
        for (const auto& s : snap.strategies)
            (s.strategy == workload::Strategy::task ? task_allocs : vt_allocs) = s.allocs;
        QCOMPARE(*runner.answer("p"),
                 vt_allocs < task_allocs ? QString("valuetask") : QString("task"));
        QVERIFY(pm->driver()->highlighted());
        QCOMPARE(pm->driver()->highlighted()->objectName(), QString("allocations"));
        QVERIFY(pm->band()->narration()->text().startsWith(
            QString("task %1 valuetask %2")
                .arg(runner.facts().find("task.allocs")->text,
                     runner.facts().find("valuetask.allocs")->text)));
        QVERIFY(pm->band()->question()->text().contains("predicted: Task"));

        key(&w, Qt::Key_Left);
        QCOMPARE(runner.index(), 1);
        key(&w, Qt::Key_End);
        QCOMPARE(runner.index(), 3);
        QCOMPARE(w.current_view(), QString("await-twice"));
        QVERIFY(pm->band()->narration()->text().size() > 3);
        QVERIFY(!pm->band()->narration()->text().contains("—"));
        key(&w, Qt::Key_Home);
        QCOMPARE(runner.index(), 0);
        QCOMPARE(w.current_view(), QString("main"));

        key(&w, Qt::Key_B);
        QVERIFY(pm->blanked());
        key(&w, Qt::Key_B);
        QVERIFY(!pm->blanked());
        key(&w, Qt::Key_B);
        key(&w, Qt::Key_Escape); // first Esc: unblank
        QVERIFY(!pm->blanked());
        QVERIFY(pm->active());
        key(&w, Qt::Key_Escape);
        QVERIFY(!pm->active());
        QVERIFY(widgets::ui_palette::theme() != widgets::ui_palette::Theme::projector);
        QCOMPARE(w.text_scale(), scale_before);
        QVERIFY(w.menuBar()->isVisible());
        QVERIFY(!(w.windowState() & Qt::WindowFullScreen));
        pm->close_lesson();
        QVERIFY(!pm->driver());
    }

    void handout_has_one_page_per_step() {
        const auto r = models::parse_lesson(small_lesson, lesson_schema());
        QVERIFY(r.lesson);
        QTemporaryDir dir;
        const QString pdf = dir.filePath("h.pdf");
        QString error;
        QVERIFY2(export_handout(*r.lesson, pdf, QSize(1024, 700), &error), qPrintable(error));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QVERIFY(data.startsWith("%PDF"));
        const int pages = int(data.count("/Type /Page\n")) + int(data.count("/Type /Page ")) +
                          int(data.count("/Type /Page>"));
        QVERIFY2(pages == 4 || data.contains("/Count 4"), qPrintable(QString::number(pages)));
    }
};

QTEST_MAIN(TestLessonsApp)
#include "test_lessons_app.moc"
