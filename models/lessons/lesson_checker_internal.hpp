// Internal to the lesson files (lesson.cpp, lesson_parser.cpp, lesson_translation_parser.cpp,
// lesson_checker.cpp): reading a lesson's JSON and reporting its issues with line:column.
#pragma once

#include "models/lessons/lesson.hpp"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace vtl::models {

// Where each key and value of a well-formed JSON text starts, by path ("steps/2/view").
// QJsonDocument keeps no positions, so the checker finds them here to report line:column.
struct Positions {
    QHash<QString, qsizetype> keys, values;
    QList<QPair<qsizetype, QString>> duplicates; // offset, path

    explicit Positions(const QByteArray& text);

private:
    const QByteArray& t;
    qsizetype i = 0;

    void ws();
    QString string();
    void value(const QString& path);
};

class Checker {
    // Its messages' context is the class, as lupdate files them (a free tr() would look them
    // up under "vtl::models" and never find the ja/ru text).
    Q_DECLARE_TR_FUNCTIONS(vtl::models::Checker)
public:
    Checker(const QByteArray& text, const LessonSchema& schema);

    QList<LessonIssue> issues;

    void issue_at(qsizetype offset, const QString& message);
    // At the key `path` if it exists, else at its value, else at its parent.
    void issue_key(const QString& path, const QString& message);
    void issue_value(const QString& path, const QString& message);

    // Unknown keys of an object.
    void only(const QJsonObject& o, const QString& path, const QStringList& allowed);
    QString string(const QJsonObject& o, const QString& path, const QString& key, bool required);
    // The issues in file order; the lesson only when there are none.
    LessonParseResult finish(Lesson lesson);
    static QString join(const QString& a, const QString& b) {
        return a.isEmpty() ? b : a + '/' + b;
    }

    const QByteArray& text_;
    Positions pos_;
    const LessonSchema& schema_;
};

// The root object of a lesson's JSON text; nullopt, with the issue in `result`, when the text is
// not JSON (the error at its line:column) or its root is not an object (`not_object`).
std::optional<QJsonObject> json_root(const QByteArray& json, const QString& not_object,
                                     LessonParseResult& result);

// The file's bytes, or an issue (unreadable, larger than 1 MiB).
std::optional<QByteArray> read_lesson_file(const QString& path, LessonParseResult& r);

inline bool is_language_code(const QString& s) {
    if (s.size() != 2)
        return false;
    for (QChar c : s)
        if (c < QLatin1Char('a') || c > QLatin1Char('z'))
            return false;
    return true;
}

} // namespace vtl::models
