#include "core/proposal/draftstore.h"

#include "core/cache/cache.h"

#include "core/proposal/proposalmodel.h"
#include "core/util/logging.h"
#include "core/util/migrator.h"

#include <QAtomicInt>
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
        QStringLiteral(
            "CREATE TABLE session ("
            " id INTEGER PRIMARY KEY CHECK (id = 1),"
            " open INTEGER NOT NULL,"
            " opened_at TEXT NOT NULL)"),
    }}};
}

static QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

DraftStore::DraftStore()
{
    static QAtomicInt counter;
    m_connectionName = QStringLiteral("livedna-drafts-%1").arg(counter.fetchAndAddRelaxed(1));
}

DraftStore::~DraftStore()
{
    close();
}

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
    close();
    const Status st = openSqlite(m_connectionName, path, QStringLiteral("FULL"));
    if (!st)
        return st;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const Status mig = migrate(db, draftMigrations());
    if (!mig) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        return Status::failure(tr("Cannot use the drafts file %1: %2").arg(path, mig.error));
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT open FROM session WHERE id = 1"));
    m_recovered = q.exec() && q.next() && q.value(0).toInt() != 0;
    QSqlQuery mark(db);
    mark.prepare(QStringLiteral("INSERT INTO session (id, open, opened_at) VALUES (1, 1, :at) "
                                "ON CONFLICT(id) DO UPDATE SET open = 1, opened_at = excluded.opened_at"));
    mark.bindValue(QStringLiteral(":at"), nowIso());
    if (!mark.exec())
        qCWarning(lcProposal) << "cannot mark the drafts session open:" << mark.lastError().text();
    m_path = path;
    if (m_recovered)
        qCInfo(lcProposal) << "drafts recovered after an unclean shutdown in" << path;
    return Status::success();
}

void DraftStore::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE session SET open = 0 WHERE id = 1"));
            q.exec();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_path.clear();
}

bool DraftStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase DraftStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString DraftStore::recoveryMessage() const
{
    if (!m_recovered)
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
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
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
        return Result<qint64>::failure(m_path, {}, tr("Cannot create a draft: %1").arg(q.lastError().text()));
    return q.lastInsertId().toLongLong();
}

Status DraftStore::save(qint64 id, const Proposal &proposal)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
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
        return Status::failure(tr("Cannot save draft %1 in %2: %3").arg(id).arg(m_path, q.lastError().text()));
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("Draft %1 no longer exists in %2.").arg(id).arg(m_path));
    return Status::success();
}

Result<Proposal> DraftStore::load(qint64 id) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT proposal FROM drafts WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return Result<Proposal>::failure(m_path, {}, tr("There is no draft %1.").arg(id));
    return ProposalFile::fromJson(q.value(0).toString().toUtf8(), tr("%1 (draft %2)").arg(m_path).arg(id));
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
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
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
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
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
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM drafts WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return Status::failure(tr("Cannot delete draft %1: %2").arg(id).arg(q.lastError().text()));
    return Status::success();
}

DraftAutosaver::DraftAutosaver(ProposalModel *model, DraftStore *store, qint64 draftId, int delayMs, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_store(store)
    , m_draftId(draftId)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(qBound(0, delayMs, 2000));
    connect(&m_timer, &QTimer::timeout, this, [this] { flush(); });
    connect(model, &ProposalModel::changed, this, &DraftAutosaver::onChanged);
}

DraftAutosaver::~DraftAutosaver()
{
    flush();
}

void DraftAutosaver::onChanged()
{
    m_pending = true;
    if (m_timer.interval() == 0) {
        flush();
    } else if (!m_timer.isActive()) {
        m_timer.start(); // not restarted by later edits: the first edit is saved within the interval
    }
}

Status DraftAutosaver::flush()
{
    if (!m_pending || !m_model)
        return Status::success();
    m_timer.stop();
    m_pending = false;
    const Status st = m_store->save(m_draftId, m_model->proposal());
    if (st)
        Q_EMIT saved(QDateTime::currentDateTimeUtc());
    else
        Q_EMIT saveFailed(st.error);
    return st;
}

} // namespace livedna
