// PathDiagram: paints the path view from a PathState — the stack half with the short
// synchronous loop, the heap/backend half with the long asynchronous loop, and every traced
// call as a token in its strategy's colour moving along them. A thin view: all it knows
// comes from the state it is given.
//
// Every text size derives from the widget's font (so View → Larger text and the presenter's
// text scale reach it); every colour from ui_palette. The labels are laid out first, measured
// with QFontMetricsF, and never elided: when they do not fit, the text shrinks a step (down to
// 90 % of the widget's font) and the layout is redone. labels() exposes that layout to tests.
#pragma once

#include "trace_view/path_animation_model.hpp"
#include "widgets/common/painted_label.hpp"

#include <QWidget>

#include <cstdint>
#include <vector>

namespace vtl::widgets {

class PathDiagram : public QWidget {
    Q_OBJECT

public:
    // One piece of text as it is painted: `rect` is where it goes (its measured size).
    using Label = PaintedLabel;

    explicit PathDiagram(QWidget* parent = nullptr);

    // Not owned; must outlive this widget or be reset to nullptr.
    void set_state(const trace_view::PathState* state);
    // The animation clock, for what moves on its own (the clock's hand while a call waits).
    void set_time_ms(double t) { time_ms_ = t; }
    std::uint64_t frames_painted() const noexcept { return frames_; }

    // The labels as the next paint lays them out at the current size and font.
    std::vector<Label> labels() const;
    // The text scale the layout settled on: 1 = the widget's font; below 1 when it had to
    // shrink to fit, above 1 when the diagram has room to spare.
    double text_factor() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* e) override;

private:
    const trace_view::PathState* state_ = nullptr;
    double time_ms_ = 0;
    std::uint64_t frames_ = 0;
};

} // namespace vtl::widgets
