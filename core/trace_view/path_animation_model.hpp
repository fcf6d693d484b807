// PathAnimationModel: turns the engine's trace events into what the path view, the heap strip
// and the code pane show — where each traced call is (a token moving between stations), which
// blocks are live on the heap, how full the GC model's gen0 budget is — and plays them back at
// a pace a person can follow.
//
// Events are applied strictly in the order the engine emitted them, one at a time, each
// holding the stage for a moment (a move, a dwell) before the next. When the engine produces
// more than can be shown, playback speeds up and, past a backlog limit, the oldest events are
// applied without animation ("fast-forwarded"), so the picture is never stale by more than a
// few seconds and always consistent with what really happened.
//
// Robust to what the bounded trace ring can do: dropped events (a token can appear mid-path, a
// free can name an unknown block, a call can stop reporting and is retired), interleaved calls
// and strategy changes. Every applied call event is kept (bounded) so a paused view can step
// back and forth through the recent past.
#pragma once

#include "trace_view/path_station.hpp"
#include "workload/trace_event.hpp"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <span>
#include <vector>

namespace vtl::trace_view {

struct PathToken {
    std::uint64_t call = 0;
    workload::Strategy strategy{};
    PathStation from = PathStation::caller; // the motion in progress: from → at
    PathStation at = PathStation::caller;
    double progress = 1; // 0 … 1 along the route from → at
    PathBranch branch = PathBranch::unknown;
    workload::TraceKind last_kind = workload::TraceKind::call_issued;
    bool delivered = false;
    workload::DoubleAwaitOutcome double_await = workload::DoubleAwaitOutcome::none;
    std::uint64_t allocations = 0; // allocation events attributed to this call
    std::uint64_t allocated_bytes = 0;
    std::int64_t issued_ns = -1; // run clock
    std::int64_t suspended_ns = -1;
    std::int64_t wait_ns = -1;    // suspended → backend completed, run clock
    std::int64_t latency_ns = -1; // issued → delivered, run clock
    double alloc_flash = 0;       // 1 at an allocation, fading to 0: the "+72 B" callout
    std::uint64_t flash_bytes = 0;
    double linger_ms = 0;            // time shown since delivery (live playback only)
    double opacity = 1;              // fades out at the end of the linger time
    std::uint64_t last_activity = 0; // PathState::call_events when it last had an event
};

struct HeapBlock {
    std::uint64_t address = 0;
    std::uint64_t bytes = 0;
    std::uint64_t call = 0;
    workload::Strategy strategy{};
    std::uint64_t order = 0;   // allocation order, for a stable layout
    std::uint8_t survived = 0; // GC-model collections survived while live: its generation
    double appear = 1;         // 0 → 1 as it pops in
    bool freed = false;
    double vanish = 0; // 0 → 1 as it disappears after being freed
};

// The event the view is "at": what the code pane highlights and the caption names.
struct PathFocus {
    workload::TraceEvent event;
    PathBranch branch = PathBranch::unknown;
    PathStation station = PathStation::caller;
};

struct PathState {
    std::vector<PathToken> tokens; // creation order
    std::vector<HeapBlock> heap;   // allocation order; freed blocks stay until they vanish
    std::uint64_t gen0_fill = 0;   // bytes, from the GC model, exact as last reported
    std::uint64_t gen0_budget = 0;
    double gen0_shown = 0;         // gen0_fill eased for display
    std::uint64_t collections = 0; // gc_collection events applied
    std::uint8_t last_generation = 0;
    double collection_flash = 0; // 1 right after a collection, fading to 0
    std::optional<workload::Strategy> strategy;
    std::optional<PathFocus> focus;
    std::uint64_t call_events = 0; // call events applied so far (a logical clock)
    std::uint64_t next_block_order = 0;

    // Calls delivered recently, so a late event (the engine awaits twice only after letting
    // other callers run) can bring its call back on stage where it ended.
    struct Delivered {
        workload::Strategy strategy{};
        std::uint64_t call = 0;
        PathBranch branch = PathBranch::unknown;
    };
    std::deque<Delivered> recently_delivered;
    static constexpr std::size_t recently_delivered_capacity = 256;

