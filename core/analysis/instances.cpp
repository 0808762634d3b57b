#include "core/analysis/instances.h"

#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace livedna {

namespace {

// capability -> organisation code -> products named by its systems ("" for an instance of
// unknown product); plus the organisations' names.
struct Tally
{
    QMap<QString, QMap<QString, QSet<QString>>> products;
    QHash<QString, QString> orgNames;

    void add(const QString &code, const QString &name, const QString &capability, const QString &product)
    {
        products[capability][code].insert(product);
        orgNames.insert(code, name);
    }
};

bool byName(const InstanceOrg &a, const InstanceOrg &b)
{
    const int c = a.name.localeAwareCompare(b.name);
    return c != 0 ? c < 0 : a.code < b.code;
}

CapabilityInstances capabilityFrom(const QString &capability, const QMap<QString, QSet<QString>> &orgs,
                                   const QHash<QString, QString> &names, const Catalogue &catalogue)
{
    CapabilityInstances c;
    c.capability = capability;
    const Capability *cap = catalogue.capability(capability);
    c.name = cap ? cap->name : capability;
    QMap<QString, QList<InstanceOrg>> byProduct;
    for (auto it = orgs.cbegin(); it != orgs.cend(); ++it) {
        const InstanceOrg org{it.key(), names.value(it.key())};
        c.organisations.append(org);
        QSet<QString> known = it.value();
        known.remove(QString());
        if (known.isEmpty())
            byProduct[QString()].append(org);
        for (const QString &p : std::as_const(known))
            byProduct[p].append(org);
    }
    std::sort(c.organisations.begin(), c.organisations.end(), byName);
    for (auto it = byProduct.begin(); it != byProduct.end(); ++it) {
        ProductInstances p;
        p.product = it.key();
        if (const Product *product = it.key().isEmpty() ? nullptr : catalogue.product(it.key())) {
            p.name = product->name;
            p.vendor = product->vendor;
        } else {
            p.name = it.key();
        }
        p.organisations = it.value();
        std::sort(p.organisations.begin(), p.organisations.end(), byName);
        c.byProduct.append(p);
    }
    std::sort(c.byProduct.begin(), c.byProduct.end(), [](const ProductInstances &a, const ProductInstances &b) {
        if (a.product.isEmpty() != b.product.isEmpty())
            return b.product.isEmpty();
        if (a.organisations.size() != b.organisations.size())
            return a.organisations.size() > b.organisations.size();
        return a.product < b.product;
    });
    return c;
}

QList<CapabilityInstances> finish(const Tally &tally, const Catalogue &catalogue)
{
    QList<CapabilityInstances> list;
    for (auto it = tally.products.cbegin(); it != tally.products.cend(); ++it)
        list.append(capabilityFrom(it.key(), it.value(), tally.orgNames, catalogue));
    std::stable_sort(list.begin(), list.end(), [](const CapabilityInstances &a, const CapabilityInstances &b) {
        return a.organisations.size() > b.organisations.size();
    });
    return list;
}

// Bespoke bricks and systems of the latest period of every organisation, in one statement;
// with capabilities, only those (bound as parameters).
QString instancesSql(int capabilityCount)
{
    QString filterBricks;
    QString filterSystems;
    if (capabilityCount > 0) {
        QStringList marks;
        for (int i = 0; i < capabilityCount; ++i)
            marks.append(QStringLiteral("?"));
        filterBricks = QStringLiteral(" AND bi.capability IN (%1)").arg(marks.join(QLatin1Char(',')));
        filterSystems = QStringLiteral(" AND ss.capability IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    return QStringLiteral(
               "SELECT o.code, o.name, bi.capability, NULL FROM organisation o"
               " JOIN service s ON s.org_ref = o.id JOIN brick_instance bi ON bi.service_ref = s.id"
               " WHERE o.commons_ref = ? AND o.latest = 1 AND bi.uses IS NULL%1"
               " UNION ALL "
               "SELECT o.code, o.name, ss.capability, ss.product FROM organisation o"
               " JOIN service s ON s.org_ref = o.id JOIN service_system ss ON ss.service_ref = s.id"
               " WHERE o.commons_ref = ? AND o.latest = 1%2")
        .arg(filterBricks, filterSystems);
}

} // namespace

Result<QList<CapabilityInstances>> Instances::fromCache(const Cache &cache, const QStringList &capabilities,
                                                        const QString &commonsId)
{
    const std::optional<CommonsInfo> info = cache.commons(commonsId);
    if (!info)
        return QList<CapabilityInstances>();
    QSqlQuery q(cache.database());
    q.setForwardOnly(true);
    if (!q.prepare(instancesSql(int(capabilities.size()))))
        return Result<QList<CapabilityInstances>>::failure(cache.path(), QString(),
                                                           tr("cannot read instances: %1").arg(q.lastError().text()));
    for (int part = 0; part < 2; ++part) {
        q.addBindValue(info->rowId);
        for (const QString &c : capabilities)
            q.addBindValue(c);
    }
    if (!q.exec())
        return Result<QList<CapabilityInstances>>::failure(cache.path(), QString(),
                                                           tr("cannot read instances: %1").arg(q.lastError().text()));
    Tally tally;
    while (q.next())
        tally.add(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
    q.finish();
    return finish(tally, cache.catalogue(info->id));
}

QList<CapabilityInstances> Instances::fromOrganisations(const QList<Organisation> &orgs, const Catalogue &catalogue,
                                                        const QStringList &capabilities)
{
    const QSet<QString> wanted(capabilities.cbegin(), capabilities.cend());
    const auto counts = [&](const QString &c) { return wanted.isEmpty() || wanted.contains(c); };
    Tally tally;
    for (const Organisation &o : orgs) {
        for (const Service &s : o.services) {
            for (const BrickInstance &b : s.bricks) {
                if (!b.isStandard() && counts(b.capability))
                    tally.add(o.code, o.name, b.capability, QString());
            }
            for (const SystemUse &y : s.systems) {
                if (counts(y.capability))
                    tally.add(o.code, o.name, y.capability, y.product);
            }
        }
    }
    return finish(tally, catalogue);
}

QString Instances::sentence(const CapabilityInstances &c)
{
    // "Library management system" reads as "their own library management system".
    QString what = c.name;
    if (what.size() > 1 && what.at(0).isUpper() && !what.at(1).isUpper())
        what[0] = what.at(0).toLower();
    const int n = int(c.organisations.size());
    QString text = n == 1 ? tr("1 organisation runs its own %1").arg(what)
                          : tr("%1 organisations each run their own %2").arg(n).arg(what);
    QStringList parts;
    for (const ProductInstances &p : c.byProduct) {
        const int k = int(p.organisations.size());
        parts.append(p.product.isEmpty() ? tr("%1 on a product not known").arg(k)
                                         : tr("%1 on %2").arg(k).arg(p.name));
    }
    if (!parts.isEmpty())
        text += QStringLiteral(": ") + parts.join(QStringLiteral(", "));
    return text + QLatin1Char('.');
}

} // namespace livedna
