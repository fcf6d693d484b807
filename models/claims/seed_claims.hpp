// The seeds' claims about Task<T> and ValueTask<T> (../shared/seeds/000–004), each with the
// seed file, a short quote in the seed's own language and an English rendering, and a rule
// that turns measured evidence into a verdict. Three columns of evidence per claim:
//   the seed's claim · real .NET (dotnet_reference.csv / dotnet_outcomes.json, see
//   dotnet_reference.hpp) · the C++ core (this machine: hit costs, engine runs, the lab).
// Claims are about .NET, so real .NET decides the row's verdict when it has a figure; the
// C++ core's figure stands beside it with the reason it differs. Every sentence is composed
// from the figures and conditions of the evidence; nothing here knows an answer in advance.
#pragma once

#include "models/claims/claim_evidence.hpp"
#include "models/claims/dotnet_reference.hpp"
#include "workload/hit_costs.hpp"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace vtl::models {

struct ClaimVerdict {
    // partly: true under some conditions the evidence shows, false under others.
    // inconclusive: measured, but the confidence interval straddles the claim's boundary.
    // not_judged: the figure is shown for comparison; it cannot confirm or refute the claim.
    enum class Status { holds, differs, partly, inconclusive, no_data, not_judged };

    struct Side {
        Status status = Status::no_data;
        QString figure;   // the numbers, with units
        QString interval; // how sure: a confidence interval, "exact count", "one run"…
        QString sentence; // what the figure says about the claim, and why
        QString source;   // where the figure comes from
        double value = no_value, low = no_value, high = no_value; // for claims.csv
        QString unit;
    };

    Status status = Status::no_data; // real .NET's when it has one, else the C++ core's
    Side dotnet, core;
    QString verdict; // one paragraph, composed from both sides
};

QString status_word(ClaimVerdict::Status s);   // "holds", "differs", … (translated)
const char* status_id(ClaimVerdict::Status s); // "holds", … for CSV

// A finished case of the C++ await-twice lab, by the contract's case id.
struct CoreOutcome {
    QString id, outcome, message;
};

// Everything the claims are judged with.
struct ClaimInputs {
    std::optional<DotnetReference> dotnet;
    std::optional<DotnetOutcomes> dotnet_outcomes;
    std::vector<RunEvidence> runs;                    // engine runs, first match wins
    std::optional<workload::HitCosts> hit_costs;      // timed, at claim_payload_bytes
    std::optional<workload::HitCosts> bool_hit_costs; // allocations only, 0-byte payload
    std::vector<CoreOutcome> core_outcomes;

    // The first run at `hit_rate` (and the claims' payload) that measured every strategy in
    // `needs`.
    const RunEvidence* run_at(double hit_rate,
                              std::initializer_list<workload::Strategy> needs) const;
    const CoreOutcome* core_outcome(std::initializer_list<const char*> ids) const;
};

// The claims are about a reference result (the seeds cache strings and Products): the C++
// core measures them with a 16-byte value, stored inline (no copy on the heap), the shape
// real .NET's gc rows use too.
inline constexpr std::uint32_t claim_payload_bytes = 16;

struct SeedClaim {
    QString id;        // stable, for tests and CSV: "task-hit-bytes"
    QString seed_file; // "004_189390e2872eaaf7.txt"
    QString language;  // "en", "ja", "ru"
    QString quote;     // exact text from the seed
    // The English rendering, translated when asked for (the list is built once, and the
    // language can change while the app runs).
    const char* claim_source = "";
    QString claim() const;
    std::function<ClaimVerdict(const ClaimInputs&)> judge;
};

const std::vector<SeedClaim>& seed_claims();

// Judges `claim` and composes its verdict paragraph.
ClaimVerdict judge_claim(const SeedClaim& claim, const ClaimInputs& inputs);

} // namespace vtl::models
