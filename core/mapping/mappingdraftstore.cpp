#include "core/mapping/mappingdraftstore.h"

#include "core/cache/cache.h"
#include "core/mapping/mappingmodel.h"
#include "core/proposal/draftstore.h"
#include "core/util/migrator.h"

#include <QPointer>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace livedna {

static QList<Migration> mappingMigrations()
{
    return {{1, {
        QStringLiteral(
            "CREATE TABLE mapping_drafts ("
            " id INTEGER PRIMARY KEY,"
            " org TEXT NOT NULL,"
            " org_name TEXT NOT NULL DEFAULT '',"
            " period TEXT NOT NULL DEFAULT '',"
            " service TEXT NOT NULL DEFAULT '',"
            " created TEXT NOT NULL,"
            " modified TEXT NOT NULL,"
            " edits INTEGER NOT NULL DEFAULT 0,"
            " draft TEXT NOT NULL)"), // MappingDraftFile JSON
        QStringLiteral("CREATE INDEX mapping_drafts_org ON mapping_drafts (org, period)"),
        DraftDatabase::sessionTableSql(),
    }}};
}

static QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Result<MappingDraft> startMapping(const Cache &cache, const QString &orgCode, const QString &serviceId,
                                  const QString &period)
{
    std::optional<Organisation> org = cache.organisation(orgCode, QString(), period);
    if (!org)
        return Result<MappingDraft>::failure(cache.path(), {}, MappingDraftStore::tr("The cache holds no organisation %1%2.")
                                                                   .arg(orgCode, period.isEmpty() ? QString() : QLatin1Char(' ') + period));
    MappingDraft d;
    if (const std::optional<CommonsInfo> c = cache.commons()) {
        d.commons = c->id;
        d.commonsVersion = c->version;
    }
    d.catalogue = cache.catalogue();
    d.catalogue.reindex();
    d.org = std::move(*org);
    d.serviceId = serviceId;
    if (d.serviceId.isEmpty()) {
        for (const Service &s : std::as_const(d.org.services)) {
            if (s.reportedCostGbp) {
                d.serviceId = s.id;
                break;
            }
        }
    }
    if (d.serviceId.isEmpty() && !d.org.services.isEmpty())
        d.serviceId = d.org.services.first().id;
    if (!d.org.service(d.serviceId))
        return Result<MappingDraft>::failure(cache.path(), {}, MappingDraftStore::tr("%1 has no service '%2'.")
                                                                   .arg(d.org.name, serviceId));
    d.created = QDateTime::currentDateTimeUtc();
    d.modified = d.created;
    return d;
}

MappingDraftStore::MappingDraftStore()
    : m_db(QStringLiteral("livedna-mapping-drafts"))
{
}

MappingDraftStore::~MappingDraftStore() = default;

QString MappingDraftStore::defaultPath()
{
    const QString env = qEnvironmentVariable("LIVEDNA_MAPPING_DRAFTS");
    if (!env.isEmpty())
        return env;
    return QFileInfo(DraftStore::defaultPath()).absoluteDir().absoluteFilePath(QStringLiteral("mapping-drafts.sqlite"));
}

int MappingDraftStore::schemaVersion()
{
    return mappingMigrations().last().version;
}

Status MappingDraftStore::open(const QString &path)
{
    if (const Status st = m_db.open(path, mappingMigrations()); !st)
        return Status::failure(tr("Cannot use the mapping drafts file %1: %2").arg(path, st.error));
    return Status::success();
}

