// PoolingBox<T> and PoolingValueTask<T>: the box that .NET's PoolingAsyncValueTaskMethodBuilder
// rents for an `async ValueTask<T>` method, with the same lifecycle.
//
// .NET (dotnet/runtime, src/libraries/System.Private.CoreLib/src/System/Runtime/CompilerServices/
// PoolingAsyncValueTaskMethodBuilderT.cs, StateMachineBox<TStateMachine>):
//   - RentFromCache(): the per-thread cache (one box), else the per-core slot
//     (Environment.ProcessorCount slots), else `new StateMachineBox`;
//   - IValueTaskSource<TResult>.GetResult(token): `try { return _valueTaskSource.GetResult(token);
//   }
//     finally { ReturnToCache(); }` — ReturnToCache() calls `_valueTaskSource.Reset()` (version +
//     1) and stores the box in the per-thread cache if empty, else in the per-core slot if empty,
//     else drops it. It runs on *every* GetResult, also one that throws.
// So the box resets inside the first GetResult: any later use of the same ValueTask presents a
// stale token and ManualResetValueTaskSourceCore.ValidateToken throws, whether or not anyone
// has rented the box again. Contrast PooledValueTaskSource, a hand-written source that resets
// only when it is rented again.
//
// Differences from .NET, on purpose: the cache is an object (the lab makes a fresh one per
// run) rather than static per state-machine type; "per core" is `core_slots` slots chosen
// in order rather than by the current processor id; a dropped box stays owned by the cache
// (in .NET the GC frees it once nothing references it) so a stale ValueTask never dangles.
// A C++ coroutine's frame exists before its body runs, so a PoolingValueTask always rents a
// box, also when it completes synchronously (.NET then returns ValueTask(result), no box).
//
// Threading: one thread rents, awaits and returns (the lab's use); completion may come from
// any thread, as for ManualResetValueTaskSourceCore.
#pragma once

#include "vtl/completing_promise.hpp"
#include "vtl/manual_reset_value_task_source_core.hpp"
#include "vtl/value_task.hpp"
#include "vtl/value_task_source.hpp"

#include <coroutine>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

namespace vtl {

template <class T>
class PoolingBoxCache;

template <class T>
class PoolingBox final : public IValueTaskSource<T> {
public:
    ManualResetValueTaskSourceCore<T>& core() noexcept { return core_; }
    const ManualResetValueTaskSourceCore<T>& core() const noexcept { return core_; }
    std::uint16_t version() const noexcept { return core_.version(); }
    std::size_t id() const noexcept { return id_; }
    // Times this box was handed to an operation, and times ReturnToCache ran on it.
    std::uint64_t rents() const noexcept { return rents_; }
    std::uint64_t returns() const noexcept { return returns_; }

    ValueTaskSourceStatus get_status(std::uint16_t token) override {
        return core_.get_status(token);
    }

    // .NET: try { return _valueTaskSource.GetResult(token); } finally { ReturnToCache(); }
    T get_result(std::uint16_t token) override {
        struct Finally {
            PoolingBox* self;
            ~Finally() { self->cache_->return_to_cache(*self); }
        } finally{this};
        return core_.get_result(token);
    }

    bool on_completed(std::coroutine_handle<> continuation, std::uint16_t token) override {
        return core_.on_completed(continuation, token);
    }

private:
    friend class PoolingBoxCache<T>;
    PoolingBox(PoolingBoxCache<T>& cache, std::size_t id) noexcept
        : cache_(&cache)
        , id_(id) {}

    ManualResetValueTaskSourceCore<T> core_;
    PoolingBoxCache<T>* cache_;
    std::size_t id_;
    std::uint64_t rents_ = 0;
    std::uint64_t returns_ = 0;
};

template <class T>
class PoolingBoxCache {
public:
    using Box = PoolingBox<T>;

    // One per-thread slot plus `core_slots` per-core slots, as .NET's cache with
    // Environment.ProcessorCount == core_slots.
    explicit PoolingBoxCache(std::size_t core_slots = 1)
        : core_slots_(core_slots, nullptr) {}
    PoolingBoxCache(const PoolingBoxCache&) = delete;
    PoolingBoxCache& operator=(const PoolingBoxCache&) = delete;

