// Issue 12, "nothing cut off": every view of the main window is readable at 1024×768 with 1.5×
// text (View → Larger text), and still at 1280×800 with 1× and 1920×1080 with 1.6× (presenter
// sizes) — no view scrolls sideways, no label, button, value field, plot title, card heading
// or diagram label is cut or elided, and plot legends never cover the data.
#include "harness/qtest_suite.hpp"
#include <QTest>

#include "app/main_window.hpp"
#include "widgets/await_twice/await_twice_lane.hpp"
#include "widgets/await_twice/await_twice_lane_view.hpp"
#include "widgets/await_twice/await_twice_tab.hpp"
#include "widgets/common/painted_label.hpp"
#include "widgets/controls/scenario_control_panel.hpp"
#include "widgets/paths/path_diagram.hpp"
#include "widgets/paths/paths_tab.hpp"
#include "widgets/plots/lab_plot.hpp"
#include "widgets/plots/plots_tab.hpp"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QFontInfo>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>

using vtl::app::MainWindow;
using vtl::app::MainWindowOptions;
using vtl::widgets::PaintedLabel;
namespace wl = vtl::workload;

namespace {

struct Setup {
    QSize size;
    double scale;
};

QString where(const QWidget* w) {
    QStringList path;
    for (const QWidget* p = w; p != nullptr; p = p->parentWidget())
        path.prepend(p->objectName().isEmpty() ? QString::fromLatin1(p->metaObject()->className())
                                               : p->objectName());
    return path.join(QLatin1Char('/'));
}

QString text_of(const QWidget* w) {
    if (const auto* l = qobject_cast<const QLabel*>(w))
        return l->text();
    if (const auto* b = qobject_cast<const QAbstractButton*>(w))
        return b->text();
    return {};
}

// Every visible widget under `root` lies inside `viewport` left to right, and every label,
// button, value field and list box is at least as wide (and a wrapped label as tall) as its
// text needs.
QString check_widgets(QWidget* root, QWidget* viewport) {
    QList<QWidget*> all = root->findChildren<QWidget*>();
    all.prepend(root);
    for (QWidget* w : all) {
        if (!w->isVisibleTo(root) || w->width() <= 0)
            continue;
        // Inside a nested scroll area's viewport, the nested area is the judge of that.
        const QPoint at = w->mapTo(viewport, QPoint(0, 0));
        if (at.x() < -1 || at.x() + w->width() > viewport->width() + 1)
            return QStringLiteral("outside the view (x %1..%2 of %3): %4 '%5'")
                .arg(at.x())
                .arg(at.x() + w->width())
                .arg(viewport->width())
                .arg(where(w), text_of(w));
        if (auto* l = qobject_cast<QLabel*>(w); l && !l->text().isEmpty()) {
            if (l->wordWrap()) {
                if (l->hasHeightForWidth() && l->height() < l->heightForWidth(l->width()) - 1)
                    return QStringLiteral("wrapped label cut (%1 < %2 px tall): %3 '%4'")
                        .arg(l->height())
                        .arg(l->heightForWidth(l->width()))
                        .arg(where(l), l->text());
            } else if (l->width() < l->minimumSizeHint().width() - 1) {
                return QStringLiteral("label cut (%1 < %2 px): %3 '%4'")
                    .arg(l->width())
                    .arg(l->minimumSizeHint().width())
                    .arg(where(l), l->text());
            }
        }
        const bool field = qobject_cast<QAbstractButton*>(w) ||
                           qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QComboBox*>(w);
        if (field && w->width() < w->minimumSizeHint().width() - 1)
            return QStringLiteral("control cut (%1 < %2 px): %3 '%4'")
                .arg(w->width())
                .arg(w->minimumSizeHint().width())
                .arg(where(w), text_of(w));
    }
    return {};
}

QString check_painted(const std::vector<PaintedLabel>& labels, const QRectF& bounds,
                      const QString& what) {
    const QRectF inside = bounds.adjusted(-0.5, -0.5, 0.5, 0.5);
    for (const PaintedLabel& l : labels) {
        if (l.text.contains(QChar(0x2026)))
            return what + QStringLiteral(": elided '%1'").arg(l.text);
        if (!vtl::widgets::text_fits(l))
            return what + QStringLiteral(": cut '%1' (%2 px wide)").arg(l.text).arg(l.rect.width());
        if (!inside.contains(l.rect))
            return what + QStringLiteral(": outside '%1'").arg(l.text);
    }
    return {};
}

QString check_plots(vtl::widgets::PlotsTab* tab) {
    for (vtl::widgets::LabPlot* plot : tab->plots()) {
        if (plot->title_text_right() > plot->width() - 4)
            return QStringLiteral("title cut: '%1' needs %2 px of %3")
                .arg(plot->title())
                .arg(plot->title_text_right())
                .arg(plot->width());
        // The legend in its row above the data, its entries clear of each other and whole.
        QCPLegend* legend = plot->legend;
        if (legend->layout() == nullptr)
            continue;
        const QRect data = plot->axisRect()->outerRect();
        if (legend->outerRect().bottom() > data.top() + 1)
            return QStringLiteral("legend over the data in '%1'").arg(plot->title());
        if (legend->outerRect().right() > plot->width() + 1)
            return QStringLiteral("legend cut in '%1'").arg(plot->title());
        std::vector<QCPLayoutElement*> items;
        for (int i = 0; i < legend->elementCount(); ++i)
            if (QCPLayoutElement* e = legend->elementAt(i))
                items.push_back(e);
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (items[i]->outerRect().width() < items[i]->minimumOuterSizeHint().width() - 1)
                return QStringLiteral("legend entry cut in '%1'").arg(plot->title());
            for (std::size_t j = i + 1; j < items.size(); ++j)
                if (items[i]->outerRect().intersects(items[j]->outerRect()))
                    return QStringLiteral("legend entries overlap in '%1'").arg(plot->title());
        }
        if (data.height() < QFontInfo(plot->font()).pixelSize() * 4)
            return QStringLiteral("no room for the data in '%1': %2 px tall")
                .arg(plot->title())
                .arg(data.height());
    }
    return {};
}

} // namespace

