// GcModel: the formulas of gc_model.hpp on small hand-computed examples, the defaults, and
// the text shown to users.
#include <QtTest>

#include "measure/gc_model.hpp"

#include <random>
#include <string>

using vtl::measure::default_gen0_budget_bytes;
using vtl::measure::GcCounts;
using vtl::measure::GcModel;
using vtl::measure::GcModelParams;

class TestGcModel : public QObject {
    Q_OBJECT
private slots:
    void gen0CountIsTotalOverBudget();
    void nothingLiveMeansNothingPromoted();
    void promotionTriggersGen1AndGen2();
    void oneAllocationSpanningSeveralBudgets();
    void negativeLiveBytesCountAsNone();
    void defaults();
    void describeShowsTheFormulasWithNumbers();
};

void TestGcModel::gen0CountIsTotalOverBudget() {
    GcModel m({1000, 1'000'000, 1'000'000});
    for (int i = 0; i < 10; ++i)
        m.on_allocated(250, 0);
    QCOMPARE(m.counts().gen0, std::uint64_t{2}); // floor(2500 / 1000)
    QCOMPARE(m.gen0_fill_bytes(), std::uint64_t{500});

    std::mt19937_64 rng(3);
    std::uniform_int_distribution<std::uint64_t> size(0, 2500);
    GcModel r({1000, 1'000'000'000, 1'000'000'000});
    std::uint64_t total = 0;
    for (int i = 0; i < 10'000; ++i) {
        const std::uint64_t bytes = size(rng);
        total += bytes;
        r.on_allocated(bytes, 0);
        QCOMPARE(r.counts().gen0, total / 1000);
        QCOMPARE(r.gen0_fill_bytes(), total % 1000);
    }
}

