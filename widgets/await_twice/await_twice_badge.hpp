// The three marks for what a second await did, shared by the path view and the await-twice
// lab so they mean the same everywhere and read without words: a green check (the same value
// came back — harmless, by accident), a red cross in a circle (an exception was thrown) and a
// red warning triangle (another operation's value came back, silently).
#pragma once

#include "widgets/common/ui_palette.hpp"
#include "workload/await_twice_lab.hpp"
#include "workload/trace_event.hpp"

#include <QColor>
#include <QPointF>
#include <QString>

class QPainter;

namespace vtl::widgets {

// A second await's outcome is drawn as the lab's outcome it is (below): same marks, same
// palette colours.
QColor outcome_colour(workload::DoubleAwaitOutcome o, const ui_palette::Colours& c);
// A few words, for beside the mark.
QString outcome_label(workload::DoubleAwaitOutcome o);
// Paints the mark centred on `centre`, `radius` its half-size.
void paint_outcome_badge(QPainter& p, QPointF centre, double radius, workload::DoubleAwaitOutcome o,
                         const ui_palette::Colours& c);

// The await-twice lab's six outcomes, in the palette's colours: a check (same value, works),
// a cross (exception), a warning triangle (wrong value, silently), a clock (blocked) and an
// empty tray (the pool ran dry). Each has its own shape, so it reads without colour too.
QColor lab_outcome_colour(workload::LabOutcome o, const ui_palette::Colours& c);
void paint_lab_badge(QPainter& p, QPointF centre, double radius, workload::LabOutcome o,
                     const ui_palette::Colours& c);

} // namespace vtl::widgets
