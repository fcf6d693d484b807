#include "widgets/paths/path_diagram_parts.hpp"

#include "models/text/unit_format.hpp"
#include "widgets/await_twice/await_twice_badge.hpp"
#include "widgets/paths/path_diagram.hpp"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace vtl::widgets::path_parts {

using namespace vtl::trace_view;
using namespace vtl::models;

using workload::Strategy;
using workload::TraceKind;

QString stack_region_subtitle() {
    return PathDiagram::tr(
        "synchronous: a hit returns without suspending; what it allocates is still on the heap");
}

// What a hit leaves behind, said exactly (issue 9, point 11). A hit in an `async Task<T>`
// method completes through AsyncTaskMethodBuilder<TResult>.SetResult, which stores
// Task.FromResult(result): a new Task<T> on the heap unless TaskCache has one for that value
// (dotnet/runtime src/libraries/System.Private.CoreLib/src/System/Runtime/CompilerServices/
// AsyncTaskMethodBuilderT.cs, SetResult). A ValueTask<T> hit allocates nothing: the struct
// carries the value. It is held wherever the caller keeps its locals — its stack frame, or,
// once the caller has suspended at an earlier await, the heap box its state machine was
// copied into (same file, GetStateMachineBox: `box.StateMachine = stateMachine`).
QString sync_subtitle(Strategy s) {
    switch (s) {
    case Strategy::task:
        return PathDiagram::tr("a Task<T> on the heap: a new one, or one of the cached Tasks");
    case Strategy::valuetask:
    case Strategy::pooled:
    case Strategy::pooled_unbounded:
        return PathDiagram::tr("no heap object: the ValueTask struct holds the value, in the "
                               "caller's frame (its heap box if it suspended before)");
    case Strategy::valuetask_coroutine:
        return PathDiagram::tr("a ValueTask, but its coroutine frame is already on the heap");
    }
    return {};
}

QString async_subtitle(Strategy s) {
    switch (s) {
    case Strategy::task:
        return PathDiagram::tr("the Task's coroutine frame");
    case Strategy::valuetask:
        return PathDiagram::tr("ValueTask wraps a new Task (its frame)");
    case Strategy::valuetask_coroutine:
        return PathDiagram::tr("the coroutine frame, allocated at entry");
    case Strategy::pooled:
        return PathDiagram::tr("a cached box (1 per thread, 1 per core), else a new one");
    case Strategy::pooled_unbounded:
        return PathDiagram::tr("pooled frame + pooled source: reused, not new");
    }
    return {};
}

QString focus_caption(const PathState& s) {
    if (!s.focus)
        return PathDiagram::tr("Waiting for traced calls — start a run to see them move.");
    const auto& f = *s.focus;
    const auto& e = f.event;
    const PathToken* t = s.token(e.strategy, e.call);
    QString what;
    switch (e.kind) {
    case TraceKind::call_issued:
        what = PathDiagram::tr("the caller calls the service method");
        break;
    case TraceKind::cache_hit:
        what = PathDiagram::tr("cache hit → synchronous path, the result returns at once");
        break;
    case TraceKind::cache_miss:
        what = PathDiagram::tr("cache miss → asynchronous path through the heap and the backend");
        break;
    case TraceKind::allocation:
        what = PathDiagram::tr("heap allocation of %1")
                   .arg(format_bytes(static_cast<double>(e.bytes)));
        break;
    case TraceKind::deallocation:
        what = PathDiagram::tr("a heap block is freed");
        break;
    case TraceKind::suspended:
        what = PathDiagram::tr("the caller is suspended while the backend works");
        break;
    case TraceKind::backend_completed:
        what = t != nullptr && t->wait_ns >= 0
                   ? PathDiagram::tr("the backend answered after %1 (run clock)")
                         .arg(format_ns(static_cast<double>(t->wait_ns)))
                   : PathDiagram::tr("the backend answered: result set");
        break;
    case TraceKind::resumed:
        what = PathDiagram::tr("the continuation resumes the caller");
        break;
    case TraceKind::result_delivered:
        what = t != nullptr && t->latency_ns >= 0
                   ? PathDiagram::tr("the caller has the value, %1 after the call")
                         .arg(format_ns(static_cast<double>(t->latency_ns)))
                   : PathDiagram::tr("the caller has the value");
        break;
    case TraceKind::double_await:
        what = PathDiagram::tr("awaited a second time: %1").arg(outcome_label(e.outcome));
        break;
    default:
        break;
    }
    return PathDiagram::tr("call #%1 · %2 — %3")
        .arg(format_count(e.call), QLatin1String(workload::to_string(e.strategy)), what);
}

