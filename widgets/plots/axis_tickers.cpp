#include "widgets/plots/axis_tickers.hpp"

namespace vtl::widgets {

LogAxisTicker::LogAxisTicker(Formatter format)
    : UnitAxisTicker(std::move(format)) {
    setLogBase(10);
    setSubTickCount(8);
}

ValueAxisTicker::ValueAxisTicker(Formatter format, int tick_count)
    : UnitAxisTicker(std::move(format)) {
    setTickCount(tick_count);
}

} // namespace vtl::widgets
