// Sources completed on another std::thread: every completion resumes its awaiter exactly once,
// with the right value, and on the EventLoop thread the await started on. No sleeps: the two
// threads hand operations over through a mutex and condition variable.
#include "harness/qtest_suite.hpp"
#include <QTest>

#include "test_support.hpp"
#include "vtl/event_loop.hpp"
#include "vtl/pooled_value_task_source.hpp"
#include "vtl/sync_wait.hpp"

#include <condition_variable>
#include <mutex>
#include <thread>

using vtl::EventLoop;
using vtl::Task;
using vtl::ValueTask;

namespace {

constexpr int kOperations = 100'000;

// One operation at a time goes from the loop thread to the producer thread.
template <class Core>
class Producer {
public:
    Producer()
        : thread_([this] { run(); }) {}
    ~Producer() {
        {
            std::lock_guard lock(mutex_);
            stop_ = true;
        }
        cv_.notify_one();
        thread_.join();
    }

    void complete_later(Core& core, int value) {
        {
            std::lock_guard lock(mutex_);
            core_ = &core;
            value_ = value;
        }
        cv_.notify_one();
    }

    std::thread::id id() const { return thread_.get_id(); }

private:
    void run() {
        for (;;) {
            Core* core;
            int value;
            {
                std::unique_lock lock(mutex_);
                cv_.wait(lock, [this] { return core_ != nullptr || stop_; });
                if (core_ == nullptr)
                    return;
                core = std::exchange(core_, nullptr);
                value = value_;
            }
            // The awaiter may recycle the source as soon as this returns: no later touch.
            core->set_result(value);
        }
    }

    std::mutex mutex_;
    std::condition_variable cv_;
    Core* core_ = nullptr;
    int value_ = 0;
    bool stop_ = false;
    std::thread thread_; // last: starts after the members it uses exist
};

struct Report {
    int completed = 0;
    int wrong_values = 0;
    int wrong_threads = 0;
};

// Rents a pooled source per operation (the give-back happens in the consuming await).
Task<void> consume_pooled(EventLoop& loop, Producer<vtl::ManualResetValueTaskSourceCore<int>>& p,
                          Report& report) {
    vtl::ValueTaskSourcePool<int> pool;
    const std::thread::id loop_thread = std::this_thread::get_id();
    for (int i = 0; i < kOperations; ++i) {
        auto& source = pool.rent();
        const ValueTask<int> vt(source, source.version());
        p.complete_later(source.core(), i * 3 + 1);
        const int v = co_await vt;
        report.wrong_values += v != i * 3 + 1;
        report.wrong_threads += std::this_thread::get_id() != loop_thread;
        ++report.completed;
    }
    report.wrong_values += pool.size() != 1; // every source came back before the next rent
    loop.remove_pending_external();
}

// One stand-alone core, reset by the consumer before each operation.
Task<void> consume_manual(EventLoop& loop, Producer<vtl::ManualResetValueTaskSourceCore<int>>& p,
                          Report& report) {
    vtl_test::ManualSource<int> source;
    const std::thread::id loop_thread = std::this_thread::get_id();
    for (int i = 0; i < kOperations; ++i) {
        source.core().reset();
        const ValueTask<int> vt = source.value_task();
        p.complete_later(source.core(), i ^ 0x5a5a);
        const int v = co_await vt;
        report.wrong_values += v != (i ^ 0x5a5a);
        report.wrong_threads += std::this_thread::get_id() != loop_thread;
        ++report.completed;
    }
    loop.remove_pending_external();
}

// Awaited with no loop on the thread, the continuation runs inline on the completing thread.
Task<void> consume_without_loop(Producer<vtl::ManualResetValueTaskSourceCore<int>>& p,
                                std::thread::id& resumed_on, int& value) {
    vtl_test::ManualSource<int> source;
    const ValueTask<int> vt = source.value_task();
    p.complete_later(source.core(), 9);
    value = co_await vt;
    resumed_on = std::this_thread::get_id();
}

} // namespace

class TestCrossThread : public QObject {
    Q_OBJECT
private slots:
    void pooledSourceCompletedFromAnotherThread();
    void manualCoreCompletedFromAnotherThread();
    void withoutALoopTheContinuationRunsOnTheProducer();
};

void TestCrossThread::pooledSourceCompletedFromAnotherThread() {
    Producer<vtl::ManualResetValueTaskSourceCore<int>> producer;
    EventLoop loop(vtl::ClockMode::real);
    loop.add_pending_external(); // completions will arrive from the producer thread
    Report report;
    // Started inside the loop (the callable form), so even the first await comes back to it.
    vtl::run_until_complete(loop, [&] { return consume_pooled(loop, producer, report); });
    QCOMPARE(report.completed, kOperations);
    QCOMPARE(report.wrong_values, 0);
    QCOMPARE(report.wrong_threads, 0);
}

void TestCrossThread::manualCoreCompletedFromAnotherThread() {
    Producer<vtl::ManualResetValueTaskSourceCore<int>> producer;
    EventLoop loop; // skip-idle must still wait for external work
    loop.add_pending_external();
    Report report;
    vtl::run_until_complete(loop, [&] { return consume_manual(loop, producer, report); });
    QCOMPARE(report.completed, kOperations);
    QCOMPARE(report.wrong_values, 0);
    QCOMPARE(report.wrong_threads, 0);
}

void TestCrossThread::withoutALoopTheContinuationRunsOnTheProducer() {
    Producer<vtl::ManualResetValueTaskSourceCore<int>> producer;
    std::thread::id resumed_on;
    int value = 0;
    vtl::sync_wait(consume_without_loop(producer, resumed_on, value));
    QCOMPARE(value, 9);
    // Either the producer completed first (the await did not suspend: this thread) or it
    // resumed the suspended coroutine itself (its thread); never a third thread.
    QVERIFY(resumed_on == std::this_thread::get_id() || resumed_on == producer.id());
}

VTL_QTEST_APPLESS_MAIN(test_cross_thread, TestCrossThread)
#include "test_cross_thread.moc"
