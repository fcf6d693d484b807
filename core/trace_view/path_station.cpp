#include "trace_view/path_station.hpp"

namespace vtl::trace_view {

using workload::TraceKind;

const char* to_string(PathStation s) noexcept {
    switch (s) {
    case PathStation::caller:
        return "caller";
    case PathStation::service:
        return "service";
    case PathStation::cache_check:
        return "cache_check";
    case PathStation::sync_return:
        return "sync_return";
    case PathStation::async_start:
        return "async_start";
    case PathStation::awaiting:
        return "awaiting";
    case PathStation::backend_done:
        return "backend_done";
    case PathStation::resumed:
        return "resumed";
    case PathStation::delivered_sync:
        return "delivered_sync";
    case PathStation::delivered_async:
        return "delivered_async";
    }
    return "?";
}

const char* to_string(PathBranch b) noexcept {
    switch (b) {
    case PathBranch::unknown:
        return "unknown";
    case PathBranch::sync:
        return "sync";
    case PathBranch::async:
        return "async";
    }
    return "?";
}

std::optional<PathStation> station_for(TraceKind kind, PathBranch branch) noexcept {
    switch (kind) {
    case TraceKind::call_issued:
        return PathStation::service;
    case TraceKind::cache_hit:
        return PathStation::sync_return;
    case TraceKind::cache_miss:
        return PathStation::async_start;
    case TraceKind::suspended:
        return PathStation::awaiting;
    case TraceKind::backend_completed:
        return PathStation::backend_done;
    case TraceKind::resumed:
        return PathStation::resumed;
    case TraceKind::result_delivered:
        return branch == PathBranch::async ? PathStation::delivered_async
                                           : PathStation::delivered_sync;
    case TraceKind::strategy_started:
    case TraceKind::allocation:
    case TraceKind::deallocation:
    case TraceKind::double_await:
    case TraceKind::gc_collection:
    case TraceKind::strategy_finished:
        break;
    }
    return std::nullopt;
}

bool is_call_event(TraceKind kind) noexcept {
    switch (kind) {
    case TraceKind::strategy_started:
    case TraceKind::gc_collection:
    case TraceKind::strategy_finished:
        return false;
    default:
        return true;
    }
}

} // namespace vtl::trace_view
