#include "workload/memory_estimate.hpp"

#include "measure/latency_histogram.hpp"
#include "workload/cache_service.hpp"
#include "workload/interval_series.hpp"
#include "workload/payload.hpp"
#include "workload/results.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sys/resource.h>
#include <unistd.h>

namespace vtl::workload {
namespace {

// Frames, timer entries and bookkeeping of one caller with one call in flight (coroutine
// frames of the caller and of the miss path, a pooled source, the event loop's timer entry),
// rounded up generously.
constexpr std::uint64_t per_caller_bytes = 2048;
// Trace ring (64 Ki events), snapshot copies of the rows and other fixed tables.
constexpr std::uint64_t fixed_part_bytes = 16ull << 20;

// One payload's heap cost: nothing inline, else the buffer plus the allocator's header.
std::uint64_t payload_heap_bytes(std::uint32_t payload_bytes) {
    return payload_bytes <= Payload::inline_capacity ? 0 : std::uint64_t{payload_bytes} + 16;
}

std::uint64_t saturating_mul(std::uint64_t a, std::uint64_t b) {
    std::uint64_t r = 0;
    return __builtin_mul_overflow(a, b, &r) ? UINT64_MAX : r;
}

std::uint64_t saturating_add(std::uint64_t a, std::uint64_t b) {
    return a > UINT64_MAX - b ? UINT64_MAX : a + b;
}

std::uint64_t cgroup_limit() {
    std::ifstream f("/sys/fs/cgroup/memory.max");
    std::string text;
    if (!(f >> text) || text == "max")
        return UINT64_MAX;
    char* end = nullptr;
    const unsigned long long v = std::strtoull(text.c_str(), &end, 10);
    return end != nullptr && *end == '\0' && v > 0 ? v : UINT64_MAX;
}

} // namespace

std::uint64_t memory_limit_bytes() {
    if (const char* env = std::getenv("VTL_MEMORY_LIMIT_MB"); env != nullptr && *env != '\0') {
        char* end = nullptr;
        const unsigned long long mb = std::strtoull(env, &end, 10);
        if (end != nullptr && *end == '\0' && mb > 0)
            return saturating_mul(mb, 1ull << 20);
    }
    const long pages = sysconf(_SC_PHYS_PAGES);
    const long page = sysconf(_SC_PAGE_SIZE);
    std::uint64_t usable =
        pages > 0 && page > 0 ? static_cast<std::uint64_t>(pages) * static_cast<std::uint64_t>(page)
                              : 4ull << 30;
    usable = std::min(usable, cgroup_limit());
    rlimit as{};
    if (getrlimit(RLIMIT_AS, &as) == 0 && as.rlim_cur != RLIM_INFINITY)
        usable = std::min<std::uint64_t>(usable, as.rlim_cur);
    return usable / 2;
}

MemoryEstimate estimate_memory(const Scenario& s, std::uint64_t limit_bytes) {
    MemoryEstimate m;
    m.limit_bytes = limit_bytes;
    const std::uint64_t payload = payload_heap_bytes(s.payload_bytes);
    const std::uint64_t keys = std::min<std::uint64_t>(CacheService::key_space, s.calls);
    m.cache_bytes =
        saturating_add(saturating_mul(keys, payload), CacheService::key_space * sizeof(Payload));

    const std::uint64_t callers = std::min<std::uint64_t>(s.concurrency, s.calls);
    const std::uint64_t copies = s.double_await_rate > 0 ? 3 : 2;
    m.in_flight_bytes =
        saturating_mul(callers, saturating_add(per_caller_bytes, saturating_mul(copies, payload)));

    const std::uint64_t strategies = std::max<std::size_t>(s.strategies.size(), 1);
    const std::uint64_t histogram = measure::LatencyHistogram::bucket_count() * 8;
    // The running strategy's bounded series, the rows of every strategy (results and two
    // snapshot copies), three histograms per strategy (cumulative, current, snapshot).
    m.time_series_bytes = IntervalSeries::default_max_bytes +
                          strategies * 3 * 2048 * sizeof(IntervalRow) + strategies * 3 * histogram;
    m.fixed_bytes = fixed_part_bytes;
    m.total_bytes = saturating_add(saturating_add(m.cache_bytes, m.in_flight_bytes),
                                   saturating_add(m.time_series_bytes, m.fixed_bytes));
    return m;
}

std::string human_bytes(std::uint64_t bytes) {
    char buf[64];
    if (bytes == UINT64_MAX)
        return "more than 16 EiB";
    const double b = static_cast<double>(bytes);
    if (b >= 1024.0 * 1024 * 1024)
        std::snprintf(buf, sizeof buf, "%.1f GiB", b / (1024.0 * 1024 * 1024));
    else if (b >= 1024.0 * 1024)
        std::snprintf(buf, sizeof buf, "%.1f MiB", b / (1024.0 * 1024));
    else if (b >= 1024.0)
        std::snprintf(buf, sizeof buf, "%.1f KiB", b / 1024.0);
    else
        std::snprintf(buf, sizeof buf, "%llu B", static_cast<unsigned long long>(bytes));
    // Numbers in C form whatever the locale: replace a decimal comma.
    for (char* p = buf; *p != '\0'; ++p)
        if (*p == ',')
            *p = '.';
    return buf;
}

std::string MemoryEstimate::refusal() const {
    return "the run would need about " + human_bytes(total_bytes) + " of memory (calls in flight " +
           human_bytes(in_flight_bytes) + ", cache " + human_bytes(cache_bytes) +
           ", time series and histograms " + human_bytes(time_series_bytes) +
           "), more than the limit of " + human_bytes(limit_bytes) +
           " (half of the memory available to this process; VTL_MEMORY_LIMIT_MB overrides "
           "it): lower concurrency or payload_bytes";
}

} // namespace vtl::workload
