// HeapStrip: what the animated calls have on the heap right now — one block per live
// allocation, as wide as its bytes, in its call's strategy colour; blocks pop in when
// allocated and fade out when freed — and beside it the GC model's gen0 budget filling up and
// emptying with a visible collection. Paints a PathState; owns nothing.
//
// Sizes derive from the widget's font (View → Larger text reaches it), colours from
// ui_palette; its text is laid out before painting and exposed by labels() for tests.
#pragma once

#include "trace_view/path_animation_model.hpp"
#include "widgets/common/painted_label.hpp"

#include <QWidget>

#include <vector>

namespace vtl::widgets {

class HeapStrip : public QWidget {
    Q_OBJECT

public:
    explicit HeapStrip(QWidget* parent = nullptr);

    // Not owned; must outlive this widget or be reset to nullptr.
    void set_state(const trace_view::PathState* state);

    // The text as the next paint lays it out (headings, totals, gauge, notes).
    std::vector<PaintedLabel> labels() const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* e) override;

private:
    const trace_view::PathState* state_ = nullptr;
};

} // namespace vtl::widgets
