#include "widgets/plots/log_axis_ticker.hpp"

#include <utility>

namespace vtl::widgets {

LogAxisTicker::LogAxisTicker(Formatter format)
    : format_(std::move(format)) {
    setLogBase(10);
    setSubTickCount(8);
}

QString LogAxisTicker::getTickLabel(double tick, const QLocale&, QChar, int) {
    return format_(tick);
}

} // namespace vtl::widgets
