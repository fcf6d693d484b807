#include "models/claims/claim_runner.hpp"

#include "models/text/unit_format.hpp"

#include <algorithm>

namespace vtl::models {

ClaimRunner::ClaimRunner(QObject* parent)
    : QObject(parent) {
    timer_.setInterval(50);
    connect(&timer_, &QTimer::timeout, this, &ClaimRunner::poll);
}

std::vector<workload::Scenario> ClaimRunner::claim_scenarios(const workload::Scenario& base) {
    workload::Scenario s = base;
    s.clock = ClockMode::skip_idle;
    s.double_await_rate = 0;
    for (workload::Strategy needed : {workload::Strategy::task, workload::Strategy::valuetask}) {
        if (std::find(s.strategies.begin(), s.strategies.end(), needed) == s.strategies.end())
            s.strategies.push_back(needed);
    }
    std::sort(s.strategies.begin(), s.strategies.end());

    std::vector<workload::Scenario> out;
    workload::Scenario hits = s;
    hits.hit_rate = 1.0;
    hits.calls = 1'000'000;
    out.push_back(hits);
    workload::Scenario misses = s;
    misses.hit_rate = 0.0;
    misses.calls = 100'000; // per-call figures only; misses cost far more than hits
    out.push_back(misses);
    workload::Scenario mixed = s;
    mixed.hit_rate = 0.8;
    mixed.calls = 1'000'000; // exactly the claims' workload
    out.push_back(mixed);
    return out;
}

void ClaimRunner::start(const workload::Scenario& base) {
    cancel();
    scenarios_ = claim_scenarios(base);
    evidence_.clear();
    index_ = 0;
    start_current();
}

void ClaimRunner::cancel() {
    if (!running())
        return;
    timer_.stop();
    engine_.cancel();
    index_ = scenarios_.size();
    emit finished(false);
}

void ClaimRunner::start_current() {
    const workload::Scenario& s = scenarios_[index_];
    if (auto error = engine_.start(s)) {
        emit progress(tr("Cannot run the claims: %1").arg(QString::fromStdString(error->message)));
        index_ = scenarios_.size();
        emit finished(false);
        return;
    }
    emit progress(tr("Measuring the claims: run %1 of %2 (hit rate %3, %4 calls)…")
                      .arg(index_ + 1)
                      .arg(scenarios_.size())
                      .arg(format_percent(s.hit_rate), format_count(s.calls)));
    timer_.start();
}

void ClaimRunner::poll() {
    const workload::EngineState state = engine_.state();
    if (state == workload::EngineState::running || state == workload::EngineState::paused)
        return;
    timer_.stop();
    if (state != workload::EngineState::finished) {
        emit progress(tr("Claims run stopped: %1").arg(QLatin1String(workload::to_string(state))));
        index_ = scenarios_.size();
        emit finished(false);
        return;
    }
    const workload::Scenario& s = scenarios_[index_];
    RunEvidence evidence = RunEvidence::from_results(
        engine_.results(), tr("the claims run at %1 hits").arg(format_percent(s.hit_rate)));
    evidence_.push_back(evidence);
    emit runMeasured(evidence);
    if (++index_ < scenarios_.size()) {
        start_current();
        return;
    }
    emit progress(tr("Claims measured on this machine."));
    emit finished(true);
}

} // namespace vtl::models
