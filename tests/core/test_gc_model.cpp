// GcModel: the formulas of gc_model.hpp on small hand-computed examples, .NET's gen0 budget
// rule on given cache sizes, the defaults, and the text shown to users.
#include "harness/qtest_suite.hpp"
#include <QTest>

#include "measure/gc_model.hpp"

#include <algorithm>
#include <random>
#include <string>

#include <unistd.h>

using vtl::measure::default_gen0_budget_bytes;
using vtl::measure::dotnet_workstation_gen0_budget;
using vtl::measure::GcCounts;
using vtl::measure::GcModel;
using vtl::measure::GcModelParams;
using vtl::measure::Gen0BudgetSteps;
using vtl::measure::largest_cache_bytes;
using vtl::measure::physical_memory_bytes;

class TestGcModel : public QObject {
    Q_OBJECT
private slots:
    void gen0CountIsTotalOverBudget();
    void nothingLiveMeansNothingPromoted();
    void aByteIsPromotedOncePerGeneration();
    void growingHeapTriggersGen1ThenGen2();
    void oneAllocationSpanningSeveralBudgets();
    void negativeLiveBytesCountAsNone();
    void dotnetGen0BudgetFromCacheSize_data();
    void dotnetGen0BudgetFromCacheSize();
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

void TestGcModel::aByteIsPromotedOncePerGeneration() {
    // B0 = 1000, B1 = 3000, B2 = 10000, live heap 1200 bytes throughout: the first gen0
    // collection promotes the 1200 live bytes to gen1; later gen0 collections find them
    // already in gen1 and promote nothing (the old model added the whole live heap each time).
    GcModel m({1000, 3000, 10'000});
    m.on_allocated(999, 1200);
    QCOMPARE(m.counts().gen0, std::uint64_t{0});
    m.on_allocated(1, 1200);
    QCOMPARE(m.counts().gen0, std::uint64_t{1});
    QCOMPARE(m.promoted_to_gen1_bytes(), std::uint64_t{1200});
    QCOMPARE(m.gen1_resident_bytes(), std::uint64_t{1200});
    for (int i = 0; i < 50; ++i)
        m.on_allocated(1000, 1200);
    QCOMPARE(m.counts().gen0, std::uint64_t{51});
    QCOMPARE(m.promoted_to_gen1_bytes(), std::uint64_t{1200});
    QCOMPARE(m.counts().gen1, std::uint64_t{0});
    QCOMPARE(m.counts().gen2, std::uint64_t{0});
}

void TestGcModel::growingHeapTriggersGen1ThenGen2() {
    // B0 = 1000, B1 = 3000, B2 = 5000. The live heap grows by 1000 bytes per collection.
    GcModel m({1000, 3000, 5000});
    std::int64_t live = 0;
    const auto step = [&] {
        live += 1000;
        m.on_allocated(1000, live);
    };
    step(); // #1 gen0: Y = 1000, R1 = F1 = 1000
    step(); // #2 gen0: Y = 1000, R1 = F1 = 2000
    step(); // #3 gen0: Y = 1000, R1 = F1 = 3000 (budget used up: the next one condemns gen1)
    QCOMPARE(m.counts().gen1, std::uint64_t{0});
    QCOMPARE(m.promoted_to_gen1_bytes(), std::uint64_t{3000});
    step(); // #4 gen1: R1's 3000 -> gen2 (R2 = F2 = 3000), young 1000 -> R1 = F1 = 1000
    QCOMPARE(m.counts().gen0, std::uint64_t{4});
    QCOMPARE(m.counts().gen1, std::uint64_t{1});
    QCOMPARE(m.gen2_resident_bytes(), std::uint64_t{3000});
    QCOMPARE(m.promoted_to_gen2_bytes(), std::uint64_t{3000});
    QCOMPARE(m.gen1_resident_bytes(), std::uint64_t{1000});
    QCOMPARE(m.promoted_to_gen1_bytes(), std::uint64_t{1000});
    step(); // #5 gen0: R1 = F1 = 2000
    step(); // #6 gen0: R1 = F1 = 3000
    step(); // #7 gen1: 3000 -> gen2 (R2 = F2 = 6000 >= B2), R1 = F1 = 1000
    QCOMPARE(m.counts().gen1, std::uint64_t{2});
    QCOMPARE(m.counts().gen2, std::uint64_t{0});
    QCOMPARE(m.promoted_to_gen2_bytes(), std::uint64_t{6000});
    step(); // #8 gen2: R2 stays 6000, F2 = 0; R1's 1000 -> gen2 (R2 = 7000, F2 = 1000);
            //          young 1000 -> R1 = F1 = 1000
    const GcCounts c = m.counts();
    QCOMPARE(c.gen0, std::uint64_t{8});
    QCOMPARE(c.gen1, std::uint64_t{3});
    QCOMPARE(c.gen2, std::uint64_t{1});
    QCOMPARE(m.gen2_resident_bytes(), std::uint64_t{7000});
    QCOMPARE(m.promoted_to_gen2_bytes(), std::uint64_t{1000});
    QCOMPARE(m.gen1_resident_bytes(), std::uint64_t{1000});

    // The heap empties: a gen2 collection keeps nothing.
    GcModel e({1000, 1, 1});
    e.on_allocated(1000, 500); // gen0: R1 = F1 = 500 >= B1
    e.on_allocated(1000, 500); // gen1: 500 -> gen2 (F2 = 500 >= B2), R1 = 0
    e.on_allocated(1000, 0);   // gen2: R2 = min(500, 0) = 0
    QCOMPARE(e.counts().gen2, std::uint64_t{1});
    QCOMPARE(e.gen2_resident_bytes(), std::uint64_t{0});
    QCOMPARE(e.gen1_resident_bytes(), std::uint64_t{0});
}

void TestGcModel::oneAllocationSpanningSeveralBudgets() {
    // Five collections in one call, all seeing live = 100: the first promotes 100 to gen1
    // (F1 = 100 < B1), the other four find it there and promote nothing.
    GcModel m({1000, 250, 100'000});
    m.on_allocated(5500, 100);
    QCOMPARE(m.counts().gen0, std::uint64_t{5});
    QCOMPARE(m.gen0_fill_bytes(), std::uint64_t{500});
    QCOMPARE(m.counts().gen1, std::uint64_t{0});
    QCOMPARE(m.promoted_to_gen1_bytes(), std::uint64_t{100});
    // With B1 = 50 the first collection uses up gen1's budget, the second condemns gen1.
    GcModel n({1000, 50, 100'000});
    n.on_allocated(5500, 100);
    QCOMPARE(n.counts().gen0, std::uint64_t{5});
    QCOMPARE(n.counts().gen1, std::uint64_t{1});
    QCOMPARE(n.gen2_resident_bytes(), std::uint64_t{100});
    QCOMPARE(n.promoted_to_gen1_bytes(), std::uint64_t{0});
}

void TestGcModel::negativeLiveBytesCountAsNone() {
    GcModel m({1000, 1000, 1000});
    m.on_allocated(2000, -5000);
    QCOMPARE(m.counts().gen0, std::uint64_t{2});
    QCOMPARE(m.promoted_to_gen1_bytes(), std::uint64_t{0});
    QCOMPARE(m.counts().gen1, std::uint64_t{0});
}

void TestGcModel::dotnetGen0BudgetFromCacheSize_data() {
    QTest::addColumn<quint64>("cache");
    QTest::addColumn<quint64>("memory");
    QTest::addColumn<quint64>("gen0size");
    QTest::addColumn<quint64>("budget");
    const quint64 KiB = 1024, MiB = 1024 * KiB, GiB = 1024 * MiB;
    // Worked by hand from get_gen0_min_size / init_static_data (see gc_model.hpp):
    // 32 MiB: 4*33554432/5 = 26843545; /8*5 = 16777215; aligned to 8: 16777216 = 16 MiB.
    QTest::newRow("32 MiB") << 32 * MiB << 24 * GiB << quint64{26843545} << 16 * MiB;
    // 8 MiB: 6710886; /8*5 = 4194300; aligned 4194304 = 4 MiB (below the 6 MiB max).
    QTest::newRow("8 MiB") << 8 * MiB << 24 * GiB << quint64{6710886} << 4 * MiB;
    // 1 MiB: 838860; /8*5 = 524285; aligned 524288 = 512 KiB.
    QTest::newRow("1 MiB") << 1 * MiB << 24 * GiB << quint64{838860} << 512 * KiB;
    // Unknown cache (0): the 256 KiB floor, then 5/8 of it: 160 KiB.
    QTest::newRow("unknown") << quint64{0} << 24 * GiB << 256 * KiB << 160 * KiB;
    // 256 MiB, 24 GiB: 214748364; /8*5 = 134217725; aligned 128 MiB.
    QTest::newRow("256 MiB") << 256 * MiB << 24 * GiB << quint64{214748364} << 128 * MiB;
    // 256 MiB, 1 GiB: 214748364 > 1 GiB / 6, halved to 107374182 <= the cache size, so
    // gen0size = the cache size (268435456); /8*5 = 160 MiB.
    QTest::newRow("256 MiB, 1 GiB") << 256 * MiB << 1 * GiB << 256 * MiB << 160 * MiB;
}

void TestGcModel::dotnetGen0BudgetFromCacheSize() {
    QFETCH(quint64, cache);
    QFETCH(quint64, memory);
    QFETCH(quint64, gen0size);
    QFETCH(quint64, budget);
    const Gen0BudgetSteps d = dotnet_workstation_gen0_budget(cache, memory);
    QCOMPARE(quint64{d.gen0size}, gen0size);
    QCOMPARE(quint64{d.budget}, budget);
    QCOMPARE(quint64{d.gen0_min_size}, budget);
    QCOMPARE(quint64{d.gen0_max_size}, std::max<quint64>(budget, 6 * 1024 * 1024));
}

void TestGcModel::defaults() {
    const std::uint64_t b0 = default_gen0_budget_bytes();
    QCOMPARE(b0,
             dotnet_workstation_gen0_budget(largest_cache_bytes(), physical_memory_bytes()).budget);
    QVERIFY(b0 >= 160 * 1024);
    // .NET 10 as shipped takes the largest level sysfs reports (not L3 as such, and not
    // glibc's sysconf, which on AMD VMs reports 256-508 MiB); no sysfs sizes -> unknown (0).
    std::uint64_t sysfs_largest = 0;
    for (int index = 0; index < 5; ++index) {
        QFile f(QStringLiteral("/sys/devices/system/cpu/cpu0/cache/index%1/size").arg(index));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray t = f.readAll().trimmed();
        const std::uint64_t unit = t.endsWith('K') ? 1024 : t.endsWith('M') ? 1024 * 1024 : 1;
        const std::uint64_t n = (unit == 1 ? t : t.chopped(1)).toULongLong();
        sysfs_largest = std::max(sysfs_largest, n * unit);
    }
    QCOMPARE(largest_cache_bytes(), sysfs_largest);
    if (sysfs_largest == 0)
        QCOMPARE(b0, std::uint64_t{160 * 1024}); // the floor: max(0, 256 KiB) / 8 * 5
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
    QVERIFY2(text.find("once per generation") != std::string::npos, text.c_str());
    QVERIFY2(text.find("get_gen0_min_size") != std::string::npos, text.c_str());
    QVERIFY2(text.find("largest cache") != std::string::npos, text.c_str());
    QVERIFY2(text.find("1,000 operations") != std::string::npos, text.c_str());
    // The old text called "half the L3, clamped to 6 MiB" .NET's rule.
    QVERIFY2(text.find("clamped") == std::string::npos, text.c_str());
}

VTL_QTEST_APPLESS_MAIN(test_gc_model, TestGcModel)
#include "test_gc_model.moc"
