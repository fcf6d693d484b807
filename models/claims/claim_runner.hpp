// ClaimRunner: measures the conditions the seeds' claims are about — all hits, all misses,
// and 1,000,000 calls at 80 % hits — on an engine of its own, one run after another. It polls
// that engine from a GUI-thread timer and never waits on it.
#pragma once

#include "models/claims/claim_evidence.hpp"
#include "workload/engine.hpp"

#include <QObject>
#include <QTimer>

#include <vector>

namespace vtl::models {

class ClaimRunner : public QObject {
    Q_OBJECT
public:
    explicit ClaimRunner(QObject* parent = nullptr);

    // The claims' scenarios, built from `base` (payload, concurrency, latency, switches, GC
    // budget are kept; hit rate, calls and strategies are the claims'; always skip-idle).
    static std::vector<workload::Scenario> claim_scenarios(const workload::Scenario& base);

    void start(const workload::Scenario& base);
    void cancel();
    bool running() const { return index_ < scenarios_.size(); }
    const std::vector<RunEvidence>& evidence() const { return evidence_; }

signals:
    void progress(const QString& text);
    void runMeasured(const vtl::models::RunEvidence& evidence);
    void finished(bool completed);

private:
    void poll();
    void start_current();

    workload::Engine engine_;
    QTimer timer_;
    std::vector<workload::Scenario> scenarios_;
    std::vector<RunEvidence> evidence_;
    std::size_t index_ = 0;
};

} // namespace vtl::models
