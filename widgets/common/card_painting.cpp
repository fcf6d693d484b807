#include "widgets/common/card_painting.hpp"

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPen>

#include <algorithm>

namespace vtl::widgets::cards {

QRectF draw_card(QPainter& p, const QRectF& r, const QColor& border, const QColor& fill,
                 double radius, const QString& title, const QFont& title_font,
                 const QColor& title_colour, const QColor& backdrop, double stroke) {
    const QFontMetricsF fm(title_font);
    const QRectF box = r.adjusted(0, fm.height() / 2, 0, 0);
    p.setPen(QPen(border, 1.6 * stroke));
    p.setBrush(fill);
    p.drawRoundedRect(box, radius, radius);
    // Never elided: the lane's layout gives every card the width of its heading.
    const QString& text = title;
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

double lines_height(double width, const std::vector<Line>& lines) {
    double h = 0;
    for (const auto& l : lines) {
        if (l.text.isEmpty())
            continue;
        h += QFontMetricsF(*l.font)
                 .boundingRect(QRectF(0, 0, std::max(1.0, width), 1e6), Qt::TextWordWrap, l.text)
                 .height();
    }
    return h;
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

} // namespace vtl::widgets::cards
