#include "core/cache/cache.h"

#include "core/cache/cacheschema.h"
#include "core/cache/sqlstatement.h"
#include "core/util/logging.h"
#include "core/util/migrator.h"

#include <QAtomicInt>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace livedna {

namespace {

QAtomicInt s_connectionCounter;

QDateTime dateFromSql(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (dt.isValid())
        dt = dt.toUTC();
    return dt;
}

std::optional<double> optDouble(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

OrgKind kindFrom(const QVariant &v)
{
    OrgKind kind = OrgKind::Other;
    orgKindFromString(v.toString(), &kind);
    return kind;
}

const QString kOrgColumns = QStringLiteral(
    "o.id, c.commons_id, o.code, o.name, o.kind, o.type, o.region, o.population, o.period,"
    " o.service_count, o.total_cost, o.frontline_cost, o.overhead_cost, o.reported_cost,"
    " o.brick_count, o.bespoke_count, o.reported_frontline, o.reported_frontline_services, o.reported_overhead,"
    " o.reported_overhead_services, o.reported_unclassified, o.reported_unclassified_services, o.reported_unknown");

// An organisation row of one period, or of the latest when `period` is empty; bind the
// period twice.
const QString kPeriodFilter = QStringLiteral(" AND (o.period = ? OR (IFNULL(?, '') = '' AND o.latest = 1))");

ReportedSplit reportedSplitFrom(const SqlStatement &q, int first)
{
    ReportedSplit r;
    r.frontline = q.value(first).toDouble();
    r.frontlineServices = q.value(first + 1).toInt();
    r.overhead = q.value(first + 2).toDouble();
    r.overheadServices = q.value(first + 3).toInt();
    r.unclassified = q.value(first + 4).toDouble();
    r.unclassifiedServices = q.value(first + 5).toInt();
    r.unknown = q.value(first + 6).toInt();
    return r;
}

Source sourceFromJson(const QJsonObject &o)
{
    Source src;
    src.id = o.value(QLatin1String("id")).toString();
    src.title = o.value(QLatin1String("title")).toString();
    src.publisher = o.value(QLatin1String("publisher")).toString();
    src.licence = o.value(QLatin1String("licence")).toString();
    src.url = o.value(QLatin1String("url")).toString();
    src.period = o.value(QLatin1String("period")).toString();
    src.retrieved = o.value(QLatin1String("retrieved")).toString();
    return src;
}

QList<Source> sourcesFrom(const QVariant &v)
{
    QList<Source> list;
    if (v.isNull())
        return list;
    const QJsonArray array = QJsonDocument::fromJson(v.toString().toUtf8()).array();
    for (const QJsonValue &item : array)
        list.append(sourceFromJson(item.toObject()));
    return list;
}

OrgSummary orgSummaryFrom(const SqlStatement &q)
{
    OrgSummary o;
    o.rowId = q.value(0).toLongLong();
    o.commons = q.value(1).toString();
    o.code = q.value(2).toString();
    o.name = q.value(3).toString();
    o.kind = kindFrom(q.value(4));
    o.type = q.value(5).toString();
    o.region = q.value(6).toString();
    if (!q.value(7).isNull())
        o.population = q.value(7).toLongLong();
    o.period = q.value(8).toString();
    o.services = q.value(9).toInt();
    o.cost.total = q.value(10).toDouble();
    o.cost.frontline = q.value(11).toDouble();
    o.cost.overhead = q.value(12).toDouble();
    o.cost.reported = optDouble(q.value(13));
    o.cost.bricks = q.value(14).toInt();
    o.cost.bespoke = q.value(15).toInt();
    o.reported = reportedSplitFrom(q, 16);
    return o;
}

const QString kServiceColumns = QStringLiteral(
    "s.id, s.sid, s.name, s.lgsl, s.category, s.volume, s.value, s.reported_cost,"
    " s.total_cost, s.frontline_cost, s.overhead_cost, s.brick_count, s.bespoke_count,"
    " s.period, s.layer, s.has_reported, s.reported_employees, s.reported_running, s.reported_income,"
    " s.reported_net, s.reported_source, s.source, s.system_count");

std::optional<Layer> layerFrom(const QVariant &v)
{
    Layer layer = Layer::Overhead;
    if (v.isNull() || !layerFromString(v.toString(), &layer))
        return std::nullopt;
    return layer;
}

Service serviceFrom(const SqlStatement &q)
{
    Service s;
    s.id = q.value(1).toString();
    s.name = q.value(2).toString();
    if (!q.value(3).isNull())
        s.lgsl = q.value(3).toInt();
    s.category = q.value(4).toString();
    s.volume = optDouble(q.value(5));
    if (!q.value(6).isNull()) {
        const QJsonObject value = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        for (auto it = value.begin(); it != value.end(); ++it)
            s.value.insert(it.key(), it.value().toDouble());
    }
    s.reportedCostGbp = optDouble(q.value(7));
    s.period = q.value(13).toString();
    s.layer = layerFrom(q.value(14));
    if (q.value(15).toInt() != 0) {
        Reported r;
        r.employeesGbp = optDouble(q.value(16));
        r.runningGbp = optDouble(q.value(17));
        r.incomeGbp = optDouble(q.value(18));
        r.netGbp = optDouble(q.value(19));
        r.source = q.value(20).toString();
        s.reported = r;
    }
    s.source = q.value(21).toString();
    return s;
}

ServiceSummary serviceSummaryFrom(const SqlStatement &q, const QString &orgCode)
{
    ServiceSummary s;
    s.rowId = q.value(0).toLongLong();
    s.orgCode = orgCode;
    s.id = q.value(1).toString();
    s.name = q.value(2).toString();
    if (!q.value(3).isNull())
        s.lgsl = q.value(3).toInt();
    s.category = q.value(4).toString();
    s.cost.reported = optDouble(q.value(7));
    s.cost.total = q.value(8).toDouble();
    s.cost.frontline = q.value(9).toDouble();
    s.cost.overhead = q.value(10).toDouble();
    s.cost.bricks = q.value(11).toInt();
    s.cost.bespoke = q.value(12).toInt();
    s.period = q.value(13).toString();
    s.layer = layerFrom(q.value(14));
    s.systems = q.value(22).toInt();
    return s;
}

// Columns: service_ref, bid, name, uses, capability, declared_capability, cost, fte, basis, source
BrickInstance brickFrom(const SqlStatement &q)
{
    BrickInstance b;
    b.id = q.value(1).toString();
    b.name = q.value(2).toString();
    b.uses = q.value(3).toString();
    // Documents state a capability on bespoke instances; standard ones take the catalogue's,
    // so hand back what the document said rather than the resolved value.
    b.capability = b.uses.isEmpty() ? q.value(4).toString() : q.value(5).toString();
    b.annualCostGbp = q.value(6).toDouble();
    b.fte = optDouble(q.value(7));
    b.basis = q.value(8).toString() == QLatin1String("estimated") ? Basis::Estimated : Basis::Published;
    b.source = q.value(9).toString();
    return b;
}

const QString kBrickColumns = QStringLiteral(
    "bi.service_ref, bi.bid, bi.name, bi.uses, bi.capability, bi.declared_capability, bi.cost, bi.fte, bi.basis,"
    " bi.source");

// Columns: service_ref, sid, name, capability, product, source
SystemUse systemFrom(const SqlStatement &q)
{
    SystemUse y;
    y.id = q.value(1).toString();
    y.name = q.value(2).toString();
    y.capability = q.value(3).toString();
    y.product = q.value(4).toString();
    y.source = q.value(5).toString();
    return y;
}

const QString kSystemColumns = QStringLiteral("ss.service_ref, ss.sid, ss.name, ss.capability, ss.product, ss.source");

} // namespace

Cache::Cache()
    : m_connectionName(QStringLiteral("livedna-cache-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1) + 1))
{
}

Cache::~Cache()
{
    close();
}

QString Cache::dataDirectory()
{
    // The mains name the application differently ("livedna" for the CLI, "LiveDNA" for the
    // GUI), and tests and tools may name it after their executable: every one of them must
    // still find the same cache and drafts, so the folder is fixed here, not by the name.
    QString dir;
    if (QCoreApplication::applicationName() == QLatin1String("livedna")
        && QCoreApplication::organizationName() == QLatin1String("LiveDNA")) {
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    } else {
        dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        if (dir.isEmpty())
            dir = QDir::homePath();
        dir += QStringLiteral("/LiveDNA/livedna");
    }
    return dir;
}

QString Cache::defaultPath()
{
    const QString env = qEnvironmentVariable("LIVEDNA_CACHE");
    if (!env.isEmpty())
        return env;
    return QDir(dataDirectory()).filePath(QStringLiteral("cache.sqlite"));
}

int Cache::schemaVersion()
{
    const QList<Migration> m = cacheMigrations();
    return m.isEmpty() ? 0 : m.last().version;
}

Status Cache::open(const QString &path)
{
    close();
    Status st = openSqlite(m_connectionName, path, QStringLiteral("NORMAL"));
    if (!st)
        return st;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        st = migrate(db, cacheMigrations());
        if (!st) {
            db.close();
        }
    }
    if (!st) {
        QSqlDatabase::removeDatabase(m_connectionName);
        return Status::failure(tr("Cannot use the cache %1: %2").arg(QDir::toNativeSeparators(path), st.error));
    }
    m_path = path;
    qCDebug(lcCache) << "opened cache" << path;
    return Status::success();
}

void Cache::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_path.clear();
}

bool Cache::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName)
           && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Cache::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

