// What lessons may name in this application: the views of the ViewRegistry and the regions
// each view exposes for a step's "highlight" (docs/LESSONS.md lists them), and how a region is
// found in a live window.
#pragma once

#include "models/lessons/lesson.hpp"

#include <QString>

class QWidget;

namespace vtl::app {

class MainWindow;

// The views (ViewRegistry ids) and their regions.
models::LessonSchema lesson_schema();

// The widget that shows `region` of `view` in `window`, or null.
QWidget* lesson_region_widget(const MainWindow& window, const QString& view, const QString& region);

// The shipped lessons and a file: parsed against lesson_schema(), in the current UI language
// (localized_lesson).
models::LessonParseResult load_app_lesson(const QString& path_or_id);
// `lesson` in the current UI language (app/language.hpp): its translation overlay when one
// exists and passes the check, else the lesson as written (English).
models::Lesson localized_lesson(const models::Lesson& lesson);
// ":/lessons/<id>.json" when `id` names a shipped lesson, else `id` itself.
QString lesson_path(const QString& path_or_id);

} // namespace vtl::app
