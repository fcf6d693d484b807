#include "widgets/paths/heap_strip.hpp"
#include "widgets/common/ui_palette.hpp"

#include "models/paths/heap_strip_layout.hpp"
#include "widgets/plots/strategy_style.hpp"
#include "models/text/unit_format.hpp"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace vtl::widgets {

using namespace vtl::trace_view;

using namespace vtl::models;

namespace {

using palette::ink;
using palette::muted;
const QColor gauge_fill(0x4E, 0x5D, 0x6C);
const QColor flash_fill(0xFF, 0xC1, 0x07);

QString generation_name(std::uint8_t g) {
    return QStringLiteral("gen%1").arg(g);
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

void HeapStrip::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF all = rect();
    p.fillRect(all, QColor(0xFB, 0xFB, 0xFB));
    const double unit = std::clamp(std::min(all.width() / 60.0, all.height() / 8.0), 10.0, 26.0);
    QFont title = font();
    title.setPixelSize(static_cast<int>(unit * 1.0));
    title.setBold(true);
    QFont small = font();
    small.setPixelSize(std::max(10, static_cast<int>(unit * 0.82)));
    QFont block_font = small;
    block_font.setBold(true);
    const double title_h = QFontMetricsF(title).height() * 1.3;

    const double gauge_w = std::max(all.width() * 0.34, unit * 18);
    const QRectF heap_area(all.left() + unit * 0.6, all.top(), all.width() - gauge_w - unit * 1.6,
                           all.height());
    const QRectF gauge_area(heap_area.right() + unit, all.top(), gauge_w - unit * 0.2,
                            all.height());

    // --- the heap ---------------------------------------------------------------------------
    const PathState empty;
    const PathState& s = state_ != nullptr ? *state_ : empty;
    // Title left, totals right; the title gives way when the strip is narrow.
    const std::size_t n = s.live_blocks();
    const QString totals =
        (n == 1 ? tr("1 block · %1 · width ∝ bytes") : tr("%1 blocks · %2 · width ∝ bytes").arg(n))
            .arg(format_bytes(static_cast<double>(s.live_heap_bytes())));
    p.setFont(small);
    p.setPen(muted);
    const double totals_w = QFontMetricsF(small).horizontalAdvance(totals);
    p.drawText(QRectF(heap_area.left(), heap_area.top(), heap_area.width(), title_h),
               Qt::AlignRight | Qt::AlignVCenter, totals);
    const QRectF title_rect(heap_area.left(), heap_area.top(), heap_area.width() - totals_w - unit,
                            title_h);
    QString heading = tr("HEAP — live blocks of the animated calls");
    if (QFontMetricsF(title).horizontalAdvance(heading) > title_rect.width())
        heading = tr("HEAP");
    p.setFont(title);
    p.setPen(QColor(0x7A, 0x3A, 0x00));
    p.drawText(title_rect, Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(title).elidedText(heading, Qt::ElideRight, title_rect.width()));
    const QRectF blocks_area = heap_area.adjusted(0, title_h, 0, -unit * 0.5);
    p.setPen(QPen(QColor(0xCC, 0xCC, 0xCC), 1));
    p.setBrush(Qt::white);
    p.drawRoundedRect(blocks_area, unit * 0.3, unit * 0.3);
    const QRectF inner = blocks_area.adjusted(unit * 0.4, unit * 0.4, -unit * 0.4, -unit * 0.4);
    const double row_h = std::min(unit * 2.0, inner.height());
    const HeapStripLayout layout(s.heap, inner, row_h, unit * 0.3);
    if (s.heap.empty()) {
        QFont italic = small;
        italic.setItalic(true);
        p.setFont(italic);
        p.setPen(muted);
        p.drawText(inner, Qt::AlignCenter | Qt::TextWordWrap,
                   tr("empty — nothing the animated calls made is on the heap"));
    }
    for (const auto& r : layout.rects()) {
        const HeapBlock& b = s.heap[r.index];
        QRectF box = r.rect;
        // Pop in from the middle; shrink and fade when freed.
        const double grow = b.freed ? 1.0 - 0.6 * b.vanish : 0.3 + 0.7 * b.appear;
        box = QRectF(box.center().x() - box.width() * grow / 2,
                     box.center().y() - box.height() * grow / 2, box.width() * grow,
                     box.height() * grow);
        p.save();
        p.setOpacity(b.freed ? 1.0 - b.vanish : 1.0);
        QColor fill = strategy_colour(b.strategy);
        p.setPen(QPen(b.freed ? QColor(0xB0, 0x00, 0x00) : fill.darker(160), b.freed ? 2.5 : 1.5));
        p.setBrush(fill);
        p.drawRoundedRect(box, 3, 3);
        if (b.survived > 0) {
            // Survived a (modelled) collection: promoted. Hatched so it reads in grey too.
            p.setBrush(QBrush(QColor(255, 255, 255, 150), Qt::BDiagPattern));
            p.setPen(Qt::NoPen);
            p.drawRoundedRect(box, 3, 3);
        }
        const QString label = b.survived > 0
                                  ? tr("%1 %2").arg(format_bytes(static_cast<double>(b.bytes)),
                                                    generation_name(b.survived))
                                  : format_bytes(static_cast<double>(b.bytes));
        p.setFont(block_font);
        if (QFontMetricsF(block_font).horizontalAdvance(label) + 6 < box.width()) {
            p.setPen(Qt::white);
            p.drawText(box, Qt::AlignCenter, label);
        }
        p.restore();
    }
    if (layout.hidden() > 0) {
        p.setFont(small);
        p.setPen(muted);
        p.drawText(inner, Qt::AlignRight | Qt::AlignBottom, tr("+%1 more").arg(layout.hidden()));
    }

    // --- the GC model's gen0 budget ------------------------------------------------------------
    p.setFont(title);
    p.setPen(ink);
    p.drawText(QRectF(gauge_area.left(), gauge_area.top(), gauge_area.width(), title_h),
               Qt::AlignLeft | Qt::AlignVCenter, tr("GC MODEL — gen0 budget"));
    const double budget = static_cast<double>(s.gen0_budget);
    const double fraction = budget > 0 ? std::clamp(s.gen0_shown / budget, 0.0, 1.0) : 0.0;
    const QRectF bar(gauge_area.left(), gauge_area.top() + title_h, gauge_area.width() - unit * 0.6,
                     std::min(unit * 2.2, gauge_area.height() * 0.3));
    p.setPen(QPen(ink, 1.5));
    p.setBrush(Qt::white);
    p.drawRoundedRect(bar, unit * 0.3, unit * 0.3);
    QRectF filled = bar.adjusted(2, 2, -2, -2);
    filled.setWidth(filled.width() * fraction);
    p.setPen(Qt::NoPen);
    p.setBrush(gauge_fill);
    p.drawRoundedRect(filled, unit * 0.2, unit * 0.2);
    if (s.collection_flash > 0) {
        QColor flash = flash_fill;
        flash.setAlphaF(static_cast<float>(std::min(1.0, s.collection_flash * 1.3)));
        p.setBrush(flash);
        p.drawRoundedRect(bar, unit * 0.3, unit * 0.3);
        p.setFont(title);
        p.setPen(ink);
        p.drawText(bar, Qt::AlignCenter,
                   tr("%1 collection!").arg(generation_name(s.last_generation)));
    } else {
        p.setFont(block_font);
        p.setPen(fraction > 0.5 ? Qt::white : ink);
        p.drawText(bar.adjusted(unit * 0.5, 0, -unit * 0.5, 0),
                   (fraction > 0.5 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                   format_percent(fraction));
    }
    p.setFont(small);
    p.setPen(muted);
    const QRectF notes(gauge_area.left(), bar.bottom() + unit * 0.3, gauge_area.width(),
                       gauge_area.bottom() - bar.bottom() - unit * 0.3);
    const QString budget_text =
        budget > 0 ? format_bytes_binary(budget) : tr("unknown until the first event");
    p.drawText(notes, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               tr("%1 of %2 allocated since the last collection · %3 collections seen\n"
                  "a model of .NET's gen0 budget, not a real GC")
                   .arg(format_bytes_binary(static_cast<double>(s.gen0_fill)), budget_text)
                   .arg(s.collections));
}

} // namespace vtl::widgets
