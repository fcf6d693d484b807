// One look per strategy, shared by every plot, table and animation in the app, so a colour
// means the same strategy everywhere. Okabe–Ito colours: distinguishable with the common
// colour-vision deficiencies and saturated enough to survive a washed-out projector; each
// strategy also has its own dash pattern and marker so print-outs in grey still work.
#pragma once

#include "models/text/strategy_names.hpp"
#include "workload/scenario.hpp"

#include <QColor>
#include <QPen>
#include <QString>

namespace vtl::widgets {

using models::strategy_description;
using models::strategy_name;

struct StrategyStyle {
    QColor colour;
    Qt::PenStyle dash;
    int marker; // QCPScatterStyle::ScatterShape, kept as int so this header needs no QCustomPlot
};

const StrategyStyle& strategy_style(workload::Strategy s);
QColor strategy_colour(workload::Strategy s);
// A pen for the strategy's curves; `width` in device-independent pixels.
QPen strategy_pen(workload::Strategy s, double width = 2.5);

} // namespace vtl::widgets
