#include "models/lessons/lesson.hpp"

#include "models/lessons/lesson_facts.hpp"
#include "workload/scenario.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace vtl::models {

using namespace vtl::workload;

namespace {

QString tr(const char* s) {
    // lupdate files a call of this free tr() under the enclosing namespace: same context here.
    return QCoreApplication::translate("vtl::models", s);
}

// Japanese lines join without a space: a line ending in a CJK character or full-width
// punctuation ("。") runs on into the next.
bool ends_wide(const QString& text) {
    if (text.isEmpty())
        return false;
    const char16_t c = text.back().unicode();
    return (c >= 0x3000 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef);
}

std::string_view sv(const QByteArray& b) {
    return std::string_view(b.constData(), std::size_t(b.size()));
}

// Where each key and value of a well-formed JSON text starts, by path ("steps/2/view").
// QJsonDocument keeps no positions, so the checker finds them here to report line:column.
struct Positions {
    QHash<QString, qsizetype> keys, values;
    QList<QPair<qsizetype, QString>> duplicates; // offset, path

    explicit Positions(const QByteArray& text)
        : t(text) {
        value(QString());
    }

private:
    const QByteArray& t;
    qsizetype i = 0;

    void ws() {
        while (i < t.size() && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r'))
            ++i;
    }
    QString string() {
        const qsizetype start = i;
        ++i; // "
        while (i < t.size() && t[i] != '"') {
            if (t[i] == '\\')
                ++i;
            ++i;
        }
        ++i; // "
        const QJsonDocument d = QJsonDocument::fromJson("[" + t.mid(start, i - start) + "]");
        return d.array().at(0).toString();
    }
    void value(const QString& path) {
        ws();
        if (i >= t.size())
            return;
        values.insert(path, i);
        const char c = t[i];
        if (c == '{') {
            ++i;
            ws();
            if (i < t.size() && t[i] == '}') {
                ++i;
                return;
            }
            while (i < t.size()) {
                ws();
                const qsizetype at = i;
                const QString key = path.isEmpty() ? string() : path + '/' + string();
                if (keys.contains(key))
                    duplicates.append({at, key});
                else
                    keys.insert(key, at);
                ws();
                ++i; // :
                value(key);
                ws();
                if (i < t.size() && t[i] == ',') {
                    ++i;
                    continue;
                }
                ++i; // }
                return;
            }
        } else if (c == '[') {
            ++i;
            ws();
            if (i < t.size() && t[i] == ']') {
                ++i;
                return;
            }
            for (int n = 0; i < t.size(); ++n) {
                value(path.isEmpty() ? QString::number(n) : path + '/' + QString::number(n));
                ws();
                if (i < t.size() && t[i] == ',') {
                    ++i;
                    continue;
                }
                ++i; // ]
                return;
            }
        } else if (c == '"') {
            string();
        } else {
            while (i < t.size() && !QByteArrayView(",}] \t\r\n").contains(t[i]))
                ++i;
        }
    }
};

class Checker {
public:
    Checker(const QByteArray& text, const LessonSchema& schema)
        : text_(text)
        , pos_(text)
        , schema_(schema) {
        for (const auto& [offset, path] : pos_.duplicates)
            issue_at(offset, tr("duplicate key '%1'").arg(path.section('/', -1)));
    }

    QList<LessonIssue> issues;

    void issue_at(qsizetype offset, const QString& message) {
        const auto [line, column] = line_column(text_, offset);
        issues.append({line, column, message});
    }
    // At the key `path` if it exists, else at its value, else at its parent.
    void issue_key(const QString& path, const QString& message) {
        QString p = path;
        while (true) {
            if (pos_.keys.contains(p))
                return issue_at(pos_.keys.value(p), message);
            if (pos_.values.contains(p))
                return issue_at(pos_.values.value(p), message);
            if (p.isEmpty())
                return issue_at(0, message);
            p = p.contains('/') ? p.section('/', 0, -2) : QString();
        }
    }
    void issue_value(const QString& path, const QString& message) {
        if (pos_.values.contains(path))
            return issue_at(pos_.values.value(path), message);
        issue_key(path, message);
    }

