#include "workload/await_twice_lab.hpp"

#include "vtl/event_loop.hpp"
#include "vtl/invalid_operation_error.hpp"
#include "vtl/pooled_value_task_source.hpp"
#include "vtl/sync_wait.hpp"
#include "vtl/task.hpp"

#include <string>

namespace vtl::workload {

const char* to_string(AwaitTwiceCase c) noexcept {
    switch (c) {
    case AwaitTwiceCase::sync_result:
        return "sync_result";
    case AwaitTwiceCase::task:
        return "task";
    case AwaitTwiceCase::pooled_not_reset:
        return "pooled_not_reset";
    case AwaitTwiceCase::pooled_reused:
        return "pooled_reused";
    case AwaitTwiceCase::token_check_off:
        return "token_check_off";
    case AwaitTwiceCase::token_wrapped:
        return "token_wrapped";
    }
    return "?";
}

const char* title(AwaitTwiceCase c) noexcept {
    switch (c) {
    case AwaitTwiceCase::sync_result:
        return "Synchronous result";
    case AwaitTwiceCase::task:
        return "Wrapped Task";
    case AwaitTwiceCase::pooled_not_reset:
        return "Pooled source, not yet reused";
    case AwaitTwiceCase::pooled_reused:
        return "Pooled source, reused by another operation";
    case AwaitTwiceCase::token_check_off:
        return "Reused source, token check off";
    case AwaitTwiceCase::token_wrapped:
        return "Token wrapped after 65,536 reuses";
    }
    return "?";
}

const char* to_string(SecondAwaitResult r) noexcept {
    switch (r) {
    case SecondAwaitResult::same_value:
        return "same_value";
    case SecondAwaitResult::exception:
        return "exception";
    case SecondAwaitResult::wrong_value:
        return "wrong_value";
    }
    return "?";
}

namespace {

using Source = PooledValueTaskSource<int>;

// One real `co_await` of (a copy of) the ValueTask: copies share the operation, exactly as
// C# struct copies do.
Task<int> await_once(ValueTask<int> vt) {
    co_return co_await vt;
}

// A Task that completes asynchronously, on the loop.
Task<int> produce_later(EventLoop& loop, int value) {
    co_await loop.yield();
    co_return value;
}

// Short enough for a lane card on a projector: "completed: 43 · in the pool".
std::string source_state(const Source& s, int value_if_completed) {
    std::string state = s.core().is_completed() ? "completed: " + std::to_string(value_if_completed)
                                                : std::string("pending");
    state += s.leased() ? " · leased" : " · in the pool";
    return state;
}

class CaseRecorder {
public:
    explicit CaseRecorder(AwaitTwiceOutcome& out)
        : out_(out) {}

    void frame(std::string caption, const ValueTask<int>& vt, const Source* s = nullptr,
               int source_value = 0, std::string other = {}) {
        LabFrame f;
        f.caption = std::move(caption);
        f.held = vt.kind();
        f.valuetask_token = vt.token();
        if (s != nullptr) {
            f.has_source = true;
            f.pool_slot = s->slot();
            f.source_version = s->version();
            f.source_state = source_state(*s, source_value);
            f.source_rents = s->rents();
        }
        f.other_operation = std::move(other);
        out_.frames.push_back(std::move(f));
    }

