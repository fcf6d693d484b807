#include "measure/gc_model.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>
#include <string>

#if defined(__unix__)
#include <unistd.h>
#endif

namespace vtl::measure {
namespace {

constexpr std::uint64_t kKiB = 1024;
constexpr std::uint64_t kMiB = 1024 * kKiB;

// sysfs writes cache sizes as "32768K" (sometimes "M", or plain bytes); .NET's
// ReadMemoryValueFromFile accepts the same suffixes. 0 when unparsable.
std::uint64_t parse_cache_size(const std::string& text) {
    std::size_t i = 0;
    std::uint64_t n = 0;
    bool digits = false;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) {
        n = n * 10 + static_cast<std::uint64_t>(text[i] - '0');
        digits = true;
        ++i;
    }
    if (!digits)
        return 0;
    switch (i < text.size() ? std::toupper(static_cast<unsigned char>(text[i])) : 0) {
    case 'K':
        return n * kKiB;
    case 'M':
        return n * kMiB;
    case 'G':
        return n * 1024 * kMiB;
    default:
        return n;
    }
}

std::uint64_t sysconf_bytes([[maybe_unused]] int name) {
#if defined(__unix__)
    const long v = ::sysconf(name);
    return v > 0 ? static_cast<std::uint64_t>(v) : 0;
#else
    return 0;
#endif
}

// The largest cache as .NET 10 uses it on Linux. The GC asks GetLogicalProcessorCacheSizeFromOS
// (src/coreclr/gc/unix/gcenv.unix.cpp), whose source tries sysconf(_SC_LEVEL*_CACHE_SIZE) first
// and /sys/devices/system/cpu/cpu0/cache/index0..4/size only when that gives 0. The shipped
// .NET 10.0.12 binary behaves as if the sysconf branch were not there, on two machines:
//   A: sysfs 32 MiB, glibc sysconf L3 256 MiB  -> GCGen0MaxBudget 16 MiB (= the 32 MiB rule;
//      256 MiB would give 128 MiB), ~16.6 MiB allocated per gen0 GC
//      (resources/dotnet/reference/dotnet_reference.csv, row gc_settings);
//   B: no sysfs cache files, sysconf L3 508 MiB -> GCGen0MaxBudget 6 MiB, so gen0_min_size
//      <= 6 MiB (508 MiB would give 254 MiB): cache unknown, the 160 KiB floor.
// So: the largest sysfs size, and 0 (unknown) when sysfs has none; sysconf is not consulted.
std::uint64_t read_largest_cache_bytes() {
    std::uint64_t size = 0;
    for (int index = 0; index < 5; ++index) {
        std::ifstream size_file("/sys/devices/system/cpu/cpu0/cache/index" + std::to_string(index) +
                                "/size");
        std::string text;
        if (size_file >> text)
            size = std::max(size, parse_cache_size(text));
    }
    return size;
}

std::string kib(std::uint64_t bytes) {
    std::ostringstream s;
    if (bytes % kMiB == 0)
        s << bytes / kMiB << " MiB";
    else if (bytes % kKiB == 0)
        s << bytes / kKiB << " KiB";
    else
        s << bytes << " B";
    return s.str();
}

// Align() of gcpriv.h with 64-bit DATA_ALIGNMENT (8): round up to a multiple of 8.
constexpr std::uint64_t align8(std::uint64_t n) noexcept {
    return (n + 7) & ~std::uint64_t{7};
}

} // namespace

Gen0BudgetSteps dotnet_workstation_gen0_budget(std::uint64_t cache,
                                               std::uint64_t physical) noexcept {
    constexpr std::uint64_t floor = 256 * kKiB;
    Gen0BudgetSteps r;
    r.cache_bytes = cache;
    r.physical_bytes = physical;
    // gc_heap::get_gen0_min_size(), workstation branch.
    std::uint64_t true_size = cache;
    std::uint64_t gen0size = std::max(4 * true_size / 5, floor);
    true_size = std::max(true_size, floor);
    if (physical != 0) {
        while (gen0size > physical / 6) {
            gen0size /= 2;
            if (gen0size <= true_size) {
                gen0size = true_size;
                break;
            }
        }
    }
    r.gen0size = gen0size;
    r.gen0_min_size = align8(gen0size / 8 * 5);
    // gc_heap::init_static_data(): workstation with concurrent GC.
    r.gen0_max_size = align8(std::max(r.gen0_min_size, 6 * kMiB));
    r.budget = std::min(r.gen0_min_size, r.gen0_max_size);
    return r;
}

std::uint64_t largest_cache_bytes() {
    static const std::uint64_t bytes = read_largest_cache_bytes();
    return bytes;
}

std::uint64_t physical_memory_bytes() {
#if defined(_SC_PHYS_PAGES) && defined(_SC_PAGE_SIZE)
    static const std::uint64_t bytes = sysconf_bytes(_SC_PHYS_PAGES) * sysconf_bytes(_SC_PAGE_SIZE);
    return bytes;
#else
    return 0;
#endif
}

