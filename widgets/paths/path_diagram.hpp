// PathDiagram: paints the path view from a PathState — the stack half with the short
// synchronous loop, the heap/backend half with the long asynchronous loop, and every traced
// call as a token in its strategy's colour moving along them. A thin view: all it knows
// comes from the state it is given.
#pragma once

#include "trace_view/path_animation_model.hpp"

#include <QWidget>

#include <cstdint>

namespace vtl::widgets {

class PathDiagram : public QWidget {
    Q_OBJECT

public:
    explicit PathDiagram(QWidget* parent = nullptr);

    // Not owned; must outlive this widget or be reset to nullptr.
    void set_state(const trace_view::PathState* state);
    // The animation clock, for what moves on its own (the clock's hand while a call waits).
    void set_time_ms(double t) { time_ms_ = t; }
    std::uint64_t frames_painted() const noexcept { return frames_; }

    QSize sizeHint() const override { return {760, 460}; }
    QSize minimumSizeHint() const override { return {520, 320}; }

protected:
    void paintEvent(QPaintEvent* e) override;

private:
    const trace_view::PathState* state_ = nullptr;
    double time_ms_ = 0;
    std::uint64_t frames_ = 0;
};

} // namespace vtl::widgets
