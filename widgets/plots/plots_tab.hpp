// PlotsTab: the four live plots in a 2 × 2 grid — latency by percentile, latency histogram,
// allocations, GC model — all fed from the same engine snapshot.
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
    LatencyPercentilePlot* percentile_plot() const { return percentiles_; }
    LatencyHistogramPlot* histogram_plot() const { return histogram_; }
    AllocationPlot* allocation_plot() const { return allocations_; }
    GcModelPlot* gc_plot() const { return gc_; }

private:
    LatencyPercentilePlot* percentiles_ = nullptr;
    LatencyHistogramPlot* histogram_ = nullptr;
    AllocationPlot* allocations_ = nullptr;
    GcModelPlot* gc_ = nullptr;
};

} // namespace vtl::widgets
