#include "core/util/draftdatabase.h"

#include "core/util/logging.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace livedna {

DraftDatabase::DraftDatabase(const QString &connectionPrefix)
{
    static QAtomicInt counter;
    m_connectionName = QStringLiteral("%1-%2").arg(connectionPrefix).arg(counter.fetchAndAddRelaxed(1));
}

DraftDatabase::~DraftDatabase()
{
    close();
}

QString DraftDatabase::sessionTableSql()
{
    return QStringLiteral("CREATE TABLE session ("
                          " id INTEGER PRIMARY KEY CHECK (id = 1),"
                          " open INTEGER NOT NULL,"
                          " opened_at TEXT NOT NULL)");
}

Status DraftDatabase::open(const QString &path, const QList<Migration> &migrations)
{
    close();
    if (const Status st = openSqlite(m_connectionName, path, QStringLiteral("FULL")); !st)
        return st;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (const Status mig = migrate(db, migrations); !mig) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        return mig;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT open FROM session WHERE id = 1"));
    m_recovered = q.exec() && q.next() && q.value(0).toInt() != 0;
    m_path = path;
    markSession(true);
    if (m_recovered)
        qCInfo(lcProposal) << "drafts recovered after an unclean shutdown in" << path;
    return Status::success();
}

void DraftDatabase::markSession(bool open)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (open) {
        q.prepare(QStringLiteral("INSERT INTO session (id, open, opened_at) VALUES (1, 1, :at) "
                                 "ON CONFLICT(id) DO UPDATE SET open = 1, opened_at = excluded.opened_at"));
        q.bindValue(QStringLiteral(":at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    } else {
        q.prepare(QStringLiteral("UPDATE session SET open = 0 WHERE id = 1"));
    }
    // Only the crash notice depends on it; the drafts themselves are safe either way.
    if (!q.exec())
        qCWarning(lcProposal) << "cannot mark the drafts session in" << m_path << (open ? "open:" : "closed:")
                              << q.lastError().text();
}

void DraftDatabase::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            markSession(false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_path.clear();
}

bool DraftDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase DraftDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

} // namespace livedna
