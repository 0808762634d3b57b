#include "core/analysis/analysiscacheloader.h"

#include "core/cache/cache.h"
#include "core/util/logging.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace livedna {

static Result<AnalysisInput> queryFailed(const Cache &cache, const QSqlQuery &q)
{
    return Result<AnalysisInput>::failure(cache.path(), QString(),
                                          AnalysisCacheLoader::tr("cannot read the cache: %1")
                                              .arg(q.lastError().text()));
}

Result<AnalysisInput> AnalysisCacheLoader::load(const Cache &cache, const QString &commonsId, Parts parts)
{
    const bool withValues = parts == Parts::All;
    QElapsedTimer timer;
    timer.start();
    if (!cache.isOpen())
        return Result<AnalysisInput>::failure(cache.path(), QString(), tr("the cache is not open"));
    const std::optional<CommonsInfo> info = cache.commons(commonsId);
    if (!info) {
        return Result<AnalysisInput>::failure(
            cache.path(), QString(),
            commonsId.isEmpty() ? tr("the cache holds no commons; run 'livedna-cli sync' first")
                                : tr("the cache holds no commons '%1'").arg(commonsId));
    }

    AnalysisInput in;
    in.catalogue = cache.catalogue(info->id);
    in.catalogue.reindex();
    in.reindex();

    QSqlDatabase db = cache.database();
    QHash<qint64, int> orgOfRow;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, code, name, kind FROM organisation WHERE commons_ref = :c ORDER BY code"));
        q.bindValue(QStringLiteral(":c"), info->rowId);
        if (!q.exec())
            return queryFailed(cache, q);
        while (q.next()) {
            AnalysisOrg o;
            o.code = q.value(1).toString();
            o.name = q.value(2).toString();
            orgKindFromString(q.value(3).toString(), &o.kind);
            orgOfRow.insert(q.value(0).toLongLong(), int(in.orgs.size()));
            in.orgs.append(o);
        }
    }
    const qint64 orgsMs = timer.elapsed();
    QHash<qint64, int> serviceOfRow;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        // No ORDER BY: sorting 125,000 services costs more than it is worth, and the join
        // already yields them organisation by organisation.
        q.prepare(withValues ? QStringLiteral(
                      "SELECT s.id, s.org_ref, s.sid, s.name, s.lgsl, s.volume, s.value, s.total_cost"
                      " FROM organisation o JOIN service s ON s.org_ref = o.id WHERE o.commons_ref = :c")
                             : QStringLiteral(
                      "SELECT s.id, s.org_ref, s.sid, s.name, s.lgsl, s.volume, NULL, s.total_cost"
                      " FROM organisation o JOIN service s ON s.org_ref = o.id WHERE o.commons_ref = :c"));
        q.bindValue(QStringLiteral(":c"), info->rowId);
        if (!q.exec())
            return queryFailed(cache, q);
        while (q.next()) {
            AnalysisService s;
            s.org = orgOfRow.value(q.value(1).toLongLong(), -1);
            s.id = q.value(2).toString();
            s.name = q.value(3).toString();
            if (!q.isNull(4))
                s.lgsl = q.value(4).toInt();
            if (!q.isNull(5))
                s.volume = q.value(5).toDouble();
            if (withValues && !q.isNull(6)) {
                const QJsonObject value = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
                for (auto it = value.begin(); it != value.end(); ++it) {
                    if (it.value().isDouble())
                        s.value.insert(it.key(), it.value().toDouble());
                }
            }
            s.cost = q.value(7).toDouble();
            serviceOfRow.insert(q.value(0).toLongLong(), int(in.services.size()));
            in.services.append(s);
        }
    }
    const qint64 servicesMs = timer.elapsed();
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT b.id, b.service_ref, b.bid, b.uses, b.capability, b.cost"
            " FROM organisation o JOIN service s ON s.org_ref = o.id"
            " JOIN brick_instance b ON b.service_ref = s.id"
            " WHERE o.commons_ref = :c"));
        q.bindValue(QStringLiteral(":c"), info->rowId);
        if (!q.exec())
            return queryFailed(cache, q);
        in.instances.reserve(size_t(in.services.size()) * 8);
        // Capability ids repeat a million times: intern through the last one seen first.
        // The layer is the effective capability's (what the cache's layer column holds), so
        // it is looked up once per capability rather than read for every row.
        QString lastCapText;
        int lastCap = -1;
        Layer lastLayer = Layer::Overhead;
        qint64 lastServiceRef = -1;
        int lastService = -1;
        while (q.next()) {
            AnalysisInstance inst;
            inst.rowId = q.value(0).toLongLong();
            // Rows arrive grouped by service (the join walks brick_instance_service), so
            // the hash is consulted once per service, not once per instance.
            const qint64 serviceRef = q.value(1).toLongLong();
            if (serviceRef != lastServiceRef) {
                lastServiceRef = serviceRef;
                lastService = serviceOfRow.value(serviceRef, -1);
            }
            inst.service = lastService;
            if (inst.service < 0)
                continue;
            inst.org = in.services.at(inst.service).org;
            inst.bid = q.value(2).toString();
            inst.uses = q.value(3).toString();
            const QString cap = q.value(4).toString();
            if (lastCap < 0 || cap != lastCapText) {
                lastCap = in.internCapability(cap);
                lastCapText = cap;
                const Capability *c = in.catalogue.capability(cap);
                lastLayer = c ? c->layer : Layer::Overhead;
            }
            inst.capability = lastCap;
            inst.layer = lastLayer;
            inst.cost = q.value(5).toDouble();
            in.instances.push_back(std::move(inst));
        }
    }
    in.reindex();
    qCDebug(lcAnalysis, "loaded %d organisations, %d services, %zu instances in %lld ms "
                        "(organisations %lld ms, services %lld ms)",
            int(in.orgs.size()), int(in.services.size()), in.instances.size(),
            static_cast<long long>(timer.elapsed()), static_cast<long long>(orgsMs),
            static_cast<long long>(servicesMs - orgsMs));
    return in;
}

} // namespace livedna
