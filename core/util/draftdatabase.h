#pragma once

#include "core/util/migrator.h"
#include "core/util/problem.h"

#include <QSqlDatabase>
#include <QString>

namespace livedna {

// The durable SQLite file behind a drafts store (proposal drafts, mapping drafts): drafts
// are the user's own work and exist nowhere else, so each lives in its own file with
// synchronous=FULL (a committed statement is on disk when exec returns), apart from the
// cache, which a sync rewrites. It also remembers whether the last session that opened the
// file closed it: if not (crash, kill, power loss), every draft is as of its last saved edit.
// One DraftDatabase owns one named connection; use it from one thread.
class DraftDatabase
{
public:
    explicit DraftDatabase(const QString &connectionPrefix);
    ~DraftDatabase();
    DraftDatabase(const DraftDatabase &) = delete;
    DraftDatabase &operator=(const DraftDatabase &) = delete;

    // The session table every drafts file has; list it in the store's first migration.
    static QString sessionTableSql();

    // Opens (creating) `path`, migrates it and marks the session open. On failure nothing
    // stays open and the error is the migrator's or SQLite's own words.
    Status open(const QString &path, const QList<Migration> &migrations);
    void close(); // marks the session as ended cleanly
    bool isOpen() const;
    QString path() const { return m_path; }
    QSqlDatabase database() const;
    bool recoveredAfterCrash() const { return m_recovered; }

private:
    void markSession(bool open);

    QString m_connectionName;
    QString m_path;
    bool m_recovered = false;
};

} // namespace livedna
