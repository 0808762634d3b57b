#include "core/analysis/analysiscacheloader.h"

#include "core/cache/cache.h"
#include "core/cache/rowinserter.h"
#include "core/cache/rowreader.h"
#include "core/cache/sqlstatement.h"
#include "core/util/logging.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>

namespace livedna {

namespace {

QAtomicInt s_portableOnly;

// The string for some UTF-8 bytes, shared with every earlier occurrence.
QString internText(QHash<QByteArray, QString> &pool, const QByteArray &bytes)
{
    const auto it = pool.constFind(bytes);
    if (it != pool.cend())
        return *it;
    const QByteArray key(bytes.constData(), bytes.size()); // detach from SQLite's buffer
    return *pool.insert(key, QString::fromUtf8(key));
}

Result<AnalysisInput> readFailed(const Cache &cache, const QString &error)
{
    return Result<AnalysisInput>::failure(cache.path(), QString(),
                                          AnalysisCacheLoader::tr("cannot read the cache: %1").arg(error));
}

std::optional<CommonsInfo> findCommons(const Cache &cache, const QString &commonsId, QString *error)
{
    if (!cache.isOpen()) {
        *error = AnalysisCacheLoader::tr("the cache is not open");
        return std::nullopt;
    }
    std::optional<CommonsInfo> info = cache.commons(commonsId);
    if (!info)
        *error = commonsId.isEmpty() ? AnalysisCacheLoader::tr("the cache holds no commons; run 'livedna-cli sync' first")
                                     : AnalysisCacheLoader::tr("the cache holds no commons '%1'").arg(commonsId);
    return info;
}

QString loadOrganisationRows(QSqlDatabase db, qint64 commonsRef, bool raw, AnalysisInput *in,
                             QHash<qint64, int> *orgOfRow);

// The catalogue and the latest period of every organisation, by code; returns an error text.
QString loadOrganisations(const Cache &cache, const CommonsInfo &info, bool raw, AnalysisInput *in,
                          QHash<qint64, int> *orgOfRow)
{
    in->catalogue = cache.catalogue(info.id);
    in->catalogue.reindex();
    return loadOrganisationRows(cache.database(), info.rowId, raw, in, orgOfRow);
}

// The latest period of every organisation, by code, without the catalogue.
QString loadOrganisationRows(QSqlDatabase db, qint64 commonsRef, bool raw, AnalysisInput *in,
                             QHash<qint64, int> *orgOfRow)
{
    in->reindex();
    RowReader rows(db,
              "SELECT id, code, name, kind, population FROM organisation WHERE commons_ref = ? AND latest = 1 ORDER BY code",
              commonsRef, raw);
    while (rows.next()) {
        AnalysisOrg o;
        o.code = rows.text(1);
        o.name = rows.text(2);
        orgKindFromString(rows.text(3), &o.kind);
        if (!rows.isNull(4))
            o.population = rows.int64(4);
        orgOfRow->insert(rows.int64(0), int(in->orgs.size()));
        in->orgs.append(o);
    }
    in->reindex();
    return rows.error();
}

// The services of the latest period of every organisation in `orgOfRow`, in row order (each
// organisation's services in document order); with Parts other than ServicesOnly also their
// row ids' indices for the instance scan. Returns an error text.
QString loadServiceRows(QSqlDatabase db, qint64 commonsRef, bool onlyCommons, bool raw,
                        AnalysisCacheLoader::Parts parts, const QHash<qint64, int> &orgOfRow, AnalysisInput *out,
                        QHash<qint64, int> *serviceOfRow)
{
    // Only the Public Value Index reads the value inputs; parsing them is a third of a
    // national-scale load, hence Parts::NoValueInputs. With one commons in the cache (the
    // usual case) a plain scan of the table reads the same rows as the join at a fraction
    // of the cost (no index seek per row); the organisation lookup drops rows of other
    // commons and of periods other than the latest either way.
    const bool withValues = parts != AnalysisCacheLoader::Parts::NoValueInputs;
    AnalysisInput &in = *out;
    const QByteArray sql = QByteArray("SELECT s.id, s.org_ref, s.sid, s.name, s.lgsl, s.volume, ")
                           + (withValues ? "s.value" : "NULL")
                           + ", s.total_cost, s.reported_cost, s.brick_count"
                           + (onlyCommons ? " FROM service s WHERE ?1 IS NOT NULL"
                                          : " FROM organisation o JOIN service s ON s.org_ref = o.id"
                                            " WHERE o.commons_ref = ?1 AND o.latest = 1");
    RowReader rows(db, sql.constData(), commonsRef, raw);
    serviceOfRow->reserve(qsizetype(orgOfRow.size()) * 32);
    {
        // The organisations' own service counts size the list once, rather than
        // growing it 125,000 times at national scale.
        RowReader count(db, "SELECT SUM(service_count) FROM organisation WHERE commons_ref = ? AND latest = 1",
                        commonsRef, raw);
        if (count.next() && !count.isNull(0))
            in.services.reserve(qsizetype(count.int64(0)));
    }
    QHash<QByteArray, QString> serviceIds, serviceNames;
    while (rows.next()) {
        AnalysisService s;
        s.org = orgOfRow.value(rows.int64(1), -1);
        if (s.org < 0)
            continue;
        s.rowId = rows.int64(0);
        // Service ids and names repeat across organisations: share one string each.
        s.id = internText(serviceIds, rows.rawText(2));
        s.name = internText(serviceNames, rows.rawText(3));
        if (!rows.isNull(4))
            s.lgsl = int(rows.int64(4));
        if (!rows.isNull(5))
            s.volume = rows.real(5);
        if (withValues && !rows.isNull(6))
            s.value = AnalysisCacheLoader::valueInputs(rows.rawText(6)); // the bytes as SQLite holds them
        s.cost = rows.real(7);
        if (!rows.isNull(8))
            s.reportedCost = rows.real(8);
        s.bricks = int(rows.int64(9));
        if (parts != AnalysisCacheLoader::Parts::ServicesOnly)
            serviceOfRow->insert(s.rowId, int(in.services.size()));
        in.services.append(s);
    }
    return rows.error();
}

std::optional<double> optionalReal(const RowReader &rows, int col)
{
    return rows.isNull(col) ? std::nullopt : std::optional<double>(rows.real(col));
}

// capability_summary rows, in organisation (code) order and then the order each figure is
// summed in: exactly the figures FigureTallier gives from the instances.
QString loadFigures(QSqlDatabase db, qint64 commonsRef, bool raw, const QHash<qint64, int> &orgOfRow,
                    AnalysisSummary *out)
{
    RowReader rows(db,
              "SELECT cs.org_ref, cs.capability, cs.layer, cs.standard_instances, cs.bespoke_instances,"
              " cs.standard_cost, cs.bespoke_cost, cs.bespoke_volume, cs.bespoke_fte, cs.fte_known, cs.fte_unknown"
              " FROM organisation o JOIN capability_summary cs ON cs.org_ref = o.id"
              " WHERE o.commons_ref = ? AND o.latest = 1 ORDER BY o.code, cs.position",
              commonsRef, raw);
    AnalysisInput &in = out->input;
    QHash<QString, Layer> layers;
    while (rows.next()) {
        OrgCapabilityFigure f;
        f.org = orgOfRow.value(rows.int64(0), -1);
        if (f.org < 0)
            continue;
        const QString capability = rows.text(1);
        f.capability = in.internCapability(capability);
        layerFromString(rows.text(2), &f.layer);
        f.standardInstances = int(rows.int64(3));
        f.bespokeInstances = int(rows.int64(4));
        f.standardGbp = rows.real(5);
        f.bespokeGbp = rows.real(6);
        f.bespokeVolume = optionalReal(rows, 7);
        f.bespokeFte = optionalReal(rows, 8);
        f.fteKnown = rows.real(9);
        f.fteUnknown = int(rows.int64(10));
        out->figures.push_back(std::move(f));
    }
    std::stable_sort(out->figures.begin(), out->figures.end(),
                     [](const OrgCapabilityFigure &a, const OrgCapabilityFigure &b) { return a.org < b.org; });
    return rows.error();
}

QString loadCoverage(QSqlDatabase db, qint64 commonsRef, bool raw, const QHash<qint64, int> &orgOfRow,
                     AnalysisSummary *out)
{
    out->coverage.assign(size_t(out->input.orgs.size()), RollupCoverage());
    RowReader rows(db,
              "SELECT os.org_ref, os.services, os.reported_services, os.reported_cost, os.mapped_cost,"
              " os.share_reported, os.share_mapped, os.instances"
              " FROM organisation o JOIN org_summary os ON os.org_ref = o.id WHERE o.commons_ref = ? AND o.latest = 1",
              commonsRef, raw);
    while (rows.next()) {
        const int org = orgOfRow.value(rows.int64(0), -1);
        if (org < 0)
            continue;
        RollupCoverage &c = out->coverage[size_t(org)];
        c.services = int(rows.int64(1));
        c.reportedServices = int(rows.int64(2));
        c.reportedGbp = optionalReal(rows, 3);
        c.mappedGbp = rows.real(4);
        c.shareReportedGbp = rows.real(5);
        c.shareMappedGbp = rows.real(6);
        c.instances = rows.int64(7);
    }
    return rows.error();
}

} // namespace

Result<AnalysisSummary> AnalysisCacheLoader::loadSummary(const Cache &cache, const QString &commonsId)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    const std::optional<CommonsInfo> info = findCommons(cache, commonsId, &error);
    if (!info)
        return Result<AnalysisSummary>::failure(cache.path(), QString(), error);
    const bool raw = !s_portableOnly.loadRelaxed() && RowInserter::rawHandleUsable(cache.database());
    AnalysisSummary out;
    QHash<qint64, int> orgOfRow;
    error = loadOrganisations(cache, *info, raw, &out.input, &orgOfRow);
    if (error.isEmpty())
        error = loadFigures(cache.database(), info->rowId, raw, orgOfRow, &out);
    if (error.isEmpty())
        error = loadCoverage(cache.database(), info->rowId, raw, orgOfRow, &out);
    if (!error.isEmpty())
        return Result<AnalysisSummary>::failure(cache.path(), QString(), tr("cannot read the cache: %1").arg(error));
    out.input.reindex();
    qCDebug(lcAnalysis, "loaded the summary of %d organisations, %zu figures in %lld ms", int(out.input.orgs.size()),
            out.figures.size(), static_cast<long long>(timer.elapsed()));
    return out;
}

