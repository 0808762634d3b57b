#include "core/analysis/valuerankstore.h"

#include "core/analysis/analysiscacheloader.h"
#include "core/cache/cache.h"
#include "core/cache/rowinserter.h"
#include "core/cache/sqlstatement.h"
#include "core/util/logging.h"

#include <QAtomicInteger>
#include <QDataStream>
#include <QIODevice>
#include <QElapsedTimer>

namespace livedna {

namespace {

QAtomicInteger<qint64> s_syncTimeNs;

std::optional<double> optReal(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

Status failed(const QString &error)
{
    return Status::failure(ValueRankStore::tr("Cannot rank the services for the Public Value view: %1").arg(error));
}

// Services ranked per blob: the first screen is one row, and a national ranking a few
// hundred rows rather than 125,000 (writing them is most of what ranking adds to a sync).
constexpr int kRanksPerChunk = 256;

enum ValueFlag : quint8 { HasPvi = 1, HasQuality = 2, HasCpt = 4, HasMedian = 8, HasEconomy = 16, HasCost = 32 };

void packOptional(QDataStream &out, const std::optional<double> &v)
{
    if (v)
        out << *v; // QDataStream writes the 64-bit IEEE double as it is: the same bits back
}

void packService(QDataStream &out, qint64 serviceRef, const ServiceValue &v)
{
    const quint8 flags = (v.pvi ? HasPvi : 0) | (v.quality ? HasQuality : 0) | (v.costPerTransaction ? HasCpt : 0)
                         | (v.peerMedianCost ? HasMedian : 0) | (v.economy ? HasEconomy : 0) | (v.cost ? HasCost : 0);
    out << serviceRef << flags << quint8(v.costBasis);
    packOptional(out, v.pvi);
    packOptional(out, v.quality);
    packOptional(out, v.costPerTransaction);
    packOptional(out, v.peerMedianCost);
    packOptional(out, v.economy);
    packOptional(out, v.cost);
}

std::optional<double> unpackOptional(QDataStream &in, quint8 flags, quint8 flag)
{
    if (!(flags & flag))
        return std::nullopt;
    double d = 0.0;
    in >> d;
    return d;
}

ServiceValue unpackService(QDataStream &in, qint64 *serviceRef)
{
    quint8 flags = 0, basis = 0;
    in >> *serviceRef >> flags >> basis;
    ServiceValue v;
    v.costBasis = basis <= quint8(CostBasis::Unknown) ? CostBasis(basis) : CostBasis::Unknown;
    v.pvi = unpackOptional(in, flags, HasPvi);
    v.quality = unpackOptional(in, flags, HasQuality);
    v.costPerTransaction = unpackOptional(in, flags, HasCpt);
    v.peerMedianCost = unpackOptional(in, flags, HasMedian);
    v.economy = unpackOptional(in, flags, HasEconomy);
    v.cost = unpackOptional(in, flags, HasCost);
    return v;
}

Status writeRanking(const QSqlDatabase &db, qint64 commonsRef, const AnalysisInput &in, const ValueRanking &r)
{
    SqlStatement chunks(db, QStringLiteral("INSERT INTO value_rank (commons_ref, chunk, ranks, data) VALUES (?,?,?,?)"));
    for (int first = 0; first < r.services.size(); first += kRanksPerChunk) {
        const int n = std::min(kRanksPerChunk, int(r.services.size()) - first);
        QByteArray data;
        QDataStream out(&data, QIODevice::WriteOnly);
        for (int i = first; i < first + n; ++i)
            packService(out, in.services.at(r.services.at(i).service).rowId, r.services.at(i));
        if (!chunks.exec(commonsRef, first / kRanksPerChunk, n, data))
            return failed(chunks.errorString());
    }
    std::unique_ptr<RowInserter> orgs = RowInserter::create(db, QStringLiteral(
        "INSERT INTO value_org_rank (commons_ref, rank, code, services, scored_services, scored_cost, pvi)"
        " VALUES (?,?,?,?,?,?,?)"));
    if (!orgs->isPrepared())
        return failed(orgs->errorString());
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
    SqlStatement chunks(cache.database(), QStringLiteral(
        "SELECT data FROM value_rank WHERE commons_ref = ? AND chunk <= ? ORDER BY chunk"));
    const int lastChunk = limit <= 0 ? -1 : (limit - 1) / kRanksPerChunk;
    if (!chunks.exec(commonsRef, lastChunk))
        return chunks.errorString();
    SqlStatement service(cache.database(), QStringLiteral(
        "SELECT o.code, s.sid, s.name, s.lgsl, s.volume, s.value, s.total_cost, s.reported_cost, s.brick_count"
        " FROM service s JOIN organisation o ON o.id = s.org_ref WHERE s.id = ? AND o.latest = 1"));
    while (chunks.next() && top->ranking.services.size() < limit) {
        const QByteArray data = chunks.value(0).toByteArray();
        QDataStream in(data);
        while (!in.atEnd() && top->ranking.services.size() < limit) {
            qint64 ref = 0;
            ServiceValue v = unpackService(in, &ref);
            if (in.status() != QDataStream::Ok)
                return ValueRankStore::tr("the stored ranking is damaged");
            if (!service.exec(ref))
                return service.errorString();
            if (!service.next()) {
                top->stored = false; // a service that is gone: not this cache's ranking
                return QString();
            }
            AnalysisService s;
            s.rowId = ref;
            s.org = top->input.orgIndex(service.value(0).toString());
            s.id = service.value(1).toString();
            s.name = service.value(2).toString();
            if (!service.value(3).isNull())
                s.lgsl = service.value(3).toInt();
            s.volume = optReal(service.value(4));
            if (!service.value(5).isNull())
                s.value = AnalysisCacheLoader::valueInputs(service.value(5).toString());
            s.cost = service.value(6).toDouble();
            s.reportedCost = optReal(service.value(7));
            s.bricks = service.value(8).toInt();
            v.service = int(top->input.services.size());
            top->input.services.append(s);
            top->ranking.services.append(v);
        }
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
    // The stored ranks must number the latest organisations' services, and each of the first
    // `limit` be a service of the latest period: otherwise the ranking is not this cache's
    // (the caller computes it in full).
    SqlStatement last(cache.database(), QStringLiteral("SELECT TOTAL(ranks) FROM value_rank WHERE commons_ref = ?"));
    if (!last.exec(info->rowId) || !last.next())
        return Result<Top>::failure(cache.path(), QString(), tr("cannot read the cache: %1").arg(last.errorString()));
    const int stored = int(last.value(0).toDouble());
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
        // Ranks chunk*256 .. chunk*256+ranks-1 with the default weights, packed with
        // QDataStream: per service its service.id (qint64), a presence byte, the cost basis
        // (CostBasis) and the present doubles of pvi, quality, cost per transaction, peer
        // median, economy and cost, in that order. Rewritten by every sync that changes
        // an organisation.
        QStringLiteral(
            "CREATE TABLE value_rank ("
            " commons_ref INTEGER NOT NULL REFERENCES commons(id) ON DELETE CASCADE,"
            " chunk INTEGER NOT NULL,"
            " ranks INTEGER NOT NULL,"
            " data BLOB NOT NULL,"
            " PRIMARY KEY (commons_ref, chunk))"),
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
