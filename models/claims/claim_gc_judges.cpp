// The claims about garbage collections: real .NET's counts against the seed's, and the C++
// core's model of them beside.
#include "models/claims/seed_claims_internal.hpp"

#include "models/text/models_tr.hpp"
#include "models/text/unit_format.hpp"

#include <cmath>

namespace vtl::models {

namespace {

using workload::Strategy;
using Status = ClaimVerdict::Status;
using Side = ClaimVerdict::Side;

// --- GC -------------------------------------------------------------------------------------

Side dotnet_gc(const ClaimInputs& in, const char* strategy, double c0, double c1, double c2) {
    const DotnetRow* r = gc_row(in, strategy, 0.8, claim_payload_bytes);
    if (!r || !has_value(r->gen0_per_1k))
        return no_dotnet(in, tr("GC count for this workload shape"));
    const double g0 = r->gen0_per_1k * 1000, g1 = r->gen1_per_1k * 1000, g2 = r->gen2_per_1k * 1000;
    Side s;
    s.value = s.low = s.high = g0;
    s.unit = QStringLiteral("gen0 per 1M calls");
    s.figure = tr("real GC, per 1,000,000 calls: gen0 %1, gen1 %2, gen2 %3")
                   .arg(format_count(g0), format_count(g1), format_count(g2));
    s.interval = tr("GC.CollectionCount over one run");
    s.source = dotnet_source(in);
    const bool ok = close(g0, c0, 0.2) && close(g1, c1, 0.2) && close(g2, c2, 0.2);
    s.status = ok ? Status::holds : Status::differs;
    s.sentence = ok ? tr("within 20 % of the claim.")
                    : tr("%1 gen0 collections (%2); %3 would mean a collection every %4 "
                         "allocated bytes at the claimed allocation volume.")
                          .arg(format_count(g0), versus_claim(g0, c0), format_count(c0),
                               format_bytes(r->allocated_bytes_per_op * 1e6 / c0));
    return s;
}

Side core_gc(const ClaimInputs& in, Strategy strategy, const char* dotnet_name) {
    const RunEvidence* run = in.run_at(0.8, {strategy});
    if (!run)
        return no_core(tr("a run at 80 % hits"));
    const StrategyEvidence& e = *run->find(strategy);
    const double g0 = e.gen0_per_1k * 1000, g1 = e.gen1_per_1k * 1000, g2 = e.gen2_per_1k * 1000;
    Side s;
    s.status = Status::not_judged;
    s.value = s.low = s.high = g0;
    s.unit = QStringLiteral("modelled gen0 per 1M calls");
    s.figure = tr("GC-equivalent model (not a collector), per 1,000,000 calls: gen0 %1, gen1 "
                  "%2, gen2 %3")
                   .arg(format_count(g0), format_count(g1), format_count(g2));
    s.interval = tr("model of the run's exact allocations");
    s.source = run->label;
    const DotnetRow* r = gc_row(in, dotnet_name, 0.8, claim_payload_bytes);
    if (r && has_value(r->gen0_per_1k)) {
        const double real0 = r->gen0_per_1k * 1000;
        s.sentence = tr("the model counts %1 gen0 collections where real .NET counted %2 for "
                        "the same workload shape: it applies a gen0 budget to the C++ core's "
                        "bytes (%3 per call here, .NET %4), while the real GC sizes its budget "
                        "itself.")
                         .arg(format_count(g0), format_count(real0), format_bytes(e.bytes_per_call),
                              format_bytes(r->allocated_bytes_per_op));
    } else {
        s.sentence = tr("a model of the C++ core's allocations; it cannot confirm what the real "
                        "GC does.");
    }
    return s;
}

Side dotnet_gc_reduction(const ClaimInputs& in) {
    const DotnetRow* t = gc_row(in, "task", 0.8, claim_payload_bytes);
    const DotnetRow* v = gc_row(in, "valuetask", 0.8, claim_payload_bytes);
    if (!t || !v)
        return no_dotnet(in, tr("GC count for this workload shape"));
    const bool by_gc = has_value(t->gen0_per_1k) && t->gen0_per_1k > 0;
    const double before = by_gc ? t->gen0_per_1k : t->allocated_bytes_per_op;
    const double after = by_gc ? v->gen0_per_1k : v->allocated_bytes_per_op;
    Side s;
    s.source = dotnet_source(in);
    if (!(before > 0)) {
        s.status = Status::differs;
        s.figure = tr("Task allocated nothing");
        s.sentence = tr("nothing to reduce.");
        return s;
    }
    const double reduction = 1.0 - after / before;
    s.value = s.low = s.high = reduction * 100;
    s.unit = QStringLiteral("%");
    s.figure =
        tr("%1 fewer %2 (%3 → %4 per 1,000,000 calls)")
            .arg(format_percent(reduction), by_gc ? tr("gen0 collections") : tr("allocated bytes"),
                 by_gc ? format_count(before * 1000) : format_bytes(before * 1e6),
                 by_gc ? format_count(after * 1000) : format_bytes(after * 1e6));
    s.interval = by_gc ? tr("GC.CollectionCount over one run") : bdn_exact();
    s.status = std::fabs(reduction - 0.75) <= 0.10 ? Status::holds : Status::differs;
    s.sentence = tr("%1 rather than 75 % at 80 % hits: the saving is the hits' Task objects, "
                    "so it follows the hit rate and the object sizes.")
                     .arg(format_percent(reduction));
    if (s.status == Status::holds)
        s.sentence = tr("about 75 % (%1).").arg(format_percent(reduction));
    return s;
}

Side core_gc_reduction(const ClaimInputs& in) {
    const RunEvidence* run = in.run_at(0.8, {Strategy::task, Strategy::valuetask});
    if (!run)
        return no_core(tr("a run at 80 % hits"));
    const StrategyEvidence& t = *run->find(Strategy::task);
    const StrategyEvidence& v = *run->find(Strategy::valuetask);
    const double reduction = t.bytes_per_call > 0 ? 1.0 - v.bytes_per_call / t.bytes_per_call : 0;
    Side s;
    s.status = Status::not_judged;
    s.value = s.low = s.high = reduction * 100;
    s.unit = QStringLiteral("%");
    s.figure = tr("%1 fewer allocated bytes").arg(format_percent(reduction));
    s.interval = exact_interval();
    s.source = run->label;
    s.sentence = tr("C++ object sizes, so a different share than .NET's.");
    return s;
}

} // namespace

ClaimVerdict task_gc(const ClaimInputs& in) {
    return both(dotnet_gc(in, "task", 800'000, 100'000, 10'000),
                core_gc(in, Strategy::task, "task"));
}

ClaimVerdict valuetask_gc(const ClaimInputs& in) {
    return both(dotnet_gc(in, "valuetask", 200'000, 25'000, 2'500),
                core_gc(in, Strategy::valuetask, "valuetask"));
}

ClaimVerdict gc_reduction(const ClaimInputs& in) {
    return both(dotnet_gc_reduction(in), core_gc_reduction(in));
}

} // namespace vtl::models
