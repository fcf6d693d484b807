#include "models/claims/seed_claims.hpp"

#include "models/text/strategy_names.hpp"
#include "models/text/unit_format.hpp"

#include "measure/op_cost.hpp"

#include <QCoreApplication>

#include <cmath>

// Sources for what the sentences below say about .NET (dotnet/runtime, main):
// - Task result cache (bool, null/default, int −1..8; since .NET 8 any 1/2/4/8/16-byte
//   all-zero value): src/libraries/System.Private.CoreLib/src/System/Threading/Tasks/
//   TaskCache.cs and Task.FromResult in Task.cs; AsyncTaskMethodBuilderT.cs GetTaskForResult.
// - The default `async ValueTask<T>` builder wraps a Task-derived state-machine box when the
//   method suspends: src/libraries/System.Private.CoreLib/src/System/Runtime/
//   CompilerServices/AsyncValueTaskMethodBuilderT.cs (Task property: new ValueTask<TResult>(
//   m_task)); only PoolingAsyncValueTaskMethodBuilder (PoolingAsyncValueTaskMethodBuilderT.cs)
//   hands out a reusable IValueTaskSource.
// - Every ManualResetValueTaskSourceCore misuse throws InvalidOperationException with the
//   generic message (ManualResetValueTaskSourceCore.cs, ValidateToken / ThrowHelper.
//   ThrowInvalidOperationException()); no "already been consumed" message exists.
// - ValueTask's remarks (ValueTask.cs): await once, never concurrently, never .Result before
//   completion; use AsTask()/Preserve() otherwise.
// The figures themselves are measurements: resources/dotnet/ValueTaskLab.Reference.

