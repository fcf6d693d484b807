// Counts heap allocations made through the global operator new/delete.
//
// The replacement operators (allocation_counter.cpp) forward to malloc/free and bump
// thread-local counters, so reading them costs nothing and needs no synchronisation: every
// thread sees only its own allocations. That is the point for the engine, which must count
// what *its* thread allocated, not what the GUI did meanwhile.
//
// Live bytes are tracked with malloc_usable_size(), because an unsized delete does not know
// the requested size; they are therefore the allocator's usable size (a little above the
// request). Requested bytes are exact.
#pragma once

#include <cstddef>
#include <cstdint>

namespace vtl {

struct AllocationStats {
    std::uint64_t allocations = 0;     // calls to any operator new
    std::uint64_t deallocations = 0;   // calls to any operator delete with a non-null pointer
    std::uint64_t bytes_requested = 0; // sum of the sizes passed to operator new
    std::int64_t live_bytes = 0;       // usable bytes allocated minus freed, on this thread

    AllocationStats operator-(const AllocationStats& earlier) const noexcept {
        return {allocations - earlier.allocations, deallocations - earlier.deallocations,
                bytes_requested - earlier.bytes_requested, live_bytes - earlier.live_bytes};
    }
};

// This thread's running totals since it started.
AllocationStats thread_allocation_stats() noexcept;

// Observes every allocation and deallocation made on this thread while installed (used to
// trace individual allocations for the heap animation). Called from inside operator
// new/delete: it must not allocate, throw, or take locks that allocating code may hold.
struct AllocationObserver {
    virtual void on_allocate(const void* p, std::size_t bytes) noexcept = 0;
    virtual void on_deallocate(const void* p) noexcept = 0;

protected:
    ~AllocationObserver() = default;
};

// Installs `observer` for this thread (nullptr removes it); returns the previous one.
AllocationObserver* set_thread_allocation_observer(AllocationObserver* observer) noexcept;

// Measures the allocations made on this thread between construction and delta().
class AllocationScope {
public:
    AllocationScope() noexcept
        : start_(thread_allocation_stats()) {}
    AllocationStats delta() const noexcept { return thread_allocation_stats() - start_; }
    void restart() noexcept { start_ = thread_allocation_stats(); }

private:
    AllocationStats start_;
};

} // namespace vtl
