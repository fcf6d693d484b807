// Snapshot publication: the one place where the engine thread hands its state to other
// threads. The engine publishes a copy a few dozen times a second under a briefly held mutex;
// readers copy it when they like and never make the engine wait for them.
#pragma once

#include "workload/engine.hpp"

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>

namespace vtl::workload::detail {

class SnapshotPublisher {
public:
    // Any thread: forgets the previous run and shows `s` as running (Engine::start()).
    void begin(const Scenario& s);
    // Engine thread: publishes `snap` with a new version, the recent call rate and the ETA.
    void publish(const EngineSnapshot& snap);
    // Engine thread: the run's results, stored before the last publication.
    void set_results(RunResults results);

    EngineSnapshot snapshot() const;
    bool snapshot_if_newer(EngineSnapshot& out) const;
    EngineState state() const;
    RunResults results() const;
    // Blocks until a published snapshot satisfies `pred` (checked at each publication and at
    // once); false on timeout.
    bool wait_until(const std::function<bool(const EngineSnapshot&)>& pred,
                    std::chrono::milliseconds timeout);

private:
    mutable std::mutex mutex_;
    std::condition_variable published_cv_;
    EngineSnapshot published_;
    RunResults results_;
    // Rate estimate for progress and ETA.
    double rate_wall_s_ = 0;
    std::uint64_t rate_calls_ = 0;
    double smoothed_rate_ = 0;
};

} // namespace vtl::workload::detail