class TestViewLayout : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void nothingCutOff_data();
    void nothingCutOff();
    void plotsStackWhenNarrow();
    void workloadPanelCanBeHidden();

private:
    void apply(const Setup& s);
    std::unique_ptr<MainWindow> window_;
};

void TestViewLayout::initTestCase() {
    window_ = std::make_unique<MainWindow>(MainWindowOptions{false});
    window_->resize(1280, 800);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    // A short run, so the plots have their legends and the views their numbers.
    wl::Scenario s = wl::default_scenario();
    s.calls = 5'000;
    s.miss_latency_us = 200;
    s.strategies = {wl::Strategy::task, wl::Strategy::valuetask, wl::Strategy::valuetask_coroutine,
                    wl::Strategy::pooled};
    window_->set_scenario(s);
    QSignalSpy ended(window_.get(), &MainWindow::runEnded);
    window_->run();
    QVERIFY(ended.wait(120'000));
    window_->await_twice_tab()->run_all();
    QCoreApplication::processEvents();
}

void TestViewLayout::cleanupTestCase() {
    window_.reset();
}

void TestViewLayout::apply(const Setup& s) {
    window_->set_text_scale(s.scale);
    window_->resize(s.size);
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(20);
    }
}

void TestViewLayout::nothingCutOff_data() {
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("scale");
    QTest::addColumn<QString>("view");
    for (const Setup& s : {Setup{{1024, 768}, 1.5}, Setup{{1280, 800}, 1.0},
                           Setup{{1920, 1080}, 1.6}, Setup{{1024, 768}, 1.0}})
        for (const QString& view : MainWindow::view_names())
            QTest::addRow("%dx%d %.1fx %s", s.size.width(), s.size.height(), s.scale,
                          qPrintable(view))
                << s.size << s.scale << view;
}

void TestViewLayout::nothingCutOff() {
    QFETCH(QSize, size);
    QFETCH(double, scale);
    QFETCH(QString, view);
    apply({size, scale});
    QVERIFY(window_->show_view(view));
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(20);
    }
    QCOMPARE(window_->size(), size);

    // The view never scrolls sideways.
    auto* page = window_->findChild<QScrollArea*>(QStringLiteral("page_") + view);
    QVERIFY(page);
    QVERIFY2(page->horizontalScrollBar()->maximum() == 0,
             qPrintable(QStringLiteral("scrolls sideways by %1 px")
                            .arg(page->horizontalScrollBar()->maximum())));
    QWidget* w = window_->view_widget(view);
    QString problem = check_widgets(w, page->viewport());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // The workload panel: every value field whole.
    auto* panel_scroll = window_->findChild<QScrollArea*>(QStringLiteral("control_scroll"));
    QVERIFY(panel_scroll);
    problem = check_widgets(window_->control_panel(), panel_scroll->viewport());
    QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("workload panel: ") + problem));

    if (auto* plots = qobject_cast<vtl::widgets::PlotsTab*>(w)) {
        for (vtl::widgets::LabPlot* p : plots->plots())
            p->replot(QCustomPlot::rpImmediateRefresh);
        problem = check_plots(plots);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    if (auto* tab = qobject_cast<vtl::widgets::AwaitTwiceTab*>(w)) {
        QScrollArea* lanes = tab->scroll_area();

        QVERIFY2(lanes->horizontalScrollBar()->maximum() == 0, "the lanes scroll sideways");
        for (vtl::widgets::AwaitTwiceLane* lane : tab->lanes()) {
            auto* v = lane->findChild<vtl::widgets::AwaitTwiceLaneView*>();
            QVERIFY(v);
            problem = check_painted(
                v->card_headings(), v->rect(),
                QStringLiteral("lane %1").arg(lane->model().title(lane->model().which())));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QVERIFY2(v->height() >= v->heightForWidth(v->width()) - 1,
                     qPrintable(QStringLiteral("lane squeezed: %1 < %2")
                                    .arg(v->height())
                                    .arg(v->heightForWidth(v->width()))));
        }
    }
    if (auto* paths = qobject_cast<vtl::widgets::PathsTab*>(w)) {
        auto* d = paths->findChild<vtl::widgets::PathDiagram*>();
        QVERIFY(d);
        const auto labels = d->labels();
        problem = check_painted(labels, d->rect(), QStringLiteral("diagram"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // The text at least 90 % of the view's.
        const int view_px = QFontInfo(paths->font()).pixelSize();
        for (const PaintedLabel& l : labels)
            QVERIFY2(QFontInfo(l.font).pixelSize() >= std::floor(view_px * 0.9 * 0.9),
                     qPrintable(QStringLiteral("'%1' at %2 px, the view's text is %3 px")
                                    .arg(l.text)
                                    .arg(QFontInfo(l.font).pixelSize())
                                    .arg(view_px)));
    }
}

void TestViewLayout::plotsStackWhenNarrow() {
    vtl::widgets::PlotsTab* plots = window_->plots_tab();
    window_->show_view(QStringLiteral("main"));
    apply({{1024, 768}, 1.5});
    QCOMPARE(plots->columns(), 1);
    apply({{1280, 800}, 1.0});
    QCOMPARE(plots->columns(), 2);
    apply({{1920, 1080}, 1.6});
    QCOMPARE(plots->columns(), 2);
}

void TestViewLayout::workloadPanelCanBeHidden() {
    apply({{1024, 768}, 1.5});
    QAction* a = window_->panel_action();
    QVERIFY(a);
    QVERIFY(a->isCheckable());
    QVERIFY(a->isChecked());
    QVERIFY(!a->shortcut().isEmpty());
    auto* panel_scroll = window_->findChild<QScrollArea*>(QStringLiteral("control_scroll"));
    const int with_panel = window_->tabs()->width();
    a->trigger();
    QCoreApplication::processEvents();
    QVERIFY(!panel_scroll->isVisible());
    QVERIFY2(window_->tabs()->width() > with_panel + 200,
             qPrintable(QStringLiteral("%1 -> %2").arg(with_panel).arg(window_->tabs()->width())));
    a->trigger();
    QCoreApplication::processEvents();
    QVERIFY(panel_scroll->isVisible());
}

VTL_QTEST_MAIN(test_app_view_layout, TestViewLayout)
#include "test_view_layout.moc"
