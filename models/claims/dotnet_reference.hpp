// Real .NET's figures for the claims: dotnet_reference.csv (BenchmarkDotNet means, errors,
// allocated bytes and Gen0/1/2 per 1,000 ops; GC counts for the engine's workload shapes) and
// dotnet_outcomes.json (what every await-twice case and pitfall really did), written by the C#
// program in resources/dotnet/ValueTaskLab.Reference.
//
// Two places, in this order:
//   1. a fresh run on this machine, by `valuetask-lab dotnet` (or by hand with --out set to
//      this folder): fresh_dotnet_dir() = <app data dir>/dotnet/ (Linux:
//      ~/.local/share/valuetask-lab/dotnet/);
//   2. the reference shipped inside the app, measured on the development machine:
//      :/dotnet/reference/ (resources/dotnet/reference/). Its runtime, OS, CPU and date are in
//      the file and are shown with every figure taken from it; it is never "this machine's".
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace vtl::models {

inline constexpr double no_value = std::numeric_limits<double>::quiet_NaN();
inline bool has_value(double v) {
    return !std::isnan(v);
}

struct DotnetRow {
    QString section, name;
    double hit_rate = no_value;
    double payload_bytes = no_value;
    double mean_ns = no_value, error_ns = no_value; // error: BenchmarkDotNet's half 99.9 % CI
    double allocated_bytes_per_op = no_value;
    double gen0_per_1k = no_value, gen1_per_1k = no_value, gen2_per_1k = no_value;
    QString runtime, os, cpu, date, job;
};

struct DotnetReference {
    enum class Origin { shipped, fresh };
    Origin origin = Origin::shipped;
    QString path;
    QString runtime, os, cpu, date; // of the first row (one run writes one machine)
    std::vector<DotnetRow> rows;

    // The row of `section` whose name matches one of `names` (compared without case, spaces,
    // '_' or '-') and, when `hit_rate` is given, whose hit rate is that one; a "full" job's row
    // wins over a "short" one.
    const DotnetRow* find(const QString& section, const std::vector<QString>& names,
                          double hit_rate = no_value) const;
    // "shipped reference: .NET 10.0.0, AMD EPYC …, 2026-12-02" / "run on this machine: …".
    QString label() const;
};

// Parses dotnet_reference.csv (RFC 4180, '.' decimals, header as the C# program writes it:
// section,name,hit_rate,payload_bytes,mean_ns,error_ns,allocated_bytes_per_op,gen0_per_1k,
// gen1_per_1k,gen2_per_1k,runtime,os,cpu,date,job; columns are found by name).
std::optional<DotnetReference> parse_dotnet_reference(const QByteArray& csv, QString* error);
// Reads and parses `path` (a file or a ":/" resource).
std::optional<DotnetReference> load_dotnet_reference(const QString& path, QString* error);

struct DotnetOutcome {
    QString id; // the case ids of the await-twice contract: "pooling_builder", …
    bool what_if = false;
    QString outcome; // same_value | exception | wrong_value | blocked | source_leaked | works
    QString value, exception_type, message, note;
};

struct DotnetOutcomes {
    QString path, runtime, os, cpu, date;
    std::vector<DotnetOutcome> cases;
    const DotnetOutcome* find(const QString& id) const;
};

std::optional<DotnetOutcomes> parse_dotnet_outcomes(const QByteArray& json, QString* error);
std::optional<DotnetOutcomes> load_dotnet_outcomes(const QString& path, QString* error);

// <app data dir>/dotnet: where `valuetask-lab dotnet` writes a fresh run.
QString fresh_dotnet_dir();
QString shipped_dotnet_dir(); // ":/dotnet/reference"

struct DotnetEvidence {
    std::optional<DotnetReference> reference;
    std::optional<DotnetOutcomes> outcomes;
    QStringList problems; // files that exist but could not be read, with the reason
};

// A fresh run's files where they exist, else the shipped ones.
DotnetEvidence load_dotnet_evidence();

} // namespace vtl::models
