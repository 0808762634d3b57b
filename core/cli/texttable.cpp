#include "core/cli/texttable.h"

#include <QTextStream>

namespace livedna {

void printTextTable(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows,
                    int leftColumns)
{
    QList<int> widths;
    for (int c = 0; c < headers.size(); ++c) {
        int w = int(headers.at(c).size());
        for (const QStringList &row : rows)
            w = qMax(w, int(row.at(c).size()));
        widths.append(w);
    }
    const auto printRow = [&](const QStringList &row) {
        QString line;
        for (int c = 0; c < row.size(); ++c) {
            if (c > 0)
                line += QStringLiteral("  ");
            line += c < leftColumns ? row.at(c).leftJustified(widths.at(c))
                                    : row.at(c).rightJustified(widths.at(c));
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out << line << '\n';
    };
    printRow(headers);
    for (const QStringList &row : rows)
        printRow(row);
}

} // namespace livedna
