#include "tests/support/cachedump.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace livedna::test {

QString dumpDatabase(const QSqlDatabase &db)
{
    QString out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA user_version"));
    if (q.next())
        out += QStringLiteral("user_version=%1\n").arg(q.value(0).toInt());
    QStringList tables;
    q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
    while (q.next()) {
        out += q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() + QLatin1Char(':')
               + q.value(2).toString() + QLatin1Char('\n');
        if (q.value(0).toString() == QLatin1String("table") && !q.value(1).toString().startsWith(QLatin1String("sqlite_")))
            tables.append(q.value(1).toString());
    }
    return out + dumpTables(db, tables);
}

QString dumpTables(const QSqlDatabase &db, const QStringList &tables)
{
    QString out;
    for (const QString &table : tables) {
        // Table names come from sqlite_master, not from input.
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        QStringList lines;
        while (rows.next()) {
            const QSqlRecord r = rows.record();
            QStringList cells;
            for (int i = 0; i < r.count(); ++i) {
                const QVariant v = r.value(i);
                cells.append(v.isNull() ? QStringLiteral("NULL")
                                        : QString::fromLatin1(v.toString().toUtf8().toPercentEncoding()));
            }
            lines.append(cells.join(QLatin1Char('|')));
        }
        lines.sort();
        out += QStringLiteral("== %1 (%2 rows)\n").arg(table).arg(lines.size()) + lines.join(QLatin1Char('\n'))
               + QLatin1Char('\n');
    }
    return out;
}

} // namespace livedna::test
