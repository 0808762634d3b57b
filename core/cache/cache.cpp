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
    " o.brick_count, o.bespoke_count");

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
    return o;
}

const QString kServiceColumns = QStringLiteral(
    "s.id, s.sid, s.name, s.lgsl, s.category, s.volume, s.value, s.reported_cost,"
    " s.total_cost, s.frontline_cost, s.overhead_cost, s.brick_count, s.bespoke_count");

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
    return s;
}

// Columns: service_ref, bid, name, uses, capability, declared_capability, cost, fte
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
    return b;
}

const QString kBrickColumns = QStringLiteral(
    "bi.service_ref, bi.bid, bi.name, bi.uses, bi.capability, bi.declared_capability, bi.cost, bi.fte");

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

Catalogue Cache::catalogue(const QString &commonsId) const
{
    Catalogue cat;
    const QSqlDatabase db = database();
    const qint64 ref = commonsRef(db, commonsId);
    if (!ref)
        return cat;
    SqlStatement caps(db, QStringLiteral("SELECT id, name, layer FROM capability WHERE commons_ref = ? ORDER BY position"));
    if (caps.exec(ref)) {
        while (caps.next()) {
            Capability c;
            c.id = caps.value(0).toString();
            c.name = caps.value(1).toString();
            layerFromString(caps.value(2).toString(), &c.layer);
            cat.capabilities.append(c);
        }
    }
    SqlStatement bricks(db, QStringLiteral("SELECT id, name, capability, provider, evolution, description, standard_cost"
                                           " FROM catalogue_brick WHERE commons_ref = ? ORDER BY position"));
    if (bricks.exec(ref)) {
        while (bricks.next()) {
            CatalogueBrick b;
            b.id = bricks.value(0).toString();
            b.name = bricks.value(1).toString();
            b.capability = bricks.value(2).toString();
            b.provider = bricks.value(3).toString();
            b.evolution = bricks.value(4).toString();
            b.description = bricks.value(5).toString();
            b.standardAnnualCostGbp = bricks.value(6).toDouble();
            cat.bricks.append(b);
        }
    }
    cat.reindex();
    return cat;
}

QList<OrgSummary> Cache::organisations(const QString &commonsId) const
{
    QList<OrgSummary> list;
    const QSqlDatabase db = database();
    const qint64 ref = commonsRef(db, commonsId);
    if (!ref)
        return list;
    SqlStatement q(db, QStringLiteral("SELECT ") + kOrgColumns
                           + QStringLiteral(" FROM organisation o JOIN commons c ON c.id = o.commons_ref"
                                            " WHERE o.commons_ref = ? ORDER BY o.name, o.code"));
    if (!q.exec(ref))
        return list;
    while (q.next())
        list.append(orgSummaryFrom(q));
    return list;
}

std::optional<OrgSummary> Cache::organisationSummary(const QString &code, const QString &commonsId) const
{
    const QSqlDatabase db = database();
    const qint64 ref = commonsRef(db, commonsId);
    if (!ref)
        return std::nullopt;
    SqlStatement q(db, QStringLiteral("SELECT ") + kOrgColumns
                           + QStringLiteral(" FROM organisation o JOIN commons c ON c.id = o.commons_ref"
                                            " WHERE o.commons_ref = ? AND o.code = ?"));
    if (!q.exec(ref, code) || !q.next())
        return std::nullopt;
    return orgSummaryFrom(q);
}

