// LatencyHistogramPlot: how calls are distributed over latency, one step curve per strategy,
// on log-spaced bins (the engine's HDR buckets merged into 10 per decade). The y axis is the
// share of the strategy's calls, so runs of different lengths compare; a context-menu switch
// makes it logarithmic to show rare tails.
#pragma once

#include "widgets/plots/lab_plot.hpp"
#include "workload/engine.hpp"

#include <vector>

namespace vtl::widgets {

class LatencyHistogramPlot : public LabPlot {
    Q_OBJECT
public:
    static constexpr int bins_per_decade = 10;

    explicit LatencyHistogramPlot(QWidget* parent = nullptr);

    void show_snapshot(const workload::EngineSnapshot& snapshot);
    void set_log_scale(bool on);
    bool log_scale() const { return log_scale_; }

    // Counts per log-spaced bin: bin i covers [10^(i/10), 10^((i+1)/10)) ns.
    struct Bins {
        int first = 0; // index of counts[0]
        std::vector<std::uint64_t> counts;
        std::uint64_t total = 0;
    };
    static Bins merge_into_bins(const measure::LatencyHistogram& histogram);

private:
    QAction* log_action_ = nullptr;
    bool log_scale_ = false;
    workload::EngineSnapshot last_;
};

} // namespace vtl::widgets
