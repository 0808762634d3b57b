#include "core/models/organisationlistmodel.h"

#include "core/models/figures.h"
#include "core/models/format.h"
#include "core/render/palette.h"

#include <QColor>

#include <QLocale>

namespace livedna {

QString foldForSearch(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out.append(c.toCaseFolded());
    }
    return out;
}

OrganisationListModel::OrganisationListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OrganisationListModel::setOrganisations(QList<OrgSummary> organisations)
{
    beginResetModel();
    m_orgs = std::move(organisations);
    endResetModel();
}

const OrgSummary *OrganisationListModel::organisationAt(int row) const
{
    return row >= 0 && row < m_orgs.size() ? &m_orgs.at(row) : nullptr;
}

int OrganisationListModel::rowOf(const QString &code) const
{
    for (int i = 0; i < m_orgs.size(); ++i) {
        if (m_orgs.at(i).code == code)
            return i;
    }
    return -1;
}

int OrganisationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orgs.size());
}

int OrganisationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OrganisationListModel::kindLabel(OrgKind kind)
{
    switch (kind) {
    case OrgKind::Council:
        return tr("Council");
    case OrgKind::NhsTrust:
        return tr("NHS trust");
    case OrgKind::Other:
        break;
    }
    return tr("Other");
}

namespace {

// Reported figures of a summary (spec 1.1 "Known and unknown"): the sum of what services
// publish, and how many publish nothing.
struct ReportedView
{
    std::optional<double> total;
    int unknown = 0;
};

ReportedView reportedOf(const OrgSummary &o)
{
    const KnownSum sum = o.reported.total();
    ReportedView r;
    r.total = sum.value() ? sum.value() : o.cost.reported;
    r.unknown = sum.unknown;
    return r;
}

} // namespace

QString OrganisationListModel::reportedText(const OrgSummary &o)
{
    const ReportedView r = reportedOf(o);
    return Figures::knownPlusUnknown(r.total, r.unknown);
}

void OrganisationListModel::setBricksColumnShown(bool shown)
{
    if (shown == m_bricksColumnShown)
        return;
    m_bricksColumnShown = shown;
    if (!m_orgs.isEmpty())
        Q_EMIT dataChanged(index(0, ReportedColumn), index(m_orgs.size() - 1, ReportedColumn));
}

bool OrganisationListModel::showsBricksInReported(const OrgSummary &o) const
{
    return !m_bricksColumnShown && !reportedOf(o).total && o.cost.bricks > 0;
}

QVariant OrganisationListModel::display(const OrgSummary &o, int column) const
{
    switch (column) {
    case NameColumn:
        return o.name;
    case KindColumn:
        return kindLabel(o.kind);
    case TypeColumn:
        return o.type;
    case RegionColumn:
        return o.region;
    case ServicesColumn:
        return o.services;
    case PeriodColumn:
        return o.period;
    case ReportedColumn:
        // An NHS trust publishes no net expenditure but does publish the costs of its
        // bricks (ERIC). Where the "In bricks" column is hidden by a narrow panel, "unknown"
        // alone would hide £50m of published figures, so say what is known instead.
        if (showsBricksInReported(o))
            return tr("%1 in bricks").arg(Format::gbp(o.cost.total));
        return reportedText(o);
    case TotalColumn:
        return o.cost.bricks > 0 ? Format::gbp(o.cost.total) : tr("not mapped");
    }
    return {};
}

QVariant OrganisationListModel::sortValue(const OrgSummary &o, int column) const
{
    switch (column) {
    case NameColumn:
        return foldForSearch(o.name);
    case ReportedColumn:
        if (showsBricksInReported(o))
            return o.cost.total;
        return reportedOf(o).total.value_or(-1e300);
    case TotalColumn:
        return o.cost.bricks > 0 ? o.cost.total : -1e300;
    }
    return display(o, column);
}

