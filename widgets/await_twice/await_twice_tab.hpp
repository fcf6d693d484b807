// AwaitTwiceTab: the "Await twice" tab — one lane per case id of the await-twice lab, in two
// groups (awaiting twice; other pitfalls), each run in the real core when asked, with its real
// outcome: the value, the exception (.NET's and the core's), another operation's value returned
// silently, a blocked thread, or a pool run dry.
#pragma once

#include "workload/await_twice_lab.hpp"

#include <QWidget>

#include <vector>

class QGridLayout;
class QLabel;
class QScrollArea;

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

    // The lanes scroll: with large text not every lane fits the window.
    QScrollArea* scroll_area() const noexcept { return scroll_; }

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The legend in three columns, or two, or one: as many as fit the width; each lane's
    // buttons beside it or above it.
    void arrange();

    QGridLayout* legend_ = nullptr;
    std::vector<QWidget*> legend_entries_;
    int legend_columns_ = 0;
    QLabel* title_ = nullptr;
    std::vector<QLabel*> group_headers_;
    std::vector<AwaitTwiceLane*> lanes_;
    QScrollArea* scroll_ = nullptr;
};

} // namespace vtl::widgets
