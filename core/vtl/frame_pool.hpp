// A per-thread free list of coroutine frames, by size class, for coroutine types whose
// promise opts in (PooledTask). After warm-up a pooled frame costs no call to operator new:
// the C++ counterpart of .NET's PoolingAsyncValueTaskMethodBuilder reusing state machine boxes.
//
// Memory contract: a block goes back to the free list of the thread that frees it, whichever
// thread allocated it; blocks are plain operator-new memory and are released at thread exit.
// Frames larger than the biggest size class bypass the pool.
#pragma once

#include <cstddef>

namespace vtl {

class FramePool {
public:
    static constexpr std::size_t granularity = 64;
    static constexpr std::size_t size_classes = 32; // frames up to 2 KiB are pooled

    static void* allocate(std::size_t bytes);
    static void deallocate(void* p, std::size_t bytes) noexcept;

    // Blocks currently parked in this thread's free lists (for tests and the heap view).
    static std::size_t cached_blocks() noexcept;
};

} // namespace vtl