    // Unknown keys of an object.
    void only(const QJsonObject& o, const QString& path, const QStringList& allowed) {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!allowed.contains(it.key()))
                issue_key(join(path, it.key()),
                          tr("unknown key '%1' (allowed: %2)").arg(it.key(), allowed.join(", ")));
    }
    QString string(const QJsonObject& o, const QString& path, const QString& key, bool required) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                issue_key(path, tr("missing '%1'").arg(key));
            return {};
        }
        // Narration may be written as an array of lines (joined with spaces; "" = new paragraph).
        if (v.isArray() && key == QLatin1String("narration")) {
            QString joined;
            const QJsonArray a = v.toArray();
            for (int n = 0; n < a.size(); ++n) {
                if (!a[n].isString()) {
                    issue_value(join(join(path, key), QString::number(n)),
                                tr("'%1' lines must be strings").arg(key));
                    continue;
                }
                const QString line = a[n].toString();
                if (line.isEmpty())
                    joined += QStringLiteral("\n\n");
                else
                    joined +=
                        (joined.isEmpty() || joined.endsWith('\n') || ends_wide(joined) ? ""
                                                                                        : " ") +
                        line;
            }
            return joined;
        }
        if (!v.isString() || (required && v.toString().trimmed().isEmpty())) {
            issue_value(join(path, key), tr("'%1' must be a non-empty string").arg(key));
            return {};
        }
        return v.toString();
    }
    static QString join(const QString& a, const QString& b) {
        return a.isEmpty() ? b : a + '/' + b;
    }

    const QByteArray& text_;
    Positions pos_;
    const LessonSchema& schema_;
};

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

} // namespace

const char* to_string(LessonEngineAction a) noexcept {
    switch (a) {
    case LessonEngineAction::none:
        return "none";
    case LessonEngineAction::run:
        return "run";
    case LessonEngineAction::pause:
        return "pause";
    case LessonEngineAction::resume:
        return "resume";
    case LessonEngineAction::step:
        return "step";
    case LessonEngineAction::reset:
        return "reset";
    }
    return "none";
}

bool LessonPrediction::has_choice(const QString& choice) const {
    for (const LessonChoice& c : choices)
        if (c.id == choice)
            return true;
    return false;
}

QString LessonIssue::text(const QString& file) const {
    if (line <= 0)
        return QStringLiteral("%1: %2").arg(file, message);
    return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
}

QPair<int, int> line_column(const QByteArray& text, qsizetype offset) {
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    int line = 1;
    qsizetype line_start = 0;
    for (qsizetype i = 0; i < offset; ++i)
        if (text[i] == '\n') {
            ++line;
            line_start = i + 1;
        }
    const int column =
        int(QString::fromUtf8(text.constData() + line_start, offset - line_start).size()) + 1;
    return {line, column};
}

QStringList narration_placeholders(const QString& narration) {
    QStringList keys;
    for (qsizetype i = 0; i < narration.size(); ++i) {
        if (narration[i] != QLatin1Char('{'))
            continue;
        if (i + 1 < narration.size() && narration[i + 1] == QLatin1Char('{')) {
            ++i;
            continue;
        }
        const qsizetype end = narration.indexOf(QLatin1Char('}'), i + 1);
        if (end < 0)
            break;
        keys << narration.mid(i + 1, end - i - 1).trimmed();
        i = end;
    }
    return keys;
}

