// ClaimsModel: the seeds' claims with three columns of evidence — the seed's claim (file,
// quote in its own language, English rendering) · real .NET · the C++ core — the intervals,
// and the verdict. Real .NET's figures are there from the start (the shipped reference, or a
// fresh `valuetask-lab dotnet` run); the C++ core's come from the current run when it meets a
// claim's conditions and from the claims runs (ClaimRunner). Every verdict is recomputed from
// the evidence whenever it changes, by judge_all(), which `valuetask-lab claims` calls too.
#pragma once

#include "models/claims/claim_evidence.hpp"
#include "models/claims/claim_runner.hpp"
#include "models/claims/seed_claims.hpp"

#include <QAbstractTableModel>
#include <QByteArray>

#include <optional>
#include <vector>

namespace vtl::models {

std::vector<ClaimVerdict> judge_all(const ClaimInputs& inputs);

// claims.csv: one row per claim (RFC 4180, CRLF, '.' decimals; NaN empty, ∞ as "inf").
QByteArray claims_csv(const std::vector<ClaimVerdict>& verdicts);

// "seed 004 (en)": the seed by its number, with the quote's language.
QString seed_label(const SeedClaim& claim);

class ClaimsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        claim_column,
        dotnet_column,
        core_column,
        verdict_column, // the intervals ("how sure") are in details_html()

        column_count
    };
    static constexpr int status_role = Qt::UserRole + 1; // ClaimVerdict::Status as int
    static constexpr int id_role = Qt::UserRole + 2;

    // Loads the .NET evidence (load_dotnet_evidence()) and runs the C++ lab's cases.
    explicit ClaimsModel(QObject* parent = nullptr);

    void set_current_run(std::optional<RunEvidence> run);
    void set_claim_runs(std::vector<RunEvidence> runs);
    void set_hit_costs(const CoreHitCosts& costs);
    void set_dotnet(std::optional<DotnetReference> reference,
                    std::optional<DotnetOutcomes> outcomes);
    const std::vector<RunEvidence>& claim_runs() const { return inputs_.runs; }
    const ClaimInputs& inputs() const { return inputs_; }
    const QStringList& dotnet_problems() const { return dotnet_problems_; }

    const ClaimVerdict& verdict(int row) const { return verdicts_.at(std::size_t(row)); }
    const std::vector<ClaimVerdict>& verdicts() const { return verdicts_; }
    int row_of(const QString& id) const;
    // Everything about one claim, for the details pane under the table: the verdict and its
    // paragraph, the seed's quote in its own language, each side's figure, interval, sentence
    // and source (rich text).
    QString details_html(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void rejudge();

    std::optional<RunEvidence> current_;
    std::vector<RunEvidence> claim_runs_;
    ClaimInputs inputs_;
    QStringList dotnet_problems_;
    std::vector<ClaimVerdict> verdicts_;
};

} // namespace vtl::models
