// LessonFacts: what a lesson's narration may quote, filled from what was measured in this
// session — the engine's snapshot of the lesson's own run, the await-twice cases the lesson
// ran in the core, the shipped (or fresh) real-.NET reference, the seeds' quotes and the
// scenario in effect. A placeholder whose fact was not measured (yet) renders as "—", never
// as an invented number.
//
// Keys (docs/LESSONS.md):
//   <strategy>.<field>          task.allocs_per_op, valuetask.p99_ns, pooled.gen0_per_1k, …
//   ratio.<field>.<a>.<b>       a's field divided by b's ("how many times")
//   await_twice.<case>.<field>  outcome, outcome_name, headline, detail, value, first_value,
//                               expected, misuse, reuses, blocked_ms, leased, capacity
//   dotnet.<section>.<name>.<column>  a row of dotnet_reference.csv (e.g.
//                               dotnet.gc_concurrent.task.allocated_bytes_per_op)
//   dotnet.runtime, dotnet.cpu, dotnet.date
//   dotnet_outcome.<case>.outcome     real .NET's outcome of an await-twice case
//   claim.<id>.quote|claim|seed       a seed's claim (models/claims/seed_claims)
//   scenario.<key>               the scenario in effect (every key of the key table)
//   prediction.<id>.chosen|answer|verdict   the class's choice, the computed answer
#pragma once

#include "workload/await_twice_lab.hpp"
#include "workload/engine.hpp"
#include "workload/scenario.hpp"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>

namespace vtl::models {

struct LessonPrediction;
struct DotnetEvidence;

class LessonFacts {
    Q_DECLARE_TR_FUNCTIONS(vtl::models::LessonFacts)
public:
    struct Fact {
        QString text;                                             // as shown in narration
        double number = std::numeric_limits<double>::quiet_NaN(); // for comparisons
    };

    void set(const QString& key, const QString& text,
             double number = std::numeric_limits<double>::quiet_NaN());
    const Fact* find(const QString& key) const;
    bool contains(const QString& key) const { return facts_.contains(key); }
    QStringList keys() const { return facts_.keys(); }
    void clear() { facts_.clear(); }
    // Removes every fact whose key starts with `prefix`.
    void remove_prefix(const QString& prefix);

    // Replaces each {key} by its fact's text ("—" when not measured); "{{" is a literal "{".
    QString fill(const QString& narration) const;
    // The {keys} of `narration` that have no fact now.
    QStringList missing(const QString& narration) const;

    // The per-strategy figures of an engine snapshot (finished or paused).
    void add_engine(const workload::EngineSnapshot& snapshot);
    void add_await_twice(const workload::AwaitTwiceOutcome& outcome);
    void add_scenario(const workload::Scenario& scenario);
    void add_dotnet(const DotnetEvidence& evidence);
    void add_claims();
    // The prediction's answer computed from the facts (a choice id), or none when the facts
    // it needs are not there.
    std::optional<QString> answer(const LessonPrediction& p) const;

    // Whether `key` names a fact that can exist (used by the checker); `why` says what is
    // wrong otherwise.
    static bool valid_key(const QString& key, QString* why = nullptr);
    static const QStringList& strategy_fields();
    static const QStringList& await_twice_fields();
    static QString not_measured(); // "—"

private:
    QMap<QString, Fact> facts_;
};

} // namespace vtl::models
