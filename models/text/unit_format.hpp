// Number formatting shared by plots, tables and labels: every number the app shows carries
// its unit and keeps about three significant digits.
//
// On screen, decimal point and digit grouping follow the chosen language ("1 234,5" in
// Russian, "1,234.5" in English and Japanese) once the GUI calls
// set_numbers_follow_language(true). Everywhere else (the headless command line, and the
// figures and verdicts that go into claims.csv) they stay '.' and ',' whatever the language,
// so text that lands in files or scripts reads the same in every locale.
#pragma once

#include <QLocale>
#include <QString>

#include <cstdint>

namespace vtl::models {

// Process-wide; the GUI and its offscreen renderers turn it on before building any view.
void set_numbers_follow_language(bool on);
// The locale the functions below format with: QLocale() when numbers follow the language,
// else en_US.
QLocale number_locale();

// "3.2", "45", "1,200" — about `digits` significant digits, thousands separated.
QString format_number(double value, int digits = 3);
// "1,000,000"
QString format_count(std::uint64_t value);
QString format_count(double value);
// 85 → "85 ns", 1500 → "1.5 µs", 5e7 → "50 ms", 2e9 → "2 s".
QString format_ns(double ns);
// Decimal (SI) units, as the seeds' "25 MB": 32 → "32 B", 2.5e7 → "25 MB".
QString format_bytes(double bytes);
// Binary units, as GC budgets are configured: 262144 → "256 KiB".
QString format_bytes_binary(double bytes);
// 8.1e6 → "8.1 M"; plain below 10,000.
QString format_si(double value);
// 0.8 → "80 %"; 0.999 → "99.9 %".
QString format_percent(double fraction);
// 1.0 → "1 s", 75 → "1 min 15 s", 0.25 → "0.25 s".
QString format_duration_s(double seconds);

} // namespace vtl::models
