// Lessons as data (issue 12): the checker reports every problem with line:column, and a
// LessonRunner drives a lesson end to end — next, back, predict, reveal, end — through a host
// that runs the real engine and the real await-twice lab; each step's promised state is
// asserted from the runner and the facts it measured, never from canned numbers.
#include "lesson_engine_host.hpp"
#include "models/lessons/lesson.hpp"
#include "models/lessons/lesson_facts.hpp"
#include "models/lessons/lesson_runner.hpp"
#include "workload/engine.hpp"

#include "harness/qtest_suite.hpp"
#include <QTest>

using namespace vtl;
using namespace vtl::models;

namespace {

LessonSchema schema() {
    LessonSchema s;
    s.views = {"main", "claims", "paths", "await-twice"};
    s.regions["main"] = {"allocations", "latency-percentiles"};
    s.regions["await-twice"] = {"pooling_builder", "sync_result"};
    return s;
}

const char* const end_to_end = R"json({
  "format": 1, "id": "t", "title": "T", "summary": "S",
  "steps": [
    {"title": "one", "view": "main",
     "scenario": {"strategies": "task,valuetask", "hit_rate": 1, "calls": 3000,
                  "concurrency": 4, "clock": "skip_idle"},
     "narration": "hits {scenario.hit_rate_percent}"},
    {"title": "ask",
     "predict": {"id": "p", "question": "fewer allocations?",
                 "choices": [{"id": "task", "text": "Task"}, {"id": "valuetask", "text": "VT"}],
                 "answer": {"lowest": "allocs_per_op", "among": ["task", "valuetask"]}},
     "narration": "think"},
    {"title": "run", "engine": "run", "reveal": "p", "highlight": "allocations",
     "narration": "task {task.allocs} vt {valuetask.allocs} answer {prediction.p.answer} ({prediction.p.verdict})"
},
    {"title": "lab", "view": "await-twice",
     "predict": {"id": "q", "question": "second await?",
                 "choices": [{"id": "same_value", "text": "same"}, {"id": "exception", "text": "throws"}],
                 "answer": {"fact": "await_twice.pooling_builder.outcome"}},
     "narration": "predict"},
    {"title": "reveal", "await_twice": "pooling_builder", "highlight": "pooling_builder",
     "reveal": "q", "narration": "{await_twice.pooling_builder.outcome}: {prediction.q.verdict}"},
    {"title": "pause", "view": "main",
     "scenario": {"strategies": "valuetask", "calls": 200000, "hit_rate": 0.5},
     "engine": {"action": "run", "calls": 500}, "narration": "paused at {valuetask.calls}"},
    {"title": "step", "engine": {"action": "step", "calls": 2}, "narration": "now {valuetask.calls}"}
  ]
})json";

} // namespace

class TestLessons : public QObject {
    Q_OBJECT
private slots:
    void line_column_counts_characters() {
        const QByteArray t = "ab\n\xc3\xa9x\n";
        QCOMPARE(line_column(t, 0), qMakePair(1, 1));
        QCOMPARE(line_column(t, 3), qMakePair(2, 1));
        QCOMPARE(line_column(t, 5), qMakePair(2, 2)); // after 'é' (two bytes, one character)
    }

    void syntax_error_has_line_and_column() {
        const QByteArray t = "{\n  \"format\": 1,\n  \"id\": \"x\" \"title\": \"y\"\n}";
        const LessonParseResult r = parse_lesson(t, schema());
        QVERIFY(!r.lesson);
        QCOMPARE(r.issues.size(), 1);
        QCOMPARE(r.issues[0].line, 3);
        QVERIFY2(r.issues[0].column >= 12 && r.issues[0].column <= 14,
                 qPrintable(QString::number(r.issues[0].column)));
    }

