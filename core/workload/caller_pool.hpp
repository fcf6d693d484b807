// The caller pool: `concurrency` caller coroutines on the strategy's EventLoop. Each takes the
// next call index from the seeded sequence, calls the strategy's service method, awaits the
// ValueTask/Task (twice for the double-await share), and hands the latency and outcome to the
// CallRecorder. Before each call it asks RunControl whether it may issue one.
#pragma once

#include "vtl/event_loop.hpp"
#include "vtl/task.hpp"
#include "workload/cache_service.hpp"
#include "workload/call_recorder.hpp"
#include "workload/run_control.hpp"
#include "workload/scenario.hpp"
#include "workload/tracer.hpp"

#include <cstdint>
#include <functional>
#include <vector>

namespace vtl::workload::detail {

class CallerPool {
public:
    struct Parts {
        const Scenario& scenario;
        Strategy strategy;
        EventLoop& loop;
        CacheService& service;
        Tracer& tracer;
        RunControl& control;
        CallRecorder& recorder;
        std::function<void()> maintenance; // every 64 calls (see CallRecorder::record_call)
    };
    explicit CallerPool(Parts parts);

    // Creates the callers; they start on the loop's next round.
    void start();
    // The index the next issued call will have (= calls issued so far).
    std::uint64_t next_index() const noexcept { return next_index_; }

private:
    Task<void> start_caller();
    template <auto Get>
    Task<void> caller();

    Parts parts_;
    std::int64_t double_await_delay_ns_;
    std::vector<Task<void>> callers_;
    std::uint64_t next_index_ = 0;
};

} // namespace vtl::workload::detail