LessonParseResult parse_lesson(const QByteArray& json, const LessonSchema& schema,
                               const QString& source) {
    LessonParseResult result;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = line_column(json, error.offset);
        result.issues.append({line, column, error.errorString()});
        return result;
    }
    if (!doc.isObject()) {
        result.issues.append({1, 1, tr("a lesson is a JSON object")});
        return result;
    }
    Checker ck(json, schema);
    const QJsonObject root = doc.object();
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

    Scenario scenario = default_scenario();
    QString view;
    QMap<QString, int> asked_at;    // prediction id -> step index
    QMap<QString, int> revealed_at; // prediction id -> step index
    QList<LessonPrediction> predictions;
    // What each step measures, to check that a reveal has something to reveal.
    QList<QSet<QString>> produced; // per step: "engine" and/or case ids

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
            produced.append(made);
            continue;
        }
        const QJsonObject s = steps[n].toObject();
        ck.only(s, path,
                {"title", "scenario", "view", "engine", "await_twice", "highlight", "narration",
                 "predict", "reveal"});
        step.title = ck.string(s, path, "title", true);

        // scenario: keys of the key table, values as --set accepts them.
        if (s.contains("scenario")) {
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

        if (s.contains("view")) {
            step.view = ck.string(s, path, "view", true);
            if (!step.view.isEmpty() && !schema.views.contains(step.view))
                ck.issue_value(
                    path + "/view",
                    tr("unknown view '%1' (views: %2)").arg(step.view, schema.views.join(", ")));
            else
                view = step.view;
        }

        if (s.contains("engine")) {
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
                    ck.issue_value(ep, tr("the scenario cannot run: %1")
                                           .arg(QString::fromStdString(err->message)));
            }
            if (step.engine_calls > 0 && step.engine != LessonEngineAction::run &&
                step.engine != LessonEngineAction::step)
                ck.issue_value(ep, tr("'calls' goes with run (pause there) or step only"));
            if (step.engine == LessonEngineAction::run ||
                step.engine == LessonEngineAction::resume ||
                step.engine == LessonEngineAction::step)
                made.insert("engine");
        }

        if (s.contains("await_twice")) {
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

        if (s.contains("highlight")) {
            step.highlight = ck.string(s, path, "highlight", true);
            if (view.isEmpty())
                ck.issue_value(path + "/highlight",
                               tr("'highlight' needs a view (set 'view' in this or an earlier "
                                  "step)"));
            else if (!step.highlight.isEmpty() &&
                     !schema.regions.value(view).contains(step.highlight))
                ck.issue_value(
                    path + "/highlight",
                    tr("view '%1' has no region '%2' (regions: %3)")
                        .arg(view, step.highlight, schema.regions.value(view).join(", ")));
        }

        if (s.contains("predict")) {
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
                            ck.issue_key(pp + "/choices",
                                         tr("choice '%1' is not an outcome (outcomes: %2)")
                                             .arg(c.id, all_outcome_ids().join(", ")));
                    const QString contract =
                        QString::fromLatin1(to_string(contract_outcome(*case_id(parts[1]))));
                    if (!pred.has_choice(contract))
                        ck.issue_key(
                            pp + "/choices",
                            tr("no choice is '%1', what case %2 does").arg(contract, parts[1]));
                } else
                    ck.issue_value(ansp + "/fact", tr("a fact answer must be an outcome "
                                                      "(await_twice.<case>.outcome)"));
            } else if (ans.contains("lowest") || ans.contains("highest")) {
                ck.only(ans, ansp, {"lowest", "highest", "among"});
                const bool lowest = ans.contains("lowest");
                if (ans.contains("lowest") && ans.contains("highest"))
                    ck.issue_key(ansp, tr("write 'lowest' or 'highest', not both"));
                pred.rule =
                    lowest ? LessonPrediction::Rule::lowest : LessonPrediction::Rule::highest;
                pred.field = ck.string(ans, ansp, lowest ? "lowest" : "highest", true);
                if (!LessonFacts::strategy_fields().contains(pred.field) ||
                    pred.field == QLatin1String("name"))
                    ck.issue_value(
                        ansp + (lowest ? "/lowest" : "/highest"),
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
                        ck.issue_key(
                            pp + "/choices",
                            tr("choice '%1' is not one of 'among' (nor \"same\")").arg(c.id));
                for (const QString& st : pred.among)
                    if (!pred.has_choice(st))
                        ck.issue_key(pp + "/choices", tr("no choice for '%1'").arg(st));
            } else if (p.value("answer").isObject())
                ck.issue_key(ansp, tr("'answer' needs 'fact', 'lowest' or 'highest'"));
            asked_at.insert(pred.id, n);
            predictions.append(pred);
            step.predict = pred;
        }

        if (s.contains("reveal")) {
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
                                      *parse_strategy(sv(st.toUtf8()))) ==
                            scenario.strategies.end())
                            ck.issue_value(path + "/reveal",
                                           tr("strategy '%1' is not in this step's scenario "
                                              "(strategies: %2)")
                                               .arg(st, QString::fromStdString(scenario_value_text(
                                                            scenario, "strategies"))));
            }
        }

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
                else if (key.section('.', 2) != QLatin1String("chosen") &&
                         !revealed_at.contains(id))
                    ck.issue_value(
                        path + "/narration",
                        tr("{%1}: shown before prediction '%2' is revealed").arg(key, id));
            }
        }
        produced.append(made);
        lesson.steps.append(step);
    }
    for (auto it = asked_at.begin(); it != asked_at.end(); ++it)
        if (!revealed_at.contains(it.key()))
            ck.issue_key(QStringLiteral("steps/%1/predict").arg(it.value()),
                         tr("prediction '%1' is never revealed").arg(it.key()));

    std::sort(ck.issues.begin(), ck.issues.end(), [](const LessonIssue& a, const LessonIssue& b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    result.issues = ck.issues;
    if (result.issues.isEmpty())
        result.lesson = std::move(lesson);
    return result;
}

namespace {

// The file's bytes, or an issue (unreadable, larger than 1 MiB).
std::optional<QByteArray> read_lesson_file(const QString& path, LessonParseResult& r) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.issues.append({0, 0, tr("cannot read the file: %1").arg(f.errorString())});
        return std::nullopt;
    }
    if (f.size() > (1 << 20)) {
        r.issues.append({0, 0, tr("the file is larger than 1 MiB")});
        return std::nullopt;
    }
    return f.readAll();
}

