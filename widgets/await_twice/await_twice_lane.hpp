// AwaitTwiceLane: one row of the await-twice lab — the case's name and set-up, Run and Step
// buttons, and the painted lane. Run and Step run the core now.
#pragma once

#include "models/await_twice/await_twice_lane_model.hpp"

#include <QFrame>

class QBoxLayout;
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

    // Run and Step beside the lane (a column on its left), or in a row above it when the lane
    // would otherwise be too narrow for its cards; the tab decides from the width it has.
    void set_buttons_above(bool above);
    bool buttons_above() const noexcept { return buttons_above_; }
    // How wide the lane must be to keep its buttons beside it.
    int width_with_buttons_beside() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    // Run and Step as wide as "Step 4/4" at the current text size.
    void fit_buttons();

    models::AwaitTwiceLaneModel model_;
    AwaitTwiceLaneView* view_ = nullptr;
    QBoxLayout* row_ = nullptr;
    QBoxLayout* buttons_ = nullptr;
    bool buttons_above_ = false;
    QPushButton* run_ = nullptr;
    QPushButton* step_ = nullptr;
};

} // namespace vtl::widgets
