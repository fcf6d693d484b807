// Reading an original lesson: parse_lesson() checks every field against the core's tables and
// the application's schema; load_lesson() reads it from a file.
#include "models/lessons/lesson_checker_internal.hpp"

#include "models/lessons/lesson_facts.hpp"
#include "models/text/models_tr.hpp"
#include "workload/scenario.hpp"

#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <utility>

namespace vtl::models {

using namespace vtl::workload;

namespace {

std::string_view sv(const QByteArray& b) {
    return std::string_view(b.constData(), std::size_t(b.size()));
}

std::optional<AwaitTwiceCase> case_id(const QString& s) {
    const QByteArray b = s.toUtf8();
    return await_twice_case_from_string(sv(b));
}

QStringList all_case_ids() {
    QStringList ids;
    for (AwaitTwiceCase c : all_await_twice_cases)
        ids << QString::fromLatin1(to_string(c));
    return ids;
}

QStringList all_outcome_ids() {
    return {"same_value", "exception", "wrong_value", "blocked", "source_leaked", "works"};
}

QStringList strategy_ids() {
    QStringList ids;
    for (Strategy s : all_strategies)
        ids << QString::fromLatin1(to_string(s));
    return ids;
}

// What the steps read so far tell the next one: the scenario and view they leave, the
// predictions asked and revealed, and what each step measures.
struct StepsSoFar {
    StepsSoFar(Checker& checker, const LessonSchema& lesson_schema)
        : ck(checker)
        , schema(lesson_schema) {}