bool is_language_code(const QString& s) {
    if (s.size() != 2)
        return false;
    for (QChar c : s)
        if (c < QLatin1Char('a') || c > QLatin1Char('z'))
            return false;
    return true;
}

QSet<QString> placeholder_set(const QString& text) {
    const QStringList keys = narration_placeholders(text);
    return QSet<QString>(keys.begin(), keys.end());
}

QString braced(QStringList keys) {
    keys.sort();
    for (QString& k : keys)
        k = QLatin1Char('{') + k + QLatin1Char('}');
    return keys.join(QStringLiteral(", "));
}

// The translated text must name the same figures as the original's.
void check_placeholders(Checker& ck, const QString& path, const QString& original,
                        const QString& translated) {
    const QSet<QString> want = placeholder_set(original);
    const QSet<QString> have = placeholder_set(translated);
    const QStringList missing = QSet<QString>(want).subtract(have).values();
    const QStringList extra = QSet<QString>(have).subtract(want).values();
    if (!missing.isEmpty())
        ck.issue_value(path, tr("%1 missing: the translation must keep every placeholder of the "
                                "original")
                                 .arg(braced(missing)));
    if (!extra.isEmpty())
        ck.issue_value(
            path,
            tr("%1 not in the original: a translation shows the same figures").arg(braced(extra)));
}

