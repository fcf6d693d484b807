#include "widgets/plots/strategy_style.hpp"

#include "widgets/plots/qcustomplot_lean.hpp"

#include <array>
#include <cstddef>

namespace vtl::widgets {

namespace {

const std::array<StrategyStyle, 5>& styles() {
    static const std::array<StrategyStyle, 5> table{{
        {QColor(0xD5, 0x5E, 0x00), Qt::SolidLine, QCPScatterStyle::ssSquare},
        {QColor(0x00, 0x72, 0xB2), Qt::SolidLine, QCPScatterStyle::ssCircle},
        {QColor(0xCC, 0x79, 0xA7), Qt::DashLine, QCPScatterStyle::ssTriangle},
        {QColor(0x00, 0x9E, 0x73), Qt::DashDotLine, QCPScatterStyle::ssDiamond},
        {QColor(0xE6, 0x9F, 0x00), Qt::DotLine, QCPScatterStyle::ssCross},
    }};
    return table;
}

} // namespace

const StrategyStyle& strategy_style(workload::Strategy s) {
    return styles()[static_cast<std::size_t>(s) % styles().size()];
}

QColor strategy_colour(workload::Strategy s) {
    return strategy_style(s).colour;
}

QPen strategy_pen(workload::Strategy s, double width) {
    QPen pen(strategy_colour(s), width);
    pen.setStyle(strategy_style(s).dash);
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

} // namespace vtl::widgets
