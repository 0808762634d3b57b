#include "core/models/organisationlistmodel.h"

#include "core/models/format.h"

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

QVariant OrganisationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrgSummary &o = m_orgs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
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
        case TotalColumn:
            return Format::gbp(o.cost.total);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return foldForSearch(o.name);
        case KindColumn:
            return kindLabel(o.kind);
        case TypeColumn:
            return o.type;
        case RegionColumn:
            return o.region;
        case ServicesColumn:
            return o.services;
        case TotalColumn:
            return o.cost.total;
        }
        break;
    case ValueRole:
        if (index.column() == TotalColumn)
            return o.cost.total;
        if (index.column() == ServicesColumn)
            return o.services;
        return {};
    case Qt::ToolTipRole:
        return tr("%1 (%2)\n%3 · %4\n%n service(s), %5 a year", nullptr, o.services)
            .arg(o.name, o.code, kindLabel(o.kind), o.type.isEmpty() ? tr("type not stated") : o.type,
                 Format::gbpFull(o.cost.total));
    case Qt::TextAlignmentRole:
        if (index.column() == ServicesColumn || index.column() == TotalColumn)
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
    case TotalColumn:
        return tr("Total a year");
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
