#include "models/text/scenario_key_text.hpp"

#include "models/text/qt_string.hpp"

#include <QCoreApplication>

#include <cstring>

namespace vtl::models {

namespace {

constexpr const char* context = "vtl::models::ScenarioKeyText";

struct KeyText {
    const char* name;
    const char* help;
    const char* unit;    // null: the key has none
    const char* allowed; // null: the core's text (numbers and identifiers only)
};

// By key name, in the order of core/workload/scenario.cpp's key table (which holds the names,
// types and ranges, but no prose).
const KeyText texts[] = {
    {"strategies",
     QT_TRANSLATE_NOOP(
         "vtl::models::ScenarioKeyText",
         "Which implementations of the same cached service to run, one after another, over "
         "the same sequence of calls. task: a hit allocates one completed Task object, "
         "only a miss runs a coroutine (heap frame). pooled: .NET's pooling builder: a miss "
         "takes a cached box (one per thread, one per core) or allocates one; a box returns "
         "when its result is read, so callers that await each call reuse boxes. "
         "pooled_unbounded: not .NET, a hand-written unbounded pool."),
     nullptr,
     QT_TRANSLATE_NOOP(
         "vtl::models::ScenarioKeyText",
         "1–5 distinct of task, valuetask, valuetask_coroutine, pooled, pooled_unbounded")},
    {"calls",
     QT_TRANSLATE_NOOP("vtl::models::ScenarioKeyText",
                       "How many service calls each strategy makes."),
     QT_TRANSLATE_NOOP("vtl::models::ScenarioKeyText", "operations per strategy"), nullptr},
    {"hit_rate",
     QT_TRANSLATE_NOOP("vtl::models::ScenarioKeyText",
                       "Share of calls answered from the cache: those complete synchronously."),
     QT_TRANSLATE_NOOP("vtl::models::ScenarioKeyText", "fraction"), nullptr},
    {"miss_latency_us",
     QT_TRANSLATE_NOOP(
         "vtl::models::ScenarioKeyText",
         "Mean simulated backend latency of a cache miss: the time the asynchronous path "
         "waits."),
     QT_TRANSLATE_NOOP("vtl::models::ScenarioKeyText", "µs"), nullptr},
    {"miss_latency_dist",
     QT_TRANSLATE_NOOP("vtl::models::ScenarioKeyText",
                       "Whether every miss waits exactly the mean latency or an exponentially "
                       "distributed time with that mean."),
     nullptr, nullptr},
    {"concurrency",
     QT_TRANSLATE_NOOP(
         "vtl::models::ScenarioKeyText",
         "How many callers run at once; while some wait for the backend, others proceed."),
     QT_TRANSLATE_NOOP("vtl::models::ScenarioKeyText", "callers in flight"), nullptr},
    {"payload_bytes",
     QT_TRANSLATE_NOOP(
         "vtl::models::ScenarioKeyText",
         "Size of the cached value; above 16 bytes every copy of it needs the heap, and 0 "
         "means a bool result."),
     QT_TRANSLATE_NOOP("vtl::models::ScenarioKeyText", "bytes"), nullptr},
    {"double_await_rate",
     QT_TRANSLATE_NOOP(
         "vtl::models::ScenarioKeyText",
         "Share of calls that await their ValueTask a second time (the misuse the lab "
         "shows)."),
     QT_TRANSLATE_NOOP("vtl::models::ScenarioKeyText", "fraction"), nullptr},
    {"what_if_source_ignores_token",
     QT_TRANSLATE_NOOP(
         "vtl::models::ScenarioKeyText",
         "What-if, not .NET: pooled_unbounded's sources ignore their 16-bit token, as a "
         "hand-written IValueTaskSource could (.NET's ManualResetValueTaskSourceCore "
         "always checks it); a stale await then silently reads another operation's result."),
     nullptr, nullptr},
    {"task_result_cache",
     QT_TRANSLATE_NOOP(
         "vtl::models::ScenarioKeyText",
         "Whether Task completes results from cached instances without allocating, as .NET "
         "10's Task.FromResult does for null, both bools, int -1..8 and every all-zero "
         "value of 1, 2, 4, 8 or 16 bytes (a 0-byte payload is a bool)."),
     nullptr, nullptr},
    {"seed",
     QT_TRANSLATE_NOOP(
         "vtl::models::ScenarioKeyText",
         "Seed of the pseudo-random sequence of hits, misses and latencies; same seed, "
         "same workload."),
     nullptr, nullptr},
    {"clock",
     QT_TRANSLATE_NOOP(
         "vtl::models::ScenarioKeyText",
         "skip_idle jumps over idle waits so long runs finish in seconds; real actually "
         "sleeps (slow-motion demos)."),
     nullptr, nullptr},
    {"gc_gen0_budget_bytes",
     QT_TRANSLATE_NOOP(
         "vtl::models::ScenarioKeyText",
         "GC model: bytes allocated between two modelled gen0 collections (default: .NET's "
         "workstation gen0 budget for this machine: 5/8 of max(4/5 of the largest cache, "
         "256 KiB), at least 6 MiB as max; 160 KiB when the cache size is unknown)."),
     QT_TRANSLATE_NOOP("vtl::models::ScenarioKeyText", "bytes"), nullptr},
};

const KeyText* text_of(const workload::ScenarioKey& key) {
    for (const KeyText& t : texts)
        if (key.name == t.name)
            return &t;
    return nullptr;
}

QString translated(const char* text) {
    return QCoreApplication::translate(context, text);
}

} // namespace

QString key_help(const workload::ScenarioKey& key) {
    const KeyText* t = text_of(key);
    return t ? translated(t->help) : QString(); // every key has one (every_key_has_text)
}

QString key_unit(const workload::ScenarioKey& key) {
    const KeyText* t = text_of(key);
    return t && t->unit ? translated(t->unit) : qs(key.unit);
}

QString key_allowed(const workload::ScenarioKey& key) {
    const KeyText* t = text_of(key);
    return t && t->allowed ? translated(t->allowed) : qs(key.allowed);
}

QString key_tooltip(const workload::ScenarioKey& key) {
    const QString unit = key_unit(key);
    return QStringLiteral("<p><b>%1</b> — %2</p><p>%3</p>")
        .arg(qs(key.name), key_help(key).toHtmlEscaped(),
             QCoreApplication::translate("vtl::models::ScenarioKeyText", "Allowed: %1%2")
                 .arg(key_allowed(key),
                      unit.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(unit))
                 .toHtmlEscaped());
}

bool every_key_has_text() {
    for (const workload::ScenarioKey& key : workload::scenario_keys()) {
        const KeyText* t = text_of(key);
        if (t == nullptr || (t->unit == nullptr) != key.unit.empty())
            return false;
    }
    return true;
}

} // namespace vtl::models
