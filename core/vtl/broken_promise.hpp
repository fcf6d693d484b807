// BrokenPromise: thrown when an empty Task (default-constructed or moved-from) is awaited or
// asked for its status or result. An empty Task has no operation behind it, so there is
// nothing to wait for; cppcoro throws its `broken_promise` for the same misuse. (.NET has no
// counterpart: a Task variable there is null, and awaiting it throws NullReferenceException.)
#pragma once

#include <stdexcept>

namespace vtl {

class BrokenPromise : public std::logic_error {
public:
    BrokenPromise()
        : std::logic_error("BrokenPromise: this Task is empty (default-constructed or "
                           "moved-from) and has no operation to await or query") {}
};

} // namespace vtl
