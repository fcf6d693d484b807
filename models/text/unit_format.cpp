#include "models/text/unit_format.hpp"

#include <QCoreApplication>
#include <QLocale>

#include <atomic>
#include <cmath>

namespace vtl::models {

namespace {

std::atomic<bool> numbers_follow_language{false};

// Rounds to `digits` significant digits but never shows more decimals than that implies.
QString significant(double value, int digits) {
    if (value == 0 || !std::isfinite(value))
        return std::isfinite(value) ? QStringLiteral("0") : QStringLiteral("—");
    const int magnitude = static_cast<int>(std::floor(std::log10(std::fabs(value))));
    const int decimals = std::max(0, digits - 1 - magnitude);
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(value * scale) / scale;
    const QLocale locale = number_locale();
    QString text = locale.toString(rounded, 'f', decimals);
    if (decimals > 0) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(locale.decimalPoint()))
            text.chop(locale.decimalPoint().size());
    }
    return text;
}

struct Unit {
    double size;
    const char* name;
};

template <std::size_t N>
QString with_unit(double value, const Unit (&units)[N], int digits = 3) {
    const double magnitude = std::fabs(value);
    const Unit* chosen = &units[0];
    for (const Unit& u : units) {
        // Move to the larger unit once the value rounds to at least 1 of it.
        if (magnitude >= u.size * 0.9995)
            chosen = &u;
    }
    return significant(value / chosen->size, digits) + QChar(0x00A0) +
           QString::fromUtf8(chosen->name);
}

} // namespace

void set_numbers_follow_language(bool on) {
    numbers_follow_language.store(on, std::memory_order_relaxed);
}

QLocale number_locale() {
    // QLocale() is the default locale, which app::apply_language sets to the chosen language.
    if (numbers_follow_language.load(std::memory_order_relaxed))
        return QLocale();
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QString format_number(double value, int digits) {
    if (std::fabs(value) >= std::pow(10.0, digits))
        return number_locale().toString(std::round(value), 'f', 0);
    return significant(value, digits);
}

QString format_count(std::uint64_t value) {
    return number_locale().toString(qulonglong(value));
}

QString format_count(double value) {
    return number_locale().toString(std::round(value), 'f', 0);
}

QString format_ns(double ns) {
    static constexpr Unit units[] = {{1, "ns"}, {1e3, "µs"}, {1e6, "ms"}, {1e9, "s"}};
    return with_unit(ns, units);
}

QString format_bytes(double bytes) {
    static constexpr Unit units[] = {{1, "B"}, {1e3, "kB"}, {1e6, "MB"}, {1e9, "GB"}};
    return with_unit(bytes, units);
}

QString format_bytes_binary(double bytes) {
    static constexpr Unit units[] = {
        {1, "B"}, {1024.0, "KiB"}, {1024.0 * 1024, "MiB"}, {1024.0 * 1024 * 1024, "GiB"}};
    return with_unit(bytes, units);
}

QString format_si(double value) {
    if (std::fabs(value) < 1e4)
        return format_number(value);
    static constexpr Unit units[] = {{1, ""}, {1e3, "k"}, {1e6, "M"}, {1e9, "G"}};
    return with_unit(value, units, 2);
}

QString format_percent(double fraction) {
    const double pct = fraction * 100;
    const double rounded = std::round(pct * 1000) / 1000;
    return significant(rounded, rounded >= 99 ? 5 : 3) + QChar(0x00A0) + QLatin1Char('%');
}

// Durations read as words do ("1 мин 15 с"); the short units of measurements (ns, µs, ms) stay
// the international symbols the seeds use in every language.
QString format_duration_s(double seconds) {
    if (!std::isfinite(seconds) || seconds < 0)
        return QStringLiteral("—");
    // A number and its unit stay on one line: the spaces become no-break spaces.
    const auto words = [](const char* text) {
        return QCoreApplication::translate("vtl::models::UnitFormat", text)
            .replace(QLatin1Char(' '), QChar(0x00A0));
    };
    if (seconds < 60)
        return words(QT_TRANSLATE_NOOP("vtl::models::UnitFormat", "%1 s"))
            .arg(significant(seconds, seconds < 10 ? 2 : 3));
    const auto total = static_cast<long long>(std::round(seconds));
    if (total < 3600)
        return words(QT_TRANSLATE_NOOP("vtl::models::UnitFormat", "%1 min %2 s"))
            .arg(total / 60)
            .arg(total % 60);
    return words(QT_TRANSLATE_NOOP("vtl::models::UnitFormat", "%1 h %2 min"))
        .arg(total / 3600)
        .arg((total % 3600) / 60);
}

} // namespace vtl::models
