#include "widgets/await_twice/await_twice_lane_view.hpp"
#include "widgets/common/ui_palette.hpp"

#include "widgets/await_twice/await_twice_badge.hpp"
#include "models/text/unit_format.hpp"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace vtl::widgets {

using namespace vtl::models;

using workload::DoubleAwaitOutcome;
using workload::LabFrame;
using Verdict = AwaitTwiceLaneModel::Verdict;

namespace {

using palette::bad;
using palette::good;
using palette::ink;
using palette::muted;
const QColor card_border(0x9E, 0x9E, 0x9E);

struct Fonts {
    QFont head, body, bold, big;
};

// A card whose title sits on its top border, like a fieldset's legend: one line less of
// height, which six lanes on one screen need. Returns the area left for its contents.
QRectF draw_card(QPainter& p, const QRectF& r, const QColor& border, const QColor& fill,
                 double radius, const QString& title, const QFont& title_font,
                 const QColor& backdrop) {
    const QFontMetricsF fm(title_font);
    const QRectF box = r.adjusted(0, fm.height() / 2, 0, 0);
    p.setPen(QPen(border, 1.8));
    p.setBrush(fill);
    p.drawRoundedRect(box, radius, radius);
    const QString text = fm.elidedText(title, Qt::ElideRight, r.width() - 2.5 * radius - 8);
    const QRectF label(r.left() + radius * 1.2, r.top(), fm.horizontalAdvance(text) + 8,
                       fm.height());
    p.setPen(Qt::NoPen);
    p.setBrush(backdrop);
    p.drawRect(label);
    p.setFont(title_font);
    p.setPen(border.darker(130));
    p.drawText(label, Qt::AlignCenter, text);
    return box.adjusted(radius * 1.2, fm.height() / 2 + 1, -radius, -2);
}

// Lines of text top-down inside `r`; each line is (font, colour, text). Elides what does not
// fit rather than overlapping the next card.
struct Line {
    const QFont* font;
    QColor colour;
    QString text;
    bool wrap = false;
};

void draw_lines(QPainter& p, const QRectF& r, const std::vector<Line>& lines) {
    double y = r.top();
    for (const auto& l : lines) {
        if (y >= r.bottom())
            break;
        const QFontMetricsF fm(*l.font);
        p.setFont(*l.font);
        p.setPen(l.colour);
        if (l.wrap) {
            const QRectF box(r.left(), y, r.width(), r.bottom() - y);
            const QRectF need = fm.boundingRect(box, Qt::TextWordWrap, l.text);
            p.drawText(box, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, l.text);
            y += std::min(need.height(), box.height());
        } else {
            p.drawText(QRectF(r.left(), y, r.width(), fm.height()), Qt::AlignLeft | Qt::AlignTop,
                       fm.elidedText(l.text, Qt::ElideRight, r.width()));
            y += fm.height();
        }
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

QString held_text(const LabFrame& f, const workload::AwaitTwiceOutcome& o) {
    switch (f.held) {
    case ValueTaskKind::result:
        return AwaitTwiceLaneView::tr("result %1").arg(o.expected_value);
    case ValueTaskKind::task:
        return AwaitTwiceLaneView::tr("Task<int>");
    case ValueTaskKind::source:
        return AwaitTwiceLaneView::tr("source · token %1").arg(f.valuetask_token);
    }
    return {};
}

} // namespace

AwaitTwiceLaneView::AwaitTwiceLaneView(const AwaitTwiceLaneModel& model, int number,
                                       QWidget* parent)
    : QWidget(parent)
    , model_(model)
    , number_(number) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void AwaitTwiceLaneView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QRectF all = QRectF(rect()).adjusted(1, 1, -1, -1);
    const double unit = std::clamp(std::min(all.height() / 6.6, all.width() / 62.0), 11.0, 22.0);
    Fonts f{font(), font(), font(), font()};
    // Sized from the lane's height: six lanes share one screen.
    f.head.setPixelSize(static_cast<int>(unit * 0.85));
    f.head.setBold(true);
    f.head.setCapitalization(QFont::AllUppercase);
    f.body.setPixelSize(static_cast<int>(unit * 0.95));
    f.bold = f.body;
    f.bold.setBold(true);
    f.big.setPixelSize(static_cast<int>(unit * 1.1));
    f.big.setBold(true);

    const Verdict verdict = model_.verdict();
    QColor tint(0xFA, 0xFA, 0xFA);
    if (verdict == Verdict::harmless)
        tint = QColor(0xEC, 0xF8, 0xEE);
    else if (verdict == Verdict::exception)
        tint = QColor(0xFD, 0xEC, 0xEC);
    else if (verdict == Verdict::silent_wrong)
        tint = QColor(0xFF, 0xE3, 0xE0);
    p.setPen(Qt::NoPen);
    p.setBrush(tint);
    p.drawRoundedRect(all, unit * 0.4, unit * 0.4);

    const workload::AwaitTwiceOutcome* o = model_.outcome();
    const LabFrame* frame = model_.frame();
    const double pad = unit * 0.45;
    // Title row across the lane: which case, and what it sets up.
    const QFontMetricsF title_fm(f.big);
    const QRectF title(all.left() + pad, all.top() + pad * 0.5, all.width() - 2 * pad,
                       title_fm.height());
    const QString name = QStringLiteral("%1 · %2").arg(number_).arg(
        QString::fromUtf8(workload::title(model_.which())));
    p.setFont(f.big);
    p.setPen(ink);
    p.drawText(title, Qt::AlignLeft | Qt::AlignVCenter, name);
    const double name_w = title_fm.horizontalAdvance(name) + unit;
    p.setFont(f.body);
    p.setPen(muted);
    const QRectF setup(title.left() + name_w, title.top(), title.width() - name_w, title.height());
    p.drawText(setup, Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(f.body).elidedText(AwaitTwiceLaneModel::expectation(model_.which()),
                                                Qt::ElideRight, setup.width()));

    const double caption_h = QFontMetricsF(f.body).height() * 1.3;
    const double body_top = title.bottom() + pad * 0.5;
    const double outcome_w = all.width() * 0.31;
    const QRectF outcome_box(all.right() - pad - outcome_w, body_top, outcome_w,
                             all.bottom() - pad * 0.5 - body_top);
    const QRectF cards(all.left() + pad, body_top,
                       outcome_box.left() - unit * 1.2 - all.left() - pad,
                       all.bottom() - pad * 0.5 - caption_h - body_top);
    const double gap = unit * 2.0;
    const double card_w = (cards.width() - 2 * gap) / 3.0;
    const QRectF vt_card(cards.left(), cards.top(), card_w * 0.8, cards.height());
    const QRectF src_card(vt_card.right() + gap, cards.top(), card_w * 1.05, cards.height());
    const QRectF other_card(src_card.right() + gap, cards.top(),
                            cards.right() - src_card.right() - gap, cards.height());

    if (o == nullptr || frame == nullptr) {
        p.setFont(f.big);
        p.setPen(muted);
        p.drawText(
            QRectF(cards.left(), cards.top(), all.width() - 2 * pad, cards.height() + caption_h),
            Qt::AlignCenter, tr("Not run yet — Run shows the outcome, Step walks through it."));
        return;
    }

    // The ValueTask.
    const double radius = unit * 0.3;
    const QRectF vt_in =
        draw_card(p, vt_card, card_border, Qt::white, radius, tr("ValueTask"), f.head, tint);
    const bool mismatch = frame->has_source && frame->source_version != frame->valuetask_token;
    const bool taken = !frame->other_operation.empty();
    // A token that matches a source another operation owns (the version wrapped) passes the
    // check and is just as wrong: both are red.
    const bool wrong_owner = frame->has_source && (mismatch || taken);
    std::vector<Line> vt_lines{{&f.bold, ink, held_text(*frame, *o)}};
    if (mismatch && model_.which() == workload::AwaitTwiceCase::token_check_off)
        vt_lines.push_back({&f.bold, bad, tr("not checked!")});
    else if (!mismatch && taken)
        vt_lines.push_back({&f.bold, bad, tr("token wrapped!")});
    draw_lines(p, vt_in, vt_lines);

    // What it points at.
    std::vector<Line> src_lines;
    QString src_title;
    if (frame->has_source) {
        src_title = tr("source · slot %1").arg(frame->pool_slot);
        src_lines.push_back({&f.bold, wrong_owner ? bad : good,
                             tr("v%1 · rented %2×")
                                 .arg(frame->source_version)
                                 .arg(format_count(frame->source_rents))});
        src_lines.push_back({&f.body, ink, QString::fromStdString(frame->source_state), true});
    } else if (frame->held == ValueTaskKind::task) {
        src_title = tr("Task<int>");
        src_lines.push_back(
            {&f.body, ink, tr("completes once and keeps its result for every awaiter"), true});
    } else {
        src_title = tr("no source");
        src_lines.push_back({&f.body, muted, tr("the value is inside the ValueTask"), true});
    }
    const QRectF src_in = draw_card(p, src_card, wrong_owner ? bad : card_border, Qt::white, radius,
                                    src_title, f.head, tint);
    draw_lines(p, src_in, src_lines);

    // ValueTask → source, with the token check spelled out as = or ≠.
    const double mid_y = src_in.top() + src_in.height() * 0.5;
    const QColor link = !frame->has_source ? card_border : (wrong_owner ? bad : good);
    if (frame->held != ValueTaskKind::result)
        draw_arrow(p, QPointF(vt_card.right() + 3, mid_y), QPointF(src_card.left() - 3, mid_y),
                   link, std::max(2.0, unit * 0.16));
    if (frame->has_source) {
        p.setFont(f.big);
        p.setPen(link);
        p.drawText(QRectF(vt_card.right(), cards.top(), gap, mid_y - cards.top() - 2),
                   Qt::AlignHCenter | Qt::AlignBottom,
                   mismatch ? QStringLiteral("≠") : QStringLiteral("="));
    }

    // The other operation that took the source over.
    const QColor other_colour(0x6A, 0x1B, 0x9A);
    const QRectF other_in =
        draw_card(p, other_card, taken ? other_colour : QColor(0xCF, 0xCF, 0xCF),
                  taken ? QColor(0xF6, 0xEE, 0xFA) : QColor(0xF5, 0xF5, 0xF5), radius,
                  tr("other operation"), f.head, tint);
    QFont other_font = f.body;
    other_font.setPixelSize(std::max(10, static_cast<int>(unit * 0.85)));
    draw_lines(p, other_in,
               {{&other_font, taken ? ink : muted,
                 taken ? QString::fromStdString(frame->other_operation) : tr("none"), true}});
    if (taken)
        draw_arrow(p, QPointF(other_card.left() - 3, mid_y), QPointF(src_card.right() + 3, mid_y),
                   other_colour, std::max(2.0, unit * 0.16));

    // The second await, full height on the right: the answer to the lane's question.
    const QRectF outcome_in = draw_card(p, outcome_box, card_border, QColor(255, 255, 255, 170),
                                        radius, tr("second await"), f.head, tint);
    const double badge_r = std::min(outcome_in.height() * 0.42, unit * 1.45);
    const QPointF badge_c(outcome_in.left() + badge_r, outcome_in.center().y());
    if (model_.revealed()) {
        paint_outcome_badge(p, badge_c, badge_r, model_.badge());
    } else {
        p.setPen(QPen(card_border, 2, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(badge_c, badge_r, badge_r);
        p.setFont(f.big);
        p.setPen(muted);
        p.drawText(QRectF(badge_c.x() - badge_r, badge_c.y() - badge_r, 2 * badge_r, 2 * badge_r),
                   Qt::AlignCenter, QStringLiteral("?"));
    }
    const QColor verdict_colour = model_.revealed() ? outcome_colour(model_.badge()) : muted;
    const QRectF text_box(badge_c.x() + badge_r + unit * 0.6, outcome_in.top(),
                          outcome_in.right() - badge_c.x() - badge_r - unit * 0.6,
                          outcome_in.height());
    QFont detail = f.body;
    detail.setPixelSize(std::max(10, static_cast<int>(unit * 0.85)));
    draw_lines(
        p, text_box,
        {{&f.big, verdict_colour, model_.headline()}, {&detail, ink, model_.detail(), true}});

    // Under the cards: which step of the case, and what it did.
    const QRectF caption(cards.left(), cards.bottom(), cards.width(), caption_h);
    const std::size_t n = model_.frame_count();
    const double dot = unit * 0.32;
    double x = caption.left() + dot;
    for (std::size_t i = 0; i < n; ++i) {
        p.setPen(QPen(ink, 1.2));
        p.setBrush(i <= model_.frame_index() ? ink : QColor(Qt::white));
        p.drawEllipse(QPointF(x, caption.center().y()), dot, dot);
        x += dot * 3;
    }
    p.setFont(f.body);
    p.setPen(ink);
    const QRectF text(x + unit * 0.3, caption.top(), caption.right() - x - unit * 0.3,
                      caption.height());
    p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(f.body).elidedText(QString::fromStdString(frame->caption),
                                                Qt::ElideRight, text.width()));
}

} // namespace vtl::widgets
