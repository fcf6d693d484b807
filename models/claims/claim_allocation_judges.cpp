// The claims about what a Task or a ValueTask allocates: on a hit, on a miss, over a million
// calls, and whether a completed Task is always a new object.
#include "models/claims/seed_claims_internal.hpp"

#include "models/text/models_tr.hpp"
#include "models/text/unit_format.hpp"

#include <algorithm>
#include <cmath>

namespace vtl::models {

namespace {

using workload::Strategy;
using Status = ClaimVerdict::Status;
using Side = ClaimVerdict::Side;

// Bytes a miss allocates, from the same benchmark at 100 % and 80 % hits:
// B(0.8) = 0.8·hit + 0.2·miss and B(1.0) = hit.
double per_miss_bytes(const DotnetRow& all_hits, const DotnetRow& mixed) {
    const double h = mixed.hit_rate;
    return (mixed.allocated_bytes_per_op - h * all_hits.allocated_bytes_per_op) / (1.0 - h);
}

// The .NET side of a bytes-per-call claim: MemoryDiagnoser's exact count from benchmark `r`.
Side dotnet_bytes_per_call(const ClaimInputs& in, const DotnetRow& r, const QString& figure) {
    Side s;
    s.value = s.low = s.high = r.allocated_bytes_per_op;
    s.unit = QStringLiteral("B/op");
    s.figure = figure;
    s.interval = bdn_exact();
    s.source = dotnet_source(in);
    return s;
}

// --- allocation on a hit -------------------------------------------------------------------

// "A Task hit allocates `claimed` bytes" (claimed < 0: "allocates something, always").
Side dotnet_task_hit_bytes(const ClaimInputs& in, double claimed) {
    const DotnetRow* t = bench(in, "task", 1.0);
    if (!t)
        return no_dotnet(in, tr("Task cache-hit benchmark"));
    Side s = dotnet_bytes_per_call(
        in, *t,
        tr("async Task<Product> hit: %1 per call").arg(format_bytes(t->allocated_bytes_per_op)));
    if (close(t->allocated_bytes_per_op, claimed, 0.02)) {
        s.status = Status::holds;
        s.sentence = tr("a Task hit allocates %1, as claimed.").arg(format_bytes(claimed));
    } else {
        s.status = Status::differs;
        s.sentence = tr("a Task hit allocates %1 (%2): one completed Task<Product> object.")
                         .arg(format_bytes(t->allocated_bytes_per_op),
                              versus_claim(t->allocated_bytes_per_op, claimed));
    }
    return s;
}

Side core_task_hit_bytes(const ClaimInputs& in, double claimed) {
    const workload::HitCost* t = hit(in, "task_hit");
    if (!t)
        return no_core(tr("the C++ hit costs"));
    const workload::HitCost* plain = hit(in, "plain_call");
    const double own = t->bytes_per_op - (plain ? plain->bytes_per_op : 0.0);
    Side s;
    s.value = s.low = s.high = t->bytes_per_op;
    s.unit = QStringLiteral("B/op");
    s.figure = tr("Task<T> hit: %1 per call in %2 allocation(s)")
                   .arg(format_bytes(t->bytes_per_op), format_number(t->allocs_per_op, 3));
    s.interval = exact_interval();
    s.source = core_hit_source(in);
    s.status = close(t->bytes_per_op, claimed, 0.02) ? Status::holds : Status::differs;
    if (t->allocs_per_op < 0.5)
        s.sentence = tr("no allocation: this %1-byte value completes from a cached Task.")
                         .arg(in.hit_costs->payload_bytes);
    else
        s.sentence = tr("%1 for one completed Task state holding a %2-byte value; its layout "
                        "(reference count, waiter list, result slot) is C++'s, not a .NET "
                        "object's, so the size is not .NET's.")
                         .arg(format_bytes(own))
                         .arg(in.hit_costs->payload_bytes);
    return s;
}

Side dotnet_valuetask_hit_zero(const ClaimInputs& in) {
    const DotnetRow* v = bench(in, "valuetask", 1.0);
    if (!v)
        return no_dotnet(in, tr("ValueTask cache-hit benchmark"));
    Side s = dotnet_bytes_per_call(
        in, *v,
        tr("ValueTask<Product> hit: %1 per call").arg(format_bytes(v->allocated_bytes_per_op)));
    s.status = v->allocated_bytes_per_op < 0.5 ? Status::holds : Status::differs;
    s.sentence =
        s.status == Status::holds
            ? tr("a ValueTask hit allocates nothing.")
            : tr("a ValueTask hit allocates %1.").arg(format_bytes(v->allocated_bytes_per_op));
    return s;
}

Side core_valuetask_hit_zero(const ClaimInputs& in) {
    const workload::HitCost* v = hit(in, "valuetask_hit");
    if (!v)
        return no_core(tr("the C++ hit costs"));
    const workload::HitCost* co = hit(in, "valuetask_coroutine_hit");
    Side s;
    s.value = s.low = s.high = v->bytes_per_op;
    s.unit = QStringLiteral("B/op");
    s.figure = tr("ValueTask<T> hit: %1 per call").arg(format_bytes(v->bytes_per_op));
    if (co)
        s.figure += tr("; as a C++ coroutine: %1").arg(format_bytes(co->bytes_per_op));
    s.interval = exact_interval();
    s.source = core_hit_source(in);
    s.status = v->bytes_per_op < 0.5 ? Status::holds : Status::differs;
    s.sentence = s.status == Status::holds ? tr("no allocation on a hit.")
                                           : tr("%1 per hit.").arg(format_bytes(v->bytes_per_op));
    if (co && co->bytes_per_op >= 0.5)
        s.sentence += tr(" A C++ coroutine returning ValueTask<T> allocates its frame (%1) "
                         "before its body runs: C# keeps a synchronously completing state "
                         "machine on the stack, C++ cannot.")
                          .arg(format_bytes(co->bytes_per_op));
    return s;
}

// --- miss and mixed allocation ------------------------------------------------------------

Side dotnet_miss_bytes(const ClaimInputs& in, double claimed, const char* second) {
    const DotnetRow *t1 = bench(in, "task", 1.0), *t8 = bench(in, "task", 0.8);
    const DotnetRow *v1 = bench(in, second, 1.0), *v8 = bench(in, second, 0.8);
    if (!t1 || !t8 || !v1 || !v8)
        return no_dotnet(in, tr("benchmarks at 100 % and 80 % hits"));
    const double tm = per_miss_bytes(*t1, *t8), vm = per_miss_bytes(*v1, *v8);
    Side s;
    s.value = vm - tm;
    s.unit = QStringLiteral("B/miss");
    s.figure = tr("per miss: Task %1, %2 %3")
                   .arg(format_bytes(tm), QLatin1String(second), format_bytes(vm));
    s.interval = tr("derived from the 100 % and 80 % hit benchmarks");
    s.source = dotnet_source(in);
    const bool same = std::fabs(tm - vm) <= 0.05 * std::max(tm, vm) + 0.5;
    if (claimed >= 0) {
        s.status = same && close(tm, claimed, 0.05) ? Status::holds : Status::differs;
        s.sentence = same ? tr("both allocate about the same per miss, %1, not %2.")
                                .arg(format_bytes(tm), format_bytes(claimed))
                          : tr("a miss allocates %1 with Task and %2 with %3.")
                                .arg(format_bytes(tm), format_bytes(vm), QLatin1String(second));
        if (s.status == Status::holds)
            s.sentence = tr("both allocate %1 per miss, as claimed.").arg(format_bytes(tm));
    } else {
        // "ValueTask saves memory even when the method always awaits": holds only if it does.
        s.status = vm < tm - 0.5 ? Status::holds : Status::differs;
        s.sentence = vm < tm - 0.5
                         ? tr("a suspending call allocates %1 with ValueTask vs %2 with Task.")
                               .arg(format_bytes(vm), format_bytes(tm))
                         : tr("a call that suspends allocates %1 with an async ValueTask method "
                              "and %2 with Task: the state machine's box is allocated either "
                              "way, so nothing is gained.")
                               .arg(format_bytes(vm), format_bytes(tm));
    }
    return s;
}

Side core_miss_bytes(const ClaimInputs& in, double claimed) {
    const RunEvidence* run = in.run_at(0.0, {Strategy::task, Strategy::valuetask});
    if (!run)
        return no_core(tr("a run at 0 % hits"));
    const StrategyEvidence& t = *run->find(Strategy::task);
    const StrategyEvidence& v = *run->find(Strategy::valuetask);
    Side s;
    s.value = v.bytes_per_call - t.bytes_per_call;
    s.unit = QStringLiteral("B/miss");
    s.figure = tr("per miss: Task %1, ValueTask %2")
                   .arg(format_bytes(t.bytes_per_call), format_bytes(v.bytes_per_call));
    s.interval = exact_interval();
    s.source = run->label;
    const bool same = std::fabs(t.bytes_per_call - v.bytes_per_call) <=
                      0.05 * std::max(t.bytes_per_call, v.bytes_per_call) + 0.5;
    s.status =
        claimed >= 0
            ? (same && close(t.bytes_per_call, claimed, 0.05) ? Status::holds : Status::differs)
            : (v.bytes_per_call < t.bytes_per_call - 0.5 ? Status::holds : Status::differs);
    s.sentence =
        same ? tr("the same for both (%1%2): a miss runs the same Task coroutine, whose "
                  "frame C++ allocates where .NET allocates a state-machine box.")
                   .arg(format_bytes(t.bytes_per_call),
                        claimed >= 0 ? tr(", not %1").arg(format_bytes(claimed)) : QString())
             : tr("%1 vs %2 per miss.")
                   .arg(format_bytes(t.bytes_per_call), format_bytes(v.bytes_per_call));
    return s;
}

Side dotnet_million(const ClaimInputs& in, double hit_rate, double task_claim, double vt_claim) {
    const DotnetRow* t = bench(in, "task", hit_rate);
    const DotnetRow* v = bench(in, "valuetask", hit_rate);
    if (!t || !v)
        return no_dotnet(in, tr("benchmark at %1 hits").arg(format_percent(hit_rate)));
    const double tb = t->allocated_bytes_per_op * 1e6, vb = v->allocated_bytes_per_op * 1e6;
    Side s;
    s.value = tb - vb;
    s.low = s.high = s.value;
    s.unit = QStringLiteral("B saved per 1M calls");
    s.figure =
        tr("per 1,000,000 calls: Task %1, ValueTask %2").arg(format_bytes(tb), format_bytes(vb));
    s.interval = bdn_exact();
    s.source = dotnet_source(in);
    const bool ok =
        close(tb, task_claim, 0.2) && (vt_claim == 0 ? vb < 0.5e3 : close(vb, vt_claim, 0.2));
    s.status = ok ? Status::holds : Status::differs;
    s.sentence = tr("Task %1, ValueTask %2 (claimed %3 and %4).")
                     .arg(versus_claim(tb, task_claim),
                          vt_claim > 0 ? versus_claim(vb, vt_claim) : format_bytes(vb),
                          format_bytes(task_claim), format_bytes(vt_claim));
    return s;
}

Side core_million(const ClaimInputs& in, double hit_rate, double task_claim, double vt_claim) {
    const RunEvidence* run = in.run_at(hit_rate, {Strategy::task, Strategy::valuetask});
    if (!run)
        return no_core(tr("a run at %1 hits").arg(format_percent(hit_rate)));
    const double tb = run->find(Strategy::task)->bytes_per_call * 1e6;
    const double vb = run->find(Strategy::valuetask)->bytes_per_call * 1e6;
    Side s;
    s.value = s.low = s.high = tb - vb;
    s.unit = QStringLiteral("B saved per 1M calls");
    s.figure =
        tr("per 1,000,000 calls: Task %1, ValueTask %2").arg(format_bytes(tb), format_bytes(vb));
    s.interval = exact_interval();
    s.source = run->label;
    const bool ok =
        close(tb, task_claim, 0.2) && (vt_claim == 0 ? vb < 0.5e3 : close(vb, vt_claim, 0.2));
    s.status = ok ? Status::holds : Status::differs;
    s.sentence = tr("Task %1, ValueTask %2, with C++ object sizes (Task states, coroutine "
                    "frames), not .NET's.")
                     .arg(versus_claim(tb, task_claim),
                          vt_claim > 0 ? versus_claim(vb, vt_claim) : format_bytes(vb));
    return s;
}

} // namespace

ClaimVerdict task_hit_32(const ClaimInputs& in) {
    return both(dotnet_task_hit_bytes(in, 32), core_task_hit_bytes(in, 32));
}

ClaimVerdict valuetask_hit_zero(const ClaimInputs& in) {
    return both(dotnet_valuetask_hit_zero(in), core_valuetask_hit_zero(in));
}

ClaimVerdict valuetask_avoids_task_allocation(const ClaimInputs& in) {
    Side net = dotnet_valuetask_hit_zero(in);
    if (const DotnetRow* t = bench(in, "task", 1.0); t && net.status == Status::holds) {
        net.figure += tr("; Task<Product> hit: %1").arg(format_bytes(t->allocated_bytes_per_op));
        net.status = t->allocated_bytes_per_op >= 0.5 ? Status::holds : Status::differs;
        net.sentence = tr("the Task hit's %1 are avoided: a ValueTask hit allocates nothing.")
                           .arg(format_bytes(t->allocated_bytes_per_op));
    }
    return both(net, core_valuetask_hit_zero(in));
}

// "Task always allocates": false for results .NET caches. Real .NET's gc rows at a 0-byte
// payload (bool) give it: Task and ValueTask allocate the same there, so the Task hits
// allocate nothing.
ClaimVerdict task_always_allocates(const ClaimInputs& in) {
    Side net;
    const DotnetRow* t = gc_row(in, "task", 0.8, 0);
    const DotnetRow* v = gc_row(in, "valuetask", 0.8, 0);
    if (!t || !v) {
        net = no_dotnet(in, tr("Task<bool> measurement"));
    } else {
        const double per_hit = (t->allocated_bytes_per_op - v->allocated_bytes_per_op) / 0.8;
        net.value = net.low = net.high = per_hit;
        net.unit = QStringLiteral("B per Task<bool> hit");
        net.figure =
            tr("Task<bool> at 80 % hits: %1 per call, ValueTask<bool> %2 → %3 per Task hit")
                .arg(format_bytes(t->allocated_bytes_per_op),
                     format_bytes(v->allocated_bytes_per_op), format_bytes(per_hit));
        net.interval = tr("derived from allocated bytes");
        net.source = dotnet_source(in);
        net.status = per_hit < 1.0 ? Status::differs : Status::holds;
        net.sentence = per_hit < 1.0
                           ? tr("a Task<bool> completing synchronously allocates nothing: .NET "
                                "returns a cached Task (true/false; also null, default values "
                                "and small ints).")
                           : tr("a Task<bool> hit allocates %1.").arg(format_bytes(per_hit));
    }
    Side core;
    const workload::HitCost* b = in.bool_hit_costs ? in.bool_hit_costs->find("task_hit") : nullptr;
    const workload::HitCost* t16 = hit(in, "task_hit");
    if (!b) {
        core = no_core(tr("Task hit allocations"));
    } else {
        core.value = core.low = core.high = b->allocs_per_op;
        core.unit = QStringLiteral("allocs per bool hit");
        core.figure = tr("Task<bool> hit: %1 allocations").arg(format_number(b->allocs_per_op, 3));
        if (t16)
            core.figure += tr("; Task<%1-byte value> hit: %2")
                               .arg(in.hit_costs->payload_bytes)
                               .arg(format_number(t16->allocs_per_op, 3));
        core.interval = exact_interval();
        core.source = tr("C++ core, this machine");
        core.status = b->allocs_per_op < 0.5 ? Status::differs : Status::holds;
        core.sentence = b->allocs_per_op < 0.5
                            ? tr("the core's Task result cache does the same for bool.")
                            : tr("the core allocates for every Task.");
    }
    return both(net, core);
}

ClaimVerdict miss_same_32(const ClaimInputs& in) {
    return both(dotnet_miss_bytes(in, 32, "valuetask"), core_miss_bytes(in, 32));
}

ClaimVerdict always_async_gain(const ClaimInputs& in) {
    return both(dotnet_miss_bytes(in, -1, "valuetask_coroutine"), core_miss_bytes(in, -1));
}

ClaimVerdict million_mixed(const ClaimInputs& in) {
    return both(dotnet_million(in, 0.8, 25e6, 6e6), core_million(in, 0.8, 25e6, 6e6));
}

ClaimVerdict million_hits(const ClaimInputs& in) {
    return both(dotnet_million(in, 1.0, 30e6, 0), core_million(in, 1.0, 30e6, 0));
}

ClaimVerdict stack_allocation(const ClaimInputs& in) {
    Side net = dotnet_valuetask_hit_zero(in);
    const DotnetRow *c1 = bench(in, "valuetask_coroutine", 1.0),
                    *c8 = bench(in, "valuetask_coroutine", 0.8);
    if (net.status == Status::holds && c1 && c8) {
        const double box = per_miss_bytes(*c1, *c8);
        net.figure +=
            tr("; an async ValueTask method that suspends: %1 per call").arg(format_bytes(box));
        net.status = box >= 0.5 ? Status::partly : Status::holds;
        net.sentence = box >= 0.5 ? tr("a value type: 0 B on a hit, the ValueTask lives where its "
                                       "holder lives. When the method suspends, its state machine "
                                       "(with every ValueTask it holds) moves into a %1 heap box.")
                                        .arg(format_bytes(box))
                                  : tr("no heap allocation in either path.");
    }
    return both(net, core_valuetask_hit_zero(in));
}

} // namespace vtl::models
