// The file formats a plot can be saved in, apart from LabPlot so that code which only passes a
// plot along (the main window, the file dialogs, the plot saver's callers) need not include
// QCustomPlot: its header pulls in all of QtWidgets and QtPrintSupport, ~300,000 lines a file.
#pragma once

namespace vtl::widgets {

class LabPlot;

enum class PlotFormat { png, pdf };

} // namespace vtl::widgets
