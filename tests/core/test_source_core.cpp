// ManualResetValueTaskSourceCore<T>: versions, completion, and the four misuses, each raised
// as an InvalidOperationError that names it.
#include "harness/qtest_suite.hpp"
#include <QTest>

#include "test_support.hpp"
#include "vtl/manual_reset_value_task_source_core.hpp"

#include <coroutine>
#include <stdexcept>
#include <string>

using vtl::InvalidOperationError;
using vtl::ManualResetValueTaskSourceCore;
using vtl::Misuse;
using vtl::ValueTaskSourceStatus;

namespace {

template <class F>
InvalidOperationError expect_error(F&& f) {
    try {
        f();
    } catch (const InvalidOperationError& e) {
        return e;
    }
    throw std::logic_error("expected an InvalidOperationError");
}

bool contains(const char* text, const char* part) {
    return std::string(text).find(part) != std::string::npos;
}

// A continuation whose resumption is observable (noop_coroutine's is not).
struct Flag {
    bool resumed = false;
};
vtl::Task<void> wait_on(ManualResetValueTaskSourceCore<int>& core, std::uint16_t token,
                        Flag& flag) {
    struct Awaiter {
        ManualResetValueTaskSourceCore<int>& core;
        std::uint16_t token;
        bool await_ready() const { return false; }
        bool await_suspend(std::coroutine_handle<> h) { return core.on_completed(h, token); }
        void await_resume() const noexcept {}
    };
    co_await Awaiter{core, token};
    flag.resumed = true;
}

} // namespace

class TestSourceCore : public QObject {
    Q_OBJECT
private slots:
    void versionStartsAtZeroAndWrapsAt16Bits();
    void completesWithValueOrException();
    void resetStartsAFreshOperation();
    void continuationRunsOnCompletion();
    void continuationAfterCompletionIsNotRegistered();
    void staleTokenIsRejected();
    void staleTokenIsAcceptedWithCheckOff();
    void resultReadBeforeCompletion();
    void secondContinuation();
    void secondCompletion();
    void messagesAreDistinct();
};

void TestSourceCore::versionStartsAtZeroAndWrapsAt16Bits() {
    ManualResetValueTaskSourceCore<int> core;
    QCOMPARE(core.version(), std::uint16_t{0});
    for (int i = 0; i < 65535; ++i)
        core.reset();
    QCOMPARE(core.version(), std::uint16_t{65535});
    core.reset();
    QCOMPARE(core.version(), std::uint16_t{0});
    core.reset();
    QCOMPARE(core.version(), std::uint16_t{1});
}

void TestSourceCore::completesWithValueOrException() {
    ManualResetValueTaskSourceCore<int> core;
    QCOMPARE(core.get_status(0), ValueTaskSourceStatus::pending);
    QVERIFY(!core.is_completed());
    core.set_result(12);
    QVERIFY(core.is_completed());
    QCOMPARE(core.get_status(0), ValueTaskSourceStatus::succeeded);
    QCOMPARE(core.get_result(0), 12);
    QCOMPARE(core.get_result(0), 12); // the core itself does not consume

    ManualResetValueTaskSourceCore<std::string> failing;
    failing.set_exception(std::make_exception_ptr(std::runtime_error("boom")));
    QCOMPARE(failing.get_status(0), ValueTaskSourceStatus::faulted);
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, (void)failing.get_result(0));

    ManualResetValueTaskSourceCore<void> v;
    v.set_result();
    QCOMPARE(v.get_status(0), ValueTaskSourceStatus::succeeded);
    v.get_result(0);
}

void TestSourceCore::resetStartsAFreshOperation() {
    ManualResetValueTaskSourceCore<int> core;
    core.set_exception(std::make_exception_ptr(std::runtime_error("first")));
    core.reset();
    QCOMPARE(core.get_status(1), ValueTaskSourceStatus::pending);
    core.set_result(2); // allowed again after reset
    QCOMPARE(core.get_status(1), ValueTaskSourceStatus::succeeded);
    QCOMPARE(core.get_result(1), 2);
}

void TestSourceCore::continuationRunsOnCompletion() {
    ManualResetValueTaskSourceCore<int> core;
    Flag flag;
    vtl::Task<void> t = wait_on(core, core.version(), flag);
    QVERIFY(!flag.resumed);
    core.set_result(1); // no scheduler on this thread: resumed inline
    QVERIFY(flag.resumed);
    QVERIFY(t.is_completed());
}

