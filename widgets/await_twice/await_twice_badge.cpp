#include "widgets/await_twice/await_twice_badge.hpp"
#include "widgets/common/ui_palette.hpp"

#include <QObject>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <optional>

namespace vtl::widgets {

using workload::DoubleAwaitOutcome;

QString outcome_label(DoubleAwaitOutcome o) {
    switch (o) {
    case DoubleAwaitOutcome::same_value:
        return QObject::tr("same value (by accident)");
    case DoubleAwaitOutcome::invalid_operation:
        return QObject::tr("InvalidOperationError");
    case DoubleAwaitOutcome::wrong_value:
        return QObject::tr("SILENT WRONG VALUE");
    case DoubleAwaitOutcome::none:
        break;
    }
    return {};
}

namespace {

// A second await's outcome is one of the lab's: the same marks, the same colours.
std::optional<workload::LabOutcome> as_lab_outcome(DoubleAwaitOutcome o) {
    switch (o) {
    case DoubleAwaitOutcome::same_value:
        return workload::LabOutcome::same_value;
    case DoubleAwaitOutcome::invalid_operation:
        return workload::LabOutcome::exception;
    case DoubleAwaitOutcome::wrong_value:
        return workload::LabOutcome::wrong_value;
    case DoubleAwaitOutcome::none:
        break;
    }
    return std::nullopt;
}

} // namespace

QColor outcome_colour(DoubleAwaitOutcome o, const ui_palette::Colours& c) {
    const auto lab = as_lab_outcome(o);
    return lab ? lab_outcome_colour(*lab, c) : c.muted;
}

void paint_outcome_badge(QPainter& p, QPointF centre, double radius, DoubleAwaitOutcome o,
                         const ui_palette::Colours& c) {
    if (const auto lab = as_lab_outcome(o))
        paint_lab_badge(p, centre, radius, *lab, c);
}

QColor lab_outcome_colour(workload::LabOutcome o, const ui_palette::Colours& c) {
    switch (o) {
    case workload::LabOutcome::same_value:
    case workload::LabOutcome::works:
        return c.good;
    case workload::LabOutcome::exception:
    case workload::LabOutcome::wrong_value:
    case workload::LabOutcome::source_leaked:
        return c.bad;
    case workload::LabOutcome::blocked:
        return c.pending;
    }
    return c.muted;
}

void paint_lab_badge(QPainter& p, QPointF ctr, double r, workload::LabOutcome o,
                     const ui_palette::Colours& c) {
    using workload::LabOutcome;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QColor colour = lab_outcome_colour(o, c);
    const QColor mark = ui_palette::text_on(colour);
    const double stroke = std::max(2.0, r * 0.28);
    const QPen mark_pen(mark, stroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    const QPen rim(c.ground, std::max(1.5, r * 0.12));
    switch (o) {
    case LabOutcome::same_value:
    case LabOutcome::works: {
        p.setPen(rim);
        p.setBrush(colour);
        p.drawEllipse(ctr, r, r);
        QPainterPath tick;
        tick.moveTo(ctr + QPointF(-0.48 * r, 0.02 * r));
        tick.lineTo(ctr + QPointF(-0.12 * r, 0.40 * r));
        tick.lineTo(ctr + QPointF(0.52 * r, -0.38 * r));
        p.setPen(mark_pen);
        p.setBrush(Qt::NoBrush);
        p.drawPath(tick);
        break;
    }
    case LabOutcome::exception: {
        p.setPen(rim);
        p.setBrush(colour);
        p.drawEllipse(ctr, r, r);
        p.setPen(mark_pen);
        const double a = 0.42 * r;
        p.drawLine(ctr + QPointF(-a, -a), ctr + QPointF(a, a));
        p.drawLine(ctr + QPointF(-a, a), ctr + QPointF(a, -a));
        break;
    }
    case LabOutcome::wrong_value: {
        const double h = r * 1.15;
        QPolygonF tri;
        tri << ctr + QPointF(0, -h) << ctr + QPointF(h * 1.05, h * 0.8)
            << ctr + QPointF(-h * 1.05, h * 0.8);
        p.setPen(QPen(c.ink, std::max(2.0, r * 0.22), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(colour);
        p.drawPolygon(tri);
        p.setPen(QPen(mark, stroke, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(ctr + QPointF(0, -0.45 * h), ctr + QPointF(0, 0.20 * h));
        p.setBrush(mark);
        p.setPen(Qt::NoPen);
        p.drawEllipse(ctr + QPointF(0, 0.50 * h), stroke * 0.6, stroke * 0.6);
        break;
    }
    case LabOutcome::blocked: {
        p.setPen(rim);
        p.setBrush(colour);
        p.drawEllipse(ctr, r, r);
        p.setPen(mark_pen);
        p.drawLine(ctr, ctr + QPointF(0, -0.62 * r));
        p.drawLine(ctr, ctr + QPointF(0.45 * r, 0.2 * r));
        break;
    }
    case LabOutcome::source_leaked: {
        const QRectF box(ctr.x() - r, ctr.y() - r * 0.85, 2 * r, 1.7 * r);
        p.setPen(rim);
        p.setBrush(colour);
        p.drawRoundedRect(box, r * 0.25, r * 0.25);
        // An empty tray: nothing left to hand out.
        p.setPen(mark_pen);
        p.setBrush(Qt::NoBrush);
        QPainterPath tray;
        tray.moveTo(ctr + QPointF(-0.6 * r, -0.3 * r));
        tray.lineTo(ctr + QPointF(-0.6 * r, 0.4 * r));
        tray.lineTo(ctr + QPointF(0.6 * r, 0.4 * r));
        tray.lineTo(ctr + QPointF(0.6 * r, -0.3 * r));
        p.drawPath(tray);
        break;
    }
    }
    p.restore();
}

} // namespace vtl::widgets
