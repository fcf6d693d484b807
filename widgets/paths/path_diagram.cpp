#include "widgets/paths/path_diagram.hpp"
#include "widgets/common/ui_palette.hpp"

#include "widgets/await_twice/await_twice_badge.hpp"
#include "models/paths/path_geometry.hpp"
#include "widgets/plots/strategy_style.hpp"
#include "models/text/unit_format.hpp"

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

namespace {

const QColor& sync_colour = palette::good;
const QColor async_colour(0xB8, 0x6B, 0x00);
const QColor common_colour(0x6E, 0x6E, 0x6E);
const QColor stack_fill(0xE9, 0xF6, 0xEC);
const QColor heap_fill(0xFF, 0xF1, 0xDB);
using palette::ink;
using palette::muted;

struct Fonts {
    QFont region, label, small, caption, token;
};

Fonts make_fonts(const QFont& base, double unit) {
    Fonts f{base, base, base, base, base};
    f.region.setPixelSize(std::max(12, static_cast<int>(unit * 1.05)));
    f.region.setBold(true);
    f.label.setPixelSize(std::max(11, static_cast<int>(unit * 0.92)));
    f.label.setBold(true);
    f.small.setPixelSize(std::max(10, static_cast<int>(unit * 0.78)));
    f.caption.setPixelSize(std::max(12, static_cast<int>(unit * 1.0)));
    f.caption.setBold(true);
    f.token.setPixelSize(std::max(10, static_cast<int>(unit * 0.75)));
    f.token.setBold(true);
    return f;
}

double ease(double t) {
    return t * t * (3.0 - 2.0 * t);
}

std::vector<QPointF> lane_points(const std::vector<PathStation>& lane, const QRectF& area) {
    std::vector<QPointF> pts;
    for (PathStation s : lane)
        pts.push_back(PathGeometry::station_point(s, area));
    return pts;
}

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
        draw_arrowhead(p, mid, seg.p1(), width * 1.5, c.darker(115));
    }
}

// Text centred on `anchor` horizontally; `above` puts its bottom edge on the anchor.
void draw_text_block(QPainter& p, QPointF anchor, bool above, const QString& title,
                     const QString& sub, const Fonts& fonts, const QColor& colour, double max_width,
                     Qt::Alignment halign = Qt::AlignHCenter) {
    const QFontMetricsF tm(fonts.label), sm(fonts.small);
    const int flags = static_cast<int>(halign) | Qt::TextWordWrap;
    const QRectF tb = tm.boundingRect(QRectF(0, 0, max_width, 1000), flags, title);
    const QRectF sb =
        sub.isEmpty() ? QRectF() : sm.boundingRect(QRectF(0, 0, max_width, 1000), flags, sub);
    const double h = tb.height() + sb.height();
    double left = anchor.x() - max_width / 2;
    if (halign & Qt::AlignLeft)
        left = anchor.x();
    else if (halign & Qt::AlignRight)
        left = anchor.x() - max_width;
    const double top = above ? anchor.y() - h : anchor.y();
    p.setFont(fonts.label);
    p.setPen(colour);
    p.drawText(QRectF(left, top, max_width, tb.height()), flags, title);
    if (!sub.isEmpty()) {
        p.setFont(fonts.small);
        p.setPen(muted);
        p.drawText(QRectF(left, top + tb.height(), max_width, sb.height()), flags, sub);
    }
}

void draw_node(QPainter& p, QPointF c, double r, const QColor& border) {
    p.setPen(QPen(border, std::max(2.0, r * 0.3)));
    p.setBrush(Qt::white);
    p.drawEllipse(c, r, r);
}

void draw_diamond(QPainter& p, QPointF c, double r, const QFont& font) {
    QPolygonF d;
    d << c + QPointF(0, -r) << c + QPointF(r, 0) << c + QPointF(0, r) << c + QPointF(-r, 0);
    p.setPen(QPen(ink, std::max(2.0, r * 0.12)));
    p.setBrush(QColor(0xFA, 0xFA, 0xFA));
    p.drawPolygon(d);
    p.setFont(font);
    p.setPen(ink);
    p.drawText(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), Qt::AlignCenter, QStringLiteral("?"));
}