namespace vtl::models {

namespace {

using workload::Strategy;
using Status = ClaimVerdict::Status;
using Side = ClaimVerdict::Side;

QString tr(const char* text) {
    // lupdate files a call of this free tr() under the enclosing namespace: same context here.
    return QCoreApplication::translate("vtl::models", text);
}

const QString seed000 = QStringLiteral("000_efb4e60a3bc2a802.txt");
const QString seed001 = QStringLiteral("001_346b1307818f8a78.txt");
const QString seed002 = QStringLiteral("002_f0328985364dd61e.txt");
const QString seed003 = QStringLiteral("003_40be18ff5e951c36.txt");
const QString seed004 = QStringLiteral("004_189390e2872eaaf7.txt");

// --- small helpers -------------------------------------------------------------------------

bool close(double measured, double claimed, double tolerance) {
    if (claimed == 0)
        return std::fabs(measured) < 0.5;
    return std::fabs(measured - claimed) <= tolerance * std::fabs(claimed);
}

QString versus_claim(double measured, double claimed) {
    if (claimed == 0 || measured == 0)
        return measured == claimed ? tr("as claimed") : tr("the claim says %1").arg(claimed);
    const double ratio = measured / claimed;
    if (ratio >= 0.5)
        return tr("%1× the claim").arg(format_number(ratio, 2));
    return tr("%1× less than claimed").arg(format_number(1.0 / ratio, 2));
}

QString ratio_text(double r) {
    if (std::isinf(r))
        return tr("unbounded");
    return tr("%1×").arg(format_number(r, 2));
}

QString interval_text(const measure::MedianInterval& m, const QString& unit_suffix) {
    const QString hi = std::isinf(m.high) ? tr("∞") : format_number(m.high, 3);
    return tr("%1–%2%3").arg(format_number(m.low, 3), hi, unit_suffix);
}

// A BenchmarkDotNet mean ± error (the half-width of its 99.9 % interval) as an interval.
measure::MedianInterval bdn_interval(const DotnetRow& r) {
    const double e = has_value(r.error_ns) ? r.error_ns : 0.0;
    return {r.mean_ns, r.mean_ns - e, r.mean_ns + e, 0.999, 0};
}

QString dotnet_source(const ClaimInputs& in) {
    return in.dotnet ? in.dotnet->label() : QString();
}

QString outcomes_source(const ClaimInputs& in) {
    if (!in.dotnet_outcomes)
        return {};
    const bool fresh = !in.dotnet_outcomes->path.startsWith(QLatin1String(":/"));
    return tr("%1: %2, %3, %4")
        .arg(fresh ? tr("run on this machine")
                   : tr("shipped reference, measured on the development machine"),
             in.dotnet_outcomes->runtime, in.dotnet_outcomes->cpu, in.dotnet_outcomes->date);
}

const DotnetRow* bench(const ClaimInputs& in, const char* strategy, double hit_rate) {
    if (!in.dotnet)
        return nullptr;
    const DotnetRow* r =
        in.dotnet->find(QStringLiteral("bench"), {QLatin1String(strategy)}, hit_rate);
    return r != nullptr && has_value(r->allocated_bytes_per_op) ? r : nullptr;
}

const DotnetRow* gc_row(const ClaimInputs& in, const char* strategy, double hit_rate,
                        double payload) {
    if (!in.dotnet)
        return nullptr;
    for (const DotnetRow& r : in.dotnet->rows) {
        if (r.section == QLatin1String("gc") && r.name == QLatin1String(strategy) &&
            has_value(r.hit_rate) && std::fabs(r.hit_rate - hit_rate) < 1e-6 &&
            has_value(r.payload_bytes) && r.payload_bytes == payload)
            return &r;
    }
    return nullptr;
}

// Bytes a miss allocates, from the same benchmark at 100 % and 80 % hits:
// B(0.8) = 0.8·hit + 0.2·miss and B(1.0) = hit.
double per_miss_bytes(const DotnetRow& all_hits, const DotnetRow& mixed) {
    const double h = mixed.hit_rate;
    return (mixed.allocated_bytes_per_op - h * all_hits.allocated_bytes_per_op) / (1.0 - h);
}

const QString exact_count = QStringLiteral("exact");

QString exact_interval() {
    return tr("exact count");
}

QString bdn_exact() {
    return tr("exact (MemoryDiagnoser)");
}

Side no_dotnet(const ClaimInputs& in, const QString& what) {
    Side s;
    s.figure = QStringLiteral("—");
    s.sentence = in.dotnet || in.dotnet_outcomes
                     ? tr("The .NET reference has no %1.").arg(what)
                     : tr("No .NET reference is available (neither shipped nor run here).");
    return s;
}

Side no_core(const QString& what) {
    Side s;
    s.figure = QStringLiteral("—");
    s.sentence = tr("Not measured yet: %1 (press “Measure the C++ core” or run `valuetask-lab "
                    "claims`).")
                     .arg(what);
    return s;
}

const workload::HitCost* hit(const ClaimInputs& in, const char* id) {
    return in.hit_costs ? in.hit_costs->find(id) : nullptr;
}

// Timings depend on the build: say which one measured them.
QString build_kind() {
#ifdef NDEBUG
    return tr("optimised build");
#else
    return tr("unoptimised debug build, timings not representative");
#endif
}

QString core_hit_source(const ClaimInputs& in) {
    return tr("C++ core, this machine (%1): hit costs, %2-byte value")
        .arg(build_kind())
        .arg(in.hit_costs->payload_bytes);
}

// --- allocation on a hit -------------------------------------------------------------------

// "A Task hit allocates `claimed` bytes" (claimed < 0: "allocates something, always").
Side dotnet_task_hit_bytes(const ClaimInputs& in, double claimed) {
    const DotnetRow* t = bench(in, "task", 1.0);
    if (!t)
        return no_dotnet(in, tr("Task cache-hit benchmark"));
    Side s;
    s.value = s.low = s.high = t->allocated_bytes_per_op;
    s.unit = QStringLiteral("B/op");
    s.figure =
        tr("async Task<Product> hit: %1 per call").arg(format_bytes(t->allocated_bytes_per_op));
    s.interval = bdn_exact();
    s.source = dotnet_source(in);
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
    Side s;
    s.value = s.low = s.high = v->allocated_bytes_per_op;
    s.unit = QStringLiteral("B/op");
    s.figure =
        tr("ValueTask<Product> hit: %1 per call").arg(format_bytes(v->allocated_bytes_per_op));
    s.interval = bdn_exact();
    s.source = dotnet_source(in);
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

// --- speed ---------------------------------------------------------------------------------

constexpr double about_low = 8.0, about_high = 12.5; // "10×", read generously

Status band_status(const measure::MedianInterval& r) {
    if (r.low >= about_low && r.high <= about_high)
        return Status::holds;
    if (r.high < about_low || r.low > about_high)
        return Status::differs;
    return Status::inconclusive;
}

QString band_sentence(const measure::MedianInterval& r) {
    switch (band_status(r)) {
    case Status::holds:
        return tr("about 10×, as claimed.");
    case Status::differs:
        return r.high < about_low ? tr("well short of 10×: the whole interval is below %1×.")
                                        .arg(format_number(about_low, 2))
                                  : tr("more than 10×: the whole interval is above %1×.")
                                        .arg(format_number(about_high, 2));
    default:
        return tr("the interval reaches both sides of %1–%2×: this measurement cannot "
                  "decide.")
            .arg(format_number(about_low, 2), format_number(about_high, 2));
    }
}

Side dotnet_speed(const ClaimInputs& in) {
    const DotnetRow* t = bench(in, "task", 1.0);
    const DotnetRow* v = bench(in, "valuetask", 1.0);
    if (!t || !v || !has_value(t->mean_ns) || !has_value(v->mean_ns))
        return no_dotnet(in, tr("cache-hit timing"));
    const measure::MedianInterval r = measure::ratio_interval(bdn_interval(*t), bdn_interval(*v));
    Side s;
    s.value = r.median;
    s.low = r.low;
    s.high = r.high;
    s.unit = QStringLiteral("x");
    s.figure = tr("Task %1, ValueTask %2 per hit → %3")
                   .arg(format_ns(t->mean_ns), format_ns(v->mean_ns), ratio_text(r.median));
    s.interval = tr("%1 (BenchmarkDotNet mean ± 99.9 % error)").arg(interval_text(r, tr("×")));
    s.source = dotnet_source(in);
    s.status = band_status(r);
    s.sentence = tr("%1 vs %2 per hit, including the cache lookup both do; %3")
                     .arg(format_ns(t->mean_ns), format_ns(v->mean_ns), band_sentence(r));
    return s;
}

Side core_speed(const ClaimInputs& in) {
    const workload::HitCost* t = hit(in, "task_hit");
    const workload::HitCost* v = hit(in, "valuetask_hit");
    if (!t || !v)
        return no_core(tr("the C++ hit costs"));
    const measure::MedianInterval r = measure::ratio_interval(t->cost.per_op, v->cost.per_op);
    Side s;
    s.value = r.median;
    s.low = r.low;
    s.high = r.high;
    s.unit = QStringLiteral("x");
    s.figure = tr("Task %1, ValueTask %2 per hit → %3")
                   .arg(format_ns(t->cost.per_op.median), format_ns(v->cost.per_op.median),
                        ratio_text(r.median));
    s.interval = tr("%1 (95 % intervals of medians: Task %2, ValueTask %3; %4 batches each)")
                     .arg(interval_text(r, tr("×")), interval_text(t->cost.per_op, tr(" ns")),
                          interval_text(v->cost.per_op, tr(" ns")))
                     .arg(t->cost.batches);
    s.source = core_hit_source(in);
    s.status = band_status(r);
    s.sentence = tr("CPU time per hit (%4), empty loop subtracted: %1 vs %2; %3 The difference is "
                    "mostly new/delete of the Task state (malloc), which .NET's GC replaces "
                    "with a bump-pointer allocation and a later collection.")
                     .arg(format_ns(t->cost.per_op.median), format_ns(v->cost.per_op.median),
                          band_sentence(r), build_kind());
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

// --- outcomes -------------------------------------------------------------------------------

QString outcome_word(const QString& outcome) {
    if (outcome == QLatin1String("same_value"))
        return tr("the same value again");
    if (outcome == QLatin1String("exception"))
        return tr("an exception");
    if (outcome == QLatin1String("wrong_value"))
        return tr("a wrong value, silently");
    if (outcome == QLatin1String("blocked"))
        return tr("blocks until completion");
    if (outcome == QLatin1String("source_leaked"))
        return tr("the source stays leased");
    if (outcome == QLatin1String("works"))
        return tr("works");
    return outcome;
}

struct CaseLine {
    const char* id;
    const char* what; // English, translated at use
};

// Lists what each case did in .NET; `status` decides the row.
Side dotnet_cases(const ClaimInputs& in, std::initializer_list<CaseLine> cases,
                  const std::function<Status(const DotnetOutcomes&)>& judge,
                  const std::function<QString(const DotnetOutcomes&)>& sentence) {
    if (!in.dotnet_outcomes)
        return no_dotnet(in, tr("outcomes"));
    Side s;
    QStringList parts;
    for (const CaseLine& c : cases) {
        const DotnetOutcome* o = in.dotnet_outcomes->find(QLatin1String(c.id));
        if (!o)
            return no_dotnet(in, tr("outcome for “%1”").arg(QLatin1String(c.id)));
        parts << tr("%1: %2").arg(tr(c.what), outcome_word(o->outcome));
    }
    s.figure = parts.join(QStringLiteral("; "));
    s.interval = tr("observed outcome");
    s.source = outcomes_source(in);
    s.status = judge(*in.dotnet_outcomes);
    s.sentence = sentence(*in.dotnet_outcomes);
    return s;
}

QString net_outcome(const DotnetOutcomes& o, const char* id) {
    const DotnetOutcome* c = o.find(QLatin1String(id));
    return c ? c->outcome : QString();
}

Side core_cases(const ClaimInputs& in,
                std::initializer_list<std::initializer_list<const char*>> ids,
                std::initializer_list<const char*> whats) {
    Side s;
    s.status = Status::not_judged;
    QStringList parts;
    auto what = whats.begin();
    for (const auto& alternatives : ids) {
        const CoreOutcome* o = in.core_outcome(alternatives);
        const QString label = what != whats.end() ? tr(*what++) : QString();
        parts << tr("%1: %2").arg(label, o ? outcome_word(o->outcome) : tr("not in this lab"));
    }
    s.figure = parts.join(QStringLiteral("; "));
    s.interval = tr("observed outcome");
    s.source = tr("C++ core, this machine: the await-twice lab");
    s.sentence = tr("the C++ core's lab, run now, for comparison; it mirrors .NET's mechanics "
                    "(ManualResetValueTaskSourceCore's version token).");
    return s;
}

// --- claims with their judges --------------------------------------------------------------

ClaimVerdict both(Side dotnet, Side core) {
    ClaimVerdict v;
    v.dotnet = std::move(dotnet);
    v.core = std::move(core);
    return v;
}

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

ClaimVerdict speed(const ClaimInputs& in) {
    return both(dotnet_speed(in), core_speed(in));
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

ClaimVerdict exception_message(const ClaimInputs& in) {
    Side net;
    const DotnetOutcome* o =
        in.dotnet_outcomes ? in.dotnet_outcomes->find(QStringLiteral("pooling_builder")) : nullptr;
    if (!o) {
        net = no_dotnet(in, tr("outcome for “pooling_builder”"));
    } else {
        net.figure = tr("%1: “%2”").arg(o->exception_type, o->message);
        net.interval = tr("observed outcome");
        net.source = outcomes_source(in);
        const bool same = o->message.contains(QLatin1String("already been consumed"));
        net.status = same ? Status::holds : Status::differs;
        net.sentence = same ? tr("the message is as quoted.")
                            : tr("the second await throws %1 with the generic “%2”; no .NET "
                                 "message says “already been consumed”.")
                                  .arg(o->exception_type, o->message);
    }
    Side core;
    core.status = Status::not_judged;
    const CoreOutcome* c =
        in.core_outcome({"pooling_builder", "pooled_reused", "custom_source_reused"});
    core.figure = c ? tr("“%1”").arg(c->message) : QStringLiteral("—");
    core.interval = tr("observed outcome");
    core.source = tr("C++ core, this machine: the await-twice lab");
    core.sentence = tr("the core names the misuse more specifically than .NET does, on purpose.");
    return both(net, core);
}

ClaimVerdict not_awaited_leak(const ClaimInputs& in) {
    Side net = dotnet_cases(
        in,
        {{"unconsumed_pooled",
          QT_TRANSLATE_NOOP("vtl::models", "pooled ValueTasks never awaited")}},
        [](const DotnetOutcomes& o) {
            return net_outcome(o, "unconsumed_pooled") == QLatin1String("source_leaked")
                       ? Status::partly
                       : Status::differs;
        },
        [](const DotnetOutcomes& o) {
            return net_outcome(o, "unconsumed_pooled") == QLatin1String("source_leaked")
                       ? tr("true for pooled sources: each unconsumed one stays leased and the "
                            "pool runs dry; a ValueTask over a result or a Task holds nothing "
                            "to leak.")
                       : tr("nothing leaked.");
        });
    return both(net,
                core_cases(in, {{"unconsumed_pooled"}},
                           {QT_TRANSLATE_NOOP("vtl::models", "pooled ValueTasks never awaited")}));
}

ClaimVerdict reusable(const ClaimInputs& in) {
    Side net = dotnet_cases(
        in,
        {{"pooling_builder", QT_TRANSLATE_NOOP("vtl::models", "second await, pooling builder")},
         {"custom_source_reused",
          QT_TRANSLATE_NOOP("vtl::models", "second await after the source was reused")}},
        [](const DotnetOutcomes& o) {
            return net_outcome(o, "pooling_builder") == QLatin1String("exception") ? Status::differs
                                                                                   : Status::holds;
        },
        [](const DotnetOutcomes&) {
            return tr("a ValueTask is single-use: what can be reused is the IValueTaskSource "
                      "behind it, and that reuse is exactly why awaiting the same ValueTask "
                      "again throws.");
        });
    return both(
        net,
        core_cases(
            in, {{"pooling_builder", "pooled_reused"}, {"custom_source_reused", "pooled_reused"}},
            {QT_TRANSLATE_NOOP("vtl::models", "second await, pooling builder"),
             QT_TRANSLATE_NOOP("vtl::models", "second await after the source was reused")}));
}

ClaimVerdict no_second_await(const ClaimInputs& in) {
    Side net = dotnet_cases(
        in,
        {{"sync_result", QT_TRANSLATE_NOOP("vtl::models", "over a result")},
         {"pooling_builder", QT_TRANSLATE_NOOP("vtl::models", "over a pooled box")}},
        [](const DotnetOutcomes& o) {
            return net_outcome(o, "pooling_builder") == QLatin1String("exception")
                       ? Status::holds
                       : Status::differs;
        },
        [](const DotnetOutcomes& o) {
            return net_outcome(o, "sync_result") == QLatin1String("same_value")
                       ? tr("the rule holds (CA2012): over a pooled source the second await "
                            "throws; nothing enforces it, and over a result it returns the "
                            "value again by accident.")
                       : tr("the rule holds: breaking it fails.");
        });
    return both(net, core_cases(in, {{"sync_result"}, {"pooling_builder", "pooled_reused"}},
                                {QT_TRANSLATE_NOOP("vtl::models", "over a result"),
                                 QT_TRANSLATE_NOOP("vtl::models", "over a pooled box")}));
}

ClaimVerdict copy_per_await(const ClaimInputs& in) {
    Side net = dotnet_cases(
        in,
        {{"sync_result", QT_TRANSLATE_NOOP("vtl::models", "copies over a result")},
         {"task", QT_TRANSLATE_NOOP("vtl::models", "copies over a Task")},
         {"pooling_builder", QT_TRANSLATE_NOOP("vtl::models", "over a pooled box")}},
        [](const DotnetOutcomes& o) {
            return net_outcome(o, "sync_result") == QLatin1String("same_value") &&
                           net_outcome(o, "task") == QLatin1String("same_value")
                       ? Status::differs
                       : Status::holds;
        },
        [](const DotnetOutcomes&) {
            return tr("copies share one source object and token, so a copy is never stale: "
                      "over a result or a Task every copy gives the value; over a pooled source "
                      "the second await fails because the shared source was reset, not because "
                      "of a copy.");
        });
    return both(net,
                core_cases(in, {{"sync_result"}, {"task"}, {"pooling_builder", "pooled_reused"}},
                           {QT_TRANSLATE_NOOP("vtl::models", "copies over a result"),
                            QT_TRANSLATE_NOOP("vtl::models", "copies over a Task"),
                            QT_TRANSLATE_NOOP("vtl::models", "over a pooled box")}));
}

ClaimVerdict passed_to_two(const ClaimInputs& in) {
    Side net = dotnet_cases(
        in,
        {{"task", QT_TRANSLATE_NOOP("vtl::models",
                                    "default async ValueTask (wraps a Task), awaited twice")},
         {"concurrent_awaits",
          QT_TRANSLATE_NOOP("vtl::models", "two concurrent awaits of a pooled source")}},
        [](const DotnetOutcomes& o) {
            return net_outcome(o, "task") == QLatin1String("same_value") ? Status::differs
                                                                         : Status::holds;
        },
        [](const DotnetOutcomes&) {
            return tr("with the seed's own FooAsync (default builder) the ValueTask wraps a "
                      "Task, and both methods get 42; it fails only over a pooled source "
                      "(PoolingAsyncValueTaskMethodBuilder, IValueTaskSource). Copying is not "
                      "the cause.");
        });
    return both(
        net,
        core_cases(in, {{"task"}, {"concurrent_awaits"}},
                   {QT_TRANSLATE_NOOP("vtl::models",
                                      "default async ValueTask (wraps a Task), awaited twice"),
                    QT_TRANSLATE_NOOP("vtl::models", "two concurrent awaits of a pooled source")}));
}

ClaimVerdict get_result_deadlock(const ClaimInputs& in) {
    Side net = dotnet_cases(
        in,
        {{"result_before_completion_task", QT_TRANSLATE_NOOP("vtl::models", "over a Task")},
         {"result_before_completion_source",
          QT_TRANSLATE_NOOP("vtl::models", "over a pooled source")}},
        [](const DotnetOutcomes& o) {
            const bool blocks =
                net_outcome(o, "result_before_completion_task") == QLatin1String("blocked");
            const bool throws =
                net_outcome(o, "result_before_completion_source") == QLatin1String("exception");
            return blocks && throws ? Status::partly : blocks ? Status::holds : Status::differs;
        },
        [](const DotnetOutcomes&) {
            return tr("it blocks only over a Task (and can deadlock where a single-threaded "
                      "context must run the continuation); over a pooled source it does not "
                      "block at all, it throws InvalidOperationException.");
        });
    return both(net,
                core_cases(in,
                           {{"result_before_completion_task"}, {"result_before_completion_source"}},
                           {QT_TRANSLATE_NOOP("vtl::models", "over a Task"),
                            QT_TRANSLATE_NOOP("vtl::models", "over a pooled source")}));
}

// "Allocating a Task costs context switches": the whole extra cost of a Task hit, measured.
ClaimVerdict context_switch(const ClaimInputs& in) {
    Side net;
    const DotnetRow* t = bench(in, "task", 1.0);
    const DotnetRow* v = bench(in, "valuetask", 1.0);
    if (!t || !v || !has_value(t->mean_ns) || !has_value(v->mean_ns)) {
        net = no_dotnet(in, tr("cache-hit timing"));
    } else {
        const double extra = t->mean_ns - v->mean_ns;
        const double err =
            (has_value(t->error_ns) ? t->error_ns : 0) + (has_value(v->error_ns) ? v->error_ns : 0);
        net.value = extra;
        net.low = extra - err;
        net.high = extra + err;
        net.unit = QStringLiteral("ns");
        net.figure = tr("a Task hit costs %1 more than a ValueTask hit").arg(format_ns(extra));
        net.interval =
            tr("%1–%2 ns").arg(format_number(extra - err, 3), format_number(extra + err, 3));
        net.source = dotnet_source(in);
        // A thread context switch takes microseconds; the whole difference is far below one.
        net.status = extra + err < 1000 ? Status::differs : Status::inconclusive;
        net.sentence = tr("in this benchmark a Task hit costs %1 more than a ValueTask hit: the "
                          "Task object and awaiting it. The allocation takes memory from the "
                          "thread's own allocation context (a GC runs only when gen0's budget is "
                          "used up); no thread switch happens.")
                           .arg(format_ns(extra));
    }
    Side core;
    const workload::HitCost* ct = hit(in, "task_hit");
    const workload::HitCost* cv = hit(in, "valuetask_hit");
    if (!ct || !cv) {
        core = no_core(tr("the C++ hit costs"));
    } else {
        const double extra = ct->cost.per_op.median - cv->cost.per_op.median;
        core.status = Status::not_judged;
        core.value = extra;
        core.low = ct->cost.per_op.low - cv->cost.per_op.high;
        core.high = ct->cost.per_op.high - cv->cost.per_op.low;
        core.unit = QStringLiteral("ns");
        core.figure = tr("new/delete of a Task state: %1 per hit").arg(format_ns(extra));
        core.interval = tr("%1–%2 ns").arg(format_number(core.low, 3), format_number(core.high, 3));
        core.source = core_hit_source(in);
        core.sentence = tr("malloc and free on this thread, no switch either.");
    }
    return both(net, core);
}

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

const std::vector<SeedClaim>& seed_claims() {
    static const std::vector<SeedClaim> claims{
        // 004 (en): the C# sample's README, with its figures.
        {QStringLiteral("task-hit-bytes"), seed004, QStringLiteral("en"),
         QStringLiteral("Cache hit: 32 bytes allocated (Task object)"),
         QT_TRANSLATE_NOOP("vtl::models", "A Task<T> cache hit allocates a 32-byte Task object."),
         task_hit_32},
        {QStringLiteral("valuetask-hit-bytes"), seed004, QStringLiteral("en"),
         QStringLiteral("Cache hit: **0 bytes** allocated (value returned on stack)"),
         QT_TRANSLATE_NOOP("vtl::models", "A ValueTask<T> cache hit allocates nothing."),
         valuetask_hit_zero},
        {QStringLiteral("hit-speedup"), seed004, QStringLiteral("en"),
         QStringLiteral("10x faster for cache hits (5ns vs 50ns)"),
         QT_TRANSLATE_NOOP("vtl::models",
                           "ValueTask<T> is 10× faster on cache hits (5 ns vs 50 ns)."),
         speed},
        {QStringLiteral("miss-bytes"), seed004, QStringLiteral("en"),
         QStringLiteral("Cache miss: 32 bytes allocated (wraps Task)"),
         QT_TRANSLATE_NOOP("vtl::models", "On a miss both allocate the same 32 bytes."),
         miss_same_32},
        {QStringLiteral("mixed-million-bytes"), seed004, QStringLiteral("en"),
         QStringLiteral("Task<T>: 25 MB allocated"),
         QT_TRANSLATE_NOOP("vtl::models",
                           "1,000,000 calls at 80 % hits: Task<T> 25 MB, ValueTask<T> 6 MB."),
         million_mixed},
        {QStringLiteral("hit-million-bytes"), seed004, QStringLiteral("en"),
         QStringLiteral("| 1M cached calls | ~30 MB | 0 MB |"),
         QT_TRANSLATE_NOOP("vtl::models",
                           "1,000,000 cached calls: Task<T> 30 MB, ValueTask<T> 0 MB."),
         million_hits},
        {QStringLiteral("task-gc"), seed004, QStringLiteral("en"),
         QStringLiteral("Gen 0: 800,000 collections"),
         QT_TRANSLATE_NOOP(
             "vtl::models",
             "1,000,000 calls at 80 % hits with Task<T>: 800,000 gen0, 100,000 gen1, 10,000 "
             "gen2 collections."),
         task_gc},
        {QStringLiteral("valuetask-gc"), seed004, QStringLiteral("en"),
         QStringLiteral("Gen 0: 200,000 collections"),
         QT_TRANSLATE_NOOP(
             "vtl::models",
             "… with ValueTask<T>: 200,000 gen0, 25,000 gen1, 2,500 gen2 collections."),
         valuetask_gc},
        {QStringLiteral("gc-reduction"), seed004, QStringLiteral("en"),
         QStringLiteral("Result: 75% reduction in GC pressure!"),
         QT_TRANSLATE_NOOP("vtl::models", "ValueTask<T> cuts GC pressure by 75 %."), gc_reduction},
        {QStringLiteral("exception-message"), seed004, QStringLiteral("en"),
         QStringLiteral("InvalidOperationException: The ValueTask has already been consumed."),
         QT_TRANSLATE_NOOP("vtl::models",
                           "Awaiting twice throws “The ValueTask has already been consumed”."),
         exception_message},
        {QStringLiteral("not-awaited-leak"), seed004, QStringLiteral("en"),
         QStringLiteral("Not awaited - resource leak!"),
         QT_TRANSLATE_NOOP("vtl::models", "A ValueTask that is never awaited leaks a resource."),
         not_awaited_leak},
        // 000 (ja)
        {QStringLiteral("valuetask-reusable"), seed000, QStringLiteral("ja"),
         QStringLiteral("`ValueTask`は使い回し可能で"),
         QT_TRANSLATE_NOOP("vtl::models", "A ValueTask is reusable (a Task completes only once)."),
         reusable},
        {QStringLiteral("ja-avoids-allocation"), seed000, QStringLiteral("ja"),
         QStringLiteral("`ValueTask`ではこの割り当てを避けることができる場合があります"),
         QT_TRANSLATE_NOOP("vtl::models",
                           "ValueTask can avoid the heap allocation a Task makes, in some cases."),
         valuetask_avoids_task_allocation},
        {QStringLiteral("ja-always-async-gain"), seed000, QStringLiteral("ja"),
         QStringLiteral("`ValueTask<int>`は`Task<int>`と似た働きをしますが、メモリ効率の向上が期待"
                        "できます"),
         QT_TRANSLATE_NOOP("vtl::models",
                           "An async ValueTask<int> method that always awaits (Task.Delay) is more "
                           "memory-efficient than Task<int>."),
         always_async_gain},
        // 001 (ru)
        {QStringLiteral("stack-allocation"), seed001, QStringLiteral("ru"),
         QStringLiteral("Структура (значимый тип, stack allocation)"),
         QT_TRANSLATE_NOOP("vtl::models",
                           "ValueTask<T> is a struct: a value type, allocated on the stack."),
         stack_allocation},
        {QStringLiteral("task-always-allocates"), seed001, QStringLiteral("ru"),
         QStringLiteral("Всегда создает объект в куче"),
         QT_TRANSLATE_NOOP("vtl::models", "Task<T> always creates an object on the heap."),
         task_always_allocates},
        {QStringLiteral("no-second-await"), seed001, QStringLiteral("ru"),
         QStringLiteral("`ValueTask<T>` **нельзя повторно ожидать**"),
         QT_TRANSLATE_NOOP("vtl::models", "A ValueTask<T> must not be awaited a second time."),
         no_second_await},
        {QStringLiteral("sync-no-heap-001"), seed001, QStringLiteral("ru"),
         QStringLiteral("Если метод завершает операцию синхронно, объект задачи в куче не "
                        "создается."),
         QT_TRANSLATE_NOOP(
             "vtl::models",
             "If the method completes synchronously, no task object is created on the heap."),
         valuetask_hit_zero},
        // 002 (en)
        {QStringLiteral("copy-per-await"), seed002, QStringLiteral("en"),
         QStringLiteral("each await creates a new copy of the struct, and the state of the task "
                        "may not be updated correctly"),
         QT_TRANSLATE_NOOP(
             "vtl::models",
             "Each await works on its own copy of the struct, whose state may be stale."),
         copy_per_await},
        {QStringLiteral("context-switch"), seed002, QStringLiteral("en"),
         QStringLiteral("creates additional overhead due to the context switching required to "
                        "allocate and free memory on the heap"),
         QT_TRANSLATE_NOOP("vtl::models", "Allocating and freeing a Task costs context switches."),
         context_switch},
        {QStringLiteral("passed-to-two"), seed002, QStringLiteral("en"),
         QStringLiteral("You will run into an error at runtime because valueTask is a struct and "
                        "is copied when passed as a parameter"),
         QT_TRANSLATE_NOOP(
             "vtl::models",
             "Passing one ValueTask from an async ValueTask method to two methods that await it "
             "fails at run time, because the struct is copied."),
         passed_to_two},
        {QStringLiteral("getresult-deadlock"), seed002, QStringLiteral("en"),
         QStringLiteral("This can cause a blocking operation and potentially `deadlock` your "
                        "application."),
         QT_TRANSLATE_NOOP("vtl::models",
                           ".GetAwaiter().GetResult() before completion blocks and can deadlock."),
         get_result_deadlock},
        {QStringLiteral("await-allocation-free"), seed002, QStringLiteral("en"),
         QStringLiteral("Awaiting ValueTask<T> is allocation-free`, if the operation completes "
                        "synchronously"),
         QT_TRANSLATE_NOOP(
             "vtl::models",
             "Awaiting a ValueTask<T> that completed synchronously allocates nothing."),
         valuetask_hit_zero},
        // 003 (ru)
        {QStringLiteral("task-always-allocates-003"), seed003, QStringLiteral("ru"),
         QStringLiteral("Он всегда выделяет память для объекта `Task`, даже если результат "
                        "операции может быть возвращен синхронно."),
         QT_TRANSLATE_NOOP(
             "vtl::models",
             "A Task always allocates memory for the Task object, even when the result could be "
             "returned synchronously."),
         task_always_allocates},
        {QStringLiteral("sync-no-heap-003"), seed003, QStringLiteral("ru"),
         QStringLiteral("может быть возвращена без выделения памяти в куче, если операция "
                        "завершается синхронно"),
         QT_TRANSLATE_NOOP(
             "vtl::models",
             "A ValueTask can be returned without a heap allocation when the operation completes "
             "synchronously."),
         valuetask_avoids_task_allocation},
    };
    return claims;
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
