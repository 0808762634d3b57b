#include "core/models/orgperiods.h"

namespace livedna {

QStringList OrgPeriods::periods(const Cache &cache, const QString &code)
{
    return cache.periods(code);
}

std::optional<Organisation> OrgPeriods::organisation(const Cache &cache, const QString &code,
                                                     const QString &period)
{
    return cache.organisation(code, QString(), period);
}

QString OrgPeriods::previous(const QStringList &periods, const QString &period)
{
    const qsizetype i = periods.indexOf(period);
    return i > 0 ? periods.at(i - 1) : QString();
}

} // namespace livedna