    const PathToken* token(workload::Strategy s, std::uint64_t call) const noexcept;
    const HeapBlock* block(std::uint64_t address) const noexcept; // live blocks only
    std::uint64_t live_heap_bytes() const noexcept;
    std::size_t live_blocks() const noexcept;
};

class PathAnimationModel {
public:
    struct Timing {
        double move_ms = 420;            // one move between stations
        double dwell_ms = 260;           // an allocation or a free
        double outcome_ms = 900;         // a double-await outcome
        double max_lag_ms = 2500;        // beyond this backlog, play faster …
        double max_speed = 4;            // … up to this much; beyond, fast-forward
        double linger_ms = 1500;         // a delivered call stays this long …
        double outcome_linger_ms = 3500; // … or this long when it awaited twice
        std::size_t max_pending = 4000;  // beyond this, fast-forward the oldest events
    };
    static constexpr std::size_t max_tokens = 24;
    static constexpr std::size_t max_blocks = 96;
    static constexpr std::size_t history_capacity = 400;
    // A call that has had no event for this many call events lost its events to the ring.
    static constexpr std::uint64_t stale_after_events = 4000;

    PathAnimationModel() = default;

    void set_timing(const Timing& t) { timing_ = t; }
    const Timing& timing() const noexcept { return timing_; }
    void set_gen0_budget(std::uint64_t bytes) noexcept;

    // Queues events for playback (live view); fast-forwards if the backlog grows too long.
    void enqueue(std::span<const workload::TraceEvent> events);
    // Events were lost between what was queued so far and what comes next (the trace ring
    // was full): when playback reaches that point the stage is cleared, since calls and
    // blocks in flight can no longer be followed.
    void mark_gap();
    // Applies one event now, with animation, bypassing the queue.
    void apply(const workload::TraceEvent& e);
    // Applies everything queued, at once, without animation.
    void apply_all_pending();
    // Moves the animation clock forward by `ms` of real time.
    void advance(double ms);

    void set_playing(bool playing);
    bool playing() const noexcept { return playing_; }
    // One event forward: through the recorded history first, then the next queued event.
    // False when there is nothing further.
    bool step_forward();
    // One event back through the recorded history (pauses playback). False at its start.
    bool step_back();
    bool viewing_history() const noexcept { return cursor_.has_value(); }
    void return_to_live();
    // "event k of n" for the view: k is 1-based; n counts the recorded history.
    std::size_t history_position() const noexcept;
    std::size_t history_size() const noexcept { return history_.size(); }

    // What to draw: the live state, or the recorded one being stepped through.
    const PathState& state() const noexcept { return cursor_ ? view_ : live_; }
    const PathState& live_state() const noexcept { return live_; }
    std::size_t pending() const noexcept { return pending_.size(); }
    double pending_ms() const noexcept { return pending_ms_; }
    // How much faster than the nominal pace playback is running to keep up.
    double speed() const noexcept;

    std::uint64_t events_applied() const noexcept { return events_applied_; }
    std::uint64_t calls_animated() const noexcept { return calls_animated_; }
    std::uint64_t calls_fast_forwarded() const noexcept { return calls_fast_forwarded_; }
    std::uint64_t gaps() const noexcept { return gaps_seen_; }

private:
    struct Recorded {
        workload::TraceEvent event;
        PathState after;
    };

    double duration_ms(const workload::TraceEvent& e) const noexcept;
    void apply_event(const workload::TraceEvent& e, bool animate);
    bool apply_run_event(const workload::TraceEvent& e, bool animate);
    void apply_call_event(const workload::TraceEvent& e, PathToken* t, bool animate);
    void apply_allocation(const workload::TraceEvent& e, PathToken* t, bool animate);
    PathToken* token_for(const workload::TraceEvent& e);
    void retire_tokens();
    void animate(PathState& s, double ms, bool live_time);
    void record(const workload::TraceEvent& e);
    void show_recorded(std::size_t index, std::optional<std::size_t> undone);
    bool backlog_too_long() const noexcept;
    // Takes the next queued event (clearing the stage first if a gap precedes it).
    workload::TraceEvent pop_pending();
    void clear_stage();

    Timing timing_;
    PathState live_;
    PathState view_;
    std::deque<workload::TraceEvent> pending_;
    double pending_ms_ = 0;
    std::uint64_t enqueued_ = 0;           // events ever queued
    std::uint64_t popped_ = 0;             // events ever taken from the queue
    std::deque<std::uint64_t> gap_before_; // gaps, as the index of the event they precede
    std::uint64_t gaps_seen_ = 0;
    double budget_ms_ = 0;
    bool playing_ = true;
    std::deque<Recorded> history_;
    std::optional<std::size_t> cursor_;
    std::uint64_t events_applied_ = 0;
    std::uint64_t calls_animated_ = 0;
    std::uint64_t calls_fast_forwarded_ = 0;
};

} // namespace vtl::trace_view
