#include "core/analysis/valuerankstore.h"

#include "core/analysis/analysiscacheloader.h"
#include "core/cache/cache.h"
#include "core/cache/rowinserter.h"
#include "core/cache/sqlstatement.h"
#include "core/util/logging.h"

#include <QAtomicInteger>
#include <QElapsedTimer>

namespace livedna {

namespace {

QAtomicInteger<qint64> s_syncTimeNs;

CostBasis costBasisFromString(const QString &text)
{
    if (text == QLatin1String("mapped"))
        return CostBasis::Mapped;
    if (text == QLatin1String("reported"))
        return CostBasis::Reported;
    return CostBasis::Unknown;
}

std::optional<double> optReal(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

Status failed(const QString &error)
{
    return Status::failure(ValueRankStore::tr("Cannot rank the services for the Public Value view: %1").arg(error));
}

Status writeRanking(const QSqlDatabase &db, qint64 commonsRef, const AnalysisInput &in, const ValueRanking &r)
{
    std::unique_ptr<RowInserter> services = RowInserter::create(db, QStringLiteral(
        "INSERT INTO value_rank (commons_ref, rank, service_ref, pvi, quality, cpt, peer_median, economy, cost,"
        " cost_basis) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    std::unique_ptr<RowInserter> orgs = RowInserter::create(db, QStringLiteral(
        "INSERT INTO value_org_rank (commons_ref, rank, code, services, scored_services, scored_cost, pvi)"
        " VALUES (?,?,?,?,?,?,?)"));
    if (!services->isPrepared() || !orgs->isPrepared())
        return failed(services->isPrepared() ? orgs->errorString() : services->errorString());
    for (int i = 0; i < r.services.size(); ++i) {
        const ServiceValue &v = r.services.at(i);
        RowInserter &w = *services;
        w.bindInt(0, commonsRef);
        w.bindInt(1, i);
        w.bindInt(2, in.services.at(v.service).rowId);
        w.bindOptional(3, v.pvi);
        w.bindOptional(4, v.quality);
        w.bindOptional(5, v.costPerTransaction);
        w.bindOptional(6, v.peerMedianCost);
        w.bindOptional(7, v.economy);
        w.bindOptional(8, v.cost);
        w.bindText(9, costBasisToString(v.costBasis));
        if (!w.exec())
            return failed(w.errorString());
    }
    for (int i = 0; i < r.orgs.size(); ++i) {
        const OrgValue &v = r.orgs.at(i);
        RowInserter &w = *orgs;
        w.bindInt(0, commonsRef);
        w.bindInt(1, i);
        w.bindText(2, in.orgs.at(v.org).code);
        w.bindInt(3, v.services);
        w.bindInt(4, v.scoredServices);
        w.bindDouble(5, v.scoredCostGbp);
        w.bindOptional(6, v.pvi);
        if (!w.exec())
            return failed(w.errorString());
    }
    return Status::success();
}

Status rebuildOne(const QSqlDatabase &db, qint64 commonsRef)
{
    SqlStatement clearServices(db, QStringLiteral("DELETE FROM value_rank WHERE commons_ref = ?"));
    SqlStatement clearOrgs(db, QStringLiteral("DELETE FROM value_org_rank WHERE commons_ref = ?"));
    if (!clearServices.exec(commonsRef))
        return failed(clearServices.errorString());
    if (!clearOrgs.exec(commonsRef))
        return failed(clearOrgs.errorString());
    Result<AnalysisInput> in = AnalysisCacheLoader::loadServices(db, commonsRef);
    if (!in.ok())
        return failed(in.errorString());
    const ValueRanking ranking = PublicValue::compute(in.value(), ValueWeights::defaults());
    return writeRanking(db, commonsRef, in.value(), ranking);
}

// Every organisation of the latest period, by code, as AnalysisCacheLoader numbers them.
QString loadOrganisations(const Cache &cache, qint64 commonsRef, AnalysisInput *in, int *services)
{
    SqlStatement q(cache.database(), QStringLiteral(
        "SELECT code, name, kind, population, service_count FROM organisation"
        " WHERE commons_ref = ? AND latest = 1 ORDER BY code"));
    if (!q.exec(commonsRef))
        return q.errorString();
    *services = 0;
    while (q.next()) {
        AnalysisOrg o;
        o.code = q.value(0).toString();
        o.name = q.value(1).toString();
        orgKindFromString(q.value(2).toString(), &o.kind);
        if (!q.value(3).isNull())
            o.population = q.value(3).toLongLong();
        *services += q.value(4).toInt();
        in->orgs.append(o);
    }
    in->reindex();
    return QString();
}

QString loadOrgRanking(const Cache &cache, qint64 commonsRef, ValueRankStore::Top *top)
{
    SqlStatement q(cache.database(), QStringLiteral(
        "SELECT code, services, scored_services, scored_cost, pvi FROM value_org_rank"
        " WHERE commons_ref = ? ORDER BY rank"));
    if (!q.exec(commonsRef))
        return q.errorString();
    while (q.next()) {
        OrgValue v;
        v.org = top->input.orgIndex(q.value(0).toString());
        v.services = q.value(1).toInt();
        v.scoredServices = q.value(2).toInt();
        v.scoredCostGbp = q.value(3).toDouble();
        v.pvi = optReal(q.value(4));
        if (v.org < 0)
            top->stored = false; // an organisation that is no longer the latest: stale
        top->ranking.orgs.append(v);
    }
    if (top->ranking.orgs.size() != top->input.orgs.size())
        top->stored = false;
    return QString();
}

QString loadServiceRanking(const Cache &cache, qint64 commonsRef, int limit, ValueRankStore::Top *top)
{
    SqlStatement q(cache.database(), QStringLiteral(
        "SELECT o.code, s.sid, s.name, s.lgsl, s.volume, s.value, s.total_cost, s.reported_cost, s.brick_count, s.id,"
        " r.pvi, r.quality, r.cpt, r.peer_median, r.economy, r.cost, r.cost_basis"
        " FROM value_rank r JOIN service s ON s.id = r.service_ref JOIN organisation o ON o.id = s.org_ref"
        " WHERE r.commons_ref = ? AND r.rank < ? AND o.latest = 1 ORDER BY r.rank"));
    if (!q.exec(commonsRef, limit))
        return q.errorString();
    while (q.next()) {
        AnalysisService s;
        s.org = top->input.orgIndex(q.value(0).toString());
        s.id = q.value(1).toString();
        s.name = q.value(2).toString();
        if (!q.value(3).isNull())
            s.lgsl = q.value(3).toInt();
        s.volume = optReal(q.value(4));
        if (!q.value(5).isNull())
            s.value = AnalysisCacheLoader::valueInputs(q.value(5).toString());
        s.cost = q.value(6).toDouble();
        s.reportedCost = optReal(q.value(7));
        s.bricks = q.value(8).toInt();
        s.rowId = q.value(9).toLongLong();
        ServiceValue v;
        v.service = int(top->input.services.size());
        v.pvi = optReal(q.value(10));
        v.quality = optReal(q.value(11));
        v.costPerTransaction = optReal(q.value(12));
        v.peerMedianCost = optReal(q.value(13));
        v.economy = optReal(q.value(14));
        v.cost = optReal(q.value(15));
        v.costBasis = costBasisFromString(q.value(16).toString());
        top->input.services.append(s);
        top->ranking.services.append(v);
    }
    return QString();
}

} // namespace

qint64 ValueRankStore::syncTimeNs()
{
    return s_syncTimeNs.loadRelaxed();
}

void ValueRankStore::addSyncTime(qint64 nanoseconds)
{
    s_syncTimeNs.fetchAndAddRelaxed(nanoseconds);
}

Status ValueRankStore::rebuild(const QSqlDatabase &db, qint64 commonsRef)
{
    QElapsedTimer timer;
    timer.start();
    QList<qint64> refs;
    if (commonsRef > 0) {
        refs.append(commonsRef);
    } else {
        SqlStatement q(db, QStringLiteral("SELECT id FROM commons ORDER BY id"));
        if (!q.exec())
            return failed(q.errorString());
        while (q.next())
            refs.append(q.value(0).toLongLong());
    }
    for (qint64 ref : std::as_const(refs)) {
        const Status st = rebuildOne(db, ref);
        if (!st)
            return st;
    }
    addSyncTime(timer.nsecsElapsed());
    qCInfo(lcCache) << "ranked the services of" << refs.size() << "commons in" << timer.elapsed() << "ms";
    return Status::success();
}

Result<ValueRankStore::Top> ValueRankStore::loadTop(const Cache &cache, const QString &commonsId, int limit)
{
    const std::optional<CommonsInfo> info = cache.isOpen() ? cache.commons(commonsId) : std::nullopt;
    if (!info)
        return Top(); // nothing stored: the full load says why
    Top top;
    top.stored = true;
    QString error = loadOrganisations(cache, info->rowId, &top.input, &top.totalServices);
    if (error.isEmpty())
        error = loadOrgRanking(cache, info->rowId, &top);
    if (error.isEmpty())
        error = loadServiceRanking(cache, info->rowId, limit, &top);
    if (!error.isEmpty())
        return Result<Top>::failure(cache.path(), QString(), tr("cannot read the cache: %1").arg(error));
    // The last rank must be there, and the first `limit` ranks all joined to a service of the
    // latest period: otherwise the ranking is not this cache's (compute it in full).
    SqlStatement last(cache.database(), QStringLiteral("SELECT MAX(rank) FROM value_rank WHERE commons_ref = ?"));
    if (!last.exec(info->rowId) || !last.next())
        return Result<Top>::failure(cache.path(), QString(), tr("cannot read the cache: %1").arg(last.errorString()));
    const int stored = last.value(0).isNull() ? 0 : last.value(0).toInt() + 1;
    if (stored != top.totalServices || top.ranking.services.size() != std::min(limit, top.totalServices))
        top.stored = false;
    for (const AnalysisService &s : std::as_const(top.input.services)) {
        if (s.org < 0)
            top.stored = false;
    }
    top.input.reindex();
    return top;
}

Migration ValueRankStore::migration(int version)
{
    Migration m;
    m.version = version;
    m.statements = {
        QStringLiteral(
            "CREATE TABLE value_rank ("
            " commons_ref INTEGER NOT NULL REFERENCES commons(id) ON DELETE CASCADE,"
            " rank INTEGER NOT NULL,"           // 0-based, default weights
            " service_ref INTEGER NOT NULL,"    // service.id; rewritten by every sync that changes services
            " pvi REAL,"                        // NULL: no inputs, or cost unknown
            " quality REAL,"                    // NULL: no inputs
            " cpt REAL,"                        // cost per transaction; NULL: no volume or no cost
            " peer_median REAL,"
            " economy REAL,"
            " cost REAL,"                       // NULL: unknown
            " cost_basis TEXT NOT NULL,"        // mapped, reported or unknown
            " PRIMARY KEY (commons_ref, rank)) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE value_org_rank ("
            " commons_ref INTEGER NOT NULL REFERENCES commons(id) ON DELETE CASCADE,"
            " rank INTEGER NOT NULL,"
            " code TEXT NOT NULL,"
            " services INTEGER NOT NULL,"
            " scored_services INTEGER NOT NULL,"
            " scored_cost REAL NOT NULL,"
            " pvi REAL,"
            " PRIMARY KEY (commons_ref, rank)) WITHOUT ROWID"),
    };
    m.run = [](QSqlDatabase &db) { return rebuild(db, 0); };
    return m;
}

} // namespace livedna
