#include "app/io/app_settings.hpp"

#include "app/io/recent_files.hpp"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace vtl::app {

namespace {

const QString geometry_key = QStringLiteral("window/geometry");
const QString state_key = QStringLiteral("window/state");
const QString splitter_key = QStringLiteral("window/splitter");
const QString scenario_key = QStringLiteral("scenario/last");
const QString scenario_path_key = QStringLiteral("scenario/path");
const QString recent_key = QStringLiteral("scenario/recent");
const QString view_key = QStringLiteral("view/current");
const QString advanced_key = QStringLiteral("view/advanced_expanded");
const QString text_scale_key = QStringLiteral("view/text_scale");
const QString directory_key = QStringLiteral("files/last_directory");

} // namespace

AppSettings::AppSettings() = default;

QByteArray AppSettings::window_geometry() const {
    return settings_.value(geometry_key).toByteArray();
}
void AppSettings::set_window_geometry(const QByteArray& g) {
    settings_.setValue(geometry_key, g);
}
QByteArray AppSettings::window_state() const {
    return settings_.value(state_key).toByteArray();
}
void AppSettings::set_window_state(const QByteArray& s) {
    settings_.setValue(state_key, s);
}
QByteArray AppSettings::splitter_state() const {
    return settings_.value(splitter_key).toByteArray();
}
void AppSettings::set_splitter_state(const QByteArray& s) {
    settings_.setValue(splitter_key, s);
}

QByteArray AppSettings::last_scenario_json() const {
    return settings_.value(scenario_key).toByteArray();
}
void AppSettings::set_last_scenario_json(const QByteArray& json) {
    settings_.setValue(scenario_key, json);
}
QString AppSettings::last_scenario_path() const {
    return settings_.value(scenario_path_key).toString();
}
void AppSettings::set_last_scenario_path(const QString& path) {
    settings_.setValue(scenario_path_key, path);
}

QStringList AppSettings::recent_files() const {
    return settings_.value(recent_key).toStringList();
}

void AppSettings::add_recent_file(const QString& path) {
    settings_.setValue(recent_key, with_recent_file(recent_files(), path, max_recent_files));
}

void AppSettings::remove_recent_file(const QString& path) {
    QStringList files = recent_files();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    settings_.setValue(recent_key, files);
}

QString AppSettings::current_view() const {
    return settings_.value(view_key, QStringLiteral("main")).toString();
}
void AppSettings::set_current_view(const QString& view) {
    settings_.setValue(view_key, view);
}
bool AppSettings::advanced_expanded() const {
    return settings_.value(advanced_key, false).toBool();
}
void AppSettings::set_advanced_expanded(bool e) {
    settings_.setValue(advanced_key, e);
}

double AppSettings::text_scale() const {
    // The settings file is user-editable: "nan", "inf" or junk means the default, not an
    // invisible font (NaN passes std::clamp unchanged).
    bool ok = false;
    const double v = settings_.value(text_scale_key, 1.0).toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return 1.0;
    return std::clamp(v, min_text_scale, max_text_scale);
}
void AppSettings::set_text_scale(double scale) {
    if (std::isfinite(scale))
        settings_.setValue(text_scale_key, std::clamp(scale, min_text_scale, max_text_scale));
}

QString AppSettings::last_directory() const {
    return settings_.value(directory_key, QDir::homePath()).toString();
}
void AppSettings::set_last_directory(const QString& dir) {
    settings_.setValue(directory_key, dir);
}

} // namespace vtl::app
