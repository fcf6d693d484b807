#include "widgets/await_twice/await_twice_tab.hpp"

#include "widgets/await_twice/await_twice_badge.hpp"
#include "widgets/await_twice/await_twice_lane.hpp"
#include "widgets/common/available_width.hpp"
#include "widgets/common/relative_font.hpp"

#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <optional>
#include <utility>

namespace vtl::widgets {

namespace {

using workload::LabOutcome;

QWidget* legend_entry(LabOutcome o, const QString& text, QWidget* parent) {
    const int size = parent->fontMetrics().height() + 6;
    const qreal dpr = parent->devicePixelRatioF();
    QPixmap pix(QSize(size, size) * dpr);
    pix.setDevicePixelRatio(dpr);
    pix.fill(Qt::transparent);
    {
        QPainter p(&pix);
        paint_lab_badge(p, QPointF(size / 2.0, size / 2.0), size * 0.4, o,
                        ui_palette::colours(parent));
    }
    auto* box = new QWidget(parent);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 12, 0);
    row->setSpacing(4);
    auto* icon = new QLabel(box);
    icon->setPixmap(pix);
    auto* label = new QLabel(text, box);
    label->setTextFormat(Qt::RichText);
    row->addWidget(icon);
    row->addWidget(label);
    row->addStretch(1);
    return box;
}

constexpr double title_factor = 1.15, group_factor = 1.1;

QLabel* group_header(workload::CaseGroup g, QWidget* parent) {
    auto* label = new QLabel(models::AwaitTwiceLaneModel::group_title(g), parent);
    apply_relative_font(label, parent->font(), group_factor, true);
    label->setContentsMargins(0, 6, 0, 2);
    return label;
}

} // namespace

AwaitTwiceTab::AwaitTwiceTab(QWidget* parent)
    : QWidget(parent) {
    auto* root = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    auto* title = new QLabel(tr("ValueTask pitfalls: each lane runs the real C++ core when you "
                                "press Run or Step"),
                             this);
    title_ = title;
    apply_relative_font(title, font(), title_factor, true);
    title->setWordWrap(true);
    auto* run_all_button = new QPushButton(tr("Run all"), this);
    run_all_button->setToolTip(tr("Run every case in the core now."));
    header->addWidget(title, 1);
    header->addWidget(run_all_button);
    root->addLayout(header);

    // Two rows of three, or three rows of two when that is too wide (arrange()).
    auto* legend = new QGridLayout;
    legend_ = legend;
    legend->setHorizontalSpacing(0);
    legend->setVerticalSpacing(2);
    const std::pair<LabOutcome, QString> entries[] = {
        {LabOutcome::same_value, tr("same value, by accident")},
        {LabOutcome::exception, tr("exception")},
        {LabOutcome::wrong_value, tr("<b>wrong value</b>, silently")},
        {LabOutcome::works, tr("works (the correct way)")},
        {LabOutcome::blocked, tr("blocked the thread")},
        {LabOutcome::source_leaked, tr("source leaked: pool ran dry")},
    };
    for (const auto& [o, text] : entries)
        legend_entries_.push_back(legend_entry(o, text, this));
    root->addLayout(legend);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* list = new QWidget(scroll);
    auto* lanes = new QVBoxLayout(list);
    lanes->setContentsMargins(0, 0, 0, 0);
    lanes->setSpacing(4);
    int number = 1;
    std::optional<workload::CaseGroup> group;
    for (workload::AwaitTwiceCase c : workload::all_await_twice_cases) {
        if (group != workload::group_of(c)) {
            group = workload::group_of(c);
            group_headers_.push_back(group_header(*group, list));
            lanes->addWidget(group_headers_.back());
        }
        auto* lane = new AwaitTwiceLane(c, number++, list);
        lanes_.push_back(lane);
        lanes->addWidget(lane);
    }
    lanes->addStretch(1);
    scroll->setWidget(list);
    root->addWidget(scroll, 1);
    scroll_ = scroll;
    // A lane's height follows its width (heightForWidth) and its contents; the list's minimum
    // size does not show that, so the scroll area is told to size the list again.
    list->installEventFilter(this);
    arrange();

    connect(run_all_button, &QPushButton::clicked, this, &AwaitTwiceTab::run_all);
}

void AwaitTwiceTab::arrange() {
    int columns = 3;
    const int available =
        available_width(this) -
        (layout() ? layout()->contentsMargins().left() + layout()->contentsMargins().right() : 0);
    for (; columns > 1; --columns) {
        std::vector<int> widths(std::size_t(columns), 0);
        for (std::size_t i = 0; i < legend_entries_.size(); ++i)
            widths[i % std::size_t(columns)] = std::max(
                widths[i % std::size_t(columns)], legend_entries_[i]->minimumSizeHint().width());
        int total = 0;
        for (int w : widths)
            total += w;
        if (total <= available)
            break;
    }
    // The lanes: Run and Step above a lane rather than beside it when the list is too narrow
    // for both (its vertical scroll bar takes a little of the width).
    const int lanes_w =
        available - scroll_->verticalScrollBar()->sizeHint().width() - 2 * scroll_->frameWidth();
    for (AwaitTwiceLane* lane : lanes_)
        lane->set_buttons_above(lanes_w < lane->width_with_buttons_beside());
    if (columns == legend_columns_)
        return;
    legend_columns_ = columns;
    for (QWidget* e : legend_entries_)
        legend_->removeWidget(e);
    for (int i = 0; i < 3; ++i)
        legend_->setColumnStretch(i, 0);
    for (std::size_t i = 0; i < legend_entries_.size(); ++i)
        legend_->addWidget(legend_entries_[i], int(i) / columns, int(i) % columns);
}

void AwaitTwiceTab::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    arrange();
}

void AwaitTwiceTab::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    // In a scroll area, the viewport's width decides (this widget may be held wider).
    if (QWidget* viewport = scroll_viewport_of(this))
        viewport->installEventFilter(this);
    arrange();
}

bool AwaitTwiceTab::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::LayoutRequest && scroll_ && watched == scroll_->widget()) {
        // Lay the list out now, then let the scroll area size it for its new height.
        if (QLayout* l = scroll_->widget()->layout())
            l->activate();
        QEvent request(QEvent::LayoutRequest);
        QCoreApplication::sendEvent(scroll_, &request);
    }
    if (event->type() == QEvent::Resize && watched == scroll_viewport_of(this))
        arrange();
    return QWidget::eventFilter(watched, event);
}

void AwaitTwiceTab::run_all() {
    for (auto& outcome : workload::run_await_twice_lab())
        if (AwaitTwiceLane* l = lane(outcome.which))
            l->show_outcome(std::move(outcome));
}

AwaitTwiceLane* AwaitTwiceTab::lane(workload::AwaitTwiceCase c) const noexcept {
    for (AwaitTwiceLane* l : lanes_)
        if (l->model().which() == c)
            return l;
    return nullptr;
}

} // namespace vtl::widgets

namespace vtl::widgets {

// The headings keep their size relative to the view's text (see relative_font.hpp).
void AwaitTwiceTab::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() != QEvent::FontChange)
        return;
    apply_relative_font(title_, font(), title_factor, true);
    for (QLabel* h : group_headers_)
        apply_relative_font(h, font(), group_factor, true);
    arrange();
}

} // namespace vtl::widgets
