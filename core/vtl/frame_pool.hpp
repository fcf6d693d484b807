// Where pooled coroutine frames come from. Two policies (PoolPolicy):
//
//   unbounded  FramePool: a per-thread free list of frames by size class. After warm-up a
//              pooled frame never costs a call to operator new, however many operations are
//              in flight. Not .NET: a hand-written, unbounded pool.
//   dotnet     BoxCache: the cache .NET's PoolingAsyncValueTaskMethodBuilder keeps for its
//              state-machine boxes (dotnet/runtime src/libraries/System.Private.CoreLib/src/
//              System/Runtime/CompilerServices/PoolingAsyncValueTaskMethodBuilderT.cs,
//              StateMachineBox<TStateMachine>): one [ThreadStatic] slot per thread
//              (t_tlsCache) and one slot per core (s_perCoreCache, Environment.ProcessorCount
//              slots, picked by Thread.GetCurrentProcessorId() % ProcessorCount). RentFromCache
//              takes the thread slot, else the current core's slot, else allocates a new box;
//              ReturnToCache fills the thread slot if empty, else the current core's slot if
//              empty, else drops the box. So when more boxes come back together than there
//              are slots (results read in a batch, as after Task.WhenAll), the surplus is
//              dropped and the next operations allocate; a caller that reads each result
//              before its next call takes back the box it just returned, however many callers
//              are in flight. .NET keeps one such cache per state-machine type; here there is
//              one per frame size class (a coroutine function's frame size is fixed).
//
// Memory contract: blocks are plain operator-new memory; a block may be freed on any thread.
// Frames larger than the biggest size class bypass both caches.
#pragma once

#include <cstddef>
#include <cstdint>

namespace vtl {

enum class PoolPolicy : std::uint8_t { dotnet, unbounded };

class FramePool {
public:
    static constexpr std::size_t granularity = 64;
    static constexpr std::size_t size_classes = 32; // frames up to 2 KiB are pooled

    static void* allocate(std::size_t bytes);
    static void deallocate(void* p, std::size_t bytes) noexcept;

    // Blocks currently parked in this thread's free lists (for tests and the heap view).
    static std::size_t cached_blocks() noexcept;
};

class BoxCache {
public:
    static void* allocate(std::size_t bytes);
    static void deallocate(void* p, std::size_t bytes) noexcept;

    // The number of per-core slots per size class: std::thread::hardware_concurrency()
    // (at least 1), .NET's Environment.ProcessorCount.
    static std::size_t core_slots() noexcept;
    // Blocks parked in this thread's slot plus every core slot, over all size classes.
    static std::size_t cached_blocks() noexcept;
};

template <PoolPolicy P>
struct FrameAllocator;
template <>
struct FrameAllocator<PoolPolicy::unbounded> {
    static void* allocate(std::size_t bytes) { return FramePool::allocate(bytes); }
    static void deallocate(void* p, std::size_t bytes) noexcept { FramePool::deallocate(p, bytes); }
};
template <>
struct FrameAllocator<PoolPolicy::dotnet> {
    static void* allocate(std::size_t bytes) { return BoxCache::allocate(bytes); }
    static void deallocate(void* p, std::size_t bytes) noexcept { BoxCache::deallocate(p, bytes); }
};

} // namespace vtl
