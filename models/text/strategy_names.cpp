#include "models/text/strategy_names.hpp"

#include "workload/payload.hpp"

#include <QCoreApplication>

namespace vtl::models {

QString strategy_name(workload::Strategy s) {
    switch (s) {
    case workload::Strategy::task:
        return QStringLiteral("Task<T>");
    case workload::Strategy::valuetask:
        return QStringLiteral("ValueTask<T>");
    case workload::Strategy::valuetask_coroutine:
        return QStringLiteral("ValueTask<T> coroutine");
    case workload::Strategy::pooled:
        return QStringLiteral("pooled");
    case workload::Strategy::pooled_unbounded:
        return QStringLiteral("pooled (unbounded)");
    }
    return QStringLiteral("?");
}

QString strategy_description(workload::Strategy s) {
    switch (s) {
    case workload::Strategy::task:
        return QCoreApplication::translate(
                   "StrategyNames",
                   "task: Task<T>; a cache hit allocates one completed Task object (%1 B in this "
                   "build; none for a 0-byte payload, a cached bool) and no coroutine frame; "
                   "only a miss runs a coroutine, whose frame is on the heap")
            .arg(workload::task_hit_object_bytes);
    case workload::Strategy::valuetask:
        return QCoreApplication::translate(
            "StrategyNames", "valuetask: a plain function returning ValueTask<T>; a cache hit "
                             "returns the value, a miss wraps a Task<T>");
    case workload::Strategy::valuetask_coroutine:
        return QCoreApplication::translate(
            "StrategyNames", "valuetask_coroutine: a coroutine returning ValueTask<T>; in C++ "
                             "its frame is allocated before the body runs, hit or miss");
    case workload::Strategy::pooled:
        return QCoreApplication::translate(
            "StrategyNames",
            "pooled: ValueTask<T> over .NET's pooling builder "
            "(PoolingAsyncValueTaskMethodBuilder): "
            "a miss takes a cached box (one per thread, one per core) or allocates one; a box "
            "returns when its result is read, so callers that await each call reuse boxes, "
            "while results read in a batch overflow the cache");
    case workload::Strategy::pooled_unbounded:
        return QCoreApplication::translate(
            "StrategyNames", "pooled_unbounded: not .NET — a hand-written unbounded pool of "
                             "frames and sources; no allocations in steady state");
    }
    return {};
}

} // namespace vtl::models
