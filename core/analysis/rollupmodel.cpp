#include "core/analysis/rollupmodel.h"

#include <QLocale>

namespace livedna {

using analysismodel::money;
using analysismodel::moneyRange;
using analysismodel::SortRole;

static const QStringList Scopes{QStringLiteral("councils"), QStringLiteral("trusts"), QStringLiteral("public-sector")};

RollupModel::RollupModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RollupModel::setAnalysis(const AnalysisInputPtr &input, const DuplicationIndexPtr &index)
{
    beginResetModel();
    m_loaded = input && index;
    m_rollup = m_loaded ? NationalRollup::compute(*input, *index) : NationalRollup();
    endResetModel();
}

void RollupModel::setRollup(const NationalRollup &rollup)
{
    beginResetModel();
    m_loaded = true;
    m_rollup = rollup;
    endResetModel();
}

int RollupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_loaded ? 0 : int(Scopes.size());
}

int RollupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const RollupGroup *RollupModel::groupOf(int row) const
{
    switch (row) {
    case 0: return &m_rollup.councils;
    case 1: return &m_rollup.trusts;
    case 2: return &m_rollup.all;
    default: return nullptr;
    }
}

const PublishedClaim *RollupModel::claimOf(int row) const
{
    return row >= 0 && row < Scopes.size() ? m_rollup.claimFor(Scopes.at(row)) : nullptr;
}

bool RollupModel::isClaimColumn(int column)
{
    return column == ClaimColumn || column == ClaimPerOrganisationColumn || column == ClaimSourceColumn;
}

QVariant RollupModel::ours(const RollupGroup &g, int column, bool sort) const
{
    switch (column) {
    case EstimateColumn:
        if (!g.estimatedSavingGbp)
            return sort ? QVariant(-1.0) : QVariant(tr("no estimate: nothing mapped"));
        if (sort)
            return g.estimatedSavingGbp->central;
        return g.estimateUnknown ? tr("%1 + %n unknown", nullptr, g.estimateUnknown).arg(moneyRange(*g.estimatedSavingGbp))
                                 : moneyRange(*g.estimatedSavingGbp);
    case PerOrganisationColumn:
        if (!g.perMappedOrganisationGbp)
            return sort ? QVariant(-1.0) : QVariant(QString());
        return sort ? QVariant(g.perMappedOrganisationGbp->central) : QVariant(moneyRange(*g.perMappedOrganisationGbp));
    case MappedOrganisationsColumn:
        return sort ? QVariant(g.mappedOrganisations) : QVariant(tr("%1 of %2").arg(g.mappedOrganisations).arg(g.organisations));
    case MappedShareColumn:
        if (!g.mappedShare)
            return sort ? QVariant(-1.0) : QVariant(tr("unknown: no reported spend"));
        return sort ? QVariant(*g.mappedShare) : QVariant(tr("%1%").arg(QLocale().toString(*g.mappedShare * 100.0, 'f', 1)));
    default: return QVariant();
    }
}

QVariant RollupModel::theirs(const PublishedClaim *c, int column, bool sort) const
{
    if (!c)
        return QVariant();
    switch (column) {
    case ClaimColumn:
        if (sort)
            return c->totalGbp;
        return c->organisations ? tr("%1 across %2").arg(money(c->totalGbp)).arg(*c->organisations) : money(c->totalGbp);
    case ClaimPerOrganisationColumn:
        if (!c->perOrganisationGbp)
            return sort ? QVariant(-1.0) : QVariant(QString());
        return sort ? QVariant(*c->perOrganisationGbp) : QVariant(money(*c->perOrganisationGbp));
    case ClaimSourceColumn: return c->source;
    default: return QVariant();
    }
}

QVariant RollupModel::data(const QModelIndex &index, int role) const
{
    const RollupGroup *g = index.isValid() ? groupOf(index.row()) : nullptr;
    if (!g || !m_loaded)
        return QVariant();
    const int col = index.column();
    if (role == Qt::TextAlignmentRole && col != ScopeColumn && col != ClaimSourceColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return isClaimColumn(col) ? QVariant(NationalRollup::manifestoSource()) : QVariant(NationalRollup::coverageSentence(*g, claimOf(index.row())));
    if (role != Qt::DisplayRole && role != SortRole)
        return QVariant();
    const bool sort = role == SortRole;
    if (col == ScopeColumn) {
        const PublishedClaim *c = claimOf(index.row());
        return c ? c->label : g->label;
    }
    return isClaimColumn(col) ? theirs(claimOf(index.row()), col, sort) : ours(*g, col, sort);
}

QVariant RollupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ScopeColumn: return tr("Scope");
    case EstimateColumn: return tr("This commons: estimated saving (range)");
    case PerOrganisationColumn: return tr("Per mapped organisation");
    case MappedOrganisationsColumn: return tr("Organisations mapped");
    case MappedShareColumn: return tr("Reported spend mapped");
    case ClaimColumn: return tr("Published claim, a year");
    case ClaimPerOrganisationColumn: return tr("Claim per organisation");
    case ClaimSourceColumn: return tr("Source of the claim");
    default: return QVariant();
    }
}

} // namespace livedna
