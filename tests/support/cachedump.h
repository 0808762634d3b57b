#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace livedna::test {

// Every row of every table of `db`, in a stable order (schema, then each table sorted by
// all its columns), as text. Two dumps compare equal exactly when the content is the same,
// which is how tests prove a refused or cancelled operation changed nothing.
QString dumpDatabase(const QSqlDatabase &db);
// The same for the named tables only, without the schema.
QString dumpTables(const QSqlDatabase &db, const QStringList &tables);

} // namespace livedna::test
