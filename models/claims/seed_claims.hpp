// The seeds' claims about Task<T> and ValueTask<T> (../shared/seeds/004_*.txt), each with the
// run conditions it needs and a rule that turns measured numbers into a one-line verdict.
// Verdicts are computed from the numbers; nothing here knows the answer in advance.
#pragma once

#include "models/claims/claim_evidence.hpp"

#include <QString>

#include <functional>
#include <vector>

namespace vtl::models {

struct ClaimVerdict {
    // inconclusive: measured, but too close to the instrument's resolution to decide.
    enum class Status { holds, differs, inconclusive, no_data };
    Status status = Status::no_data;
    QString measured; // the numbers, with units
    QString verdict;  // one line
    QString evidence; // which run the numbers come from
};

struct SeedClaim {
    QString id;                            // stable, for tests: "task-hit-bytes"
    QString claim;                         // what the seed says
    QString source;                        // where it says it
    double hit_rate = 0;                   // the hit rate the claim is about
    std::vector<workload::Strategy> needs; // strategies the run must have measured
    std::function<ClaimVerdict(const RunEvidence&)> judge;
};

const std::vector<SeedClaim>& seed_claims();

// Judges `claim` with the first run in `runs` that meets its conditions (hit rate and
// strategies); no_data with a hint when none does.
ClaimVerdict judge_claim(const SeedClaim& claim, const std::vector<RunEvidence>& runs);

} // namespace vtl::models
