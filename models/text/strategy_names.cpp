#include "models/text/strategy_names.hpp"

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
    }
    return QStringLiteral("?");
}

QString strategy_description(workload::Strategy s) {
    switch (s) {
    case workload::Strategy::task:
        return QStringLiteral("task: Task<T>; a cache hit allocates one completed Task object, "
                              "a miss runs a coroutine whose frame is on the heap");
    case workload::Strategy::valuetask:
        return QStringLiteral("valuetask: a plain function returning ValueTask<T>; a cache hit "
                              "returns the value, a miss wraps a Task<T>");
    case workload::Strategy::valuetask_coroutine:
        return QStringLiteral("valuetask_coroutine: a coroutine returning ValueTask<T>; in C++ its "
                              "frame is allocated before the body runs, hit or miss");
    case workload::Strategy::pooled:
        return QStringLiteral("pooled: ValueTask<T> over pooled sources and pooled frames; no "
                              "allocations in steady state");
    }
    return {};
}

} // namespace vtl::models
