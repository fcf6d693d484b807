#include "widgets/paths/heap_strip.hpp"

#include "models/paths/heap_strip_layout.hpp"
#include "models/text/unit_format.hpp"
#include "widgets/common/ui_palette.hpp"
#include "widgets/plots/strategy_style.hpp"

#include <QFontInfo>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace vtl::widgets {

using namespace vtl::trace_view;
using namespace vtl::models;

namespace {

QString generation_name(std::uint8_t g) {
    return QStringLiteral("gen%1").arg(g);
}

// One paint's geometry and text, from the widget's font and size.
struct Strip {
    QRectF all, heap_area, gauge_area, blocks_area, inner, bar;
    QFont title, small, block;
    double em = 12, u = 10, title_h = 16, row_h = 20;
    std::vector<PaintedLabel> labels;
};

QFont sized(const QFont& base, double px, bool bold) {
    QFont f = base;
    f.setPixelSize(std::max(8, static_cast<int>(std::lround(px))));
    f.setBold(bold);
    return f;
}

QString notes_text(const PathState& s) {
    const double budget = static_cast<double>(s.gen0_budget);
    const QString budget_text =
        budget > 0 ? format_bytes_binary(budget) : HeapStrip::tr("unknown until the first event");
    return HeapStrip::tr("%1 of %2 allocated since the last collection · %3 collections seen\n"
                         "a model of a gen0 budget, not a real GC")
        .arg(format_bytes_binary(static_cast<double>(s.gen0_fill)), budget_text)
        .arg(s.collections);
}

double gauge_width(const Strip& st) {
    const double title_w =
        QFontMetricsF(st.title).horizontalAdvance(HeapStrip::tr("GC MODEL — gen0 budget"));
    return std::min(st.all.width() * 0.5,
                    std::max({st.all.width() * 0.34, title_w + st.u, st.em * 14}));
}

// Step 1: fonts and the two areas, side by side.
Strip frame_for(const QRectF& all, const QFont& font) {
    Strip st;
    st.all = all;
    st.em = std::max(8, QFontInfo(font).pixelSize());
    st.u = st.em * 0.8;
    st.title = sized(font, st.em, true);
    st.small = sized(font, st.em * 0.9, false);
    st.block = sized(font, st.em * 0.85, true);
    st.title_h = QFontMetricsF(st.title).height() * 1.3;
    st.row_h = QFontMetricsF(st.block).height() * 1.5;
    const double gauge_w = gauge_width(st);
    st.heap_area = QRectF(st.all.left() + st.u * 0.6, st.all.top(),
                          st.all.width() - gauge_w - st.u * 1.6, st.all.height());
    st.gauge_area =
        QRectF(st.heap_area.right() + st.u, st.all.top(), gauge_w - st.u * 0.2, st.all.height());
    return st;
}

// Step 2: the heap's heading — title left, totals right; the title gives way when narrow.
void layout_heap_heading(Strip& st, const PathState& s, const ui_palette::Colours& c) {
    const std::size_t n = s.live_blocks();
    const QString bytes = format_bytes(static_cast<double>(s.live_heap_bytes()));
    const QString blocks = n == 1 ? HeapStrip::tr("1 block · %1").arg(bytes)
                                  : HeapStrip::tr("%1 blocks · %2").arg(n).arg(bytes);
    const QFontMetricsF sm(st.small), tm(st.title);
    // The longest that fits: with the scale's note, without it, the bytes alone.
    QString totals = HeapStrip::tr("%1 · width ∝ bytes").arg(blocks);
    for (const QString& shorter : {blocks, bytes})
        if (sm.horizontalAdvance(totals) + 1 > st.heap_area.width() * 0.6)
            totals = shorter;
    const double totals_w = std::min(sm.horizontalAdvance(totals) + 1, st.heap_area.width());
    const QRectF totals_rect(st.heap_area.right() - totals_w, st.heap_area.top(), totals_w,
                             st.title_h);
    st.labels.push_back(
        {totals, st.small, totals_rect, Qt::AlignRight | Qt::AlignVCenter, c.muted});
    const double title_w = st.heap_area.width() - totals_w - st.u;
    QString heading = HeapStrip::tr("HEAP — live blocks of the animated calls");
    if (tm.horizontalAdvance(heading) > title_w)
        heading = HeapStrip::tr("HEAP");
    if (tm.horizontalAdvance(heading) <= title_w)
        st.labels.push_back({heading, st.title,
                             QRectF(st.heap_area.left(), st.heap_area.top(), title_w, st.title_h),
                             Qt::AlignLeft | Qt::AlignVCenter, c.pending});
    st.blocks_area = st.heap_area.adjusted(0, st.title_h, 0, -st.u * 0.5);
    st.inner = st.blocks_area.adjusted(st.u * 0.4, st.u * 0.4, -st.u * 0.4, -st.u * 0.4);
    st.row_h = std::min(st.row_h, st.inner.height());
}

// Step 3: the gauge's title, bar and notes.
void layout_gauge(Strip& st, const PathState& s, const ui_palette::Colours& c) {
    const QRectF& g = st.gauge_area;
    QString title = HeapStrip::tr("GC MODEL — gen0 budget");
    if (QFontMetricsF(st.title).horizontalAdvance(title) + 1 > g.width())
        title = HeapStrip::tr("GC MODEL");
    st.labels.push_back({title, st.title, QRectF(g.left(), g.top(), g.width(), st.title_h),
                         Qt::AlignLeft | Qt::AlignVCenter, c.ink});
    st.bar = QRectF(g.left(), g.top() + st.title_h, g.width() - st.u * 0.6,
                    QFontMetricsF(st.title).height() * 1.5);
    const QRectF notes_box(g.left(), st.bar.bottom() + st.u * 0.3, g.width(),
                           g.bottom() - st.bar.bottom() - st.u * 0.3);
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    const QString notes = notes_text(s);
    const QRectF need = QFontMetricsF(st.small).boundingRect(notes_box, flags, notes);
    st.labels.push_back({notes, st.small,
                         QRectF(notes_box.topLeft(), QSizeF(notes_box.width(), need.height())),
                         flags, c.muted});
}

// Paint step: the heap's frame and its blocks, popping in and fading out.
void paint_blocks(QPainter& p, const Strip& st, const PathState& s, const ui_palette::Colours& c) {
    p.setPen(QPen(c.hairline, 1));
    p.setBrush(c.ground);
    p.drawRoundedRect(st.blocks_area, st.u * 0.3, st.u * 0.3);
    const HeapStripLayout layout(s.heap, st.inner, st.row_h, st.u * 0.3);
    if (s.heap.empty()) {
        QFont italic = st.small;
        italic.setItalic(true);
        p.setFont(italic);
        p.setPen(c.muted);
        p.drawText(st.inner, Qt::AlignCenter | Qt::TextWordWrap,
                   HeapStrip::tr("empty — nothing the animated calls made is on the heap"));
    }
    for (const auto& r : layout.rects()) {
        const HeapBlock& b = s.heap[r.index];
        // Pop in from the middle; shrink and fade when freed.
        const double grow = b.freed ? 1.0 - 0.6 * b.vanish : 0.3 + 0.7 * b.appear;
        const QRectF box(r.rect.center().x() - r.rect.width() * grow / 2,
                         r.rect.center().y() - r.rect.height() * grow / 2, r.rect.width() * grow,
                         r.rect.height() * grow);
        p.save();
        p.setOpacity(b.freed ? 1.0 - b.vanish : 1.0);
        const QColor fill = strategy_colour(b.strategy);
        p.setPen(QPen(b.freed ? c.bad : c.ink, b.freed ? 2.5 : 1.0));
        p.setBrush(fill);
        p.drawRoundedRect(box, 3, 3);
        if (b.survived > 0) {
            // Survived a (modelled) collection: promoted. Hatched so it reads in grey too.
            QColor hatch = ui_palette::text_on(fill);
            hatch.setAlpha(150);
            p.setBrush(QBrush(hatch, Qt::BDiagPattern));
            p.setPen(Qt::NoPen);
            p.drawRoundedRect(box, 3, 3);
        }
        const QString label =
            b.survived > 0 ? HeapStrip::tr("%1 %2").arg(format_bytes(static_cast<double>(b.bytes)),
                                                        generation_name(b.survived))
                           : format_bytes(static_cast<double>(b.bytes));
        p.setFont(st.block);
        if (QFontMetricsF(st.block).horizontalAdvance(label) + 6 < box.width()) {
            p.setPen(ui_palette::text_on(fill));
            p.drawText(box, Qt::AlignCenter, label);
        }
        p.restore();
    }
    if (layout.hidden() > 0) {
        p.setFont(st.small);
        p.setPen(c.muted);
        p.drawText(st.inner, Qt::AlignRight | Qt::AlignBottom,
                   HeapStrip::tr("+%1 more").arg(layout.hidden()));
    }
}

// Paint step: the gen0 bar, filling up; a flash and a word at a collection.
void paint_gauge(QPainter& p, const Strip& st, const PathState& s, const ui_palette::Colours& c) {
    const double budget = static_cast<double>(s.gen0_budget);
    const double fraction = budget > 0 ? std::clamp(s.gen0_shown / budget, 0.0, 1.0) : 0.0;
    p.setPen(QPen(c.ink, 1.5 * c.stroke));
    p.setBrush(c.ground);
    p.drawRoundedRect(st.bar, st.u * 0.3, st.u * 0.3);
    QRectF filled = st.bar.adjusted(2, 2, -2, -2);
    filled.setWidth(filled.width() * fraction);
    const QColor gauge = ui_palette::mix(c.ink, c.ground, 0.3);
    p.setPen(Qt::NoPen);
    p.setBrush(gauge);
    p.drawRoundedRect(filled, st.u * 0.2, st.u * 0.2);
    if (s.collection_flash > 0) {
        QColor flash = c.flash;
        flash.setAlphaF(static_cast<float>(std::min(1.0, s.collection_flash * 1.3)));
        p.setBrush(flash);
        p.drawRoundedRect(st.bar, st.u * 0.3, st.u * 0.3);
        p.setFont(st.title);
        p.setPen(ui_palette::text_on(c.flash));
        p.drawText(st.bar, Qt::AlignCenter,
                   HeapStrip::tr("%1 collection!").arg(generation_name(s.last_generation)));
    } else {
        p.setFont(st.block);
        p.setPen(fraction > 0.5 ? ui_palette::text_on(gauge) : c.ink);
        p.drawText(st.bar.adjusted(st.u * 0.5, 0, -st.u * 0.5, 0),
                   (fraction > 0.5 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                   format_percent(fraction));
    }
}

Strip layout_strip(const QRectF& all, const QFont& font, const PathState& s,
                   const ui_palette::Colours& c) {
    Strip st = frame_for(all, font);
    layout_heap_heading(st, s, c);
    layout_gauge(st, s, c);
    return st;
}

const PathState& state_or_empty(const PathState* s) {
    static const PathState empty;
    return s != nullptr ? *s : empty;
}

} // namespace

HeapStrip::HeapStrip(QWidget* parent)
    : QWidget(parent) {
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void HeapStrip::set_state(const PathState* state) {
    state_ = state;
    update();
}

std::vector<PaintedLabel> HeapStrip::labels() const {
    return layout_strip(rect(), font(), state_or_empty(state_), ui_palette::colours(this)).labels;
}

// Tall enough for the gauge's title, its bar and its notes wrapped at that width, at the
// widget's font.
int HeapStrip::heightForWidth(int width) const {
    const Strip st = layout_strip(QRectF(0, 0, width, 1000), font(), state_or_empty(state_),
                                  ui_palette::colours(this));
    return static_cast<int>(std::ceil(st.labels.back().rect.bottom() + st.u * 0.5));
}

QSize HeapStrip::sizeHint() const {
    const int em = std::max(8, QFontInfo(font()).pixelSize());
    return {em * 70, heightForWidth(width() > 0 ? width() : em * 70)};
}

QSize HeapStrip::minimumSizeHint() const {
    // Its labels wrap: at 24 em they fit (tests/widgets/test_view_text_scale.cpp); 36 em made
    // the paths view scroll sideways at 1024×768 with 1.5× text.
    const int em = std::max(8, QFontInfo(font()).pixelSize());
    return {em * 24, heightForWidth(width() > 0 ? width() : em * 70)};
}

void HeapStrip::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const ui_palette::Colours c = ui_palette::colours(this);
    const PathState& s = state_or_empty(state_);
    const Strip st = layout_strip(rect(), font(), s, c);
    p.fillRect(st.all, c.panel);
    paint_blocks(p, st, s, c);
    paint_gauge(p, st, s, c);
    for (const PaintedLabel& l : st.labels) {
        p.setFont(l.font);
        p.setPen(l.colour);
        p.drawText(l.rect, l.flags, l.text);
    }
}

} // namespace vtl::widgets
