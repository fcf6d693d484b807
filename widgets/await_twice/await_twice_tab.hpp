// AwaitTwiceTab: the "Await twice" tab — one lane per row of DESIGN.md's table of what a
// second await of the same ValueTask does, each run in the real core when asked, with its
// real outcome: the value, the exception and its message, or another operation's value
// returned silently.
#pragma once

#include "workload/await_twice_lab.hpp"

#include <QWidget>

#include <vector>

namespace vtl::widgets {

class AwaitTwiceLane;

class AwaitTwiceTab : public QWidget {
    Q_OBJECT

public:
    explicit AwaitTwiceTab(QWidget* parent = nullptr);

    // Runs every case in the core now and shows each outcome.
    void run_all();

    const std::vector<AwaitTwiceLane*>& lanes() const noexcept { return lanes_; }
    AwaitTwiceLane* lane(workload::AwaitTwiceCase c) const noexcept;

private:
    std::vector<AwaitTwiceLane*> lanes_;
};

} // namespace vtl::widgets