    // RentFromCache(): thread slot, else a core slot, else a new box.
    Box& rent() {
        Box* box = nullptr;
        if (thread_slot_ != nullptr) {
            box = std::exchange(thread_slot_, nullptr);
        } else {
            for (Box*& slot : core_slots_)
                if (slot != nullptr) {
                    box = std::exchange(slot, nullptr);
                    break;
                }
        }
        if (box == nullptr) {
            all_.push_back(std::unique_ptr<Box>(new Box(*this, all_.size())));
            box = all_.back().get();
            ++allocations_;
        }
        ++box->rents_;
        return *box;
    }

    std::size_t boxes_created() const noexcept { return all_.size(); }
    std::uint64_t allocations() const noexcept { return allocations_; }
    std::uint64_t drops() const noexcept { return drops_; }
    // Cache slots holding `box` right now (0, 1, or — after a misuse — 2: see return_to_cache).
    std::size_t times_cached(const Box& box) const noexcept {
        std::size_t n = thread_slot_ == &box ? 1 : 0;
        for (const Box* slot : core_slots_)
            n += slot == &box ? 1 : 0;
        return n;
    }
    std::size_t cached() const noexcept {
        std::size_t n = thread_slot_ != nullptr ? 1 : 0;
        for (const Box* slot : core_slots_)
            n += slot != nullptr ? 1 : 0;
        return n;
    }

private:
    friend class PoolingBox<T>;
    // ReturnToCache(): reset (version + 1), then the thread slot if empty, else the first empty
    // core slot, else drop. Like .NET it does not look whether the box is already cached, so a
    // second GetResult on a consumed ValueTask caches the same box twice.
    void return_to_cache(Box& box) noexcept {
        box.core_.reset();
        ++box.returns_;
        if (thread_slot_ == nullptr) {
            thread_slot_ = &box;
            return;
        }
        for (Box*& slot : core_slots_)
            if (slot == nullptr) {
                slot = &box;
                return;
            }
        ++drops_;
    }

    std::vector<std::unique_ptr<Box>> all_;
    Box* thread_slot_ = nullptr;
    std::vector<Box*> core_slots_;
    std::uint64_t allocations_ = 0;
    std::uint64_t drops_ = 0;
};

// An `async ValueTask<T>` method built with PoolingAsyncValueTaskMethodBuilder: its first
// parameter is the PoolingBoxCache to rent from. It completes its box at the end of the body
// and is consumed as the ValueTask<T>(box, token) it converts to.
template <class T>
class [[nodiscard]] PoolingValueTask {
    static_assert(!std::is_void_v<T>, "PoolingValueTask<void> is not needed by this project");

public:
    class promise_type : public detail::CompletingPromise<T> {
    public:
        template <class... Args>
        explicit promise_type(PoolingBoxCache<T>& cache, Args&&...)
            : box_(&cache.rent()) {}
        // Lambdas pass their closure object first.
        template <class Closure, class... Args>
        promise_type(Closure&&, PoolingBoxCache<T>& cache, Args&&...)
            : box_(&cache.rent()) {}

        PoolingValueTask get_return_object() noexcept {
            return PoolingValueTask(ValueTask<T>(*box_, box_->version()), *box_);
        }
        std::suspend_never initial_suspend() noexcept { return {}; }

        struct FinalAwaiter {
            bool await_ready() const noexcept { return false; }
            void await_suspend(std::coroutine_handle<promise_type> h) const noexcept {
                // the frame is done before the awaiter resumes
                detail::CompletingPromise<T>::finish(h, h.promise().box_->core());
            }
            void await_resume() const noexcept {}
        };
        FinalAwaiter final_suspend() noexcept { return {}; }

    private:
        PoolingBox<T>* box_;
    };

    ValueTask<T> value_task() const { return vt_; }
    operator ValueTask<T>() const { return vt_; }
    PoolingBox<T>& box() const noexcept { return *box_; }

private:
    PoolingValueTask(ValueTask<T> vt, PoolingBox<T>& box) noexcept
        : vt_(std::move(vt))
        , box_(&box) {}
    ValueTask<T> vt_;
    PoolingBox<T>* box_;
};

} // namespace vtl
