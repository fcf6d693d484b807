// Lessons in Japanese and Russian (issue 13): every shipped lesson has a ja and a ru overlay
// that passes the check against its original; every kind of drift a translator can make (id,
// step count, choice ids, {placeholders}) is reported with line:column; lesson_in_language()
// picks the overlay, or the original when there is none or it is broken; and a lesson runs end
// to end in Japanese through the runner with every figure filled.
#include "lesson_engine_host.hpp"
#include "models/lessons/lesson.hpp"
#include "models/lessons/lesson_facts.hpp"
#include "models/lessons/lesson_runner.hpp"
#include "workload/await_twice_lab.hpp"

#include "harness/qtest_suite.hpp"
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace vtl;
using namespace vtl::models;

namespace {

// What the app exposes (app/presenter/lesson_schema.cpp), so the shipped lessons check here.
LessonSchema app_schema() {
    LessonSchema s;
    s.views = {"main", "claims", "paths", "await-twice"};
    s.regions["main"] = {"latency-percentiles", "latency-histogram", "allocations", "gc-model"};
    s.regions["claims"] = {"table", "status"};
    s.regions["paths"] = {"diagram", "code"};
    for (workload::AwaitTwiceCase c : workload::all_await_twice_cases)
        s.regions["await-twice"] << QString::fromLatin1(to_string(c));
    return s;
}

const char* const original_json = R"json({
  "format": 1, "id": "t", "title": "T", "summary": "S",
  "steps": [
    {"title": "one", "view": "main", "scenario": {"hit_rate": 1, "calls": 100},
     "narration": ["hits {scenario.hit_rate_percent}", "of {scenario.calls}"]},
    {"title": "ask",
     "predict": {"id": "p", "question": "fewer allocations?",
                 "choices": [{"id": "task", "text": "Task"}, {"id": "valuetask", "text": "VT"}],
                 "answer": {"lowest": "allocs_per_op", "among": ["task", "valuetask"]}},
     "narration": "think"},
    {"title": "run", "engine": "run", "reveal": "p",
     "narration": "answer {prediction.p.answer}"}
  ]
})json";

// A correct Japanese overlay of original_json; the tests break it one way at a time.
const char* const overlay_json = R"json({
  "format": 1, "id": "t", "lang": "ja", "title": "テ", "summary": "概要",
  "steps": [
    {"title": "一", "narration": ["ヒット {scenario.hit_rate_percent}。", "呼び出し {scenario.calls}"]},
    {"title": "問",
     "predict": {"question": "割り当てが少ないのは？",
                 "choices": [{"id": "valuetask", "text": "ValueTask"}, {"id": "task", "text": "タスク"}]},
     "narration": "考えて"},
    {"title": "実行", "narration": "答え {prediction.p.answer}"}
  ]
})json";

Lesson original() {
    const LessonParseResult r = parse_lesson(original_json, app_schema(), "t.json");
    for (const LessonIssue& i : r.issues)
        qWarning() << i.text("original");
    return *r.lesson;
}

QString issues_text(const LessonParseResult& r) {
    QStringList lines;
    for (const LessonIssue& i : r.issues)
        lines << QStringLiteral("%1:%2 %3").arg(i.line).arg(i.column).arg(i.message);
    return lines.join('\n');
}

// The overlay with `from` replaced by `to` (once), parsed against original().
LessonParseResult broken(const char* from, const char* to) {
    QByteArray json(overlay_json);
    const qsizetype at = json.indexOf(from);
    if (at < 0)
        qFatal("test overlay has no '%s'", from);
    json.replace(at, qsizetype(qstrlen(from)), to);
    return parse_lesson_translation(original(), json, "ja/t.json");
}

bool has_issue(const LessonParseResult& r, int line, int column, const QString& part) {
    for (const LessonIssue& i : r.issues)
        if (i.line == line && i.column == column && i.message.contains(part))
            return true;
    return false;
}

