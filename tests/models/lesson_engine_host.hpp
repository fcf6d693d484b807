// A LessonHost that runs the real engine on its own thread and reports when each action has
// settled; shared by the lesson tests (test_lessons.cpp, test_lesson_translations.cpp).
#pragma once

#include "models/lessons/lesson_runner.hpp"
#include "workload/engine.hpp"

#include <QTest>

namespace vtl::models {

// Runs the engine for real, on its own thread, and reports when each action has settled.
class EngineHost : public LessonHost {
public:
    workload::Engine engine;
    workload::Scenario scenario;
    QString view, region_view, region;
    std::optional<workload::AwaitTwiceOutcome> lane;
    int lane_frame = -2;
    int shown = 0, engine_actions = 0;
    QList<LessonEngineAction> actions;

    void lesson_set_scenario(const workload::Scenario& s) override { scenario = s; }
    void lesson_show_view(const QString& v) override { view = v; }
    void lesson_highlight(const QString& v, const QString& r) override {
        region_view = v;
        region = r;
    }
    void lesson_engine(LessonRunner& runner, LessonEngineAction action, std::uint64_t calls,
                       const workload::Scenario& s) override {
        ++engine_actions;
        actions << action;
        using A = LessonEngineAction;
        const auto paused = [](const workload::EngineSnapshot& x) {
            return x.state == workload::EngineState::paused;
        };
        const auto ended = [](const workload::EngineSnapshot& x) {
            return x.state == workload::EngineState::finished ||
                   x.state == workload::EngineState::failed ||
                   x.state == workload::EngineState::cancelled;
        };
        const std::chrono::seconds limit(120);
        switch (action) {
        case A::run:
            QVERIFY(!engine.start(s));
            if (calls > 0) {
                engine.wait_until([&](const auto& x) { return x.calls_done >= calls || ended(x); },
                                  limit);
                engine.pause();
                engine.wait_until([&](const auto& x) { return paused(x) || ended(x); }, limit);
            } else {
                engine.wait(limit);
            }
            break;
        case A::step:
            // Each step waits for its own effect: from the count the previous one settled at.
            // (Counting from the first step's start let a step that completed two calls satisfy
            // the next wait at once, and the lesson read its figures one call early.)
            for (std::uint64_t n = 0; n < std::max<std::uint64_t>(calls, 1); ++n) {
                const auto at = engine.snapshot().calls_done;
                engine.step();
                engine.wait_until(
                    [&](const auto& x) { return (paused(x) && x.calls_done > at) || ended(x); },
                    limit);
            }
            break;
        case A::resume:
            engine.resume();
            engine.wait(limit);
            break;
        case A::pause:
            engine.pause();
            engine.wait_until([&](const auto& x) { return paused(x) || ended(x); }, limit);
            break;
        default:
            break;
        }
        runner.engine_settled(engine.snapshot());
    }
    void lesson_show_await_twice(const workload::AwaitTwiceOutcome& o, int frame) override {
        lane = o;
        lane_frame = frame;
    }
    void lesson_step_shown(LessonRunner&) override { ++shown; }
};

} // namespace vtl::models