Result<AnalysisInput> AnalysisCacheLoader::loadDetail(const Cache &cache, const QString &commonsId,
                                                      const QString &orgCode, const QString &capabilityId)
{
    QString error;
    const std::optional<CommonsInfo> info = findCommons(cache, commonsId, &error);
    if (!info)
        return Result<AnalysisInput>::failure(cache.path(), QString(), error);
    const bool raw = !s_portableOnly.loadRelaxed() && RowInserter::rawHandleUsable(cache.database());
    AnalysisInput in;
    QHash<qint64, int> orgOfRow;
    error = loadOrganisations(cache, *info, raw, &in, &orgOfRow);
    if (!error.isEmpty())
        return readFailed(cache, error);
    const int org = in.orgIndex(orgCode);
    if (org < 0)
        return in;
    // One organisation's instances of one capability: the service index narrows it to a few
    // thousand rows at most.
    SqlStatement q(cache.database(), QStringLiteral(
        "SELECT s.id, s.sid, s.name, s.lgsl, s.volume, s.total_cost, s.reported_cost, s.brick_count,"
        " b.id, b.bid, b.uses, b.cost, b.fte, b.name"
        " FROM organisation o JOIN service s ON s.org_ref = o.id JOIN brick_instance b ON b.service_ref = s.id"
        " WHERE o.commons_ref = ? AND o.latest = 1 AND o.code = ? AND b.capability = ?"
        " ORDER BY s.position, b.position"));
    if (!q.exec(info->rowId, orgCode, capabilityId))
        return readFailed(cache, q.errorString());
    const int capability = in.internCapability(capabilityId);
    // Every instance has its capability's layer (layerOf(): unknown counts as overhead).
    Layer layer = Layer::Overhead;
    {
        SqlStatement c(cache.database(), QStringLiteral("SELECT layer FROM capability WHERE commons_ref = ? AND id = ?"));
        if (!c.exec(info->rowId, capabilityId))
            return readFailed(cache, c.errorString());
        if (c.next())
            layerFromString(c.value(0).toString(), &layer);
    }
    qint64 serviceRow = -1;
    while (q.next()) {
        if (q.value(0).toLongLong() != serviceRow) {
            serviceRow = q.value(0).toLongLong();
            AnalysisService s;
            s.org = org;
            s.rowId = serviceRow;
            s.id = q.value(1).toString();
            s.name = q.value(2).toString();
            if (!q.value(3).isNull())
                s.lgsl = q.value(3).toInt();
            if (!q.value(4).isNull())
                s.volume = q.value(4).toDouble();
            s.cost = q.value(5).toDouble();
            if (!q.value(6).isNull())
                s.reportedCost = q.value(6).toDouble();
            s.bricks = q.value(7).toInt();
            in.services.append(s);
        }
        AnalysisInstance inst;
        inst.rowId = q.value(8).toLongLong();
        inst.org = org;
        inst.service = int(in.services.size()) - 1;
        inst.capability = capability;
        inst.bid = q.value(9).toString();
        inst.uses = q.value(10).toString();
        inst.cost = q.value(11).toDouble();
        if (!q.value(12).isNull())
            inst.fte = q.value(12).toDouble();
        inst.layer = layer;
        in.instances.push_back(std::move(inst));
        in.instanceNames.push_back(q.value(13).toString());
    }
    return in;
}

