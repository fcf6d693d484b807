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
    // then continues inline. (.NET invokes the continuation itself in that race; returning
    // false instead keeps the stack flat however many times it happens in a row.)
    virtual bool on_completed(std::coroutine_handle<> continuation, std::uint16_t token) = 0;

protected:
    ~IValueTaskSource() = default;
};

} // namespace vtl
