#include "core/models/orgperiods.h"

namespace livedna {

QStringList OrgPeriods::periods(const Cache &cache, const QString &code)
{
    const std::optional<OrgSummary> summary = cache.organisationSummary(code);
    if (!summary || summary->period.isEmpty())
        return {};
    return {summary->period};
}

std::optional<Organisation> OrgPeriods::organisation(const Cache &cache, const QString &code,
                                                     const QString &period)
{
    std::optional<Organisation> org = cache.organisation(code);
    if (org && !period.isEmpty() && org->period != period)
        return std::nullopt;
    return org;
}

QString OrgPeriods::previous(const QStringList &periods, const QString &period)
{
    const qsizetype i = periods.indexOf(period);
    return i > 0 ? periods.at(i - 1) : QString();
}

} // namespace livedna