Result<AnalysisInput> AnalysisCacheLoader::loadServices(QSqlDatabase db, qint64 commonsRef)
{
    const bool raw = !s_portableOnly.loadRelaxed() && RowInserter::rawHandleUsable(db);
    AnalysisInput in;
    QHash<qint64, int> orgOfRow;
    QString error = loadOrganisationRows(db, commonsRef, raw, &in, &orgOfRow);
    bool onlyCommons = false;
    if (error.isEmpty()) {
        RowReader commons(db, "SELECT COUNT(*) = 1 FROM commons WHERE ?1 IS NOT NULL", commonsRef, raw);
        onlyCommons = commons.next() && commons.int64(0) != 0;
        error = commons.error();
    }
    QHash<qint64, int> serviceOfRow;
    if (error.isEmpty())
        error = loadServiceRows(db, commonsRef, onlyCommons, raw, Parts::ServicesOnly, orgOfRow, &in, &serviceOfRow);
    if (!error.isEmpty())
        return Result<AnalysisInput>::failure(QString(), QString(), tr("cannot read the cache: %1").arg(error));
    in.reindex();
    return in;
}

QMap<QString, double> AnalysisCacheLoader::valueInputs(const QString &json)
{
    return valueInputs(json.toUtf8());
}

QMap<QString, double> AnalysisCacheLoader::valueInputs(const QByteArray &utf8)
{
    QMap<QString, double> out;
    const QJsonObject value = QJsonDocument::fromJson(utf8).object();
    for (auto it = value.begin(); it != value.end(); ++it) {
        if (it.value().isDouble())
            out.insert(it.key(), it.value().toDouble());
    }
    return out;
}

