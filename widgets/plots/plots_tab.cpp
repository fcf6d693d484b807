#include "widgets/plots/plots_tab.hpp"

#include "widgets/common/available_width.hpp"
#include "widgets/plots/allocation_plot.hpp"
#include "widgets/plots/gc_model_plot.hpp"
#include "widgets/plots/latency_histogram_plot.hpp"
#include "widgets/plots/latency_percentile_plot.hpp"

#include <QGridLayout>

#include <algorithm>

namespace vtl::widgets {

namespace {
constexpr int margin = 4, spacing = 6;
} // namespace

PlotsTab::PlotsTab(QWidget* parent)
    : QWidget(parent)
    , percentiles_(new LatencyPercentilePlot(this))
    , histogram_(new LatencyHistogramPlot(this))
    , allocations_(new AllocationPlot(this))
    , gc_(new GcModelPlot(this)) {
    setObjectName(QStringLiteral("plots_tab"));
    arrange(2);
}

int PlotsTab::columns_for(int width) const {
    int each = 0;
    for (LabPlot* plot : plots())
        each = std::max(each, plot->comfortable_width());
    return width >= 2 * each + spacing + 2 * margin ? 2 : 1;
}

void PlotsTab::arrange(int columns) {
    if (columns == columns_)
        return;
    columns_ = columns;
    // A new grid: the old one's empty column would keep its stretch.
    delete layout();
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(margin, margin, margin, margin);
    grid->setSpacing(spacing);
    const QList<LabPlot*> all = plots();
    for (int i = 0; i < all.size(); ++i) {
        grid->addWidget(all[i], i / columns, i % columns);
        grid->setRowStretch(i / columns, 1);
    }
    for (int c = 0; c < columns; ++c)
        grid->setColumnStretch(c, 1);
}

void PlotsTab::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    arrange(columns_for(available_width(this)));
}

void PlotsTab::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    // In its tab's scroll area, the viewport's width decides (this widget may be held wider).
    if (QWidget* viewport = scroll_viewport_of(this))
        viewport->installEventFilter(this);
    arrange(columns_for(available_width(this)));
}

bool PlotsTab::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Resize && watched == scroll_viewport_of(this))
        arrange(columns_for(available_width(this)));
    return QWidget::eventFilter(watched, event);
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
    arrange(columns_for(available_width(this)));
}

QList<LabPlot*> PlotsTab::plots() const {
    return {percentiles_, histogram_, allocations_, gc_};
}

} // namespace vtl::widgets
