#include "workload/await_twice_lab.hpp"

#include "vtl/event_loop.hpp"
#include "vtl/invalid_operation_error.hpp"
#include "vtl/pooled_value_task_source.hpp"
#include "vtl/pooling_box.hpp"
#include "vtl/sync_wait.hpp"
#include "vtl/task.hpp"
#include "vtl/token_ignoring_source.hpp"

#include <atomic>
#include <chrono>
#include <thread>

namespace vtl::workload {

namespace {

using Source = PooledValueTaskSource<int>;
using Box = PoolingBox<int>;

constexpr int other_operation_value = 99;

// One real `co_await` of (a copy of) the ValueTask: copies share the operation, exactly as
// C# struct copies do.
Task<int> await_once(ValueTask<int> vt) {
    co_return co_await vt;
}

Task<int> await_task(Task<int> t) {
    co_return co_await t;
}

// A Task that completes asynchronously, on the loop.
Task<int> produce_later(EventLoop& loop, int value) {
    co_await loop.yield();
    co_return value;
}

// An `async ValueTask<int>` method with [AsyncMethodBuilder(PoolingAsyncValueTaskMethodBuilder<>)]
// that suspends once, then returns `value` (the C# program's Pooled.AfterAsync).
PoolingValueTask<int> pooling_after(PoolingBoxCache<int>& /*cache*/, EventLoop& loop, int value) {
    co_await loop.yield();
    co_return value;
}

// .NET's ValueTask<TResult>.Result (dotnet/runtime, src/libraries/System.Private.CoreLib/src/
// System/Threading/Tasks/ValueTask.cs): a result is returned; a Task goes through
// TaskAwaiter.ValidateEnd, which waits (blocks the thread) until the Task completes; a source's
// GetResult(token) is called at once — ManualResetValueTaskSourceCore.GetResult throws when
// the operation has not completed. The C++ ValueTask::result() never blocks, so the lab
// spells the Task branch out with sync_wait.
int dotnet_result(const ValueTask<int>& vt) {
    if (const Task<int>* t = vt.task())
        return sync_wait(*t);
    return vt.result();
}

class Recorder {
public:
    explicit Recorder(AwaitTwiceOutcome& out)
        : out_(out) {}

    LabFrame& frame(LabStep step, const ValueTask<int>& vt, std::int64_t value = 0,
                    std::int64_t count = 0) {
        LabFrame f;
        f.step = step;
        f.value = value;
        f.count = count;
        f.held = vt.kind();
        f.valuetask_token = vt.token();
        f.source = vt.kind() == ValueTaskKind::task ? SourceKind::task : SourceKind::none;
        out_.frames.push_back(f);
        return out_.frames.back();
    }

    static void show(LabFrame& f, const Source& s, int value_if_completed) {
        f.source = SourceKind::custom_source;
        f.slot = s.slot();
        f.source_version = s.version();
        f.source_completed = s.core().is_completed();
        f.source_value = f.source_completed ? value_if_completed : 0;
        f.holding = s.leased() ? Holding::leased : Holding::in_pool;
        f.source_rents = s.rents();
    }

    static void show(LabFrame& f, const Box& b, const PoolingBoxCache<int>& cache,
                     int value_if_completed) {
        f.source = SourceKind::pooling_box;
        f.slot = b.id();
        f.source_version = b.version();
        f.source_completed = b.core().is_completed();
        f.source_value = f.source_completed ? value_if_completed : 0;
        f.holding = cache.times_cached(b) > 0 ? Holding::in_cache : Holding::leased;
        f.source_rents = b.rents();
    }

    static void show(LabFrame& f, const TokenIgnoringSource<int>& s, bool leased,
                     int value_if_completed) {
        f.source = SourceKind::token_ignoring;
        f.slot = 0;
        f.source_version = s.version();
        f.source_completed = s.is_completed();
        f.source_value = f.source_completed ? value_if_completed : 0;
        f.holding = leased ? Holding::leased : Holding::in_pool;
        f.source_rents = s.rents();
    }

