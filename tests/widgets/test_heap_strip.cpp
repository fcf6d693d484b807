// The heap strip: blocks as wide as their bytes, in their call's colour; what does not fit is
// counted, not drawn over; the GC model's gen0 gauge.
#include "harness/qtest_suite.hpp"
#include "harness/screenshot.hpp"
#include <QTest>

#include "models/paths/heap_strip_layout.hpp"
#include "test_path_trace_builder.hpp"
#include "trace_view/path_animation_model.hpp"
#include "widgets/paths/heap_strip.hpp"

using namespace vtl::models;
using namespace vtl::trace_view;

using vtl::models::HeapStripLayout;
using vtl::trace_view::HeapBlock;
using vtl::trace_view::PathAnimationModel;
using vtl::widgets::HeapStrip;
using vtl_test::Strategy;
using vtl_test::TraceBuilder;
using vtl_test::TraceKind;

namespace {

std::vector<HeapBlock> blocks(std::initializer_list<std::uint64_t> sizes) {
    std::vector<HeapBlock> out;
    std::uint64_t a = 0x1000;
    for (auto b : sizes) {
        HeapBlock h;
        h.address = a;
        h.bytes = b;
        a += 0x100;
        out.push_back(h);
    }
    return out;
}

} // namespace

class TestHeapStrip : public QObject {
    Q_OBJECT
private slots:
    void widthsAreProportionalToBytes();
    void scaleShrinksForEveryoneWhenFull();
    void overflowIsCountedNotOverlapped();
    void blocksNeverOverlap();
    void rendersTheModelsHeapAndGauge();
};

void TestHeapStrip::widthsAreProportionalToBytes() {
    const auto b = blocks({72, 144, 36});
    const HeapStripLayout l(b, QRectF(0, 0, 800, 40), 30, 4);
    QCOMPARE(l.rects().size(), std::size_t{3});
    QCOMPARE(l.px_per_byte(), HeapStripLayout::max_px_per_byte);
    QCOMPARE(l.rects()[1].rect.width(), 2 * l.rects()[0].rect.width());
    QCOMPARE(l.rects()[2].rect.width(), l.rects()[0].rect.width() / 2);
    QCOMPARE(l.rects()[0].rect.width(), 72 * HeapStripLayout::max_px_per_byte);
    QVERIFY(!l.rects()[0].clamped);
}

void TestHeapStrip::scaleShrinksForEveryoneWhenFull() {
    const auto b = blocks({4000, 2000, 1000});
    const HeapStripLayout l(b, QRectF(0, 0, 600, 30), 30, 4);
    QVERIFY(l.px_per_byte() < HeapStripLayout::max_px_per_byte);
    QCOMPARE(l.rects().size(), std::size_t{3});
    QCOMPARE(l.hidden(), std::size_t{0});
    QVERIFY(qAbs(l.rects()[0].rect.width() - 2 * l.rects()[1].rect.width()) < 0.01);
    QVERIFY(l.rects().back().rect.right() <= 600.0 + 0.01);
}

void TestHeapStrip::overflowIsCountedNotOverlapped() {
    std::vector<HeapBlock> many;
    for (int i = 0; i < 500; ++i)
        many.push_back(blocks({16})[0]);
    const HeapStripLayout l(many, QRectF(0, 0, 200, 30), 30, 4);
    QCOMPARE(l.rects().size() + l.hidden(), std::size_t{500});
    QVERIFY(l.hidden() > 0);
    for (const auto& r : l.rects())
        QVERIFY(r.rect.width() >= HeapStripLayout::min_block_px);
}

void TestHeapStrip::blocksNeverOverlap() {
    const auto b = blocks({72, 300, 96, 1024, 16, 16, 200, 4096, 72, 72});
    const HeapStripLayout l(b, QRectF(10, 10, 300, 100), 20, 3);
    const auto& r = l.rects();
    for (std::size_t i = 0; i < r.size(); ++i) {
        QVERIFY(QRectF(10, 10, 300, 100).contains(r[i].rect));
        for (std::size_t j = i + 1; j < r.size(); ++j)
            QVERIFY(!r[i].rect.intersects(r[j].rect));
    }
}

void TestHeapStrip::rendersTheModelsHeapAndGauge() {
    PathAnimationModel m;
    m.set_gen0_budget(262144);
    TraceBuilder b(Strategy::task);
    b.fill(100000).add(1, TraceKind::call_issued).add(1, TraceKind::cache_miss);
    b.fill(100112).add(1, TraceKind::allocation, 112, 0x10);
    b.strategy(Strategy::valuetask_coroutine).fill(100208).add(2, TraceKind::allocation, 96, 0x20);
    for (const auto& e : b.take())
        m.apply(e);
    m.advance(1000);
    QCOMPARE(m.state().live_blocks(), std::size_t{2});
    QCOMPARE(m.state().live_heap_bytes(), std::uint64_t{208});
    HeapStrip strip;
    strip.set_state(&m.state());
    strip.resize(900, 140);
    const QImage img = strip.grab().toImage();
    QVERIFY(!img.isNull());
    vtl_test::save_screenshot(img, QStringLiteral("heap-strip.png"));
}

VTL_QTEST_MAIN(test_heap_strip, TestHeapStrip)
#include "test_heap_strip.moc"
