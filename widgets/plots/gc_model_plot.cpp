#include "widgets/plots/gc_model_plot.hpp"

#include "models/text/unit_format.hpp"
#include "widgets/plots/axis_tickers.hpp"
#include "widgets/plots/gc_formulas_dialog.hpp"
#include "widgets/plots/run_clock_axis.hpp"
#include "widgets/plots/strategy_style.hpp"

#include <QStyle>
#include <QToolButton>

#include <algorithm>

namespace vtl::widgets {

using namespace vtl::models;

namespace {

constexpr Qt::PenStyle generation_dash[3] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine};

} // namespace

GcModelPlot::GcModelPlot(QWidget* parent)
    : LabPlot(tr("GC model (not a real GC)"), parent) {
    setObjectName(QStringLiteral("gc-model"));
    setToolTip(tr("A model of what a .NET generational GC would do with the measured "
                  "allocations: collections so far per generation, and the live heap.") +
               QStringLiteral("\n") + run_clock_explanation());
    QCPAxisRect* top = axisRect(0);
    top->axis(QCPAxis::atLeft)->setLabel(tr("collections\n(model)"));
    top->axis(QCPAxis::atLeft)
        ->setTicker(
            QSharedPointer<ValueAxisTicker>::create([](double v) { return format_count(v); }, 3));

    live_rect_ = add_axis_rect();
    live_rect_->axis(QCPAxis::atLeft)->setLabel(tr("live heap"));
    live_rect_->axis(QCPAxis::atLeft)
        ->setTicker(
            QSharedPointer<ValueAxisTicker>::create([](double v) { return format_bytes(v); }, 3));
    set_up_run_clock_axis(live_rect_->axis(QCPAxis::atBottom));
    share_time_axis(top->axis(QCPAxis::atBottom), live_rect_->axis(QCPAxis::atBottom));

    // Legend keys for the generations: grey lines in each generation's dash.
    for (int gen = 0; gen < 3; ++gen) {
        QCPGraph* key = addGraph(top->axis(QCPAxis::atBottom), top->axis(QCPAxis::atLeft));
        key->setName(tr("gen%1").arg(gen));
        key->setPen(QPen(colours().muted, 2.5, generation_dash[gen]));
        generation_keys_[gen] = key;
    }

    info_ = new QToolButton(this);
    info_->setObjectName(QStringLiteral("gc_formulas_button"));
    info_->setIcon(style()->standardIcon(QStyle::SP_MessageBoxInformation));
    info_->setText(tr("Formulas"));
    info_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    info_->setToolTip(tr("Show the GC model's formulas and the parameters of this run."));
    info_->setAutoRaise(true);
    info_->setIconSize(QSize(20, 20));
    connect(info_, &QToolButton::clicked, this, [this] { show_formulas(); });
    info_->setFont(legend_font());
    set_placeholder(tr("Press Run to model\nGC collections"));
}

void GcModelPlot::apply_fonts() {
    for (int gen = 0; gen < 3; ++gen)
        if (generation_keys_[gen])
            generation_keys_[gen]->setPen(QPen(colours().muted, 2.5, generation_dash[gen]));
    if (info_) {
        info_->setFont(legend_font());
        place_info_button();
    }
}

void GcModelPlot::graph_created(QCPGraph* graph, workload::Strategy s, int series) {
    if (series >= 0 && series < 3 && graph->valueAxis()->axisRect() == axisRect(0)) {
        QPen pen = strategy_pen(s);
        pen.setStyle(generation_dash[series]);
        graph->setPen(pen);
    } else {
        QPen pen = strategy_pen(s);
        pen.setStyle(Qt::SolidLine);
        graph->setPen(pen);
    }
    // Keep the generation keys after the strategies in the legend.
    for (QCPGraph* key : generation_keys_) {
        if (key) {
            key->removeFromLegend();
            key->addToLegend();
            if (auto* item = legend->itemWithPlottable(key))
                item->setFont(legend_font());
        }
    }
}

void GcModelPlot::show_snapshot(const workload::EngineSnapshot& snapshot) {
    set_model_params(measure::GcModelParams{snapshot.scenario.gc_gen0_budget_bytes, 0, 0});
    std::vector<workload::Strategy> present;
    double t_max = 0, count_max = 0, live_max = 0;
    for (const workload::StrategyProgress& sp : snapshot.strategies) {
        present.push_back(sp.strategy);
        const int n = int(sp.intervals.size());
        QVector<double> ts, live, gens[3];
        ts.reserve(n + 1);
        live.reserve(n + 1);
        double cumulative[3] = {0, 0, 0};
        if (n > 0) {
            ts.push_back(0);
            live.push_back(0);
            for (auto& g : gens)
                g.push_back(0);
        }
        for (const workload::IntervalRow& row : sp.intervals) {
            cumulative[0] += double(row.gen0);
            cumulative[1] += double(row.gen1);
            cumulative[2] += double(row.gen2);
            ts.push_back(row.t_s);
            live.push_back(double(std::max<std::int64_t>(0, row.live_bytes)));
            for (int g = 0; g < 3; ++g)
                gens[g].push_back(cumulative[g]);
            live_max = std::max(live_max, live.back());
        }
        if (n > 0)
            t_max = std::max(t_max, ts.back());
        count_max = std::max(count_max, cumulative[0]);
        for (int g = 0; g < 3; ++g)
            graph_for(sp.strategy, collections_rect(), g)->setData(ts, gens[g], true);
        graph_for(sp.strategy, live_rect_)->setData(ts, live, true);
    }
    keep_strategies(present);
    show_placeholder(t_max <= 0);
    fit_run_clock_axis(live_rect_->axis(QCPAxis::atBottom), t_max);
    collections_rect()->axis(QCPAxis::atLeft)->setRange(0, std::max(4.0, count_max * 1.15));
    live_rect_->axis(QCPAxis::atLeft)->setRange(0, live_max > 0 ? live_max * 1.15 : 1000);
    request_replot();
}

void GcModelPlot::set_model_params(const measure::GcModelParams& params) {
    params_ = params;
    if (dialog_)
        dialog_->set_params(params_);
}

GcFormulasDialog* GcModelPlot::show_formulas() {
    if (!dialog_) {
        dialog_ = new GcFormulasDialog(this);
        dialog_->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog_->set_params(params_);
    dialog_->show();
    dialog_->raise();
    return dialog_;
}

void GcModelPlot::resizeEvent(QResizeEvent* event) {
    LabPlot::resizeEvent(event);
    place_info_button();
}

void GcModelPlot::place_info_button() {
    // Icon and text when there is room beside the title, the icon alone when not.
    info_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    info_->adjustSize();
    if (width() - info_->width() - 24 < title_text_right()) {
        info_->setToolButtonStyle(Qt::ToolButtonIconOnly);
        info_->adjustSize();
    }
    info_->move(width() - info_->width() - 4, 2);
    info_->raise();
}

} // namespace vtl::widgets