void draw_bolt(QPainter& p, QPointF c, double s, const QColor& colour) {
    QPolygonF bolt;
    bolt << c + QPointF(0.15 * s, -0.9 * s) << c + QPointF(-0.45 * s, 0.1 * s)
         << c + QPointF(-0.02 * s, 0.1 * s) << c + QPointF(-0.2 * s, 0.9 * s)
         << c + QPointF(0.45 * s, -0.15 * s) << c + QPointF(0.03 * s, -0.15 * s);
    p.setPen(QPen(colour.darker(140), 1.2));
    p.setBrush(colour);
    p.drawPolygon(bolt);
}

void draw_heap_icon(QPainter& p, QPointF c, double s, const QColor& colour) {
    p.setPen(QPen(colour.darker(150), 1.2));
    const std::array<QRectF, 3> blocks{QRectF(c.x() - s, c.y() + 0.1 * s, 0.9 * s, 0.8 * s),
                                       QRectF(c.x() + 0.1 * s, c.y() + 0.1 * s, 0.9 * s, 0.8 * s),
                                       QRectF(c.x() - 0.45 * s, c.y() - 0.8 * s, 0.9 * s, 0.8 * s)};
    for (const auto& b : blocks) {
        p.setBrush(colour.lighter(130));
        p.drawRect(b);
    }
}

void draw_clock(QPainter& p, QPointF c, double r, double turns, bool running) {
    p.setPen(QPen(async_colour, std::max(2.5, r * 0.14)));
    p.setBrush(Qt::white);
    p.drawEllipse(c, r, r);
    p.setPen(QPen(ink, std::max(1.0, r * 0.06)));
    for (int i = 0; i < 12; ++i) {
        const double a = i * std::numbers::pi / 6;
        p.drawLine(c + QPointF(std::cos(a), std::sin(a)) * r * 0.78,
                   c + QPointF(std::cos(a), std::sin(a)) * r * 0.92);
    }
    const double minute = running ? turns * 2 * std::numbers::pi : -std::numbers::pi / 3;
    const double hour = running ? turns * 2 * std::numbers::pi / 12 : std::numbers::pi * 1.15;
    p.setPen(QPen(ink, std::max(2.0, r * 0.13), Qt::SolidLine, Qt::RoundCap));
    p.drawLine(c, c + QPointF(std::sin(hour), -std::cos(hour)) * r * 0.45);
    p.setPen(QPen(running ? async_colour.darker(130) : ink, std::max(1.5, r * 0.09), Qt::SolidLine,
                  Qt::RoundCap));
    p.drawLine(c, c + QPointF(std::sin(minute), -std::cos(minute)) * r * 0.72);
}