    void threw(const InvalidOperationError& e) {
        out_.outcome = LabOutcome::exception;
        out_.misuse = e.misuse();
        out_.presented_token = e.actual_token();
        out_.source_version = e.expected_token();
        out_.value.reset();
    }

    // The second await, for real; classifies what came back against the first await's value.
    void second_await(const ValueTask<int>& vt) {
        Task<int> second = await_once(vt);
        try {
            out_.value = second.result();
            out_.outcome =
                out_.value == out_.first_value ? LabOutcome::same_value : LabOutcome::wrong_value;
        } catch (const InvalidOperationError& e) {
            threw(e);
        }
    }

private:
    AwaitTwiceOutcome& out_;
};

void run_sync_result(AwaitTwiceOutcome& o, Recorder& rec) {
    o.expected_value = 41;
    const ValueTask<int> vt(41);
    rec.frame(LabStep::returned_result, vt, 41);
    o.first_value = await_once(vt).result();
    rec.frame(LabStep::first_await, vt, *o.first_value);
    rec.second_await(vt);
}

void run_task(AwaitTwiceOutcome& o, Recorder& rec) {
    o.expected_value = 42;
    EventLoop loop;
    const ValueTask<int> vt(produce_later(loop, 42));
    rec.frame(LabStep::returned_task, vt);
    o.first_value = run_until_complete(loop, await_once(vt));
    rec.frame(LabStep::first_await, vt, *o.first_value);
    rec.second_await(vt);
}

void run_pooling_builder(AwaitTwiceOutcome& o, Recorder& rec) {
    o.expected_value = 43;
    PoolingBoxCache<int> cache;
    EventLoop loop;
    const PoolingValueTask<int> op = pooling_after(cache, loop, 43);
    const ValueTask<int> vt = op;
    const Box& box = op.box();
    Recorder::show(rec.frame(LabStep::rented_box, vt), box, cache, 43);
    o.first_value = run_until_complete(loop, await_once(vt));
    Recorder::show(rec.frame(LabStep::first_await_box_reset, vt, *o.first_value), box, cache, 43);
    rec.second_await(vt);
}

// A hand-written source from a pool that resets a source when it is rented again. `reuses`
// other operations rent it between the awaits; the last completes with 99, left unread.
void run_custom_source(AwaitTwiceOutcome& o, Recorder& rec, std::uint64_t reuses) {
    o.expected_value = 43;
    ValueTaskSourcePool<int> pool;
    Source& s = pool.rent();
    const ValueTask<int> vt(s, s.version());
    Recorder::show(rec.frame(LabStep::rented_source, vt), s, 43);
    Task<int> first = await_once(vt); // suspends: the source is pending
    s.core().set_result(43);          // the backend answers; the awaiter resumes inline
    o.first_value = first.result();
    Recorder::show(rec.frame(LabStep::first_await_given_back, vt, *o.first_value), s, 43);

    for (std::uint64_t i = 0; i < reuses; ++i) {
        Source& again = pool.rent(); // LIFO: the very same source, version + 1
        const bool last = i + 1 == reuses;
        again.core().set_result(last ? other_operation_value : static_cast<int>(1000 + i % 1000));
        if (!last)
            (void)again.get_result(again.version()); // its owner reads it: back to the pool
        ++o.reuses_between;
    }
    if (reuses > 0) {
        o.other_operation_value = other_operation_value;
        LabFrame& f = rec.frame(reuses == 1 ? LabStep::other_rented : LabStep::many_rented, vt,
                                other_operation_value, static_cast<std::int64_t>(reuses));
        Recorder::show(f, s, other_operation_value);
        f.other_operation = true;
        f.other_value = other_operation_value;
        f.other_token = s.version();
    }
    rec.second_await(vt);
}

// WHAT-IF: the same with a hand-written source that ignores its token.
void run_token_ignored(AwaitTwiceOutcome& o, Recorder& rec) {
    o.expected_value = 43;
    TokenIgnoringSource<int> s;
    s.reset(); // operation A rents it
    bool leased = true;
    const ValueTask<int> vt(s, s.version());
    Recorder::show(rec.frame(LabStep::rented_source, vt), s, leased, 43);
    Task<int> first = await_once(vt);
    s.set_result(43);
    o.first_value = first.result();
    leased = false; // A's get_result handed it back (not reset: the pool resets on rent)
    Recorder::show(rec.frame(LabStep::first_await_given_back, vt, *o.first_value), s, leased, 43);

    s.reset(); // operation B rents it: version + 1
    leased = true;
    s.set_result(other_operation_value);
    o.reuses_between = 1;
    o.other_operation_value = other_operation_value;
    LabFrame& f = rec.frame(LabStep::other_rented, vt, other_operation_value, 1);
    Recorder::show(f, s, leased, other_operation_value);
    f.other_operation = true;
    f.other_value = other_operation_value;
    f.other_token = s.version();
    rec.second_await(vt);
}

void run_result_before_completion_source(AwaitTwiceOutcome& o, Recorder& rec) {
    o.expected_value = 44;
    ValueTaskSourcePool<int> pool;
    Source& s = pool.rent();
    const ValueTask<int> vt(s, s.version());
    Recorder::show(rec.frame(LabStep::rented_source, vt), s, 44);
    try {
        o.value = dotnet_result(vt);
        o.outcome = LabOutcome::works;
    } catch (const InvalidOperationError& e) {
        rec.threw(e);
    }
    Recorder::show(rec.frame(LabStep::result_read_pending, vt), s, 44);
    s.core().set_result(44); // completes afterwards; the source is still A's
}

void run_result_before_completion_task(AwaitTwiceOutcome& o, Recorder& rec) {
    using Clock = std::chrono::steady_clock;
    o.expected_value = 44;
    ValueTaskSourcePool<int> pool;
    Source& s = pool.rent();
    // A Task<int> that another thread completes: the Task awaits the pending source.
    Task<int> backend = await_once(ValueTask<int>(s, s.version()));
    const ValueTask<int> vt(backend);
    constexpr auto delay = std::chrono::milliseconds(60);
    rec.frame(LabStep::returned_task, vt, 0, delay.count());
    const bool pending_at_call = !backend.is_completed();
    std::atomic<Clock::rep> completed_at{0};
    const auto start = Clock::now();
    std::thread completer([&] {
        std::this_thread::sleep_for(delay);
        completed_at.store((Clock::now() - start).count(), std::memory_order_release);
        s.core().set_result(44); // resumes the Task's coroutine on this thread
    });
    int value = 0;
    try {
        value = dotnet_result(vt); // .NET's .Result: waits for the Task
    } catch (const InvalidOperationError& e) {
        rec.threw(e);
    }
    const auto returned_at = (Clock::now() - start).count();
    completer.join();
    if (o.misuse)
        return;
    o.value = value;
    o.blocked_ns =
        std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::duration(returned_at)).count();
    // Blocked: the Task was pending when .Result was read, and .Result returned only after
    // the other thread completed it.
    o.outcome = pending_at_call && returned_at >= completed_at.load(std::memory_order_acquire)
                    ? LabOutcome::blocked
                    : LabOutcome::works;
    rec.frame(LabStep::result_waits, vt, value, o.blocked_ns / 1'000'000);
}

void run_concurrent_awaits(AwaitTwiceOutcome& o, Recorder& rec) {
    o.expected_value = 45;
    ValueTaskSourcePool<int> pool;
    Source& s = pool.rent();
    const ValueTask<int> vt(s, s.version());
    Recorder::show(rec.frame(LabStep::rented_source, vt), s, 45);
    Task<int> a = await_once(vt); // registers its continuation: pending
    Recorder::show(rec.frame(LabStep::first_continuation, vt), s, 45);
    Task<int> b = await_once(vt); // a second registration on the same operation
    Recorder::show(rec.frame(LabStep::second_continuation, vt), s, 45);
    s.core().set_result(45); // resumes the first awaiter inline
    try {
        (void)b.result();
        o.outcome = LabOutcome::works;
    } catch (const InvalidOperationError& e) {
        rec.threw(e);
    }
    o.first_value = a.result();
    o.value = o.first_value; // as the C# program: the first awaiter's value
}

void run_as_task_many_awaits(AwaitTwiceOutcome& o, Recorder& rec) {
    o.expected_value = 43;
    PoolingBoxCache<int> cache;
    EventLoop loop;
    const PoolingValueTask<int> op = pooling_after(cache, loop, 43);
    const ValueTask<int> vt = op;
    Recorder::show(rec.frame(LabStep::rented_box, vt), op.box(), cache, 43);
    const Task<int> t = vt.as_task();
    Recorder::show(rec.frame(LabStep::as_task_called, vt), op.box(), cache, 43);
    try {
        for (int i = 0; i < 3; ++i)
            o.values.push_back(run_until_complete(loop, await_task(t)));
        o.value = o.values.back();
        bool all = true;
        for (int v : o.values)
            all = all && v == o.expected_value;
        o.outcome = all ? LabOutcome::works : LabOutcome::wrong_value;
    } catch (const InvalidOperationError& e) {
        rec.threw(e);
    }
    rec.frame(LabStep::task_awaited, ValueTask<int>(t), o.value.value_or(0),
              static_cast<std::int64_t>(o.values.size()));
}

void run_as_task_twice(AwaitTwiceOutcome& o, Recorder& rec) {
    o.expected_value = 43;
    PoolingBoxCache<int> cache;
    EventLoop loop;
    const PoolingValueTask<int> op = pooling_after(cache, loop, 43);
    const ValueTask<int> vt = op;
    Recorder::show(rec.frame(LabStep::rented_box, vt), op.box(), cache, 43);
    const Task<int> t1 = vt.as_task(); // pending: its coroutine awaits the box
    o.first_value = run_until_complete(loop, await_task(t1));
    Recorder::show(rec.frame(LabStep::as_task_called, vt, *o.first_value, 1), op.box(), cache, 43);
    // .NET's second AsTask() throws from GetStatus(token) inside AsTask() itself
    // (ValueTask.cs, GetTaskForValueTaskSource); the C++ as_task() runs a coroutine, so the
    // same InvalidOperationError comes out of the Task it returns, already faulted.
    try {
        const Task<int> t2 = vt.as_task();
        o.value = t2.result();
        o.outcome = o.value == o.first_value ? LabOutcome::same_value : LabOutcome::wrong_value;
    } catch (const InvalidOperationError& e) {
        rec.threw(e);
    }
}

void run_preserve(AwaitTwiceOutcome& o, Recorder& rec) {
    o.expected_value = 43;
    PoolingBoxCache<int> cache;
    EventLoop loop;
    const PoolingValueTask<int> op = pooling_after(cache, loop, 43);
    const ValueTask<int> vt = op;
    Recorder::show(rec.frame(LabStep::rented_box, vt), op.box(), cache, 43);
    const ValueTask<int> preserved = vt.preserve();
    rec.frame(LabStep::preserved, preserved);
    try {
        o.values.push_back(run_until_complete(loop, await_once(preserved)));
        o.values.push_back(run_until_complete(loop, await_once(preserved)));
        o.first_value = o.values.front();
        o.value = o.values.back();
        o.outcome =
            o.values[0] == 43 && o.values[1] == 43 ? LabOutcome::works : LabOutcome::wrong_value;
    } catch (const InvalidOperationError& e) {
        rec.threw(e);
    }
    rec.frame(LabStep::task_awaited, preserved, o.value.value_or(0),
              static_cast<std::int64_t>(o.values.size()));
}

void run_unconsumed_pooled(AwaitTwiceOutcome& o, Recorder& rec) {
    constexpr std::size_t capacity = 4;
    constexpr int operations = 5;
    o.pool_capacity = capacity;
    ValueTaskSourcePool<int> pool;
    std::vector<ValueTask<int>> never_awaited;
    auto pool_frame = [&](LabStep step, std::int64_t count) {
        const ValueTask<int> last =
            never_awaited.empty() ? ValueTask<int>(0) : never_awaited.back();
        LabFrame& f = rec.frame(step, last, 0, count);
        const std::size_t leased = pool.size() - pool.available();
        f.pool_leased = leased;
        f.pool_free = capacity > leased ? capacity - leased : 0;
        f.pool_capacity = capacity;
        if (!never_awaited.empty())
            Recorder::show(f, pool.at(pool.size() - 1), 50 + static_cast<int>(count) - 1);
    };
    pool_frame(LabStep::pool_created, static_cast<std::int64_t>(capacity));
    for (int i = 0; i < operations; ++i) {
        // A bounded pool of `capacity` has nothing left to hand out: it must allocate.
        if (pool.available() == 0 && pool.size() >= capacity)
            ++o.allocated_past_capacity;
        Source& s = pool.rent();
        never_awaited.emplace_back(s, s.version());
        s.core().set_result(50 + i); // completed, but nobody ever awaits or reads it
        if (static_cast<std::size_t>(i + 1) == capacity || i + 1 == operations)
            pool_frame(LabStep::rented_unconsumed, i + 1);
    }
    o.leased_at_end = pool.size() - pool.available();
    o.value = static_cast<int>(o.leased_at_end);
    o.outcome = o.leased_at_end > 0 ? LabOutcome::source_leaked : LabOutcome::works;
}

} // namespace

