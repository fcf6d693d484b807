#include "widgets/await_twice/await_twice_lane_view.hpp"

#include "models/text/unit_format.hpp"
#include "widgets/await_twice/await_twice_badge.hpp"
#include "widgets/await_twice/await_twice_card_text.hpp"
#include "widgets/common/available_width.hpp"
#include "widgets/common/card_painting.hpp"

#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <vector>

namespace vtl::widgets {

using namespace vtl::models;

using workload::AwaitTwiceCase;
using workload::Holding;
using workload::LabFrame;
using workload::LabOutcome;
using workload::SourceKind;
using State = AwaitTwiceLaneModel::State;
using cards::draw_arrow;
using cards::draw_card;
using cards::draw_lines;
using cards::Line;
using cards::lines_height;
using namespace await_twice_cards;

namespace {

// Heights, in lines of the body font.
constexpr double title_lines = 1.35;
constexpr double card_lines = 5.6;
constexpr double caption_lines = 2.3;
constexpr double note_lines = 3.5;

} // namespace

AwaitTwiceLaneView::AwaitTwiceLaneView(const AwaitTwiceLaneModel& model, int number,
                                       QWidget* parent)
    : QWidget(parent)
    , model_(model)
    , number_(number) {
    // As tall as heightForWidth() says, never squeezed; extra height goes elsewhere.
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setToolTip(AwaitTwiceLaneModel::setup(model.which()) + QStringLiteral("\n") +
               AwaitTwiceLaneModel::ca2012_rule(model.which()));
}

QSize AwaitTwiceLaneView::sizeHint() const {
    const double line = QFontMetricsF(font()).height();
    const int w = static_cast<int>(line * 52);
    return {w, heightForWidth(width() > 0 && testAttribute(Qt::WA_Resized) ? width() : w)};
}

QSize AwaitTwiceLaneView::minimumSizeHint() const {
    // Two rows of two cards, each as wide as its heading and a few words; and the lane's title.
    const Fonts f = fonts();
    const double line = QFontMetricsF(f.body).height();
    const double pad = line * 0.35;
    // The title wraps at its words; the what-if chip goes under it when narrow.
    double title = 0;
    for (const QString& word : name().split(QLatin1Char(' '), Qt::SkipEmptyParts))
        title = std::max(title, QFontMetricsF(f.big).horizontalAdvance(word));
    if (workload::is_what_if(model_.which()))
        title = std::max(
            title, line * 0.6 + QFontMetricsF(f.bold).horizontalAdvance(tr("WHAT-IF, not .NET")));
    const double cards = 2 * std::max(min_card_width(f), line * 7.5) + line * 1.6;
    const int w = static_cast<int>(std::ceil(std::max(title, cards) + 2 * pad + 2));
    // Layouts take the height from heightForWidth(); a minimum height from the narrowest
    // form would hold a scroll area's list at the sum of the tallest forms of its lanes.
    return {w, static_cast<int>(line * lines_tall)};
}

int AwaitTwiceLaneView::heightForWidth(int width) const {
    const Layout l = layout(fonts(), width);
    return static_cast<int>(std::ceil(l.all.bottom() + 1));
}

bool AwaitTwiceLaneView::cards_in_two_rows() const {
    return layout(fonts()).two_rows;
}

std::vector<PaintedLabel> AwaitTwiceLaneView::card_headings() const {
    const Fonts f = fonts();
    const Layout l = layout(f);
    const QFontMetricsF fm(f.head);
    const LabFrame* fr = model_.frame();
    const bool pool = fr != nullptr && fr->pool_capacity > 0;
    const std::pair<QRectF, QString> cards[] = {
        {l.vt_card, tr("ValueTask")},
        {l.src_card, fr != nullptr ? source_title(*fr) : tr("no source")},
        {l.other_card, pool ? tr("the pool") : tr("operation B")},
        {l.outcome_card, tr("what it did")},
    };
    std::vector<PaintedLabel> out;
    for (const auto& [r, text] : cards) {
        // Where draw_card() puts the heading, and the room it has on the card's top border.
        const double room = r.width() - 2.5 * l.radius - 8;
        out.push_back(PaintedLabel{
            text, f.head, QRectF(r.left() + l.radius * 1.2 + 4, r.top(), room, fm.height()),
            Qt::AlignLeft | Qt::AlignVCenter, c_.ink});
    }
    return out;
}

void AwaitTwiceLaneView::changeEvent(QEvent* e) {
    if (e->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(e);
}

void AwaitTwiceLaneView::contents_changed() {
    relayout_up_to_scroll_area(this);
    update();
}

AwaitTwiceLaneView::Fonts AwaitTwiceLaneView::fonts() const {
    Fonts f{font(), font(), font(), font(), font()};
    f.bold.setBold(true);
    f.head.setBold(true);
    f.head.setPointSizeF(font().pointSizeF() * 0.9);
    f.head.setCapitalization(QFont::AllUppercase);
    f.big.setBold(true);
    f.big.setPointSizeF(font().pointSizeF() * 1.15);
    f.small.setPointSizeF(font().pointSizeF() * 0.92);
    return f;
}

// The narrowest a card may be: its longest heading whole on its top border.
// The narrowest a card may be: the longest of `headings` whole on its top border.
double AwaitTwiceLaneView::card_width_for(const Fonts& f, const QStringList& headings) {
    const QFontMetricsF fm(f.head);
    const double radius = QFontMetricsF(f.body).height() * 0.3;
    double w = 0;
    for (const QString& heading : headings)
        w = std::max(w, fm.horizontalAdvance(heading));
    return w + 2.5 * radius + 8 + radius;
}

QStringList AwaitTwiceLaneView::source_headings() {
    return {tr("no source"), tr("Task<int>"), tr("source · slot %1").arg(99), tr("box #%1").arg(99),
            tr("what-if source")};
}

QStringList AwaitTwiceLaneView::other_headings() {
    return {tr("the pool"), tr("operation B")};
}

// Any card in two rows (they are all as wide): every heading whole.
double AwaitTwiceLaneView::min_card_width(const Fonts& f) const {
    return card_width_for(f, QStringList{tr("ValueTask"), tr("what it did")} + source_headings() +
                                 other_headings());
}

// One row of four fits when every card keeps its own headings whole and room for a few words.
bool AwaitTwiceLaneView::one_row_fits(const Fonts& f, double inner_width) const {
    const double line = QFontMetricsF(f.body).height();
    const double gap = line * 1.6;
    const double outcome_w = inner_width * 0.30;
    const double cards_w = inner_width - outcome_w - gap * 0.6;
    const double unit = (cards_w - 2 * gap) / 3.0;
    const double words = line * 6.5;
    return unit * 0.85 >= std::max(words, card_width_for(f, {tr("ValueTask")})) &&
           unit * 1.1 >= std::max(words, card_width_for(f, source_headings())) &&
           unit * 1.05 >= std::max(words, card_width_for(f, other_headings())) &&
           outcome_w >= std::max(line * 9, card_width_for(f, {tr("what it did")}));
}

QString AwaitTwiceLaneView::name() const {
    return QStringLiteral("%1 · %2").arg(number_).arg(AwaitTwiceLaneModel::title(model_.which()));
}

void AwaitTwiceLaneView::layout_title(Layout& l, const Fonts& f, double left, double top,
                                      double width) const {
    const QFontMetricsF big(f.big), bold(f.bold), body(f.body);
    const double row_h = l.line * title_lines;
    // The name: one row, or wrapped at its words when narrower than it.
    const QRectF name_need = big.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, name());
    const bool name_wraps = name_need.height() > big.height() * 1.2;
    l.name = QRectF(left, top, name_wraps ? width : name_need.width() + 1,
                    name_wraps ? name_need.height() : row_h);
    double x = l.name.right() + l.line * 0.8, y = top, bottom = l.name.bottom();
    if (workload::is_what_if(model_.which())) {
        const double chip_w = bold.horizontalAdvance(tr("WHAT-IF, not .NET")) + l.line * 0.6;
        const double chip_h = bold.height() * 1.1;
        if (name_wraps || x + chip_w > left + width) { // under the name
            x = left;
            y = bottom;
            bottom = y + row_h;
        }
        l.chip = QRectF(x, y + (row_h - chip_h) / 2, chip_w, chip_h);
        x = l.chip.right() + l.line * 0.6;
    } else {
        l.chip = QRectF();
    }
    const QString setup = AwaitTwiceLaneModel::setup(model_.which());
    if (!name_wraps && x + body.horizontalAdvance(setup) + 2 <= left + width) {
        l.setup = QRectF(x, y, left + width - x, row_h);
    } else {
        const double h =
            body.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, setup).height();
        l.setup = QRectF(left, bottom, width, h + l.pad * 0.5);
        bottom = l.setup.bottom();
    }
    l.title = QRectF(left, top, width, bottom - top);
}

