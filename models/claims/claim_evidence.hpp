// What the claims table needs to know about a run, taken either from a finished run's
// summary or from a live snapshot: per strategy, the per-call costs and the GC-model counts.
#pragma once

#include "workload/engine.hpp"
#include "workload/results.hpp"

#include <QString>

#include <optional>
#include <vector>

namespace vtl::models {

struct StrategyEvidence {
    workload::Strategy strategy{};
    std::uint64_t calls = 0;
    double bytes_per_call = 0;
    double allocs_per_call = 0;
    double cpu_ns_per_call = 0;
    std::int64_t p50_ns = 0;
    double gen0_per_1k = 0, gen1_per_1k = 0, gen2_per_1k = 0;
};

struct RunEvidence {
    QString label; // "this run", "the claims run at 100 % hits"
    workload::Scenario scenario;
    bool complete = false; // false while running or after a cancel
    std::vector<StrategyEvidence> strategies;

    const StrategyEvidence* find(workload::Strategy s) const;
    static RunEvidence from_results(const workload::RunResults& results, QString label);
    // Strategies that have made no call yet are left out.
    static RunEvidence from_snapshot(const workload::EngineSnapshot& snapshot, QString label);
};

} // namespace vtl::models
