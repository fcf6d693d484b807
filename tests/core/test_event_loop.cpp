// EventLoop and RunClock: timer order, the skip-idle and real clocks, freeze/thaw, post and
// yield ordering, fast-forward.
#include "harness/qtest_suite.hpp"
#include <QTest>

#include "vtl/event_loop.hpp"
#include "vtl/run_clock.hpp"
#include "vtl/sync_wait.hpp"
#include "vtl/task.hpp"

#include <chrono>
#include <string>
#include <thread>
#include <vector>

using vtl::ClockMode;
using vtl::EventLoop;
using vtl::RunClock;
using vtl::Task;

namespace {

constexpr std::int64_t kMs = 1'000'000;
constexpr std::int64_t kS = 1'000'000'000;

Task<void> wake_at(EventLoop& loop, std::int64_t due, std::string name,
                   std::vector<std::string>& log) {
    co_await loop.delay_until(due);
    log.push_back(name);
}

Task<void> yield_n(EventLoop& loop, std::string name, int n, std::vector<std::string>& log) {
    for (int i = 0; i < n; ++i) {
        log.push_back(name + std::to_string(i));
        co_await loop.yield();
    }
    log.push_back(name + " done");
}

Task<std::int64_t> sleep_for(EventLoop& loop, std::int64_t ns) {
    co_await loop.delay_for(ns);
    co_return loop.now_ns();
}

// Yields until `stop` is set: a coroutine that is always ready.
Task<void> spin(EventLoop& loop, const bool& stop, int& rounds) {
    while (!stop) {
        ++rounds;
        co_await loop.yield();
    }
}

Task<void> set_after(EventLoop& loop, std::int64_t ns, bool& flag) {
    co_await loop.delay_for(ns);
    flag = true;
}

std::int64_t wall_ns() {
    return RunClock::steady_ns();
}

// A coroutine handle that appends to a log when resumed, for post() ordering.
struct Logged {
    struct promise_type {
        Logged get_return_object() {
            return {std::coroutine_handle<promise_type>::from_promise(*this)};
        }
        std::suspend_always initial_suspend() noexcept { return {}; }
        std::suspend_always final_suspend() noexcept { return {}; }
        void return_void() noexcept {}
        void unhandled_exception() noexcept { std::terminate(); }
    };
    std::coroutine_handle<promise_type> handle;
};
Logged log_on_resume(std::vector<std::string>& log, std::string name) {
    log.push_back(name);
    co_return;
}

} // namespace

class TestEventLoop : public QObject {
    Q_OBJECT
private slots:
    void timersFireInDueOrderFifoForEqualDue();
    void skipIdleClockJumpsOverWaits();
    void realClockReallyWaits();
    void freezeAndThaw();
    void skipToWhileFrozen();
    void postRunsInFifoOrder();
    void yieldInterleavesReadyCoroutines();
    void yieldingCoroutineDoesNotStarveTimers();
    void fastForwardDrainsTimersAtOnce();
    void runReturnsWhenIdle();
};

void TestEventLoop::timersFireInDueOrderFifoForEqualDue() {
    EventLoop loop;
    std::vector<std::string> log;
    std::vector<Task<void>> tasks;
    {
        EventLoop::ThreadScope scope(loop);
        const std::int64_t t0 = loop.now_ns();
        tasks.push_back(wake_at(loop, t0 + 30 * kMs, "c", log));
        tasks.push_back(wake_at(loop, t0 + 10 * kMs, "a1", log));
        tasks.push_back(wake_at(loop, t0 + 20 * kMs, "b", log));
        tasks.push_back(wake_at(loop, t0 + 10 * kMs, "a2", log));
        tasks.push_back(wake_at(loop, t0 + 10 * kMs, "a3", log));
        tasks.push_back(wake_at(loop, t0 - 5 * kMs, "past", log));
    }
    QCOMPARE(loop.timer_count(), std::size_t{6});
    loop.run();
    QCOMPARE(log, (std::vector<std::string>{"past", "a1", "a2", "a3", "b", "c"}));
    QCOMPARE(loop.timer_count(), std::size_t{0});
    for (const Task<void>& t : tasks)
        QVERIFY(t.is_completed());
}

void TestEventLoop::skipIdleClockJumpsOverWaits() {
    EventLoop loop(ClockMode::skip_idle);
    QCOMPARE(loop.clock().mode(), ClockMode::skip_idle);
    const std::int64_t start = loop.now_ns();
    const std::int64_t wall_start = wall_ns();
    const std::int64_t woke = vtl::run_until_complete(loop, sleep_for(loop, 10 * kS));
    const std::int64_t wall = wall_ns() - wall_start;
    QVERIFY(woke - start >= 10 * kS);
    QVERIFY(loop.now_ns() - start >= 10 * kS);
    QVERIFY(loop.clock().skipped_ns() >= 10 * kS - 100 * kMs);
    QVERIFY2(wall < 2 * kS, qPrintable(QString::number(wall)));
}

