#include "core/models/cachequeries.h"

#include <QSqlError>
#include <QSqlQuery>

namespace livedna {

Result<QList<CapabilityInstance>> CacheQueries::capabilityInstances(const Cache &cache, const QString &capabilityId)
{
    QList<CapabilityInstance> out;
    const std::optional<CommonsInfo> info = cache.commons();
    if (!info)
        return out;
    QSqlQuery q(cache.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT o.code, o.name, s.sid, s.name, b.bid, b.name, b.uses, b.cost "
        "FROM brick_instance b JOIN service s ON b.service_ref = s.id JOIN organisation o ON s.org_ref = o.id "
        "WHERE o.commons_ref = :commons AND o.latest = 1 AND b.capability = :capability ORDER BY b.cost DESC"));
    q.bindValue(QStringLiteral(":commons"), info->rowId);
    q.bindValue(QStringLiteral(":capability"), capabilityId);
    if (!q.exec())
        return Result<QList<CapabilityInstance>>::failure(cache.path(), QString(),
                                                          tr("cannot read instances of %1: %2").arg(capabilityId, q.lastError().text()));
    while (q.next()) {
        CapabilityInstance c;
        c.orgCode = q.value(0).toString();
        c.orgName = q.value(1).toString();
        c.serviceId = q.value(2).toString();
        c.serviceName = q.value(3).toString();
        c.brickId = q.value(4).toString();
        c.brickName = q.value(5).toString();
        c.uses = q.value(6).toString();
        c.cost = q.value(7).toDouble();
        out.append(c);
    }
    return out;
}

Result<QList<SearchEntry>> CacheQueries::searchEntries(const Cache &cache)
{
    QList<SearchEntry> out;
    const std::optional<CommonsInfo> info = cache.commons();
    if (!info)
        return out;
    QSqlQuery q(cache.database());
    q.setForwardOnly(true);
    auto fail = [&]() {
        return Result<QList<SearchEntry>>::failure(cache.path(), QString(), tr("cannot build the search index: %1").arg(q.lastError().text()));
    };
    q.prepare(QStringLiteral("SELECT code, name FROM organisation WHERE commons_ref = :commons AND latest = 1 ORDER BY name"));
    q.bindValue(QStringLiteral(":commons"), info->rowId);
    if (!q.exec())
        return fail();
    while (q.next())
        out.append(SearchEntry{SearchEntry::Organisation, q.value(0).toString(), q.value(1).toString(), {}, {}, {}});
    q.prepare(QStringLiteral("SELECT o.code, o.name, s.sid, s.name FROM service s JOIN organisation o ON s.org_ref = o.id "
                             "WHERE o.commons_ref = :commons AND o.latest = 1 ORDER BY o.name, s.position"));
    q.bindValue(QStringLiteral(":commons"), info->rowId);
    if (!q.exec())
        return fail();
    while (q.next())
        out.append(SearchEntry{SearchEntry::Service, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString(), {}});
    // Bespoke bricks by name: one entry per organisation and name keeps the index small at
    // national scale while every distinct brick stays findable.
    q.prepare(QStringLiteral(
        "SELECT o.code, o.name, MIN(s.sid), MIN(s.name), COALESCE(b.name, b.bid) AS n "
        "FROM brick_instance b JOIN service s ON b.service_ref = s.id JOIN organisation o ON s.org_ref = o.id "
        "WHERE o.commons_ref = :commons AND o.latest = 1 AND b.uses IS NULL GROUP BY o.id, n"));
    q.bindValue(QStringLiteral(":commons"), info->rowId);
    if (!q.exec())
        return fail();
    while (q.next())
        out.append(SearchEntry{SearchEntry::Brick, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString(), q.value(4).toString()});
    return out;
}

} // namespace livedna