bool write(const QString& path, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

bool has_cjk(const QString& s) {
    for (QChar c : s)
        if (c.unicode() >= 0x3040 && c.unicode() <= 0x9fff)
            return true;
    return false;
}

bool has_cyrillic(const QString& s) {
    for (QChar c : s)
        if (c.unicode() >= 0x0400 && c.unicode() <= 0x04ff)
            return true;
    return false;
}

} // namespace

class TestLessonTranslations : public QObject {
    Q_OBJECT
private slots:
    void shipped_lesson_paths_are_the_originals_only() {
        const QStringList paths = shipped_lesson_paths();
        QCOMPARE(paths.size(), 5);
        for (const QString& p : paths) {
            QVERIFY2(QFileInfo(p).absolutePath() == QLatin1String(":/lessons"), qPrintable(p));
            QVERIFY(!is_lesson_translation([&] {
                QFile f(p);
                return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
            }()));
        }
        QVERIFY(QFile::exists(":/lessons/ja/01-why-valuetask.json")); // compiled in, not listed
    }

    void every_shipped_lesson_has_a_checked_ja_and_ru_translation() {
        for (const QString& path : shipped_lesson_paths()) {
            const LessonParseResult r = load_lesson(path, app_schema());
            QVERIFY2(r.lesson, qPrintable(path));
            const Lesson& en = *r.lesson;
            QCOMPARE(lesson_translation_paths(en),
                     (QStringList{":/lessons/ja/" + en.id + ".json",
                                  ":/lessons/ru/" + en.id + ".json"}));
            for (const QString& lang : {QStringLiteral("ja"), QStringLiteral("ru")}) {
                const QString overlay = lesson_translation_path(en, lang);
                const LessonParseResult t = load_lesson_translation(en, overlay);
                for (const LessonIssue& i : t.issues)
                    qWarning() << i.text(overlay);
                QVERIFY2(t.lesson, qPrintable(overlay));
                const Lesson& l = *t.lesson;
                QCOMPARE(l.lang, lang);
                QCOMPARE(l.id, en.id);
                QCOMPARE(l.steps.size(), en.steps.size());
                const auto native = lang == QLatin1String("ja") ? has_cjk : has_cyrillic;
                QVERIFY2(native(l.title) && native(l.summary), qPrintable(overlay));
                for (int n = 0; n < l.steps.size(); ++n) {
                    const LessonStep& s = l.steps[n];
                    const LessonStep& o = en.steps[n];
                    const QString where = QStringLiteral("%1 step %2").arg(overlay).arg(n + 1);
                    QVERIFY2(native(s.title), qPrintable(where));
                    QVERIFY2(o.narration.isEmpty() || native(s.narration), qPrintable(where));
                    // What drives the app is the original's.
                    QCOMPARE(s.scenario, o.scenario);
                    QCOMPARE(s.view, o.view);
                    QCOMPARE(s.engine, o.engine);
                    QCOMPARE(s.highlight, o.highlight);
                    QCOMPARE(s.reveal, o.reveal);
                    QCOMPARE(bool(s.predict), bool(o.predict));
                    if (s.predict) {
                        QVERIFY2(native(s.predict->question), qPrintable(where));
                        QCOMPARE(s.predict->choices.size(), o.predict->choices.size());
                        for (int c = 0; c < s.predict->choices.size(); ++c)
                            QCOMPARE(s.predict->choices[c].id, o.predict->choices[c].id);
                        QCOMPARE(s.predict->among, o.predict->among);
                        QCOMPARE(s.predict->fact, o.predict->fact);
                    }
                    // Code names stay as they are.
                    for (const char* name : {"Task<T>", "ValueTask<T>", "CA2012",
                                             "InvalidOperationException", "GetResult"})
                        QCOMPARE(s.narration.count(name) > 0, o.narration.count(name) > 0);
                }
            }
        }
    }

