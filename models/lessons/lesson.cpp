#include "models/lessons/lesson.hpp"

#include "models/lessons/lesson_checker_internal.hpp"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace vtl::models {

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
