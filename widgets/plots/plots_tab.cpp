#include "widgets/plots/plots_tab.hpp"

#include "widgets/plots/allocation_plot.hpp"
#include "widgets/plots/gc_model_plot.hpp"
#include "widgets/plots/latency_histogram_plot.hpp"
#include "widgets/plots/latency_percentile_plot.hpp"

#include <QGridLayout>

namespace vtl::widgets {

PlotsTab::PlotsTab(QWidget* parent)
    : QWidget(parent)
    , percentiles_(new LatencyPercentilePlot(this))
    , histogram_(new LatencyHistogramPlot(this))
    , allocations_(new AllocationPlot(this))
    , gc_(new GcModelPlot(this)) {
    setObjectName(QStringLiteral("plots_tab"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->setSpacing(6);
    grid->addWidget(percentiles_, 0, 0);
    grid->addWidget(histogram_, 0, 1);
    grid->addWidget(allocations_, 1, 0);
    grid->addWidget(gc_, 1, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
}

void PlotsTab::show_snapshot(const workload::EngineSnapshot& snapshot) {
    percentiles_->show_snapshot(snapshot);
    histogram_->show_snapshot(snapshot);
    allocations_->show_snapshot(snapshot);
    gc_->show_snapshot(snapshot);
}

void PlotsTab::set_text_scale(double scale) {
    for (LabPlot* plot : plots())
        plot->set_text_scale(scale);
}

QList<LabPlot*> PlotsTab::plots() const {
    return {percentiles_, histogram_, allocations_, gc_};
}

} // namespace vtl::widgets