QString sync_subtitle(Strategy s) {
    switch (s) {
    case Strategy::task:
        return PathDiagram::tr("the value in a Task<T>: new, or a cached one");
    case Strategy::valuetask:
    case Strategy::pooled:
    case Strategy::pooled_unbounded:
        return PathDiagram::tr("the value inside the ValueTask, on the stack");
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

void PathDiagram::paintEvent(QPaintEvent*) {
    ++frames_;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QRectF all = rect();
    p.fillRect(all, Qt::white);

    const double unit = std::clamp(std::min(all.width() / 46.0, all.height() / 27.0), 11.0, 30.0);
    const Fonts fonts = make_fonts(font(), unit);
    const double region_band =
        QFontMetricsF(fonts.region).height() + QFontMetricsF(fonts.small).height() + unit * 0.5;
    const double caption_band = QFontMetricsF(fonts.caption).height() * 2.6;
    const QRectF area =
        all.adjusted(unit * 0.6, region_band + unit * 0.4, -unit * 0.6, -caption_band);
    const double border_x = area.left() + PathGeometry::heap_region_x * area.width();

    // The two halves: where a hit stays, where a miss has to go.
    const QRectF stack_rect(all.left(), all.top(), border_x - all.left(),
                            all.height() - caption_band + unit * 0.3);
    const QRectF heap_rect(border_x, all.top(), all.right() - border_x, stack_rect.height());
    p.fillRect(stack_rect, stack_fill);
    p.fillRect(heap_rect, heap_fill);
    p.setPen(QPen(QColor(0xBB, 0xBB, 0xBB), 1, Qt::DashLine));
    p.drawLine(QPointF(border_x, all.top()), QPointF(border_x, stack_rect.bottom()));
    const double title_h = QFontMetricsF(fonts.region).height();
    const auto region_title = [&](const QRectF& r, const QString& title, const QString& sub,
                                  const QColor& colour) {
        const QRectF t(r.left() + unit * 2.3, all.top() + unit * 0.25, r.width() - unit * 2.6,
                       title_h);
        p.setFont(fonts.region);
        p.setPen(colour);
        p.drawText(t, Qt::AlignVCenter | Qt::AlignLeft,
                   QFontMetricsF(fonts.region).elidedText(title, Qt::ElideRight, t.width()));
        p.setFont(fonts.small);
        p.drawText(QRectF(t.left(), t.bottom(), t.width(), QFontMetricsF(fonts.small).height()),
                   Qt::AlignVCenter | Qt::AlignLeft,
                   QFontMetricsF(fonts.small).elidedText(sub, Qt::ElideRight, t.width()));
    };
    const QPointF icon_at(0, all.top() + unit * 0.25 + title_h / 2);
    draw_bolt(p, QPointF(stack_rect.left() + unit * 1.2, icon_at.y()), unit * 0.7, sync_colour);
    region_title(stack_rect, tr("STACK"), tr("synchronous: a cache hit never leaves it"),
                 sync_colour.darker(120));
    draw_clock(p, QPointF(heap_rect.left() + unit * 1.2, icon_at.y()), unit * 0.6, 0, false);
    region_title(heap_rect, tr("HEAP + BACKEND"), tr("asynchronous: where a miss goes"),
                 async_colour.darker(125));

    const auto pt = [&](PathStation s) {
        return PathGeometry::station_point(s, area);
    };
    const Strategy shown =
        state_ != nullptr && state_->strategy ? *state_->strategy : Strategy::valuetask;

    // The caller: one box on the left; calls leave it at the top and come back into it.
    const QPointF caller_top = pt(PathStation::caller);
    const QRectF caller_box(caller_top.x() - unit * 2.3, area.top() + area.height() * 0.06,
                            unit * 4.6, area.height() * 0.88);
    p.setPen(QPen(ink, 2));
    p.setBrush(Qt::white);
    p.drawRoundedRect(caller_box, unit * 0.5, unit * 0.5);
    p.setFont(fonts.label);
    p.setPen(ink);
    p.drawText(
        QRectF(caller_box.left(), caller_box.top() + unit * 0.2, caller_box.width(), unit * 1.4),
        Qt::AlignCenter, tr("caller"));
    p.setFont(fonts.small);
    p.setPen(muted);
    p.drawText(
        QRectF(caller_box.left(), caller_box.bottom() - unit * 2.6, caller_box.width(), unit * 2.4),
        Qt::AlignCenter | Qt::TextWordWrap, tr("co_await op"));

    const double lane_w = std::max(5.0, unit * 0.62);
    draw_lane(p, lane_points(PathGeometry::common_lane(), area), common_colour, lane_w);
    draw_lane(p, lane_points(PathGeometry::async_lane(), area), async_colour, lane_w * 1.15);
    draw_lane(p, lane_points(PathGeometry::sync_lane(), area), sync_colour, lane_w * 1.15);

    // Branch labels, big: the one word a newcomer needs at the fork.
    p.setFont(fonts.region);
    p.setPen(sync_colour.darker(115));
    const QPointF cc = pt(PathStation::cache_check);
    p.drawText(QRectF(cc.x() + unit * 0.7, cc.y() + unit * 1.2, unit * 4, unit * 1.6),
               Qt::AlignLeft | Qt::AlignVCenter, tr("hit"));
    p.setPen(async_colour.darker(115));
    p.drawText(QRectF(cc.x() + unit * 1.5, cc.y() - unit * 1.9, unit * 4, unit * 1.6),
               Qt::AlignLeft | Qt::AlignVCenter, tr("miss"));

    // Nodes and their labels.
    const double node_r = unit * 0.45;
    draw_node(p, pt(PathStation::service), node_r, common_colour);
    draw_text_block(p, pt(PathStation::service) - QPointF(0, unit * 0.8), true,
                    tr("service method"), tr("get(spec)"), fonts, ink, unit * 7);
    draw_diamond(p, cc, unit * 1.1, fonts.label);
    draw_text_block(p, cc - QPointF(0, unit * 1.25), true, tr("in the cache?"), QString(), fonts,
                    ink, unit * 7);

    const QPointF sr = pt(PathStation::sync_return);
    draw_node(p, sr, node_r * 1.5, sync_colour);
    draw_bolt(p, sr, unit * 0.55, sync_colour);
    const QPointF sync_label((sr.x() + caller_box.right()) / 2, sr.y() + unit * 0.75);
    draw_text_block(p, sync_label, false, tr("returns at once"), sync_subtitle(shown), fonts,
                    sync_colour.darker(125), sr.x() - caller_box.right() - unit * 0.6);

    const double right_label_w = area.right() - pt(PathStation::async_start).x() - unit * 1.6;
    const QPointF as = pt(PathStation::async_start);
    draw_node(p, as, node_r * 1.6, async_colour);
    draw_heap_icon(p, as, unit * 0.5, async_colour);
    draw_text_block(p, as + QPointF(unit * 1.3, -unit * 0.9), false, tr("Task / frame on the heap"),
                    async_subtitle(shown), fonts, async_colour.darker(135), right_label_w,
                    Qt::AlignLeft);

    bool waiting = false;
    if (state_ != nullptr)
        for (const auto& t : state_->tokens)
            waiting = waiting || (t.at == PathStation::awaiting && t.progress >= 1.0);
    const QPointF aw = pt(PathStation::awaiting);
    draw_clock(p, aw, unit * 1.35, time_ms_ / 1000.0, waiting);
    draw_text_block(p, aw + QPointF(unit * 1.7, -unit * 0.9), false, tr("caller suspended"),
                    tr("waiting for the backend"), fonts, async_colour.darker(135), right_label_w,
                    Qt::AlignLeft);

    const QPointF bd = pt(PathStation::backend_done);
    draw_node(p, bd, node_r * 1.3, async_colour);
    QString waited;
    if (state_ != nullptr && state_->focus) {
        if (const PathToken* t =
                state_->token(state_->focus->event.strategy, state_->focus->event.call);
            t != nullptr && t->wait_ns >= 0)
            waited = tr("waited %1 (run clock)").arg(format_ns(static_cast<double>(t->wait_ns)));
    }
    draw_text_block(p, bd + QPointF(unit * 1.3, -unit * 0.9), false, tr("backend done"),
                    waited.isEmpty() ? tr("result set") : tr("result set · %1").arg(waited), fonts,
                    async_colour.darker(135), right_label_w, Qt::AlignLeft);

    const QPointF rs = pt(PathStation::resumed);
    draw_node(p, rs, node_r * 1.3, async_colour);
    draw_text_block(p, rs + QPointF(0, unit * 0.8), false, tr("continuation resumes the caller"),
                    QString(), fonts, async_colour.darker(135), unit * 10);

    for (PathStation d : {PathStation::delivered_sync, PathStation::delivered_async}) {
        const QColor c = d == PathStation::delivered_sync ? sync_colour : async_colour;
        draw_node(p, pt(d), node_r, c);
    }

    // Tokens. Calls resting at the same station sit side by side instead of on top.
    if (state_ != nullptr) {
        const double r = std::max(9.0, unit * 0.72);
        std::array<int, path_station_count> resting{};
        const PathFocus* focus = state_->focus ? &*state_->focus : nullptr;
        for (const auto& t : state_->tokens) {
            QPointF c = PathGeometry::point_along(t.from, t.at, ease(t.progress), area);
            if (t.progress >= 1.0) {
                const int n = resting[static_cast<std::size_t>(t.at)]++;
                static constexpr std::array<QPointF, 9> offsets{
                    QPointF(0, 0),    QPointF(1, 0.6),   QPointF(-1, 0.6),
                    QPointF(1, -0.6), QPointF(-1, -0.6), QPointF(2, 0),
                    QPointF(-2, 0),   QPointF(0, 1.2),   QPointF(0, -1.2)};
                c += offsets[static_cast<std::size_t>(n) % offsets.size()] * r * 1.15;
            }
            const bool focused = focus != nullptr && focus->event.call == t.call &&
                                 focus->event.strategy == t.strategy;
            const QColor colour = strategy_colour(t.strategy);
            p.save();
            p.setOpacity(t.opacity);
            if (focused) {
                QColor halo = colour;
                halo.setAlpha(70);
                p.setPen(Qt::NoPen);
                p.setBrush(halo);
                p.drawEllipse(c, r * 1.75, r * 1.75);
            }
            p.setPen(QPen(QColor(0x20, 0x20, 0x20), r * 0.38));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(c, r, r);
            p.setPen(QPen(Qt::white, r * 0.22));
            p.setBrush(colour);
            p.drawEllipse(c, r, r);
            if (t.alloc_flash > 0) {
                // The allocation this call just made, floating up from it.
                p.setOpacity(t.opacity * std::min(1.0, t.alloc_flash * 1.6));
                // Up and to the left: the station labels sit to the right of the heap lane.
                const QPointF at = c + QPointF(-r * 1.3, -r * (1.2 + 1.8 * (1.0 - t.alloc_flash)));
                p.setFont(fonts.label);
                p.setPen(QColor(0x9A, 0x2B, 0x00));
                p.drawText(QRectF(at.x() - r * 9, at.y() - r, r * 9, r * 2),
                           Qt::AlignRight | Qt::AlignVCenter,
                           tr("+%1 heap").arg(format_bytes(static_cast<double>(t.flash_bytes))));
                p.setOpacity(t.opacity);
            }
            if (t.double_await != DoubleAwaitOutcome::none) {
                const QPointF b = c + QPointF(r * 1.9, 0);
                paint_outcome_badge(p, b, r * 1.05, t.double_await);
                p.setFont(fonts.label);
                p.setPen(outcome_colour(t.double_await));
                p.drawText(QRectF(b.x() + r * 1.4, b.y() - r, unit * 14, r * 2),
                           Qt::AlignLeft | Qt::AlignVCenter, outcome_label(t.double_await));
            }
            p.restore();
        }
    }

    // Bottom band: what just happened, in words, and which colour is which strategy.
    const QRectF band(all.left(), all.bottom() - caption_band + unit * 0.3, all.width(),
                      caption_band - unit * 0.3);
    p.fillRect(band, QColor(0xF7, 0xF7, 0xF7));
    p.setFont(fonts.caption);
    p.setPen(ink);
    const QString caption =
        state_ != nullptr ? focus_caption(*state_) : tr("Waiting for traced calls.");
    const QRectF caption_rect =
        band.adjusted(unit * 0.6, unit * 0.1, -unit * 0.6, -band.height() / 2);
    // Shrink a long caption a little before eliding it: it is the sentence that explains.
    QFont caption_font = fonts.caption;
    for (int i = 0;
         i < 4 && QFontMetricsF(caption_font).horizontalAdvance(caption) > caption_rect.width();
         ++i)
        caption_font.setPixelSize(std::max(10, caption_font.pixelSize() * 9 / 10));
    p.setFont(caption_font);
    p.drawText(
        caption_rect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(caption_font).elidedText(caption, Qt::ElideRight, caption_rect.width()));
    double x = band.left() + unit * 0.6;
    const double y = band.top() + band.height() * 0.72;
    p.setFont(fonts.small);
    for (Strategy s : workload::all_strategies) {
        p.setPen(QPen(QColor(0x20, 0x20, 0x20), 1.5));
        p.setBrush(strategy_colour(s));
        p.drawEllipse(QPointF(x + unit * 0.4, y), unit * 0.4, unit * 0.4);
        const QString name = QLatin1String(workload::to_string(s));
        p.setPen(ink);
        const double w = QFontMetricsF(fonts.small).horizontalAdvance(name);
        p.drawText(QPointF(x + unit * 1.0, y + QFontMetricsF(fonts.small).ascent() * 0.38), name);
        x += unit * 1.0 + w + unit * 1.2;
    }
}

} // namespace vtl::widgets
