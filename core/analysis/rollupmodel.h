#pragma once

#include "core/analysis/analysismodels.h"
#include "core/analysis/nationalrollup.h"

#include <QAbstractTableModel>

namespace livedna {

// This commons' estimate beside the published national claims, one row per scope
// (councils, NHS trusts, the whole public sector: this commons' figure for the last is
// its all-organisations line), with the coverage behind each figure of ours in the same
// row, so a partial map is never read as a national figure. docs/analysis.md, section 2a.
class RollupModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Ours and theirs alternate, so each figure of ours sits beside the claim it is read
    // against: the totals, then per organisation, then the coverage and the claim's source.
    enum Column {
        ScopeColumn,
        EstimateColumn,             // this commons' estimate, as a range, or "no estimate"
        ClaimColumn,                // the published claim
        PerOrganisationColumn,      // ours, per mapped organisation
        ClaimPerOrganisationColumn, // the claim per organisation
        MappedOrganisationsColumn,  // "3 of 12"
        MappedShareColumn,          // share of reported spend mapped, or "unknown"
        ClaimSourceColumn,
        ColumnCount
    };

    explicit RollupModel(QObject *parent = nullptr);
    void setAnalysis(const AnalysisInputPtr &input, const DuplicationIndexPtr &index);
    // Shows a roll-up computed elsewhere (from the cache's summary, off the GUI thread).
    void setRollup(const NationalRollup &rollup);
    const NationalRollup &rollup() const { return m_rollup; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const RollupGroup *groupOf(int row) const;
    const PublishedClaim *claimOf(int row) const;
    static bool isClaimColumn(int column);
    QVariant ours(const RollupGroup &g, int column, bool sort) const;
    QVariant theirs(const PublishedClaim *c, int column, bool sort) const;

    NationalRollup m_rollup;
    bool m_loaded = false;
};

} // namespace livedna
