// PlotsTab: the four live plots — latency by percentile, latency histogram, allocations, GC
// model — all fed from the same engine snapshot. In a 2 × 2 grid when each plot gets the width
// its title and axes need at the current text size, else in one column (the view scrolls
// vertically).
#pragma once

#include "workload/engine.hpp"

#include <QList>
#include <QWidget>

namespace vtl::widgets {

class AllocationPlot;
class GcModelPlot;
class LabPlot;
class LatencyHistogramPlot;
class LatencyPercentilePlot;

class PlotsTab : public QWidget {
    Q_OBJECT
public:
    explicit PlotsTab(QWidget* parent = nullptr);

    void show_snapshot(const workload::EngineSnapshot& snapshot);
    void set_text_scale(double scale);

    QList<LabPlot*> plots() const;
    // 2 or 1: how many columns the plots are in at the current width.
    int columns() const { return columns_; }
    // The columns the plots get at `width`.
    int columns_for(int width) const;
    LatencyPercentilePlot* percentile_plot() const { return percentiles_; }
    LatencyHistogramPlot* histogram_plot() const { return histogram_; }
    AllocationPlot* allocation_plot() const { return allocations_; }
    GcModelPlot* gc_plot() const { return gc_; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void arrange(int columns);

    int columns_ = 0;
    LatencyPercentilePlot* percentiles_ = nullptr;
    LatencyHistogramPlot* histogram_ = nullptr;
    AllocationPlot* allocations_ = nullptr;
    GcModelPlot* gc_ = nullptr;
};

} // namespace vtl::widgets