QString OrganisationListModel::toolTip(const OrgSummary &o) const
{
    QStringList lines;
    lines << tr("%1 (%2)").arg(o.name, o.code);
    lines << tr("%1 · %2").arg(kindLabel(o.kind), o.type.isEmpty() ? tr("type not stated") : o.type);
    if (!o.period.isEmpty())
        lines << tr("Year: %1").arg(o.period);
    lines << tr("%n service(s)", nullptr, o.services);
    lines << tr("Reported net spend: %1").arg(reportedText(o));
    QStringList split;
    if (const std::optional<double> v = o.reported.frontlineGbp())
        split << tr("frontline %1").arg(Format::gbp(*v));
    if (const std::optional<double> v = o.reported.overheadGbp())
        split << tr("overhead %1").arg(Format::gbp(*v));
    if (const std::optional<double> v = o.reported.unclassifiedGbp())
        split << tr("unclassified %1").arg(Format::gbp(*v));
    if (!split.isEmpty())
        lines << QStringLiteral("  ") + split.join(QStringLiteral(" · "));
    if (o.periods.size() > 1)
        lines << tr("Years held: %1").arg(o.periods.join(QStringLiteral(", ")));
    lines << (o.cost.bricks > 0 ? tr("Mapped into %n brick(s): %1 a year", nullptr, o.cost.bricks).arg(Format::gbpFull(o.cost.total))
                                : tr("Not mapped into bricks"));
    return lines.join(QLatin1Char('\n'));
}

QVariant OrganisationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrgSummary &o = m_orgs.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(o, column);
    case SortRole:
        return sortValue(o, column);
    case ValueRole:
        if (column == TotalColumn)
            return o.cost.bricks > 0 ? QVariant(o.cost.total) : QVariant();
        if (column == ReportedColumn)
            return reportedOf(o).total ? QVariant(*reportedOf(o).total) : QVariant();
        if (column == ServicesColumn)
            return o.services;
        return {};
    case Qt::ToolTipRole:
        return toolTip(o);
    case Qt::ForegroundRole:
        if ((column == TotalColumn && o.cost.bricks == 0) || (column == ReportedColumn && !reportedOf(o).total))
            return colours::mutedInk();
        return {};
    case Qt::TextAlignmentRole:
        if (column == ServicesColumn || column == TotalColumn || column == ReportedColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case CodeRole:
        return o.code;
    case KindRole:
        return int(o.kind);
    case FilterTextRole:
        return foldForSearch(o.name + QLatin1Char(' ') + o.code);
    }
    return {};
}

QVariant OrganisationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        if (section == ReportedColumn)
            return tr("Net expenditure published in official returns; services that publish nothing are counted as "
                      "unknown. Where an organisation publishes no net expenditure, the published costs of its "
                      "bricks are shown instead (“in bricks”)");
        if (section == TotalColumn)
            return tr("Spend mapped into bricks");
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Organisation");
    case KindColumn:
        return tr("Kind");
    case TypeColumn:
        return tr("Type");
    case RegionColumn:
        return tr("Region");
    case ServicesColumn:
        return tr("Services");
    case PeriodColumn:
        return tr("Year");
    case ReportedColumn:
        return tr("Reported");
    case TotalColumn:
        return tr("In bricks");
    }
    return {};
}

OrganisationFilterModel::OrganisationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setDynamicSortFilter(true);
}

void OrganisationFilterModel::setText(const QString &text)
{
    const QString folded = foldForSearch(text.trimmed());
    if (folded == m_text)
        return;
    m_text = folded;
    invalidateFilter();
}

void OrganisationFilterModel::setKind(std::optional<OrgKind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

bool OrganisationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_kind && idx.data(KindRole).toInt() != int(*m_kind))
        return false;
    if (!m_text.isEmpty() && !idx.data(FilterTextRole).toString().contains(m_text))
        return false;
    return true;
}

} // namespace livedna
