#include "models/lessons/lesson_facts.hpp"

#include "models/await_twice/await_twice_lane_model.hpp"
#include "models/claims/dotnet_reference.hpp"
#include "models/claims/seed_claims.hpp"
#include "models/lessons/lesson.hpp"
#include "models/text/strategy_names.hpp"
#include "models/text/unit_format.hpp"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace vtl::models {

using namespace vtl::workload;

namespace {

bool is_nan(double v) {
    return std::isnan(v);
}

QString q(std::string_view v) {
    return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
}

// dotnet_reference.csv's numeric columns.
const QStringList& dotnet_columns() {
    static const QStringList c{"mean_ns",     "error_ns",     "allocated_bytes_per_op",
                               "gen0_per_1k", "gen1_per_1k",  "gen2_per_1k",
                               "hit_rate",    "payload_bytes"};
    return c;
}

QString key_part(QString s) {
    return s.replace(QLatin1Char(' '), QLatin1Char('_')).toLower();
}

} // namespace

const QStringList& LessonFacts::strategy_fields() {
    static const QStringList f{"name",
                               "calls",
                               "hits",
                               "misses",
                               "hit_share",
                               "allocs_per_op",
                               "alloc_bytes_per_op",
                               "allocs",
                               "alloc_bytes",
                               "mean_ns",
                               "p50_ns",
                               "p90_ns",
                               "p99_ns",
                               "p999_ns",
                               "max_ns",
                               "cpu_ns_per_op",
                               "gen0_per_1k",
                               "gen0",
                               "gen1",
                               "gen2",
                               "double_awaits",
                               "await_errors",
                               "silent_wrong_results",
                               "live_bytes",
                               "alloc_bytes_per_1m"};
    return f;
}

const QStringList& LessonFacts::await_twice_fields() {
    static const QStringList f{"outcome", "outcome_name", "headline",   "detail",
                               "value",   "first_value",  "expected",   "misuse",
                               "reuses",  "blocked_ms",   "leased",     "capacity",
                               "title",   "contract",     "other_value"};
    return f;
}

QString LessonFacts::not_measured() {
    return QStringLiteral("—");
}

void LessonFacts::set(const QString& key, const QString& text, double number) {
    facts_.insert(key, Fact{text, number});
}

const LessonFacts::Fact* LessonFacts::find(const QString& key) const {
    auto it = facts_.constFind(key);
    return it == facts_.constEnd() ? nullptr : &*it;
}

void LessonFacts::remove_prefix(const QString& prefix) {
    for (auto it = facts_.begin(); it != facts_.end();) {
        if (it.key().startsWith(prefix))
            it = facts_.erase(it);
        else
            ++it;
    }
}

QString LessonFacts::fill(const QString& narration) const {
    QString out;
    out.reserve(narration.size());
    for (qsizetype i = 0; i < narration.size(); ++i) {
        const QChar c = narration[i];
        if (c == QLatin1Char('{') && i + 1 < narration.size() &&
            narration[i + 1] == QLatin1Char('{')) {
            out += QLatin1Char('{');
            ++i;
            continue;
        }
        if (c == QLatin1Char('{')) {
            const qsizetype end = narration.indexOf(QLatin1Char('}'), i + 1);
            if (end < 0) {
                out += narration.mid(i);
                break;
            }
            const QString key = narration.mid(i + 1, end - i - 1).trimmed();
            const Fact* f = find(key);
            out += f ? f->text : not_measured();
            i = end;
            continue;
        }
        out += c;
    }
    return out;
}

QStringList LessonFacts::missing(const QString& narration) const {
    QStringList m;
    for (const QString& k : narration_placeholders(narration))
        if (!contains(k))
            m << k;
    return m;
}

void LessonFacts::add_scenario(const Scenario& s) {
    for (const ScenarioKey& k : scenario_keys()) {
        const QString value = QString::fromStdString(scenario_value_text(s, k.name));
        bool ok = false;
        const double n = value.toDouble(&ok);
        set(QStringLiteral("scenario.") + q(k.name), value,
            ok ? n : std::numeric_limits<double>::quiet_NaN());
    }
    // Friendlier forms of the keys narration quotes most.
    set(QStringLiteral("scenario.hit_rate_percent"), format_percent(s.hit_rate), s.hit_rate * 100);
    set(QStringLiteral("scenario.miss_latency"), format_ns(s.miss_latency_us * 1000),
        s.miss_latency_us * 1000);
}

