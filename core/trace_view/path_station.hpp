// The stations of the path diagram: the places a traced call can be while the learner watches
// it. They follow the code of cache_service.hpp, not the animation: each one is something a
// call really passes through, and every trace event moves a call to exactly one of them.
#pragma once

#include "workload/trace_event.hpp"

#include <cstdint>
#include <optional>

namespace vtl::trace_view {

enum class PathStation : std::uint8_t {
    caller,         // the caller's code, before the call
    service,        // inside the service method (call issued)
    cache_check,    // `if (lookup(c))`: a waypoint every call passes
    sync_return,    // hit: returns without suspending (ValueTask: the value inside it; Task: a heap
                    // Task)
    async_start,    // miss: a Task / coroutine frame on the heap
    awaiting,       // the caller is suspended while the backend works
    backend_done,   // the backend answered: the result is set
    resumed,        // the continuation resumes the caller
    delivered_sync, // the caller has the value: came back the short way
    delivered_async, // the caller has the value: came back the long way
};
inline constexpr int path_station_count = 10;

const char* to_string(PathStation s) noexcept;

enum class PathBranch : std::uint8_t { unknown, sync, async };

const char* to_string(PathBranch b) noexcept;

// The station an event moves its call to, or nothing when the event does not move it
// (allocations, frees, the double await, GC and strategy events). `branch` decides where a
// delivered result lands.
std::optional<PathStation> station_for(workload::TraceKind kind, PathBranch branch) noexcept;

// True for the events that belong to one call (and so to a token), false for GC and strategy
// bookkeeping.
bool is_call_event(workload::TraceKind kind) noexcept;

} // namespace vtl::trace_view
