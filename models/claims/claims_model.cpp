#include "models/claims/claims_model.hpp"

#include <QBrush>
#include <QColor>

namespace vtl::models {

namespace {

QString status_mark(ClaimVerdict::Status s) {
    switch (s) {
    case ClaimVerdict::Status::holds:
        return QStringLiteral("✔ ");
    case ClaimVerdict::Status::differs:
        return QStringLiteral("✘ ");
    case ClaimVerdict::Status::inconclusive:
        return QStringLiteral("? ");
    case ClaimVerdict::Status::no_data:
        break;
    }
    return QStringLiteral("… ");
}

QColor status_background(ClaimVerdict::Status s) {
    switch (s) {
    case ClaimVerdict::Status::holds:
        return QColor(0xE3, 0xF4, 0xEA);
    case ClaimVerdict::Status::differs:
        return QColor(0xFD, 0xEB, 0xDD);
    case ClaimVerdict::Status::inconclusive:
        return QColor(0xE8, 0xEE, 0xF7);
    case ClaimVerdict::Status::no_data:
        break;
    }
    return QColor(0xF2, 0xF2, 0xF2);
}

} // namespace

ClaimsModel::ClaimsModel(QObject* parent)
    : QAbstractTableModel(parent) {
    rejudge();
}

void ClaimsModel::set_current_run(std::optional<RunEvidence> run) {
    current_ = std::move(run);
    rejudge();
}

void ClaimsModel::set_claim_runs(std::vector<RunEvidence> runs) {
    claim_runs_ = std::move(runs);
    rejudge();
}

void ClaimsModel::rejudge() {
    std::vector<RunEvidence> runs;
    // The run on screen wins when it meets a claim's conditions; the claims runs fill in.
    if (current_)
        runs.push_back(*current_);
    runs.insert(runs.end(), claim_runs_.begin(), claim_runs_.end());
    std::vector<ClaimVerdict> verdicts;
    for (const SeedClaim& claim : seed_claims())
        verdicts.push_back(judge_claim(claim, runs));
    const bool reset = verdicts_.size() != verdicts.size();
    if (reset)
        beginResetModel();
    verdicts_ = std::move(verdicts);
    if (reset)
        endResetModel();
    else if (!verdicts_.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, column_count - 1));
}

int ClaimsModel::row_of(const QString& id) const {
    const auto& claims = seed_claims();
    for (std::size_t i = 0; i < claims.size(); ++i) {
        if (claims[i].id == id)
            return int(i);
    }
    return -1;
}

int ClaimsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(verdicts_.size());
}

int ClaimsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : column_count;
}

QVariant ClaimsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const SeedClaim& claim = seed_claims()[std::size_t(index.row())];
    const ClaimVerdict& v = verdicts_[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case claim_column:
            return claim.claim;
        case measured_column:
            return v.evidence.isEmpty()
                       ? v.measured
                       : v.measured + QStringLiteral("\n") + tr("from %1").arg(v.evidence);
        case verdict_column:
            return status_mark(v.status) + v.verdict;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == claim_column)
            return tr("Source: %1").arg(claim.source);
        if (index.column() == measured_column && !v.evidence.isEmpty())
            return tr("Measured by: %1").arg(v.evidence);
        return v.verdict;
    case Qt::BackgroundRole:
        if (index.column() == verdict_column)
            return QBrush(status_background(v.status));
        return {};
    case status_role:
        return int(v.status);
    case id_role:
        return claim.id;
    default:
        return {};
    }
}

QVariant ClaimsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case claim_column:
        return tr("The seed claims");
    case measured_column:
        return tr("Measured on this machine");
    case verdict_column:
        return tr("Verdict");
    default:
        return {};
    }
}

} // namespace vtl::models
