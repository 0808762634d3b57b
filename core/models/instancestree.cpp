#include "core/models/instancestree.h"

#include "core/models/roles.h"

namespace livedna {

InstancesModel::InstancesModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void InstancesModel::setInstances(QList<CapabilityInstances> instances)
{
    beginResetModel();
    m_instances = std::move(instances);
    endResetModel();
}

InstancesModel::Level InstancesModel::level(const QModelIndex &index)
{
    const quintptr id = index.internalId();
    if (id == 0)
        return CapabilityLevel;
    return (id >> 16) == 0 ? ProductLevel : OrganisationLevel;
}

QModelIndex InstancesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    if (level(parent) == CapabilityLevel)
        return createIndex(row, column, pack(parent.row(), -1));
    return createIndex(row, column, pack(int(parent.internalId() & 0xFFFF) - 1, parent.row()));
}

QModelIndex InstancesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int capability = int(child.internalId() & 0xFFFF) - 1;
    const int product = int(child.internalId() >> 16) - 1;
    if (product < 0)
        return createIndex(capability, 0, quintptr(0));
    return createIndex(product, 0, pack(capability, -1));
}

int InstancesModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_instances.size());
    if (parent.column() != 0)
        return 0;
    switch (level(parent)) {
    case CapabilityLevel:
        return int(m_instances.at(parent.row()).byProduct.size());
    case ProductLevel:
        return int(m_instances.at(int(parent.internalId() & 0xFFFF) - 1).byProduct.at(parent.row()).organisations.size());
    case OrganisationLevel:
        break;
    }
    return 0;
}

int InstancesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant InstancesModel::display(const QModelIndex &index) const
{
    switch (level(index)) {
    case CapabilityLevel: {
        const CapabilityInstances &c = m_instances.at(index.row());
        return index.column() == NameColumn ? QVariant(c.name) : QVariant(int(c.organisations.size()));
    }
    case ProductLevel: {
        const ProductInstances &p = m_instances.at(int(index.internalId() & 0xFFFF) - 1).byProduct.at(index.row());
        if (index.column() == OrganisationsColumn)
            return int(p.organisations.size());
        return p.vendor.isEmpty() ? p.name : tr("%1 (%2)").arg(p.name, p.vendor);
    }
    case OrganisationLevel: {
        const int capability = int(index.internalId() & 0xFFFF) - 1;
        const int product = int(index.internalId() >> 16) - 1;
        const InstanceOrg &o = m_instances.at(capability).byProduct.at(product).organisations.at(index.row());
        return index.column() == NameColumn ? QVariant(tr("%1 (%2)").arg(o.name, o.code)) : QVariant();
    }
    }
    return {};
}

QVariant InstancesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(index);
    case Qt::ToolTipRole:
        if (level(index) == CapabilityLevel)
            return Instances::sentence(m_instances.at(index.row()));
        if (level(index) == OrganisationLevel)
            return tr("Double-click to open this organisation");
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == OrganisationsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case CodeRole:
        if (level(index) == OrganisationLevel) {
            const int capability = int(index.internalId() & 0xFFFF) - 1;
            const int product = int(index.internalId() >> 16) - 1;
            return m_instances.at(capability).byProduct.at(product).organisations.at(index.row()).code;
        }
        return {};
    case IdRole:
        if (level(index) == CapabilityLevel)
            return m_instances.at(index.row()).capability;
        return {};
    }
    return {};
}

QVariant InstancesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Capability, product, organisation") : tr("Organisations");
}

} // namespace livedna
