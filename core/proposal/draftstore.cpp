#include "core/proposal/draftstore.h"

#include "core/cache/cache.h"

#include "core/proposal/proposalmodel.h"
#include "core/util/logging.h"
#include "core/util/migrator.h"

#include <QPointer>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

namespace livedna {

static QList<Migration> draftMigrations()
{
    return {{1, {
        QStringLiteral(
            "CREATE TABLE drafts ("
            " id INTEGER PRIMARY KEY,"
            " title TEXT NOT NULL DEFAULT '',"
            " org TEXT NOT NULL DEFAULT '',"
            " service TEXT NOT NULL DEFAULT '',"
            " created TEXT NOT NULL,"
            " modified TEXT NOT NULL,"
            " edits INTEGER NOT NULL DEFAULT 0,"
            " proposal TEXT NOT NULL)"), // the proposal file's JSON, the format we promise to read
        DraftDatabase::sessionTableSql(),
    }}};
}

static QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

DraftStore::DraftStore()
    : m_db(QStringLiteral("livedna-drafts"))
{
}

DraftStore::~DraftStore() = default;

QString DraftStore::defaultPath()
{
    const QString env = qEnvironmentVariable("LIVEDNA_DRAFTS");
    if (!env.isEmpty())
        return env;
    // Beside the default cache, whichever main is running: the GUI and the CLI name the
    // application differently, and a draft made in one must open in the other.
    return QDir(Cache::dataDirectory()).absoluteFilePath(QStringLiteral("drafts.sqlite"));
}

int DraftStore::schemaVersion()
{
    return draftMigrations().last().version;
}

Status DraftStore::open(const QString &path)
{
    if (const Status st = m_db.open(path, draftMigrations()); !st)
        return Status::failure(tr("Cannot use the drafts file %1: %2").arg(path, st.error));
    return Status::success();
}

QString DraftStore::recoveryMessage() const
{
    if (!m_db.recoveredAfterCrash())
        return {};
    const QList<DraftInfo> all = drafts();
    // An unclean exit with no drafts lost nothing: telling the user "0 drafts" only alarms.
    if (all.isEmpty())
        return {};
    return tr("LiveDNA did not close properly last time. Your %n draft(s) were reopened as of "
              "their last saved edit; nothing saved was lost.", nullptr, int(all.size()));
}

Result<qint64> DraftStore::create(const Proposal &proposal)
{
    QSqlDatabase db = m_db.database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO drafts (title, org, service, created, modified, edits, proposal) "
                             "VALUES (COALESCE(:title, ''), COALESCE(:org, ''), COALESCE(:service, ''), :created, :modified, 0, :proposal)"));
    const QString now = nowIso();
    q.bindValue(QStringLiteral(":title"), proposal.title);
    q.bindValue(QStringLiteral(":org"), proposal.baseline ? proposal.baseline->org : QString());
    q.bindValue(QStringLiteral(":service"), proposal.service.id);
    q.bindValue(QStringLiteral(":created"), proposal.created.isValid() ? proposal.created.toUTC().toString(Qt::ISODateWithMs) : now);
    q.bindValue(QStringLiteral(":modified"), now);
    q.bindValue(QStringLiteral(":proposal"), QString::fromUtf8(ProposalFile::toJson(proposal)));
    if (!q.exec())
        return Result<qint64>::failure(m_db.path(), {}, tr("Cannot create a draft: %1").arg(q.lastError().text()));
    return q.lastInsertId().toLongLong();
}

Status DraftStore::save(qint64 id, const Proposal &proposal)
{
    QSqlDatabase db = m_db.database();
    Proposal copy = proposal;
    copy.modified = QDateTime::currentDateTimeUtc();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE drafts SET title = COALESCE(:title, ''), service = COALESCE(:service, ''), modified = :modified, "
                             "edits = edits + 1, proposal = :proposal WHERE id = :id"));
    q.bindValue(QStringLiteral(":title"), copy.title);
    q.bindValue(QStringLiteral(":service"), copy.service.id);
    q.bindValue(QStringLiteral(":modified"), copy.modified.toString(Qt::ISODateWithMs));
    q.bindValue(QStringLiteral(":proposal"), QString::fromUtf8(ProposalFile::toJson(copy)));
    q.bindValue(QStringLiteral(":id"), id);
    // A single UPDATE is its own transaction; with synchronous=FULL it is on disk when exec returns.
    if (!q.exec())
        return Status::failure(tr("Cannot save draft %1 in %2: %3").arg(id).arg(m_db.path(), q.lastError().text()));
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("Draft %1 no longer exists in %2.").arg(id).arg(m_db.path()));
    return Status::success();
}

Result<Proposal> DraftStore::load(qint64 id) const
{
    QSqlDatabase db = m_db.database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT proposal FROM drafts WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return Result<Proposal>::failure(m_db.path(), {}, tr("There is no draft %1.").arg(id));
    return ProposalFile::fromJson(q.value(0).toString().toUtf8(), tr("%1 (draft %2)").arg(m_db.path()).arg(id));
}

static DraftInfo infoFrom(const QSqlQuery &q)
{
    DraftInfo d;
    d.id = q.value(0).toLongLong();
    d.title = q.value(1).toString();
    d.org = q.value(2).toString();
    d.serviceId = q.value(3).toString();
    d.created = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    d.modified = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    d.edits = q.value(6).toLongLong();
    return d;
}

std::optional<DraftInfo> DraftStore::info(qint64 id) const
{
    QSqlDatabase db = m_db.database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, title, org, service, created, modified, edits FROM drafts WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return infoFrom(q);
}

QList<DraftInfo> DraftStore::drafts() const
{
    QList<DraftInfo> list;
    QSqlDatabase db = m_db.database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, title, org, service, created, modified, edits FROM drafts ORDER BY modified DESC, id"));
    if (!q.exec())
        return list;
    while (q.next())
        list.append(infoFrom(q));
    return list;
}

Status DraftStore::remove(qint64 id)
{
    QSqlDatabase db = m_db.database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM drafts WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return Status::failure(tr("Cannot delete draft %1: %2").arg(id).arg(q.lastError().text()));
    return Status::success();
}

DraftAutosaver::DraftAutosaver(ProposalModel *model, DraftStore *store, qint64 draftId, int delayMs, QObject *parent)
    : Autosaver(
          draftId,
          [model = QPointer<ProposalModel>(model), store, draftId] {
              return model ? store->save(draftId, model->proposal()) : Status::success();
          },
          delayMs, parent)
{
    connect(model, &ProposalModel::changed, this, &Autosaver::onChanged);
}

} // namespace livedna
