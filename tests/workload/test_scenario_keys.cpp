// The scenario key table: defaults, ranges and the text round trip used by --set and JSON.
#include "measure/gc_model.hpp"
#include "workload/results.hpp"
#include "workload/scenario.hpp"

#include "harness/qtest_suite.hpp"
#include <QTest>

#include <algorithm>
#include <optional>
#include <string>

using namespace vtl::workload;

class TestScenarioKeys : public QObject {
    Q_OBJECT
private slots:
    void defaults_match_design();
    void every_key_round_trips();
    void out_of_range_names_key_value_and_range();
    void csv_is_rfc4180_with_units_in_header();
    void token_check_is_a_what_if_not_a_dotnet_switch();
    void pooled_strategies_dotnet_and_unbounded();
    void csv_marks_modelled_gc_columns_and_run_clock();
};

void TestScenarioKeys::defaults_match_design() {
    const Scenario s = default_scenario();
    QCOMPARE(s.calls, std::uint64_t{1'000'000});
    QCOMPARE(s.hit_rate, 0.8);
    QCOMPARE(s.miss_latency_us, 50'000.0);
    QCOMPARE(s.concurrency, 64u);
    QCOMPARE(s.payload_bytes, 16u);
    QCOMPARE(s.strategies.size(), std::size_t{3});
    // .NET's workstation rule for this machine (get_gen0_min_size), not "half the L3, at most
    // 6 MiB".
    QCOMPARE(s.gc_gen0_budget_bytes,
             vtl::measure::dotnet_workstation_gen0_budget(vtl::measure::largest_cache_bytes(),
                                                          vtl::measure::physical_memory_bytes())
                 .budget);
    QVERIFY(s.gc_gen0_budget_bytes >= 160 * 1024);
    QCOMPARE(s.what_if_source_ignores_token, false);
    QVERIFY(!validate(s));
    QCOMPARE(scenario_keys().size(), std::size_t{13});
}

void TestScenarioKeys::every_key_round_trips() {
    Scenario s = default_scenario();
    QVERIFY(!set_scenario_value(s, "strategies", "pooled, task"));
    QVERIFY(!set_scenario_value(s, "hit_rate", "0.123456789"));
    QVERIFY(!set_scenario_value(s, "seed", "18446744073709551615"));
    QVERIFY(!set_scenario_value(s, "clock", "real"));
    QVERIFY(!set_scenario_value(s, "what_if_source_ignores_token", "on"));
    for (const ScenarioKey& k : scenario_keys()) {
        Scenario copy = default_scenario();
        const std::string text = scenario_value_text(s, k.name);
        QVERIFY2(!set_scenario_value(copy, k.name, text), text.c_str());
        QCOMPARE(scenario_value_text(copy, k.name), text);
    }
    QCOMPARE(s.seed, ~std::uint64_t{0});
    QCOMPARE(scenario_value_text(s, "strategies"), std::string("pooled,task"));
}

void TestScenarioKeys::out_of_range_names_key_value_and_range() {
    Scenario s = default_scenario();
    const auto e = set_scenario_value(s, "hit_rate", "2");
    QVERIFY(e);
    QCOMPARE(e->key, std::string("hit_rate"));
    QVERIFY(e->message.find("'2'") != std::string::npos);
    QVERIFY(e->message.find("0 … 1") != std::string::npos);
    QCOMPARE(s.hit_rate, 0.8); // unchanged
}

void TestScenarioKeys::csv_is_rfc4180_with_units_in_header() {
    SummaryRow r;
    r.strategy = Strategy::pooled;
    r.calls = 10;
    r.mean_ns = 1234.56;
    const std::string csv = summary_csv({r});
    QVERIFY(csv.starts_with("strategy,calls,hits,misses,double_awaits,await_errors,"));
    QVERIFY(csv.find("\r\n") != std::string::npos);
    QVERIFY(csv.find("pooled,10,0,0,0,0,0,1234.6,") != std::string::npos);
}

// .NET has no switch that turns token checking off (ManualResetValueTaskSourceCore.
// ValidateToken always checks): the key is a clearly named what-if, and the old key is an
// error that names the new one.
void TestScenarioKeys::token_check_is_a_what_if_not_a_dotnet_switch() {
    QVERIFY(find_scenario_key("token_check") == nullptr);
    const ScenarioKey* k = find_scenario_key("what_if_source_ignores_token");
    QVERIFY(k != nullptr);
    // Its help ("not .NET") is checked where the text lives: test_widgets_control_panel.
    Scenario s = default_scenario();
    const auto e = set_scenario_value(s, "token_check", "false");
    QVERIFY(e);
    QVERIFY2(e->message.find("what_if_source_ignores_token") != std::string::npos,
             e->message.c_str());
    QVERIFY(!set_scenario_value(s, "what_if_source_ignores_token", "true"));
    QVERIFY(s.what_if_source_ignores_token);
    QCOMPARE(scenario_value_text(s, "what_if_source_ignores_token"), std::string("true"));
}

void TestScenarioKeys::pooled_strategies_dotnet_and_unbounded() {
    Scenario s = default_scenario();
    QCOMPARE(parse_strategy("pooled_unbounded"), std::optional(Strategy::pooled_unbounded));
    QCOMPARE(std::string(to_string(Strategy::pooled_unbounded)), std::string("pooled_unbounded"));
    QVERIFY(!set_scenario_value(s, "strategies",
                                "task,valuetask,valuetask_coroutine,pooled,pooled_unbounded"));
    QCOMPARE(s.strategies.size(), std::size_t{5});
    const ScenarioKey* k = find_scenario_key("strategies");
    QVERIFY(std::find(k->choices.begin(), k->choices.end(), "pooled_unbounded") !=
            k->choices.end());
}

void TestScenarioKeys::csv_marks_modelled_gc_columns_and_run_clock() {
    const std::string summary = summary_csv_header();
    QVERIFY2(summary.find(",model_gen0_per_1k,model_gen1_per_1k,model_gen2_per_1k,") !=
                 std::string::npos,
             summary.c_str());
    QVERIFY(summary.find(",gen0_per_1k") == std::string::npos);
    QCOMPARE(timeseries_csv_header(),
             std::string("t_run_s,interval_s,strategy,calls,hits,misses,p50_ns,p99_ns,max_ns,"
                         "alloc_bytes,allocs,live_bytes,model_gen0,model_gen1,model_gen2\r\n"));
    IntervalRow a;
    a.strategy = Strategy::task;
    a.t_s = 0.25;
    IntervalRow b = a;
    b.t_s = 0.75;
    IntervalRow c;
    c.strategy = Strategy::pooled;
    c.t_s = 0.5;
    const std::string csv = timeseries_csv({a, b, c});
    QVERIFY2(csv.find("\r\n0.250000,0.250000,task,") != std::string::npos, csv.c_str());
    QVERIFY2(csv.find("\r\n0.750000,0.500000,task,") != std::string::npos, csv.c_str());
    QVERIFY2(csv.find("\r\n0.500000,0.500000,pooled,") != std::string::npos, csv.c_str());
}

VTL_QTEST_APPLESS_MAIN(test_scenario_keys, TestScenarioKeys)
#include "test_scenario_keys.moc"
