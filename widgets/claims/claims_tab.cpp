#include "widgets/claims/claims_tab.hpp"

#include "models/claims/claim_runner.hpp"
#include "models/claims/claims_model.hpp"
#include "widgets/common/ui_palette.hpp"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace vtl::widgets {

using namespace vtl::models;

namespace {

// Tints the verdict cell by its status, with the palette's meaning colours.
class VerdictDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override {
        if (index.column() == ClaimsModel::verdict_column) {
            const ui_palette::Colours c = ui_palette::colours(option.palette);
            QColor fill;
            switch (ClaimVerdict::Status(index.data(ClaimsModel::status_role).toInt())) {
            case ClaimVerdict::Status::holds:
                fill = c.good_fill;
                break;
            case ClaimVerdict::Status::differs:
                fill = c.bad_fill;
                break;
            case ClaimVerdict::Status::partly:
            case ClaimVerdict::Status::inconclusive:
                fill = c.pending_fill;
                break;
            default:
                fill = c.panel;
                break;
            }
            painter->fillRect(option.rect, fill);
        }
        QStyledItemDelegate::paint(painter, option, index);
    }
};

// Share of the table's width per column: claim, .NET, C++ core, interval, verdict.
constexpr double column_share[] = {0.22, 0.19, 0.19, 0.13, 0.27};

} // namespace

ClaimsTab::ClaimsTab(QWidget* parent)
    : QWidget(parent)
    , model_(new ClaimsModel(this))
    , runner_(new ClaimRunner(this)) {
    setObjectName(QStringLiteral("claims_tab"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    auto* intro = new QLabel(
        tr("What the five seed texts claim, beside real .NET and the C++ core on this machine. "
           "The claims are about .NET, so real .NET decides each verdict; the C++ core's figure "
           "stands beside it with the reason it differs. Every sentence is computed from the "
           "figures."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    source_ = new QLabel(this);
    source_->setObjectName(QStringLiteral("claims_dotnet_source"));
    source_->setWordWrap(true);
    layout->addWidget(source_);

    auto* row = new QHBoxLayout;
    measure_ = new QPushButton(tr("Measure the C++ core"), this);
    measure_->setObjectName(QStringLiteral("measure_claims"));
    measure_->setToolTip(tr("Runs the claims' conditions in the C++ core with a 16-byte value: "
                            "1,000,000 calls at 100 % hits, 100,000 at 0 %, 1,000,000 at 80 %, "
                            "then times a hit of each strategy (warm-up, paired batches "
                            "against an empty loop, medians with 95 % intervals)."));
    status_ = new QLabel(tr("C++ core not measured yet: the real .NET column is filled from "
                            "the reference."),
                         this);
    status_->setObjectName(QStringLiteral("claims_status"));
    status_->setWordWrap(true);
    row->addWidget(measure_);
    row->addWidget(status_, 1);
    layout->addLayout(row);

    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("claims_table"));
    table_->setModel(model_);
    table_->viewport()->installEventFilter(this);
    table_->setItemDelegate(new VerdictDelegate(table_));
    table_->setWordWrap(true);
    table_->setAlternatingRowColors(false);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->setVisible(false);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table_->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    table_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table_->setTextElideMode(Qt::ElideNone);
    layout->addWidget(table_, 1);

    connect(measure_, &QPushButton::clicked, this, &ClaimsTab::measureRequested);
    connect(runner_, &ClaimRunner::progress, status_, &QLabel::setText);
    connect(runner_, &ClaimRunner::runMeasured, this,
            [this] { model_->set_claim_runs(runner_->evidence()); });
    connect(runner_, &ClaimRunner::hitCostsMeasured, this, [this] {
        if (runner_->hit_costs())
            model_->set_hit_costs(*runner_->hit_costs());
    });
    connect(runner_, &ClaimRunner::finished, this, [this](bool) {
        measure_->setEnabled(true);
        emit claimsRunning(false);
    });
    connect(model_, &QAbstractItemModel::dataChanged, this, &ClaimsTab::resize_rows);
    connect(model_, &QAbstractItemModel::modelReset, this, &ClaimsTab::resize_rows);
    update_source();
    resize_columns();
}

void ClaimsTab::update_source() {
    const ClaimInputs& in = model_->inputs();
    QString text;
    if (in.dotnet)
        text = tr("Real .NET figures: %1 (%2).").arg(in.dotnet->label(), in.dotnet->os);
    else
        text = tr("Real .NET figures: none found (no fresh run in %1 and no shipped reference). "
                  "Run `valuetask-lab dotnet` with the .NET SDK installed.")
                   .arg(fresh_dotnet_dir());
    if (!model_->dotnet_problems().isEmpty())
        text += QLatin1Char(' ') +
                tr("Unreadable: %1").arg(model_->dotnet_problems().join(QStringLiteral("; ")));
    source_->setText(text);
}

void ClaimsTab::measure_claims(const workload::Scenario& base) {
    measure_->setEnabled(false);
    emit claimsRunning(true);
    runner_->start(base);
}

void ClaimsTab::show_snapshot(const workload::EngineSnapshot& snapshot) {
    const bool ended = snapshot.state != workload::EngineState::running &&
                       snapshot.state != workload::EngineState::paused;
    if (!ended && last_update_.isValid() && last_update_.elapsed() < 500)
        return;
    last_update_.start();
    if (snapshot.strategies.empty()) {
        model_->set_current_run(std::nullopt);
        return;
    }
    model_->set_current_run(
        RunEvidence::from_snapshot(snapshot, tr("C++ core, this machine: the current run")));
}

void ClaimsTab::set_text_scale(double) {
    // The table follows the window's font; only its rows need to fit the new size.
    resize_rows();
}

void ClaimsTab::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    resize_columns();
}

// The tab's own resize comes before its layout has sized the table, so the columns are
// fitted again when the table's viewport itself changes size.
bool ClaimsTab::eventFilter(QObject* watched, QEvent* event) {
    if (watched == table_->viewport() && event->type() == QEvent::Resize)
        resize_columns();
    return QWidget::eventFilter(watched, event);
}

void ClaimsTab::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        resize_rows();
}

void ClaimsTab::resize_columns() {
    const int width = table_->viewport()->width();
    if (width <= 0)
        return;
    for (int c = 0; c < ClaimsModel::column_count - 1; ++c)
        table_->setColumnWidth(c, int(column_share[c] * width));
    resize_rows();
}

void ClaimsTab::resize_rows() {
    table_->resizeRowsToContents();
}

} // namespace vtl::widgets
