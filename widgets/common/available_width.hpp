// The width a view may lay itself out in: inside a scroll area (every view is, in its tab)
// the viewport's width, not its own — a widget wider than the viewport because of its own
// minimum size would otherwise never learn that it should rearrange into a narrower form.
#pragma once

#include <QAbstractScrollArea>
#include <QCoreApplication>
#include <QEvent>
#include <QLayout>
#include <QScrollArea>
#include <QWidget>

namespace vtl::widgets {

inline QWidget* scroll_viewport_of(const QWidget* w) {
    QWidget* parent = w->parentWidget();
    if (parent != nullptr && qobject_cast<QAbstractScrollArea*>(parent->parentWidget()) &&
        qobject_cast<QAbstractScrollArea*>(parent->parentWidget())->viewport() == parent)
        return parent;
    return nullptr;
}

inline int available_width(const QWidget* w) {
    if (const QWidget* viewport = scroll_viewport_of(w))
        return viewport->width();
    return w->width();
}

// After `w` changed its heightForWidth(): lays out its ancestors now, up to the nearest scroll
// area, and has that size its widget again. A height that follows the width is not part of a
// widget's minimum size, so without this the scroll area would keep the old height until an
// unrelated resize.
inline void relayout_up_to_scroll_area(QWidget* w) {
    w->updateGeometry();
    for (QWidget* p = w->parentWidget(); p != nullptr; p = p->parentWidget()) {
        if (auto* area = qobject_cast<QScrollArea*>(p)) {
            QEvent request(QEvent::LayoutRequest);
            QCoreApplication::sendEvent(area, &request);
            return;
        }
        if (p->layout() != nullptr)
            p->layout()->activate();
    }
}

} // namespace vtl::widgets
