// IValueTaskSource<T>: the interface behind a ValueTask that neither holds a result nor a Task.
// Mirrors System.Threading.Tasks.Sources.IValueTaskSource<TResult>; the 16-bit token is the
// operation's identity, so a recycled source can tell a current awaiter from a stale one.
#pragma once

#include <coroutine>
#include <cstdint>

namespace vtl {

enum class ValueTaskSourceStatus : std::uint8_t { pending, succeeded, faulted };

template <class T>
class IValueTaskSource {
public:
    virtual ValueTaskSourceStatus get_status(std::uint16_t token) = 0;
    // Returns the result (or throws the stored exception). A pooled source may recycle itself
    // here: after get_result() the caller must not touch the operation again.
    virtual T get_result(std::uint16_t token) = 0;
    // Registers `continuation` to be resumed once the operation completes and returns true.
    // Returns false without registering when the operation has already completed; the awaiter
    // (ValueTask's await_suspend returning false) then resumes at once on the same thread.
    //
    // Not what .NET does. ManualResetValueTaskSourceCore<TResult>.OnCompleted (dotnet/runtime
    // src/libraries/System.Private.CoreLib/src/System/Threading/Tasks/Sources/
    // ManualResetValueTaskSourceCore.cs) never runs a continuation registered on an already
    // completed operation inline: it *queues* it — ThreadPool.UnsafeQueueUserWorkItem (or
    // QueueUserWorkItem when an ExecutionContext was captured), SynchronizationContext.Post
    // when a context was captured, or Task.Factory.StartNew on a captured TaskScheduler.
    // (The race is rare in .NET: the awaiter checks IsCompleted first and only calls
    // OnCompleted for an operation that was pending a moment earlier.)
    // Why the C++ core differs: a coroutine that is not suspended yet needs no scheduling —
    // await_suspend returning false resumes it without a queue hop (the core has no thread
    // pool to queue to). The other inline option, resuming it from inside the registration,
    // nests one stack frame per such await, and a loop of them overflows the stack at -O0
    // and under ASan (tests/core/test_stack_depth.cpp); g++ 12 cannot be relied on to turn
    // symmetric transfer into a tail call either. The observable difference: in .NET the
    // continuation runs later, from the thread pool or context; here it runs immediately.
    virtual bool on_completed(std::coroutine_handle<> continuation, std::uint16_t token) = 0;

protected:
    ~IValueTaskSource() = default;
};

} // namespace vtl
