#include "workload/hit_costs.hpp"

#include "vtl/allocation_counter.hpp"
#include "vtl/event_loop.hpp"
#include "workload/cache_service.hpp"

namespace vtl::workload {

const HitCost* HitCosts::find(const std::string& id) const noexcept {
    for (const HitCost& h : ops) {
        if (h.id == id)
            return &h;
    }
    return nullptr;
}

namespace {

CallSpec hit(std::uint64_t i) noexcept {
    return CallSpec{i, i % CacheService::key_space, true, false, 0};
}

// One cache hit through the service method `Get`, its result read as a caller would. The
// method is a template argument, so each op is compiled as a direct call, as in the engine.
template <auto Get>
auto hit_of(CacheService& svc) {
    return [&svc](std::uint64_t i) {
        auto op = (svc.*Get)(hit(i));
        Payload p = op.result();
        measure::do_not_optimize(p);
    };
}

// Timed unless `count_only` (then `count_only` calls are only counted).
template <class Op>
HitCost measure_one(const char* id, Op op, const measure::OpCostOptions& options,
                    std::uint64_t count_only) {
    HitCost h;
    h.id = id;
    if (count_only == 0)
        h.cost = measure::measure_op_cost(op, options);
    // Allocations of the same op, counted over one batch (outside the timed ones).
    const std::uint64_t n = count_only != 0 ? count_only : h.cost.ops_per_batch;
    AllocationScope scope;
    for (std::uint64_t i = 0; i < n; ++i)
        op(i);
    const AllocationStats d = scope.delta();
    h.allocs_per_op = double(d.allocations) / double(n);
    h.bytes_per_op = double(d.bytes_requested) / double(n);
    return h;
}

HitCosts hit_costs(std::uint32_t payload_bytes, const measure::OpCostOptions& options,
                   std::uint64_t count_only) {
    EventLoop loop; // a hit never touches it; CacheService needs one for its misses
    CacheService svc(loop, payload_bytes, nullptr);
    std::vector<Payload> plain;
    for (std::uint64_t k = 0; k < CacheService::key_space; ++k)
        plain.emplace_back(k, payload_bytes);

    HitCosts out;
    out.payload_bytes = payload_bytes;
    out.ops.push_back(measure_one(
        "plain_call",
        [&plain](std::uint64_t i) {
            Payload p = plain[i % CacheService::key_space];
            measure::do_not_optimize(p);
        },
        options, count_only));
    out.ops.push_back(
        measure_one("task_hit", hit_of<&CacheService::get_task>(svc), options, count_only));
    out.ops.push_back(measure_one("valuetask_hit", hit_of<&CacheService::get_valuetask>(svc),
                                  options, count_only));
    out.ops.push_back(measure_one("valuetask_coroutine_hit",
                                  hit_of<&CacheService::get_valuetask_coroutine>(svc), options,
                                  count_only));
    return out;
}

} // namespace

HitCosts measure_hit_costs(std::uint32_t payload_bytes, const measure::OpCostOptions& options) {
    return hit_costs(payload_bytes, options, 0);
}

HitCosts count_hit_allocations(std::uint32_t payload_bytes, std::uint64_t calls) {
    return hit_costs(payload_bytes, {}, calls == 0 ? 1 : calls);
}

} // namespace vtl::workload