void LessonFacts::add_engine(const EngineSnapshot& snap) {
    for (const StrategyProgress& p : snap.strategies) {
        if (!p.started)
            continue;
        const QString s = q(to_string(p.strategy)) + QLatin1Char('.');
        remove_prefix(s);
        const double calls = double(p.calls_done);
        const auto per_op = [&](double v) {
            return calls > 0 ? v / calls : 0.0;
        };
        set(s + "name", strategy_name(p.strategy));
        set(s + "calls", format_count(p.calls_done), calls);
        set(s + "hits", format_count(p.hits), double(p.hits));
        set(s + "misses", format_count(p.misses), double(p.misses));
        set(s + "hit_share", format_percent(per_op(double(p.hits))), per_op(double(p.hits)));
        const double allocs = per_op(double(p.allocs));
        const double bytes = per_op(double(p.alloc_bytes));
        set(s + "allocs_per_op", format_number(allocs), allocs);
        set(s + "alloc_bytes_per_op", format_bytes(bytes), bytes);
        set(s + "alloc_bytes_per_1m", format_bytes(bytes * 1e6), bytes * 1e6);
        set(s + "live_bytes", format_bytes(double(p.live_bytes)), double(p.live_bytes));
        set(s + "allocs", format_count(p.allocs), double(p.allocs));
        set(s + "alloc_bytes", format_bytes(double(p.alloc_bytes)), double(p.alloc_bytes));
        if (p.latency.count() > 0) {
            const double mean = p.latency.mean();
            set(s + "mean_ns", format_ns(mean), mean);
            const std::pair<const char*, double> pcts[] = {
                {"p50_ns", 50}, {"p90_ns", 90}, {"p99_ns", 99}, {"p999_ns", 99.9}};
            for (const auto& [name, pct] : pcts) {
                const double v = double(p.latency.percentile(pct));
                set(s + name, format_ns(v), v);
            }
            const double mx = double(p.latency.percentile(100));
            set(s + "max_ns", format_ns(mx), mx);
        }
        set(s + "cpu_ns_per_op", format_ns(p.cpu_ns_per_op), p.cpu_ns_per_op);
        const double g0 = calls > 0 ? double(p.gc.gen0) * 1000.0 / calls : 0.0;
        set(s + "gen0_per_1k", format_number(g0), g0);
        set(s + "gen0", format_count(p.gc.gen0), double(p.gc.gen0));
        set(s + "gen1", format_count(p.gc.gen1), double(p.gc.gen1));
        set(s + "gen2", format_count(p.gc.gen2), double(p.gc.gen2));
        set(s + "double_awaits", format_count(p.double_awaits), double(p.double_awaits));
        set(s + "await_errors", format_count(p.await_errors), double(p.await_errors));
        set(s + "silent_wrong_results", format_count(p.silent_wrong_results),
            double(p.silent_wrong_results));
    }
    // Ratios between every pair of strategies that ran, for every numeric field.
    remove_prefix(QStringLiteral("ratio."));
    for (const StrategyProgress& a : snap.strategies)
        for (const StrategyProgress& b : snap.strategies) {
            if (!a.started || !b.started || a.strategy == b.strategy)
                continue;
            for (const QString& field : strategy_fields()) {
                const Fact* fa = find(q(to_string(a.strategy)) + '.' + field);
                const Fact* fb = find(q(to_string(b.strategy)) + '.' + field);
                if (!fa || !fb || is_nan(fa->number) || is_nan(fb->number))
                    continue;
                const QString key =
                    QStringLiteral("ratio.%1.%2.%3")
                        .arg(field, q(to_string(a.strategy)), q(to_string(b.strategy)));
                if (fb->number == 0) {
                    set(key, fa->number == 0 ? QStringLiteral("1") : tr("∞ (the other is 0)"));
                    continue;
                }
                const double r = fa->number / fb->number;
                set(key, format_number(r, 2), r);
            }
        }
}

