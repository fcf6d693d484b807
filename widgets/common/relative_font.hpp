// A heading or status line whose text is a little larger (or bolder) than the view's, and must
// stay so when the view's text size changes (View → Larger text, presenter mode). A font with
// an explicit size set once stops following its parent, so the owning view calls
// apply_relative_font() again from its changeEvent(QEvent::FontChange).
#pragma once

#include <QFont>
#include <QWidget>

namespace vtl::widgets {

inline void apply_relative_font(QWidget* w, const QFont& base, double factor, bool bold) {
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * factor);
    f.setBold(bold);
    w->setFont(f);
}

} // namespace vtl::widgets
