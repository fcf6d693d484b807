#include "vtl/allocation_counter.hpp"

#include <cstdlib>
#include <malloc.h>
#include <new>

namespace vtl {
namespace {

// constinit + trivial type: no TLS guard, no dynamic initialisation, usable from the very
// first allocation of any thread.
struct ThreadCounters {
    AllocationStats stats;
    AllocationObserver* observer;
};
constinit thread_local ThreadCounters t_counters{};

void note_allocation(void* p, std::size_t size) noexcept {
    auto& c = t_counters;
    ++c.stats.allocations;
    c.stats.bytes_requested += size;
    c.stats.live_bytes += static_cast<std::int64_t>(malloc_usable_size(p));
    if (c.observer != nullptr)
        c.observer->on_allocate(p, size);
}

void note_deallocation(void* p) noexcept {
    auto& c = t_counters;
    ++c.stats.deallocations;
    c.stats.live_bytes -= static_cast<std::int64_t>(malloc_usable_size(p));
    if (c.observer != nullptr)
        c.observer->on_deallocate(p);
}

// operator new's contract: retry through the new-handler until memory comes or it throws.
template <class Malloc>
void* allocate_with(std::size_t size, Malloc malloc_once) {
    for (;;) {
        if (void* p = malloc_once()) {
            note_allocation(p, size);
            return p;
        }
        std::new_handler handler = std::get_new_handler();
        if (handler == nullptr)
            throw std::bad_alloc();
        handler();
    }
}

void* allocate(std::size_t size) {
    return allocate_with(size, [size] { return std::malloc(size == 0 ? 1 : size); });
}

void* allocate_aligned(std::size_t size, std::align_val_t al) {
    const auto alignment = static_cast<std::size_t>(al);
    // aligned_alloc wants a size that is a multiple of the alignment.
    const std::size_t rounded = ((size == 0 ? 1 : size) + alignment - 1) / alignment * alignment;
    return allocate_with(size, [=] { return std::aligned_alloc(alignment, rounded); });
}

void release(void* p) noexcept {
    if (p == nullptr)
        return;
    note_deallocation(p);
    std::free(p);
}

} // namespace

AllocationStats thread_allocation_stats() noexcept {
    return t_counters.stats;
}

AllocationObserver* set_thread_allocation_observer(AllocationObserver* observer) noexcept {
    AllocationObserver* previous = t_counters.observer;
    t_counters.observer = observer;
    return previous;
}

} // namespace vtl

// The replaceable global allocation functions ([new.delete]): every form, so nothing slips
// past the counter. The nothrow forms catch bad_alloc as the standard specifies.
void* operator new(std::size_t size) {
    return vtl::allocate(size);
}
void* operator new[](std::size_t size) {
    return vtl::allocate(size);
}
void* operator new(std::size_t size, std::align_val_t al) {
    return vtl::allocate_aligned(size, al);
}
void* operator new[](std::size_t size, std::align_val_t al) {
    return vtl::allocate_aligned(size, al);
}
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
    try {
        return vtl::allocate(size);
    } catch (...) {
        return nullptr;
    }
}
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept {
    try {
        return vtl::allocate(size);
    } catch (...) {
        return nullptr;
    }
}
void* operator new(std::size_t size, std::align_val_t al, const std::nothrow_t&) noexcept {
    try {
        return vtl::allocate_aligned(size, al);
    } catch (...) {
        return nullptr;
    }
}
void* operator new[](std::size_t size, std::align_val_t al, const std::nothrow_t&) noexcept {
    try {
        return vtl::allocate_aligned(size, al);
    } catch (...) {
        return nullptr;
    }
}

void operator delete(void* p) noexcept {
    vtl::release(p);
}
void operator delete[](void* p) noexcept {
    vtl::release(p);
}
void operator delete(void* p, std::size_t) noexcept {
    vtl::release(p);
}
void operator delete[](void* p, std::size_t) noexcept {
    vtl::release(p);
}
void operator delete(void* p, std::align_val_t) noexcept {
    vtl::release(p);
}
void operator delete[](void* p, std::align_val_t) noexcept {
    vtl::release(p);
}
void operator delete(void* p, std::size_t, std::align_val_t) noexcept {
    vtl::release(p);
}
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept {
    vtl::release(p);
}
void operator delete(void* p, const std::nothrow_t&) noexcept {
    vtl::release(p);
}
void operator delete[](void* p, const std::nothrow_t&) noexcept {
    vtl::release(p);
}
void operator delete(void* p, std::align_val_t, const std::nothrow_t&) noexcept {
    vtl::release(p);
}
void operator delete[](void* p, std::align_val_t, const std::nothrow_t&) noexcept {
    vtl::release(p);
}