    void a_correct_overlay_translates_only_the_text() {
        const LessonParseResult r = parse_lesson_translation(original(), overlay_json, "x.json");
        QVERIFY2(r.lesson, qPrintable(issues_text(r)));
        const Lesson& l = *r.lesson;
        QCOMPARE(l.lang, QString("ja"));
        QCOMPARE(l.title, QString("テ"));
        // Japanese lines run on without a space after "。".
        QCOMPARE(l.steps[0].narration, QString("ヒット {scenario.hit_rate_percent}。呼び出し "
                                               "{scenario.calls}"));
        QCOMPARE(l.steps[0].view, QString("main"));
        QCOMPARE(l.steps[0].scenario.size(), 2);
        // Choices keep the original's order (keys 1–9), with the overlay's text by id.
        QCOMPARE(l.steps[1].predict->choices[0].id, QString("task"));
        QCOMPARE(l.steps[1].predict->choices[0].text, QString("タスク"));
        QCOMPARE(l.steps[1].predict->choices[1].text, QString("ValueTask"));
        QCOMPARE(l.steps[1].predict->id, QString("p"));
        QCOMPARE(l.steps[2].reveal, QString("p"));
        QCOMPARE(l.steps[2].engine, LessonEngineAction::run);
    }

    void the_id_must_be_the_originals() {
        const LessonParseResult r = broken(R"("id": "t")", R"("id": "u")");
        QVERIFY(!r.lesson);
        QVERIFY2(has_issue(r, 2, 22, "'id' is 'u' but the original lesson is 't'"),
                 qPrintable(issues_text(r)));
    }

