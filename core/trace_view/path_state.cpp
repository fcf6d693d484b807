// PathState's queries: what the views ask of one picture of the paths.
#include "trace_view/path_animation_model.hpp"

#include <algorithm>

namespace vtl::trace_view {

using workload::Strategy;

const PathToken* PathState::token(Strategy s, std::uint64_t call) const noexcept {
    for (const auto& t : tokens)
        if (t.call == call && t.strategy == s)
            return &t;
    return nullptr;
}

const HeapBlock* PathState::block(std::uint64_t address) const noexcept {
    for (const auto& b : heap)
        if (!b.freed && b.address == address)
            return &b;
    return nullptr;
}

std::uint64_t PathState::live_heap_bytes() const noexcept {
    std::uint64_t total = 0;
    for (const auto& b : heap)
        if (!b.freed)
            total += b.bytes;
    return total;
}

std::size_t PathState::live_blocks() const noexcept {
    return static_cast<std::size_t>(
        std::count_if(heap.begin(), heap.end(), [](const HeapBlock& b) { return !b.freed; }));
}

} // namespace vtl::trace_view
