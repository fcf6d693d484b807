// PaintedLabel: one piece of text a painted view lays out before it paints — what, in which
// font and colour, where. Views that lay out their text this way can be checked without
// pixels: text_fits() tells whether the text fits its rect without being cut or elided.
#pragma once

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QRectF>
#include <QString>

namespace vtl::widgets {

struct PaintedLabel {
    QString text;
    QFont font;
    QRectF rect;
    int flags = 0;
    QColor colour;
};

// Whether `l.text`, drawn with `l.flags` in `l.font`, stays inside `l.rect` (half a pixel of
// rounding allowed).
inline bool text_fits(const PaintedLabel& l) {
    const QRectF need = QFontMetricsF(l.font).boundingRect(l.rect, l.flags, l.text);
    return need.width() <= l.rect.width() + 0.5 && need.height() <= l.rect.height() + 0.5;
}

} // namespace vtl::widgets