LessonParseResult parse_translation(const Lesson& original, const QByteArray& json,
                                    const QString& source, const QString& folder_lang) {
    LessonParseResult result;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = line_column(json, error.offset);
        result.issues.append({line, column, error.errorString()});
        return result;
    }
    if (!doc.isObject()) {
        result.issues.append({1, 1, tr("a lesson translation is a JSON object")});
        return result;
    }
    static const LessonSchema no_schema;
    Checker ck(json, no_schema);
    const QJsonObject root = doc.object();
    ck.only(root, {}, {"format", "id", "lang", "title", "summary", "steps"});
    if (root.value("format").toInt(-1) != 1)
        ck.issue_key(QStringLiteral("format"), tr("'format' must be 1"));

    Lesson out = original;
    out.source = source;
    const QString id = ck.string(root, {}, "id", true);
    if (!id.isEmpty() && id != original.id)
        ck.issue_value("id",
                       tr("'id' is '%1' but the original lesson is '%2'").arg(id, original.id));
    out.lang = ck.string(root, {}, "lang", true);
    if (!out.lang.isEmpty() && !is_language_code(out.lang))
        ck.issue_value("lang",
                       tr("'lang' must be a two-letter language code such as \"ja\" or \"ru\""));
    else if (!out.lang.isEmpty() && !folder_lang.isEmpty() && out.lang != folder_lang)
        ck.issue_value(
            "lang",
            tr("'lang' is '%1' but the file is in the folder '%2'").arg(out.lang, folder_lang));
    out.title = ck.string(root, {}, "title", true);
    out.summary = ck.string(root, {}, "summary", !original.summary.isEmpty());
    if (original.summary.isEmpty() && root.contains("summary"))
        ck.issue_key("summary", tr("the original has no 'summary'"));

    const QJsonValue steps_value = root.value("steps");
    const QJsonArray steps = steps_value.toArray();
    if (!steps_value.isArray())
        ck.issue_key("steps", tr("'steps' must be an array with one entry per step of the "
                                 "original"));
    else if (steps.size() != original.steps.size())
        ck.issue_key("steps", tr("%1 steps, but the original has %2: translate every step, in "
                                 "the same order")
                                  .arg(steps.size())
                                  .arg(original.steps.size()));

    for (int n = 0; n < std::min<qsizetype>(steps.size(), original.steps.size()); ++n) {
        const QString path = QStringLiteral("steps/%1").arg(n);
        const LessonStep& o = original.steps[n];
        LessonStep& t = out.steps[n];
        if (!steps[n].isObject()) {
            ck.issue_value(path, tr("a step is an object"));
            continue;
        }
        const QJsonObject s = steps[n].toObject();
        ck.only(s, path, {"title", "narration", "predict"});
        t.title = ck.string(s, path, "title", true);

        if (!o.narration.isEmpty()) {
            t.narration = ck.string(s, path, "narration", false);
            if (!s.contains("narration"))
                ck.issue_key(path, tr("missing 'narration' (the original step has one)"));
            else if (t.narration.trimmed().isEmpty())
                ck.issue_value(path + "/narration", tr("'narration' must not be empty"));
            else
                check_placeholders(ck, path + "/narration", o.narration, t.narration);
        } else if (s.contains("narration"))
            ck.issue_key(path + "/narration", tr("the original step has no 'narration'"));

        const QString pp = path + "/predict";
        if (!o.predict) {
            if (s.contains("predict"))
                ck.issue_key(pp, tr("the original step asks nothing: no 'predict' here"));
            continue;
        }
        if (!s.value("predict").isObject()) {
            if (s.contains("predict"))
                ck.issue_value(pp, tr("'predict' must be an object"));
            else
                ck.issue_key(
                    path, tr("missing 'predict' (the original step asks '%1')").arg(o.predict->id));
            continue;
        }
        const QJsonObject p = s.value("predict").toObject();
        ck.only(p, pp, {"question", "choices"});
        t.predict->question = ck.string(p, pp, "question", true);
        if (!t.predict->question.isEmpty())
            check_placeholders(ck, pp + "/question", o.predict->question, t.predict->question);
        const QJsonArray choices = p.value("choices").toArray();
        if (!p.value("choices").isArray()) {
            ck.issue_key(pp + "/choices", tr("'choices' must list the original's choices"));
            continue;
        }
        QMap<QString, QString> texts; // choice id -> translated text
        for (int c = 0; c < choices.size(); ++c) {
            const QString cp = pp + QStringLiteral("/choices/%1").arg(c);
            if (!choices[c].isObject()) {
                ck.issue_value(cp, tr("a choice is {\"id\", \"text\"}"));
                continue;
            }
            const QJsonObject co = choices[c].toObject();
            ck.only(co, cp, {"id", "text"});
            const QString cid = ck.string(co, cp, "id", true);
            const QString text = ck.string(co, cp, "text", true);
            if (cid.isEmpty())
                continue;
            if (!o.predict->has_choice(cid)) {
                QStringList ids;
                for (const LessonChoice& oc : o.predict->choices)
                    ids << oc.id;
                ck.issue_value(cp + "/id", tr("choice '%1' is not in the original (choices: %2)")
                                               .arg(cid, ids.join(", ")));
            } else if (texts.contains(cid))
                ck.issue_value(cp + "/id", tr("choice '%1' appears twice").arg(cid));
            else
                texts.insert(cid, text);
        }
        for (LessonChoice& choice : t.predict->choices) {
            if (!texts.contains(choice.id))
                ck.issue_key(pp + "/choices",
                             tr("choice '%1' is missing: translate every choice").arg(choice.id));
            else
                choice.text = texts.value(choice.id);
        }
    }

    std::sort(ck.issues.begin(), ck.issues.end(), [](const LessonIssue& a, const LessonIssue& b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    result.issues = ck.issues;
    if (result.issues.isEmpty())
        result.lesson = std::move(out);
    return result;
}

} // namespace

