// ClaimsModel: the seeds' claims beside what was measured on this machine, one row per claim:
// claim | measured | verdict. Evidence comes from the current run first, then from the claims
// runs (see ClaimRunner); every verdict is recomputed from the numbers whenever they change.
#pragma once

#include "models/claims/claim_evidence.hpp"
#include "models/claims/seed_claims.hpp"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace vtl::models {

class ClaimsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { claim_column, measured_column, verdict_column, column_count };
    static constexpr int status_role = Qt::UserRole + 1; // ClaimVerdict::Status as int
    static constexpr int id_role = Qt::UserRole + 2;

    explicit ClaimsModel(QObject* parent = nullptr);

    void set_current_run(std::optional<RunEvidence> run);
    void set_claim_runs(std::vector<RunEvidence> runs);
    const std::vector<RunEvidence>& claim_runs() const { return claim_runs_; }

    const ClaimVerdict& verdict(int row) const { return verdicts_.at(std::size_t(row)); }
    int row_of(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void rejudge();

    std::optional<RunEvidence> current_;
    std::vector<RunEvidence> claim_runs_;
    std::vector<ClaimVerdict> verdicts_;
};

} // namespace vtl::models
