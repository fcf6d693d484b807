#include "app/presenter/lesson_schema.hpp"

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

models::LessonParseResult load_app_lesson(const QString& path_or_id) {
    return models::load_lesson(lesson_path(path_or_id), lesson_schema());
}

} // namespace vtl::app
