// Scenario: what a workload run does. A plain struct; the app loads and saves it as JSON and
// the command line sets it with --set key=value, both through the key table below, so the
// names, units, ranges and validation are the same everywhere (GUI tooltips included).
#pragma once

#include "vtl/run_clock.hpp"

#include <cstdint>
#include <iterator>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace vtl::workload {

// pooled models .NET's PoolingAsyncValueTaskMethodBuilder (one cached box per thread and per
// core); pooled_unbounded is not .NET: a hand-written unbounded pool (see cache_service.hpp).
enum class Strategy : std::uint8_t {
    task,
    valuetask,
    valuetask_coroutine,
    pooled,
    pooled_unbounded
};
inline constexpr Strategy all_strategies[] = {Strategy::task, Strategy::valuetask,
                                              Strategy::valuetask_coroutine, Strategy::pooled,
                                              Strategy::pooled_unbounded};
const char* to_string(Strategy s) noexcept;
std::optional<Strategy> parse_strategy(std::string_view text) noexcept;

enum class LatencyDistribution : std::uint8_t { fixed, exponential };
const char* to_string(LatencyDistribution d) noexcept;
const char* to_string(ClockMode m) noexcept;

inline constexpr Strategy default_strategies[] = {Strategy::task, Strategy::valuetask,
                                                  Strategy::pooled};

struct Scenario {
    // (Built from a range: g++ 12 -O2 warns falsely on an initializer list of enums here.)
    std::vector<Strategy> strategies =
        std::vector<Strategy>(std::begin(default_strategies), std::end(default_strategies));
    std::uint64_t calls = 1'000'000;
    double hit_rate = 0.8;
    double miss_latency_us = 50'000;
    LatencyDistribution miss_latency_dist = LatencyDistribution::fixed;
    std::uint32_t concurrency = 64;
    std::uint32_t payload_bytes = 16;
    double double_await_rate = 0;
    // What-if, not .NET: the pooled_unbounded strategy's sources ignore their 16-bit token (a
    // hand-written IValueTaskSource could; ManualResetValueTaskSourceCore always validates).
    bool what_if_source_ignores_token = false;
    bool task_result_cache = true;
    std::uint64_t seed = 1;
    ClockMode clock = ClockMode::skip_idle;
    std::uint64_t gc_gen0_budget_bytes = 0; // 0 = not yet resolved: use the machine default

    bool operator==(const Scenario&) const = default;
};

// The default scenario with gc_gen0_budget_bytes resolved for this machine.
Scenario default_scenario();

enum class KeyType : std::uint8_t { strategies, integer, real, boolean, choice };

struct ScenarioKey {
    std::string_view name;
    KeyType type;
    std::string_view unit;                 // "", "µs", "bytes", "fraction", ...
    std::string_view allowed;              // human-readable range / values
    double min = 0, max = 0;               // for integer and real keys
    std::vector<std::string_view> choices; // for choice keys
};

// Every key, in the order of DESIGN.md's table.
std::span<const ScenarioKey> scenario_keys();
const ScenarioKey* find_scenario_key(std::string_view name) noexcept;

struct ScenarioError {
    std::string key;     // empty when not about one key
    std::string message; // names the key, the value and the allowed range
};

// Parses `value` as written after --set key= (strategies: comma list; booleans: true/false,
// 1/0, on/off) and stores it. Unknown keys and out-of-range values are errors.
std::optional<ScenarioError> set_scenario_value(Scenario& s, std::string_view key,
                                                std::string_view value);
// The value of `key` as text that set_scenario_value() accepts (numbers in C locale,
// shortest round-trip form).
std::string scenario_value_text(const Scenario& s, std::string_view key);
// Checks every field (including 1–5 distinct strategies).
std::optional<ScenarioError> validate(const Scenario& s);

// The simulated sequence shared by every strategy: call i's hit/miss and backend latency
// are a pure function of (seed, i), so strategies see identical workloads whatever the
// interleaving of callers.
struct CallSpec {
    std::uint64_t index;
    std::uint64_t key; // cache key; the expected result is derived from it
    bool hit;
    bool double_await;
    std::int64_t miss_latency_ns; // 0 for hits
};
CallSpec call_spec(const Scenario& s, std::uint64_t index) noexcept;

} // namespace vtl::workload
