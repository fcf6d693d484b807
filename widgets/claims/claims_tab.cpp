#include "widgets/claims/claims_tab.hpp"

#include "models/claims/claim_runner.hpp"
#include "models/claims/claims_model.hpp"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace vtl::widgets {

using namespace vtl::models;

ClaimsTab::ClaimsTab(QWidget* parent)
    : QWidget(parent)
    , model_(new ClaimsModel(this))
    , runner_(new ClaimRunner(this)) {
    setObjectName(QStringLiteral("claims_tab"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    auto* intro = new QLabel(
        tr("The seeds' figures, tested on this machine. Each verdict is computed from the "
           "measured numbers: from the current run when it matches a claim's conditions, "
           "otherwise from the claims runs."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* row = new QHBoxLayout;
    measure_ = new QPushButton(tr("Measure the claims"), this);
    measure_->setObjectName(QStringLiteral("measure_claims"));
    measure_->setToolTip(tr("Runs the claims' conditions with your other settings: 1,000,000 "
                            "calls at 100 % hits, 100,000 at 0 %, and 1,000,000 at 80 %, for "
                            "Task<T>, ValueTask<T> and your chosen strategies."));
    status_ = new QLabel(tr("Not measured yet."), this);
    status_->setObjectName(QStringLiteral("claims_status"));
    row->addWidget(measure_);
    row->addWidget(status_, 1);
    layout->addLayout(row);

    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("claims_table"));
    table_->setModel(model_);
    table_->setWordWrap(true);
    table_->setAlternatingRowColors(false);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->setVisible(false);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table_->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table_->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    table_->setTextElideMode(Qt::ElideNone);
    layout->addWidget(table_, 1);

    connect(measure_, &QPushButton::clicked, this, &ClaimsTab::measureRequested);
    connect(runner_, &ClaimRunner::progress, status_, &QLabel::setText);
    connect(runner_, &ClaimRunner::runMeasured, this, [this] {
        model_->set_claim_runs(runner_->evidence());
        resize_rows();
    });
    connect(runner_, &ClaimRunner::finished, this, [this](bool) {
        measure_->setEnabled(true);
        emit claimsRunning(false);
    });
    connect(model_, &QAbstractItemModel::dataChanged, this, &ClaimsTab::resize_rows);
    connect(table_->horizontalHeader(), &QHeaderView::sectionResized, this,
            &ClaimsTab::resize_rows);
    resize_rows();
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
    model_->set_current_run(RunEvidence::from_snapshot(snapshot, tr("this run")));
}

void ClaimsTab::set_text_scale(double) {
    // The table follows the window's font; only its rows need to fit the new size.
    resize_rows();
}

void ClaimsTab::resize_rows() {
    table_->resizeRowsToContents();
}

} // namespace vtl::widgets
