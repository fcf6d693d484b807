#include "vtl/frame_pool.hpp"

#include <algorithm>
#include <atomic>
#include <new>
#include <thread>

#if defined(__linux__)
#include <sched.h>
#endif

namespace vtl {
namespace {

struct FreeBlock {
    FreeBlock* next;
};

struct ThreadFreeLists {
    FreeBlock* heads[FramePool::size_classes] = {};
    std::size_t cached = 0;

    ~ThreadFreeLists() {
        for (FreeBlock*& head : heads) {
            while (head != nullptr) {
                FreeBlock* next = head->next;
                ::operator delete(head);
                head = next;
            }
        }
    }
};

thread_local ThreadFreeLists t_lists;

std::size_t class_of(std::size_t bytes) noexcept {
    return (bytes + FramePool::granularity - 1) / FramePool::granularity - 1;
}

} // namespace

void* FramePool::allocate(std::size_t bytes) {
    const std::size_t c = class_of(bytes);
    if (c >= size_classes)
        return ::operator new(bytes);
    ThreadFreeLists& lists = t_lists;
    if (FreeBlock* block = lists.heads[c]) {
        lists.heads[c] = block->next;
        --lists.cached;
        return block;
    }
    return ::operator new((c + 1) * granularity);
}

void FramePool::deallocate(void* p, std::size_t bytes) noexcept {
    const std::size_t c = class_of(bytes);
    if (c >= size_classes) {
        ::operator delete(p);
        return;
    }
    ThreadFreeLists& lists = t_lists;
    auto* block = static_cast<FreeBlock*>(p);
    block->next = lists.heads[c];
    lists.heads[c] = block;
    ++lists.cached;
}

std::size_t FramePool::cached_blocks() noexcept {
    return t_lists.cached;
}

// ---- BoxCache: .NET's per-thread + per-core box cache ---------------------------------------

namespace {

std::size_t box_class_of(std::size_t bytes) noexcept {
    return class_of(bytes);
}

std::size_t block_bytes(std::size_t c) noexcept {
    return (c + 1) * FramePool::granularity;
}

// One row of slots per core, a cache line apart like .NET's PaddedReference elements.
struct alignas(64) CoreRow {
    std::atomic<void*> slot[FramePool::size_classes] = {};
};

struct CoreSlots {
    std::size_t count;
    CoreRow* rows;
    CoreSlots()
        : count(std::max(1u, std::thread::hardware_concurrency()))
        , rows(new CoreRow[count]) {}
    // Process lifetime, like .NET's static s_perCoreCache: never freed.
};

CoreSlots& core_slots_table() {
    static CoreSlots table;
    return table;
}

// Thread.GetCurrentProcessorId() % Environment.ProcessorCount.
CoreRow& current_core_row() {
    CoreSlots& t = core_slots_table();
    int cpu = 0;
#if defined(__linux__)
    cpu = ::sched_getcpu();
#endif
    const std::size_t i = cpu > 0 ? static_cast<std::size_t>(cpu) % t.count : 0;
    return t.rows[i];
}

struct ThreadBoxSlots {
    void* slot[FramePool::size_classes] = {};
    ~ThreadBoxSlots() {
        for (void*& p : slot)
            if (p != nullptr)
                ::operator delete(p);
    }
};

thread_local ThreadBoxSlots t_box_slots;

} // namespace

void* BoxCache::allocate(std::size_t bytes) {
    const std::size_t c = box_class_of(bytes);
    if (c >= FramePool::size_classes)
        return ::operator new(bytes);
    // RentFromCache: the thread slot, else the current core's slot, else a new box.
    if (void* p = t_box_slots.slot[c]) {
        t_box_slots.slot[c] = nullptr;
        return p;
    }
    std::atomic<void*>& core = current_core_row().slot[c];
    if (core.load(std::memory_order_relaxed) != nullptr)
        if (void* p = core.exchange(nullptr, std::memory_order_acquire))
            return p;
    return ::operator new(block_bytes(c));
}

void BoxCache::deallocate(void* p, std::size_t bytes) noexcept {
    const std::size_t c = box_class_of(bytes);
    if (c >= FramePool::size_classes) {
        ::operator delete(p);
        return;
    }
    // ReturnToCache: the thread slot if empty, else the current core's slot if empty, else
    // drop. (.NET may overwrite a box that raced into the core slot and leave it to the GC;
    // here the displaced block is freed.)
    if (t_box_slots.slot[c] == nullptr) {
        t_box_slots.slot[c] = p;
        return;
    }
    std::atomic<void*>& core = current_core_row().slot[c];
    if (core.load(std::memory_order_relaxed) == nullptr) {
        if (void* displaced = core.exchange(p, std::memory_order_acq_rel))
            ::operator delete(displaced);
        return;
    }
    ::operator delete(p);
}

std::size_t BoxCache::core_slots() noexcept {
    return core_slots_table().count;
}

std::size_t BoxCache::cached_blocks() noexcept {
    std::size_t n = 0;
    for (void* p : t_box_slots.slot)
        n += p != nullptr ? 1 : 0;
    const CoreSlots& t = core_slots_table();
    for (std::size_t i = 0; i < t.count; ++i)
        for (const std::atomic<void*>& s : t.rows[i].slot)
            n += s.load(std::memory_order_relaxed) != nullptr ? 1 : 0;
    return n;
}

} // namespace vtl