// Resolves "" to the most recently synced commons; 0 when there is none.
static qint64 commonsRef(const QSqlDatabase &db, const QString &commonsId)
{
    SqlStatement q(db, commonsId.isEmpty()
                           ? QStringLiteral("SELECT id FROM commons ORDER BY synced_at DESC, id DESC LIMIT 1")
                           : QStringLiteral("SELECT id FROM commons WHERE commons_id = ?"));
    const bool ok = commonsId.isEmpty() ? q.exec() : q.exec(commonsId);
    if (!ok || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

static const QString kCommonsColumns = QStringLiteral(
    "id, commons_id, title, version, published, expires, source, synced_at, index_sha256, public_key");

static CommonsInfo commonsFrom(const SqlStatement &q)
{
    CommonsInfo c;
    c.rowId = q.value(0).toLongLong();
    c.id = q.value(1).toString();
    c.title = q.value(2).toString();
    c.version = q.value(3).toLongLong();
    c.published = dateFromSql(q.value(4));
    c.expires = dateFromSql(q.value(5));
    c.source = q.value(6).toString();
    c.syncedAt = dateFromSql(q.value(7));
    c.indexSha256 = q.value(8).toString();
    c.publicKey = q.value(9).toByteArray();
    return c;
}

QList<CommonsInfo> Cache::commonsList() const
{
    QList<CommonsInfo> list;
    SqlStatement q(database(), QStringLiteral("SELECT ") + kCommonsColumns
                                   + QStringLiteral(" FROM commons ORDER BY synced_at DESC, id DESC"));
    if (!q.exec())
        return list;
    while (q.next())
        list.append(commonsFrom(q));
    return list;
}

std::optional<CommonsInfo> Cache::commons(const QString &commonsId) const
{
    const qint64 ref = commonsRef(database(), commonsId);
    if (!ref)
        return std::nullopt;
    SqlStatement q(database(), QStringLiteral("SELECT ") + kCommonsColumns + QStringLiteral(" FROM commons WHERE id = ?"));
    if (!q.exec(ref) || !q.next())
        return std::nullopt;
    return commonsFrom(q);
}

static void readCapabilities(const QSqlDatabase &db, qint64 ref, Catalogue *cat)
{
    SqlStatement caps(db, QStringLiteral("SELECT id, name, layer, work, source FROM capability WHERE commons_ref = ?"
                                         " ORDER BY position"));
    if (!caps.exec(ref))
        return;
    while (caps.next()) {
        Capability c;
        c.id = caps.value(0).toString();
        c.name = caps.value(1).toString();
        layerFromString(caps.value(2).toString(), &c.layer);
        Work work = Work::Digital;
        if (!caps.value(3).isNull() && workFromString(caps.value(3).toString(), &work))
            c.work = work;
        c.source = caps.value(4).toString();
        cat->capabilities.append(c);
    }
}

static void readCatalogueBricks(const QSqlDatabase &db, qint64 ref, Catalogue *cat)
{
    SqlStatement bricks(db, QStringLiteral("SELECT id, name, capability, provider, evolution, description, standard_cost,"
                                           " source, pricing_unit, pricing_fixed, pricing_per_unit, pricing_source"
                                           " FROM catalogue_brick WHERE commons_ref = ? ORDER BY position"));
    if (!bricks.exec(ref))
        return;
    while (bricks.next()) {
        CatalogueBrick b;
        b.id = bricks.value(0).toString();
        b.name = bricks.value(1).toString();
        b.capability = bricks.value(2).toString();
        b.provider = bricks.value(3).toString();
        b.evolution = bricks.value(4).toString();
        b.description = bricks.value(5).toString();
        b.standardAnnualCostGbp = bricks.value(6).toDouble();
        b.source = bricks.value(7).toString();
        Pricing p;
        if (!bricks.value(8).isNull() && pricingUnitFromString(bricks.value(8).toString(), &p.unit)) {
            p.fixedGbp = bricks.value(9).toDouble();
            p.perUnitGbp = bricks.value(10).toDouble();
            p.source = bricks.value(11).toString();
            b.pricing = p;
        }
        cat->bricks.append(b);
    }
}

static void readProducts(const QSqlDatabase &db, qint64 ref, Catalogue *cat)
{
    SqlStatement products(db, QStringLiteral("SELECT id, name, vendor, capability, source FROM product"
                                             " WHERE commons_ref = ? ORDER BY position"));
    if (!products.exec(ref))
        return;
    while (products.next()) {
        cat->products.append(Product{products.value(0).toString(), products.value(1).toString(),
                                     products.value(2).toString(), products.value(3).toString(),
                                     products.value(4).toString()});
    }
}

Catalogue Cache::catalogue(const QString &commonsId) const
{
    Catalogue cat;
    const QSqlDatabase db = database();
    const qint64 ref = commonsRef(db, commonsId);
    if (!ref)
        return cat;
    readCapabilities(db, ref, &cat);
    readCatalogueBricks(db, ref, &cat);
    readProducts(db, ref, &cat);
    SqlStatement sources(db, QStringLiteral("SELECT catalogue_sources FROM commons WHERE id = ?"));
    if (sources.exec(ref) && sources.next())
        cat.sources = sourcesFrom(sources.value(0));
    cat.reindex();
    return cat;
}

// code -> every period the commons holds for it, ascending.
static QHash<QString, QStringList> periodsByCode(const QSqlDatabase &db, qint64 ref, const QString &code = QString())
{
    QHash<QString, QStringList> periods;
    SqlStatement q(db, QStringLiteral("SELECT code, period FROM organisation WHERE commons_ref = ?"
                                      " AND (IFNULL(?, '') = '' OR code = ?) ORDER BY code, period"));
    if (!q.exec(ref, code, code))
        return periods;
    while (q.next())
        periods[q.value(0).toString()].append(q.value(1).toString());
    return periods;
}

QList<OrgSummary> Cache::organisations(const QString &commonsId) const
{
    QList<OrgSummary> list;
    const QSqlDatabase db = database();
    const qint64 ref = commonsRef(db, commonsId);
    if (!ref)
        return list;
    // One row per organisation: its latest period.
    SqlStatement q(db, QStringLiteral("SELECT ") + kOrgColumns
                           + QStringLiteral(" FROM organisation o JOIN commons c ON c.id = o.commons_ref"
                                            " WHERE o.commons_ref = ? AND o.latest = 1 ORDER BY o.name, o.code"));
    if (!q.exec(ref))
        return list;
    while (q.next())
        list.append(orgSummaryFrom(q));
    q.finish();
    const QHash<QString, QStringList> periods = periodsByCode(db, ref);
    for (OrgSummary &o : list)
        o.periods = periods.value(o.code);
    return list;
}

std::optional<OrgSummary> Cache::organisationSummary(const QString &code, const QString &commonsId,
                                                     const QString &period) const
{
    const QSqlDatabase db = database();
    const qint64 ref = commonsRef(db, commonsId);
    if (!ref)
        return std::nullopt;
    SqlStatement q(db, QStringLiteral("SELECT ") + kOrgColumns
                           + QStringLiteral(" FROM organisation o JOIN commons c ON c.id = o.commons_ref"
                                            " WHERE o.commons_ref = ? AND o.code = ?")
                           + kPeriodFilter);
    if (!q.exec(ref, code, period, period) || !q.next())
        return std::nullopt;
    OrgSummary o = orgSummaryFrom(q);
    q.finish();
    o.periods = periodsByCode(db, ref, code).value(code);
    return o;
}

QStringList Cache::periods(const QString &code, const QString &commonsId) const
{
    const QSqlDatabase db = database();
    const qint64 ref = commonsRef(db, commonsId);
    if (!ref)
        return {};
    return periodsByCode(db, ref, code).value(code);
}

static qint64 orgRef(const QSqlDatabase &db, qint64 commons, const QString &code, const QString &period)
{
    SqlStatement q(db, QStringLiteral("SELECT o.id FROM organisation o WHERE o.commons_ref = ? AND o.code = ?")
                           + kPeriodFilter);
    if (!q.exec(commons, code, period, period) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QList<ServiceSummary> Cache::services(const QString &orgCode, const QString &commonsId, const QString &period) const
{
    QList<ServiceSummary> list;
    const QSqlDatabase db = database();
    const qint64 org = orgRef(db, commonsRef(db, commonsId), orgCode, period);
    if (!org)
        return list;
    SqlStatement q(db, QStringLiteral("SELECT ") + kServiceColumns
                           + QStringLiteral(" FROM service s WHERE s.org_ref = ? ORDER BY s.position"));
    if (!q.exec(org))
        return list;
    while (q.next())
        list.append(serviceSummaryFrom(q, orgCode));
    return list;
}

// Bricks, flows and systems of the services of one organisation row (or of one service row
// when `serviceRow` is set), appended to `services` through `index` (service row -> position).
static void readServiceParts(const QSqlDatabase &db, qint64 orgId, qint64 serviceRow, const QHash<qint64, int> &index,
                             QList<Service> *services)
{
    const QString where = serviceRow ? QStringLiteral(" WHERE s.id = ?") : QStringLiteral(" WHERE s.org_ref = ?");
    const qint64 key = serviceRow ? serviceRow : orgId;
    const auto target = [&](qint64 serviceRef) -> Service * {
        const auto it = index.constFind(serviceRef);
        return it == index.cend() ? nullptr : &(*services)[*it];
    };
    SqlStatement bq(db, QStringLiteral("SELECT ") + kBrickColumns
                            + QStringLiteral(" FROM brick_instance bi JOIN service s ON s.id = bi.service_ref") + where
                            + QStringLiteral(" ORDER BY bi.service_ref, bi.position"));
    if (bq.exec(key)) {
        while (bq.next()) {
            if (Service *s = target(bq.value(0).toLongLong()))
                s->bricks.append(brickFrom(bq));
        }
    }
    SqlStatement fq(db, QStringLiteral("SELECT f.service_ref, f.from_bid, f.to_bid, f.label"
                                       " FROM flow f JOIN service s ON s.id = f.service_ref")
                            + where + QStringLiteral(" ORDER BY f.service_ref, f.position"));
    if (fq.exec(key)) {
        while (fq.next()) {
            if (Service *s = target(fq.value(0).toLongLong()))
                s->flows.append(Flow{fq.value(1).toString(), fq.value(2).toString(), fq.value(3).toString()});
        }
    }
    SqlStatement yq(db, QStringLiteral("SELECT ") + kSystemColumns
                            + QStringLiteral(" FROM service_system ss JOIN service s ON s.id = ss.service_ref") + where
                            + QStringLiteral(" ORDER BY ss.service_ref, ss.position"));
    if (yq.exec(key)) {
        while (yq.next()) {
            if (Service *s = target(yq.value(0).toLongLong()))
                s->systems.append(systemFrom(yq));
        }
    }
}

std::optional<Organisation> Cache::organisation(const QString &code, const QString &commonsId,
                                                const QString &period) const
{
    const QSqlDatabase db = database();
    const qint64 ref = commonsRef(db, commonsId);
    if (!ref)
        return std::nullopt;
    SqlStatement q(db, QStringLiteral("SELECT o.id, o.code, o.name, o.kind, o.type, o.region, o.population,"
                                      " o.neighbours, o.period, o.sources"
                                      " FROM organisation o WHERE o.commons_ref = ? AND o.code = ?")
                           + kPeriodFilter);
    if (!q.exec(ref, code, period, period) || !q.next())
        return std::nullopt;
    Organisation org;
    const qint64 orgId = q.value(0).toLongLong();
    org.code = q.value(1).toString();
    org.name = q.value(2).toString();
    org.kind = kindFrom(q.value(3));
    org.type = q.value(4).toString();
    org.region = q.value(5).toString();
    if (!q.value(6).isNull())
        org.population = q.value(6).toLongLong();
    const QJsonArray neighbours = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array();
    for (const QJsonValue &n : neighbours)
        org.neighbours.append(n.toString());
    org.period = q.value(8).toString();
    org.sources = sourcesFrom(q.value(9));
    q.finish();

    QHash<qint64, int> serviceIndex;
    SqlStatement sq(db, QStringLiteral("SELECT ") + kServiceColumns
                            + QStringLiteral(" FROM service s WHERE s.org_ref = ? ORDER BY s.position"));
    if (sq.exec(orgId)) {
        while (sq.next()) {
            serviceIndex.insert(sq.value(0).toLongLong(), org.services.size());
            org.services.append(serviceFrom(sq));
        }
    }
    readServiceParts(db, orgId, 0, serviceIndex, &org.services);
    return org;
}

std::optional<Service> Cache::service(const QString &orgCode, const QString &serviceId, const QString &commonsId,
                                      const QString &period) const
{
    const QSqlDatabase db = database();
    const qint64 org = orgRef(db, commonsRef(db, commonsId), orgCode, period);
    if (!org)
        return std::nullopt;
    SqlStatement sq(db, QStringLiteral("SELECT ") + kServiceColumns
                            + QStringLiteral(" FROM service s WHERE s.org_ref = ? AND s.sid = ?"));
    if (!sq.exec(org, serviceId) || !sq.next())
        return std::nullopt;
    const qint64 serviceRow = sq.value(0).toLongLong();
    QList<Service> one{serviceFrom(sq)};
    sq.finish();
    readServiceParts(db, org, serviceRow, {{serviceRow, 0}}, &one);
    return one.constFirst();
}

QList<HistoryEntry> Cache::history(const QString &commonsId) const
{
    QList<HistoryEntry> list;
    const QSqlDatabase db = database();
    const qint64 ref = commonsRef(db, commonsId);
    if (!ref)
        return list;
    SqlStatement q(db, QStringLiteral("SELECT id, version, accepted_at, index_sha256, source FROM index_history"
                                      " WHERE commons_ref = ? ORDER BY version DESC, id DESC"));
    if (!q.exec(ref))
        return list;
    SqlStatement changes(db, QStringLiteral("SELECT path, change FROM index_history_change WHERE history_ref = ?"
                                            " ORDER BY rowid"));
    while (q.next()) {
        HistoryEntry e;
        e.version = q.value(1).toLongLong();
        e.acceptedAt = dateFromSql(q.value(2));
        e.indexSha256 = q.value(3).toString();
        e.source = q.value(4).toString();
        if (changes.exec(q.value(0).toLongLong())) {
            while (changes.next()) {
                const QString path = changes.value(0).toString();
                const QString change = changes.value(1).toString();
                if (change == QLatin1String("added"))
                    e.added.append(path);
                else if (change == QLatin1String("changed"))
                    e.changed.append(path);
                else
                    e.removed.append(path);
            }
        }
        list.append(e);
    }
    return list;
}

QHash<QString, QString> Cache::documentHashes(const QString &commonsId) const
{
    QHash<QString, QString> hashes;
    const QSqlDatabase db = database();
    const qint64 ref = commonsRef(db, commonsId);
    if (!ref)
        return hashes;
    SqlStatement q(db, QStringLiteral("SELECT path, sha256 FROM document WHERE commons_ref = ?"));
    if (!q.exec(ref))
        return hashes;
    while (q.next())
        hashes.insert(q.value(0).toString(), q.value(1).toString());
    return hashes;
}

QList<IndexEntry> Cache::documents(const QString &commonsId) const
{
    QList<IndexEntry> list;
    const QSqlDatabase db = database();
    const qint64 ref = commonsRef(db, commonsId);
    if (!ref)
        return list;
    SqlStatement q(db, QStringLiteral("SELECT path, type, org, sha256, bytes, period FROM document WHERE commons_ref = ?"
                                      " ORDER BY path"));
    if (!q.exec(ref))
        return list;
    while (q.next()) {
        IndexEntry e;
        e.path = q.value(0).toString();
        const QString type = q.value(1).toString();
        e.type = type == QLatin1String("bricks") ? DocumentType::Bricks
                 : type == QLatin1String("lgsl") ? DocumentType::Lgsl
                 : type == QLatin1String("areas") ? DocumentType::Areas
                 : type == QLatin1String("benchmarks") ? DocumentType::Benchmarks
                                                 : DocumentType::Organisation;
        e.org = q.value(2).toString();
        e.sha256 = q.value(3).toString();
        e.bytes = q.value(4).toLongLong();
        e.period = q.value(5).toString();
        list.append(e);
    }
    return list;
}

bool Cache::isEmpty() const
{
    SqlStatement q(database(), QStringLiteral("SELECT EXISTS (SELECT 1 FROM commons)"));
    if (!q.exec() || !q.next())
        return true;
    return !q.value(0).toBool();
}

Status Cache::setPublicKey(const QString &commonsId, const QByteArray &key)
{
    SqlStatement q(database(), QStringLiteral("UPDATE commons SET public_key = ? WHERE commons_id = ?"));
    if (!q.exec(key.isEmpty() ? QVariant() : QVariant(key), commonsId))
        return Status::failure(tr("Cannot record the public key: %1").arg(q.errorString()));
    if (q.query().numRowsAffected() != 1)
        return Status::failure(tr("The cache holds no commons named %1.").arg(commonsId));
    return Status::success();
}

} // namespace livedna
