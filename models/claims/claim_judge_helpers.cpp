// What every claim judge uses: finding real .NET's rows and the C++ core's hit costs in the
// evidence, and the sentences shared by all sides (versus the claim, nothing measured yet).
#include "models/claims/seed_claims_internal.hpp"

#include "models/text/models_tr.hpp"
#include "models/text/unit_format.hpp"

#include <cmath>

namespace vtl::models {

using Side = ClaimVerdict::Side;

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

QString dotnet_source(const ClaimInputs& in) {
    return in.dotnet ? in.dotnet->label() : QString();
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

ClaimVerdict both(Side dotnet, Side core) {
    ClaimVerdict v;
    v.dotnet = std::move(dotnet);
    v.core = std::move(core);
    return v;
}

} // namespace vtl::models
