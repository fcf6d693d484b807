// Storage for an operation's outcome: nothing yet, a value, or an exception. Shared by Task
// states and source cores; the void specialisation stores only the "has value" flag.
#pragma once

#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

namespace vtl::detail {

template <class T>
class ResultSlot {
public:
    template <class U>
    void set_value(U&& v) {
        value_.emplace(std::forward<U>(v));
    }
    void set_exception(std::exception_ptr e) noexcept { error_ = std::move(e); }
    bool has_error() const noexcept { return error_ != nullptr; }
    // Copies: a Task result may be read by any number of awaiters.
    T get() const {
        if (error_)
            std::rethrow_exception(error_);
        return *value_;
    }
    void clear() noexcept {
        value_.reset();
        error_ = nullptr;
    }

private:
    std::optional<T> value_;
    std::exception_ptr error_;
};

template <>
class ResultSlot<void> {
public:
    void set_value() noexcept {}
    void set_exception(std::exception_ptr e) noexcept { error_ = std::move(e); }
    bool has_error() const noexcept { return error_ != nullptr; }
    void get() const {
        if (error_)
            std::rethrow_exception(error_);
    }
    void clear() noexcept { error_ = nullptr; }

private:
    std::exception_ptr error_;
};

} // namespace vtl::detail
