#include "widgets/await_twice/await_twice_lane_view.hpp"

#include "models/text/unit_format.hpp"
#include "widgets/await_twice/await_twice_badge.hpp"

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

namespace {

// Heights, in lines of the body font.
constexpr double title_lines = 1.35;
constexpr double card_lines = 5.6;
constexpr double caption_lines = 2.3;
constexpr double note_lines = 3.5;

// A card whose title sits on its top border, like a fieldset's legend. Returns the area left
// for its contents.
QRectF draw_card(QPainter& p, const QRectF& r, const QColor& border, const QColor& fill,
                 double radius, const QString& title, const QFont& title_font,
                 const QColor& title_colour, const QColor& backdrop, double stroke) {
    const QFontMetricsF fm(title_font);
    const QRectF box = r.adjusted(0, fm.height() / 2, 0, 0);
    p.setPen(QPen(border, 1.6 * stroke));
    p.setBrush(fill);
    p.drawRoundedRect(box, radius, radius);
    const QString text = fm.elidedText(title, Qt::ElideRight, r.width() - 2.5 * radius - 8);
    const QRectF label(r.left() + radius * 1.2, r.top(), fm.horizontalAdvance(text) + 8,
                       fm.height());
    p.setPen(Qt::NoPen);
    p.setBrush(backdrop);
    p.drawRect(label);
    p.setFont(title_font);
    p.setPen(title_colour);
    p.drawText(label, Qt::AlignCenter, text);
    return box.adjusted(radius * 1.2, fm.height() / 2, -radius, -2);
}

// Lines of text top-down inside `r`: each wraps at word boundaries and the next starts below.
struct Line {
    const QFont* font;
    QColor colour;
    QString text;
};

void draw_lines(QPainter& p, const QRectF& r, const std::vector<Line>& lines) {
    double y = r.top();
    for (const auto& l : lines) {
        if (l.text.isEmpty() || y >= r.bottom())
            continue;
        const QFontMetricsF fm(*l.font);
        p.setFont(*l.font);
        p.setPen(l.colour);
        const QRectF box(r.left(), y, r.width(), r.bottom() - y);
        const QRectF need = fm.boundingRect(box, Qt::TextWordWrap, l.text);
        p.drawText(box, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, l.text);
        y += std::min(need.height(), box.height());
    }
}

void draw_arrow(QPainter& p, QPointF from, QPointF to, const QColor& c, double w) {
    p.setPen(QPen(c, w, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(from, to);
    const QLineF l(to, from);
    QLineF a = l;
    a.setLength(w * 3.2);
    a.setAngle(l.angle() + 28);
    QLineF b = l;
    b.setLength(w * 3.2);
    b.setAngle(l.angle() - 28);
    p.drawLine(a);
    p.drawLine(b);
}

QString held_text(const LabFrame& f) {
    switch (f.held) {
    case ValueTaskKind::result:
        return AwaitTwiceLaneView::tr("holds its result");
    case ValueTaskKind::task:
        return AwaitTwiceLaneView::tr("wraps a Task<int>");
    case ValueTaskKind::source:
        return AwaitTwiceLaneView::tr("source · token %1").arg(f.valuetask_token);
    }
    return {};
}

QString source_title(const LabFrame& f) {
    switch (f.source) {
    case SourceKind::none:
        return AwaitTwiceLaneView::tr("no source");
    case SourceKind::task:
        return AwaitTwiceLaneView::tr("Task<int>");
    case SourceKind::custom_source:
        return AwaitTwiceLaneView::tr("source · slot %1").arg(f.slot);
    case SourceKind::pooling_box:
        return AwaitTwiceLaneView::tr("box #%1").arg(f.slot);
    case SourceKind::token_ignoring:
        return AwaitTwiceLaneView::tr("what-if source");
    }
    return {};
}

QString holding_text(Holding h) {
    switch (h) {
    case Holding::not_pooled:
        return {};
    case Holding::leased:
        return AwaitTwiceLaneView::tr("leased");
    case Holding::in_pool:
        return AwaitTwiceLaneView::tr("in the pool");
    case Holding::in_cache:
        return AwaitTwiceLaneView::tr("in the cache");
    }
    return {};
}

bool has_source(const LabFrame& f) {
    return f.source != SourceKind::none && f.source != SourceKind::task;
}

} // namespace

AwaitTwiceLaneView::AwaitTwiceLaneView(const AwaitTwiceLaneModel& model, int number,
                                       QWidget* parent)
    : QWidget(parent)
    , model_(model)
    , number_(number) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setToolTip(AwaitTwiceLaneModel::setup(model.which()) + QStringLiteral("\n") +
               AwaitTwiceLaneModel::ca2012_rule(model.which()));
}

QSize AwaitTwiceLaneView::sizeHint() const {
    const double line = QFontMetricsF(font()).height();
    return {static_cast<int>(line * 52), static_cast<int>(line * lines_tall)};
}

QSize AwaitTwiceLaneView::minimumSizeHint() const {
    const double line = QFontMetricsF(font()).height();
    return {static_cast<int>(line * 30), static_cast<int>(line * lines_tall)};
}

void AwaitTwiceLaneView::changeEvent(QEvent* e) {
    if (e->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(e);
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

AwaitTwiceLaneView::Layout AwaitTwiceLaneView::layout(const Fonts& f) const {
    Layout l;
    l.line = QFontMetricsF(f.body).height();
    l.pad = l.line * 0.35;
    l.gap = l.line * 1.6;
    l.radius = l.line * 0.3;
    l.all = QRectF(rect()).adjusted(1, 1, -1, -1);
    const QRectF inner = l.all.adjusted(l.pad, l.pad * 0.5, -l.pad, -l.pad * 0.5);
    l.title = QRectF(inner.left(), inner.top(), inner.width(), l.line * title_lines);
    const double cards_top = l.title.bottom();
    const double cards_h = l.line * card_lines;
    const double outcome_w = inner.width() * 0.30;
    l.outcome_card = QRectF(inner.right() - outcome_w, cards_top, outcome_w, cards_h);
    const double cards_w = l.outcome_card.left() - l.gap * 0.6 - inner.left();
    const double unit = (cards_w - 2 * l.gap) / 3.0;
    l.vt_card = QRectF(inner.left(), cards_top, unit * 0.85, cards_h);
    l.src_card = QRectF(l.vt_card.right() + l.gap, cards_top, unit * 1.1, cards_h);
    l.other_card = QRectF(l.src_card.right() + l.gap, cards_top,
                          cards_w - (l.src_card.right() + l.gap - inner.left()), cards_h);
    l.caption = QRectF(inner.left(), l.outcome_card.bottom() + l.pad * 0.5, inner.width(),
                       l.line * caption_lines);
    l.notes = QRectF(inner.left(), l.caption.bottom(), inner.width(),
                     inner.bottom() - l.caption.bottom());
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
    const QFontMetricsF big(f.big);
    const QString name =
        QStringLiteral("%1 · %2").arg(number_).arg(AwaitTwiceLaneModel::title(which));
    p.setFont(f.big);
    p.setPen(c_.ink);
    p.drawText(l.title, Qt::AlignLeft | Qt::AlignVCenter,
               big.elidedText(name, Qt::ElideRight, l.title.width()));
    double x = l.title.left() + big.horizontalAdvance(name) + l.line * 0.8;
    if (workload::is_what_if(which)) {
        const QString tag = tr("WHAT-IF, not .NET");
        const QFontMetricsF fm(f.bold);
        const QRectF chip(x, l.title.center().y() - fm.height() * 0.55,
                          fm.horizontalAdvance(tag) + l.line * 0.6, fm.height() * 1.1);
        p.setPen(QPen(c_.pending, 1.4 * c_.stroke));
        p.setBrush(c_.pending_fill);
        p.drawRoundedRect(chip, l.radius, l.radius);
        p.setFont(f.bold);
        p.setPen(c_.pending);
        p.drawText(chip, Qt::AlignCenter, tag);
        x = chip.right() + l.line * 0.6;
    }
    const QRectF setup(x, l.title.top(), l.title.right() - x, l.title.height());
    if (setup.width() > l.line * 4) {
        p.setFont(f.body);
        p.setPen(c_.muted);
        p.drawText(setup, Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(f.body).elidedText(AwaitTwiceLaneModel::setup(which),
                                                    Qt::ElideRight, setup.width()));
    }
}

void AwaitTwiceLaneView::paint_not_run(QPainter& p, const Layout& l, const Fonts& f) const {
    const QRectF box(l.vt_card.left(), l.vt_card.top(), l.outcome_card.right() - l.vt_card.left(),
                     l.caption.bottom() - l.vt_card.top());
    p.setFont(f.big);
    p.setPen(c_.muted);
    p.drawText(box, Qt::AlignCenter | Qt::TextWordWrap,
               tr("Not run yet — Run shows the outcome, Step walks through it."));
}

void AwaitTwiceLaneView::paint_value_task_card(QPainter& p, const Layout& l, const Fonts& f) const {
    const LabFrame& fr = *model_.frame();
    const QRectF in = draw_card(p, l.vt_card, c_.hairline, c_.ground, l.radius, tr("ValueTask"),
                                f.head, c_.ink, c_.panel, c_.stroke);
    std::vector<Line> lines{{&f.bold, c_.ink, held_text(fr)}};
    const bool mismatch = has_source(fr) && fr.source_version != fr.valuetask_token;
    if (mismatch && fr.source == SourceKind::token_ignoring)
        lines.push_back({&f.bold, c_.bad, tr("token not checked!")});
    else if (mismatch)
        lines.push_back({&f.bold, c_.bad, tr("stale: version is %1").arg(fr.source_version)});
    else if (fr.other_operation)
        lines.push_back({&f.bold, c_.bad, tr("token matches another operation!")});
    if (fr.pool_capacity > 0 && fr.held == ValueTaskKind::source)
        lines.push_back({&f.small, c_.muted, tr("never awaited")});
    draw_lines(p, in, lines);
}

void AwaitTwiceLaneView::paint_source_card(QPainter& p, const Layout& l, const Fonts& f) const {
    const LabFrame& fr = *model_.frame();
    const bool wrong_owner =
        has_source(fr) && (fr.source_version != fr.valuetask_token || fr.other_operation);
    const QColor border = wrong_owner ? c_.bad : c_.hairline;
    const QRectF in = draw_card(p, l.src_card, border, c_.ground, l.radius, source_title(fr),
                                f.head, wrong_owner ? c_.bad : c_.ink, c_.panel, c_.stroke);
    std::vector<Line> lines;
    if (has_source(fr)) {
        lines.push_back({&f.bold, wrong_owner ? c_.bad : c_.good,
                         tr("version %1 · rented %2×")
                             .arg(fr.source_version)
                             .arg(format_count(fr.source_rents))});
        QString state =
            fr.source_completed ? tr("completed: %1").arg(fr.source_value) : tr("pending");
        const QString where = holding_text(fr.holding);
        if (!where.isEmpty())
            state += QStringLiteral(" · ") + where;
        lines.push_back({&f.body, c_.ink, state});
    } else if (fr.source == SourceKind::task) {
        lines.push_back({&f.body, c_.ink,
                         tr("completes once and keeps its result for every "
                            "awaiter")});
    } else {
        lines.push_back({&f.body, c_.muted, tr("the value is inside the ValueTask")});
    }
    draw_lines(p, in, lines);
}

void AwaitTwiceLaneView::paint_other_card(QPainter& p, const Layout& l, const Fonts& f) const {
    const LabFrame& fr = *model_.frame();
    const bool pool = fr.pool_capacity > 0;
    const bool active = fr.other_operation || pool;
    const QColor border = fr.other_operation ? c_.pending : c_.hairline;
    const QRectF in = draw_card(p, l.other_card, border, active ? c_.ground : c_.panel, l.radius,
                                pool ? tr("the pool") : tr("operation B"), f.head,
                                fr.other_operation ? c_.pending : c_.ink, c_.panel, c_.stroke);
    std::vector<Line> lines;
    if (fr.other_operation) {
        lines.push_back({&f.bold, c_.ink, tr("token %1").arg(fr.other_token)});
        lines.push_back(
            {&f.body, c_.ink, tr("completed with %1, not yet read").arg(fr.other_value)});
    } else if (pool) {
        lines.push_back({&f.bold, fr.pool_free == 0 ? c_.bad : c_.ink,
                         tr("%1 leased · %2 free").arg(fr.pool_leased).arg(fr.pool_free)});
        lines.push_back({&f.body, c_.ink, tr("capacity %1").arg(fr.pool_capacity)});
    } else {
        lines.push_back({&f.body, c_.muted, tr("none")});
    }
    draw_lines(p, in, lines);
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
    if (fr.other_operation)
        draw_arrow(p, QPointF(l.other_card.left() - 3, mid_y),
                   QPointF(l.src_card.right() + 3, mid_y), c_.pending, w);
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
    const QRectF head(centre.x() + r + l.line * 0.4, in.top(),
                      in.right() - centre.x() - r - l.line * 0.4, r * 2 + l.line * 0.4);
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
    std::vector<Line> lines;
    if (model_.shows_exception()) {
        lines.push_back({&f.small, c_.bad, AwaitTwiceLaneModel::dotnet_exception_line()});
        lines.push_back({&f.small, c_.ink, model_.core_exception()});
    }
    const AwaitTwiceCase which = model_.which();
    lines.push_back({&f.small, AwaitTwiceLaneModel::is_misuse(which) ? c_.ink : c_.muted,
                     AwaitTwiceLaneModel::ca2012_rule(which)});
    draw_lines(p, l.notes, lines);
}

} // namespace vtl::widgets
