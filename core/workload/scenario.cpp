#include "workload/scenario.hpp"

#include "measure/gc_model.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <string>

namespace vtl::workload {

const char* to_string(Strategy s) noexcept {
    switch (s) {
    case Strategy::task:
        return "task";
    case Strategy::valuetask:
        return "valuetask";
    case Strategy::valuetask_coroutine:
        return "valuetask_coroutine";
    case Strategy::pooled:
        return "pooled";
    case Strategy::pooled_unbounded:
        return "pooled_unbounded";
    }
    return "?";
}

std::optional<Strategy> parse_strategy(std::string_view text) noexcept {
    for (Strategy s : all_strategies)
        if (text == to_string(s))
            return s;
    return std::nullopt;
}

const char* to_string(LatencyDistribution d) noexcept {
    return d == LatencyDistribution::fixed ? "fixed" : "exponential";
}

const char* to_string(ClockMode m) noexcept {
    return m == ClockMode::skip_idle ? "skip_idle" : "real";
}

Scenario default_scenario() {
    Scenario s;
    s.gc_gen0_budget_bytes = measure::default_gen0_budget_bytes();
    return s;
}

namespace {

const std::vector<ScenarioKey>& key_table() {
    // What each key does, in words, is in models/text/scenario_key_text.cpp (translated).
    static const std::vector<ScenarioKey> keys = {
        {"strategies",
         KeyType::strategies,
         "",
         "1–5 distinct of task, valuetask, valuetask_coroutine, pooled, pooled_unbounded",
         1,
         5,
         {"task", "valuetask", "valuetask_coroutine", "pooled", "pooled_unbounded"}},
        {"calls", KeyType::integer, "operations per strategy", "1 … 1,000,000,000", 1, 1e9, {}},
        {"hit_rate", KeyType::real, "fraction", "0 … 1", 0, 1, {}},
        {"miss_latency_us", KeyType::real, "µs", "0 … 10,000,000", 0, 1e7, {}},
        {"miss_latency_dist",
         KeyType::choice,
         "",
         "fixed, exponential",
         0,
         0,
         {"fixed", "exponential"}},
        {"concurrency", KeyType::integer, "callers in flight", "1 … 100,000", 1, 1e5, {}},
        {"payload_bytes", KeyType::integer, "bytes", "0 … 1,048,576", 0, 1048576, {}},
        {"double_await_rate", KeyType::real, "fraction", "0 … 1", 0, 1, {}},
        {"what_if_source_ignores_token", KeyType::boolean, "", "true, false", 0, 0, {}},
        {"task_result_cache", KeyType::boolean, "", "true, false", 0, 0, {}},
        {"seed", KeyType::integer, "", "0 … 18446744073709551615", 0, 1.8446744073709552e19, {}},
        {"clock", KeyType::choice, "", "skip_idle, real", 0, 0, {"skip_idle", "real"}},
        {"gc_gen0_budget_bytes",
         KeyType::integer,
         "bytes",
         "4,096 … 1,073,741,824",
         4096,
         1073741824,
         {}},
    };
    return keys;
}

// An offending value as echoed in a message: quoted, and cut after 80 bytes (at a UTF-8
// character boundary) with its full length, so a 5 MB value does not print 5 MB.
std::string quoted(std::string_view v) {
    constexpr std::size_t max_shown = 80;
    if (v.size() <= max_shown)
        return "'" + std::string(v) + "'";
    std::size_t cut = max_shown;
    while (cut > 0 && (static_cast<unsigned char>(v[cut]) & 0xC0) == 0x80)
        --cut; // do not split a multi-byte character
    return "'" + std::string(v.substr(0, cut)) + "…' (" + std::to_string(v.size()) + " bytes)";
}

std::optional<ScenarioError> bad(std::string_view key, std::string message) {
    return ScenarioError{std::string(key), std::move(message)};
}

std::optional<std::uint64_t> parse_u64(std::string_view v) {
    std::uint64_t out = 0;
    auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
    if (ec != std::errc() || p != v.data() + v.size() || v.empty())
        return std::nullopt;
    return out;
}

std::optional<double> parse_double(std::string_view v) {
    double out = 0;
    auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
    if (ec != std::errc() || p != v.data() + v.size() || v.empty() || !std::isfinite(out))
        return std::nullopt;
    return out;
}

std::optional<bool> parse_bool(std::string_view v) {
    if (v == "true" || v == "1" || v == "on" || v == "yes")
        return true;
    if (v == "false" || v == "0" || v == "off" || v == "no")
        return false;
    return std::nullopt;
}

std::string format_double(double d) {
    char buf[64];
    auto [p, ec] = std::to_chars(buf, buf + sizeof buf, d);
    return std::string(buf, p);
}

std::string_view trim(std::string_view v) {
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t'))
        v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t'))
        v.remove_suffix(1);
    return v;
}

std::optional<ScenarioError> check_strategies(const std::vector<Strategy>& list) {
    if (list.empty() || list.size() > std::size(all_strategies))
        return bad("strategies", "key 'strategies': needs 1–5 distinct strategies, got " +
                                     std::to_string(list.size()));
    for (std::size_t i = 0; i < list.size(); ++i)
        for (std::size_t j = i + 1; j < list.size(); ++j)
            if (list[i] == list[j])
                return bad("strategies", std::string("key 'strategies': '") + to_string(list[i]) +
                                             "' is listed twice");
    return std::nullopt;
}

// "task, pooled": names separated by commas, each known, none empty.
std::optional<ScenarioError> parse_strategy_list(std::string_view key, std::string_view value,
                                                 std::vector<Strategy>& list) {
    std::string_view rest = value;
    while (!rest.empty()) {
        const std::size_t comma = rest.find(',');
        const std::string_view item = trim(rest.substr(0, comma));
        // An empty item is an error wherever it is: "task," as well as ",task".
        if (item.empty() || (comma != std::string_view::npos && comma + 1 == rest.size()))
            return bad(key, "key 'strategies': " + quoted(value) +
                                " has an empty item (write names separated by commas)");
        const auto st = parse_strategy(item);
        if (!st)
            return bad(key, "key 'strategies': unknown strategy " + quoted(item) +
                                " (allowed: task, valuetask, valuetask_coroutine, pooled, "
                                "pooled_unbounded)");
        list.push_back(*st);
        if (comma == std::string_view::npos)
            break;
        rest.remove_prefix(comma + 1);
    }
    return std::nullopt;
}

// A key of type choice: false if `value` is not one of its choices.
bool set_choice(Scenario& s, std::string_view key, std::string_view value) {
    if (key == "miss_latency_dist") {
        if (value == "fixed")
            s.miss_latency_dist = LatencyDistribution::fixed;
        else if (value == "exponential")
            s.miss_latency_dist = LatencyDistribution::exponential;
        else
            return false;
    } else if (key == "clock") {
        if (value == "skip_idle")
            s.clock = ClockMode::skip_idle;
        else if (value == "real")
            s.clock = ClockMode::real;
        else
            return false;
    }
    return true;
}

} // namespace

std::span<const ScenarioKey> scenario_keys() {
    return key_table();
}

const ScenarioKey* find_scenario_key(std::string_view name) noexcept {
    for (const ScenarioKey& k : key_table())
        if (k.name == name)
            return &k;
    return nullptr;
}

std::optional<ScenarioError> set_scenario_value(Scenario& s, std::string_view key,
                                                std::string_view raw) {
    const ScenarioKey* k = find_scenario_key(key);
    if (k == nullptr && key == "token_check")
        return bad(key, "key 'token_check' was removed: .NET has no such switch "
                        "(ManualResetValueTaskSourceCore validates every token); the what-if "
                        "is now 'what_if_source_ignores_token' (token_check=false is "
                        "what_if_source_ignores_token=true)");
    if (k == nullptr) {
        std::string names;
        for (const ScenarioKey& known : key_table())
            names += (names.empty() ? "" : ", ") + std::string(known.name);
        return bad(key, "unknown key " + quoted(key) + " (known keys: " + names + ")");
    }
    const std::string_view value = trim(raw);
    const auto out_of_range = [&] {
        return bad(key, "key " + quoted(key) + ": value " + quoted(value) + " is not in " +
                            std::string(k->allowed) +
                            (k->unit.empty() ? "" : " (" + std::string(k->unit) + ")"));
    };

    switch (k->type) {
    case KeyType::strategies: {
        std::vector<Strategy> list;
        if (auto e = parse_strategy_list(key, value, list))
            return e;
        if (auto e = check_strategies(list))
            return e;
        s.strategies = std::move(list);
        return std::nullopt;
    }
    case KeyType::integer: {
        const auto v = parse_u64(value);
        if (!v || static_cast<double>(*v) < k->min || static_cast<double>(*v) > k->max)
            return out_of_range();
        if (key == "calls")
            s.calls = *v;
        else if (key == "concurrency")
            s.concurrency = static_cast<std::uint32_t>(*v);
        else if (key == "payload_bytes")
            s.payload_bytes = static_cast<std::uint32_t>(*v);
        else if (key == "seed")
            s.seed = *v;
        else if (key == "gc_gen0_budget_bytes")
            s.gc_gen0_budget_bytes = *v;
        return std::nullopt;
    }
    case KeyType::real: {
        const auto v = parse_double(value);
        if (!v || *v < k->min || *v > k->max)
            return out_of_range();
        if (key == "hit_rate")
            s.hit_rate = *v;
        else if (key == "miss_latency_us")
            s.miss_latency_us = *v;
        else if (key == "double_await_rate")
            s.double_await_rate = *v;
        return std::nullopt;
    }
    case KeyType::boolean: {
        const auto v = parse_bool(value);
        if (!v)
            return out_of_range();
        if (key == "what_if_source_ignores_token")
            s.what_if_source_ignores_token = *v;
        else if (key == "task_result_cache")
            s.task_result_cache = *v;
        return std::nullopt;
    }
    case KeyType::choice:
        if (!set_choice(s, key, value))
            return out_of_range();
        return std::nullopt;
    }
    return out_of_range();
}

std::string scenario_value_text(const Scenario& s, std::string_view key) {
    if (key == "strategies") {
        std::string out;
        for (Strategy st : s.strategies)
            out += (out.empty() ? "" : ",") + std::string(to_string(st));
        return out;
    }
    if (key == "calls")
        return std::to_string(s.calls);
    if (key == "hit_rate")
        return format_double(s.hit_rate);
    if (key == "miss_latency_us")
        return format_double(s.miss_latency_us);
    if (key == "miss_latency_dist")
        return to_string(s.miss_latency_dist);
    if (key == "concurrency")
        return std::to_string(s.concurrency);
    if (key == "payload_bytes")
        return std::to_string(s.payload_bytes);
    if (key == "double_await_rate")
        return format_double(s.double_await_rate);
    if (key == "what_if_source_ignores_token")
        return s.what_if_source_ignores_token ? "true" : "false";
    if (key == "task_result_cache")
        return s.task_result_cache ? "true" : "false";
    if (key == "seed")
        return std::to_string(s.seed);
    if (key == "clock")
        return to_string(s.clock);
    if (key == "gc_gen0_budget_bytes")
        return std::to_string(s.gc_gen0_budget_bytes == 0 ? measure::default_gen0_budget_bytes()
                                                          : s.gc_gen0_budget_bytes);
    return {};
}

std::optional<ScenarioError> validate(const Scenario& s) {
    if (auto e = check_strategies(s.strategies))
        return e;
    // Round-trip every other key through its text form: one range check, one message.
    Scenario scratch = s;
    for (const ScenarioKey& k : key_table()) {
        if (k.type == KeyType::strategies)
            continue;
        if (k.name == "gc_gen0_budget_bytes" && s.gc_gen0_budget_bytes == 0)
            continue; // 0 = machine default, resolved at run time
        if (auto e = set_scenario_value(scratch, k.name, scenario_value_text(s, k.name)))
            return e;
    }
    if (!(s.hit_rate >= 0 && s.hit_rate <= 1))
        return bad("hit_rate", "key 'hit_rate': must be in 0 … 1");
    return std::nullopt;
}

namespace {

// SplitMix64: a counter-based generator, so call i's randomness does not depend on the order
// in which callers consumed the calls before it.
std::uint64_t mix(std::uint64_t x) noexcept {
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

double unit(std::uint64_t bits) noexcept {
    return static_cast<double>(bits >> 11) * 0x1.0p-53;
}

} // namespace

CallSpec call_spec(const Scenario& s, std::uint64_t index) noexcept {
    const std::uint64_t base = mix(s.seed ^ mix(index));
    const std::uint64_t r1 = mix(base + 1), r2 = mix(base + 2), r3 = mix(base + 3);
    CallSpec c;
    c.index = index;
    c.key = base % 1024;
    // hit_rate 1 must mean every call hits: unit() is in [0, 1).
    c.hit = unit(r1) < s.hit_rate;
    c.double_await = unit(r2) < s.double_await_rate;
    c.miss_latency_ns = 0;
    if (!c.hit) {
        const double mean_ns = s.miss_latency_us * 1000.0;
        double ns = mean_ns;
        if (s.miss_latency_dist == LatencyDistribution::exponential)
            ns = -mean_ns * std::log1p(-unit(r3)); // inverse CDF; unit < 1 keeps it finite
        c.miss_latency_ns = static_cast<std::int64_t>(std::llround(ns));
    }
    return c;
}

} // namespace vtl::workload
