// The pieces of the path diagram that are not its layout: the shapes it draws (nodes, the
// fork, the clock, the bolt, lanes with arrows) and the sentences it shows for the state.
#pragma once

#include "trace_view/path_animation_model.hpp"
#include "widgets/common/ui_palette.hpp"
#include "workload/scenario.hpp"

#include <QFont>
#include <QPointF>
#include <QString>

#include <vector>

class QPainter;

namespace vtl::widgets::path_parts {

// The sentences. Each says what is true of .NET, with its source beside it in the .cpp.
QString stack_region_subtitle();
QString sync_subtitle(workload::Strategy s);
QString async_subtitle(workload::Strategy s);
QString focus_caption(const trace_view::PathState& s);

// The shapes, in the palette's colours.
void draw_lane(QPainter& p, const std::vector<QPointF>& pts, const QColor& c, double width);
void draw_node(QPainter& p, QPointF at, double r, const QColor& border,
               const ui_palette::Colours& c);
void draw_diamond(QPainter& p, QPointF at, double r, const QFont& font,
                  const ui_palette::Colours& c);
void draw_bolt(QPainter& p, QPointF at, double s, const QColor& colour);
void draw_heap_icon(QPainter& p, QPointF at, double s, const QColor& colour,
                    const ui_palette::Colours& c);
void draw_clock(QPainter& p, QPointF at, double r, double turns, bool running,
                const ui_palette::Colours& c);

} // namespace vtl::widgets::path_parts
