#include "app/io/plot_saver.hpp"
#include "widgets/plots/lab_plot.hpp"

#include "app/io/results_export.hpp"

namespace vtl::app {

bool save_plot(widgets::LabPlot& plot, const QString& path, widgets::LabPlot::Format format,
               QString* error) {
    const QByteArray bytes =
        format == widgets::LabPlot::Format::png ? plot.render_png() : plot.render_pdf();
    if (bytes.isEmpty()) {
        if (error)
            *error = QObject::tr("Could not render the plot “%1”.").arg(plot.title());
        return false;
    }
    return write_file_atomically(path, bytes, error);
}

QString default_plot_file_name(const widgets::LabPlot& plot, widgets::LabPlot::Format format) {
    return plot.plot_id() + (format == widgets::LabPlot::Format::png ? QStringLiteral(".png")
                                                                     : QStringLiteral(".pdf"));
}

} // namespace vtl::app