AwaitTwiceLaneView::Layout AwaitTwiceLaneView::layout(const Fonts& f, int width) const {
    Layout l;
    l.line = QFontMetricsF(f.body).height();
    l.pad = l.line * 0.35;
    l.gap = l.line * 1.6;
    l.radius = l.line * 0.3;
    const bool own = width < 0;
    l.all = QRectF(0, 0, own ? this->width() : width, own ? height() : 0).adjusted(1, 1, -1, -1);
    const double inner_left = l.all.left() + l.pad;
    const double inner_w = std::max(1.0, l.all.width() - 2 * l.pad);
    layout_title(l, f, inner_left, l.all.top() + l.pad * 0.5, inner_w);
    const double cards_top = l.title.bottom();
    l.two_rows = !one_row_fits(f, inner_w);

    // Each card as tall as its contents need at its width, at least card_lines.
    const double head_h = QFontMetricsF(f.head).height();
    const auto card_height = [&](double w, const std::vector<Line>& lines, double least) {
        return std::max(least, head_h + lines_height(w - 2.2 * l.radius, lines) + 2 + l.pad);
    };
    const auto outcome_height = [&](double w, double least) {
        const double r = l.line * 0.9;
        const double head_w = w - 2.2 * l.radius - 2 * r - 2 - l.line * 0.4;
        const double head =
            std::max(r * 2 + l.line * 0.4, lines_height(head_w, {{&f.big, {}, model_.headline()}}));
        return std::max(least,
                        head_h + head +
                            lines_height(w - 2.2 * l.radius, {{&f.small, {}, model_.detail()}}) +
                            2 + l.pad);
    };
    const LabFrame* fr = model_.frame();
    const auto vt = fr ? value_task_lines(*fr, f, c_) : std::vector<Line>{};
    const auto src = fr ? source_lines(*fr, f, c_) : std::vector<Line>{};
    const auto other = fr ? other_lines(*fr, f, c_) : std::vector<Line>{};
    if (!l.two_rows) {
        const double outcome_w = inner_w * 0.30;
        const double cards_w = inner_w - outcome_w - l.gap * 0.6;
        const double unit = (cards_w - 2 * l.gap) / 3.0;
        const double vt_w = unit * 0.85, src_w = unit * 1.1;
        const double other_w = cards_w - vt_w - src_w - 2 * l.gap;
        const double least = l.line * card_lines;
        const double h =
            std::max({card_height(vt_w, vt, least), card_height(src_w, src, least),
                      card_height(other_w, other, least), outcome_height(outcome_w, least)});
        l.vt_card = QRectF(inner_left, cards_top, vt_w, h);
        l.src_card = QRectF(l.vt_card.right() + l.gap, cards_top, src_w, h);
        l.other_card = QRectF(l.src_card.right() + l.gap, cards_top, other_w, h);
        l.outcome_card = QRectF(inner_left + inner_w - outcome_w, cards_top, outcome_w, h);
    } else {
        // Two rows of two: the ValueTask and what it points at; under what it points at, the
        // other operation (its arrow points up at it), beside it what the case did.
        const double half = (inner_w - l.gap) / 2;
        const double least = l.line * card_lines * 0.8;
        const double top_h = std::max(card_height(half, vt, least), card_height(half, src, least));
        const double bottom_top = cards_top + top_h + l.line * 0.9;
        const double bottom_h =
            std::max(card_height(half, other, least), outcome_height(half, least));
        l.vt_card = QRectF(inner_left, cards_top, half, top_h);
        l.src_card = QRectF(inner_left + half + l.gap, cards_top, half, top_h);
        l.outcome_card = QRectF(inner_left, bottom_top, half, bottom_h);
        l.other_card = QRectF(l.src_card.left(), bottom_top, half, bottom_h);
    }
    const double cards_bottom = std::max(l.outcome_card.bottom(), l.other_card.bottom());
    // The caption starts after the dots of the moments.
    const double dot = l.line * 0.22;
    const double caption_w = inner_w - dot - double(model_.frame_count()) * dot * 3 - l.line * 0.3;
    const double caption_h =
        std::max(l.line * caption_lines,
                 lines_height(caption_w, {{&f.body, {}, model_.caption()}}) + l.pad * 0.5);
    l.caption = QRectF(inner_left, cards_bottom + l.pad * 0.5, inner_w, caption_h);
    const double notes_h =
        std::max(l.line * note_lines, lines_height(inner_w, note_lines_for(model_, f, c_)));
    const double inner_bottom = own ? l.all.bottom() - l.pad * 0.5 : 0;
    l.notes = QRectF(inner_left, l.caption.bottom(), inner_w,
                     std::max(notes_h, inner_bottom - l.caption.bottom()));
    if (!own)
        l.all.setBottom(l.notes.bottom() + l.pad * 0.5);
    return l;
}

