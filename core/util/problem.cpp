#include "core/util/problem.h"

#include <QStringList>

namespace livedna {

QString Problem::toString() const
{
    QString text = file;
    if (!pointer.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(": ")) + pointer;
    if (!text.isEmpty())
        text += QStringLiteral(": ");
    return text + message;
}

QString problemsToString(const QList<Problem> &problems)
{
    QStringList lines;
    lines.reserve(problems.size());
    for (const Problem &p : problems)
        lines.append(p.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace livedna
