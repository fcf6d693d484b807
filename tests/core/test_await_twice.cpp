// Every row of DESIGN.md's "awaiting a ValueTask a second time" table, run on the real core.
#include "harness/qtest_suite.hpp"
#include <QTest>

#include "test_support.hpp"
#include "vtl/pooled_task.hpp"
#include "vtl/pooled_value_task_source.hpp"
#include "vtl/pooling_box.hpp"
#include "vtl/token_ignoring_source.hpp"
#include "vtl/value_task.hpp"

#include <string>

using vtl::Misuse;
using vtl::Task;
using vtl::ValueTask;
using vtl::ValueTaskSourcePool;
using vtl_test::await_now;
using vtl_test::AwaitOutcome;
using vtl_test::ManualSource;

namespace {

vtl::UnboundedPooledTask<int> pooled_value(int v) {
    co_return v;
}

vtl::PooledTask<int> dotnet_pooled_value(int v) {
    co_return v;
}

// Runs one whole operation on a rented source (rent, complete, consume), as another caller
// would; returns the source it used.
vtl::PooledValueTaskSource<int>& complete_and_consume(ValueTaskSourcePool<int>& pool, int value) {
    auto& s = pool.rent();
    s.core().set_result(value);
    (void)ValueTask<int>(s, s.version()).result();
    return s;
}

} // namespace

class TestAwaitTwice : public QObject {
    Q_OBJECT
private slots:
    void synchronousResultReturnsTheSameValue();
    void taskReturnsTheSameValue();
    void pooledSourceNotYetResetReturnsTheSameValue();
    void pooledSourceReusedThrowsStaleToken();
    void tokenCheckOffReturnsTheOtherOperationsResult();
    void tokenWrapAroundReturnsTheOtherOperationsResult();
    void pooledTaskCoroutineFollowsTheSameRules();
    void dotnetPooledTaskResetsInsideTheFirstGetResult();
    void poolingBoxResetsInsideTheFirstGetResult();
    void poolingBoxStaleGetResultReturnsTheBoxAgain();
    void poolingBoxCacheKeepsOnePerThreadAndOnePerCore();
    void tokenIgnoringSourceReturnsTheOtherOperationsResult();
};

void TestAwaitTwice::synchronousResultReturnsTheSameValue() {
    ValueTask<int> vt(11);
    const AwaitOutcome first = await_now(vt);
    const AwaitOutcome second = await_now(vt);
    QCOMPARE(first.value, std::optional<int>(11));
    QCOMPARE(second.value, std::optional<int>(11));
}

void TestAwaitTwice::taskReturnsTheSameValue() {
    ManualSource<void> gate;
    ValueTask<int> vt(gated(gate, 12));
    AwaitOutcome first;
    Task<void> a = vtl_test::await_into(vt, first); // suspends: the Task is still running
    QVERIFY(!a.is_completed());
    gate.core().set_result();
    QCOMPARE(first.value, std::optional<int>(12));
    QCOMPARE(await_now(vt).value, std::optional<int>(12));
}

void TestAwaitTwice::pooledSourceNotYetResetReturnsTheSameValue() {
    ValueTaskSourcePool<int> pool;
    auto& s = pool.rent();
    ValueTask<int> vt(s, s.version());
    s.core().set_result(21);
    const AwaitOutcome first = await_now(vt);
    QCOMPARE(first.value, std::optional<int>(21));
    QCOMPARE(pool.available(), std::size_t{1}); // consumed: back in the pool, not yet reset
    QVERIFY(!s.leased());
    const AwaitOutcome second = await_now(vt);
    QCOMPARE(second.value, std::optional<int>(21)); // works by accident
    QCOMPARE(pool.available(), std::size_t{1});     // and is not given back twice
}