    void every_step_in_the_same_order() {
        const LessonParseResult r = broken(R"(,
    {"title": "実行", "narration": "答え {prediction.p.answer}"})",
                                           "");
        QVERIFY(!r.lesson);
        QVERIFY2(has_issue(r, 3, 3, "2 steps, but the original has 3"), qPrintable(issues_text(r)));
    }

    void a_missing_and_an_extra_choice() {
        const LessonParseResult r =
            broken(R"({"id": "task", "text": "タスク"})", R"({"id": "pooled", "text": "プール"})");
        QVERIFY(!r.lesson);
        QVERIFY2(has_issue(r, 7, 79,
                           "choice 'pooled' is not in the original (choices: task, "
                           "valuetask)"),
                 qPrintable(issues_text(r)));
        QVERIFY2(has_issue(r, 7, 18, "choice 'task' is missing"), qPrintable(issues_text(r)));
    }

    void a_lost_placeholder_and_an_invented_one() {
        const LessonParseResult lost = broken("呼び出し {scenario.calls}", "呼び出し");
        QVERIFY(!lost.lesson);
        QVERIFY2(has_issue(lost, 4, 33, "{scenario.calls} missing"), qPrintable(issues_text(lost)));
        const LessonParseResult invented =
            broken("答え {prediction.p.answer}", "答え {prediction.p.answer} {task.allocs}");
        QVERIFY(!invented.lesson);
        QVERIFY2(has_issue(invented, 9, 34, "{task.allocs} not in the original"),
                 qPrintable(issues_text(invented)));
        // A renamed figure is both.
        const LessonParseResult renamed = broken("{prediction.p.answer}", "{prediction.p.chosen}");
        QCOMPARE(renamed.issues.size(), 2);
    }

    void a_question_keeps_its_predict_and_nothing_else() {
        const LessonParseResult r =
            broken(R"("title": "問",)", R"("title": "問", "view": "main",)");
        QVERIFY(!r.lesson);
        QVERIFY2(has_issue(r, 5, 20, "unknown key 'view'"), qPrintable(issues_text(r)));
        const LessonParseResult extra =
            broken(R"({"title": "実行", )",
                   R"({"title": "実行", "predict": {"question": "?", "choices": []}, )");
        QVERIFY2(has_issue(extra, 9, 21, "the original step asks nothing"),
                 qPrintable(issues_text(extra)));
    }

    void lang_must_match_its_folder() {
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath("ru/t.json"), overlay_json));
        const LessonParseResult r = load_lesson_translation(original(), dir.filePath("ru/t.json"));
        QVERIFY(!r.lesson);
        QVERIFY2(has_issue(r, 2, 35, "'lang' is 'ja' but the file is in the folder 'ru'"),
                 qPrintable(issues_text(r)));
    }

    void lesson_in_language_picks_the_overlay_or_the_original() {
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath("t.json"), original_json));
        QVERIFY(write(dir.filePath("ja/t.json"), overlay_json));
        QByteArray ru(overlay_json);
        ru.replace("\"lang\": \"ja\"", "\"lang\": \"ru\"");
        ru.replace("呼び出し {scenario.calls}", "вызовов"); // loses a figure: broken
        QVERIFY(write(dir.filePath("ru/t.json"), ru));
        const LessonParseResult r = load_lesson(dir.filePath("t.json"), app_schema());
        QVERIFY(r.lesson);
        QCOMPARE(lesson_translation_paths(*r.lesson),
                 (QStringList{dir.filePath("ja/t.json"), dir.filePath("ru/t.json")}));
        QCOMPARE(lesson_translation_original(dir.filePath("ja/t.json"), "t"),
                 dir.filePath("t.json"));

        const Lesson ja = lesson_in_language(*r.lesson, "ja");
        QCOMPARE(ja.lang, QString("ja"));
        QCOMPARE(ja.title, QString("テ"));
        QCOMPARE(ja.steps[1].predict->question, QString("割り当てが少ないのは？"));

        QList<LessonIssue> issues;
        const Lesson ru_lesson = lesson_in_language(*r.lesson, "ru", &issues);
        QCOMPARE(ru_lesson.lang, QString()); // all English, not half Russian
        QCOMPARE(ru_lesson.title, QString("T"));
        QCOMPARE(ru_lesson.steps[0].narration, r.lesson->steps[0].narration);
        QVERIFY(!issues.isEmpty());

        QCOMPARE(lesson_in_language(*r.lesson, "en").title, QString("T"));
        QCOMPARE(lesson_in_language(*r.lesson, "fr").title, QString("T")); // no overlay

        // The shipped ones, by the same rule.
        const LessonParseResult shipped =
            load_lesson(":/lessons/03-awaiting-twice.json", app_schema());
        QVERIFY(shipped.lesson);
        QCOMPARE(lesson_in_language(*shipped.lesson, "ja").lang, QString("ja"));
        QCOMPARE(lesson_in_language(*shipped.lesson, "ru").lang, QString("ru"));
        QCOMPARE(lesson_in_language(*shipped.lesson, "en").lang, QString());
    }

    // The first lesson, in Japanese, driven to its end through the runner and the real engine:
    // every step's narration is Japanese and every figure of the original is filled from this
    // run (no "{…}" left, none printed as "—").
    void runs_a_lesson_end_to_end_in_japanese() {
        const LessonParseResult en = load_lesson(":/lessons/01-why-valuetask.json", app_schema());
        QVERIFY(en.lesson);
        const Lesson ja = lesson_in_language(*en.lesson, "ja");
        QCOMPARE(ja.lang, QString("ja"));
        EngineHost host;
        LessonRunner runner(ja, host);
        runner.start();
        for (int n = 0; n < runner.count(); ++n) {
            if (n > 0)
                runner.next();
            QCOMPARE(runner.index(), n);
            QVERIFY(!runner.busy());
            if (const LessonPrediction* p = runner.asking())
                QVERIFY(runner.predict(p->choices.first().id));
            const QString text = runner.narration();
            const QString where = QStringLiteral("step %1: %2").arg(n + 1).arg(text);
            QVERIFY2(has_cjk(text), qPrintable(where));
            QVERIFY2(!QRegularExpression("\\{[a-z_]").match(text).hasMatch(), qPrintable(where));
            for (const QString& key : narration_placeholders(en.lesson->steps[n].narration)) {
                const LessonFacts::Fact* f = runner.facts().find(key);
                QVERIFY2(f && f->text != LessonFacts::not_measured(),
                         qPrintable(key + " — " + where));
                QVERIFY2(text.contains(f->text), qPrintable(key + " — " + where));
            }
        }
        QVERIFY(runner.at_end());
        QVERIFY(runner.answer("hit-allocs"));
        host.engine.cancel();
    }
};

VTL_QTEST_GUILESS_MAIN(test_models_lesson_translations, TestLessonTranslations)
#include "test_lesson_translations.moc"
