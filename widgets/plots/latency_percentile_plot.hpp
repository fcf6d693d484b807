// LatencyPercentilePlot: HDR-style latency-by-percentile curves, one per strategy. The x axis
// is 1/(1−p) on a log scale, so 90 %, 99 %, 99.9 % … are equally spaced and the tail gets
// the room it deserves; latency is on a log axis too. With a cache, the curve shows a knee
// where the hits end: at p = hit rate, marked on the plot.
#pragma once

#include "widgets/plots/lab_plot.hpp"
#include "workload/engine.hpp"

namespace vtl::widgets {

class LatencyPercentilePlot : public LabPlot {
    Q_OBJECT
public:
    explicit LatencyPercentilePlot(QWidget* parent = nullptr);

    void show_snapshot(const workload::EngineSnapshot& snapshot);

    // The x coordinate of percentile p (0 ≤ p < 100): 1/(1 − p/100).
    static double x_of_percentile(double p);

private:
    void update_x_ticks(double upper);
    void apply_fonts() override;

    QCPItemStraightLine* knee_line_ = nullptr;
    QCPItemText* knee_label_ = nullptr;
    double x_upper_ = 0;
};

} // namespace vtl::widgets
