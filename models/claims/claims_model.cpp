#include "models/claims/claims_model.hpp"

#include <QLocale>

#include <cmath>

namespace vtl::models {

namespace {

using Status = ClaimVerdict::Status;

QString status_mark(Status s) {
    switch (s) {
    case Status::holds:
        return QStringLiteral("✔");
    case Status::differs:
        return QStringLiteral("✘");
    case Status::partly:
        return QStringLiteral("◐");
    case Status::inconclusive:
        return QStringLiteral("?");
    case Status::not_judged:
    case Status::no_data:
        break;
    }
    return QStringLiteral("…");
}

QString csv_field(const QString& s) {
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) &&
        !s.contains(QLatin1Char('\n')) && !s.contains(QLatin1Char('\r')))
        return s;
    QString q = s;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString csv_number(double v) {
    if (std::isnan(v))
        return {};
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return QString::number(v, 'g', 6); // always '.' decimals
}

// A table cell: the figure alone; its interval, sentence and source (or, with no figure yet,
// what would give one) are in the details pane and the tooltip.
QString cell_text(const ClaimVerdict::Side& s) {
    return s.figure.isEmpty() ? QStringLiteral("—") : s.figure;
}

} // namespace

std::vector<ClaimVerdict> judge_all(const ClaimInputs& inputs) {
    std::vector<ClaimVerdict> out;
    for (const SeedClaim& claim : seed_claims())
        out.push_back(judge_claim(claim, inputs));
    return out;
}

QString seed_label(const SeedClaim& claim) {
    return ClaimsModel::tr("seed %1 (%2)").arg(claim.seed_file.left(3), claim.language);
}

QByteArray claims_csv(const std::vector<ClaimVerdict>& verdicts) {
    QString csv = QStringLiteral(
        "id,seed_file,language,quote,claim,status,dotnet_status,dotnet_figure,dotnet_value,"
        "dotnet_low,dotnet_high,dotnet_unit,dotnet_interval,dotnet_source,core_status,"
        "core_figure,core_value,core_low,core_high,core_unit,core_interval,core_source,"
        "verdict\r\n");
    const auto& claims = seed_claims();
    for (std::size_t i = 0; i < claims.size() && i < verdicts.size(); ++i) {
        const SeedClaim& c = claims[i];
        const ClaimVerdict& v = verdicts[i];
        const QStringList fields{
            c.id,
            c.seed_file,
            c.language,
            c.quote,
            c.claim(),
            QLatin1String(status_id(v.status)),
            QLatin1String(status_id(v.dotnet.status)),
            v.dotnet.figure,
            csv_number(v.dotnet.value),
            csv_number(v.dotnet.low),
            csv_number(v.dotnet.high),
            v.dotnet.unit,
            v.dotnet.interval,
            v.dotnet.source,
            QLatin1String(status_id(v.core.status)),
            v.core.figure,
            csv_number(v.core.value),
            csv_number(v.core.low),
            csv_number(v.core.high),
            v.core.unit,
            v.core.interval,
            v.core.source,
            v.verdict,
        };
        QStringList quoted;
        for (const QString& f : fields)
            quoted << csv_field(f);
        csv += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return csv.toUtf8();
}

ClaimsModel::ClaimsModel(QObject* parent)
    : QAbstractTableModel(parent) {
    DotnetEvidence net = load_dotnet_evidence();
    inputs_.dotnet = std::move(net.reference);
    inputs_.dotnet_outcomes = std::move(net.outcomes);
    dotnet_problems_ = net.problems;
    inputs_.core_outcomes = core_lab_outcomes();
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

void ClaimsModel::set_hit_costs(const CoreHitCosts& costs) {
    inputs_.hit_costs = costs.timed;
    inputs_.bool_hit_costs = costs.bools;
    rejudge();
}

void ClaimsModel::set_dotnet(std::optional<DotnetReference> reference,
                             std::optional<DotnetOutcomes> outcomes) {
    inputs_.dotnet = std::move(reference);
    inputs_.dotnet_outcomes = std::move(outcomes);
    rejudge();
}

void ClaimsModel::rejudge() {
    // The run on screen wins when it meets a claim's conditions; the claims runs fill in.
    inputs_.runs.clear();
    if (current_)
        inputs_.runs.push_back(*current_);
    inputs_.runs.insert(inputs_.runs.end(), claim_runs_.begin(), claim_runs_.end());
    std::vector<ClaimVerdict> verdicts = judge_all(inputs_);
    const bool reset = verdicts_.size() != verdicts.size();
    if (reset)
        beginResetModel();
    verdicts_ = std::move(verdicts);
    if (reset)
        endResetModel();
    else if (!verdicts_.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, column_count - 1));
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
            return tr("%1 (%2)").arg(claim.claim(), seed_label(claim));
        case dotnet_column:
            return cell_text(v.dotnet);
        case core_column:
            return cell_text(v.core);
        case verdict_column:
            return tr("%1 %2").arg(status_mark(v.status), status_word(v.status));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case claim_column:
            return tr("Seed file: %1 (%2)\nQuote: %3")
                .arg(claim.seed_file, claim.language, claim.quote);
        case dotnet_column:
            return v.dotnet.sentence;
        case core_column:
            return v.core.sentence;
        default:
            return v.verdict;
        }
    case status_role:
        return int(v.status);
    case id_role:
        return claim.id;
    default:
        return {};
    }
}

QString ClaimsModel::details_html(int row) const {
    if (row < 0 || row >= rowCount())
        return {};
    const SeedClaim& claim = seed_claims()[std::size_t(row)];
    const ClaimVerdict& v = verdicts_[std::size_t(row)];
    const auto side = [](const QString& heading, const ClaimVerdict::Side& s) {
        QString html = QStringLiteral("<p><b>%1</b> %2")
                           .arg(heading.toHtmlEscaped(), s.figure.toHtmlEscaped());
        if (!s.interval.isEmpty())
            html += QStringLiteral(" (%1)").arg(s.interval.toHtmlEscaped());
        if (!s.sentence.isEmpty())
            html += QStringLiteral("<br>") + s.sentence.toHtmlEscaped();
        if (!s.source.isEmpty())
            html +=
                QStringLiteral("<br><i>%1</i>").arg(tr("Source: %1").arg(s.source).toHtmlEscaped());
        return html + QStringLiteral("</p>");
    };
    QString html = QStringLiteral("<h3>%1 %2 — %3</h3>")
                       .arg(status_mark(v.status), status_word(v.status).toHtmlEscaped(),
                            claim.claim().toHtmlEscaped());
    html += QStringLiteral("<p>%1: “%2”</p>")
                .arg(seed_label(claim).toHtmlEscaped(), claim.quote.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(v.verdict.toHtmlEscaped());
    html += side(tr("Real .NET:"), v.dotnet);
    html += side(tr("C++ core:"), v.core);
    return html;
}

QVariant ClaimsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case claim_column:
        return tr("Seed claim");
    case dotnet_column:
        return tr("Real .NET");
    case core_column:
        return tr("C++ core\n(this machine)"); // two lines: the column is narrow
    case verdict_column:
        return tr("Verdict");
    default:
        return {};
    }
}

} // namespace vtl::models
