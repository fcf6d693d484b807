// Handouts: a lesson run on this machine, one PDF page per step — the view as the step
// leaves it (QWidget::grab, highlight included), the step's narration with this run's
// figures, the question / prediction / measured answer, and the measured figures the step
// quotes, listed with their names. QPdfWriter, A4 landscape.
#pragma once

#include "models/lessons/lesson.hpp"

#include <QSize>
#include <QString>

namespace vtl::app {

class LessonDriver;

// Runs `lesson` in a window of its own (not shown on screen) at `size` and writes `pdf`.
bool export_handout(const models::Lesson& lesson, const QString& pdf, QSize size, QString* error);

} // namespace vtl::app
