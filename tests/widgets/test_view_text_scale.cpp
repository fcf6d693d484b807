// Everything that carries meaning in the paths view scales with the text size (issue 12) and
// says only what is true (issue 9, points 11 and 13):
// - the diagram's and the heap strip's labels fit their rects, stay inside the widget and
//   clear of each other at 1×, 1.5× and 2× text, from the widgets' minimum sizes up;
// - the diagram's labels, the heap strip and the code pane grow with the text size;
// - no "a cache hit never leaves the stack", no "the value … on the stack" for a hit that
//   allocates; the C# listing's "struct on the stack" says it holds for Release builds.
#include "harness/qtest_suite.hpp"
#include <QTest>

#include "models/paths/code_pane_listing.hpp"
#include "test_path_trace_builder.hpp"
#include "trace_view/path_animation_model.hpp"
#include "widgets/paths/code_pane.hpp"
#include "widgets/paths/heap_strip.hpp"
#include "widgets/paths/path_diagram.hpp"

#include <QFontInfo>

using vtl::models::CodeLanguage;
using vtl::models::CodePaneListing;
using vtl::trace_view::PathAnimationModel;
using vtl::widgets::CodePane;
using vtl::widgets::HeapStrip;
using vtl::widgets::PaintedLabel;
using vtl::widgets::PathDiagram;
using vtl_test::Strategy;
using vtl_test::TraceBuilder;
using vtl_test::TraceKind;

namespace {

// The app's base font is 9 pt = 12 px at 96 dpi; View → Larger text multiplies it.
constexpr int base_px = 12;

QFont font_at(double scale) {
    QFont f;
    f.setPixelSize(static_cast<int>(std::lround(base_px * scale)));
    return f;
}

// A model holding a miss of `s` that waited: the longest texts the diagram shows.
void feed_miss(PathAnimationModel& m, Strategy s) {
    m.set_gen0_budget(262144);
    TraceBuilder b(s);
    b.fill(1000).add(1, TraceKind::call_issued).add(1, TraceKind::cache_miss);
    b.add(1, TraceKind::allocation, 112, 0x10).add(1, TraceKind::suspended);
    b.at(50'000'000).add(1, TraceKind::backend_completed);
    for (const auto& e : b.take())
        m.apply(e);
    m.advance(100000);
}

QString describe(const PaintedLabel& l) {
    return QStringLiteral("'%1' (%2 px) at %3,%4 %5×%6")
        .arg(l.text)
        .arg(QFontInfo(l.font).pixelSize())
        .arg(l.rect.x())
        .arg(l.rect.y())
        .arg(l.rect.width())
        .arg(l.rect.height());
}

// Every label fits its rect, lies inside `bounds` and overlaps no other label.
QString check_labels(const std::vector<PaintedLabel>& labels, const QRectF& bounds) {
    const QRectF inside = bounds.adjusted(-0.5, -0.5, 0.5, 0.5);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const PaintedLabel& l = labels[i];
        if (l.text.contains(QChar(0x2026)))
            return QStringLiteral("elided: ") + describe(l);
        if (!vtl::widgets::text_fits(l))
            return QStringLiteral("cut: ") + describe(l);
        if (!inside.contains(l.rect))
            return QStringLiteral("outside the widget: ") + describe(l);
        for (std::size_t j = i + 1; j < labels.size(); ++j)
            if (l.rect.adjusted(0.5, 0.5, -0.5, -0.5)
                    .intersects(labels[j].rect.adjusted(0.5, 0.5, -0.5, -0.5)))
                return QStringLiteral("overlap: ") + describe(l) + QStringLiteral(" and ") +
                       describe(labels[j]);
    }
    return {};
}

QString joined(const std::vector<PaintedLabel>& labels) {
    QStringList texts;
    for (const auto& l : labels)
        texts << l.text;
    return texts.join(QLatin1Char('\n'));
}

} // namespace

class TestViewTextScale : public QObject {
    Q_OBJECT
private slots:
    void diagramLabelsFit_data();
    void diagramLabelsFit();
    void diagramTextGrowsWithTheTextScale();
    void heapStripFitsAndGrows();
    void codePaneFontGrowsWithTheTextScale();
    void hitTextsSayWhereTheValueIs();
    void stateMachineOnTheStackOnlyInRelease();
};

void TestViewTextScale::diagramLabelsFit_data() {
    QTest::addColumn<double>("scale");
    QTest::addColumn<int>("strategy");
    QTest::addColumn<double>("size_factor"); // of the minimum size hint
    for (double scale : {1.0, 1.5, 2.0})
        for (Strategy s : {Strategy::task, Strategy::valuetask, Strategy::pooled})
            for (double k : {1.0, 1.3, 1.8})
                QTest::addRow("%.1fx %s %.1f min", scale, vtl::workload::to_string(s), k)
                    << scale << static_cast<int>(s) << k;
}

void TestViewTextScale::diagramLabelsFit() {
    QFETCH(double, scale);
    QFETCH(int, strategy);
    QFETCH(double, size_factor);
    PathAnimationModel m;
    feed_miss(m, static_cast<Strategy>(strategy));
    PathDiagram d;
    d.setFont(font_at(scale));
    d.set_state(&m.state());
    d.resize(d.minimumSizeHint() * size_factor);
    const auto labels = d.labels();
    QVERIFY(labels.size() >= 20);
    const QString problem = check_labels(labels, d.rect());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Never below 90 % of the text size asked for (its smallest labels are 90 % of that).
    for (const auto& l : labels)
        QVERIFY2(QFontInfo(l.font).pixelSize() >= std::floor(base_px * scale * 0.9 * 0.9) - 1,
                 qPrintable(describe(l)));
    QVERIFY2(d.text_factor() >= 0.9 - 1e-9, qPrintable(QString::number(d.text_factor())));
}