    void every_semantic_problem_is_located() {
        const QByteArray t = R"json({
  "format": 1, "id": "x", "title": "y", "colour": 3,
  "steps": [
    {"title": "a", "view": "mian", "narration": "n"},
    {"title": "b", "scenario": {"hit_rat": 1, "calls": -5}, "narration": "n"},
    {"title": "c", "await_twice": "triple_await", "narration": "{task.allocs_per_op} {nope.x}"},
    {"title": "d", "view": "main", "highlight": "nowhere", "engine": "fly", "narration": "n"},
    {"title": "e", "predict": {"id": "p", "question": "q",
       "choices": [{"id": "works", "text": "w"}, {"id": "blue", "text": "b"}],
       "answer": {"fact": "await_twice.pooling_builder.outcome"}}},
    {"title": "f", "reveal": "p", "narration": "n"}
  ]
})json";
        const LessonParseResult r = parse_lesson(t, schema());
        QVERIFY(!r.lesson);
        QStringList got;
        for (const LessonIssue& i : r.issues)
            got << QStringLiteral("%1:%2 %3").arg(i.line).arg(i.column).arg(i.message);
        const auto has = [&](int line, const QString& part) {
            for (const LessonIssue& i : r.issues)
                if (i.line == line && i.message.contains(part))
                    return true;
            return false;
        };
        QVERIFY2(has(2, "unknown key 'colour'"), qPrintable(got.join('\n')));
        QVERIFY2(has(4, "unknown view 'mian'"), qPrintable(got.join('\n')));
        QVERIFY2(has(5, "unknown scenario key 'hit_rat'"), qPrintable(got.join('\n')));
        QVERIFY2(has(5, "calls"), qPrintable(got.join('\n')));
        QVERIFY2(has(6, "unknown await-twice case 'triple_await'"), qPrintable(got.join('\n')));
        QVERIFY2(has(6, "no step so far runs the engine"), qPrintable(got.join('\n')));
        QVERIFY2(has(6, "unknown source 'nope'"), qPrintable(got.join('\n')));
        QVERIFY2(has(7, "no region 'nowhere'"), qPrintable(got.join('\n')));
        QVERIFY2(has(7, "unknown engine action 'fly'"), qPrintable(got.join('\n')));
        QVERIFY2(has(9, "choice 'blue' is not an outcome"), qPrintable(got.join('\n')));
        QVERIFY2(has(9, "no choice is 'exception'"), qPrintable(got.join('\n')));
        QVERIFY2(has(11, "nothing runs case pooling_builder"), qPrintable(got.join('\n')));
        // The unknown key is reported at its own column.
        for (const LessonIssue& i : r.issues)
            if (i.message.contains("colour"))
                QCOMPARE(i.column, 41);
    }

    void a_reveal_without_a_question_and_a_question_never_revealed() {
        const QByteArray t = R"json({"format": 1, "id": "x", "title": "y", "steps": [
 {"title": "a", "reveal": "zz", "narration": "{prediction.zz.answer}"},
 {"title": "b", "predict": {"id": "p", "question": "q",
   "choices": [{"id": "task", "text": "t"}, {"id": "valuetask", "text": "v"}],
   "answer": {"lowest": "allocs_per_op", "among": ["task", "valuetask"]}}}
]})json";
        const LessonParseResult r = parse_lesson(t, schema());
        QStringList msgs;
        for (const LessonIssue& i : r.issues)
            msgs << i.message;
        QVERIFY(msgs.join('\n').contains("no earlier step asks prediction 'zz'"));
        QVERIFY(msgs.join('\n').contains("prediction 'p' is never revealed"));
    }

    void facts_fill_and_answers() {
        LessonFacts f;
        f.set("task.allocs_per_op", "1.00", 1.0);
        f.set("valuetask.allocs_per_op", "0.00", 0.0);
        QCOMPARE(f.fill("a {task.allocs_per_op} b {valuetask.p99_ns} {{x}"),
                 QString("a 1.00 b — {x}"));
        LessonPrediction p;
        p.rule = LessonPrediction::Rule::lowest;
        p.field = "allocs_per_op";
        p.among = {"task", "valuetask"};
        p.choices = {{"task", "T"}, {"valuetask", "V"}, {"same", "S"}};
        QCOMPARE(*f.answer(p), QString("valuetask"));
        f.set("valuetask.allocs_per_op", "0.99", 0.99);
        QCOMPARE(*f.answer(p), QString("same")); // within 2 %
        p.rule = LessonPrediction::Rule::highest;
        p.choices.removeLast();
        QCOMPARE(*f.answer(p), QString("task"));
        p.among << "pooled"; // not measured: no answer rather than a guess
        QVERIFY(!f.answer(p));
    }

    void drives_a_lesson_end_to_end() {
        const LessonParseResult r = parse_lesson(end_to_end, schema());
        for (const LessonIssue& i : r.issues)
            qWarning() << i.text("end_to_end");
        QVERIFY(r.lesson);
        EngineHost host;
        LessonRunner runner(*r.lesson, host);
        runner.start();
        QCOMPARE(runner.index(), 0);
        QCOMPARE(host.view, QString("main"));
        QCOMPARE(host.scenario.calls, 3000u);
        QCOMPARE(host.scenario.hit_rate, 1.0);
        QCOMPARE(runner.narration(),
                 QString("hits 100%")
                     .replace("100%", runner.facts().find("scenario.hit_rate_percent")->text));
        QCOMPARE(runner.counter(), QString("1 / 7"));

        runner.next(); // the question
        QCOMPARE(runner.index(), 1);
        QVERIFY(runner.asking());
        QCOMPARE(host.engine_actions, 0); // predict before anything runs
        QVERIFY(!runner.predict("pooled"));
        QVERIFY(runner.predict("task")); // the class predicts Task<T>

        runner.next(); // run and reveal
        QCOMPARE(runner.index(), 2);
        QVERIFY(!runner.busy());
        QCOMPARE(host.actions.value(0), LessonEngineAction::run);
        QCOMPARE(host.region, QString("allocations"));
        const workload::EngineSnapshot snap = host.engine.snapshot();
        QCOMPARE(snap.state, workload::EngineState::finished);
        std::uint64_t task_allocs = 0, vt_allocs = 0;
        for (const auto& s : snap.strategies)
            (s.strategy == workload::Strategy::task ? task_allocs : vt_allocs) = s.allocs;
        // The answer comes from the run: whichever strategy really allocated less.
        const QString expected = vt_allocs < task_allocs ? "valuetask" : "task";
        QCOMPARE(*runner.answer("p"), expected);
        QVERIFY(runner.narration().contains(
            QString("task %1").arg(runner.facts().find("task.allocs")->text)));
        QVERIFY(runner.narration().contains(expected == "task" ? "the prediction was right"
                                                               : "the prediction was not right"));
        QVERIFY(!runner.narration().contains("—"));

        runner.back(); // back shows the question again, nothing re-run
        QCOMPARE(runner.index(), 1);
        QCOMPARE(host.engine_actions, 1);
        QCOMPARE(*runner.chosen("p"), QString("task"));
        runner.next();
        QCOMPARE(host.engine_actions, 1); // forward onto a seen step: the measured figures
        QCOMPARE(*runner.answer("p"), expected);

        runner.next(); // await-twice question
        QCOMPARE(host.view, QString("await-twice"));
        QVERIFY(runner.predict("same_value"));
        runner.next(); // the lab runs pooling_builder in the core
        QVERIFY(host.lane);
        QCOMPARE(host.lane->which, workload::AwaitTwiceCase::pooling_builder);
        QCOMPARE(host.lane_frame, -1);
        QCOMPARE(host.region, QString("pooling_builder"));
        const QString outcome = QString::fromLatin1(to_string(host.lane->outcome));
        QCOMPARE(*runner.answer("q"), outcome);
        QCOMPARE(runner.narration(),
                 outcome + ": " +
                     (outcome == "same_value" ? "the prediction was right"
                                              : "the prediction was not right"));

        runner.end(); // pause at ~500 calls, then step two calls
        QCOMPARE(runner.index(), 6);
        QCOMPARE(host.actions.mid(1),
                 (QList<LessonEngineAction>{LessonEngineAction::run, LessonEngineAction::step}));
        const workload::EngineSnapshot paused = host.engine.snapshot();
        QCOMPARE(paused.state, workload::EngineState::paused);
        QVERIFY(paused.calls_done >= 502 && paused.calls_done < 200000);
        QCOMPARE(runner.narration(),
                 QString("now %1").arg(runner.facts().find("valuetask.calls")->text));
        QCOMPARE(runner.facts().find("valuetask.calls")->number, double(paused.calls_done));
        runner.back();
        QVERIFY(runner.narration().startsWith("paused at "));
        QVERIFY(runner.facts().find("valuetask.calls")->number < paused.calls_done);
        runner.home();
        QCOMPARE(runner.index(), 0);
        QCOMPARE(host.view, QString("main"));
        QCOMPARE(host.scenario.calls, 3000u);
        host.engine.cancel();
    }
};

VTL_QTEST_GUILESS_MAIN(test_models_lessons, TestLessons)
#include "test_lessons.moc"
