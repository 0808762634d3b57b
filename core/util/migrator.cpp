#include "core/util/migrator.h"

#include "core/util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace livedna {

// A class of its own so that lupdate files these texts under the context asked for at run
// time (a free tr() wrapper is filed under the enclosing namespace or class instead).
struct Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)
};

// Foreign keys can only be switched outside a transaction; this puts them back on however
// the step ends.
struct ForeignKeysOff
{
    QSqlDatabase &db;
    bool active;
    ForeignKeysOff(QSqlDatabase &database, bool on)
        : db(database)
        , active(on)
    {
        if (active)
            QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    }
    ~ForeignKeysOff()
    {
        if (active)
            QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
};

static Status runStep(QSqlDatabase &db, const Migration &m)
{
    const ForeignKeysOff keysOff(db, m.foreignKeysOff);
    if (!db.transaction())
        return Status::failure(Migrator::tr("Cannot start a migration: %1").arg(db.lastError().text()));
    for (const QString &sql : m.statements) {
        QSqlQuery step(db);
        if (!step.exec(sql)) {
            const QString err = step.lastError().text();
            step.finish();
            db.rollback();
            return Status::failure(Migrator::tr("Migration to schema version %1 failed: %2").arg(m.version).arg(err));
        }
    }
    if (m.run) {
        const Status ran = m.run(db);
        if (!ran) {
            db.rollback();
            return Status::failure(Migrator::tr("Migration to schema version %1 failed: %2").arg(m.version).arg(ran.error));
        }
    }
    if (m.foreignKeysOff) {
        QSqlQuery check(db);
        const bool broken = !check.exec(QStringLiteral("PRAGMA foreign_key_check")) || check.next();
        check.finish();
        if (broken) {
            db.rollback();
            return Status::failure(Migrator::tr("Migration to schema version %1 would break references between tables.")
                                       .arg(m.version));
        }
    }
    QSqlQuery version(db);
    // PRAGMA takes no bound parameters; the value is our own integer, never input.
    if (!version.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)) || !db.commit()) {
        db.rollback();
        return Status::failure(Migrator::tr("Cannot record schema version %1.").arg(m.version));
    }
    return Status::success();
}

Status migrate(QSqlDatabase &db, const QList<Migration> &migrations)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return Status::failure(Migrator::tr("Cannot read the schema version: %1").arg(q.lastError().text()));
    const int current = q.value(0).toInt();
    // A statement left open keeps a read lock that makes a migration's DROP TABLE fail.
    q.finish();
    const int target = migrations.isEmpty() ? 0 : migrations.last().version;
    if (current > target) {
        return Status::failure(Migrator::tr("The database %1 has schema version %2, newer than this "
                                  "version of LiveDNA understands (%3).")
                                   .arg(db.databaseName())
                                   .arg(current)
                                   .arg(target));
    }
    for (const Migration &m : migrations) {
        if (m.version <= current)
            continue;
        const Status st = runStep(db, m);
        if (!st)
            return st;
        qCInfo(lcCache) << "migrated" << db.databaseName() << "to schema version" << m.version;
    }
    return Status::success();
}

Status openSqlite(const QString &connectionName, const QString &path, const QString &synchronous)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Status::failure(Migrator::tr("Cannot create the folder %1.").arg(info.absolutePath()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        const QString err = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return Status::failure(Migrator::tr("Cannot open the database %1: %2").arg(path, err));
    }
    QSqlQuery q(db);
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        synchronous == QLatin1String("FULL") ? QStringLiteral("PRAGMA synchronous = FULL")
                                             : QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA busy_timeout = 5000"),
    };
    for (const QString &p : pragmas) {
        if (!q.exec(p)) {
            const QString err = q.lastError().text();
            q = QSqlQuery();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
            return Status::failure(Migrator::tr("Cannot configure the database %1: %2").arg(path, err));
        }
    }
    return Status::success();
}

} // namespace livedna
