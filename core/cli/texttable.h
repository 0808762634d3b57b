#pragma once

#include <QList>
#include <QStringList>

class QTextStream;

namespace livedna {

// Prints `headers` then `rows` as aligned columns two spaces apart. The first
// `leftColumns` columns are text and left-aligned; the rest are numbers and
// right-aligned so they compare by eye. Trailing spaces are trimmed per line.
void printTextTable(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows,
                    int leftColumns);

} // namespace livedna