void TestGcModel::nothingLiveMeansNothingPromoted() {
    GcModel m({100, 100, 100});
    m.on_allocated(1'000'000, 0);
    QCOMPARE(m.counts().gen0, std::uint64_t{10'000});
    QCOMPARE(m.counts().gen1, std::uint64_t{0});
    QCOMPARE(m.counts().gen2, std::uint64_t{0});
    QCOMPARE(m.promoted_to_gen1_bytes(), std::uint64_t{0});
}

void TestGcModel::promotionTriggersGen1AndGen2() {
    // B0 = 1000, B1 = 3000, B2 = 10000, live heap 1200 bytes throughout.
    GcModel m({1000, 3000, 10'000});
    m.on_allocated(999, 1200);
    QCOMPARE(m.counts().gen0, std::uint64_t{0});
    m.on_allocated(1, 1200); // gen0 #1: P1 = 1200
    QCOMPARE(m.counts().gen0, std::uint64_t{1});
    QCOMPARE(m.promoted_to_gen1_bytes(), std::uint64_t{1200});
    m.on_allocated(1000, 1200); // gen0 #2: P1 = 2400
    QCOMPARE(m.promoted_to_gen1_bytes(), std::uint64_t{2400});
    QCOMPARE(m.counts().gen1, std::uint64_t{0});
    m.on_allocated(1000, 1200); // gen0 #3: P1 = 3600 >= B1 -> gen1 #1, P2 = min(1200, 3600)
    QCOMPARE(m.counts().gen0, std::uint64_t{3});
    QCOMPARE(m.counts().gen1, std::uint64_t{1});
    QCOMPARE(m.promoted_to_gen1_bytes(), std::uint64_t{0});
    QCOMPARE(m.promoted_to_gen2_bytes(), std::uint64_t{1200});
    // Every third gen0 is a gen1 adding 1200 to P2; the 9th gen1 (27th gen0) brings P2 to
    // 10800 >= B2: gen2 #1, P2 = 0.
    for (int i = 3; i < 26; ++i)
        m.on_allocated(1000, 1200);
    QCOMPARE(m.counts().gen1, std::uint64_t{8});
    QCOMPARE(m.counts().gen2, std::uint64_t{0});
    QCOMPARE(m.promoted_to_gen2_bytes(), std::uint64_t{9600});
    m.on_allocated(1000, 1200);
    const GcCounts c = m.counts();
    QCOMPARE(c.gen0, std::uint64_t{27});
    QCOMPARE(c.gen1, std::uint64_t{9});
    QCOMPARE(c.gen2, std::uint64_t{1});
    QCOMPARE(m.promoted_to_gen2_bytes(), std::uint64_t{0});
    QVERIFY(c.gen0 >= c.gen1 && c.gen1 >= c.gen2); // gen2 counts as gen1 and gen0 too

    const GcCounts later = m.counts();
    m.on_allocated(3000, 1200);
    const GcCounts d = m.counts() - later;
    QCOMPARE(d.gen0, std::uint64_t{3});
    QCOMPARE(d.gen1, std::uint64_t{1});
    QCOMPARE(d.gen2, std::uint64_t{0});
}

void TestGcModel::oneAllocationSpanningSeveralBudgets() {
    GcModel m({1000, 250, 100'000});
    m.on_allocated(5500, 100);
    QCOMPARE(m.counts().gen0, std::uint64_t{5});
    QCOMPARE(m.gen0_fill_bytes(), std::uint64_t{500});
    // P1: 100, 200, 300 >= 250 -> gen1 (P2 = 100), then 100, 200.
    QCOMPARE(m.counts().gen1, std::uint64_t{1});
    QCOMPARE(m.promoted_to_gen1_bytes(), std::uint64_t{200});
    QCOMPARE(m.promoted_to_gen2_bytes(), std::uint64_t{100});
}

void TestGcModel::negativeLiveBytesCountAsNone() {
    GcModel m({1000, 1000, 1000});
    m.on_allocated(2000, -5000);
    QCOMPARE(m.counts().gen0, std::uint64_t{2});
    QCOMPARE(m.promoted_to_gen1_bytes(), std::uint64_t{0});
    QCOMPARE(m.counts().gen1, std::uint64_t{0});
}

void TestGcModel::defaults() {
    const std::uint64_t b0 = default_gen0_budget_bytes();
    QVERIFY(b0 >= 160 * 1024);
    QVERIFY(b0 <= 6 * 1024 * 1024);
    QCOMPARE(default_gen0_budget_bytes(), b0);
    const GcModel m;
    QCOMPARE(m.gen0_budget(), b0);
    QCOMPARE(m.gen1_budget(), b0);
    QCOMPARE(m.gen2_budget(), 10 * b0);
    const GcModel partial({4096, 0, 0});
    QCOMPARE(partial.gen0_budget(), std::uint64_t{4096});
    QCOMPARE(partial.gen1_budget(), std::uint64_t{4096});
    QCOMPARE(partial.gen2_budget(), std::uint64_t{40960});
    const GcModel custom({4096, 8192, 100'000});
    QCOMPARE(custom.gen1_budget(), std::uint64_t{8192});
    QCOMPARE(custom.gen2_budget(), std::uint64_t{100'000});
}

void TestGcModel::describeShowsTheFormulasWithNumbers() {
    const GcModel m({256 * 1024, 512 * 1024, 3 * 1024 * 1024});
    const std::string text = m.describe();
    QVERIFY(text.find('\n') != std::string::npos);
    QVERIFY2(text.find("model") != std::string::npos, text.c_str());
    QVERIFY2(text.find("256 KiB") != std::string::npos, text.c_str());
    QVERIFY2(text.find("262144") != std::string::npos, text.c_str());
    QVERIFY2(text.find("512 KiB") != std::string::npos, text.c_str());
    QVERIFY2(text.find("3 MiB") != std::string::npos, text.c_str());
    QVERIFY2(text.find("P1 += live") != std::string::npos, text.c_str());
    QVERIFY2(text.find("min(live, P1)") != std::string::npos, text.c_str());
    QVERIFY2(text.find("1,000 operations") != std::string::npos, text.c_str());
}

QTEST_APPLESS_MAIN(TestGcModel)
#include "test_gc_model.moc"
