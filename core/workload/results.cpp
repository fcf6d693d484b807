#include "workload/results.hpp"

#include <charconv>
#include <iterator>
#include <string>

namespace vtl::workload {
namespace {

// Builds one RFC 4180 record. Numbers go through std::to_chars, which ignores the C and C++
// locales, so a comma-decimal locale cannot change a byte of the output.
class CsvRecord {
public:
    explicit CsvRecord(std::string& out)
        : out_(out) {}
    ~CsvRecord() { out_ += "\r\n"; }
    CsvRecord(const CsvRecord&) = delete;
    CsvRecord& operator=(const CsvRecord&) = delete;

    CsvRecord& text(std::string_view v) {
        separator();
        const bool quote = v.find_first_of(",\"\r\n") != std::string_view::npos;
        if (!quote) {
            out_ += v;
            return *this;
        }
        out_ += '"';
        for (char c : v) {
            if (c == '"')
                out_ += '"';
            out_ += c;
        }
        out_ += '"';
        return *this;
    }
    template <class Int>
    CsvRecord& integer(Int v) {
        char buf[32];
        auto [p, ec] = std::to_chars(buf, buf + sizeof buf, v);
        return raw(std::string_view(buf, static_cast<std::size_t>(p - buf)));
    }
    CsvRecord& fixed(double v, int decimals) {
        char buf[64];
        auto [p, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, decimals);
        return raw(std::string_view(buf, static_cast<std::size_t>(p - buf)));
    }

private:
    CsvRecord& raw(std::string_view v) {
        separator();
        out_ += v;
        return *this;
    }
    void separator() {
        if (!first_)
            out_ += ',';
        first_ = false;
    }
    std::string& out_;
    bool first_ = true;
};

} // namespace

std::string summary_csv_header() {
    return "strategy,calls,hits,misses,double_awaits,await_errors,silent_wrong_results,mean_ns,"
           "p50_ns,p90_ns,p99_ns,p999_ns,max_ns,cpu_ns_per_op,alloc_bytes_per_op,allocs_per_op,"
           "model_gen0_per_1k,model_gen1_per_1k,model_gen2_per_1k,wall_s\r\n";
}

std::string timeseries_csv_header() {
    return "t_run_s,interval_s,strategy,calls,hits,misses,p50_ns,p99_ns,max_ns,alloc_bytes,allocs,"
           "live_bytes,model_gen0,model_gen1,model_gen2\r\n";
}

std::string summary_csv(const std::vector<SummaryRow>& rows) {
    std::string out = summary_csv_header();
    for (const SummaryRow& r : rows) {
        CsvRecord rec(out);
        rec.text(to_string(r.strategy))
            .integer(r.calls)
            .integer(r.hits)
            .integer(r.misses)
            .integer(r.double_awaits)
            .integer(r.await_errors)
            .integer(r.silent_wrong_results)
            .fixed(r.mean_ns, 1)
            .integer(r.p50_ns)
            .integer(r.p90_ns)
            .integer(r.p99_ns)
            .integer(r.p999_ns)
            .integer(r.max_ns)
            .fixed(r.cpu_ns_per_op, 2)
            .fixed(r.alloc_bytes_per_op, 3)
            .fixed(r.allocs_per_op, 4)
            .fixed(r.gen0_per_1k, 4)
            .fixed(r.gen1_per_1k, 4)
            .fixed(r.gen2_per_1k, 4)
            .fixed(r.wall_s, 3);
    }
    return out;
}

std::string timeseries_csv(const std::vector<IntervalRow>& rows) {
    std::string out = timeseries_csv_header();
    // interval_s: from the previous row of the same strategy (the first row's interval starts
    // at the strategy's start, t = 0).
    double previous_t[std::size(all_strategies)] = {};
    for (const IntervalRow& r : rows) {
        const auto strategy = static_cast<std::size_t>(r.strategy);
        double interval = r.t_s;
        if (strategy < std::size(previous_t)) {
            interval = r.t_s - previous_t[strategy];
            previous_t[strategy] = r.t_s;
        }
        CsvRecord rec(out);
        rec.fixed(r.t_s, 6)
            .fixed(interval, 6)
            .text(to_string(r.strategy))
            .integer(r.calls)
            .integer(r.hits)
            .integer(r.misses)
            .integer(r.p50_ns)
            .integer(r.p99_ns)
            .integer(r.max_ns)
            .integer(r.alloc_bytes)
            .integer(r.allocs)
            .integer(r.live_bytes)
            .integer(r.gen0)
            .integer(r.gen1)
            .integer(r.gen2);
    }
    return out;
}

} // namespace vtl::workload
