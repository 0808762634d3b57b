#include "tests/support/naivecsv.h"

#include <QFile>

#include <cmath>
#include <limits>

namespace livedna::test {

QList<NaiveRow> naiveCsv(const QString &path, QChar delimiter)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray b = f.readAll();
    if (b.startsWith("\xEF\xBB\xBF"))
        b.remove(0, 3);
    const QString text = QString::fromUtf8(b);
    QList<NaiveRow> rows;
    NaiveRow row;
    row.line = 1;
    int line = 1;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\n')
            ++line;
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == delimiter) {
            row.cells << field;
            field.clear();
        } else if (c == u'\n') {
            if (field.endsWith(u'\r'))
                field.chop(1);
            row.cells << field;
            field.clear();
            rows << row;
            row = NaiveRow();
            row.line = line;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.cells.isEmpty()) {
        row.cells << field;
        rows << row;
    }
    return rows;
}

QByteArray writeCsv(const QList<QStringList> &rows)
{
    QByteArray out;
    for (const QStringList &row : rows) {
        QStringList quoted;
        for (QString cell : row)
            quoted << QLatin1Char('"') + cell.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
        out += quoted.join(QLatin1Char(',')).toUtf8() + "\n";
    }
    return out;
}

double naiveNumber(const QString &cell, double scale)
{
    QString t = cell.trimmed();
    t.remove(QLatin1Char(','));
    bool ok = false;
    const double v = t.toDouble(&ok);
    return ok ? v * scale : std::numeric_limits<double>::quiet_NaN();
}

} // namespace livedna::test
