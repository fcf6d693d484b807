// The exception .NET throws as InvalidOperationException when a ValueTask or its source is
// misused. The message names the misuse so a learner can tell the four cases apart.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace vtl {

enum class Misuse : std::uint8_t {
    stale_token,         // the token no longer matches the source's version (source was reset)
    result_not_ready,    // get_result() before the operation completed
    second_continuation, // a second awaiter tried to register on the same operation
    second_completion,   // set_result()/set_exception() called twice without reset()
};

inline const char* to_string(Misuse m) noexcept {
    switch (m) {
    case Misuse::stale_token:
        return "stale token";
    case Misuse::result_not_ready:
        return "result read before completion";
    case Misuse::second_continuation:
        return "second continuation";
    case Misuse::second_completion:
        return "second completion";
    }
    return "unknown misuse";
}

class InvalidOperationError : public std::logic_error {
public:
    InvalidOperationError(Misuse misuse, std::uint16_t expected_token, std::uint16_t actual_token)
        : std::logic_error(describe(misuse, expected_token, actual_token))
        , misuse_(misuse)
        , expected_(expected_token)
        , actual_(actual_token) {}

    Misuse misuse() const noexcept { return misuse_; }
    // The source's current version, and the token the caller presented.
    std::uint16_t expected_token() const noexcept { return expected_; }
    std::uint16_t actual_token() const noexcept { return actual_; }

private:
    static std::string describe(Misuse m, std::uint16_t expected, std::uint16_t actual) {
        std::string s = "InvalidOperationError: ";
        s += to_string(m);
        switch (m) {
        case Misuse::stale_token:
            s += " (the source was reset and reused: token " + std::to_string(actual) +
                 ", source version " + std::to_string(expected) + ")";
            break;
        case Misuse::result_not_ready:
            s += " (the operation with token " + std::to_string(actual) + " has not completed)";
            break;
        case Misuse::second_continuation:
            s += " (operation with token " + std::to_string(actual) +
                 " is already awaited; a ValueTask may be awaited only once)";
            break;
        case Misuse::second_completion:
            s += " (operation version " + std::to_string(expected) +
                 " already completed; call reset() first)";
            break;
        }
        return s;
    }

    Misuse misuse_;
    std::uint16_t expected_;
    std::uint16_t actual_;
};

} // namespace vtl
