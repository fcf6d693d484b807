#include "models/claims/seed_claims.hpp"

#include "models/text/models_tr.hpp"

#include <QStringList>

#include <cmath>

namespace vtl::models {

namespace {

using workload::Strategy;
using Status = ClaimVerdict::Status;

} // namespace

QString status_word(Status s) {
    switch (s) {
    case Status::holds:
        return tr("holds");
    case Status::differs:
        return tr("differs");
    case Status::partly:
        return tr("partly");
    case Status::inconclusive:
        return tr("inconclusive");
    case Status::not_judged:
        return tr("for comparison");
    case Status::no_data:
        break;
    }
    return tr("not measured");
}

const char* status_id(Status s) {
    switch (s) {
    case Status::holds:
        return "holds";
    case Status::differs:
        return "differs";
    case Status::partly:
        return "partly";
    case Status::inconclusive:
        return "inconclusive";
    case Status::not_judged:
        return "not_judged";
    case Status::no_data:
        break;
    }
    return "no_data";
}

const RunEvidence* ClaimInputs::run_at(double hit_rate,
                                       std::initializer_list<workload::Strategy> needs) const {
    for (const RunEvidence& run : runs) {
        if (std::fabs(run.scenario.hit_rate - hit_rate) > 1e-9 ||
            run.scenario.payload_bytes != claim_payload_bytes)
            continue;
        bool all = true;
        for (Strategy s : needs)
            all = all && run.find(s) != nullptr;
        if (all)
            return &run;
    }
    return nullptr;
}

const CoreOutcome* ClaimInputs::core_outcome(std::initializer_list<const char*> ids) const {
    for (const char* id : ids) {
        for (const CoreOutcome& o : core_outcomes) {
            if (o.id == QLatin1String(id))
                return &o;
        }
    }
    return nullptr;
}

QString SeedClaim::claim() const {
    return QCoreApplication::translate("vtl::models", claim_source);
}

ClaimVerdict judge_claim(const SeedClaim& claim, const ClaimInputs& inputs) {
    ClaimVerdict v = claim.judge(inputs);
    const bool net = v.dotnet.status != Status::no_data && v.dotnet.status != Status::not_judged;
    v.status = net                                   ? v.dotnet.status
               : v.core.status == Status::not_judged ? Status::no_data
                                                     : v.core.status;
    QStringList parts;
    if (v.dotnet.status != Status::no_data)
        parts << tr("Real .NET — %1: %2").arg(status_word(v.dotnet.status), v.dotnet.sentence);
    else
        parts << v.dotnet.sentence;
    if (v.core.status != Status::no_data)
        parts << tr("C++ core (this machine) — %1: %2")
                     .arg(status_word(v.core.status), v.core.sentence);
    else
        parts << v.core.sentence;
    v.verdict = parts.join(QLatin1Char('\n'));
    return v;
}

} // namespace vtl::models
