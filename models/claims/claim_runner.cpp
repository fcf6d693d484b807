#include "models/claims/claim_runner.hpp"

#include "models/text/unit_format.hpp"
#include "workload/await_twice_lab.hpp"

#include <QCoreApplication>

#include <algorithm>

namespace vtl::models {

std::vector<CoreOutcome> core_lab_outcomes() {
    std::vector<CoreOutcome> out;
    for (const workload::AwaitTwiceOutcome& o : workload::run_await_twice_lab()) {
        QString message;
        if (o.misuse)
            message = QString::fromUtf8(
                InvalidOperationError(*o.misuse, o.source_version, o.presented_token).what());
        out.push_back({QString::fromLatin1(workload::to_string(o.which)),
                       QString::fromLatin1(workload::to_string(o.outcome)), message});
    }
    return out;
}

CoreHitCosts measure_core_hit_costs() {
    CoreHitCosts c;
    c.timed = workload::measure_hit_costs(claim_payload_bytes);
    c.bools = workload::count_hit_allocations(0);
    return c;
}

std::vector<workload::Scenario> ClaimRunner::claim_scenarios(const workload::Scenario& base) {
    workload::Scenario s = base;
    s.clock = ClockMode::skip_idle;
    s.double_await_rate = 0;
    s.payload_bytes = claim_payload_bytes;
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

namespace {

QString run_label(double hit_rate) {
    return QCoreApplication::translate("vtl::models::ClaimRunner", "C++ core, this machine: "
                                                                   "engine run at %1 hits")
        .arg(format_percent(hit_rate));
}

} // namespace

ClaimInputs measure_claim_inputs(const workload::Scenario& base,
                                 const std::function<void(const QString&)>& progress) {
    ClaimInputs in;
    const auto scenarios = ClaimRunner::claim_scenarios(base);
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        const workload::Scenario& s = scenarios[i];
        if (progress)
            progress(QCoreApplication::translate("vtl::models::ClaimRunner",
                                                 "engine run %1 of %2: hit rate %3, %4 calls")
                         .arg(i + 1)
                         .arg(scenarios.size())
                         .arg(format_percent(s.hit_rate), format_count(s.calls)));
        in.runs.push_back(RunEvidence::from_results(workload::Engine::run_blocking(s, {}),
                                                    run_label(s.hit_rate)));
    }
    if (progress)
        progress(QCoreApplication::translate("vtl::models::ClaimRunner",
                                             "hit costs: warm-up, paired batches, medians"));
    CoreHitCosts costs = measure_core_hit_costs();
    in.hit_costs = std::move(costs.timed);
    in.bool_hit_costs = std::move(costs.bools);
    in.core_outcomes = core_lab_outcomes();
    DotnetEvidence net = load_dotnet_evidence();
    in.dotnet = std::move(net.reference);
    in.dotnet_outcomes = std::move(net.outcomes);
    return in;
}

ClaimRunner::ClaimRunner(QObject* parent)
    : QObject(parent) {
    timer_.setInterval(50);
    connect(&timer_, &QTimer::timeout, this, &ClaimRunner::poll);
}

ClaimRunner::~ClaimRunner() {
    engine_.cancel();
    join_worker();
}

void ClaimRunner::join_worker() {
    if (worker_.joinable())
        worker_.join();
}

void ClaimRunner::start(const workload::Scenario& base) {
    cancel();
    join_worker();
    scenarios_ = claim_scenarios(base);
    evidence_.clear();
    index_ = 0;
    running_ = true;
    start_current();
}

void ClaimRunner::cancel() {
    if (!running_)
        return;
    timer_.stop();
    engine_.cancel();
    index_ = scenarios_.size();
    running_ = false;
    Q_EMIT finished(false);
}

void ClaimRunner::start_current() {
    const workload::Scenario& s = scenarios_[index_];
    if (auto error = engine_.start(s)) {
        Q_EMIT progress(
            tr("Cannot run the claims: %1").arg(QString::fromStdString(error->message)));
        running_ = false;
        Q_EMIT finished(false);
        return;
    }
    Q_EMIT progress(tr("Measuring the claims: engine run %1 of %2 (hit rate %3, %4 calls)…")
                        .arg(index_ + 1)
                        .arg(scenarios_.size())
                        .arg(format_percent(s.hit_rate), format_count(s.calls)));
    timer_.start();
}

void ClaimRunner::start_hit_costs() {
    Q_EMIT progress(tr("Measuring the claims: hit costs (warm-up, paired batches, medians)…"));
    worker_done_ = std::make_shared<std::atomic<bool>>(false);
    worker_result_ = std::make_shared<CoreHitCosts>();
    worker_ = std::thread([done = worker_done_, result = worker_result_] {
        *result = measure_core_hit_costs();
        done->store(true, std::memory_order_release);
    });
    timer_.start();
}

void ClaimRunner::poll() {
    if (index_ >= scenarios_.size()) {
        // The hit-cost thread.
        if (!worker_done_ || !worker_done_->load(std::memory_order_acquire))
            return;
        timer_.stop();
        join_worker();
        hit_costs_ = *worker_result_;
        running_ = false;
        Q_EMIT hitCostsMeasured();
        Q_EMIT progress(tr("Claims measured on this machine."));
        Q_EMIT finished(true);
        return;
    }
    const workload::EngineState state = engine_.state();
    if (state == workload::EngineState::running || state == workload::EngineState::paused)
        return;
    timer_.stop();
    if (state != workload::EngineState::finished) {
        Q_EMIT progress(
            tr("Claims run stopped: %1").arg(QLatin1String(workload::to_string(state))));
        running_ = false;
        Q_EMIT finished(false);
        return;
    }
    const workload::Scenario& s = scenarios_[index_];
    RunEvidence evidence = RunEvidence::from_results(engine_.results(), run_label(s.hit_rate));
    evidence_.push_back(evidence);
    Q_EMIT runMeasured(evidence);
    if (++index_ < scenarios_.size()) {
        start_current();
        return;
    }
    start_hit_costs();
}

} // namespace vtl::models
