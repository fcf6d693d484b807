// AllocationPlot: heap allocations over time, per strategy. Top: allocations per call in each
// interval (a Task<T> coroutine allocates its frame on every call; ValueTask<T> only on
// misses; pooled not at all). Bottom: allocated bytes per second of run clock — the input
// of the GC model next to it.
#pragma once

#include "widgets/plots/lab_plot.hpp"
#include "workload/engine.hpp"

namespace vtl::widgets {

class AllocationPlot : public LabPlot {
    Q_OBJECT
public:
    explicit AllocationPlot(QWidget* parent = nullptr);

    void show_snapshot(const workload::EngineSnapshot& snapshot);

    QCPAxisRect* per_call_rect() const { return axisRect(0); }
    QCPAxisRect* rate_rect() const { return rate_rect_; }

private:
    QCPAxisRect* rate_rect_ = nullptr;
};

} // namespace vtl::widgets