void AnalysisCacheLoader::setPortableReadsOnly(bool on)
{
    s_portableOnly.storeRelaxed(on ? 1 : 0);
}

Result<AnalysisInput> AnalysisCacheLoader::load(const Cache &cache, const QString &commonsId, Parts parts)
{
    QElapsedTimer timer;
    timer.start();
    QString findError;
    const std::optional<CommonsInfo> info = findCommons(cache, commonsId, &findError);
    if (!info)
        return Result<AnalysisInput>::failure(cache.path(), QString(), findError);

    AnalysisInput in;
    QSqlDatabase db = cache.database();
    const bool raw = !s_portableOnly.loadRelaxed() && RowInserter::rawHandleUsable(db);
    QHash<qint64, int> orgOfRow;
    const QString orgsError = loadOrganisations(cache, *info, raw, &in, &orgOfRow);
    if (!orgsError.isEmpty())
        return readFailed(cache, orgsError);
    const qint64 orgsMs = timer.elapsed();

    // No ORDER BY on the big scans: the joins already yield rows organisation by
    // organisation and service by service, and sorting a million rows costs more than the
    // analysis. With one commons in the cache (the usual case) plain scans of the tables
    // read the same rows as the joins at a fraction of the cost.
    const bool onlyCommons = cache.commonsList().size() == 1;
    QHash<qint64, int> serviceOfRow;
    const QString servicesError =
        loadServiceRows(db, info->rowId, onlyCommons, raw, parts, orgOfRow, &in, &serviceOfRow);
    if (!servicesError.isEmpty())
        return readFailed(cache, servicesError);
    const qint64 servicesMs = timer.elapsed();

    if (parts != Parts::ServicesOnly) {
        // With one commons in the cache (the usual case) a plain scan of brick_instance reads
        // the same rows as the join at a fraction of the cost; the service lookup below
        // drops rows of any other commons, and of periods other than the latest, either way.
        RowReader rows(db,
                  onlyCommons ? "SELECT b.id, b.service_ref, b.bid, b.uses, b.capability, b.cost, b.fte"
                                " FROM brick_instance b WHERE ?1 IS NOT NULL"
                              : "SELECT b.id, b.service_ref, b.bid, b.uses, b.capability, b.cost, b.fte"
                                " FROM organisation o JOIN service s ON s.org_ref = o.id"
                                " JOIN brick_instance b ON b.service_ref = s.id WHERE o.commons_ref = ?1 AND o.latest = 1",
                  info->rowId, raw);
        in.instances.reserve(size_t(in.services.size()) * 8);
        // Services repeat row after row and a few dozen capability ids a million times:
        // look each up once, never build a QString for them per row. The layer is the
        // effective capability's, as layerOf defines it.
        struct CapabilitySlot
        {
            int index;
            Layer layer;
        };
        QHash<QByteArray, CapabilitySlot> capabilityOf;
        // Brick ids ("apply", "case", ...) and catalogue ids repeat across services and
        // organisations: interning shares one string between their instances.
        QHash<QByteArray, QString> bids, uses;
        auto intern = [](QHash<QByteArray, QString> &pool, const QByteArray &bytes) {
            const auto it = pool.constFind(bytes);
            if (it != pool.cend())
                return *it;
            const QByteArray key(bytes.constData(), bytes.size()); // detach from SQLite's buffer
            return *pool.insert(key, QString::fromUtf8(key));
        };
        qint64 serviceRef = -1;
        int service = -1, org = -1;
        while (rows.next()) {
            const qint64 ref = rows.int64(1);
            if (ref != serviceRef) {
                serviceRef = ref;
                service = serviceOfRow.value(ref, -1);
                org = service >= 0 ? in.services.at(service).org : -1;
            }
            if (service < 0)
                continue;
            const QByteArray capBytes = rows.rawText(4);
            auto slot = capabilityOf.constFind(capBytes);
            if (slot == capabilityOf.cend()) {
                const QString id = QString::fromUtf8(capBytes);
                const Capability *c = in.catalogue.capability(id);
                // Detach the key from SQLite's buffer before keeping it.
                slot = capabilityOf.insert(QByteArray(capBytes.constData(), capBytes.size()),
                                           {in.internCapability(id), c ? c->layer : Layer::Overhead});
            }
            const int capability = slot->index;
            const Layer layer = slot->layer;
            AnalysisInstance inst;
            inst.rowId = rows.int64(0);
            inst.org = org;
            inst.service = service;
            inst.capability = capability;
            inst.layer = layer;
            inst.bid = intern(bids, rows.rawText(2));
            if (!rows.isNull(3))
                inst.uses = intern(uses, rows.rawText(3));
            inst.cost = rows.real(5);
            if (!rows.isNull(6))
                inst.fte = rows.real(6);
            in.instances.push_back(std::move(inst));
        }
        if (!rows.error().isEmpty())
            return readFailed(cache, rows.error());
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