void TestEventLoop::realClockReallyWaits() {
    EventLoop loop(ClockMode::real);
    const std::int64_t start = loop.now_ns();
    const std::int64_t wall_start = wall_ns();
    const std::int64_t woke = vtl::run_until_complete(loop, sleep_for(loop, 20 * kMs));
    QVERIFY(wall_ns() - wall_start >= 20 * kMs);
    QVERIFY(woke - start >= 20 * kMs);
    QCOMPARE(loop.clock().skipped_ns(), std::int64_t{0});
}

void TestEventLoop::freezeAndThaw() {
    RunClock clock(ClockMode::real);
    clock.freeze();
    QVERIFY(clock.frozen());
    const std::int64_t frozen_at = clock.now_ns();
    // Real time has to pass for the test to mean anything; frozen time must not count.
    std::this_thread::sleep_for(std::chrono::milliseconds(30));
    QCOMPARE(clock.now_ns(), frozen_at);
    clock.freeze(); // idempotent
    QCOMPARE(clock.now_ns(), frozen_at);
    clock.thaw();
    QVERIFY(!clock.frozen());
    const std::int64_t after = clock.now_ns();
    QVERIFY(after >= frozen_at);
    QVERIFY2(after - frozen_at < 30 * kMs, qPrintable(QString::number(after - frozen_at)));
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    QVERIFY(clock.now_ns() - after >= 5 * kMs); // running again
}

void TestEventLoop::skipToWhileFrozen() {
    RunClock clock;
    clock.freeze();
    const std::int64_t t = clock.now_ns();
    QCOMPARE(clock.skip_to(t - 1), std::int64_t{0}); // never backwards
    QCOMPARE(clock.skip_to(t + 5 * kS), 5 * kS);
    QCOMPARE(clock.now_ns(), t + 5 * kS);
    QCOMPARE(clock.skipped_ns(), 5 * kS);
    clock.thaw();
    QVERIFY(clock.now_ns() >= t + 5 * kS);
}

void TestEventLoop::postRunsInFifoOrder() {
    EventLoop loop;
    std::vector<std::string> log;
    std::vector<Logged> handles;
    for (const char* name : {"1", "2", "3", "4"})
        handles.push_back(log_on_resume(log, name));
    for (Logged& h : handles)
        loop.post(h.handle);
    QCOMPARE(loop.ready_count(), std::size_t{4});
    QVERIFY(log.empty());
    loop.run();
    QCOMPARE(log, (std::vector<std::string>{"1", "2", "3", "4"}));
    for (Logged& h : handles) {
        QVERIFY(h.handle.done());
        h.handle.destroy();
    }
}

void TestEventLoop::yieldInterleavesReadyCoroutines() {
    EventLoop loop;
    std::vector<std::string> log;
    Task<void> x, y;
    {
        EventLoop::ThreadScope scope(loop);
        x = yield_n(loop, "x", 3, log);
        y = yield_n(loop, "y", 3, log);
    }
    loop.run();
    QCOMPARE(log,
             (std::vector<std::string>{"x0", "y0", "x1", "y1", "x2", "y2", "x done", "y done"}));
}

void TestEventLoop::yieldingCoroutineDoesNotStarveTimers() {
    EventLoop loop(ClockMode::real);
    bool stop = false;
    int rounds = 0;
    Task<void> spinner, timer;
    {
        EventLoop::ThreadScope scope(loop);
        spinner = spin(loop, stop, rounds);
        timer = set_after(loop, 1 * kMs, stop);
    }
    loop.run(); // ends only if the timer fires while the spinner is always ready
    QVERIFY(stop);
    QVERIFY(rounds > 0);
    QVERIFY(spinner.is_completed() && timer.is_completed());
}

void TestEventLoop::fastForwardDrainsTimersAtOnce() {
    EventLoop loop(ClockMode::real); // would really sleep without fast-forward
    std::vector<std::string> log;
    std::vector<Task<void>> tasks;
    const std::int64_t t0 = loop.now_ns();
    {
        EventLoop::ThreadScope scope(loop);
        tasks.push_back(wake_at(loop, t0 + 20 * kS, "20s", log));
        tasks.push_back(wake_at(loop, t0 + 10 * kS, "10s", log));
        tasks.push_back(wake_at(loop, t0 + 30 * kS, "30s", log));
    }
    loop.set_fast_forward(true);
    const std::int64_t wall_start = wall_ns();
    loop.run();
    QVERIFY2(wall_ns() - wall_start < 2 * kS, "fast-forward waited in real time");
    QCOMPARE(log, (std::vector<std::string>{"10s", "20s", "30s"}));
    QVERIFY(loop.now_ns() - t0 >= 30 * kS); // the clock moved to each due time in turn
}

void TestEventLoop::runReturnsWhenIdle() {
    EventLoop loop;
    QVERIFY(!loop.run_once());
    loop.run();
    QCOMPARE(loop.ready_count(), std::size_t{0});
}

VTL_QTEST_APPLESS_MAIN(test_event_loop, TestEventLoop)
#include "test_event_loop.moc"
