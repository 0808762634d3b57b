#include "tests/support/oldcache.h"

#include "core/cache/cacheschema.h"
#include "core/util/migrator.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace livedna::test {

namespace {

QStringList columnsOf(QSqlDatabase &db, const QString &table)
{
    QStringList columns;
    QSqlQuery q(db);
    // Table names come from sqlite_master of our own schema, never from input.
    if (q.exec(QStringLiteral("PRAGMA main.table_info(%1)").arg(table))) {
        while (q.next())
            columns.append(q.value(1).toString());
    }
    return columns;
}

QString copyRows(QSqlDatabase &db, int version)
{
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT name FROM main.sqlite_master WHERE type = 'table'")))
        return tables.lastError().text();
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    tables.finish();
    for (const QString &table : std::as_const(names)) {
        const QStringList columns = columnsOf(db, table);
        QStringList values = columns;
        // Before schema 10 every instance carried its capability's layer (layerOf(): an
        // unknown capability counts as overhead).
        const int layer = table == QLatin1String("brick_instance") ? int(columns.indexOf(QStringLiteral("layer"))) : -1;
        if (layer >= 0) {
            values[layer] = QStringLiteral(
                "COALESCE((SELECT c.layer FROM cur.capability c JOIN cur.service s ON s.id = cur.brick_instance.service_ref"
                " JOIN cur.organisation o ON o.id = s.org_ref WHERE c.commons_ref = o.commons_ref"
                " AND c.id = cur.brick_instance.capability), 'overhead')");
        }
        QString sql = QStringLiteral("INSERT INTO main.%1 (%2) SELECT %3 FROM cur.%1")
                          .arg(table, columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
        // Before schema 3 the document table had no 'lgsl' type.
        if (table == QLatin1String("document") && version < 3)
            sql += QStringLiteral(" WHERE type <> 'lgsl'");
        QSqlQuery q(db);
        if (!q.exec(sql))
            return table + QStringLiteral(": ") + q.lastError().text();
    }
    return QString();
}

} // namespace

QString writeOlderCache(const QString &currentPath, const QString &olderPath, int version)
{
    const QString conn = QStringLiteral("older-cache-writer");
    QString error;
    {
        const Status st = openSqlite(conn, olderPath, QStringLiteral("NORMAL"));
        if (!st)
            return st.error;
        QSqlDatabase db = QSqlDatabase::database(conn);
        const Status migrated = migrate(db, cacheMigrations().mid(0, version));
        QSqlQuery q(db);
        if (!migrated) {
            error = migrated.error;
        } else if (!q.exec(QStringLiteral("PRAGMA foreign_keys = OFF"))) {
            error = q.lastError().text();
        } else {
            q.prepare(QStringLiteral("ATTACH DATABASE ? AS cur"));
            q.addBindValue(currentPath);
            if (!q.exec())
                error = q.lastError().text();
            else
                error = copyRows(db, version);
            q.finish();
            q.exec(QStringLiteral("DETACH DATABASE cur"));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(conn);
    return error;
}

} // namespace livedna::test
