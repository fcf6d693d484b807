// The checker both lesson parsers use: the JSON text's root object, where each key and value
// stands, the issues found reported there with line:column in file order; the file's bytes.
#include "models/lessons/lesson_checker_internal.hpp"

#include "models/text/models_tr.hpp"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <tuple>
#include <utility>

namespace vtl::models {

namespace {

// Japanese lines join without a space: a line ending in a CJK character or full-width
// punctuation ("。") runs on into the next.
bool ends_wide(const QString& text) {
    if (text.isEmpty())
        return false;
    const char16_t c = text.back().unicode();
    return (c >= 0x3000 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef);
}

} // namespace

Positions::Positions(const QByteArray& text)
    : t(text) {
    value(QString());
}

void Positions::ws() {
    while (i < t.size() && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r'))
        ++i;
}

QString Positions::string() {
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

void Positions::value(const QString& path) {
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

Checker::Checker(const QByteArray& text, const LessonSchema& schema)
    : text_(text)
    , pos_(text)
    , schema_(schema) {
    for (const auto& [offset, path] : pos_.duplicates)
        issue_at(offset, tr("duplicate key '%1'").arg(path.section('/', -1)));
}

void Checker::issue_at(qsizetype offset, const QString& message) {
    const auto [line, column] = line_column(text_, offset);
    issues.append({line, column, message});
}

void Checker::issue_key(const QString& path, const QString& message) {
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

void Checker::issue_value(const QString& path, const QString& message) {
    if (pos_.values.contains(path))
        return issue_at(pos_.values.value(path), message);
    issue_key(path, message);
}

void Checker::only(const QJsonObject& o, const QString& path, const QStringList& allowed) {
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!allowed.contains(it.key()))
            issue_key(join(path, it.key()),
                      tr("unknown key '%1' (allowed: %2)").arg(it.key(), allowed.join(", ")));
}

QString Checker::string(const QJsonObject& o, const QString& path, const QString& key,
                        bool required) {
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
                    (joined.isEmpty() || joined.endsWith('\n') || ends_wide(joined) ? "" : " ") +
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

LessonParseResult Checker::finish(Lesson lesson) {
    std::sort(issues.begin(), issues.end(), [](const LessonIssue& a, const LessonIssue& b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    LessonParseResult result;
    result.issues = issues;
    if (result.issues.isEmpty())
        result.lesson = std::move(lesson);
    return result;
}

std::optional<QJsonObject> json_root(const QByteArray& json, const QString& not_object,
                                     LessonParseResult& result) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = line_column(json, error.offset);
        result.issues.append({line, column, error.errorString()});
        return std::nullopt;
    }
    if (!doc.isObject()) {
        result.issues.append({1, 1, not_object});
        return std::nullopt;
    }
    return doc.object();
}

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

} // namespace vtl::models
