// Reading a lesson's translation overlay: only its text, checked against the original (id,
// steps, predict and choice ids, each text's {placeholders}).
#include "models/lessons/lesson_checker_internal.hpp"

#include "models/text/models_tr.hpp"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <utility>

namespace vtl::models {

namespace {

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

// The predict's question and its choices' texts, matched to the original's by choice id.
void translate_predict(Checker& ck, const QJsonObject& s, const QString& path, const LessonStep& o,
                       LessonStep& t) {
    const QString pp = path + "/predict";
    if (!o.predict) {
        if (s.contains("predict"))
            ck.issue_key(pp, tr("the original step asks nothing: no 'predict' here"));
        return;
    }
    if (!s.value("predict").isObject()) {
        if (s.contains("predict"))
            ck.issue_value(pp, tr("'predict' must be an object"));
        else
            ck.issue_key(path,
                         tr("missing 'predict' (the original step asks '%1')").arg(o.predict->id));
        return;
    }
    const QJsonObject p = s.value("predict").toObject();
    ck.only(p, pp, {"question", "choices"});
    t.predict->question = ck.string(p, pp, "question", true);
    if (!t.predict->question.isEmpty())
        check_placeholders(ck, pp + "/question", o.predict->question, t.predict->question);
    const QJsonArray choices = p.value("choices").toArray();
    if (!p.value("choices").isArray()) {
        ck.issue_key(pp + "/choices", tr("'choices' must list the original's choices"));
        return;
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
            ck.issue_value(
                cp + "/id",
                tr("choice '%1' is not in the original (choices: %2)").arg(cid, ids.join(", ")));
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

LessonParseResult parse_translation(const Lesson& original, const QByteArray& json,
                                    const QString& source, const QString& folder_lang) {
    LessonParseResult result;
    const std::optional<QJsonObject> parsed =
        json_root(json, tr("a lesson translation is a JSON object"), result);
    if (!parsed)
        return result;
    static const LessonSchema no_schema;
    Checker ck(json, no_schema);
    const QJsonObject& root = *parsed;
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

        translate_predict(ck, s, path, o, t);
    }

    return ck.finish(std::move(out));
}

} // namespace

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

} // namespace vtl::models
