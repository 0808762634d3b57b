#pragma once

#include "core/util/problem.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace livedna {

// One schema step: the statements that take a database from version-1 to version.
struct Migration
{
    int version = 0;
    QStringList statements;
    // A step that rebuilds a table others reference runs with foreign keys off (SQLite's
    // documented procedure: with them on, dropping the old table would cascade into its
    // children); PRAGMA foreign_key_check must then find nothing before it commits.
    bool foreignKeysOff = false;
    // Runs after the statements, inside the same transaction: for a step whose data cannot
    // be derived in SQL alone (the cache's analysis summary is summed in C++ so that it
    // equals, bit for bit, what the analysis sums). Empty: none.
    std::function<Status(QSqlDatabase &)> run;
};

// Brings `db` up to the last migration's version. Each step runs in its own transaction and
// sets PRAGMA user_version inside it, so a failed step leaves the previous version intact.
// A database newer than this build knows is refused rather than guessed at.
Status migrate(QSqlDatabase &db, const QList<Migration> &migrations);

// Opens a named SQLite connection with the house settings: foreign keys on, WAL, and
// `synchronous` as given ("NORMAL" for the cache, "FULL" for drafts).
Status openSqlite(const QString &connectionName, const QString &path, const QString &synchronous);

} // namespace livedna
