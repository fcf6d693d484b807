// HeapStrip: what the animated calls have on the heap right now — one block per live
// allocation, as wide as its bytes, in its call's strategy colour; blocks pop in when
// allocated and fade out when freed — and beside it the GC model's gen0 budget filling up and
// emptying with a visible collection. Paints a PathState; owns nothing.
#pragma once

#include "trace_view/path_animation_model.hpp"

#include <QWidget>

namespace vtl::widgets {

class HeapStrip : public QWidget {
    Q_OBJECT

public:
    explicit HeapStrip(QWidget* parent = nullptr);

    // Not owned; must outlive this widget or be reset to nullptr.
    void set_state(const trace_view::PathState* state);

    QSize sizeHint() const override { return {900, 150}; }
    QSize minimumSizeHint() const override { return {480, 120}; }

protected:
    void paintEvent(QPaintEvent* e) override;

private:
    const trace_view::PathState* state_ = nullptr;
};

} // namespace vtl::widgets
