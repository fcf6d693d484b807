#include "measure/gc_model.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>
#include <string>

namespace vtl::measure {
namespace {

constexpr std::uint64_t kKiB = 1024;
constexpr std::uint64_t kMiB = 1024 * kKiB;
constexpr std::uint64_t kMinGen0 = 160 * kKiB;
constexpr std::uint64_t kMaxGen0 = 6 * kMiB;
constexpr std::uint64_t kFallbackGen0 = 256 * kKiB;

// sysfs writes cache sizes as "32768K" (sometimes "M", or plain bytes). 0 when unparsable.
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

std::uint64_t read_l3_bytes() {
    // index0..3 are usual (L1d, L1i, L2, L3); a few more cost nothing to probe.
    for (int index = 0; index < 16; ++index) {
        const std::string dir =
            "/sys/devices/system/cpu/cpu0/cache/index" + std::to_string(index) + "/";
        std::ifstream level_file(dir + "level");
        if (!level_file)
            continue;
        int level = 0;
        if (!(level_file >> level) || level != 3)
            continue;
        std::ifstream size_file(dir + "size");
        std::string size;
        if (size_file >> size)
            return parse_cache_size(size);
    }
    return 0;
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

// The cache size does not change while we run: sysfs is read once per process.
std::uint64_t l3_bytes() {
    static const std::uint64_t bytes = read_l3_bytes();
    return bytes;
}

} // namespace

std::uint64_t default_gen0_budget_bytes() {
    const std::uint64_t l3 = l3_bytes();
    if (l3 == 0)
        return kFallbackGen0;
    return std::clamp(l3 / 2, kMinGen0, kMaxGen0);
}

GcModel::GcModel(GcModelParams params)
    : b0_(params.gen0_budget_bytes != 0 ? params.gen0_budget_bytes : default_gen0_budget_bytes())
    , b1_(params.gen1_budget_bytes != 0 ? params.gen1_budget_bytes : b0_)
    , b2_(params.gen2_budget_bytes != 0 ? params.gen2_budget_bytes : 10 * b0_) {}

void GcModel::on_allocated(std::uint64_t bytes, std::int64_t live_bytes) noexcept {
    // The per-thread live counter can dip below zero when this thread frees memory another
    // thread allocated; nothing negative can survive a collection.
    const std::uint64_t live = live_bytes > 0 ? static_cast<std::uint64_t>(live_bytes) : 0;
    gen0_fill_ += bytes;
    if (gen0_fill_ < b0_)
        return;
    const std::uint64_t collections = gen0_fill_ / b0_;
    gen0_fill_ %= b0_;
    if (live == 0) {
        // Nothing survives, so none of these collections can promote or trigger gen1/gen2.
        counts_.gen0 += collections;
        return;
    }
    // Every collection in this batch sees the same live heap; the loop is bounded by
    // bytes / B0 and usually runs once.
    for (std::uint64_t i = 0; i < collections; ++i) {
        ++counts_.gen0;
        promoted1_ += live;
        if (promoted1_ < b1_)
            continue;
        ++counts_.gen1;
        promoted2_ += std::min(live, promoted1_);
        promoted1_ = 0;
        if (promoted2_ < b2_)
            continue;
        ++counts_.gen2;
        promoted2_ = 0;
    }
}

std::string GcModel::describe() const {
    std::ostringstream s;
    s << "GC-equivalent pressure: a model of a .NET generational GC, not a real collector.\n"
      << "Budgets: B0 = " << kib(b0_) << " (" << b0_ << " bytes), B1 = " << kib(b1_)
      << ", B2 = " << kib(b2_) << ".\n"
      << "  gen0: one collection each time B0 = " << kib(b0_)
      << " have been allocated since the previous one,\n"
      << "        so gen0 count = floor(total allocated / " << kib(b0_) << ").\n"
      << "        The bytes live at that moment are promoted: P1 += live.\n"
      << "  gen1: one collection each time P1 >= B1 = " << kib(b1_) << ";\n"
      << "        then P2 += min(live, P1) and P1 = 0.\n"
      << "  gen2: one collection each time P2 >= B2 = " << kib(b2_) << "; then P2 = 0.\n"
      << "  A gen1 collection also counts as a gen0 one, a gen2 one as both.\n"
      << "Default B0: half this machine's L3 cache, clamped to 160 KiB .. 6 MiB (the .NET\n"
      << "workstation GC rule): ";
    if (const std::uint64_t l3 = l3_bytes(); l3 != 0)
        s << "L3 = " << kib(l3) << ", half = " << kib(l3 / 2) << ", so ";
    else
        s << "L3 size unknown, so ";
    s << kib(default_gen0_budget_bytes()) << ". Defaults B1 = B0 and B2 = 10 * B0.\n"
      << "Reported as collections per 1,000 operations (BenchmarkDotNet's unit) and over time.\n";
    return s.str();
}

} // namespace vtl::measure
