#include "core/models/servicetablemodel.h"

#include "core/models/format.h"

#include <QColor>
#include <QFont>

#include <algorithm>

namespace livedna {

namespace {

const QColor mutedInk(0x6B, 0x72, 0x80);
const QColor incomeInk(0x04, 0x78, 0x57); // negative net: income above spending

} // namespace

ServiceTableModel::ServiceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ServiceTableModel::setServices(QList<ServiceSummary> services)
{
    beginResetModel();
    m_services = std::move(services);
    m_details = QList<Detail>(m_services.size());
    m_sources.clear();
    m_period.clear();
    m_previousPeriod.clear();
    endResetModel();
}

void ServiceTableModel::setOrganisation(const Organisation &org, const Catalogue &catalogue,
                                        const Organisation *previous)
{
    beginResetModel();
    m_services.clear();
    m_details.clear();
    m_sources = org.sources;
    m_period = org.period;
    m_previousPeriod = previous ? previous->period : QString();
    for (const Service &s : org.services) {
        ServiceSummary sum;
        sum.orgCode = org.code;
        sum.id = s.id;
        sum.name = s.name;
        sum.lgsl = s.lgsl;
        sum.category = s.category;
        sum.cost = measureService(s, catalogue);
        m_services.append(sum);
        Detail d;
        d.period = s.period == org.period ? QString() : s.period;
        d.layer = s.layer;
        d.reported = s.reported;
        d.source = s.source;
        d.systems = int(s.systems.size());
        for (const BrickInstance &b : s.bricks)
            d.estimatedBricks += b.basis == Basis::Estimated ? 1 : 0;
        d.change = serviceChange(s, previous);
        m_details.append(d);
    }
    endResetModel();
}

const ServiceSummary *ServiceTableModel::serviceAt(int row) const
{
    return row >= 0 && row < m_services.size() ? &m_services.at(row) : nullptr;
}

const ServiceTableModel::Detail *ServiceTableModel::detailAt(int row) const
{
    return row >= 0 && row < m_details.size() ? &m_details.at(row) : nullptr;
}

int ServiceTableModel::rowOf(const QString &serviceId) const
{
    for (int i = 0; i < m_services.size(); ++i) {
        if (m_services.at(i).id == serviceId)
            return i;
    }
    return -1;
}

bool ServiceTableModel::columnHasInformation(int column) const
{
    switch (column) {
    case ChangeColumn:
        return std::any_of(m_details.cbegin(), m_details.cend(), [](const Detail &d) { return d.change.has_value(); });
    case LayerColumn:
        // The layer is that of the reported spend: shown only beside a reported figure.
        for (int i = 0; i < m_details.size(); ++i) {
            if (m_details.at(i).layer && m_services.at(i).cost.reported)
                return true;
        }
        return false;
    case CoverageColumn:
        // A share of nothing mapped anywhere would read 0% on every row.
        return std::any_of(m_services.cbegin(), m_services.cend(), [](const ServiceSummary &s) { return s.cost.bricks > 0; })
            && std::any_of(m_services.cbegin(), m_services.cend(),
                           [](const ServiceSummary &s) { return mappingCoverage(s.cost).has_value(); });
    case SystemsColumn:
        return std::any_of(m_details.cbegin(), m_details.cend(), [](const Detail &d) { return d.systems > 0; });
    case TotalColumn:
    case FrontlineColumn:
    case OverheadColumn:
    case BricksColumn:
    case BespokeColumn:
        // Nothing mapped at all: the header says so once instead of every cell.
        return std::any_of(m_services.cbegin(), m_services.cend(),
                           [](const ServiceSummary &s) { return s.cost.bricks > 0; });
    }
    return true;
}

int ServiceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

int ServiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// The number behind a cell; invalid when unknown or not mapped (never 0 for those).
QVariant ServiceTableModel::value(int row, int column) const
{
    const CostSplit &c = m_services.at(row).cost;
    const Detail &d = m_details.at(row);
    const bool mapped = c.bricks > 0;
    switch (column) {
    case TotalColumn:
        return mapped ? QVariant(c.total) : QVariant();
    case FrontlineColumn:
        return mapped ? QVariant(c.frontline) : QVariant();
    case OverheadColumn:
        return mapped ? QVariant(c.overhead) : QVariant();
    case ReportedColumn:
        return c.reported ? QVariant(*c.reported) : QVariant();
    case CoverageColumn: {
        const std::optional<double> coverage = mappingCoverage(c);
        return coverage ? QVariant(*coverage) : QVariant();
    }
    case ChangeColumn:
        return d.change && d.change->ratio ? QVariant(*d.change->ratio) : QVariant();
    case BricksColumn:
        return c.bricks;
    case BespokeColumn:
        return c.bespoke;
    case SystemsColumn:
        return d.systems;
    }
    return {};
}

QVariant ServiceTableModel::display(int row, int column) const
{
    const ServiceSummary &s = m_services.at(row);
    const Detail &d = m_details.at(row);
    const QVariant v = value(row, column);
    switch (column) {
    case NameColumn:
        return d.period.isEmpty() ? s.name : tr("%1 (%2)").arg(s.name, d.period);
    case TotalColumn:
    case FrontlineColumn:
    case OverheadColumn:
        return v.isValid() ? Format::gbp(v.toDouble()) : tr("not mapped");
    case ReportedColumn:
        // A negative net is not an error: the source nets income off spending (tooltip).
        if (v.isValid() && v.toDouble() < 0)
            return tr("%1 net income").arg(Format::gbp(v.toDouble()));
        return v.isValid() ? Format::gbp(v.toDouble()) : tr("unknown");
    case LayerColumn:
        return s.cost.reported ? Figures::layerLabel(d.layer) : QStringLiteral("—");
    case ChangeColumn:
        return d.change ? Figures::changeShort(*d.change) : QStringLiteral("—");
    case CoverageColumn:
        return v.isValid() ? Format::percent(v.toDouble()) : QStringLiteral("—");
    case BricksColumn:
        return d.estimatedBricks > 0 ? tr("%1 (%2 est.)").arg(s.cost.bricks).arg(d.estimatedBricks)
                                     : QString::number(s.cost.bricks);
    case BespokeColumn:
    case SystemsColumn:
        return v;
    }
    return {};
}

QVariant ServiceTableModel::toolTip(int row, int column) const
{
    const ServiceSummary &s = m_services.at(row);
    const CostSplit &c = s.cost;
    const Detail &d = m_details.at(row);
    const QString period = d.period.isEmpty() ? m_period : d.period;
    const QString source = Figures::sourceText(d.source, m_sources);
    switch (column) {
    case NameColumn: {
        QStringList lines{s.name};
        if (!s.category.isEmpty())
            lines << tr("Category: %1").arg(s.category);
        if (!period.isEmpty())
            lines << tr("Year: %1").arg(period);
        return lines.join(QLatin1Char('\n'));
    }
    case TotalColumn:
    case FrontlineColumn:
    case OverheadColumn:
        return c.bricks > 0 ? tr("Sum of the service's bricks: %1").arg(Format::gbpFull(c.total))
                            : tr("Not mapped into bricks yet: see the reported figure");
    case ReportedColumn: {
        if (!c.reported)
            return tr("No cost published for this service: unknown, not £0");
        QString text = tr("Reported net expenditure %1: %2").arg(period, Format::gbpFull(*c.reported));
        if (*c.reported < 0)
            text += QLatin1Char('\n') + tr("Negative: the source publishes net expenditure, spending less income "
                                             "(sales, fees, charges and other income), and income was above spending");
        if (!source.isEmpty())
            text += QLatin1Char('\n') + source;
        return text;
    }
    case LayerColumn:
        return d.layer ? tr("The layer of the service's reported spend as a whole")
                       : tr("The source does not say whether this spend is frontline or overhead");
    case ChangeColumn:
        if (!d.change)
            return m_previousPeriod.isEmpty() ? tr("The commons holds no earlier year for this organisation")
                                              : tr("No reported figure for this service in %1").arg(m_previousPeriod);
        return tr("Reported net %1: %2 → %3: %4 (%5)")
            .arg(d.change->previousPeriod, Format::gbpFull(d.change->previous), period,
                 Format::gbpFull(d.change->current), Figures::change(*d.change));
    case CoverageColumn:
        return tr("Share of the reported cost mapped into bricks; the rest is unmapped spend");
    case SystemsColumn:
        return tr("Systems the service is known to run, with no published cost");
    }
    return {};
}

QVariant ServiceTableModel::foreground(int row, int column) const
{
    const QVariant v = value(row, column);
    switch (column) {
    case TotalColumn:
    case FrontlineColumn:
    case OverheadColumn:
    case CoverageColumn:
        return v.isValid() ? QVariant() : QVariant(mutedInk);
    case ReportedColumn:
        if (!v.isValid())
            return mutedInk;
        return v.toDouble() < 0 ? QVariant(incomeInk) : QVariant();
    case LayerColumn:
    case ChangeColumn:
        return mutedInk;
    }
    return {};
}

QVariant ServiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(row, column);
    case SortRole: {
        if (column == NameColumn)
            return m_services.at(row).name.toCaseFolded();
        if (column == LayerColumn)
            return display(row, column);
        // Unknown and unmapped figures sort below every number.
        const QVariant v = value(row, column);
        return v.isValid() ? v : QVariant(-1e300);
    }
    case ValueRole:
        return value(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::ForegroundRole:
        return foreground(row, column);
    case Qt::TextAlignmentRole:
        return column == NameColumn || column == LayerColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case IdRole:
        return m_services.at(row).id;
    case CodeRole:
        return m_services.at(row).orgCode;
    }
    return {};
}

