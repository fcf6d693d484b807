// AppSettings: what the GUI remembers between sessions (QSettings under the application's
// organisation and name): window geometry and layout, the last scenario, recent scenario
// files and display preferences.
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace vtl::app {

class AppSettings {
public:
    static constexpr int max_recent_files = 8;
    // View → Larger/Smaller text; a stored value outside (or NaN) falls back to 1 / is clamped.
    static constexpr double min_text_scale = 0.8;
    static constexpr double max_text_scale = 2.0;

    AppSettings();

    QByteArray window_geometry() const;
    void set_window_geometry(const QByteArray& geometry);
    QByteArray window_state() const;
    void set_window_state(const QByteArray& state);
    QByteArray splitter_state() const;
    void set_splitter_state(const QByteArray& state);

    // The scenario on screen at exit, as scenario JSON, and the file it came from (if any).
    QByteArray last_scenario_json() const;
    void set_last_scenario_json(const QByteArray& json);
    QString last_scenario_path() const;
    void set_last_scenario_path(const QString& path);

    QStringList recent_files() const;
    // Moves `path` to the front, dropping duplicates and the oldest beyond the limit.
    void add_recent_file(const QString& path);
    void remove_recent_file(const QString& path);

    QString current_view() const;
    void set_current_view(const QString& view);
    bool advanced_expanded() const;
    void set_advanced_expanded(bool expanded);
    double text_scale() const;
    void set_text_scale(double scale);
    QString last_directory() const;
    void set_last_directory(const QString& dir);

    void sync() { settings_.sync(); }

private:
    QSettings settings_;
};

} // namespace vtl::app
