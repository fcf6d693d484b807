// The main window's file dialogs: open and save a scenario, export results, save a plot. Each
// asks for a path (starting in the last folder used, when settings are on), then hands it to
// MainWindow's dialog-free operation.
#pragma once

#include "widgets/plots/plot_format.hpp"

#include <QCoreApplication>
#include <QString>

namespace vtl::app {

class MainWindow;

class FileDialogs {
    // The texts are MainWindow's: the translations know them in its context.
    Q_DECLARE_TR_FUNCTIONS(vtl::app::MainWindow)

public:
    FileDialogs(MainWindow& window, bool use_settings);

    void open_scenario();
    void save_scenario_as();
    void export_results();
    void save_plot(widgets::LabPlot* plot, widgets::PlotFormat format);

private:
    QString last_directory() const;
    void remember_directory(const QString& dir);

    MainWindow& window_;
    bool use_settings_;
};

} // namespace vtl::app