void LessonFacts::add_await_twice(const AwaitTwiceOutcome& o) {
    const QString s = QStringLiteral("await_twice.") + q(to_string(o.which)) + '.';
    remove_prefix(s);
    AwaitTwiceLaneModel model(o.which);
    model.show(o);
    set(s + "outcome", q(to_string(o.outcome)));
    set(s + "outcome_name", AwaitTwiceLaneModel::outcome_name(o.outcome));
    set(s + "contract", q(to_string(contract_outcome(o.which))));
    set(s + "title", AwaitTwiceLaneModel::title(o.which));
    set(s + "headline", model.headline());
    set(s + "detail", model.detail());
    set(s + "expected", QString::number(o.expected_value), o.expected_value);
    if (o.value)
        set(s + "value", QString::number(*o.value), *o.value);
    if (o.first_value)
        set(s + "first_value", QString::number(*o.first_value), *o.first_value);
    if (o.misuse)
        set(s + "misuse", AwaitTwiceLaneModel::misuse_text(*o.misuse));
    if (o.other_operation_value)
        set(s + "other_value", QString::number(*o.other_operation_value), *o.other_operation_value);
    set(s + "reuses", format_count(o.reuses_between), double(o.reuses_between));
    set(s + "blocked_ms", format_number(double(o.blocked_ns) / 1e6), double(o.blocked_ns) / 1e6);
    set(s + "leased", format_count(std::uint64_t(o.leased_at_end)), double(o.leased_at_end));
    set(s + "capacity", format_count(std::uint64_t(o.pool_capacity)), double(o.pool_capacity));
}

void LessonFacts::add_dotnet(const DotnetEvidence& e) {
    if (e.reference) {
        const DotnetReference& r = *e.reference;
        set(QStringLiteral("dotnet.runtime"), r.runtime);
        set(QStringLiteral("dotnet.cpu"), r.cpu);
        set(QStringLiteral("dotnet.date"), r.date);
        for (const DotnetRow& row : r.rows) {
            // Three names per row: the section's first row of that name, the first at its hit
            // rate ("gc_h80") and the one at its hit rate and payload ("gc_h80_p256").
            QStringList sections{key_part(row.section)};
            if (!is_nan(row.hit_rate)) {
                sections << sections[0] + QStringLiteral("_h%1").arg(qRound(row.hit_rate * 100));
                if (!is_nan(row.payload_bytes))
                    sections << sections[1] + QStringLiteral("_p%1").arg(qRound(row.payload_bytes));
            }
            for (const QString& section : sections) {
                const QString base =
                    QStringLiteral("dotnet.%1.%2.").arg(section, key_part(row.name));
                const double values[] = {
                    row.mean_ns,     row.error_ns,     row.allocated_bytes_per_op,
                    row.gen0_per_1k, row.gen1_per_1k,  row.gen2_per_1k,
                    row.hit_rate,    row.payload_bytes};
                for (int i = 0; i < dotnet_columns().size(); ++i) {
                    if (is_nan(values[i]) || contains(base + dotnet_columns()[i]))
                        continue; // the first row of a name wins (a full job before a short one)
                    const QString& col = dotnet_columns()[i];
                    const QString text = col.endsWith(QLatin1String("_ns")) ? format_ns(values[i])
                                         : col == QLatin1String("allocated_bytes_per_op")
                                             ? format_bytes(values[i])
                                             : format_number(values[i]);
                    set(base + col, text, values[i]);
                }
            }
        }
    }
    if (e.outcomes)
        for (const DotnetOutcome& c : e.outcomes->cases)
            set(QStringLiteral("dotnet_outcome.%1.outcome").arg(c.id), c.outcome);
}

void LessonFacts::add_claims() {
    for (const SeedClaim& c : seed_claims()) {
        const QString base = QStringLiteral("claim.") + c.id + '.';
        set(base + "quote", c.quote);
        set(base + "claim", c.claim());
        set(base + "seed", c.seed_file);
    }
}

std::optional<QString> LessonFacts::answer(const LessonPrediction& p) const {
    if (p.rule == LessonPrediction::Rule::fact) {
        const Fact* f = find(p.fact);
        if (!f)
            return std::nullopt;
        return f->text;
    }
    // A choice "same" wins when every candidate is within 2 % of the largest.
    if (p.has_choice(QStringLiteral("same"))) {
        double lo = 0, hi = 0;
        bool first = true, all = true;
        for (const QString& s : p.among) {
            const Fact* f = find(s + '.' + p.field);
            if (!f || is_nan(f->number)) {
                all = false;
                break;
            }
            lo = first ? f->number : std::min(lo, f->number);
            hi = first ? f->number : std::max(hi, f->number);
            first = false;
        }
        if (all && hi - lo <= 0.02 * std::abs(hi))
            return QStringLiteral("same");
    }
    std::optional<QString> best;
    double best_value = 0;
    for (const QString& s : p.among) {
        const Fact* f = find(s + '.' + p.field);
        if (!f || is_nan(f->number))
            return std::nullopt; // every candidate must have been measured
        const bool better = p.rule == LessonPrediction::Rule::lowest ? f->number < best_value
                                                                     : f->number > best_value;
        if (!best || better) {
            best = s;
            best_value = f->number;
        }
    }
    return best;
}

