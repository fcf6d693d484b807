// Painting helpers for views drawn as cards: a card with its title on its top border, wrapped
// lines of text top-down, an arrow. Stateless; every colour and font comes from the caller.
#pragma once

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace vtl::widgets::cards {

// A card whose title sits on its top border, like a fieldset's legend. Returns the area left
// for its contents.
QRectF draw_card(QPainter& p, const QRectF& r, const QColor& border, const QColor& fill,
                 double radius, const QString& title, const QFont& title_font,
                 const QColor& title_colour, const QColor& backdrop, double stroke);

// One line of text for draw_lines(); it wraps at word boundaries.
struct Line {
    const QFont* font;
    QColor colour;
    QString text;
};

// Lines of text top-down inside `r`: each wraps and the next starts below.
void draw_lines(QPainter& p, const QRectF& r, const std::vector<Line>& lines);

// How tall draw_lines() makes `lines` in a column `width` wide.
double lines_height(double width, const std::vector<Line>& lines);

void draw_arrow(QPainter& p, QPointF from, QPointF to, const QColor& c, double w);

} // namespace vtl::widgets::cards
