// PathDiagram's layout steps (see path_diagram_frame.hpp): columns, headings, the bottom band,
// the stations and their labels, tried at decreasing text sizes until everything fits.
#include "widgets/paths/path_diagram_frame.hpp"

#include "widgets/paths/path_diagram_parts.hpp"

#include "models/text/unit_format.hpp"
#include "widgets/plots/strategy_style.hpp"

#include <QFontInfo>
#include <QFontMetricsF>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace vtl::widgets::path_diagram_detail {

using namespace vtl::trace_view;
using namespace vtl::models;

using workload::Strategy;

namespace {

// The text may grow a little past the widget's font when the diagram has room, and shrink to
// this much of it (in fine steps) when it has not: never below 90 % (issue 12).
constexpr double max_text_factor = 1.3;
constexpr double min_text_factor = 0.9;
constexpr double text_factor_step = 0.97;

Fonts make_fonts(const QFont& base, double px) {
    Fonts f{base, base, base, base};
    const auto size = [px](double k) {
        return std::max(8, static_cast<int>(std::lround(px * k)));
    };
    f.region.setPixelSize(size(1.12));
    f.region.setBold(true);
    f.label.setPixelSize(size(1.0));
    f.label.setBold(true);
    f.small.setPixelSize(size(0.9));
    f.caption.setPixelSize(size(1.08));
    f.caption.setBold(true);
    return f;
}

// The shapes' unit: from the widget's size only, so the picture keeps its proportions.
double shape_unit(const QRectF& all) {
    return std::clamp(std::min(all.width() / 46.0, all.height() / 27.0), 8.0, 30.0);
}

// `text` wrapped into `width`; the rect is as tall as the wrapped text and placed at the origin.
// A word wider than `width` makes it not fit (it would stick out), and so does a zero width.
Label measure(Frame& f, const QString& text, const QFont& font, const QColor& colour, double width,
              int halign = Qt::AlignHCenter) {
    Label l{text, font, QRectF(0, 0, std::max(0.0, width), 0), halign | Qt::TextWordWrap, colour};
    if (text.isEmpty())
        return l;
    const QRectF b = QFontMetricsF(font).boundingRect(l.rect.adjusted(0, 0, 0, 1e5), l.flags, text);
    l.rect.setHeight(b.height());
    if (width <= 0 || b.width() > width + 0.5)
        f.fits = false;
    return l;
}

// A title over a subtitle, anchored at `anchor`: centred on it, starting at it (AlignLeft) or
// ending at it (AlignRight); `above` puts the block's bottom edge on the anchor.
void place_block(Frame& f, QPointF anchor, bool above, const QString& title, const QString& sub,
                 const QColor& colour, const QColor& sub_colour, double width,
                 int halign = Qt::AlignHCenter, const QFont* title_font = nullptr) {
    Label t = measure(f, title, title_font ? *title_font : f.fonts.label, colour, width, halign);
    Label s = measure(f, sub, f.fonts.small, sub_colour, width, halign);
    double left = anchor.x() - width / 2;
    if (halign & Qt::AlignLeft)
        left = anchor.x();
    else if (halign & Qt::AlignRight)
        left = anchor.x() - width;
    const double top = above ? anchor.y() - t.rect.height() - s.rect.height() : anchor.y();
    t.rect.moveTopLeft(QPointF(left, top));
    s.rect.moveTopLeft(QPointF(left, top + t.rect.height()));
    f.labels.push_back(t);
    if (!sub.isEmpty())
        f.labels.push_back(s);
}

// The longest word of `texts` in `font`: no label column may be narrower.
double longest_word(const QFont& font, std::initializer_list<QString> texts) {
    const QFontMetricsF fm(font);
    double w = 0;
    for (const QString& t : texts)
        for (const QString& word : t.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            w = std::max(w, fm.horizontalAdvance(word));
    return w;
}

// Step 1: left to right — the station area leaves the column right of the async lane wide
// enough for its labels; the border between the halves follows the area.
void layout_columns(Frame& f, const Texts& t, const ui_palette::Colours&) {
    const double pad = f.unit * 0.6;
    const double column_min =
        std::max({longest_word(f.fonts.label, {PathDiagram::tr("Task / frame on the heap"),
                                               PathDiagram::tr("caller suspended")}),
                  longest_word(f.fonts.small, {t.async_sub, t.waited}),
                  QFontMetricsF(f.fonts.label).horizontalAdvance(QStringLiteral("m")) * 9,
                  f.all.width() * 0.2});
    const double left = f.all.left() + pad;
    const double station_w = std::min(
        f.all.width() - 2 * pad, (f.all.right() - pad - left - f.unit * 1.3 - column_min) /
                                     PathGeometry::station_fraction(PathStation::async_start).x());
    f.area.setLeft(left);
    f.area.setWidth(std::max(f.unit * 10, station_w));
    f.border_x = f.area.left() + PathGeometry::heap_region_x * f.area.width();
}

// Step 2: the headings of the two halves; their height sets where the stations begin.
double layout_headings(Frame& f, const ui_palette::Colours& c) {
    const double top = f.all.top() + f.unit * 0.25;
    double bottom = top;
    const auto heading = [&](double left, double right, const QString& title, const QString& sub,
                             const QColor& colour) {
        const double x = left + f.unit * 2.3;
        const double w = right - x - f.unit * 0.4;
        Label tl = measure(f, title, f.fonts.region, colour, w, Qt::AlignLeft);
        Label sl = measure(f, sub, f.fonts.small, colour, w, Qt::AlignLeft);
        tl.rect.moveTopLeft(QPointF(x, top));
        sl.rect.moveTopLeft(QPointF(x, tl.rect.bottom()));
        bottom = std::max(bottom, sl.rect.bottom());
        f.labels.push_back(tl);
        f.labels.push_back(sl);
    };
    heading(f.all.left(), f.border_x, PathDiagram::tr("STACK"), path_parts::stack_region_subtitle(),
            c.good);
    heading(f.border_x, f.all.right(), PathDiagram::tr("HEAP + BACKEND"),
            PathDiagram::tr("asynchronous: where a miss goes"), c.pending);
    return bottom;
}

// Step 3: the bottom band — what just happened, in words, and which colour is which strategy.
double layout_band(Frame& f, const Texts& t, const ui_palette::Colours& c) {
    const double pad = f.unit * 0.6;
    Label caption =
        measure(f, t.caption, f.fonts.caption, c.ink, f.all.width() - 2 * pad, Qt::AlignLeft);
    // The legend flows into as many rows as it needs.
    const QFontMetricsF sm(f.fonts.small);
    const double dot = sm.height() * 0.4;
    const double row_h = sm.height() * 1.15;
    std::vector<Label> names;
    double x = 0;
    int row = 0;
    std::vector<std::pair<QPointF, Strategy>> dots;
    for (Strategy s : workload::all_strategies) {
        const QString name = QLatin1String(workload::to_string(s));
        const double w = dot * 2.5 + sm.horizontalAdvance(name);
        if (x > 0 && x + w > f.all.width() - 2 * pad) {
            ++row;
            x = 0;
        }
        dots.emplace_back(QPointF(x + dot, row * row_h + row_h / 2), s);
        names.push_back(
            Label{name, f.fonts.small,
                  QRectF(x + dot * 2.5, row * row_h, sm.horizontalAdvance(name) + 1, row_h),
                  Qt::AlignLeft | Qt::AlignVCenter, c.ink});
        x += w + dot * 2.5;
    }
    const double legend_h = (row + 1) * row_h;
    const double band_h = caption.rect.height() + legend_h + f.unit * 0.5;
    f.band = QRectF(f.all.left(), f.all.bottom() - band_h, f.all.width(), band_h);
    caption.rect.moveTopLeft(QPointF(f.band.left() + pad, f.band.top() + f.unit * 0.2));
    f.labels.push_back(caption);
    const QPointF origin(f.band.left() + pad, caption.rect.bottom() + f.unit * 0.1);
    for (auto& n : names) {
        n.rect.translate(origin);
        f.labels.push_back(n);
    }
    for (auto& [p, s] : dots)
        f.legend_dots.emplace_back(p + origin, s);
    return f.band.top();
}

// Step 4: the caller box and the labels of the stations.
void layout_stations(Frame& f, const Texts& t, const ui_palette::Colours& c) {
    const double u = f.unit;
    const QFontMetricsF lm(f.fonts.label), sm(f.fonts.small);
    const QString caller = PathDiagram::tr("caller");
    const QString op = PathDiagram::tr("co_await op");
    const QPointF caller_top = f.pt(PathStation::caller);
    // The box is as wide as its words; a long title ("вызывающий" at 1.5× text) takes the small
    // font rather than widen the box into the room the service method's label needs.
    const double base_w = std::max(u * 4.6, longest_word(f.fonts.small, {op}) + u);
    const QFont& caller_font =
        lm.horizontalAdvance(caller) + u <= base_w * 1.15 ? f.fonts.label : f.fonts.small;
    const double box_w = std::max(base_w, QFontMetricsF(caller_font).horizontalAdvance(caller) + u);
    const double box_left = std::max(f.all.left() + u * 0.3, caller_top.x() - box_w / 2);
    f.caller_box =
        QRectF(box_left, f.area.top() + f.area.height() * 0.06, box_w, f.area.height() * 0.88);
    Label cl = measure(f, caller, caller_font, c.ink, box_w - u * 0.4);
    cl.rect.moveTopLeft(QPointF(box_left + u * 0.2, f.caller_box.top() + u * 0.2));
    f.labels.push_back(cl);
    Label ol = measure(f, op, f.fonts.small, c.muted, box_w - u * 0.4);
    ol.rect.moveBottomLeft(QPointF(box_left + u * 0.2, f.caller_box.bottom() - u * 0.3));
    f.labels.push_back(ol);

    const QPointF sv = f.pt(PathStation::service), cc = f.pt(PathStation::cache_check);
    const QPointF sr = f.pt(PathStation::sync_return), as = f.pt(PathStation::async_start);
    const QPointF aw = f.pt(PathStation::awaiting), bd = f.pt(PathStation::backend_done);
    const QPointF rs = f.pt(PathStation::resumed);
    const double gap = u * 0.4;
    const double service_w =
        2 * std::min(sv.x() - f.caller_box.right(), (cc.x() - sv.x()) / 2) - gap;
    const QString service = PathDiagram::tr("service method");
    const QString get = PathDiagram::tr("get(spec)");
    if (longest_word(f.fonts.label, {service}) + 1 <= service_w) {
        place_block(f, sv - QPointF(0, u * 0.8), true, service, get, c.ink, c.muted, service_w);
    } else {
        // Narrow: under the lane, from the caller's box to the hit lane, where nothing else is;
        // in the small font if a word of it is still too wide there (Russian at 1.5× text).
        const double left = f.caller_box.right() + gap;
        const double room = cc.x() - u * 0.8 - left;
        const bool label_fits = longest_word(f.fonts.label, {service}) + 1 <= room;
        place_block(f, QPointF(left, sv.y() + u * 0.8), false, service, get, c.ink, c.muted, room,
                    Qt::AlignLeft, label_fits ? &f.fonts.label : &f.fonts.small);
    }
    place_block(f, cc - QPointF(0, u * 1.25), true, PathDiagram::tr("in the cache?"), QString(),
                c.ink, c.muted, std::min(cc.x() - sv.x(), as.x() - cc.x()) - gap);
    const double question_right = f.labels.back().rect.right();

    // The branch words at the fork, big.
    Label hit = measure(f, PathDiagram::tr("hit"), f.fonts.region, c.good,
                        QFontMetricsF(f.fonts.region).horizontalAdvance(PathDiagram::tr("hit")) + 2,
                        Qt::AlignLeft);
    hit.rect.moveTopLeft(QPointF(cc.x() + u * 0.7, cc.y() + u * 1.2));
    f.labels.push_back(hit);
    Label miss =
        measure(f, PathDiagram::tr("miss"), f.fonts.region, c.pending,
                QFontMetricsF(f.fonts.region).horizontalAdvance(PathDiagram::tr("miss")) + 2,
                Qt::AlignLeft);
    // Right of the fork and clear of the question above it.
    miss.rect.moveBottomLeft(
        QPointF(std::max(cc.x() + u * 1.5, question_right + u * 0.3), cc.y() - u * 0.5));
    f.labels.push_back(miss);

    // Below the hit row nothing is drawn from the caller's box to the heap half: the
    // label may use all of that width.
    place_block(f, QPointF((f.border_x + f.caller_box.right()) / 2, sr.y() + u * 0.75), false,
                PathDiagram::tr("returns at once"), t.sync_sub, c.good, c.muted,
                f.border_x - f.caller_box.right() - u);

    const double column_w = f.all.right() - u * 0.6 - (as.x() + u * 1.3);
    place_block(f, as + QPointF(u * 1.3, -u * 0.9), false,
                PathDiagram::tr("Task / frame on the heap"), t.async_sub, c.pending, c.muted,
                column_w, Qt::AlignLeft);
    place_block(f, aw + QPointF(u * 1.7, -u * 0.9), false, PathDiagram::tr("caller suspended"),
                PathDiagram::tr("waiting for the backend"), c.pending, c.muted, column_w - u * 0.4,
                Qt::AlignLeft);
    place_block(f, bd + QPointF(u * 1.3, -u * 0.9), false, PathDiagram::tr("backend done"),
                t.waited.isEmpty() ? PathDiagram::tr("result set")
                                   : PathDiagram::tr("result set · %1").arg(t.waited),
                c.pending, c.muted, column_w, Qt::AlignLeft);
    place_block(f, rs + QPointF(0, u * 0.8), false,
                PathDiagram::tr("continuation resumes the caller"), QString(), c.pending, c.muted,
                std::min(2 * (rs.x() - f.caller_box.right()) - u, (bd.x() - rs.x()) * 1.2));
}

// Whether every label is inside the widget, clear of the others and of the band.
bool labels_clear(const Frame& f) {
    const QRectF inside = f.all.adjusted(-0.5, -0.5, 0.5, 0.5);
    for (std::size_t i = 0; i < f.labels.size(); ++i) {
        const QRectF a = f.labels[i].rect.adjusted(0.5, 0.5, -0.5, -0.5);
        if (!inside.contains(f.labels[i].rect))
            return false;
        for (std::size_t j = i + 1; j < f.labels.size(); ++j)
            if (a.intersects(f.labels[j].rect.adjusted(0.5, 0.5, -0.5, -0.5)))
                return false;
    }
    return true;
}

Frame layout_at(const QRectF& all, const QFont& base, double px, double k, const Texts& t,
                const ui_palette::Colours& c) {
    Frame f;
    f.all = all;
    f.k = k;
    f.unit = shape_unit(all);
    f.fonts = make_fonts(base, px * k);
    layout_columns(f, t, c);
    const double heading_bottom = layout_headings(f, c);
    const double band_top = layout_band(f, t, c);
    f.stack_rect = QRectF(all.left(), all.top(), f.border_x - all.left(), band_top - all.top());
    f.heap_rect = QRectF(f.border_x, all.top(), all.right() - f.border_x, band_top - all.top());
    // Rows 1 and 3 of the stations between the headings and the band, leaving room for the
    // labels above row 1 and below row 3: first a guess, then moved by what the labels,
    // measured, actually need (their widths are fixed already, so a second pass settles it).
    const double gap = f.unit * 0.3;
    double top = heading_bottom + QFontMetricsF(f.fonts.label).height() * 2 + f.unit;
    double bottom = band_top - QFontMetricsF(f.fonts.label).height() * 2 - f.unit;
    const std::size_t fixed = f.labels.size();
    const bool fits_before = f.fits;
    for (int pass = 0; pass < 3; ++pass) {
        f.labels.resize(fixed);
        f.fits = fits_before;
        // Stations sit at 0.2, 0.5 and 0.8 of the area: stretch it so rows 1 and 3 land there.
        const double h = std::max(f.unit * 6, (bottom - top) / 0.6);
        f.area.setTop(top - h * 0.2);
        f.area.setHeight(h);
        layout_stations(f, t, c);
        double highest = f.caller_box.top(), lowest = f.caller_box.bottom();
        for (std::size_t i = fixed; i < f.labels.size(); ++i) {
            highest = std::min(highest, f.labels[i].rect.top());
            lowest = std::max(lowest, f.labels[i].rect.bottom());
        }
        const double over_top = heading_bottom + gap - highest;
        const double over_bottom = lowest - (band_top - gap);
        if (over_top <= 0.5 && over_bottom <= 0.5)
            break;
        top += std::max(0.0, over_top);
        bottom -= std::max(0.0, over_bottom);
    }
    f.fits = f.fits && labels_clear(f);
    return f;
}

} // namespace

// The widget's text size in pixels, whatever unit its font was set in.
double em_of(const QWidget& w) {
    return std::max(8, QFontInfo(w.font()).pixelSize());
}

// The largest text that fits, from a little above the widget's font down to min_text_factor.
Frame layout_diagram(const QWidget& w, const Texts& t, const ui_palette::Colours& c) {
    const QRectF all = w.rect();
    const double px = em_of(w);
    const double room = std::clamp(shape_unit(all) / px, 1.0, max_text_factor);
    Frame f;
    for (double k = room; k >= min_text_factor - 1e-9; k *= text_factor_step) {
        f = layout_at(all, w.font(), px, k, t, c);
        if (f.fits)
            return f;
    }
    return f;
}

} // namespace vtl::widgets::path_diagram_detail
