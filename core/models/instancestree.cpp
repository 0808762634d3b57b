#include "core/models/instancestree.h"

#include "core/cache/cache.h"
#include "core/domain/measures.h"
#include "core/models/roles.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace livedna {

namespace {

struct Accumulator
{
    QSet<QString> orgs;
    QMap<QString, QList<InstanceOrg>> byProduct; // product id ("" unknown) -> organisations
};

void add(Accumulator &acc, const InstancesSummary::Use &use)
{
    acc.orgs.insert(use.code);
    QList<InstanceOrg> &list = acc.byProduct[use.product];
    for (const InstanceOrg &existing : std::as_const(list)) {
        if (existing.code == use.code)
            return;
    }
    list.append(InstanceOrg{use.code, use.name});
}

ProductInstances productInstances(const QString &id, QList<InstanceOrg> orgs, const Catalogue &catalogue)
{
    ProductInstances pi;
    pi.product = id;
    const Product *product = catalogue.product(id);
    pi.name = product ? product->name : (id.isEmpty() ? InstancesSummary::tr("Product not known") : id);
    pi.vendor = product ? product->vendor : QString();
    pi.organisations = std::move(orgs);
    std::sort(pi.organisations.begin(), pi.organisations.end(),
              [](const InstanceOrg &a, const InstanceOrg &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return pi;
}

} // namespace

QList<CapabilityInstances> InstancesSummary::build(const QList<Organisation> &orgs, const Catalogue &catalogue)
{
    QList<Use> uses;
    for (const Organisation &o : orgs) {
        for (const Service &s : o.services) {
            for (const BrickInstance &b : s.bricks) {
                if (!b.isStandard() && !b.capability.isEmpty())
                    uses.append(Use{b.capability, QString(), o.code, o.name});
            }
            for (const SystemUse &sys : s.systems)
                uses.append(Use{sys.capability, sys.product, o.code, o.name});
        }
    }
    return fromUses(uses, catalogue);
}

Result<QList<CapabilityInstances>> InstancesSummary::fromCache(const Cache &cache, const Catalogue &catalogue)
{
    const std::optional<CommonsInfo> info = cache.commons();
    if (!info)
        return QList<CapabilityInstances>();
    QList<Use> uses;
    QSqlQuery q(cache.database());
    q.setForwardOnly(true);
    const QStringList queries = {
        QStringLiteral("SELECT DISTINCT y.capability, COALESCE(y.product, ''), o.code, o.name FROM service_system y "
                       "JOIN service s ON y.service_ref = s.id JOIN organisation o ON s.org_ref = o.id "
                       "WHERE o.commons_ref = :commons AND o.latest = 1"),
        QStringLiteral("SELECT DISTINCT b.capability, '', o.code, o.name FROM brick_instance b "
                       "JOIN service s ON b.service_ref = s.id JOIN organisation o ON s.org_ref = o.id "
                       "WHERE o.commons_ref = :commons AND o.latest = 1 AND b.uses IS NULL AND b.capability IS NOT NULL")};
    for (const QString &sql : queries) {
        q.prepare(sql);
        q.bindValue(QStringLiteral(":commons"), info->rowId);
        if (!q.exec())
            return Result<QList<CapabilityInstances>>::failure(
                cache.path(), QString(), tr("cannot count separately run instances: %1").arg(q.lastError().text()));
        while (q.next())
            uses.append(Use{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    }
    return fromUses(uses, catalogue);
}

QList<CapabilityInstances> InstancesSummary::fromUses(const QList<Use> &uses, const Catalogue &catalogue)
{
    QHash<QString, Accumulator> per;
    for (const Use &u : uses)
        add(per[u.capability], u);
    QList<CapabilityInstances> out;
    for (auto it = per.cbegin(); it != per.cend(); ++it) {
        CapabilityInstances c;
        c.capability = it.key();
        const Capability *cap = catalogue.capability(it.key());
        c.name = cap ? cap->name : it.key();
        c.organisations = int(it->orgs.size());
        for (auto p = it->byProduct.cbegin(); p != it->byProduct.cend(); ++p)
            c.byProduct.append(productInstances(p.key(), p.value(), catalogue));
        std::sort(c.byProduct.begin(), c.byProduct.end(), [](const ProductInstances &a, const ProductInstances &b) {
            if (a.product.isEmpty() != b.product.isEmpty())
                return b.product.isEmpty();
            if (a.organisations.size() != b.organisations.size())
                return a.organisations.size() > b.organisations.size();
            return a.name < b.name;
        });
        out.append(c);
    }
    std::sort(out.begin(), out.end(), [](const CapabilityInstances &a, const CapabilityInstances &b) {
        return a.organisations != b.organisations ? a.organisations > b.organisations : a.name < b.name;
    });
    return out;
}

QString InstancesSummary::sentence(const CapabilityInstances &c, int maxProducts)
{
    QStringList parts;
    int shown = 0;
    int rest = 0;
    for (const ProductInstances &p : c.byProduct) {
        if (p.product.isEmpty() || shown >= maxProducts) {
            rest += int(p.organisations.size());
            continue;
        }
        parts << tr("%1 on %2").arg(p.organisations.size()).arg(p.name);
        ++shown;
    }
    if (rest > 0)
        parts << (shown > 0 ? tr("%1 on others or unknown").arg(rest) : tr("%1 of unknown product").arg(rest));
    return tr("%n organisation(s) each run their own %1: %2", nullptr, c.organisations)
        .arg(c.name.toLower(), parts.join(QStringLiteral(", ")));
}

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
        return index.column() == NameColumn ? QVariant(c.name) : QVariant(c.organisations);
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
            return InstancesSummary::sentence(m_instances.at(index.row()), 12);
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