void AwaitTwiceLaneView::paintEvent(QPaintEvent*) {
    c_ = ui_palette::colours(this);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const Fonts f = fonts();
    const Layout l = layout(f);
    paint_background(p, l);
    paint_title(p, l, f);
    if (model_.frame() == nullptr) {
        paint_not_run(p, l, f);
        paint_notes(p, l, f);
        return;
    }
    paint_value_task_card(p, l, f);
    paint_source_card(p, l, f);
    paint_other_card(p, l, f);
    paint_links(p, l, f);
    paint_outcome_card(p, l, f);
    paint_caption(p, l, f);
    paint_notes(p, l, f);
}

void AwaitTwiceLaneView::paint_background(QPainter& p, const Layout& l) const {
    QColor tint = c_.panel;
    if (const auto shown = model_.shown()) {
        const QColor hue = lab_outcome_colour(*shown, c_);
        tint = hue == c_.good ? c_.good_fill : hue == c_.bad ? c_.bad_fill : c_.pending_fill;
    }
    p.setPen(QPen(c_.hairline, c_.stroke));
    p.setBrush(tint);
    p.drawRoundedRect(l.all, l.radius * 1.3, l.radius * 1.3);
}

void AwaitTwiceLaneView::paint_title(QPainter& p, const Layout& l, const Fonts& f) const {
    const AwaitTwiceCase which = model_.which();
    p.setFont(f.big);
    p.setPen(c_.ink);
    p.drawText(l.name, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, name());
    if (!l.chip.isEmpty()) {
        p.setPen(QPen(c_.pending, 1.4 * c_.stroke));
        p.setBrush(c_.pending_fill);
        p.drawRoundedRect(l.chip, l.radius, l.radius);
        p.setFont(f.bold);
        p.setPen(c_.pending);
        p.drawText(l.chip, Qt::AlignCenter, tr("WHAT-IF, not .NET"));
    }
    p.setFont(f.body);
    p.setPen(c_.muted);
    p.drawText(l.setup, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
               AwaitTwiceLaneModel::setup(which));
}