AwaitTwiceOutcome run_await_twice_case(AwaitTwiceCase c) {
    AwaitTwiceOutcome o;
    o.which = c;
    Recorder rec(o);
    switch (c) {
    case AwaitTwiceCase::sync_result:
        run_sync_result(o, rec);
        break;
    case AwaitTwiceCase::task:
        run_task(o, rec);
        break;
    case AwaitTwiceCase::pooling_builder:
        run_pooling_builder(o, rec);
        break;
    case AwaitTwiceCase::custom_source_not_reused:
        run_custom_source(o, rec, 0);
        break;
    case AwaitTwiceCase::custom_source_reused:
        run_custom_source(o, rec, 1);
        break;
    case AwaitTwiceCase::token_ignored:
        run_token_ignored(o, rec);
        break;
    case AwaitTwiceCase::token_wrapped:
        run_custom_source(o, rec, 65'536);
        break;
    case AwaitTwiceCase::result_before_completion_source:
        run_result_before_completion_source(o, rec);
        break;
    case AwaitTwiceCase::result_before_completion_task:
        run_result_before_completion_task(o, rec);
        break;
    case AwaitTwiceCase::concurrent_awaits:
        run_concurrent_awaits(o, rec);
        break;
    case AwaitTwiceCase::as_task_many_awaits:
        run_as_task_many_awaits(o, rec);
        break;
    case AwaitTwiceCase::as_task_twice:
        run_as_task_twice(o, rec);
        break;
    case AwaitTwiceCase::preserve:
        run_preserve(o, rec);
        break;
    case AwaitTwiceCase::unconsumed_pooled:
        run_unconsumed_pooled(o, rec);
        break;
    }
    // The final frame: the state last seen, and the outcome.
    LabFrame last = o.frames.empty() ? LabFrame{} : o.frames.back();
    last.step = LabStep::outcome;
    o.frames.push_back(last);
    return o;
}

std::vector<AwaitTwiceOutcome> run_await_twice_lab() {
    std::vector<AwaitTwiceOutcome> out;
    for (AwaitTwiceCase c : all_await_twice_cases)
        out.push_back(run_await_twice_case(c));
    return out;
}

} // namespace vtl::workload
