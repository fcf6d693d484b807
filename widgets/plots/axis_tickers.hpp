// Axis tickers whose labels carry units ("100 ns", "1 µs", "25 MB", "150 %"), so an axis
// reads without mental arithmetic. QCustomPlot's ticker chooses where the ticks go; the
// formatter (one of models/text/unit_format) writes each label.
//   LogAxisTicker    base-10 logarithmic axis
//   ValueAxisTicker  linear axis, QCustomPlot's usual choice of readable tick steps
#pragma once

#include "widgets/plots/qcustomplot_lean.hpp"

#include <QString>

#include <functional>
#include <utility>

namespace vtl::widgets {

template <class Base>
class UnitAxisTicker : public Base {
public:
    using Formatter = std::function<QString(double)>;

protected:
    explicit UnitAxisTicker(Formatter format)
        : format_(std::move(format)) {}

    QString getTickLabel(double tick, const QLocale&, QChar, int) override {
        // Ticks computed as sums of steps land on 1e-17 instead of 0.
        return format_(tick > -1e-12 && tick < 1e-12 ? 0.0 : tick);
    }

private:
    Formatter format_;
};

class LogAxisTicker : public UnitAxisTicker<QCPAxisTickerLog> {
public:
    explicit LogAxisTicker(Formatter format);
};

class ValueAxisTicker : public UnitAxisTicker<QCPAxisTicker> {
public:
    explicit ValueAxisTicker(Formatter format, int tick_count = 5);
};

} // namespace vtl::widgets
