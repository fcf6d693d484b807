// Payload: the cached value a workload's service returns, `payload_bytes` long.
//
// Up to inline_capacity bytes live inside the object (no heap), larger payloads own a heap
// buffer that every copy duplicates: returning a big value by value costs an allocation in
// C++, whichever strategy wraps it, and the counters show it. A 0-byte payload models a
// `bool` result ("is it cached?"): its value is just `true`, which is what lets .NET (and
// our Task result cache) complete it from a cached Task without allocating.
#pragma once

#include "vtl/task.hpp"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <utility>

namespace vtl::workload {

class Payload {
public:
    static constexpr std::uint32_t inline_capacity = 16;

    Payload() noexcept = default;
    // A payload for `key`: its bytes are a pattern derived from the key, so a wrong result
    // is detectable by content as well as by key.
    Payload(std::uint64_t key, std::uint32_t size)
        : key_(size == 0 ? 1 : key)
        , size_(size) {
        unsigned char* p = size_ > inline_capacity ? (heap_ = new unsigned char[size_]) : inline_;
        for (std::uint32_t i = 0; i < size_; ++i)
            p[i] = static_cast<unsigned char>(key_ + i);
    }
    Payload(const Payload& o)
        : key_(o.key_)
        , size_(o.size_) {
        if (size_ > inline_capacity) {
            heap_ = new unsigned char[size_];
            std::memcpy(heap_, o.heap_, size_);
        } else {
            std::memcpy(inline_, o.inline_, sizeof inline_);
        }
    }
    Payload(Payload&& o) noexcept
        : key_(o.key_)
        , size_(o.size_)
        , heap_(std::exchange(o.heap_, nullptr)) {
        std::memcpy(inline_, o.inline_, sizeof inline_);
        o.size_ = 0;
    }
    Payload& operator=(Payload o) noexcept {
        std::swap(key_, o.key_);
        std::swap(size_, o.size_);
        std::swap(heap_, o.heap_);
        unsigned char tmp[inline_capacity];
        std::memcpy(tmp, inline_, sizeof tmp);
        std::memcpy(inline_, o.inline_, sizeof tmp);
        std::memcpy(o.inline_, tmp, sizeof tmp);
        return *this;
    }
    ~Payload() { delete[] heap_; }

    // For a 0-byte payload the key is always 1: the bool `true`.
    std::uint64_t key() const noexcept { return key_; }
    std::uint32_t size() const noexcept { return size_; }
    const unsigned char* data() const noexcept { return heap_ != nullptr ? heap_ : inline_; }

    // Same key, same size, and the first byte of content agrees with the key.
    bool matches(std::uint64_t key, std::uint32_t size) const noexcept {
        const std::uint64_t expected = size == 0 ? 1 : key;
        return key_ == expected && size_ == size &&
               (size_ == 0 || data()[0] == static_cast<unsigned char>(expected));
    }

private:
    std::uint64_t key_ = 0;
    std::uint32_t size_ = 0;
    unsigned char* heap_ = nullptr;
    unsigned char inline_[inline_capacity] = {};
};

} // namespace vtl::workload

namespace vtl {
// A 0-byte payload is the bool `true`: it completes from a cached Task, as Task<bool> does.
template <>
struct TaskResultCache<workload::Payload> {
    static detail::TaskState<workload::Payload>* lookup(const workload::Payload& p) noexcept {
        if (p.size() != 0)
            return nullptr;
        static detail::ImmortalTaskState<workload::Payload> true_task{workload::Payload(1, 0)};
        return &true_task;
    }
};
} // namespace vtl

namespace vtl::workload {
// What a `task` cache hit asks operator new for: one completed Task state holding a Payload
// (Task<Payload>::from_result; none when the payload is 0 bytes, a cached bool). Shown in the
// strategy's tooltip; tests/models/test_strategy_names.cpp checks it against the allocation
// counter on the real hit path.
inline constexpr std::size_t task_hit_object_bytes = sizeof(vtl::detail::ReadyTaskState<Payload>);
} // namespace vtl::workload