bool LessonFacts::valid_key(const QString& key, QString* why) {
    const auto fail = [&](const QString& message) {
        if (why)
            *why = message;
        return false;
    };
    const QStringList parts = key.split(QLatin1Char('.'));
    if (parts.size() < 2)
        return fail(
            tr("'%1' is not a fact: write {source.field}, e.g. {task.allocs_per_op}").arg(key));
    const QString& head = parts[0];
    const auto strategy = [](const QString& name) {
        const QByteArray b = name.toUtf8();
        return parse_strategy(std::string_view(b.constData(), std::size_t(b.size()))).has_value();
    };
    if (strategy(head)) {
        if (parts.size() != 2 || !strategy_fields().contains(parts[1]))
            return fail(tr("'%1': a strategy's fields are %2")
                            .arg(key, strategy_fields().join(QStringLiteral(", "))));
        return true;
    }
    if (head == QLatin1String("ratio")) {
        if (parts.size() != 4 || !strategy_fields().contains(parts[1]) || !strategy(parts[2]) ||
            !strategy(parts[3]) || parts[2] == parts[3])
            return fail(tr("'%1': write ratio.<field>.<strategy>.<other strategy>").arg(key));
        return true;
    }
    if (head == QLatin1String("await_twice") || head == QLatin1String("dotnet_outcome")) {
        const QByteArray id = parts.value(1).toUtf8();
        if (parts.size() != 3 ||
            !await_twice_case_from_string(std::string_view(id.constData(), std::size_t(id.size()))))
            return fail(
                tr("'%1': write %2.<case id>.<field> with a case id of the lab").arg(key, head));
        const QStringList& fields = head == QLatin1String("await_twice")
                                        ? await_twice_fields()
                                        : QStringList{QStringLiteral("outcome")};
        if (!fields.contains(parts[2]))
            return fail(tr("'%1': the fields are %2").arg(key, fields.join(QStringLiteral(", "))));
        return true;
    }
    if (head == QLatin1String("dotnet")) {
        if (parts.size() == 2 &&
            (parts[1] == QLatin1String("runtime") || parts[1] == QLatin1String("cpu") ||
             parts[1] == QLatin1String("date")))
            return true;
        if (parts.size() != 4 || !dotnet_columns().contains(parts[3]))
            return fail(tr("'%1': write dotnet.<section>.<name>.<column>, column one of %2")
                            .arg(key, dotnet_columns().join(QStringLiteral(", "))));
        return true;
    }
    if (head == QLatin1String("claim")) {
        if (parts.size() != 3 || !QStringList{"quote", "claim", "seed"}.contains(parts[2]))
            return fail(tr("'%1': write claim.<id>.quote|claim|seed").arg(key));
        for (const SeedClaim& c : seed_claims())
            if (c.id == parts[1])
                return true;
        return fail(tr("'%1': no seed claim has the id '%2'").arg(key, parts[1]));
    }
    if (head == QLatin1String("scenario")) {
        const QByteArray k = parts.value(1).toUtf8();
        if (parts.size() == 2 &&
            (find_scenario_key(std::string_view(k.constData(), std::size_t(k.size()))) ||
             parts[1] == QLatin1String("hit_rate_percent") ||
             parts[1] == QLatin1String("miss_latency")))
            return true;
        return fail(tr("'%1': not a scenario key").arg(key));
    }
    if (head == QLatin1String("prediction")) {
        if (parts.size() != 3 || !QStringList{"chosen", "answer", "verdict"}.contains(parts[2]))
            return fail(tr("'%1': write prediction.<id>.chosen|answer|verdict").arg(key));
        return true; // the id is checked against the lesson's predictions by the parser
    }
    return fail(tr("'%1': unknown source '%2' (strategies, ratio, await_twice, dotnet, "
                   "dotnet_outcome, claim, scenario, prediction)")
                    .arg(key, head));
}

} // namespace vtl::models
