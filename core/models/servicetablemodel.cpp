#include "core/models/servicetablemodel.h"

#include "core/models/format.h"

namespace livedna {

ServiceTableModel::ServiceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ServiceTableModel::setServices(QList<ServiceSummary> services)
{
    beginResetModel();
    m_services = std::move(services);
    endResetModel();
}

const ServiceSummary *ServiceTableModel::serviceAt(int row) const
{
    return row >= 0 && row < m_services.size() ? &m_services.at(row) : nullptr;
}

int ServiceTableModel::rowOf(const QString &serviceId) const
{
    for (int i = 0; i < m_services.size(); ++i) {
        if (m_services.at(i).id == serviceId)
            return i;
    }
    return -1;
}

int ServiceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

int ServiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServiceSummary &s = m_services.at(index.row());
    const CostSplit &c = s.cost;
    const std::optional<double> coverage = mappingCoverage(c);
    auto value = [&]() -> QVariant {
        switch (index.column()) {
        case TotalColumn:
            return c.total;
        case FrontlineColumn:
            return c.frontline;
        case OverheadColumn:
            return c.overhead;
        case ReportedColumn:
            return c.reported ? QVariant(*c.reported) : QVariant();
        case CoverageColumn:
            return coverage ? QVariant(*coverage) : QVariant();
        case BricksColumn:
            return c.bricks;
        case BespokeColumn:
            return c.bespoke;
        }
        return {};
    };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            return s.name;
        case TotalColumn:
        case FrontlineColumn:
        case OverheadColumn:
            return Format::gbp(value().toDouble());
        case ReportedColumn:
            return Format::gbp(c.reported);
        case CoverageColumn:
            return coverage ? Format::percent(*coverage) : QStringLiteral("—");
        case BricksColumn:
            return c.bricks;
        case BespokeColumn:
            return c.bespoke;
        }
        break;
    case SortRole:
        if (index.column() == NameColumn)
            return s.name.toCaseFolded();
        // Absent reported costs sort below every number.
        if (!value().isValid())
            return -1e300;
        return value();
    case ValueRole:
        return value();
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return s.category.isEmpty() ? s.name : tr("%1\nCategory: %2").arg(s.name, s.category);
        case TotalColumn:
            return tr("Sum of the service's bricks: %1").arg(Format::gbpFull(c.total));
        case ReportedColumn:
            return c.reported ? tr("Cost published in official returns: %1").arg(Format::gbpFull(*c.reported))
                              : tr("No reported cost published");
        case CoverageColumn:
            return tr("Share of the reported cost mapped into bricks; the rest is unmapped spend");
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case IdRole:
        return s.id;
    case CodeRole:
        return s.orgCode;
    }
    return {};
}

QVariant ServiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case FrontlineColumn:
            return tr("People-centred work that should not be automated");
        case OverheadColumn:
            return tr("Back office, technology and management");
        case BespokeColumn:
            return tr("Bricks built or bought by this organisation rather than taken from the commons");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Service");
    case TotalColumn:
        return tr("Total");
    case FrontlineColumn:
        return tr("Frontline");
    case OverheadColumn:
        return tr("Overhead");
    case ReportedColumn:
        return tr("Reported");
    case CoverageColumn:
        return tr("Mapped");
    case BricksColumn:
        return tr("Bricks");
    case BespokeColumn:
        return tr("Bespoke");
    }
    return {};
}

} // namespace livedna
