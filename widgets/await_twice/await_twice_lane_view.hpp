// AwaitTwiceLaneView: paints one await-twice lane from its model — the ValueTask (what it
// holds, its token), the source it points at (pool slot, version, state, rents), the other
// operation that took the source over, and what the second await did, marked so it reads
// without words: green check, red cross, red warning triangle.
#pragma once

#include "models/await_twice/await_twice_lane_model.hpp"

#include <QWidget>

namespace vtl::widgets {

class AwaitTwiceLaneView : public QWidget {
    Q_OBJECT

public:
    AwaitTwiceLaneView(const models::AwaitTwiceLaneModel& model, int number, QWidget* parent = nullptr);

    QSize sizeHint() const override { return {1000, 104}; }
    QSize minimumSizeHint() const override { return {520, 86}; }

protected:
    void paintEvent(QPaintEvent* e) override;

private:
    const models::AwaitTwiceLaneModel& model_;
    int number_;
};

} // namespace vtl::widgets
