// AwaitTwiceLane: one row of the await-twice lab — the case's name and set-up, Run and Step
// buttons, and the painted lane. Run and Step run the core now.
#pragma once

#include "models/await_twice/await_twice_lane_model.hpp"

#include <QFrame>

class QLabel;
class QPushButton;

namespace vtl::widgets {

class AwaitTwiceLaneView;

class AwaitTwiceLane : public QFrame {
    Q_OBJECT

public:
    explicit AwaitTwiceLane(workload::AwaitTwiceCase which, int number, QWidget* parent = nullptr);

    models::AwaitTwiceLaneModel& model() noexcept { return model_; }
    const models::AwaitTwiceLaneModel& model() const noexcept { return model_; }

    void run();
    void step();
    void show_outcome(workload::AwaitTwiceOutcome outcome);

private:
    void refresh();

    models::AwaitTwiceLaneModel model_;
    AwaitTwiceLaneView* view_ = nullptr;
    QPushButton* step_ = nullptr;
};

} // namespace vtl::widgets