void TestAwaitTwice::pooledSourceReusedThrowsStaleToken() {
    ValueTaskSourcePool<int> pool;
    auto& s = pool.rent();
    const std::uint16_t token = s.version();
    ValueTask<int> vt(s, token);
    s.core().set_result(21);
    QCOMPARE(await_now(vt).value, std::optional<int>(21));

    auto& other = pool.rent(); // another operation gets the same source
    QCOMPARE(&other, &s);
    other.core().set_result(99);
    const AwaitOutcome second = await_now(vt);
    QVERIFY(!second.value);
    QCOMPARE(second.misuse, std::optional<Misuse>(Misuse::stale_token));
    QCOMPARE(second.actual_token, token);
    QCOMPARE(second.expected_token, static_cast<std::uint16_t>(token + 1));
    QVERIFY2(second.error.find("stale token") != std::string::npos, second.error.c_str());
    // The other operation is untouched by the failed await.
    QCOMPARE(await_now(ValueTask<int>(other, other.version())).value, std::optional<int>(99));
}

void TestAwaitTwice::tokenCheckOffReturnsTheOtherOperationsResult() {
    ValueTaskSourcePool<int> pool;
    pool.set_token_check(false);
    auto& s = pool.rent();
    ValueTask<int> vt(s, s.version());
    s.core().set_result(21);
    QCOMPARE(await_now(vt).value, std::optional<int>(21));

    auto& other = pool.rent();
    QCOMPARE(&other, &s);
    other.core().set_result(99);
    const AwaitOutcome second = await_now(vt);
    QVERIFY(!second.misuse);
    QCOMPARE(second.value, std::optional<int>(99)); // silently wrong
}

void TestAwaitTwice::tokenWrapAroundReturnsTheOtherOperationsResult() {
    ValueTaskSourcePool<int> pool;
    QVERIFY(pool.token_check());
    auto& s = pool.rent();
    const std::uint16_t token = s.version();
    ValueTask<int> vt(s, token);
    s.core().set_result(21);
    QCOMPARE(await_now(vt).value, std::optional<int>(21));

    // 65,535 complete operations in between bring the version to token - 1 ...
    for (int i = 1; i < 65536; ++i) {
        auto& used = complete_and_consume(pool, i);
        QVERIFY(&used == &s);
        if (i == 1) {
            const AwaitOutcome stale = await_now(vt); // still caught here
            QCOMPARE(stale.misuse, std::optional<Misuse>(Misuse::stale_token));
        }
    }
    QCOMPARE(s.version(), static_cast<std::uint16_t>(token - 1));
    // ... and the 65,536th reuse presents exactly the old token again.
    auto& other = pool.rent();
    QCOMPARE(&other, &s);
    QCOMPARE(other.version(), token);
    QCOMPARE(other.rents(), std::uint64_t{65537});
    other.core().set_result(4242);
    const AwaitOutcome second = await_now(vt);
    QVERIFY(!second.misuse);
    QCOMPARE(second.value, std::optional<int>(4242)); // the token check cannot see it
}

// .NET's pooling builder resets the box in GetResult (StateMachineBox.GetResult:
// `finally { ReturnToCache(); }`, which calls _valueTaskSource.Reset()): the second await of
// the same ValueTask always presents a stale token, whether or not the box was rented again.
void TestAwaitTwice::dotnetPooledTaskResetsInsideTheFirstGetResult() {
    ValueTask<int> vt = dotnet_pooled_value(7);
    QCOMPARE(vt.kind(), vtl::ValueTaskKind::source);
    QCOMPARE(await_now(vt).value, std::optional<int>(7));
    const AwaitOutcome second = await_now(vt);
    QCOMPARE(second.misuse, std::optional<Misuse>(Misuse::stale_token));
    QVERIFY(!second.value);
    ValueTask<int> next = dotnet_pooled_value(8);
    QCOMPARE(next.source(), vt.source()); // the reset source is reused, with a new token
    QVERIFY(next.token() != vt.token());
    QCOMPARE(await_now(next).value, std::optional<int>(8));
}

// The hand-written, unbounded pool resets a source only when it is rented again.
void TestAwaitTwice::pooledTaskCoroutineFollowsTheSameRules() {
    ValueTask<int> vt = pooled_value(5);
    QCOMPARE(vt.kind(), vtl::ValueTaskKind::source);
    QCOMPARE(await_now(vt).value, std::optional<int>(5));
    QCOMPARE(await_now(vt).value, std::optional<int>(5)); // not reset yet
    ValueTask<int> next = pooled_value(6);                // rents the same source
    QCOMPARE(next.source(), vt.source());
    const AwaitOutcome stale = await_now(vt);
    QCOMPARE(stale.misuse, std::optional<Misuse>(Misuse::stale_token));
    QCOMPARE(await_now(next).value, std::optional<int>(6));
}

