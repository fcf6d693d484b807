// libFuzzer target for the two parsers that take untrusted text: scenario JSON files
// (app/io/scenario_file.cpp on top of the core's key table) and --set key=value
// (app/cli/cli_options.cpp). Built by scripts/fuzz.sh with clang -fsanitize=fuzzer,address,
// undefined; run briefly by scripts/test.sh.
//
// Input: the first byte picks the parser (even: scenario JSON, odd: --set lines separated by
// '\n', applied in order to the default scenario). Besides "no crash, no hang, no leak", it
// checks properties:
//  - an accepted scenario validates, and survives scenario_to_json → scenario_from_json
//    unchanged (what `run --out` writes, `run --scenario` reads back);
//  - every key's text form of an accepted scenario is accepted again by --set;
//  - error messages are bounded (an offending value is echoed truncated).
#include "app/cli/cli_options.hpp"
#include "app/io/scenario_file.hpp"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void check(bool ok) {
    if (!ok)
        __builtin_trap();
}

void check_round_trip(const vtl::workload::Scenario& s) {
    check(!vtl::workload::validate(s));
    const QByteArray json = vtl::app::scenario_to_json(s);
    const vtl::app::ScenarioLoad again = vtl::app::scenario_from_json(json, "round-trip");
    check(again.scenario.has_value());
    check(*again.scenario == s);
    for (const vtl::workload::ScenarioKey& k : vtl::workload::scenario_keys()) {
        vtl::workload::Scenario copy = s;
        const std::string text = vtl::workload::scenario_value_text(s, k.name);
        check(!vtl::workload::set_scenario_value(copy, k.name, text));
        check(copy == s);
    }
}

// Messages echo at most a bounded part of the input (80-character excerpts plus the text).
void check_message(const QString& message) {
    check(message.size() < 4000);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0 || size > (1u << 20))
        return 0;
    const QByteArray rest(reinterpret_cast<const char*>(data) + 1,
                          static_cast<qsizetype>(size - 1));
    if (data[0] % 2 == 0) {
        const vtl::app::ScenarioLoad load = vtl::app::scenario_from_json(rest, "fuzz.json");
        if (load.scenario)
            check_round_trip(*load.scenario);
        else
            check_message(load.error);
        return 0;
    }
    vtl::workload::Scenario s = vtl::workload::default_scenario();
    for (const QByteArray& line : rest.split('\n')) {
        const QString error = vtl::app::cli::apply_set(s, QString::fromUtf8(line));
        if (!error.isEmpty()) {
            check_message(error);
            return 0;
        }
    }
    if (!vtl::workload::validate(s))
        check_round_trip(s);
    return 0;
}
