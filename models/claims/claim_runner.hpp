// ClaimRunner: measures what the seeds' claims need in the C++ core, on engines and threads of
// its own, and never makes the GUI wait:
//   1. the engine runs of the claims' conditions — all hits, all misses, 1,000,000 calls at
//      80 % hits — with a 16-byte value (claim_payload_bytes);
//   2. the benchmark-grade hit costs (workload/hit_costs.hpp) and the Task<bool> allocations;
//   3. the await-twice lab's outcomes.
// measure_claim_inputs() does the same thing blocking, for `valuetask-lab claims`: both go
// through the same functions, so the GUI and the command line judge with the same code.
#pragma once

#include "models/claims/claim_evidence.hpp"
#include "models/claims/seed_claims.hpp"
#include "workload/engine.hpp"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

namespace vtl::models {

// The await-twice lab's cases, run now, as (case id, outcome, message).
std::vector<CoreOutcome> core_lab_outcomes();

// Timed hit costs at claim_payload_bytes and allocation counts at a 0-byte (bool) payload.
struct CoreHitCosts {
    workload::HitCosts timed, bools;
};
CoreHitCosts measure_core_hit_costs();

// Everything, blocking: the engine runs (progress reports each), the hit costs, the lab, and
// the .NET evidence from load_dotnet_evidence().
ClaimInputs measure_claim_inputs(const workload::Scenario& base,
                                 const std::function<void(const QString&)>& progress = {});

class ClaimRunner : public QObject {
    Q_OBJECT
public:
    explicit ClaimRunner(QObject* parent = nullptr);
    ~ClaimRunner() override;

    // The claims' scenarios, built from `base` (concurrency, latency, switches, GC budget are
    // kept; hit rate, calls, payload and strategies are the claims'; always skip-idle).
    static std::vector<workload::Scenario> claim_scenarios(const workload::Scenario& base);

    void start(const workload::Scenario& base);
    void cancel();
    bool running() const { return running_; }
    const std::vector<RunEvidence>& evidence() const { return evidence_; }
    const std::optional<CoreHitCosts>& hit_costs() const { return hit_costs_; }

signals:
    void progress(const QString& text);
    void runMeasured(const vtl::models::RunEvidence& evidence);
    void hitCostsMeasured();
    void finished(bool completed);

private:
    void poll();
    void start_current();
    void start_hit_costs();
    void join_worker();

    workload::Engine engine_;
    QTimer timer_;
    std::vector<workload::Scenario> scenarios_;
    std::vector<RunEvidence> evidence_;
    std::size_t index_ = 0;
    bool running_ = false;
    std::optional<CoreHitCosts> hit_costs_;
    std::thread worker_;
    std::shared_ptr<std::atomic<bool>> worker_done_;
    std::shared_ptr<CoreHitCosts> worker_result_;
};

} // namespace vtl::models