// .NET's PoolingAsyncValueTaskMethodBuilder box: GetResult resets it and returns it to the
// cache in a `finally` (PoolingAsyncValueTaskMethodBuilderT.cs), so a second await of the same
// ValueTask throws even though nobody rented the box again.
void TestAwaitTwice::poolingBoxResetsInsideTheFirstGetResult() {
    vtl::PoolingBoxCache<int> cache;
    auto& box = cache.rent();
    const std::uint16_t token = box.version();
    ValueTask<int> vt(box, token);
    box.core().set_result(7);
    QCOMPARE(await_now(vt).value, std::optional<int>(7));
    QCOMPARE(box.version(), static_cast<std::uint16_t>(token + 1)); // reset already
    QCOMPARE(cache.times_cached(box), std::size_t{1});
    QCOMPARE(box.rents(), std::uint64_t{1}); // nobody rented it again
    const AwaitOutcome second = await_now(vt);
    QCOMPARE(second.misuse, std::optional<Misuse>(Misuse::stale_token));
    QCOMPARE(second.actual_token, token);
}

// Like .NET, ReturnToCache runs also when GetResult throws: a stale .Result puts the box into
// a second cache slot (the thread slot is taken, so a core slot gets it too).
void TestAwaitTwice::poolingBoxStaleGetResultReturnsTheBoxAgain() {
    vtl::PoolingBoxCache<int> cache(2);
    auto& box = cache.rent();
    ValueTask<int> vt(box, box.version());
    box.core().set_result(8);
    QCOMPARE(vt.result(), 8);
    QCOMPARE(cache.times_cached(box), std::size_t{1});
    bool threw = false;
    try {
        (void)box.get_result(vt.token());
    } catch (const vtl::InvalidOperationError& e) {
        threw = e.misuse() == Misuse::stale_token;
    }
    QVERIFY(threw);
    QCOMPARE(box.returns(), std::uint64_t{2});
    QCOMPARE(cache.times_cached(box), std::size_t{2});
    // Two operations now rent the very same box.
    auto& a = cache.rent();
    auto& b = cache.rent();
    QCOMPARE(&a, &b);
}

void TestAwaitTwice::poolingBoxCacheKeepsOnePerThreadAndOnePerCore() {
    vtl::PoolingBoxCache<int> cache(1); // one thread slot + one core slot
    std::vector<vtl::PoolingBox<int>*> boxes;
    for (int i = 0; i < 3; ++i)
        boxes.push_back(&cache.rent());
    QCOMPARE(cache.allocations(), std::uint64_t{3});
    for (auto* b : boxes) {
        b->core().set_result(1);
        (void)b->get_result(b->version());
    }
    QCOMPARE(cache.cached(), std::size_t{2});
    QCOMPARE(cache.drops(), std::uint64_t{1}); // the third had nowhere to go
    (void)cache.rent();
    (void)cache.rent();
    (void)cache.rent();
    QCOMPARE(cache.allocations(), std::uint64_t{4}); // two from the cache, one new
}

// WHAT-IF (not .NET: ManualResetValueTaskSourceCore.ValidateToken always checks).
void TestAwaitTwice::tokenIgnoringSourceReturnsTheOtherOperationsResult() {
    vtl::TokenIgnoringSource<int> s;
    s.reset();
    ValueTask<int> vt(s, s.version());
    s.set_result(43);
    QCOMPARE(await_now(vt).value, std::optional<int>(43));
    s.reset(); // another operation
    s.set_result(99);
    QVERIFY(s.version() != vt.token());
    const AwaitOutcome second = await_now(vt);
    QVERIFY(!second.misuse);
    QCOMPARE(second.value, std::optional<int>(99));
}

VTL_QTEST_APPLESS_MAIN(test_await_twice, TestAwaitTwice)
#include "test_await_twice.moc"
