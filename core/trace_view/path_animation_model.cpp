#include "trace_view/path_animation_model.hpp"

#include <algorithm>
#include <cmath>

namespace vtl::trace_view {

using workload::DoubleAwaitOutcome;
using workload::Strategy;
using workload::TraceEvent;
using workload::TraceKind;

namespace {

constexpr double appear_ms = 300;
constexpr double vanish_ms = 550;
constexpr double flash_ms = 900;
constexpr double collection_flash_ms = 1100;

PathToken* find_token(PathState& s, Strategy strategy, std::uint64_t call) noexcept {
    for (auto& t : s.tokens)
        if (t.call == call && t.strategy == strategy)
            return &t;
    return nullptr;
}

HeapBlock* find_live_block(PathState& s, std::uint64_t address) noexcept {
    for (auto& b : s.heap)
        if (!b.freed && b.address == address)
            return &b;
    return nullptr;
}

void move_token(PathToken& t, PathStation to, bool animate) noexcept {
    t.from = animate ? t.at : to;
    t.at = to;
    t.progress = animate && t.from != to ? 0.0 : 1.0;
}

double approach(double current, double target, double ms) noexcept {
    // Exponential easing with a ~120 ms time constant: smooth, and never overshoots.
    const double k = 1.0 - std::exp(-ms / 120.0);
    const double next = current + (target - current) * k;
    return std::abs(target - next) < 0.5 ? target : next;
}

} // namespace

void PathAnimationModel::set_gen0_budget(std::uint64_t bytes) noexcept {
    live_.gen0_budget = bytes;
    if (cursor_ && view_.gen0_budget == 0)
        view_.gen0_budget = bytes;
}

double PathAnimationModel::duration_ms(const TraceEvent& e) const noexcept {
    switch (e.kind) {
    case TraceKind::call_issued:
    case TraceKind::cache_hit:
    case TraceKind::cache_miss:
    case TraceKind::suspended:
    case TraceKind::backend_completed:
    case TraceKind::resumed:
    case TraceKind::result_delivered:
        return timing_.move_ms;
    case TraceKind::allocation:
        return timing_.dwell_ms;
    case TraceKind::deallocation:
        return timing_.dwell_ms / 2;
    case TraceKind::double_await:
        return timing_.outcome_ms;
    case TraceKind::strategy_started:
    case TraceKind::gc_collection:
    case TraceKind::strategy_finished:
        return 0;
    }
    return 0;
}

double PathAnimationModel::speed() const noexcept {
    return std::clamp(pending_ms_ / std::max(timing_.max_lag_ms, 1.0), 1.0,
                      std::max(timing_.max_speed, 1.0));
}

bool PathAnimationModel::backlog_too_long() const noexcept {
    return pending_.size() > timing_.max_pending ||
           pending_ms_ > timing_.max_lag_ms * std::max(timing_.max_speed, 1.0);
}

void PathAnimationModel::enqueue(std::span<const TraceEvent> events) {
    for (const auto& e : events) {
        pending_.push_back(e);
        pending_ms_ += duration_ms(e);
    }
    enqueued_ += events.size();
    if (!backlog_too_long())
        return;
    // Apply the oldest at once until half the limits are left: they really happened, so
    // their heap and GC effects stay; only their animation is skipped.
    while (!pending_.empty() &&
           (pending_.size() > timing_.max_pending / 2 ||
            pending_ms_ > timing_.max_lag_ms * std::max(timing_.max_speed, 1.0) / 2))
        apply_event(pop_pending(), false);
}

void PathAnimationModel::mark_gap() {
    if (gap_before_.empty() || gap_before_.back() != enqueued_)
        gap_before_.push_back(enqueued_);
}

TraceEvent PathAnimationModel::pop_pending() {
    while (!gap_before_.empty() && gap_before_.front() <= popped_) {
        gap_before_.pop_front();
        clear_stage();
    }
    const TraceEvent e = pending_.front();
    pending_.pop_front();
    ++popped_;
    pending_ms_ = pending_.empty() ? 0.0 : pending_ms_ - duration_ms(e);
    return e;
}

void PathAnimationModel::clear_stage() {
    ++gaps_seen_;
    live_.tokens.clear();
    live_.heap.clear();
    live_.recently_delivered.clear();
    live_.focus.reset();
}

void PathAnimationModel::apply(const TraceEvent& e) {
    if (cursor_)
        return_to_live();
    apply_event(e, true);
}

void PathAnimationModel::apply_all_pending() {
    while (!pending_.empty())
        apply_event(pop_pending(), false);
}

PathToken* PathAnimationModel::token_for(const TraceEvent& e) {
    if (PathToken* t = find_token(live_, e.strategy, e.call))
        return t;
    // A free needs no token of its own: the call may already have left the stage.
    if (e.kind == TraceKind::deallocation)
        return nullptr;
    PathToken t;
    t.call = e.call;
    t.strategy = e.strategy;
    const auto& recent = live_.recently_delivered;
    const auto it = std::find_if(recent.rbegin(), recent.rend(), [&](const auto& d) {
        return d.call == e.call && d.strategy == e.strategy;
    });
    if (it != recent.rend()) {
        // The second await (and what it allocates) comes after other callers ran: bring the
        // call back where it ended.
        t.branch = it->branch;
        t.delivered = true;
        t.from = t.at = station_for(TraceKind::result_delivered, t.branch).value();
        t.last_activity = live_.call_events;
        live_.tokens.push_back(t);
        retire_tokens();
        return find_token(live_, e.strategy, e.call);
    }
    if (e.kind == TraceKind::double_await)
        return nullptr;
    // A call whose first events were dropped appears where it is, not at the caller.
    const auto here = e.kind == TraceKind::allocation ? std::optional(PathStation::service)
                                                      : station_for(e.kind, PathBranch::unknown);
    t.from = t.at = (e.kind == TraceKind::call_issued || !here) ? PathStation::caller : *here;
    t.last_activity = live_.call_events;
    live_.tokens.push_back(t);
    retire_tokens();
    return find_token(live_, e.strategy, e.call);
}

void PathAnimationModel::retire_tokens() {
    auto& tokens = live_.tokens;
    std::erase_if(tokens, [&](const PathToken& t) {
        return !t.delivered && live_.call_events - t.last_activity > stale_after_events;
    });
    while (tokens.size() > max_tokens) {
        // Delivered calls go first, oldest first; then the oldest still in flight.
        auto victim = std::find_if(tokens.begin(), tokens.end(),
                                   [](const PathToken& t) { return t.delivered; });
        if (victim == tokens.end())
            victim = std::min_element(tokens.begin(), tokens.end(),
                                      [](const PathToken& a, const PathToken& b) {
                                          return a.last_activity < b.last_activity;
                                      });
        tokens.erase(victim);
    }
}

// One trace event: run-level events change the whole picture; call events move the call's
// token and change the heap. Fast-forwarded (not animated) events leave only their effects.
void PathAnimationModel::apply_event(const TraceEvent& e, bool animate) {
    PathState& s = live_;
    ++events_applied_;
    s.gen0_fill = e.gen0_fill;
    if (!animate)
        s.gen0_shown = static_cast<double>(s.gen0_fill);
    if (apply_run_event(e, animate))
        return;

    s.strategy = e.strategy;
    ++s.call_events;
    PathToken* t = token_for(e);
    if (t != nullptr) {
        t->last_kind = e.kind;
        t->last_activity = s.call_events;
    }
    apply_call_event(e, t, animate);

    if (!animate) {
        // Fast-forwarded calls are never on stage: only their heap and GC effects remain.
        std::erase_if(s.tokens, [&](const PathToken& k) {
            return k.delivered && k.call == e.call && k.strategy == e.strategy;
        });
        std::erase_if(s.heap, [](const HeapBlock& b) { return b.freed; });
        t = find_token(s, e.strategy, e.call);
    }

    PathStation station = PathStation::caller;
    if (t != nullptr) {
        if (auto to = station_for(e.kind, t->branch))
            move_token(*t, *to, animate);
        station = t->at;
    } else if (auto to = station_for(e.kind, PathBranch::unknown)) {
        station = *to;
    }
    s.focus = PathFocus{e, t != nullptr ? t->branch : PathBranch::unknown, station};
    if (animate)
        record(e);
}

// Strategy start/finish and collections; false for a call's own events.
bool PathAnimationModel::apply_run_event(const TraceEvent& e, bool animate) {
    PathState& s = live_;
    switch (e.kind) {
    case TraceKind::strategy_started:
        // A new strategy runs on a fresh loop: the previous one's calls and blocks are gone.
        s.tokens.clear();
        s.heap.clear();
        s.recently_delivered.clear();
        s.focus.reset();
        s.strategy = e.strategy;
        s.gen0_shown = static_cast<double>(s.gen0_fill);
        return true;
    case TraceKind::strategy_finished:
        s.strategy = e.strategy;
        return true;
    case TraceKind::gc_collection:
        ++s.collections;
        s.last_generation = e.generation;
        if (e.bytes != 0)
            s.gen0_budget = e.bytes;
        s.collection_flash = animate ? 1.0 : 0.0;
        // What is live at a collection survives it and is promoted one generation.
        for (auto& b : s.heap)
            if (!b.freed && b.survived <= e.generation && b.survived < 2)
                ++b.survived;
        return true;
    default:
        return false;
    }
}

// What a call's event says about the call (`t`, if it is on stage) and the heap.
void PathAnimationModel::apply_call_event(const TraceEvent& e, PathToken* t, bool animate) {
    PathState& s = live_;
    switch (e.kind) {
    case TraceKind::call_issued:
        if (t != nullptr)
            t->issued_ns = e.t_ns;
        if (animate)
            ++calls_animated_;
        else
            ++calls_fast_forwarded_;
        break;
    case TraceKind::cache_hit:
        if (t != nullptr)
            t->branch = PathBranch::sync;
        break;
    case TraceKind::cache_miss:
    case TraceKind::resumed:
        if (t != nullptr)
            t->branch = PathBranch::async;
        break;
    case TraceKind::suspended:
        if (t != nullptr) {
            t->branch = PathBranch::async;
            t->suspended_ns = e.t_ns;
        }
        break;
    case TraceKind::backend_completed:
        if (t != nullptr) {
            t->branch = PathBranch::async;
            if (t->suspended_ns >= 0)
                t->wait_ns = e.t_ns - t->suspended_ns;
        }
        break;
    case TraceKind::result_delivered:
        if (t != nullptr) {
            t->delivered = true;
            if (t->issued_ns >= 0)
                t->latency_ns = e.t_ns - t->issued_ns;
            s.recently_delivered.push_back({e.strategy, e.call, t->branch});
            if (s.recently_delivered.size() > PathState::recently_delivered_capacity)
                s.recently_delivered.pop_front();
        }
        break;
    case TraceKind::double_await:
        if (t != nullptr)
            t->double_await = e.outcome;
        break;
    case TraceKind::allocation:
        apply_allocation(e, t, animate);
        break;
    case TraceKind::deallocation:
        if (HeapBlock* b = find_live_block(s, e.address)) {
            b->freed = true;
            b->vanish = 0;
        }
        break;
    default:
        break;
    }
}

void PathAnimationModel::apply_allocation(const TraceEvent& e, PathToken* t, bool animate) {
    PathState& s = live_;
    // An address reused without its free having been seen: the old block is gone.
    if (HeapBlock* stale = find_live_block(s, e.address))
        stale->freed = true;
    HeapBlock b;
    b.address = e.address;
    b.bytes = e.bytes;
    b.call = e.call;
    b.strategy = e.strategy;
    b.order = s.next_block_order++;
    b.appear = animate ? 0.0 : 1.0;
    s.heap.push_back(b);
    if (s.live_blocks() > max_blocks) {
        auto oldest =
            std::find_if(s.heap.begin(), s.heap.end(), [](const HeapBlock& h) { return !h.freed; });
        s.heap.erase(oldest);
    }
    if (t != nullptr) {
        ++t->allocations;
        t->allocated_bytes += e.bytes;
        t->alloc_flash = animate ? 1.0 : 0.0;
        t->flash_bytes = e.bytes;
    }
}

void PathAnimationModel::record(const TraceEvent& e) {
    history_.push_back(Recorded{e, live_});
    if (history_.size() > history_capacity) {
        history_.pop_front();
        if (cursor_) {
            if (*cursor_ == 0)
                show_recorded(0, std::nullopt);
            else
                --*cursor_;
        }
    }
}

void PathAnimationModel::animate(PathState& s, double ms, bool live_time) {
    const double move = ms / std::max(timing_.move_ms, 1.0);
    for (auto& t : s.tokens) {
        t.progress = std::min(1.0, t.progress + move);
        t.alloc_flash = std::max(0.0, t.alloc_flash - ms / flash_ms);
        if (live_time && t.delivered && t.progress >= 1.0)
            t.linger_ms += ms;
    }
    if (live_time) {
        constexpr double fade_ms = 450;
        for (auto& t : s.tokens) {
            const double keep = t.double_await != DoubleAwaitOutcome::none
                                    ? timing_.outcome_linger_ms
                                    : timing_.linger_ms;
            t.opacity = std::clamp((keep - t.linger_ms) / fade_ms, 0.0, 1.0);
        }
        std::erase_if(s.tokens, [](const PathToken& t) { return t.opacity <= 0.0; });
    }
    for (auto& b : s.heap) {
        b.appear = std::min(1.0, b.appear + ms / appear_ms);
        if (b.freed)
            b.vanish = std::min(1.0, b.vanish + ms / vanish_ms);
    }
    std::erase_if(s.heap, [](const HeapBlock& b) { return b.freed && b.vanish >= 1.0; });
    s.collection_flash = std::max(0.0, s.collection_flash - ms / collection_flash_ms);
    s.gen0_shown = approach(s.gen0_shown, static_cast<double>(s.gen0_fill), ms);
}

void PathAnimationModel::advance(double ms) {
    if (ms <= 0)
        return;
    if (cursor_) {
        animate(view_, ms, false);
        return;
    }
    const double sp = playing_ ? speed() : 1.0;
    animate(live_, ms * sp, playing_);
    if (!playing_)
        return;
    budget_ms_ += ms * sp;
    while (!pending_.empty() && budget_ms_ >= 0) {
        const TraceEvent e = pop_pending();
        apply_event(e, true);
        budget_ms_ -= duration_ms(e);
    }
    if (pending_.empty())
        budget_ms_ = std::min(budget_ms_, 0.0); // idle time is not credit for later
}

void PathAnimationModel::set_playing(bool playing) {
    if (playing && cursor_)
        return_to_live();
    playing_ = playing;
}

void PathAnimationModel::show_recorded(std::size_t index, std::optional<std::size_t> undone) {
    cursor_ = index;
    view_ = history_[index].after;
    const TraceEvent& here = history_[index].event;
    for (auto& t : view_.tokens) {
        t.alloc_flash = 0;
        if (t.call != here.call || t.strategy != here.strategy)
            t.progress = 1;
    }
    for (auto& b : view_.heap)
        b.appear = 1;
    view_.gen0_shown = static_cast<double>(view_.gen0_fill);
    if (!undone)
        return;
    // Stepping back: the call whose event was undone walks back to where it was.
    const TraceEvent& back = history_[*undone].event;
    const PathToken* later = history_[*undone].after.token(back.strategy, back.call);
    PathToken* now = find_token(view_, back.strategy, back.call);
    if (later != nullptr && now != nullptr) {
        now->progress = 1;
        if (later->at != now->at) {
            now->from = later->at;
            now->progress = 0;
        }
    }
}

bool PathAnimationModel::step_back() {
    playing_ = false;
    std::size_t target = 0;
    if (cursor_) {
        if (*cursor_ == 0)
            return false;
        target = *cursor_ - 1;
    } else {
        if (history_.size() < 2)
            return false;
        target = history_.size() - 2;
    }
    show_recorded(target, target + 1);
    return true;
}

bool PathAnimationModel::step_forward() {
    playing_ = false;
    if (cursor_ && *cursor_ + 1 < history_.size()) {
        show_recorded(*cursor_ + 1, std::nullopt);
        return true;
    }
    // At the last recorded event the live picture is the same one: go live and on.
    cursor_.reset();
    // Bookkeeping events (GC, strategy) ride along with the next call event.
    while (!pending_.empty()) {
        const TraceEvent e = pop_pending();
        apply_event(e, true);
        if (is_call_event(e.kind)) {
            budget_ms_ = 0;
            return true;
        }
    }
    return false;
}

void PathAnimationModel::return_to_live() {
    cursor_.reset();
}

std::size_t PathAnimationModel::history_position() const noexcept {
    return cursor_ ? *cursor_ + 1 : history_.size();
}

} // namespace vtl::trace_view
