#include "models/lessons/lesson_runner.hpp"

#include "models/claims/dotnet_reference.hpp"

namespace vtl::models {

using namespace vtl::workload;

LessonRunner::LessonRunner(Lesson lesson, LessonHost& host, QObject* parent)
    : QObject(parent)
    , lesson_(std::move(lesson))
    , host_(host)
    , case_runner_([](AwaitTwiceCase c) { return run_await_twice_case(c); })
    , scenario_(default_scenario())
    , seen_(std::size_t(lesson_.steps.size())) {
    facts_.add_dotnet(load_dotnet_evidence());
    facts_.add_claims();
    facts_.add_scenario(scenario_);
}

QString LessonRunner::title() const {
    return index_ < 0 ? lesson_.title : step().title;
}

QString LessonRunner::narration() const {
    return index_ < 0 ? lesson_.summary : facts_.fill(step().narration);
}

QString LessonRunner::counter() const {
    return tr("%1 / %2").arg(index_ + 1).arg(count());
}

const LessonPrediction* LessonRunner::prediction(const QString& id) const {
    for (const LessonStep& s : lesson_.steps)
        if (s.predict && s.predict->id == id)
            return &*s.predict;
    return nullptr;
}

const LessonPrediction* LessonRunner::asking() const {
    return index_ >= 0 && step().predict ? &*step().predict : nullptr;
}

const LessonPrediction* LessonRunner::revealing() const {
    return index_ >= 0 && !step().reveal.isEmpty() ? prediction(step().reveal) : nullptr;
}

bool LessonRunner::predict(const QString& choice) {
    const LessonPrediction* p = asking();
    if (!p || !p->has_choice(choice) || answers_.count(p->id))
        return false; // no question here, not a choice, or already revealed
    chosen_[p->id] = choice;
    for (const LessonChoice& c : p->choices)
        if (c.id == choice)
            facts_.set(QStringLiteral("prediction.%1.chosen").arg(p->id), c.text);
    show();
    return true;
}

std::optional<QString> LessonRunner::chosen(const QString& id) const {
    auto it = chosen_.find(id);
    return it == chosen_.end() ? std::nullopt : std::optional<QString>(it->second);
}

std::optional<QString> LessonRunner::answer(const QString& id) const {
    auto it = answers_.find(id);
    return it == answers_.end() ? std::nullopt : std::optional<QString>(it->second);
}

void LessonRunner::start() {
    go_to(0);
}
void LessonRunner::next() {
    go_to(index_ + 1);
}
void LessonRunner::back() {
    go_to(index_ - 1);
}
void LessonRunner::home() {
    go_to(0);
}
void LessonRunner::end() {
    go_to(count() - 1);
}

void LessonRunner::go_to(int index) {
    if (index < 0 || index >= count())
        return;
    if (busy_) {
        target_ = index; // carried out when the step in progress settles
        return;
    }
    target_ = index;
    if (index <= index_ || seen_[std::size_t(index)]) {
        restore(index);
        return;
    }
    // Forward onto steps not seen yet: each one in turn, so every measurement is made.
    enter(index_ + 1);
}

void LessonRunner::enter(int index) {
    index_ = index;
    const LessonStep& s = lesson_.steps.at(index);
    for (const auto& [key, value] : s.scenario) {
        const QByteArray k = key.toUtf8(), v = value.toUtf8();
        set_scenario_value(scenario_, std::string_view(k.constData(), std::size_t(k.size())),
                           std::string_view(v.constData(), std::size_t(v.size())));
    }
    facts_.add_scenario(scenario_);
    host_.lesson_set_scenario(scenario_);
    if (!s.view.isEmpty())
        view_ = s.view;
    highlight_ = s.highlight;
    if (!view_.isEmpty())
        host_.lesson_show_view(view_);
    host_.lesson_highlight(view_, highlight_);

    lane_.reset();
    lane_frame_ = s.lane_frame;
    if (s.lab_all) {
        for (AwaitTwiceCase c : all_await_twice_cases) {
            AwaitTwiceOutcome o = case_runner_(c);
            facts_.add_await_twice(o);
            host_.lesson_show_await_twice(o, -1);
        }
    } else if (s.lane) {
        lane_ = case_runner_(*s.lane);
        facts_.add_await_twice(*lane_);
        host_.lesson_show_await_twice(*lane_, lane_frame_);
    }

    if (s.engine != LessonEngineAction::none) {
        busy_ = true;
        show(); // the narration says the step is measuring
        host_.lesson_engine(*this, s.engine, s.engine_calls, scenario_);
        return; // engine_settled() finishes the step
    }
    finish_step();
}

void LessonRunner::engine_settled(const EngineSnapshot& snapshot) {
    if (!busy_)
        return;
    facts_.add_engine(snapshot);
    busy_ = false;
    finish_step();
}

void LessonRunner::finish_step() {
    const LessonStep& s = step();
    if (const LessonPrediction* p = revealing()) {
        const std::optional<QString> a = facts_.answer(*p);
        const QString key = QStringLiteral("prediction.%1.").arg(p->id);
        if (a) {
            answers_[p->id] = *a;
            QString text = *a;
            for (const LessonChoice& c : p->choices)
                if (c.id == *a)
                    text = c.text;
            facts_.set(key + "answer", text);
            const auto it = chosen_.find(p->id);
            facts_.set(key + "verdict", it == chosen_.end() ? tr("no prediction was made")
                                        : it->second == *a  ? tr("the prediction was right")
                                                            : tr("the prediction was not right"));
        } else {
            facts_.set(key + "answer", tr("not measured"));
        }
    }
    Q_UNUSED(s);
    seen_[std::size_t(index_)] = Seen{scenario_, view_, highlight_, facts_, lane_, lane_frame_};
    show();
    if (target_ > index_)
        enter(index_ + 1);
    else if (target_ >= 0 && target_ < index_)
        restore(target_);
}

void LessonRunner::restore(int index) {
    const std::optional<Seen>& seen = seen_[std::size_t(index)];
    if (!seen)
        return;
    index_ = index;
    scenario_ = seen->scenario;
    view_ = seen->view;
    highlight_ = seen->highlight;
    // Keep the predictions made since (a question answered after this step was first seen).
    LessonFacts facts = seen->facts;
    for (const QString& k : facts_.keys())
        if (k.startsWith(QLatin1String("prediction.")) && k.endsWith(QLatin1String(".chosen")))
            facts.set(k, facts_.find(k)->text);
    facts_ = facts;
    lane_ = seen->lane;
    lane_frame_ = seen->lane_frame;
    host_.lesson_set_scenario(scenario_);
    if (!view_.isEmpty())
        host_.lesson_show_view(view_);
    host_.lesson_highlight(view_, highlight_);
    if (lane_)
        host_.lesson_show_await_twice(*lane_, lane_frame_);
    show();
}

void LessonRunner::show() {
    host_.lesson_step_shown(*this);
    Q_EMIT changed();
}

} // namespace vtl::models