void AwaitTwiceLaneView::paint_not_run(QPainter& p, const Layout& l, const Fonts& f) const {
    const QRectF box =
        l.vt_card.united(l.src_card).united(l.other_card).united(l.outcome_card).united(l.caption);
    p.setFont(f.big);
    p.setPen(c_.muted);
    p.drawText(box, Qt::AlignCenter | Qt::TextWordWrap,
               tr("Not run yet — Run shows the outcome, Step walks through it."));
}

void AwaitTwiceLaneView::paint_value_task_card(QPainter& p, const Layout& l, const Fonts& f) const {
    const QRectF in = draw_card(p, l.vt_card, c_.hairline, c_.ground, l.radius, tr("ValueTask"),
                                f.head, c_.ink, c_.panel, c_.stroke);
    draw_lines(p, in, value_task_lines(*model_.frame(), f, c_));
}

void AwaitTwiceLaneView::paint_source_card(QPainter& p, const Layout& l, const Fonts& f) const {
    const LabFrame& fr = *model_.frame();
    const bool wrong_owner = wrong_owner_of(fr);
    const QColor border = wrong_owner ? c_.bad : c_.hairline;
    const QRectF in = draw_card(p, l.src_card, border, c_.ground, l.radius, source_title(fr),
                                f.head, wrong_owner ? c_.bad : c_.ink, c_.panel, c_.stroke);
    draw_lines(p, in, source_lines(fr, f, c_));
}

void AwaitTwiceLaneView::paint_other_card(QPainter& p, const Layout& l, const Fonts& f) const {
    const LabFrame& fr = *model_.frame();
    const bool pool = fr.pool_capacity > 0;
    const bool active = fr.other_operation || pool;
    const QColor border = fr.other_operation ? c_.pending : c_.hairline;
    const QRectF in = draw_card(p, l.other_card, border, active ? c_.ground : c_.panel, l.radius,
                                pool ? tr("the pool") : tr("operation B"), f.head,
                                fr.other_operation ? c_.pending : c_.ink, c_.panel, c_.stroke);
    draw_lines(p, in, other_lines(fr, f, c_));
}

