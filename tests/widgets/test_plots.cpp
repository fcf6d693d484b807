// The plots, fed a snapshot whose numbers are known: each plot shows real points where the
// numbers say, log buckets merge exactly, axes carry units, legends sit outside the data,
// and a plot renders to PNG and PDF.
#include "harness/qtest_suite.hpp"
#include "widgets/graph_probe.hpp"
#include <QTest>

#include "models/text/unit_format.hpp"
#include "widgets/plots/allocation_plot.hpp"
#include "widgets/plots/gc_formulas_dialog.hpp"
#include "widgets/plots/gc_model_plot.hpp"
#include "widgets/plots/latency_histogram_plot.hpp"
#include "widgets/plots/latency_percentile_plot.hpp"
#include "widgets/plots/plots_tab.hpp"
#include "widgets/plots/strategy_style.hpp"

using namespace vtl::models;

using namespace vtl::widgets;
namespace wl = vtl::workload;

namespace {

// 80 % hits at 100 ns, 20 % misses at 50 ms; ten 1-second intervals.
wl::StrategyProgress progress(wl::Strategy s, std::uint64_t calls, std::uint64_t bytes_per_call) {
    wl::StrategyProgress p;
    p.strategy = s;
    p.started = true;
    p.calls_done = calls;
    p.hits = calls * 8 / 10;
    p.misses = calls - p.hits;
    p.latency.record_n(100, p.hits);
    p.latency.record_n(50'000'000, p.misses);
    p.alloc_bytes = calls * bytes_per_call;
    p.allocs = bytes_per_call ? calls : 0;
    for (int i = 1; i <= 10; ++i) {
        wl::IntervalRow row;
        row.t_s = i;
        row.strategy = s;
        row.calls = calls / 10;
        row.alloc_bytes = row.calls * bytes_per_call;
        row.allocs = bytes_per_call ? row.calls : 0;
        row.live_bytes = 1000 * i;
        row.gen0 = bytes_per_call ? 2 : 0;
        row.gen1 = i == 5 ? 1 : 0;
        p.intervals.push_back(row);
    }
    return p;
}

wl::EngineSnapshot snapshot() {
    wl::EngineSnapshot s;
    s.version = 1;
    s.state = wl::EngineState::finished;
    s.scenario = wl::default_scenario();
    s.strategies = {progress(wl::Strategy::task, 10'000, 96),
                    progress(wl::Strategy::valuetask, 10'000, 0)};
    s.calls_done = s.calls_total = 20'000;
    return s;
}

} // namespace

class TestPlots : public QObject {
    Q_OBJECT

private slots:
    void unit_formats() {
        QCOMPARE(format_ns(85), QStringLiteral("85\u00A0ns"));
        QCOMPARE(format_ns(1500), QStringLiteral("1.5\u00A0µs"));
        QCOMPARE(format_ns(5e7), QStringLiteral("50\u00A0ms"));
        QCOMPARE(format_ns(1e9), QStringLiteral("1\u00A0s"));
        QCOMPARE(format_bytes(32), QStringLiteral("32\u00A0B"));
        QCOMPARE(format_bytes(2.5e7), QStringLiteral("25\u00A0MB"));
        QCOMPARE(format_bytes_binary(262144), QStringLiteral("256\u00A0KiB"));
        QCOMPARE(format_count(std::uint64_t(1'000'000)), QStringLiteral("1,000,000"));
        QCOMPARE(format_percent(0.8), QStringLiteral("80\u00A0%"));
        QCOMPARE(format_percent(0.999), QStringLiteral("99.9\u00A0%"));
        QCOMPARE(format_si(8.1e6), QStringLiteral("8.1\u00A0M"));
    }

    void every_strategy_has_its_own_colour() {
        QSet<QRgb> colours;
        for (wl::Strategy s : wl::all_strategies)
            colours.insert(strategy_colour(s).rgb());
        QCOMPARE(colours.size(), int(std::size(wl::all_strategies)));
    }

    void percentile_plot_shows_the_knee_at_the_hit_rate() {
        LatencyPercentilePlot plot;
        plot.resize(600, 400);
        plot.show_snapshot(snapshot());
        QCOMPARE(plot.graphCount(), 2);
        QCPGraph* task = plot.graph(0);
        QVERIFY(task->dataCount() > 40);
        // Left of p = 80 % the hits (≈ 100 ns), right of it the misses (≈ 50 ms).
        const double x70 = LatencyPercentilePlot::x_of_percentile(70);
        const double x90 = LatencyPercentilePlot::x_of_percentile(90);
        QVERIFY2(vtl_test::graph_value_at(task, x70) < 110,
                 qPrintable(QString::number(vtl_test::graph_value_at(task, x70))));
        QVERIFY(vtl_test::graph_value_at(task, x90) > 49e6 &&
                vtl_test::graph_value_at(task, x90) < 51e6);
        QCOMPARE(plot.xAxis->scaleType(), QCPAxis::stLogarithmic);
        QCOMPARE(plot.yAxis->scaleType(), QCPAxis::stLogarithmic);
        QVERIFY(!plot.xAxis->label().isEmpty());
        QVERIFY(!plot.yAxis->label().isEmpty());
        QCOMPARE(plot.legend->itemCount(), 2);
        QVERIFY(plot.finite_point_count() > 80);
    }

    void histogram_bins_merge_exactly() {
        vtl::measure::LatencyHistogram h;
        h.record_n(100, 800);
        h.record_n(130, 50);
        h.record_n(50'000'000, 150);
        const auto bins = LatencyHistogramPlot::merge_into_bins(h);
        QCOMPARE(bins.total, std::uint64_t(1000));
        std::uint64_t sum = 0;
        for (auto c : bins.counts)
            sum += c;
        QCOMPARE(sum, std::uint64_t(1000));
        // 100 ns and 130 ns are in different tenths of a decade; 50 ms far away.
        QCOMPARE(bins.first, 20);
        QCOMPARE(bins.counts[0], std::uint64_t(800));
        QCOMPARE(bins.counts[1], std::uint64_t(50));

        LatencyHistogramPlot plot;
        plot.resize(600, 400);
        plot.show_snapshot(snapshot());
        QCOMPARE(plot.graphCount(), 2);
        double peak = 0;
        for (auto it = plot.graph(0)->data()->constBegin(); it != plot.graph(0)->data()->constEnd();
             ++it)
            peak = std::max(peak, it->value);
        QCOMPARE(peak, 80.0); // 80 % of the calls in the 100 ns bin
        plot.set_log_scale(true);
        QCOMPARE(plot.yAxis->scaleType(), QCPAxis::stLogarithmic);
        QVERIFY(plot.finite_point_count() > 0);
    }

    void allocation_plot_shows_per_call_and_rate() {
        AllocationPlot plot;
        plot.resize(600, 400);
        plot.show_snapshot(snapshot());
        // Two strategies × two panels.
        QCOMPARE(plot.graphCount(), 4);
        QCPGraph* task_per_call = plot.per_call_rect()->graphs().at(0);
        QCOMPARE(vtl_test::graph_value_at(task_per_call, 5), 1.0);
        QCPGraph* task_rate = plot.rate_rect()->graphs().at(0);
        QCOMPARE(vtl_test::graph_value_at(task_rate, 5), 96.0 * 1000); // 1,000 calls × 96 B in 1 s
        QVERIFY(plot.rate_rect()->axis(QCPAxis::atBottom)->label().contains("run-clock"));
    }

    void gc_plot_accumulates_collections_and_explains_itself() {
        GcModelPlot plot;
        plot.resize(600, 400);
        plot.show_snapshot(snapshot());
        QVERIFY(plot.title().contains("model"));
        // Per strategy: gen0, gen1, gen2 and live bytes; plus three legend keys.
        QCOMPARE(plot.graphCount(), 3 + 2 * 4);
        QCPGraph* task_gen0 = nullptr;
        for (QCPGraph* g : plot.collections_rect()->graphs()) {
            if (g->name() == strategy_name(wl::Strategy::task) && g->pen().style() == Qt::SolidLine)
                task_gen0 = g;
        }
        QVERIFY(task_gen0);
        QCOMPARE(vtl_test::graph_value_at(task_gen0, 10), 20.0); // 2 per interval, accumulated
        GcFormulasDialog* dialog = plot.show_formulas();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->text().contains("B0"));
        dialog->close();
    }

    void plots_tab_fills_every_plot_and_clears() {
        PlotsTab tab;
        tab.resize(1000, 700);
        tab.show();
        tab.show_snapshot(snapshot());
        for (LabPlot* plot : tab.plots())
            QVERIFY2(plot->finite_point_count() > 0, qPrintable(plot->plot_id()));
        tab.show_snapshot(wl::EngineSnapshot{});
        for (LabPlot* plot : tab.plots())
            QCOMPARE(plot->finite_point_count(), 0);
    }

    void legends_never_cover_plotted_points() {
        PlotsTab tab;
        tab.resize(1000, 700);
        tab.show();
        tab.show_snapshot(snapshot());
        for (LabPlot* plot : tab.plots()) {
            plot->replot(QCustomPlot::rpImmediateRefresh);
            const QRect legend = plot->legend->outerRect();
            for (QCPAxisRect* rect : plot->axisRects())
                QVERIFY2(!legend.intersects(rect->rect()), qPrintable(plot->plot_id()));
            QVERIFY(plot->rect().contains(legend));
        }
    }

    void renders_png_and_pdf() {
        LatencyPercentilePlot plot;
        plot.resize(500, 300);
        plot.show_snapshot(snapshot());
        const QByteArray png = plot.render_png(1.0);
        QVERIFY(png.startsWith("\x89PNG"));
        QImage image;
        QVERIFY(image.loadFromData(png, "PNG"));
        QCOMPARE(image.size(), QSize(500, 300));
        const QByteArray pdf = plot.render_pdf();
        QVERIFY(pdf.startsWith("%PDF"));
    }
};

VTL_QTEST_MAIN(test_widgets_plots, TestPlots)
#include "test_plots.moc"
