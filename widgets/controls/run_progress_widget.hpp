// RunProgressWidget: how far the run is — a progress bar over all strategies' calls, and a
// line with calls done, the current rate and the estimated time left.
#pragma once

#include "workload/engine.hpp"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace vtl::widgets {

class RunProgressWidget : public QWidget {
    Q_OBJECT
public:
    explicit RunProgressWidget(QWidget* parent = nullptr);

    void show_snapshot(const workload::EngineSnapshot& snapshot);
    // Slow motion is on: the rate is the pacing, and a time left of hours says nothing.
    void set_slow_motion(bool on) { slow_motion_ = on; }

    QProgressBar* bar() const { return bar_; }
    QString text() const;

private:
    QProgressBar* bar_ = nullptr;
    QLabel* label_ = nullptr;
    bool slow_motion_ = false;
};

} // namespace vtl::widgets
