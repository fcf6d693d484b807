// Lessons as data (issue 12): a lesson is a JSON file a teacher writes by hand — a title and
// a sequence of steps. A step may set scenario keys, choose a view, run / pause / resume /
// step the engine, run an await-twice case (to a frame or to its outcome), highlight a named
// region of the view, show narration whose {placeholders} are filled from THIS run's
// measurements, ask the class to predict, and reveal a prediction (the correct choice is
// computed from the real run, never written in the file). docs/LESSONS.md documents the
// format; parse_lesson() checks every field and reports problems with line:column.
#pragma once

#include "workload/await_twice_lab.hpp"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace vtl::models {

enum class LessonEngineAction : std::uint8_t {
    none,
    run,    // start the step's scenario; with `calls`: pause once about that many calls ran
    pause,  // pause the run in progress
    resume, // resume and wait until the run ends
    step,   // pause if running, then let `calls` (default 1) calls run, one by one
    reset,  // cancel and clear
};
const char* to_string(LessonEngineAction a) noexcept;

struct LessonChoice {
    QString id;   // compared with the computed answer ("exception", "task", …)
    QString text; // what the class reads
};

struct LessonPrediction {
    enum class Rule : std::uint8_t {
        fact,    // the answer is the value of a fact (e.g. await_twice.pooling_builder.outcome)
        lowest,  // the strategy (among `among`) with the lowest `field`; a choice "same"
                 // wins when all are within 2 % of the largest
        highest, // … the highest
    };
    QString id;
    QString question;
    QList<LessonChoice> choices;
    Rule rule = Rule::fact;
    QString fact;      // Rule::fact
    QString field;     // lowest/highest: a per-strategy field ("allocs_per_op")
    QStringList among; // lowest/highest: strategy names
    bool has_choice(const QString& id) const;
};

struct LessonStep {
    QString title;
    QList<QPair<QString, QString>> scenario; // key, value as `--set key=value` accepts it
    QString view;                            // a view id; empty: keep the current one
    LessonEngineAction engine = LessonEngineAction::none;
    std::uint64_t engine_calls = 0; // run: pause at about this many calls (0: to the end)
                                    // step: how many calls (0 means 1)
    std::optional<workload::AwaitTwiceCase> lane; // run this await-twice case
    int lane_frame = -1;                          // show this frame; -1: the outcome
    bool lab_all = false;                         // run every case of the lab
    QString highlight;                            // a region of the step's view
    QString narration;                            // with {fact.key} placeholders
    std::optional<LessonPrediction> predict;      // ask (the class answers before Next)
    QString reveal;                               // the id of a prediction asked earlier
    int line = 0, column = 0;                     // where the step starts in the file
};

struct Lesson {
    QString id; // stable, ASCII ("why-valuetask")
    QString title;
    QString summary;
    QList<LessonStep> steps;
    QString source; // the file it came from
    QString lang;   // empty: the original (English); else the translation overlay's language
};

struct LessonIssue {
    int line = 0, column = 0; // 1-based; 0 when unknown
    QString message;
    QString text(const QString& file) const; // "file:3:17: message"
};

// What a lesson may refer to besides the core's own tables (scenario keys, await-twice case
// ids, strategies): the application's views and the named regions each view exposes.
struct LessonSchema {
    QStringList views;
    QMap<QString, QStringList> regions; // view id -> region ids
};

struct LessonParseResult {
    std::optional<Lesson> lesson; // set only when there is no issue
    QList<LessonIssue> issues;
};

// Parses and validates. Every issue found is reported (not only the first).
LessonParseResult parse_lesson(const QByteArray& json, const LessonSchema& schema,
                               const QString& source = {});
LessonParseResult load_lesson(const QString& path, const LessonSchema& schema);

// 1-based line and column (in characters) of a byte offset into `text`.
QPair<int, int> line_column(const QByteArray& text, qsizetype offset);

// The placeholders of a narration ("{task.allocs_per_op}" -> "task.allocs_per_op").
QStringList narration_placeholders(const QString& narration);

// The lessons compiled in (":/lessons/*.json"), sorted by file name. Only the originals: the
// translation overlays in ":/lessons/<lang>/" are not lessons of their own.
QStringList shipped_lesson_paths();

// Translation overlays (docs/LESSONS.md, "Translating a lesson"). An overlay holds only the text
// of one lesson in one language — title, summary, and per step, in the same order, the title,
// the narration and the predict's question and choice texts (by choice id). Everything that
// drives the app (scenario, view, engine, answers…) comes from the original, so it cannot drift.
// It lives beside the original: <folder of the original>/<lang>/<id>.json.
//
// The overlay is checked against `original`: its id, its number of steps, each step's predict
// and choice ids, and each narration's (and question's) set of {placeholders}, which must equal
// the original step's: a translator keeps every figure. Issues carry line:column of the overlay.
LessonParseResult parse_lesson_translation(const Lesson& original, const QByteArray& json,
                                           const QString& source = {});
// As above, from a file; also checks that 'lang' matches the folder the file is in, when that
// folder is named like a language (two letters: "ja").
LessonParseResult load_lesson_translation(const Lesson& original, const QString& overlay_path);
// Whether `json` is a translation overlay (an object with a top-level "lang"); its "id".
bool is_lesson_translation(const QByteArray& json, QString* id = nullptr);
// The original an overlay file translates: <id>.json in the folder above the overlay's, else
// the shipped ":/lessons/<id>.json"; "" when neither exists.
QString lesson_translation_original(const QString& overlay_path, const QString& id);
// Where `original`'s overlay for `lang` would be ("" when the original has no file).
QString lesson_translation_path(const Lesson& original, const QString& lang);
// The overlays that exist for `original`, sorted by language.
QStringList lesson_translation_paths(const Lesson& original);
// `original` in `lang`: its overlay when it exists and passes the check, else the original
// itself — never a half-translated lesson. `issues` (optional) receives a broken overlay's
// problems. "en" and "" give the original.
Lesson lesson_in_language(const Lesson& original, const QString& lang,
                          QList<LessonIssue>* issues = nullptr);

} // namespace vtl::models