Result<qint64> MappingDraftStore::create(const MappingDraft &draft)
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("INSERT INTO mapping_drafts (org, org_name, period, service, created, modified, edits, draft) "
                             "VALUES (:org, :name, :period, :service, :created, :modified, 0, :draft)"));
    const QString now = nowIso();
    MappingDraft copy = draft;
    if (!copy.created.isValid())
        copy.created = QDateTime::currentDateTimeUtc();
    copy.modified = copy.created;
    q.bindValue(QStringLiteral(":org"), copy.org.code);
    q.bindValue(QStringLiteral(":name"), copy.org.name);
    q.bindValue(QStringLiteral(":period"), copy.org.period);
    q.bindValue(QStringLiteral(":service"), copy.serviceId);
    q.bindValue(QStringLiteral(":created"), copy.created.toString(Qt::ISODateWithMs));
    q.bindValue(QStringLiteral(":modified"), now);
    q.bindValue(QStringLiteral(":draft"), QString::fromUtf8(MappingDraftFile::toJson(copy)));
    if (!q.exec())
        return Result<qint64>::failure(m_db.path(), {}, tr("Cannot create a mapping draft: %1").arg(q.lastError().text()));
    return q.lastInsertId().toLongLong();
}

Status MappingDraftStore::save(qint64 id, const MappingDraft &draft)
{
    MappingDraft copy = draft;
    copy.modified = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("UPDATE mapping_drafts SET service = :service, modified = :modified, edits = edits + 1, "
                             "draft = :draft WHERE id = :id"));
    q.bindValue(QStringLiteral(":service"), copy.serviceId);
    q.bindValue(QStringLiteral(":modified"), copy.modified.toString(Qt::ISODateWithMs));
    q.bindValue(QStringLiteral(":draft"), QString::fromUtf8(MappingDraftFile::toJson(copy)));
    q.bindValue(QStringLiteral(":id"), id);
    // One UPDATE is its own transaction; with synchronous=FULL it is on disk when exec returns.
    if (!q.exec())
        return Status::failure(tr("Cannot save mapping draft %1 in %2: %3").arg(id).arg(m_db.path(), q.lastError().text()));
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("Mapping draft %1 no longer exists in %2.").arg(id).arg(m_db.path()));
    return Status::success();
}

Result<MappingDraft> MappingDraftStore::load(qint64 id) const
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("SELECT draft FROM mapping_drafts WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return Result<MappingDraft>::failure(m_db.path(), {}, tr("There is no mapping draft %1.").arg(id));
    return MappingDraftFile::fromJson(q.value(0).toString().toUtf8(), tr("%1 (mapping draft %2)").arg(m_db.path()).arg(id));
}

QList<MappingDraftInfo> MappingDraftStore::drafts() const
{
    QList<MappingDraftInfo> list;
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("SELECT id, org, org_name, period, service, created, modified, edits FROM mapping_drafts "
                             "ORDER BY modified DESC, id"));
    if (!q.exec())
        return list;
    while (q.next()) {
        MappingDraftInfo d;
        d.id = q.value(0).toLongLong();
        d.org = q.value(1).toString();
        d.orgName = q.value(2).toString();
        d.period = q.value(3).toString();
        d.serviceId = q.value(4).toString();
        d.created = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
        d.modified = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        d.edits = q.value(7).toLongLong();
        list.append(d);
    }
    return list;
}

std::optional<qint64> MappingDraftStore::findDraft(const QString &org, const QString &period) const
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("SELECT id FROM mapping_drafts WHERE org = :org AND period = :period "
                             "ORDER BY modified DESC, id DESC LIMIT 1"));
    q.bindValue(QStringLiteral(":org"), org);
    q.bindValue(QStringLiteral(":period"), period);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

Status MappingDraftStore::remove(qint64 id)
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("DELETE FROM mapping_drafts WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return Status::failure(tr("Cannot delete mapping draft %1: %2").arg(id).arg(q.lastError().text()));
    return Status::success();
}

MappingAutosaver::MappingAutosaver(MappingModel *model, MappingDraftStore *store, qint64 draftId, int delayMs,
                                   QObject *parent)
    : Autosaver(
          draftId,
          [model = QPointer<MappingModel>(model), store, draftId] {
              return model ? store->save(draftId, model->draft()) : Status::success();
          },
          delayMs, parent)
{
    connect(model, &MappingModel::changed, this, &Autosaver::onChanged);
}

} // namespace livedna
