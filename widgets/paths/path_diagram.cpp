#include "widgets/paths/path_diagram.hpp"

#include "widgets/paths/path_diagram_frame.hpp"
#include "widgets/paths/path_diagram_parts.hpp"

#include "models/paths/path_geometry.hpp"
#include "models/text/unit_format.hpp"
#include "widgets/await_twice/await_twice_badge.hpp"
#include "widgets/common/ui_palette.hpp"
#include "widgets/plots/strategy_style.hpp"

#include <QFontInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace vtl::widgets {

using namespace vtl::trace_view;
using namespace vtl::models;

using workload::DoubleAwaitOutcome;
using workload::Strategy;
using workload::TraceKind;
using Label = PathDiagram::Label;
using namespace path_diagram_detail;

namespace {

double ease(double t) {
    return t * t * (3.0 - 2.0 * t);
}

std::vector<QPointF> lane_points(const std::vector<PathStation>& lane, const QRectF& area) {
    std::vector<QPointF> pts;
    for (PathStation s : lane)
        pts.push_back(PathGeometry::station_point(s, area));
    return pts;
}

// Paint step: the two halves, their border and the icons beside their headings.
void paint_regions(QPainter& p, const Frame& f, const ui_palette::Colours& c) {
    p.fillRect(f.all, c.ground);
    p.fillRect(f.stack_rect, c.good_fill);
    p.fillRect(f.heap_rect, c.pending_fill);
    p.setPen(QPen(c.hairline, 1, Qt::DashLine));
    p.drawLine(QPointF(f.border_x, f.all.top()), QPointF(f.border_x, f.stack_rect.bottom()));
    const double icon_y = f.all.top() + f.unit * 0.25 + QFontMetricsF(f.fonts.region).height() / 2;
    path_parts::draw_bolt(p, QPointF(f.stack_rect.left() + f.unit * 1.2, icon_y), f.unit * 0.7,
                          c.good);
    path_parts::draw_clock(p, QPointF(f.heap_rect.left() + f.unit * 1.2, icon_y), f.unit * 0.6, 0,
                           false, c);
}

// Paint step: the caller's box and the three lanes.
void paint_caller_and_lanes(QPainter& p, const Frame& f, const ui_palette::Colours& c) {
    p.setPen(QPen(c.ink, 2 * c.stroke));
    p.setBrush(c.ground);
    p.drawRoundedRect(f.caller_box, f.unit * 0.5, f.unit * 0.5);
    const double lane_w = std::max(5.0, f.unit * 0.62) * c.stroke;
    path_parts::draw_lane(p, lane_points(PathGeometry::common_lane(), f.area), c.muted, lane_w);
    path_parts::draw_lane(p, lane_points(PathGeometry::async_lane(), f.area), c.pending,
                          lane_w * 1.15);
    path_parts::draw_lane(p, lane_points(PathGeometry::sync_lane(), f.area), c.good, lane_w * 1.15);
}

// Paint step: the stations — nodes, the fork, the clock of the waiting caller.
void paint_stations(QPainter& p, const Frame& f, const ui_palette::Colours& c, bool waiting,
                    double time_ms) {
    const double node_r = f.unit * 0.45;
    path_parts::draw_node(p, f.pt(PathStation::service), node_r, c.muted, c);
    path_parts::draw_diamond(p, f.pt(PathStation::cache_check), f.unit * 1.1, f.fonts.label, c);
    const QPointF sr = f.pt(PathStation::sync_return);
    path_parts::draw_node(p, sr, node_r * 1.5, c.good, c);
    path_parts::draw_bolt(p, sr, f.unit * 0.55, c.good);
    const QPointF as = f.pt(PathStation::async_start);
    path_parts::draw_node(p, as, node_r * 1.6, c.pending, c);
    path_parts::draw_heap_icon(p, as, f.unit * 0.5, c.pending, c);
    path_parts::draw_clock(p, f.pt(PathStation::awaiting), f.unit * 1.35, time_ms / 1000.0, waiting,
                           c);
    path_parts::draw_node(p, f.pt(PathStation::backend_done), node_r * 1.3, c.pending, c);
    path_parts::draw_node(p, f.pt(PathStation::resumed), node_r * 1.3, c.pending, c);
    path_parts::draw_node(p, f.pt(PathStation::delivered_sync), node_r, c.good, c);
    path_parts::draw_node(p, f.pt(PathStation::delivered_async), node_r, c.pending, c);
}

// Paint step: every label, as laid out.
void paint_labels(QPainter& p, const Frame& f) {
    for (const Label& l : f.labels) {
        p.setFont(l.font);
        p.setPen(l.colour);
        p.drawText(l.rect, l.flags, l.text);
    }
}

// Paint step: the band under the diagram and its legend's dots (its words are labels).
void paint_band(QPainter& p, const Frame& f, const ui_palette::Colours& c) {
    p.fillRect(f.band, c.panel);
    const double r = QFontMetricsF(f.fonts.small).height() * 0.4;
    for (const auto& [at, s] : f.legend_dots) {
        p.setPen(QPen(c.ink, 1.5));
        p.setBrush(strategy_colour(s));
        p.drawEllipse(at, r, r);
    }
}

// Paint step: the calls. Calls resting at the same station sit side by side, not on top.
void paint_tokens(QPainter& p, const Frame& f, const ui_palette::Colours& c,
                  const PathState& state) {
    const double r = std::max(9.0, f.unit * 0.72);
    std::array<int, path_station_count> resting{};
    const PathFocus* focus = state.focus ? &*state.focus : nullptr;
    for (const auto& t : state.tokens) {
        QPointF at = PathGeometry::point_along(t.from, t.at, ease(t.progress), f.area);
        if (t.progress >= 1.0) {
            const int n = resting[static_cast<std::size_t>(t.at)]++;
            static constexpr std::array<QPointF, 9> offsets{
                QPointF(0, 0),    QPointF(1, 0.6),   QPointF(-1, 0.6),
                QPointF(1, -0.6), QPointF(-1, -0.6), QPointF(2, 0),
                QPointF(-2, 0),   QPointF(0, 1.2),   QPointF(0, -1.2)};
            at += offsets[static_cast<std::size_t>(n) % offsets.size()] * r * 1.15;
        }
        const bool focused =
            focus != nullptr && focus->event.call == t.call && focus->event.strategy == t.strategy;
        const QColor colour = strategy_colour(t.strategy);
        p.save();
        p.setOpacity(t.opacity);
        if (focused) {
            QColor halo = colour;
            halo.setAlpha(70);
            p.setPen(Qt::NoPen);
            p.setBrush(halo);
            p.drawEllipse(at, r * 1.75, r * 1.75);
        }
        p.setPen(QPen(c.ink, r * 0.38));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(at, r, r);
        p.setPen(QPen(c.ground, r * 0.22));
        p.setBrush(colour);
        p.drawEllipse(at, r, r);
        if (t.alloc_flash > 0) {
            // The allocation this call just made, floating up from it; up and to the left,
            // because the station labels sit to the right of the heap lane.
            p.setOpacity(t.opacity * std::min(1.0, t.alloc_flash * 1.6));
            const QPointF from = at + QPointF(-r * 1.3, -r * (1.2 + 1.8 * (1.0 - t.alloc_flash)));
            p.setFont(f.fonts.label);
            p.setPen(c.pending);
            const QString text =
                PathDiagram::tr("+%1 heap").arg(format_bytes(static_cast<double>(t.flash_bytes)));
            const double w = QFontMetricsF(f.fonts.label).horizontalAdvance(text) + 2;
            p.drawText(QRectF(from.x() - w, from.y() - r, w, r * 2),
                       Qt::AlignRight | Qt::AlignVCenter, text);
            p.setOpacity(t.opacity);
        }
        if (t.double_await != DoubleAwaitOutcome::none) {
            const QPointF b = at + QPointF(r * 1.9, 0);
            paint_outcome_badge(p, b, r * 1.05, t.double_await, c);
            p.setFont(f.fonts.label);
            const QString text = outcome_label(t.double_await);
            const QFontMetricsF fm(f.fonts.label);
            const QRectF box(b.x() + r * 1.4, b.y() - fm.height() / 2,
                             fm.horizontalAdvance(text) + 2, fm.height());
            // On its own ground: the outcome passes over station labels while the call moves.
            p.setBrush(c.ground);
            p.setPen(Qt::NoPen);
            p.drawRoundedRect(box.adjusted(-3, -1, 3, 1), 3, 3);
            p.setPen(outcome_colour(t.double_await, c));
            p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, text);
        }
        p.restore();
    }
}

