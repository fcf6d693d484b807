// LessonRunner: walks a Lesson's steps — next, back, home, end — and applies each through a
// LessonHost the application implements (the main window; a test's fake). It keeps what the
// class has seen: the scenario in effect, the view, the highlighted region, the measurements
// each step made (LessonFacts), the class's predictions and the answers computed from the
// real run.
//
// Forward onto a step never seen: the step's scenario keys are applied, its view shown, its
// await-twice case run in the core now, its engine action started — and the step is "busy"
// until the host calls engine_settled() with the snapshot the action came to rest at (run
// finished, or paused at the step's `calls`). Then the narration is filled and, on a reveal,
// the correct choice is computed from those measurements.
// Back (or forward again) onto a step already seen restores its scenario, view, highlight,
// lane and narration as they were — with the figures measured then — without running again.
#pragma once

#include "models/lessons/lesson.hpp"
#include "models/lessons/lesson_facts.hpp"

#include <QObject>

#include <map>
#include <optional>
#include <vector>

namespace vtl::models {

class LessonRunner;

class LessonHost {
public:
    virtual ~LessonHost() = default;
    virtual void lesson_set_scenario(const workload::Scenario& s) = 0;
    virtual void lesson_show_view(const QString& view) = 0;
    // Empty region: no highlight.
    virtual void lesson_highlight(const QString& view, const QString& region) = 0;
    // Performs the action on the engine and, when it has come to rest, calls
    // runner.engine_settled(snapshot) (at once or later, from the event loop).
    virtual void lesson_engine(LessonRunner& runner, LessonEngineAction action, std::uint64_t calls,
                               const workload::Scenario& s) = 0;
    // Shows an await-twice case run by the runner (frame -1: its outcome).
    virtual void lesson_show_await_twice(const workload::AwaitTwiceOutcome& o, int frame) = 0;
    // The step's narration band (title, filled narration, question, counter) changed.
    virtual void lesson_step_shown(LessonRunner& runner) = 0;
};

class LessonRunner : public QObject {
    Q_OBJECT
public:
    using CaseRunner = std::function<workload::AwaitTwiceOutcome(workload::AwaitTwiceCase)>;

    LessonRunner(Lesson lesson, LessonHost& host, QObject* parent = nullptr);

    // Tests may replace the core's await-twice lab with recorded outcomes.
    void set_case_runner(CaseRunner r) { case_runner_ = std::move(r); }

    const Lesson& lesson() const noexcept { return lesson_; }
    int index() const noexcept { return index_; } // -1 before start()
    int count() const noexcept { return int(lesson_.steps.size()); }
    const LessonStep& step() const { return lesson_.steps.at(index_); }
    bool busy() const noexcept { return busy_; }
    bool at_end() const noexcept { return index_ == count() - 1; }

    // What the step shows now.
    QString title() const;
    QString narration() const; // filled from the facts measured at this step
    QString counter() const;   // "3 / 9"
    const workload::Scenario& scenario() const noexcept { return scenario_; }
    QString view() const { return view_; }
    QString highlight() const { return highlight_; }
    const LessonFacts& facts() const noexcept { return facts_; }

    // Predictions.
    const LessonPrediction* asking() const; // the step's question, if any
    bool predict(const QString& choice);    // false: not a choice of the question asked
    std::optional<QString> chosen(const QString& prediction) const;
    // The correct choice, computed from the run, once revealed.
    std::optional<QString> answer(const QString& prediction) const;
    // The reveal of this step: the question, the class's choice and the computed answer.
    const LessonPrediction* revealing() const;

    // Navigation (ignored while busy, except that a target further on is remembered).
    void start(); // the first step
    void next();
    void back();
    void home();
    void end();
    void go_to(int index);

    // The host: the engine action of the current step has come to rest.
    void engine_settled(const workload::EngineSnapshot& snapshot);

signals:
    void changed();

private:
    struct Seen {
        workload::Scenario scenario;
        QString view, highlight;
        LessonFacts facts;
        std::optional<workload::AwaitTwiceOutcome> lane;
        int lane_frame = -1;
    };
    const LessonPrediction* prediction(const QString& id) const;
    void enter(int index);
    void finish_step();
    void restore(int index);
    void show();

    Lesson lesson_;
    LessonHost& host_;
    CaseRunner case_runner_;
    int index_ = -1;
    int target_ = -1;
    bool busy_ = false;
    workload::Scenario scenario_;
    QString view_, highlight_;
    LessonFacts facts_;
    std::optional<workload::AwaitTwiceOutcome> lane_;
    int lane_frame_ = -1;
    std::map<QString, QString> chosen_, answers_;
    std::vector<std::optional<Seen>> seen_;
};

} // namespace vtl::models