QVariant ServiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ReportedColumn:
            return tr("Net expenditure published in official returns for %1").arg(m_period);
        case ChangeColumn:
            return m_previousPeriod.isEmpty() ? tr("Change in reported net spend from the previous year")
                                              : tr("Change in reported net spend from %1").arg(m_previousPeriod);
        case TotalColumn:
            return tr("Spend mapped into bricks");
        case FrontlineColumn:
            return tr("Mapped spend on people-centred work that should not be automated");
        case OverheadColumn:
            return tr("Mapped spend on back office, technology and management");
        case BespokeColumn:
            return tr("Bricks built or bought by this organisation rather than taken from the commons");
        case SystemsColumn:
            return tr("Systems the service runs on, with no published cost");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Service");
    case ReportedColumn:
        return tr("Reported");
    case LayerColumn:
        return tr("Layer");
    case ChangeColumn:
        return m_previousPeriod.isEmpty() ? tr("Change") : tr("On %1").arg(m_previousPeriod);
    case TotalColumn:
        return tr("In bricks");
    case FrontlineColumn:
        return tr("Frontline");
    case OverheadColumn:
        return tr("Overhead");
    case CoverageColumn:
        return tr("Mapped");
    case BricksColumn:
        return tr("Bricks");
    case BespokeColumn:
        return tr("Bespoke");
    case SystemsColumn:
        return tr("Systems");
    }
    return {};
}

} // namespace livedna