static qint64 orgRef(const QSqlDatabase &db, qint64 commons, const QString &code)
{
    SqlStatement q(db, QStringLiteral("SELECT id FROM organisation WHERE commons_ref = ? AND code = ?"));
    if (!q.exec(commons, code) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QList<ServiceSummary> Cache::services(const QString &orgCode, const QString &commonsId) const
{
    QList<ServiceSummary> list;
    const QSqlDatabase db = database();
    const qint64 org = orgRef(db, commonsRef(db, commonsId), orgCode);
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

std::optional<Organisation> Cache::organisation(const QString &code, const QString &commonsId) const
{
    const QSqlDatabase db = database();
    const qint64 ref = commonsRef(db, commonsId);
    if (!ref)
        return std::nullopt;
    SqlStatement q(db, QStringLiteral("SELECT id, code, name, kind, type, region, population, neighbours, period"
                                      " FROM organisation WHERE commons_ref = ? AND code = ?"));
    if (!q.exec(ref, code) || !q.next())
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

    QHash<qint64, int> serviceIndex;
    SqlStatement sq(db, QStringLiteral("SELECT ") + kServiceColumns
                            + QStringLiteral(" FROM service s WHERE s.org_ref = ? ORDER BY s.position"));
    if (sq.exec(orgId)) {
        while (sq.next()) {
            serviceIndex.insert(sq.value(0).toLongLong(), org.services.size());
            org.services.append(serviceFrom(sq));
        }
    }
    SqlStatement bq(db, QStringLiteral("SELECT ") + kBrickColumns
                            + QStringLiteral(" FROM brick_instance bi JOIN service s ON s.id = bi.service_ref"
                                             " WHERE s.org_ref = ? ORDER BY bi.service_ref, bi.position"));
    if (bq.exec(orgId)) {
        while (bq.next()) {
            const auto it = serviceIndex.constFind(bq.value(0).toLongLong());
            if (it != serviceIndex.cend())
                org.services[*it].bricks.append(brickFrom(bq));
        }
    }
    SqlStatement fq(db, QStringLiteral("SELECT f.service_ref, f.from_bid, f.to_bid, f.label"
                                       " FROM flow f JOIN service s ON s.id = f.service_ref"
                                       " WHERE s.org_ref = ? ORDER BY f.service_ref, f.position"));
    if (fq.exec(orgId)) {
        while (fq.next()) {
            const auto it = serviceIndex.constFind(fq.value(0).toLongLong());
            if (it != serviceIndex.cend())
                org.services[*it].flows.append(Flow{fq.value(1).toString(), fq.value(2).toString(), fq.value(3).toString()});
        }
    }
    return org;
}

std::optional<Service> Cache::service(const QString &orgCode, const QString &serviceId, const QString &commonsId) const
{
    const QSqlDatabase db = database();
    const qint64 org = orgRef(db, commonsRef(db, commonsId), orgCode);
    if (!org)
        return std::nullopt;
    SqlStatement sq(db, QStringLiteral("SELECT ") + kServiceColumns
                            + QStringLiteral(" FROM service s WHERE s.org_ref = ? AND s.sid = ?"));
    if (!sq.exec(org, serviceId) || !sq.next())
        return std::nullopt;
    const qint64 serviceRow = sq.value(0).toLongLong();
    Service s = serviceFrom(sq);
    SqlStatement bq(db, QStringLiteral("SELECT ") + kBrickColumns
                            + QStringLiteral(" FROM brick_instance bi WHERE bi.service_ref = ? ORDER BY bi.position"));
    if (bq.exec(serviceRow)) {
        while (bq.next())
            s.bricks.append(brickFrom(bq));
    }
    SqlStatement fq(db, QStringLiteral("SELECT from_bid, to_bid, label FROM flow WHERE service_ref = ? ORDER BY position"));
    if (fq.exec(serviceRow)) {
        while (fq.next())
            s.flows.append(Flow{fq.value(0).toString(), fq.value(1).toString(), fq.value(2).toString()});
    }
    return s;
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
    SqlStatement q(db, QStringLiteral("SELECT path, type, org, sha256, bytes FROM document WHERE commons_ref = ? ORDER BY path"));
    if (!q.exec(ref))
        return list;
    while (q.next()) {
        IndexEntry e;
        e.path = q.value(0).toString();
        const QString type = q.value(1).toString();
        e.type = type == QLatin1String("bricks") ? DocumentType::Bricks
                 : type == QLatin1String("lgsl") ? DocumentType::Lgsl
                                                 : DocumentType::Organisation;
        e.org = q.value(2).toString();
        e.sha256 = q.value(3).toString();
        e.bytes = q.value(4).toLongLong();
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