    // The second await, for real; classifies what came back.
    void second_await(const ValueTask<int>& vt) {
        Task<int> second = await_once(vt);
        try {
            out_.second_await_value = second.result();
            out_.result = out_.second_await_value == out_.expected_value
                              ? SecondAwaitResult::same_value
                              : SecondAwaitResult::wrong_value;
        } catch (const InvalidOperationError& e) {
            out_.result = SecondAwaitResult::exception;
            out_.exception_message = e.what();
        }
    }

private:
    AwaitTwiceOutcome& out_;
};

std::string second_caption(const AwaitTwiceOutcome& o) {
    switch (o.result) {
    case SecondAwaitResult::same_value:
        return "Second await returns " + std::to_string(o.second_await_value) +
               ": the same value, by accident.";
    case SecondAwaitResult::exception:
        return "Second await throws: " + o.exception_message;
    case SecondAwaitResult::wrong_value:
        return "Second await returns " + std::to_string(o.second_await_value) + " instead of " +
               std::to_string(o.expected_value) +
               ": another operation's result, and nothing says so.";
    }
    return {};
}

void run_sync_result(AwaitTwiceOutcome& o, CaseRecorder& rec) {
    o.expected_value = 41;
    const ValueTask<int> vt(41);
    rec.frame("The cache hit returns ValueTask(41): the result lives inside the ValueTask.", vt);
    o.first_await_value = await_once(vt).result();
    rec.frame("First await returns " + std::to_string(o.first_await_value) + ".", vt);
    rec.second_await(vt);
}

void run_task(AwaitTwiceOutcome& o, CaseRecorder& rec) {
    o.expected_value = 42;
    EventLoop loop;
    const ValueTask<int> vt(produce_later(loop, 42));
    rec.frame("The miss returns ValueTask(Task): the Task is pending on the event loop.", vt);
    o.first_await_value = run_until_complete(loop, await_once(vt));
    rec.frame("First await returns " + std::to_string(o.first_await_value) +
                  ". The Task keeps its result for every awaiter.",
              vt);
    rec.second_await(vt);
}

// Cases on a pooled source. `reuses` other operations rent the source between the awaits;
// the last one completes with `other_value` and is left unread by its owner.
void run_pooled(AwaitTwiceOutcome& o, CaseRecorder& rec, bool token_check, std::uint64_t reuses) {
    o.expected_value = 43;
    ValueTaskSourcePool<int> pool;
    pool.set_token_check(token_check);
    Source& s = pool.rent();
    const ValueTask<int> vt(s, s.version());
    rec.frame(std::string("Operation A rents source slot ") + std::to_string(s.slot()) +
                  " and returns ValueTask(source, token " + std::to_string(s.version()) + ")." +
                  (token_check ? "" : " Token checking is OFF."),
              vt, &s);
    Task<int> first = await_once(vt); // suspends: the source is pending
    s.core().set_result(43);          // the backend answers; the awaiter resumes inline
    o.first_await_value = first.result();
    rec.frame("First await returns " + std::to_string(o.first_await_value) +
                  "; get_result() gave the source back to the pool.",
              vt, &s, 43);

    const int other_value = 99;
    for (std::uint64_t i = 0; i < reuses; ++i) {
        Source& again = pool.rent(); // LIFO: the very same source, version + 1
        const bool last = i + 1 == reuses;
        const int value = last ? other_value : static_cast<int>(1000 + i % 1000);
        again.core().set_result(value);
        if (!last)
            (void)again.get_result(again.version()); // its owner reads it: back to the pool
        ++o.reuses_between;
    }
    if (reuses > 0) {
        o.other_operation_value = other_value;
        const std::string other = "operation B (rent #" + std::to_string(s.rents()) + ", token " +
                                  std::to_string(s.version()) + ") completed with " +
                                  std::to_string(other_value) + ", not yet read by its owner";
        rec.frame(reuses == 1 ? "Operation B rents the same source: reset, version " +
                                    std::to_string(s.version()) + "."
                              : std::to_string(reuses) +
                                    " more operations rented the source; the 16-bit version "
                                    "wrapped back to " +
                                    std::to_string(s.version()) + ".",
                  vt, &s, other_value, other);
    }
    rec.second_await(vt);
}

} // namespace

AwaitTwiceOutcome run_await_twice_case(AwaitTwiceCase c) {
    AwaitTwiceOutcome o;
    o.which = c;
    CaseRecorder rec(o);
    switch (c) {
    case AwaitTwiceCase::sync_result:
        run_sync_result(o, rec);
        break;
    case AwaitTwiceCase::task:
        run_task(o, rec);
        break;
    case AwaitTwiceCase::pooled_not_reset:
        run_pooled(o, rec, true, 0);
        break;
    case AwaitTwiceCase::pooled_reused:
        run_pooled(o, rec, true, 1);
        break;
    case AwaitTwiceCase::token_check_off:
        run_pooled(o, rec, false, 1);
        break;
    case AwaitTwiceCase::token_wrapped:
        run_pooled(o, rec, true, 65'536);
        break;
    }
    // The final frame shows the state after the second await, from the same live objects'
    // last recorded view plus the outcome.
    LabFrame last = o.frames.empty() ? LabFrame{} : o.frames.back();
    last.caption = second_caption(o);
    o.frames.push_back(std::move(last));
    return o;
}

std::vector<AwaitTwiceOutcome> run_await_twice_lab() {
    std::vector<AwaitTwiceOutcome> out;
    for (AwaitTwiceCase c : all_await_twice_cases)
        out.push_back(run_await_twice_case(c));
    return out;
}

} // namespace vtl::workload
