// The three marks for what a second await did, shared by the path view and the await-twice
// lab so they mean the same everywhere and read without words: a green check (the same value
// came back — harmless, by accident), a red cross in a circle (an exception was thrown) and a
// red warning triangle (another operation's value came back, silently).
#pragma once

#include "workload/trace_event.hpp"

#include <QColor>
#include <QPointF>
#include <QString>

class QPainter;

namespace vtl::widgets {

QColor outcome_colour(workload::DoubleAwaitOutcome o);
// A few words, for beside the mark.
QString outcome_label(workload::DoubleAwaitOutcome o);
// Paints the mark centred on `centre`, `radius` its half-size.
void paint_outcome_badge(QPainter& p, QPointF centre, double radius,
                         workload::DoubleAwaitOutcome o);

} // namespace vtl::widgets
