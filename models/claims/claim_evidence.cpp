#include "models/claims/claim_evidence.hpp"

#include <algorithm>
#include <utility>

namespace vtl::models {

const StrategyEvidence* RunEvidence::find(workload::Strategy s) const {
    auto it = std::find_if(strategies.begin(), strategies.end(),
                           [s](const StrategyEvidence& e) { return e.strategy == s; });
    return it == strategies.end() ? nullptr : &*it;
}

RunEvidence RunEvidence::from_results(const workload::RunResults& results, QString label) {
    RunEvidence run;
    run.label = std::move(label);
    run.scenario = results.scenario;
    run.complete = results.completed;
    for (const workload::SummaryRow& row : results.summary) {
        if (row.calls == 0)
            continue;
        run.strategies.push_back({row.strategy, row.calls, row.alloc_bytes_per_op,
                                  row.allocs_per_op, row.cpu_ns_per_op, row.p50_ns, row.gen0_per_1k,
                                  row.gen1_per_1k, row.gen2_per_1k});
    }
    return run;
}

RunEvidence RunEvidence::from_snapshot(const workload::EngineSnapshot& snapshot, QString label) {
    RunEvidence run;
    run.label = std::move(label);
    run.scenario = snapshot.scenario;
    run.complete = snapshot.state == workload::EngineState::finished;
    for (const workload::StrategyProgress& sp : snapshot.strategies) {
        if (sp.calls_done == 0)
            continue;
        const double calls = double(sp.calls_done);
        run.strategies.push_back(
            {sp.strategy, sp.calls_done, double(sp.alloc_bytes) / calls, double(sp.allocs) / calls,
             sp.cpu_ns_per_op, sp.latency.percentile(50), 1000.0 * double(sp.gc.gen0) / calls,
             1000.0 * double(sp.gc.gen1) / calls, 1000.0 * double(sp.gc.gen2) / calls});
    }
    return run;
}

} // namespace vtl::models
