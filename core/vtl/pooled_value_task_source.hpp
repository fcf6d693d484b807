// A recyclable IValueTaskSource and the pool it lives in: the analogue of the
// ManualResetValueTaskSourceCore inside the boxes of .NET's PoolingAsyncValueTaskMethodBuilder.
//
// Lifecycle of one operation: rent() hands out a free source; the producer completes its
// core; the consumer's get_result() with the current token reads the result and gives the
// source back to the pool. When the reset (version += 1) happens depends on the policy:
//
//   PoolPolicy::dotnet     at give-back, inside the consuming get_result, as .NET's
//                          StateMachineBox.GetResult does: `finally { ReturnToCache(); }`,
//                          which calls _valueTaskSource.Reset()
//                          (PoolingAsyncValueTaskMethodBuilderT.cs). A second await of the
//                          same ValueTask always presents a stale token and throws. (.NET
//                          also returns the box on a stale, throwing GetResult; here only the
//                          consuming read gives it back.)
//   PoolPolicy::unbounded  at the *next* rent: not .NET, a hand-written pool. A second await
//                          before anyone rents the source again still "works" — by accident,
//                          depending on timing. Once another operation has rented it, the old
//                          token is stale and the token check throws; with the check off (the
//                          what-if of a source that ignores its token), or after 65,536 rents
//                          brought the version round to the same value, the stale await
//                          silently returns the other operation's result.
//
// Either way the pool keeps every source it ever created (a free list that grows to the peak
// number in flight): a stale ValueTask may still point at a source, and C++ has no GC to keep
// a dropped one alive. .NET's limit on cached boxes (one per thread, one per core) is modelled
// where the allocation happens, on the coroutine frame (BoxCache in frame_pool.hpp). The pool
// never hands out a source twice: give-back is guarded by the lease flag.
//
// Threading: a pool and its sources belong to one thread (the one that rents); completion
// may come from any thread (see ManualResetValueTaskSourceCore).
#pragma once

#include "vtl/frame_pool.hpp"
#include "vtl/manual_reset_value_task_source_core.hpp"
#include "vtl/value_task_source.hpp"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace vtl {

template <class T>
class ValueTaskSourcePool;

template <class T>
class PooledValueTaskSource final : public IValueTaskSource<T> {
public:
    ManualResetValueTaskSourceCore<T>& core() noexcept { return core_; }
    const ManualResetValueTaskSourceCore<T>& core() const noexcept { return core_; }
    std::uint16_t version() const noexcept { return core_.version(); }
    std::size_t slot() const noexcept { return slot_; }
    bool leased() const noexcept { return leased_; }
    // Times this source was rented (each rent is one reset).
    std::uint64_t rents() const noexcept { return rents_; }

    ValueTaskSourceStatus get_status(std::uint16_t token) override {
        return core_.get_status(token);
    }

    T get_result(std::uint16_t token) override {
        // Recycle after the result is read (also when it rethrows the operation's exception),
        // but only for the consuming read of the current lease.
        struct Recycler {
            PooledValueTaskSource* self;
            bool consuming;
            ~Recycler() {
                if (consuming && self->core_.is_completed())
                    self->pool_->give_back(*self);
            }
        } recycler{this, leased_ && token == core_.version()};
        return core_.get_result(token);
    }

    bool on_completed(std::coroutine_handle<> continuation, std::uint16_t token) override {
        return core_.on_completed(continuation, token);
    }

private:
    friend class ValueTaskSourcePool<T>;
    PooledValueTaskSource(ValueTaskSourcePool<T>& pool, std::size_t slot) noexcept
        : pool_(&pool)
        , slot_(slot) {}

    ManualResetValueTaskSourceCore<T> core_;
    ValueTaskSourcePool<T>* pool_;
    std::size_t slot_;
    std::uint64_t rents_ = 0;
    bool leased_ = false;
};

template <class T>
class ValueTaskSourcePool {
public:
    using Source = PooledValueTaskSource<T>;

    // A default-constructed pool is the hand-written, reset-on-rent kind.
    explicit ValueTaskSourcePool(PoolPolicy policy = PoolPolicy::unbounded) noexcept
        : policy_(policy) {}
    ValueTaskSourcePool(const ValueTaskSourcePool&) = delete;
    ValueTaskSourcePool& operator=(const ValueTaskSourcePool&) = delete;

    // The pool used by PooledTask<T, policy> coroutines started on this thread.
    static ValueTaskSourcePool& for_this_thread(PoolPolicy policy) {
        if (policy == PoolPolicy::dotnet) {
            static thread_local ValueTaskSourcePool dotnet_pool(PoolPolicy::dotnet);
            return dotnet_pool;
        }
        static thread_local ValueTaskSourcePool unbounded_pool(PoolPolicy::unbounded);
        return unbounded_pool;
    }

    PoolPolicy policy() const noexcept { return policy_; }

    // Hands out a free source (LIFO, so the most recently returned is reused first), creating
    // one when none is free. A new operation starts with version + 1: the unbounded policy
    // resets here; the dotnet policy reset the source when it was given back (a new source
    // starts fresh).
    Source& rent() {
        Source* s;
        if (!free_.empty()) {
            s = free_.back();
            free_.pop_back();
        } else {
            all_.push_back(std::unique_ptr<Source>(new Source(*this, all_.size())));
            s = all_.back().get();
            s->core_.set_token_check(token_check_);
            // Room for every source to be free at once, so give_back never allocates; grown
            // with all_'s geometric capacity, not one slot at a time.
            if (free_.capacity() < all_.size())
                free_.reserve(all_.capacity());
        }
        if (policy_ == PoolPolicy::unbounded)
            s->core_.reset();
        s->leased_ = true;
        ++s->rents_;
        return *s;
    }

    // What-if switch for every source of this pool, now and later: off makes them sources
    // that ignore their token, which .NET's ManualResetValueTaskSourceCore never does.
    void set_token_check(bool on) noexcept {
        token_check_ = on;
        for (auto& s : all_)
            s->core_.set_token_check(on);
    }
    bool token_check() const noexcept { return token_check_; }

    std::size_t size() const noexcept { return all_.size(); }
    std::size_t available() const noexcept { return free_.size(); }
    Source& at(std::size_t slot) noexcept { return *all_[slot]; }

private:
    friend class PooledValueTaskSource<T>;
    void give_back(Source& s) noexcept {
        if (!s.leased_)
            return;
        s.leased_ = false;
        if (policy_ == PoolPolicy::dotnet)
            s.core_.reset(); // ReturnToCache: _valueTaskSource.Reset()
        free_.push_back(&s); // capacity reserved in rent(): never allocates
    }

    std::vector<std::unique_ptr<Source>> all_;
    std::vector<Source*> free_;
    bool token_check_ = true;
    PoolPolicy policy_;
};

} // namespace vtl
