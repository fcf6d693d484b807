#include "workload/snapshot_publisher.hpp"

#include <algorithm>

namespace vtl::workload::detail {

void SnapshotPublisher::begin(const Scenario& s) {
    std::lock_guard lock(mutex_);
    const std::uint64_t version = published_.version;
    published_ = EngineSnapshot{};
    published_.version = version + 1;
    published_.state = EngineState::running;
    published_.scenario = s;
    published_.calls_total = s.calls * s.strategies.size();
    results_ = RunResults{};
    rate_wall_s_ = 0;
    rate_calls_ = 0;
    smoothed_rate_ = 0;
}

void SnapshotPublisher::publish(const EngineSnapshot& snap) {
    {
        std::lock_guard lock(mutex_);
        const std::uint64_t version = published_.version + 1;
        published_ = snap;
        published_.version = version;
        const double dt = snap.wall_s - rate_wall_s_;
        if (dt >= 0.1 && snap.calls_done >= rate_calls_) {
            const double rate = static_cast<double>(snap.calls_done - rate_calls_) / dt;
            smoothed_rate_ = smoothed_rate_ == 0 ? rate : 0.6 * smoothed_rate_ + 0.4 * rate;
            rate_wall_s_ = snap.wall_s;
            rate_calls_ = snap.calls_done;
        }
        published_.calls_per_s = smoothed_rate_;
        const std::uint64_t left = snap.calls_total - std::min(snap.calls_total, snap.calls_done);
        published_.eta_s = smoothed_rate_ > 0 ? static_cast<double>(left) / smoothed_rate_ : 0;
    }
    published_cv_.notify_all();
}

void SnapshotPublisher::set_results(RunResults results) {
    std::lock_guard lock(mutex_);
    results_ = std::move(results);
}

EngineSnapshot SnapshotPublisher::snapshot() const {
    std::lock_guard lock(mutex_);
    return published_;
}

bool SnapshotPublisher::snapshot_if_newer(EngineSnapshot& out) const {
    std::lock_guard lock(mutex_);
    if (published_.version == out.version)
        return false;
    out = published_;
    return true;
}

EngineState SnapshotPublisher::state() const {
    std::lock_guard lock(mutex_);
    return published_.state;
}

RunResults SnapshotPublisher::results() const {
    std::lock_guard lock(mutex_);
    return results_;
}

bool SnapshotPublisher::wait_until(const std::function<bool(const EngineSnapshot&)>& pred,
                                   std::chrono::milliseconds timeout) {
    std::unique_lock lock(mutex_);
    return published_cv_.wait_for(lock, timeout, [&] { return pred(published_); });
}

} // namespace vtl::workload::detail