Texts texts_for(const PathState* state) {
    Texts t;
    t.shown = state != nullptr && state->strategy ? *state->strategy : Strategy::valuetask;
    t.sync_sub = path_parts::sync_subtitle(t.shown);
    t.async_sub = path_parts::async_subtitle(t.shown);
    t.caption = state != nullptr ? path_parts::focus_caption(*state)
                                 : PathDiagram::tr("Waiting for traced calls.");
    if (state != nullptr && state->focus) {
        if (const PathToken* tok =
                state->token(state->focus->event.strategy, state->focus->event.call);
            tok != nullptr && tok->wait_ns >= 0)
            t.waited = PathDiagram::tr("waited %1 (run clock)")
                           .arg(format_ns(static_cast<double>(tok->wait_ns)));
    }
    return t;
}

} // namespace

PathDiagram::PathDiagram(QWidget* parent)
    : QWidget(parent) {
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void PathDiagram::set_state(const PathState* state) {
    state_ = state;
    update();
}

std::vector<PathDiagram::Label> PathDiagram::labels() const {
    return layout_diagram(*this, texts_for(state_), ui_palette::colours(this)).labels;
}

double PathDiagram::text_factor() const {
    return layout_diagram(*this, texts_for(state_), ui_palette::colours(this)).k;
}

// In units of the widget's text size: comfortable at 50 × 32; at 28 × 32 every label still fits
// with the text at 90 % or more (narrow, the labels wrap into more lines: it needs the height).
QSize PathDiagram::sizeHint() const {
    const double em = em_of(*this);
    return {static_cast<int>(em * 50), static_cast<int>(em * 32)};
}

QSize PathDiagram::minimumSizeHint() const {
    const double em = em_of(*this);
    return {static_cast<int>(em * 28), static_cast<int>(em * 32)};
}

void PathDiagram::paintEvent(QPaintEvent*) {
    ++frames_;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const ui_palette::Colours c = ui_palette::colours(this);
    const Frame f = layout_diagram(*this, texts_for(state_), c);
    bool waiting = false;
    if (state_ != nullptr)
        for (const auto& t : state_->tokens)
            waiting = waiting || (t.at == PathStation::awaiting && t.progress >= 1.0);

    paint_regions(p, f, c);
    paint_caller_and_lanes(p, f, c);
    paint_stations(p, f, c, waiting, time_ms_);
    paint_band(p, f, c);
    paint_labels(p, f);
    if (state_ != nullptr)
        paint_tokens(p, f, c, *state_);
}

} // namespace vtl::widgets
