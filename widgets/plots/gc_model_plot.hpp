// GcModelPlot: the GC-equivalent pressure model over time — titled as a model, because no
// collector runs. Top: modelled gen0/gen1/gen2 collections so far (colour = strategy, dash =
// generation). Bottom: the live heap the model promotes from. An info button shows the
// formulas and the parameters in use.
#pragma once

#include "measure/gc_model.hpp"
#include "widgets/plots/lab_plot.hpp"
#include "workload/engine.hpp"

#include <QPointer>

class QToolButton;

namespace vtl::widgets {

class GcFormulasDialog;

class GcModelPlot : public LabPlot {
    Q_OBJECT
public:
    explicit GcModelPlot(QWidget* parent = nullptr);

    void show_snapshot(const workload::EngineSnapshot& snapshot);
    // The model parameters whose formulas the info button shows (from the scenario).
    void set_model_params(const measure::GcModelParams& params);
    // Opens (or raises) the formulas dialog.
    GcFormulasDialog* show_formulas();

    QToolButton* info_button() const { return info_; }
    QCPAxisRect* collections_rect() const { return axisRect(0); }
    QCPAxisRect* live_rect() const { return live_rect_; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void graph_created(QCPGraph* graph, workload::Strategy s, int series) override;
    void apply_fonts() override;

private:
    void place_info_button();

    QCPAxisRect* live_rect_ = nullptr;
    QToolButton* info_ = nullptr;
    QCPGraph* generation_keys_[3] = {};
    measure::GcModelParams params_;
    QPointer<GcFormulasDialog> dialog_;
};

} // namespace vtl::widgets
