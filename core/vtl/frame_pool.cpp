#include "vtl/frame_pool.hpp"

#include <new>

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

} // namespace vtl
