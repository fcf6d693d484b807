// A recyclable IValueTaskSource and the pool it lives in: the analogue of the boxes that
// .NET's PoolingAsyncValueTaskMethodBuilder rents per operation.
//
// Lifecycle of one operation: rent() resets the source (version += 1) and hands it out; the
// producer completes its core; the consumer's get_result() with the current token reads the
// result and gives the source back to the pool. The reset happens at the *next* rent, not at
// give-back, so a second await before anyone rents the source again still "works" — by
// accident, depending on timing. Once another operation has rented it, the old token is
// stale and the token check throws; with the check off, or after 65,536 rents brought the
// version round to the same value, the stale await silently returns the other operation's
// result. The pool never hands out a source twice: give-back is guarded by the lease flag.
//
// Threading: a pool and its sources belong to one thread (the one that rents); completion
// may come from any thread (see ManualResetValueTaskSourceCore).
#pragma once

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

    ValueTaskSourcePool() = default;
    ValueTaskSourcePool(const ValueTaskSourcePool&) = delete;
    ValueTaskSourcePool& operator=(const ValueTaskSourcePool&) = delete;

    // The pool used by PooledTask<T> coroutines started on this thread.
    static ValueTaskSourcePool& for_this_thread() {
        static thread_local ValueTaskSourcePool pool;
        return pool;
    }

    // Hands out a free source (LIFO, so the most recently returned is reused first), creating
    // one when none is free; resets it, which starts a new operation with version + 1.
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
        s->core_.reset();
        s->leased_ = true;
        ++s->rents_;
        return *s;
    }

    // Teaching switch for every source of this pool, now and later.
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
        free_.push_back(&s); // capacity reserved in rent(): never allocates
    }

    std::vector<std::unique_ptr<Source>> all_;
    std::vector<Source*> free_;
    bool token_check_ = true;
};

} // namespace vtl
