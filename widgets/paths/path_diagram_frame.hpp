// PathDiagram's layout, inside the widget's files only: the fonts, the texts that depend on the
// state and one paint's geometry (Frame), and the search for the largest text that fits.
// path_diagram_layout.cpp lays out; path_diagram.cpp paints what the Frame holds.
#pragma once

#include "models/paths/path_geometry.hpp"
#include "widgets/common/ui_palette.hpp"
#include "widgets/paths/path_diagram.hpp"

#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <utility>
#include <vector>

namespace vtl::widgets::path_diagram_detail {

using Label = PathDiagram::Label;

struct Fonts {
    QFont region, label, small, caption;
};

// The texts that depend on the state, gathered once per layout.
struct Texts {
    QString sync_sub, async_sub, waited, caption;
    workload::Strategy shown = workload::Strategy::valuetask;
};

// One paint's geometry: regions, the station area, the caller box, the bottom band, the fonts
// and every label, measured.
struct Frame {
    QRectF all, area, stack_rect, heap_rect, band, caller_box;
    double unit = 10, border_x = 0, k = 1;
    Fonts fonts;
    std::vector<Label> labels;
    std::vector<std::pair<QPointF, workload::Strategy>> legend_dots;
    bool fits = true;

    QPointF pt(trace_view::PathStation s) const {
        return models::PathGeometry::station_point(s, area);
    }
};

// The widget's text size in pixels, whatever unit its font was set in.
double em_of(const QWidget& w);

// The largest text that fits, from a little above the widget's font down to 90 % of it.
Frame layout_diagram(const QWidget& w, const Texts& t, const ui_palette::Colours& c);

} // namespace vtl::widgets::path_diagram_detail