    Checker& ck;
    const LessonSchema& schema;
    Scenario scenario = default_scenario();
    QString view;
    QMap<QString, int> asked_at;    // prediction id -> step index
    QMap<QString, int> revealed_at; // prediction id -> step index
    QList<LessonPrediction> predictions;
    // What each step measures, to check that a reveal has something to reveal.
    QList<QSet<QString>> produced; // per step: "engine" and/or case ids
};

// scenario: keys of the key table, values as --set accepts them.
void read_scenario(StepsSoFar& r, const QJsonObject& s, const QString& path, LessonStep& step) {
    Checker& ck = r.ck;
    Scenario& scenario = r.scenario;
    const QString sp = path + "/scenario";
    if (!s.value("scenario").isObject())
        ck.issue_value(sp, tr("'scenario' must be an object of scenario keys"));
    const QJsonObject so = s.value("scenario").toObject();
    for (auto it = so.begin(); it != so.end(); ++it) {
        const QByteArray key = it.key().toUtf8();
        if (!find_scenario_key(sv(key))) {
            QStringList names;
            for (const ScenarioKey& k : scenario_keys())
                names << QString::fromUtf8(k.name.data(), qsizetype(k.name.size()));
            ck.issue_key(
                sp + '/' + it.key(),
                tr("unknown scenario key '%1' (keys: %2)").arg(it.key(), names.join(", ")));
            continue;
        }
        QString value;
        if (it->isString())
            value = it->toString();
        else if (it->isBool())
            value = it->toBool() ? "true" : "false";
        else if (it->isDouble())
            value = QString::number(it->toDouble(), 'g', 17);
        else if (it->isArray()) {
            QStringList parts;
            for (const QJsonValue& v : it->toArray())
                parts << v.toString();
            value = parts.join(',');
        }
        const QByteArray vb = value.toUtf8();
        if (auto e = set_scenario_value(scenario, sv(key), sv(vb))) {
            ck.issue_value(sp + '/' + it.key(), QString::fromStdString(e->message));
            continue;
        }
        step.scenario.append({it.key(), value});
    }
}

void read_view(StepsSoFar& r, const QJsonObject& s, const QString& path, LessonStep& step) {
    Checker& ck = r.ck;
    const LessonSchema& schema = r.schema;
    QString& view = r.view;
    step.view = ck.string(s, path, "view", true);
    if (!step.view.isEmpty() && !schema.views.contains(step.view))
        ck.issue_value(path + "/view",
                       tr("unknown view '%1' (views: %2)").arg(step.view, schema.views.join(", ")));
    else
        view = step.view;
}

void read_engine(StepsSoFar& r, const QJsonObject& s, const QString& path, LessonStep& step,
                 QSet<QString>& made) {
    Checker& ck = r.ck;
    Scenario& scenario = r.scenario;
    const QString ep = path + "/engine";
    const QJsonValue e = s.value("engine");
    QString action;
    if (e.isString())
        action = e.toString();
    else if (e.isObject()) {
        ck.only(e.toObject(), ep, {"action", "calls"});
        action = ck.string(e.toObject(), ep, "action", true);
        const QJsonValue calls = e.toObject().value("calls");
        if (!calls.isUndefined()) {
            const double c = calls.toDouble(-1);
            if (!calls.isDouble() || c < 1 || c != std::floor(c) || c > 1e12)
                ck.issue_value(ep + "/calls", tr("'calls' must be a whole number ≥ 1"));
            else
                step.engine_calls = std::uint64_t(c);
        }
    } else
        ck.issue_value(ep, tr("'engine' must be an action or {\"action\", \"calls\"}"));
    const QStringList actions{"run", "pause", "resume", "step", "reset"};
    const int a = int(actions.indexOf(action));
    if (a < 0 && !action.isEmpty())
        ck.issue_value(
            e.isObject() ? ep + "/action" : ep,
            tr("unknown engine action '%1' (actions: %2)").arg(action, actions.join(", ")));
    else if (a >= 0)
        step.engine = LessonEngineAction(a + 1);
    if (step.engine == LessonEngineAction::run) {
        if (auto err = validate(scenario))
            ck.issue_value(
                ep, tr("the scenario cannot run: %1").arg(QString::fromStdString(err->message)));
    }
    if (step.engine_calls > 0 && step.engine != LessonEngineAction::run &&
        step.engine != LessonEngineAction::step)
        ck.issue_value(ep, tr("'calls' goes with run (pause there) or step only"));
    if (step.engine == LessonEngineAction::run || step.engine == LessonEngineAction::resume ||
        step.engine == LessonEngineAction::step)
        made.insert("engine");
}

void read_await_twice(StepsSoFar& r, const QJsonObject& s, const QString& path, LessonStep& step,
                      QSet<QString>& made) {
    Checker& ck = r.ck;
    const QString ap = path + "/await_twice";
    const QJsonValue a = s.value("await_twice");
    QString id;
    if (a.isString())
        id = a.toString();
    else if (a.isObject()) {
        ck.only(a.toObject(), ap, {"case", "frame"});
        id = ck.string(a.toObject(), ap, "case", true);
        const QJsonValue frame = a.toObject().value("frame");
        if (!frame.isUndefined()) {
            if (!frame.isDouble() || frame.toDouble() < 0 ||
                frame.toDouble() != std::floor(frame.toDouble()))
                ck.issue_value(ap + "/frame", tr("'frame' must be a whole number ≥ 0"));
            else
                step.lane_frame = frame.toInt();
        }
    } else
        ck.issue_value(ap, tr("'await_twice' must be a case id, \"all\" or "
                              "{\"case\", \"frame\"}"));
    if (id == QLatin1String("all")) {
        step.lab_all = true;
        for (const QString& c : all_case_ids())
            made.insert(c);
    } else if (!id.isEmpty()) {
        step.lane = case_id(id);
        if (!step.lane)
            ck.issue_value(a.isObject() ? ap + "/case" : ap,
                           tr("unknown await-twice case '%1' (cases: all, %2)")
                               .arg(id, all_case_ids().join(", ")));
        else
            made.insert(id);
    }
    if (step.lab_all && step.lane_frame >= 0)
        ck.issue_value(ap + "/frame", tr("'frame' needs one case, not \"all\""));
}

void read_highlight(StepsSoFar& r, const QJsonObject& s, const QString& path, LessonStep& step) {
    Checker& ck = r.ck;
    const LessonSchema& schema = r.schema;
    QString& view = r.view;
    step.highlight = ck.string(s, path, "highlight", true);
    if (view.isEmpty())
        ck.issue_value(path + "/highlight",
                       tr("'highlight' needs a view (set 'view' in this or an earlier "
                          "step)"));
    else if (!step.highlight.isEmpty() && !schema.regions.value(view).contains(step.highlight))
        ck.issue_value(path + "/highlight",
                       tr("view '%1' has no region '%2' (regions: %3)")
                           .arg(view, step.highlight, schema.regions.value(view).join(", ")));
}

// How the answer is computed: a fact, or the lowest or highest strategy by a field.
void read_answer(Checker& ck, const QJsonObject& p, const QString& pp, LessonPrediction& pred) {
    const QJsonObject ans = p.value("answer").toObject();
    const QString ansp = pp + "/answer";
    if (!p.value("answer").isObject())
        ck.issue_key(ansp, tr("'answer' must say how the answer is computed: "
                              "{\"fact\": key} or {\"lowest\"|\"highest\": field, "
                              "\"among\": [strategies]}"));
    else if (ans.contains("fact")) {
        ck.only(ans, ansp, {"fact"});
        pred.rule = LessonPrediction::Rule::fact;
        pred.fact = ck.string(ans, ansp, "fact", true);
        QString why;
        const QStringList parts = pred.fact.split('.');
        if (!LessonFacts::valid_key(pred.fact, &why))
            ck.issue_value(ansp + "/fact", why);
        else if ((parts[0] == "await_twice" || parts[0] == "dotnet_outcome") &&
                 parts[2] == "outcome") {
            // The choices must be outcome ids, and what the contract (and .NET) says
            // the case does must be one of them.
            for (const LessonChoice& c : pred.choices)
                if (!all_outcome_ids().contains(c.id))
                    ck.issue_key(pp + "/choices", tr("choice '%1' is not an outcome (outcomes: %2)")
                                                      .arg(c.id, all_outcome_ids().join(", ")));
            const QString contract =
                QString::fromLatin1(to_string(contract_outcome(*case_id(parts[1]))));
            if (!pred.has_choice(contract))
                ck.issue_key(pp + "/choices",
                             tr("no choice is '%1', what case %2 does").arg(contract, parts[1]));
        } else
            ck.issue_value(ansp + "/fact", tr("a fact answer must be an outcome "
                                              "(await_twice.<case>.outcome)"));
    } else if (ans.contains("lowest") || ans.contains("highest")) {
        ck.only(ans, ansp, {"lowest", "highest", "among"});
        const bool lowest = ans.contains("lowest");
        if (ans.contains("lowest") && ans.contains("highest"))
            ck.issue_key(ansp, tr("write 'lowest' or 'highest', not both"));
        pred.rule = lowest ? LessonPrediction::Rule::lowest : LessonPrediction::Rule::highest;
        pred.field = ck.string(ans, ansp, lowest ? "lowest" : "highest", true);
        if (!LessonFacts::strategy_fields().contains(pred.field) ||
            pred.field == QLatin1String("name"))
            ck.issue_value(ansp + (lowest ? "/lowest" : "/highest"),
                           tr("unknown field '%1' (fields: %2)")
                               .arg(pred.field, LessonFacts::strategy_fields().mid(1).join(", ")));
        for (const QJsonValue& v : ans.value("among").toArray())
            pred.among << v.toString();
        if (pred.among.size() < 2)
            ck.issue_key(ansp + "/among", tr("'among' must list two or more strategies"));
        for (const QString& st : pred.among)
            if (!strategy_ids().contains(st))
                ck.issue_key(ansp + "/among", tr("unknown strategy '%1' (strategies: %2)")
                                                  .arg(st, strategy_ids().join(", ")));
        for (const LessonChoice& c : pred.choices)
            if (!pred.among.contains(c.id) && c.id != QLatin1String("same"))
                ck.issue_key(pp + "/choices",
                             tr("choice '%1' is not one of 'among' (nor \"same\")").arg(c.id));
        for (const QString& st : pred.among)
            if (!pred.has_choice(st))
                ck.issue_key(pp + "/choices", tr("no choice for '%1'").arg(st));
    } else if (p.value("answer").isObject())
        ck.issue_key(ansp, tr("'answer' needs 'fact', 'lowest' or 'highest'"));
}

void read_predict(StepsSoFar& r, const QJsonObject& s, const QString& path, LessonStep& step,
                  int n) {
    Checker& ck = r.ck;
    QMap<QString, int>& asked_at = r.asked_at;
    QList<LessonPrediction>& predictions = r.predictions;
    const QString pp = path + "/predict";
    const QJsonObject p = s.value("predict").toObject();
    if (!s.value("predict").isObject())
        ck.issue_value(pp, tr("'predict' must be an object"));
    ck.only(p, pp, {"id", "question", "choices", "answer"});
    LessonPrediction pred;
    pred.id = ck.string(p, pp, "id", true);
    pred.question = ck.string(p, pp, "question", true);
    if (asked_at.contains(pred.id))
        ck.issue_value(pp + "/id", tr("prediction '%1' is asked twice").arg(pred.id));
    const QJsonArray choices = p.value("choices").toArray();
    if (!p.value("choices").isArray() || choices.size() < 2)
        ck.issue_key(pp + "/choices", tr("'choices' must list at least two choices"));
    for (int c = 0; c < choices.size(); ++c) {
        const QString cp = pp + QStringLiteral("/choices/%1").arg(c);
        if (!choices[c].isObject()) {
            ck.issue_value(cp, tr("a choice is {\"id\", \"text\"}"));
            continue;
        }
        ck.only(choices[c].toObject(), cp, {"id", "text"});
        LessonChoice choice{ck.string(choices[c].toObject(), cp, "id", true),
                            ck.string(choices[c].toObject(), cp, "text", true)};
        if (pred.has_choice(choice.id))
            ck.issue_value(cp + "/id", tr("choice '%1' appears twice").arg(choice.id));
        pred.choices.append(choice);
    }
    read_answer(ck, p, pp, pred);
    asked_at.insert(pred.id, n);
    predictions.append(pred);
    step.predict = pred;
}

void read_reveal(StepsSoFar& r, const QJsonObject& s, const QString& path, LessonStep& step,
                 QSet<QString>& made, int n) {
    Checker& ck = r.ck;
    Scenario& scenario = r.scenario;
    QMap<QString, int>& asked_at = r.asked_at;
    QMap<QString, int>& revealed_at = r.revealed_at;
    QList<LessonPrediction>& predictions = r.predictions;
    QList<QSet<QString>>& produced = r.produced;
    step.reveal = ck.string(s, path, "reveal", true);
    if (!asked_at.contains(step.reveal))
        ck.issue_value(path + "/reveal",
                       tr("no earlier step asks prediction '%1'").arg(step.reveal));
    else if (revealed_at.contains(step.reveal))
        ck.issue_value(path + "/reveal",
                       tr("prediction '%1' is already revealed").arg(step.reveal));
    else {
        revealed_at.insert(step.reveal, n);
        // Something after the question must measure the answer: predict first.
        const LessonPrediction* pred = nullptr;
        for (const LessonPrediction& p : predictions)
            if (p.id == step.reveal)
                pred = &p;
        const QString need = pred->rule == LessonPrediction::Rule::fact
                                 ? pred->fact.section('.', 1, 1)
                                 : QStringLiteral("engine");
        bool measured =
            made.contains(need) || pred->fact.startsWith(QLatin1String("dotnet_outcome"));
        for (int k = asked_at.value(step.reveal) + 1; k < n && !measured; ++k)
            measured = produced[k].contains(need);
        if (!measured)
            ck.issue_value(path + "/reveal",
                           need == QLatin1String("engine")
                               ? tr("nothing runs the engine between the question and "
                                    "this reveal, so there is no answer to show")
                               : tr("nothing runs case %1 between the question and "
                                    "this reveal")
                                     .arg(need));
        if (pred->rule != LessonPrediction::Rule::fact)
            for (const QString& st : pred->among)
                if (std::find(scenario.strategies.begin(), scenario.strategies.end(),
                              *parse_strategy(sv(st.toUtf8()))) == scenario.strategies.end())
                    ck.issue_value(path + "/reveal",
                                   tr("strategy '%1' is not in this step's scenario "
                                      "(strategies: %2)")
                                       .arg(st, QString::fromStdString(
                                                    scenario_value_text(scenario, "strategies"))));
    }
}

// The narration (or a question) every step needs, and the facts its placeholders name.
void check_narration(StepsSoFar& r, const QJsonObject& s, const QString& path, LessonStep& step,
                     QSet<QString>& made, int n) {
    Checker& ck = r.ck;
    QMap<QString, int>& asked_at = r.asked_at;
    QMap<QString, int>& revealed_at = r.revealed_at;
    QList<QSet<QString>>& produced = r.produced;
    step.narration = ck.string(s, path, "narration", false);
    if (step.narration.isEmpty() && !step.predict)
        ck.issue_key(path, tr("a step needs 'narration' (or a 'predict' question)"));
    QString placeholders_text = step.narration;
    if (step.predict)
        placeholders_text += step.predict->question;
    for (const QString& key : narration_placeholders(placeholders_text)) {
        QString why;
        if (!LessonFacts::valid_key(key, &why)) {
            ck.issue_value(path + "/narration", why);
            continue;
        }
        // A measured fact must be measured by this step or an earlier one.
        const QString head = key.section('.', 0, 0);
        const QString need = head == QLatin1String("await_twice") ? key.section('.', 1, 1)
                             : (head == QLatin1String("ratio") || strategy_ids().contains(head))
                                 ? QStringLiteral("engine")
                                 : QString();
        if (!need.isEmpty()) {
            bool measured = made.contains(need);
            for (int k = 0; k < n && !measured; ++k)
                measured = produced[k].contains(need);
            if (!measured)
                ck.issue_value(path + "/narration",
                               need == QLatin1String("engine")
                                   ? tr("{%1}: no step so far runs the engine").arg(key)
                                   : tr("{%1}: no step so far runs case %2").arg(key, need));
        }
        if (key.startsWith(QLatin1String("prediction."))) {
            const QString id = key.section('.', 1, 1);
            if (!asked_at.contains(id))
                ck.issue_value(path + "/narration",
                               tr("{%1}: no earlier step asks prediction '%2'").arg(key, id));
            else if (key.section('.', 2) != QLatin1String("chosen") && !revealed_at.contains(id))
                ck.issue_value(path + "/narration",
                               tr("{%1}: shown before prediction '%2' is revealed").arg(key, id));
        }
    }
}

} // namespace

LessonParseResult parse_lesson(const QByteArray& json, const LessonSchema& schema,
                               const QString& source) {
    LessonParseResult result;
    const std::optional<QJsonObject> parsed =
        json_root(json, tr("a lesson is a JSON object"), result);
    if (!parsed)
        return result;
    Checker ck(json, schema);
    const QJsonObject& root = *parsed;
    ck.only(root, {}, {"format", "id", "title", "summary", "steps"});
    if (root.value("format").toInt(-1) != 1)
        ck.issue_key(QStringLiteral("format"), tr("'format' must be 1"));

    Lesson lesson;
    lesson.source = source;
    lesson.id = ck.string(root, {}, "id", true);
    for (QChar c : lesson.id)
        if (!(c.isLower() || c.isDigit() || c == '-') || c.unicode() > 127) {
            ck.issue_value("id", tr("'id' may use a–z, 0–9 and '-' only"));
            break;
        }
    lesson.title = ck.string(root, {}, "title", true);
    lesson.summary = ck.string(root, {}, "summary", false);

    const QJsonValue steps_value = root.value("steps");
    if (!steps_value.isArray() || steps_value.toArray().isEmpty())
        ck.issue_key("steps", tr("'steps' must be a non-empty array"));
    const QJsonArray steps = steps_value.toArray();

    StepsSoFar r(ck, schema);

    for (int n = 0; n < steps.size(); ++n) {
        const QString path = QStringLiteral("steps/%1").arg(n);
        LessonStep step;
        QSet<QString> made;
        if (ck.pos_.values.contains(path)) {
            const auto [line, column] = line_column(json, ck.pos_.values.value(path));
            step.line = line;
            step.column = column;
        }
        if (!steps[n].isObject()) {
            ck.issue_value(path, tr("a step is an object"));
            r.produced.append(made);
            continue;
        }
        const QJsonObject s = steps[n].toObject();
        ck.only(s, path,
                {"title", "scenario", "view", "engine", "await_twice", "highlight", "narration",
                 "predict", "reveal"});
        step.title = ck.string(s, path, "title", true);
        if (s.contains("scenario"))
            read_scenario(r, s, path, step);
        if (s.contains("view"))
            read_view(r, s, path, step);
        if (s.contains("engine"))
            read_engine(r, s, path, step, made);
        if (s.contains("await_twice"))
            read_await_twice(r, s, path, step, made);
        if (s.contains("highlight"))
            read_highlight(r, s, path, step);
        if (s.contains("predict"))
            read_predict(r, s, path, step, n);
        if (s.contains("reveal"))
            read_reveal(r, s, path, step, made, n);
        check_narration(r, s, path, step, made, n);
        r.produced.append(made);
        lesson.steps.append(step);
    }
    for (auto it = r.asked_at.begin(); it != r.asked_at.end(); ++it)
        if (!r.revealed_at.contains(it.key()))
            ck.issue_key(QStringLiteral("steps/%1/predict").arg(it.value()),
                         tr("prediction '%1' is never revealed").arg(it.key()));

    return ck.finish(std::move(lesson));
}

LessonParseResult load_lesson(const QString& path, const LessonSchema& schema) {
    LessonParseResult r;
    const std::optional<QByteArray> bytes = read_lesson_file(path, r);
    return bytes ? parse_lesson(*bytes, schema, path) : r;
}

} // namespace vtl::models
