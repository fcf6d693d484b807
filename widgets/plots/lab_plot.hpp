// LabPlot: the common frame of every plot in the app. A title row, a legend row *above* the
// data (so a legend never hides a curve), one or more axis rects sharing their left margin,
// projector-sized fonts, and a context menu to save the plot as PNG or PDF.
//
// Rendering to PNG/PDF is here; writing the file (atomically) and asking for its name are the
// application's job, requested through saveRequested().
#pragma once

#include "widgets/common/ui_palette.hpp"
#include "widgets/plots/plot_format.hpp"
#include "workload/scenario.hpp"

#include "widgets/plots/qcustomplot_lean.hpp"

#include <QByteArray>
#include <QString>

#include <map>
#include <tuple>
#include <vector>

class QAction;

namespace vtl::widgets {

class LabPlot : public QCustomPlot {
    Q_OBJECT
public:
    using Format = PlotFormat;

    explicit LabPlot(const QString& title, QWidget* parent = nullptr);
    ~LabPlot() override;

    QString title() const;
    // Where the title's text ends, in widget pixels (for buttons placed beside it).
    int title_text_right() const;
    // A stable identifier for file names and tests ("latency-percentiles", …).
    QString plot_id() const { return objectName(); }

    // The narrowest this plot reads well at its text size: its whole title (and the buttons
    // beside it) and an axis rect wide enough for its tick labels. A layout that cannot give
    // a plot this much should stack the plots instead.
    int comfortable_width() const;

    // Text scale for projectors (1 = normal). Re-applies every font of this plot.
    void set_text_scale(double scale);
    double text_scale() const { return text_scale_; }

    QByteArray render_png(double device_pixel_ratio = 2.0);
    QByteArray render_pdf();

    // Finite data points over all graphs: what tests assert on, rather than pixels.
    int finite_point_count() const;

    // Redraws soon (coalesced), and not at all while hidden: shown again, it redraws once.
    void request_replot();
    // How many times this plot has actually been redrawn.
    quint64 redraw_count() const { return redraws_; }

signals:
    void saveRequested(vtl::widgets::LabPlot* plot, vtl::widgets::LabPlot::Format format);

protected:
    // Stacks another axis rect under the existing ones, left margins aligned.
    QCPAxisRect* add_axis_rect();
    // Applies fonts, pens and grid to the axes of `rect`.
    void style_axis_rect(QCPAxisRect* rect);
    // Extra entries for the context menu (e.g. "Logarithmic y axis").
    void add_context_action(QAction* action);
    // Shows `text` in the middle of the first axis rect while the plot has no data.
    void set_placeholder(const QString& text);
    void show_placeholder(bool on);
    // The graph of strategy `s` in `rect` (the first axis rect if null); `series` tells apart
    // several curves of one strategy. Created on first use in the strategy's style; only
    // series 0 of the first rect appears in the legend.
    QCPGraph* graph_for(workload::Strategy s, QCPAxisRect* rect = nullptr, int series = 0);
    // Removes the graphs of strategies not in `keep` (a new run may compare fewer).
    void keep_strategies(const std::vector<workload::Strategy>& keep);
    // Called when graph_for() created a graph, e.g. to restyle it or reorder the legend.
    virtual void graph_created(QCPGraph* /*graph*/, workload::Strategy /*s*/, int /*series*/) {}
    // Called after fonts or the palette change, for subclasses with their own text items.
    virtual void apply_fonts() {}
    // This plot's colours, from its palette (light, dark or projector).
    ui_palette::Colours colours() const;

    QFont tick_font() const;
    QFont label_font() const;
    QFont legend_font() const;
    QFont title_font() const;

    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void fit_legend();
    void fit_axis_labels();
    void update_minimum_size();
    void show_context_menu(const QPoint& pos);

    QCPTextElement* title_ = nullptr;
    QCPLayoutGrid* legend_row_ = nullptr;
    QCPMarginGroup* margin_group_ = nullptr;
    QCPItemText* placeholder_ = nullptr;
    QList<QAction*> context_actions_;
    std::map<std::tuple<QCPAxisRect*, workload::Strategy, int>, QCPGraph*> graphs_;
    double text_scale_ = 1.0;
    bool replot_pending_ = false;
    quint64 redraws_ = 0;
};

} // namespace vtl::widgets
