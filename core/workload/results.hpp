// What a run measured: one SummaryRow per strategy and IntervalRows over time, written as
// summary.csv and timeseries.csv. The GC counts are *modelled* (measure::GcModel, not a real
// collector): their columns say so with a model_ prefix. timeseries.csv's t_run_s is run-clock
// time (simulated when clock = skip_idle) at the interval's end; interval_s is the interval's
// length on that clock.
#pragma once

#include "workload/scenario.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace vtl::workload {

struct SummaryRow {
    Strategy strategy{};
    std::uint64_t calls = 0, hits = 0, misses = 0;
    std::uint64_t double_awaits = 0, await_errors = 0, silent_wrong_results = 0;
    double mean_ns = 0;
    std::int64_t p50_ns = 0, p90_ns = 0, p99_ns = 0, p999_ns = 0, max_ns = 0;
    double cpu_ns_per_op = 0;
    double alloc_bytes_per_op = 0, allocs_per_op = 0;
    double gen0_per_1k = 0, gen1_per_1k = 0, gen2_per_1k = 0; // modelled (GcModel)
    double wall_s = 0;
};

// Counts are per interval, not cumulative; live_bytes is the value at the interval's end.
struct IntervalRow {
    double t_s = 0; // run-clock time at the interval's end, from the strategy's start (CSV t_run_s)
    Strategy strategy{};
    std::uint64_t calls = 0, hits = 0, misses = 0;
    std::int64_t p50_ns = 0, p99_ns = 0, max_ns = 0;
    std::uint64_t alloc_bytes = 0, allocs = 0;
    std::int64_t live_bytes = 0;
    std::uint64_t gen0 = 0, gen1 = 0, gen2 = 0; // modelled (GcModel)
};

struct RunResults {
    Scenario scenario;
    std::vector<SummaryRow> summary;
    std::vector<IntervalRow> timeseries;
    std::int64_t clock_overhead_ns = 0; // measured per clock read, subtracted from latencies
    bool completed = false;             // false when cancelled
};

// RFC 4180 CSV, '.' decimal point regardless of locale, header with units, "\r\n" line ends.
std::string summary_csv(const std::vector<SummaryRow>& rows);
std::string timeseries_csv(const std::vector<IntervalRow>& rows);
std::string summary_csv_header();
std::string timeseries_csv_header();

} // namespace vtl::workload