std::uint64_t default_gen0_budget_bytes() {
    return dotnet_workstation_gen0_budget(largest_cache_bytes(), physical_memory_bytes()).budget;
}

GcModel::GcModel(GcModelParams params)
    : b0_(params.gen0_budget_bytes != 0 ? params.gen0_budget_bytes : default_gen0_budget_bytes())
    , b1_(params.gen1_budget_bytes != 0 ? params.gen1_budget_bytes : b0_)
    , b2_(params.gen2_budget_bytes != 0 ? params.gen2_budget_bytes : 10 * b0_) {}

void GcModel::collect(std::uint64_t live) noexcept {
    ++counts_.gen0;
    const bool gen2 = promoted2_ >= b2_;
    const bool gen1 = gen2 || promoted1_ >= b1_;
    if (!gen1) {
        // gen0: only what is younger than gen1 is promoted.
        const std::uint64_t old = resident1_ + resident2_;
        const std::uint64_t young = live > old ? live - old : 0;
        resident1_ += young;
        promoted1_ += young;
        return;
    }
    ++counts_.gen1;
    if (gen2) {
        ++counts_.gen2;
        resident2_ = std::min(resident2_, live);
        promoted2_ = 0;
    }
    // gen1 survivors move to gen2, then gen0 survivors to gen1.
    const std::uint64_t gen1_live = std::min(resident1_, live > resident2_ ? live - resident2_ : 0);
    resident2_ += gen1_live;
    promoted2_ += gen1_live;
    const std::uint64_t young = live > resident2_ ? live - resident2_ : 0;
    resident1_ = young;
    promoted1_ = young;
}

void GcModel::on_allocated(std::uint64_t bytes, std::int64_t live_bytes) noexcept {
    // The per-thread live counter can dip below zero when this thread frees memory another
    // thread allocated; nothing negative can survive a collection.
    const std::uint64_t live = live_bytes > 0 ? static_cast<std::uint64_t>(live_bytes) : 0;
    gen0_fill_ += bytes;
    if (gen0_fill_ < b0_)
        return;
    std::uint64_t collections = gen0_fill_ / b0_;
    gen0_fill_ %= b0_;
    // Every collection in this batch sees the same live heap. Once one of them leaves nothing
    // to promote and no budget used up, the rest are plain gen0 collections: count them at once.
    while (collections > 0) {
        collect(live);
        --collections;
        const std::uint64_t old = resident1_ + resident2_;
        if (live <= old && promoted1_ < b1_ && promoted2_ < b2_) {
            counts_.gen0 += collections;
            return;
        }
    }
}

std::string GcModel::describe() const {
    std::ostringstream s;
    s << "GC-equivalent pressure: a model of a .NET generational GC, not a real collector.\n"
      << "Budgets: B0 = " << kib(b0_) << " (" << b0_ << " bytes), B1 = " << kib(b1_)
      << ", B2 = " << kib(b2_) << ".\n"
      << "  A collection each time B0 = " << kib(b0_)
      << " have been allocated since the previous one.\n"
      << "  It condemns gen2 if F2 >= B2, else gen1 if F1 >= B1, else gen0\n"
      << "  (F1, F2: bytes promoted into gen1, gen2 since that generation was collected).\n"
      << "  gen0: Y = max(0, live - R1 - R2) survive and move to gen1: R1 += Y, F1 += Y\n"
      << "        (R1, R2: bytes resident in gen1, gen2; a byte is promoted once per generation).\n"
      << "  gen1: gen1's survivors min(R1, live - R2) move to gen2 (R2 and F2 grow by them),\n"
      << "        then the young survivors max(0, live - R2) become R1 = F1.\n"
      << "  gen2: R2 = min(R2, live), F2 = 0, then as gen1.\n"
      << "  A gen1 collection also counts as a gen0 one, a gen2 one as both.\n"
      << "  Limitation: live is one number, so dead bytes cannot be assigned to a generation;\n"
      << "  older bytes count as live until their generation is collected.\n";
    const Gen0BudgetSteps d =
        dotnet_workstation_gen0_budget(largest_cache_bytes(), physical_memory_bytes());
    s << "Default B0: .NET's workstation gen0 budget (dotnet/runtime src/coreclr/gc/init.cpp\n"
      << "get_gen0_min_size, dynamic_tuning.cpp init_static_data): largest cache ";
    if (d.cache_bytes != 0)
        s << "= " << kib(d.cache_bytes);
    else
        s << "unknown (0)";
    s << ", gen0size = max(4/5 of it, 256 KiB) = " << kib(d.gen0size)
      << ", gen0 min = gen0size / 8 * 5 = " << kib(d.gen0_min_size)
      << ",\ngen0 max = max(6 MiB, min) = " << kib(d.gen0_max_size) << ", so B0 = " << kib(d.budget)
      << ". B1 = B0 and B2 = 10 * B0 are this model's choices.\n"
      << "Reported as collections per 1,000 operations (BenchmarkDotNet's unit) and over time.\n";
    return s.str();
}

} // namespace vtl::measure
