#include "app/file_dialogs.hpp"
#include "widgets/plots/lab_plot.hpp"

#include "app/io/app_settings.hpp"
#include "app/io/plot_saver.hpp"
#include "app/main_window.hpp"

#include <QFileDialog>
#include <QFileInfo>

namespace vtl::app {

FileDialogs::FileDialogs(MainWindow& window, bool use_settings)
    : window_(window)
    , use_settings_(use_settings) {}

QString FileDialogs::last_directory() const {
    return use_settings_ ? AppSettings().last_directory() : QString();
}

void FileDialogs::remember_directory(const QString& dir) {
    if (use_settings_)
        AppSettings().set_last_directory(dir);
}

void FileDialogs::open_scenario() {
    const QString path = QFileDialog::getOpenFileName(
        &window_, tr("Open scenario"), last_directory(), tr("Scenario (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    remember_directory(QFileInfo(path).absolutePath());
    window_.open_scenario_file(path);
}

void FileDialogs::save_scenario_as() {
    const QString start = window_.scenario_path().isEmpty()
                              ? last_directory() + QStringLiteral("/scenario.json")
                              : window_.scenario_path();
    QString path =
        QFileDialog::getSaveFileName(&window_, tr("Save scenario"), start, tr("Scenario (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    remember_directory(QFileInfo(path).absolutePath());
    window_.save_scenario_file(path);
}

void FileDialogs::export_results() {
    const QString dir = QFileDialog::getExistingDirectory(
        &window_, tr("Export results into folder (summary.csv, timeseries.csv, scenario.json)"),
        last_directory());
    if (dir.isEmpty())
        return;
    remember_directory(dir);
    window_.export_results_to(dir);
}

void FileDialogs::save_plot(widgets::LabPlot* plot, widgets::LabPlot::Format format) {
    const bool png = format == widgets::LabPlot::Format::png;
    const QString start =
        last_directory() + QLatin1Char('/') + default_plot_file_name(*plot, format);
    QString path = QFileDialog::getSaveFileName(
        &window_, png ? tr("Save plot as PNG") : tr("Save plot as PDF"), start,
        png ? tr("PNG image (*.png)") : tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString suffix = png ? QStringLiteral("png") : QStringLiteral("pdf");
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    remember_directory(QFileInfo(path).absolutePath());
    window_.save_plot_to(plot, path, format);
}

} // namespace vtl::app