void TestViewTextScale::diagramTextGrowsWithTheTextScale() {
    PathAnimationModel m;
    feed_miss(m, Strategy::valuetask);
    PathDiagram d;
    d.set_state(&m.state());
    d.resize(1400, 900);
    const auto largest = [&](double scale) {
        d.setFont(font_at(scale));
        int px = 0;
        for (const auto& l : d.labels())
            px = std::max(px, QFontInfo(l.font).pixelSize());
        return px;
    };
    const int normal = largest(1.0), larger = largest(1.5), presenter = largest(2.0);
    QVERIFY2(larger > normal, qPrintable(QStringLiteral("%1 → %2").arg(normal).arg(larger)));
    QVERIFY2(presenter > larger, qPrintable(QStringLiteral("%1 → %2").arg(larger).arg(presenter)));
    // The minimum size grows with it, so a layout gives the diagram room for its text.
    d.setFont(font_at(1.0));
    const QSize min1 = d.minimumSizeHint();
    d.setFont(font_at(1.5));
    QVERIFY(d.minimumSizeHint().width() > min1.width());
    QVERIFY(d.minimumSizeHint().height() > min1.height());
}

void TestViewTextScale::heapStripFitsAndGrows() {
    PathAnimationModel m;
    feed_miss(m, Strategy::task);
    HeapStrip strip;
    strip.set_state(&m.state());
    int previous_height = 0, previous_px = 0;
    for (double scale : {1.0, 1.5, 2.0}) {
        strip.setFont(font_at(scale));
        const QSize hint = strip.sizeHint();
        QVERIFY(hint.height() > previous_height);
        previous_height = hint.height();
        for (int width : {strip.minimumSizeHint().width(), 700, 1200}) {
            strip.resize(width, strip.heightForWidth(width));
            const auto labels = strip.labels();
            const QString problem = check_labels(labels, strip.rect());
            QVERIFY2(
                problem.isEmpty(),
                qPrintable(QStringLiteral("%1x at %2 px: %3").arg(scale).arg(width).arg(problem)));
            QVERIFY(joined(labels).contains(QStringLiteral("GC MODEL")));
        }
        const int px = QFontInfo(strip.labels().front().font).pixelSize();
        QVERIFY(px > previous_px);
        previous_px = px;
    }
}

void TestViewTextScale::codePaneFontGrowsWithTheTextScale() {
    CodePane pane;
    pane.set_strategy(Strategy::pooled);
    pane.resize(1100, 700);
    pane.setFont(font_at(1.0));
    const int normal = pane.code_pixel_size();
    pane.setFont(font_at(1.5));
    const int larger = pane.code_pixel_size();
    pane.setFont(font_at(2.0));
    const int presenter = pane.code_pixel_size();
    // Today's pane chose ≈ 9 px from its width alone, whatever the text size.
    QVERIFY2(normal >= base_px * 0.85, qPrintable(QString::number(normal)));
    QVERIFY2(larger > normal, qPrintable(QStringLiteral("%1 → %2").arg(normal).arg(larger)));
    QVERIFY2(presenter > larger, qPrintable(QStringLiteral("%1 → %2").arg(larger).arg(presenter)));
    // Narrow, it shrinks to fit, but not below 85 % of the text size.
    pane.resize(300, 700);
    QVERIFY(pane.code_pixel_size() >= static_cast<int>(base_px * 2.0 * 0.85) - 1);
}

void TestViewTextScale::hitTextsSayWhereTheValueIs() {
    for (Strategy s : vtl::workload::all_strategies) {
        PathAnimationModel m;
        feed_miss(m, s);
        PathDiagram d;
        d.set_state(&m.state());
        d.resize(1200, 800);
        const QString text = joined(d.labels());
        // "STACK — synchronous: a cache hit never leaves it" was false: a Task hit allocates.
        QVERIFY2(!text.contains(QStringLiteral("never leaves")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("the value inside the ValueTask, on the stack")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("what it allocates is still on the heap")),
                 qPrintable(text));
        if (s == Strategy::task)
            QVERIFY2(text.contains(QStringLiteral("a Task<T> on the heap")), qPrintable(text));
        if (s == Strategy::valuetask || s == Strategy::pooled || s == Strategy::pooled_unbounded) {
            QVERIFY2(text.contains(QStringLiteral("no heap object")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("heap box if it suspended before")),
                     qPrintable(text));
        }
    }
}

void TestViewTextScale::stateMachineOnTheStackOnlyInRelease() {
    for (Strategy s : vtl::workload::all_strategies) {
        const CodePaneListing cs = CodePaneListing::load(s, CodeLanguage::csharp);
        QVERIFY(cs.is_valid());
        const QString text = cs.lines().join(QLatin1Char(' ')).simplified();
        // Wherever the listing says the state machine is a struct on the stack, it says that
        // holds for Release (optimized) builds; Debug builds make it a class.
        if (text.contains(QStringLiteral("struct on the stack"))) {
            QVERIFY2(text.contains(QStringLiteral("Release")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("Debug")), qPrintable(text));
        }
    }
    const CodePaneListing vc =
        CodePaneListing::load(Strategy::valuetask_coroutine, CodeLanguage::csharp);
    QVERIFY(vc.lines()
                .join(QLatin1Char(' '))
                .simplified()
                .contains(QStringLiteral("struct on the stack")));
}

VTL_QTEST_MAIN(test_view_text_scale, TestViewTextScale)
#include "test_view_text_scale.moc"