void TestSourceCore::continuationAfterCompletionIsNotRegistered() {
    ManualResetValueTaskSourceCore<int> core;
    core.set_result(1);
    QVERIFY(!core.on_completed(std::noop_coroutine(), 0)); // caller continues inline
    Flag flag;
    vtl::Task<void> t = wait_on(core, 0, flag);
    QVERIFY(flag.resumed); // await_suspend returned false: never suspended
}

void TestSourceCore::staleTokenIsRejected() {
    ManualResetValueTaskSourceCore<int> core;
    core.reset(); // version 1; token 0 is stale
    core.set_result(5);
    for (int call = 0; call < 3; ++call) {
        const InvalidOperationError e = expect_error([&] {
            if (call == 0)
                (void)core.get_status(0);
            else if (call == 1)
                (void)core.get_result(0);
            else
                (void)core.on_completed(std::noop_coroutine(), 0);
        });
        QCOMPARE(e.misuse(), Misuse::stale_token);
        QCOMPARE(e.expected_token(), std::uint16_t{1});
        QCOMPARE(e.actual_token(), std::uint16_t{0});
        QVERIFY2(contains(e.what(), "stale token"), e.what());
    }
    QCOMPARE(core.get_result(1), 5);
}

void TestSourceCore::staleTokenIsAcceptedWithCheckOff() {
    ManualResetValueTaskSourceCore<int> core;
    core.set_token_check(false);
    QVERIFY(!core.token_check());
    core.reset();
    core.set_result(6);
    QCOMPARE(core.get_status(0), ValueTaskSourceStatus::succeeded);
    QCOMPARE(core.get_result(0), 6); // another operation's result, silently
    QCOMPARE(core.get_result(4321), 6);
}

void TestSourceCore::resultReadBeforeCompletion() {
    ManualResetValueTaskSourceCore<int> core;
    core.reset();
    const InvalidOperationError e = expect_error([&] { (void)core.get_result(1); });
    QCOMPARE(e.misuse(), Misuse::result_not_ready);
    QCOMPARE(e.expected_token(), std::uint16_t{1});
    QCOMPARE(e.actual_token(), std::uint16_t{1});
    QVERIFY2(contains(e.what(), "result read before completion"), e.what());
}

void TestSourceCore::secondContinuation() {
    ManualResetValueTaskSourceCore<int> core;
    Flag first;
    vtl::Task<void> t = wait_on(core, 0, first);
    const InvalidOperationError e =
        expect_error([&] { (void)core.on_completed(std::noop_coroutine(), 0); });
    QCOMPARE(e.misuse(), Misuse::second_continuation);
    QCOMPARE(e.expected_token(), std::uint16_t{0});
    QCOMPARE(e.actual_token(), std::uint16_t{0});
    QVERIFY2(contains(e.what(), "second continuation"), e.what());
    core.set_result(3);
    QVERIFY(first.resumed); // the first registration is intact
}

void TestSourceCore::secondCompletion() {
    ManualResetValueTaskSourceCore<int> core;
    core.reset();
    core.reset();
    core.set_result(1);
    InvalidOperationError e = expect_error([&] { core.set_result(2); });
    QCOMPARE(e.misuse(), Misuse::second_completion);
    QCOMPARE(e.expected_token(), std::uint16_t{2});
    QCOMPARE(e.actual_token(), std::uint16_t{2});
    QVERIFY2(contains(e.what(), "second completion"), e.what());
    e = expect_error([&] { core.set_exception(std::make_exception_ptr(std::runtime_error("x"))); });
    QCOMPARE(e.misuse(), Misuse::second_completion);
    QCOMPARE(core.get_result(2), 1); // the first result stands
}

void TestSourceCore::messagesAreDistinct() {
    const Misuse all[] = {Misuse::stale_token, Misuse::result_not_ready,
                          Misuse::second_continuation, Misuse::second_completion};
    for (Misuse a : all) {
        const InvalidOperationError e(a, 7, 3);
        QVERIFY2(contains(e.what(), vtl::to_string(a)), e.what());
        QVERIFY(contains(e.what(), "InvalidOperationError"));
        for (Misuse b : all) {
            if (a != b)
                QVERIFY2(!contains(e.what(), vtl::to_string(b)), e.what());
        }
    }
}

VTL_QTEST_APPLESS_MAIN(test_source_core, TestSourceCore)
#include "test_source_core.moc"
