// Saving one plot as PNG or PDF: the plot renders, the file is written atomically (a failed
// write leaves no partial file and the old file, if any, untouched).
#pragma once

#include "widgets/plots/plot_format.hpp"

#include <QString>

namespace vtl::app {

bool save_plot(widgets::LabPlot& plot, const QString& path, widgets::PlotFormat format,
               QString* error);
// "latency-percentiles.png" — a default file name for the plot.
QString default_plot_file_name(const widgets::LabPlot& plot, widgets::PlotFormat format);

} // namespace vtl::app
