// The scenario key table: defaults, ranges and the text round trip used by --set and JSON.
#include "workload/results.hpp"
#include "workload/scenario.hpp"

#include <QtTest>

using namespace vtl::workload;

class TestScenarioKeys : public QObject {
    Q_OBJECT
private slots:
    void defaults_match_design();
    void every_key_round_trips();
    void out_of_range_names_key_value_and_range();
    void csv_is_rfc4180_with_units_in_header();
};

void TestScenarioKeys::defaults_match_design() {
    const Scenario s = default_scenario();
    QCOMPARE(s.calls, std::uint64_t{1'000'000});
    QCOMPARE(s.hit_rate, 0.8);
    QCOMPARE(s.miss_latency_us, 50'000.0);
    QCOMPARE(s.concurrency, 64u);
    QCOMPARE(s.payload_bytes, 16u);
    QCOMPARE(s.strategies.size(), std::size_t{3});
    QVERIFY(s.gc_gen0_budget_bytes >= 160 * 1024 && s.gc_gen0_budget_bytes <= 6 * 1024 * 1024);
    QVERIFY(!validate(s));
    QCOMPARE(scenario_keys().size(), std::size_t{13});
}

void TestScenarioKeys::every_key_round_trips() {
    Scenario s = default_scenario();
    QVERIFY(!set_scenario_value(s, "strategies", "pooled, task"));
    QVERIFY(!set_scenario_value(s, "hit_rate", "0.123456789"));
    QVERIFY(!set_scenario_value(s, "seed", "18446744073709551615"));
    QVERIFY(!set_scenario_value(s, "clock", "real"));
    QVERIFY(!set_scenario_value(s, "token_check", "off"));
    for (const ScenarioKey& k : scenario_keys()) {
        Scenario copy = default_scenario();
        const std::string text = scenario_value_text(s, k.name);
        QVERIFY2(!set_scenario_value(copy, k.name, text), text.c_str());
        QCOMPARE(scenario_value_text(copy, k.name), text);
        QVERIFY(!k.help.empty());
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

QTEST_APPLESS_MAIN(TestScenarioKeys)
#include "test_scenario_keys.moc"
