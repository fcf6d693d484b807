#include "widgets/plots/value_axis_ticker.hpp"

#include <cmath>
#include <utility>

namespace vtl::widgets {

ValueAxisTicker::ValueAxisTicker(Formatter format, int tick_count)
    : format_(std::move(format)) {
    setTickCount(tick_count);
}

QString ValueAxisTicker::getTickLabel(double tick, const QLocale&, QChar, int) {
    // Ticks computed as sums of steps land on 1e-17 instead of 0.
    return format_(std::fabs(tick) < 1e-12 ? 0.0 : tick);
}

} // namespace vtl::widgets
