#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace livedna::test {

// A deliberately simple CSV splitter, independent of core/importers/csvreader, so that tests
// compute their expectations from the real files without trusting the code they test.
struct NaiveRow
{
    int line = 0; // physical line where the row starts (1-based)
    QStringList cells;
};

QList<NaiveRow> naiveCsv(const QString &path, QChar delimiter = QLatin1Char(','));
// Every cell quoted, rows ended by "\n" as the published files are: for derived files.
QByteArray writeCsv(const QList<QStringList> &rows);
// "3,432" -> 3432000 (× scale); blank and "[x]"-style marks -> NaN (unknown).
double naiveNumber(const QString &cell, double scale = 1.0);

} // namespace livedna::test
