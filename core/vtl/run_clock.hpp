// The clock a workload runs on. It starts at 0 and follows the steady clock, plus an offset:
//  - skip_idle: when the event loop has nothing to do until its next timer, it jumps the clock
//    forward to that timer instead of sleeping. CPU work is timed for real; simulated waits
//    take no wall time. A million calls with 50 ms misses finish in seconds.
//  - real: the loop actually sleeps (slow-motion demos).
// Either mode can be frozen (the engine's Pause): frozen time does not count.
//
// Threading: owned by one thread (the loop's); not synchronised.
#pragma once

#include <chrono>
#include <cstdint>

namespace vtl {

enum class ClockMode : std::uint8_t { skip_idle, real };

class RunClock {
public:
    explicit RunClock(ClockMode mode = ClockMode::skip_idle) noexcept
        : mode_(mode)
        , offset_ns_(-steady_ns()) {}

    ClockMode mode() const noexcept { return mode_; }
    // Switching mode keeps the time: only how future idle waits pass changes.
    void set_mode(ClockMode mode) noexcept { mode_ = mode; }
    std::int64_t now_ns() const noexcept {
        return frozen_ ? frozen_at_ns_ : steady_ns() + offset_ns_;
    }

    // Moves the clock forward so that now_ns() >= t; returns the nanoseconds skipped.
    std::int64_t skip_to(std::int64_t t) noexcept {
        const std::int64_t now = now_ns();
        if (t <= now)
            return 0;
        const std::int64_t skipped = t - now;
        if (frozen_)
            frozen_at_ns_ += skipped;
        else
            offset_ns_ += skipped;
        skipped_ns_ += skipped;
        return skipped;
    }

    void freeze() noexcept {
        if (!frozen_) {
            frozen_at_ns_ = now_ns();
            frozen_ = true;
        }
    }
    void thaw() noexcept {
        if (frozen_) {
            offset_ns_ = frozen_at_ns_ - steady_ns();
            frozen_ = false;
        }
    }
    bool frozen() const noexcept { return frozen_; }
    // now_ns() - steady_ns() while not frozen: grows by every skip, shrinks by every frozen
    // span. A stopwatch on a cheaper tick counter adds its change to get run-clock durations.
    std::int64_t offset_ns() const noexcept { return offset_ns_; }
    // Total simulated time jumped over so far.
    std::int64_t skipped_ns() const noexcept { return skipped_ns_; }

    static std::int64_t steady_ns() noexcept {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
    }

private:
    ClockMode mode_;
    bool frozen_ = false;
    std::int64_t offset_ns_;
    std::int64_t frozen_at_ns_ = 0;
    std::int64_t skipped_ns_ = 0;
};

} // namespace vtl
