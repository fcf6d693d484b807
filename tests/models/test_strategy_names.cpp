// Strategy names and tooltips: what they say a call costs must be what the core measures.
#include "vtl/allocation_counter.hpp"
#include "vtl/event_loop.hpp"
#include "workload/cache_service.hpp"
#include "workload/payload.hpp"

#include "models/text/strategy_names.hpp"

#include "harness/qtest_suite.hpp"
#include <QTest>

using vtl::AllocationScope;
using vtl::EventLoop;
using vtl::Task;
using namespace vtl::workload;

class TestStrategyNames : public QObject {
    Q_OBJECT
private slots:
    void taskHitAllocatesOneCompletedTaskAndNoFrame();
    void everyStrategyIsNamedAndDescribed();
};

namespace {
CallSpec spec(std::uint64_t key, bool hit) {
    return CallSpec{0, key, hit, false, hit ? 0 : 1000};
}
} // namespace

// The Task strategy's hit is Task.FromResult: one completed Task object (its size measured
// here with the allocation counter, on the strategy's real hit path), no coroutine frame; only
// a miss runs a coroutine. The tooltip used to say the frame is on the heap for every call.
void TestStrategyNames::taskHitAllocatesOneCompletedTaskAndNoFrame() {
    EventLoop loop;
    CacheService service(loop, 16, nullptr);
    {
        AllocationScope scope;
        Task<Payload> hit = service.get_task(spec(3, true));
        const vtl::AllocationStats d = scope.delta();
        QCOMPARE(d.allocations, std::uint64_t{1});
        QCOMPARE(d.bytes_requested, std::uint64_t{task_hit_object_bytes});
        QVERIFY(hit.is_completed());
        qInfo("a task hit allocates %llu bytes (one completed Task<Payload>)",
              static_cast<unsigned long long>(d.bytes_requested));
    }
    {
        // A miss starts a coroutine: its frame is bigger than the completed Task of a hit.
        AllocationScope scope;
        Task<Payload> miss = service.get_task(spec(4, false));
        const vtl::AllocationStats d = scope.delta();
        QVERIFY(d.allocations >= 1);
        QVERIFY(d.bytes_requested > task_hit_object_bytes);
        QVERIFY(!miss.is_completed());
        loop.run();
        QVERIFY(miss.is_completed());
    }
    {
        // A 0-byte payload is a bool `true`: Task.FromResult returns the cached Task.
        CacheService bools(loop, 0, nullptr);
        AllocationScope scope;
        Task<Payload> hit = bools.get_task(spec(5, true));
        QCOMPARE(scope.delta().allocations, std::uint64_t{0});
    }
    const QString text = vtl::models::strategy_description(Strategy::task);
    QVERIFY2(text.contains(QString::number(task_hit_object_bytes) + QStringLiteral(" B")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("only a miss")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("every call")));
}

void TestStrategyNames::everyStrategyIsNamedAndDescribed() {
    QStringList names;
    for (Strategy s : all_strategies) {
        const QString name = vtl::models::strategy_name(s);
        QVERIFY(!name.isEmpty() && name != QStringLiteral("?"));
        QVERIFY(!names.contains(name));
        names << name;
        QVERIFY(vtl::models::strategy_description(s).startsWith(QString::fromUtf8(to_string(s))));
    }
    QVERIFY(
        vtl::models::strategy_description(Strategy::pooled).contains(QStringLiteral("per core")));
    QVERIFY(vtl::models::strategy_description(Strategy::pooled_unbounded)
                .contains(QStringLiteral("not .NET")));
}

VTL_QTEST_APPLESS_MAIN(test_models_strategy_names, TestStrategyNames)
#include "test_strategy_names.moc"