void AwaitTwiceLaneView::paint_links(QPainter& p, const Layout& l, const Fonts& f) const {
    const LabFrame& fr = *model_.frame();
    const double mid_y = l.src_card.center().y() + l.line * 0.25;
    const double w = std::max(2.0, l.line * 0.14) * c_.stroke;
    const bool mismatch = has_source(fr) && fr.source_version != fr.valuetask_token;
    const bool wrong_owner = has_source(fr) && (mismatch || fr.other_operation);
    const QColor link = !has_source(fr) ? c_.hairline : (wrong_owner ? c_.bad : c_.good);
    if (fr.held != ValueTaskKind::result)
        draw_arrow(p, QPointF(l.vt_card.right() + 3, mid_y), QPointF(l.src_card.left() - 3, mid_y),
                   link, w);
    if (has_source(fr)) {
        p.setFont(f.big);
        p.setPen(link);
        p.drawText(QRectF(l.vt_card.right(), l.src_card.top(), l.gap, mid_y - l.src_card.top()),
                   Qt::AlignHCenter | Qt::AlignBottom,
                   mismatch ? QStringLiteral("≠") : QStringLiteral("="));
    }
    if (fr.other_operation && l.two_rows) {
        // The other operation sits under the source: its arrow points up, right of its heading.
        const double x = l.src_card.left() + l.src_card.width() * 0.8;
        draw_arrow(p, QPointF(x, l.other_card.top() + QFontMetricsF(f.head).height() / 2 - 3),
                   QPointF(x, l.src_card.bottom() + 3), c_.pending, w);
    } else if (fr.other_operation) {
        draw_arrow(p, QPointF(l.other_card.left() - 3, mid_y),
                   QPointF(l.src_card.right() + 3, mid_y), c_.pending, w);
    }
}

void AwaitTwiceLaneView::paint_outcome_card(QPainter& p, const Layout& l, const Fonts& f) const {
    const QRectF in = draw_card(p, l.outcome_card, c_.hairline, c_.ground, l.radius,
                                tr("what it did"), f.head, c_.ink, c_.panel, c_.stroke);
    const double r = std::min(in.height() * 0.3, l.line * 0.9);
    const QPointF centre(in.left() + r + 2, in.top() + r + l.line * 0.2);
    const auto shown = model_.shown();
    if (shown) {
        paint_lab_badge(p, centre, r, *shown, c_);
    } else {
        p.setPen(QPen(c_.hairline, 2, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(centre, r, r);
        p.setFont(f.big);
        p.setPen(c_.muted);
        p.drawText(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r), Qt::AlignCenter,
                   QStringLiteral("?"));
    }
    const QColor colour = shown ? lab_outcome_colour(*shown, c_) : c_.muted;
    const double head_w = in.right() - centre.x() - r - l.line * 0.4;
    const QRectF head(centre.x() + r + l.line * 0.4, in.top(), head_w,
                      std::max(r * 2 + l.line * 0.4,
                               lines_height(head_w, {{&f.big, colour, model_.headline()}})));
    draw_lines(p, head, {{&f.big, colour, model_.headline()}});
    const QRectF rest(in.left(), head.bottom(), in.width(), in.bottom() - head.bottom());
    draw_lines(p, rest, {{&f.small, c_.ink, model_.detail()}});
}

void AwaitTwiceLaneView::paint_caption(QPainter& p, const Layout& l, const Fonts& f) const {
    const std::size_t n = model_.frame_count();
    const double dot = l.line * 0.22;
    double x = l.caption.left() + dot;
    const double y = l.caption.top() + l.line * 0.55;
    for (std::size_t i = 0; i < n; ++i) {
        p.setPen(QPen(c_.ink, 1.2 * c_.stroke));
        p.setBrush(i <= model_.frame_index() ? c_.ink : c_.ground);
        p.drawEllipse(QPointF(x, y), dot, dot);
        x += dot * 3;
    }
    const QRectF text(x + l.line * 0.3, l.caption.top(), l.caption.right() - x - l.line * 0.3,
                      l.caption.height());
    draw_lines(p, text, {{&f.body, c_.ink, model_.caption()}});
}

void AwaitTwiceLaneView::paint_notes(QPainter& p, const Layout& l, const Fonts& f) const {
    draw_lines(p, l.notes, note_lines_for(model_, f, c_));
}

} // namespace vtl::widgets
