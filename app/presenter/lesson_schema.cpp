#include "app/presenter/lesson_schema.hpp"

#include "app/language.hpp"
#include "app/main_window.hpp"
#include "app/view_registry.hpp"
#include "widgets/await_twice/await_twice_lane.hpp"
#include "widgets/await_twice/await_twice_tab.hpp"
#include "widgets/claims/claims_tab.hpp"
#include "widgets/paths/code_pane.hpp"
#include "widgets/paths/path_diagram.hpp"
#include "widgets/paths/paths_tab.hpp"
#include "widgets/plots/allocation_plot.hpp"
#include "widgets/plots/gc_model_plot.hpp"
#include "widgets/plots/latency_histogram_plot.hpp"
#include "widgets/plots/latency_percentile_plot.hpp"
#include "widgets/plots/plots_tab.hpp"

#include <QCoreApplication>
#include <QFile>

namespace vtl::app {

namespace {

// Regions found by object name inside the view's widget.
struct NamedRegion {
    const char* view;
    const char* region;
    const char* object_name;
};
constexpr NamedRegion named_regions[] = {
    {"main", "latency-percentiles", "latency-percentiles"},
    {"main", "latency-histogram", "latency-histogram"},
    {"main", "allocations", "allocations"},
    {"main", "gc-model", "gc-model"},
    {"claims", "table", "claims_table"},
    {"claims", "status", "claims_status"},
};

QString translate(const char* text) {
    return QCoreApplication::translate("vtl::app::LessonSchema", text);
}

} // namespace

models::LessonSchema lesson_schema() {
    models::LessonSchema schema;
    schema.views = ViewRegistry::builtin().ids();
    for (const NamedRegion& r : named_regions)
        schema.regions[QString::fromLatin1(r.view)] << QString::fromLatin1(r.region);
    schema.regions[QStringLiteral("paths")] << QStringLiteral("diagram") << QStringLiteral("code");
    // The await-twice view: one region per lane, named by its case id.
    for (workload::AwaitTwiceCase c : workload::all_await_twice_cases)
        schema.regions[QStringLiteral("await-twice")] << QString::fromLatin1(to_string(c));
    return schema;
}

QWidget* lesson_region_widget(const MainWindow& window, const QString& view,
                              const QString& region) {
    QWidget* root = window.view_widget(view);
    if (!root || region.isEmpty())
        return nullptr;
    for (const NamedRegion& r : named_regions)
        if (view == QLatin1String(r.view) && region == QLatin1String(r.region))
            return root->findChild<QWidget*>(QString::fromLatin1(r.object_name));
    if (view == QLatin1String("paths") && window.paths_tab()) {
        if (region == QLatin1String("diagram"))
            return const_cast<widgets::PathDiagram*>(window.paths_tab()->diagram());
        if (region == QLatin1String("code"))
            return const_cast<widgets::CodePane*>(window.paths_tab()->code_pane());
    }
    if (view == QLatin1String("await-twice") && window.await_twice_tab()) {
        const QByteArray id = region.toUtf8();
        if (auto c = workload::await_twice_case_from_string(
                std::string_view(id.constData(), std::size_t(id.size()))))
            return window.await_twice_tab()->lane(*c);
    }
    return nullptr;
}

QString lesson_path(const QString& path_or_id) {
    const QString shipped = QStringLiteral(":/lessons/%1.json").arg(path_or_id);
    if (!path_or_id.contains(QLatin1Char('/')) && !path_or_id.endsWith(QLatin1String(".json")) &&
        QFile::exists(shipped))
        return shipped;
    return path_or_id;
}

models::Lesson localized_lesson(const models::Lesson& lesson) {
    return models::lesson_in_language(lesson, current_language());
}

models::LessonParseResult load_app_lesson(const QString& path_or_id) {
    const QString path = lesson_path(path_or_id);
    QFile f(path);
    QString id;
    if (f.open(QIODevice::ReadOnly) && f.size() <= (1 << 20) &&
        models::is_lesson_translation(f.read(1 << 20), &id)) {
        // A translation overlay opened as a file: its original, in the overlay's language.
        models::LessonParseResult r;
        const QString original = models::lesson_translation_original(path, id);
        if (original.isEmpty()) {
            r.issues.append({0, 0,
                             translate("a translation of lesson '%1', which is not found "
                                       "(neither in the folder above nor shipped)")
                                 .arg(id)});
            return r;
        }
        const models::LessonParseResult o = models::load_lesson(original, lesson_schema());
        if (!o.lesson) {
            for (const models::LessonIssue& i : o.issues)
                r.issues.append({0, 0, i.text(original)});
            return r;
        }
        return models::load_lesson_translation(*o.lesson, path);
    }
    models::LessonParseResult r = models::load_lesson(path, lesson_schema());
    if (r.lesson)
        r.lesson = localized_lesson(*r.lesson);
    return r;
}

} // namespace vtl::app