LessonParseResult load_lesson(const QString& path, const LessonSchema& schema) {
    LessonParseResult r;
    const std::optional<QByteArray> bytes = read_lesson_file(path, r);
    return bytes ? parse_lesson(*bytes, schema, path) : r;
}

LessonParseResult parse_lesson_translation(const Lesson& original, const QByteArray& json,
                                           const QString& source) {
    return parse_translation(original, json, source, {});
}

LessonParseResult load_lesson_translation(const Lesson& original, const QString& overlay_path) {
    LessonParseResult r;
    const std::optional<QByteArray> bytes = read_lesson_file(overlay_path, r);
    if (!bytes)
        return r;
    const QString folder = QFileInfo(overlay_path).absoluteDir().dirName();
    return parse_translation(original, *bytes, overlay_path,
                             is_language_code(folder) ? folder : QString());
}

bool is_lesson_translation(const QByteArray& json, QString* id) {
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject() || !doc.object().contains(QStringLiteral("lang")))
        return false;
    if (id)
        *id = doc.object().value(QStringLiteral("id")).toString();
    return true;
}

QString lesson_translation_original(const QString& overlay_path, const QString& id) {
    if (id.isEmpty() || id.contains(QLatin1Char('/')) || id.contains(QLatin1Char('\\')))
        return {};
    QDir dir = QFileInfo(overlay_path).absoluteDir();
    if (dir.cdUp() && QFileInfo::exists(dir.filePath(id + QStringLiteral(".json"))))
        return dir.filePath(id + QStringLiteral(".json"));
    const QString shipped = QStringLiteral(":/lessons/%1.json").arg(id);
    return QFileInfo::exists(shipped) ? shipped : QString();
}

QString lesson_translation_path(const Lesson& original, const QString& lang) {
    if (original.source.isEmpty() || original.id.isEmpty() || !is_language_code(lang))
        return {};
    return QFileInfo(original.source)
        .absoluteDir()
        .filePath(QStringLiteral("%1/%2.json").arg(lang, original.id));
}

QStringList lesson_translation_paths(const Lesson& original) {
    QStringList paths;
    if (original.source.isEmpty() || original.id.isEmpty())
        return paths;
    const QDir dir = QFileInfo(original.source).absoluteDir();
    for (const QString& lang : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString path = lesson_translation_path(original, lang);
        if (!path.isEmpty() && QFileInfo::exists(path))
            paths << path;
    }
    return paths;
}

Lesson lesson_in_language(const Lesson& original, const QString& lang, QList<LessonIssue>* issues) {
    if (lang.isEmpty() || lang == QLatin1String("en") || lang == original.lang)
        return original;
    const QString path = lesson_translation_path(original, lang);
    if (path.isEmpty() || !QFileInfo::exists(path))
        return original;
    LessonParseResult r = load_lesson_translation(original, path);
    if (r.lesson)
        return std::move(*r.lesson);
    qWarning("lesson %s: the %s translation does not pass the check (%s); showing the original",
             qPrintable(original.id), qPrintable(lang), qPrintable(r.issues.value(0).text(path)));
    if (issues)
        *issues = r.issues;
    return original;
}

QStringList shipped_lesson_paths() {
    QStringList paths;
    const QDir dir(QStringLiteral(":/lessons"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

} // namespace vtl::models