namespace {

void draw_arrowhead(QPainter& p, QPointF tip, QPointF from, double size, const QColor& c) {
    const QLineF dir(from, tip);
    const double a = std::atan2(dir.dy(), dir.dx());
    QPolygonF head;
    head << tip << tip - QPointF(std::cos(a - 0.5) * size, std::sin(a - 0.5) * size)
         << tip - QPointF(std::cos(a + 0.5) * size, std::sin(a + 0.5) * size);
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawPolygon(head);
}

} // namespace

void draw_lane(QPainter& p, const std::vector<QPointF>& pts, const QColor& c, double width) {
    QPainterPath path;
    path.moveTo(pts.front());
    for (std::size_t i = 1; i < pts.size(); ++i)
        path.lineTo(pts[i]);
    QColor lane = c;
    lane.setAlpha(150);
    p.setPen(QPen(lane, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    // An arrow in the middle of each segment shows which way calls travel.
    for (std::size_t i = 1; i < pts.size(); ++i) {
        const QLineF seg(pts[i - 1], pts[i]);
        if (seg.length() < width * 4)
            continue;
        const QPointF mid = seg.pointAt(0.5 + width * 0.9 / seg.length());
        draw_arrowhead(p, mid, seg.p1(), width * 1.5, c);
    }
}

void draw_node(QPainter& p, QPointF at, double r, const QColor& border,
               const ui_palette::Colours& c) {
    p.setPen(QPen(border, std::max(2.0, r * 0.3) * c.stroke));
    p.setBrush(c.ground);
    p.drawEllipse(at, r, r);
}

void draw_diamond(QPainter& p, QPointF at, double r, const QFont& font,
                  const ui_palette::Colours& c) {
    QPolygonF d;
    d << at + QPointF(0, -r) << at + QPointF(r, 0) << at + QPointF(0, r) << at + QPointF(-r, 0);
    p.setPen(QPen(c.ink, std::max(2.0, r * 0.12) * c.stroke));
    p.setBrush(c.panel);
    p.drawPolygon(d);
    QFont f = font;
    f.setPixelSize(std::max(8, static_cast<int>(r * 0.9)));
    p.setFont(f);
    p.setPen(c.ink);
    p.drawText(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r), Qt::AlignCenter, QStringLiteral("?"));
}

void draw_bolt(QPainter& p, QPointF at, double s, const QColor& colour) {
    QPolygonF bolt;
    bolt << at + QPointF(0.15 * s, -0.9 * s) << at + QPointF(-0.45 * s, 0.1 * s)
         << at + QPointF(-0.02 * s, 0.1 * s) << at + QPointF(-0.2 * s, 0.9 * s)
         << at + QPointF(0.45 * s, -0.15 * s) << at + QPointF(0.03 * s, -0.15 * s);
    p.setPen(QPen(colour, 1.2));
    p.setBrush(colour);
    p.drawPolygon(bolt);
}

void draw_heap_icon(QPainter& p, QPointF at, double s, const QColor& colour,
                    const ui_palette::Colours& c) {
    p.setPen(QPen(colour, 1.2));
    const std::array<QRectF, 3> blocks{
        QRectF(at.x() - s, at.y() + 0.1 * s, 0.9 * s, 0.8 * s),
        QRectF(at.x() + 0.1 * s, at.y() + 0.1 * s, 0.9 * s, 0.8 * s),
        QRectF(at.x() - 0.45 * s, at.y() - 0.8 * s, 0.9 * s, 0.8 * s)};
    for (const auto& b : blocks) {
        p.setBrush(c.pending_fill);
        p.drawRect(b);
    }
}

void draw_clock(QPainter& p, QPointF at, double r, double turns, bool running,
                const ui_palette::Colours& c) {
    p.setPen(QPen(c.pending, std::max(2.5, r * 0.14) * c.stroke));
    p.setBrush(c.ground);
    p.drawEllipse(at, r, r);
    p.setPen(QPen(c.ink, std::max(1.0, r * 0.06)));
    for (int i = 0; i < 12; ++i) {
        const double a = i * std::numbers::pi / 6;
        p.drawLine(at + QPointF(std::cos(a), std::sin(a)) * r * 0.78,
                   at + QPointF(std::cos(a), std::sin(a)) * r * 0.92);
    }
    const double minute = running ? turns * 2 * std::numbers::pi : -std::numbers::pi / 3;
    const double hour = running ? turns * 2 * std::numbers::pi / 12 : std::numbers::pi * 1.15;
    p.setPen(QPen(c.ink, std::max(2.0, r * 0.13), Qt::SolidLine, Qt::RoundCap));
    p.drawLine(at, at + QPointF(std::sin(hour), -std::cos(hour)) * r * 0.45);
    p.setPen(
        QPen(running ? c.pending : c.ink, std::max(1.5, r * 0.09), Qt::SolidLine, Qt::RoundCap));
    p.drawLine(at, at + QPointF(std::sin(minute), -std::cos(minute)) * r * 0.72);
}

} // namespace vtl::widgets::path_parts
