#pragma once

#include "core/cache/cache.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace livedna {

// The several years of one organisation as the explorer reads them (spec 1.1 "Several
// years"). A thin adapter over the cache, so the views never depend on how it stores them.
class OrgPeriods
{
public:
    // Every period the commons holds for the organisation, ascending; empty when none.
    static QStringList periods(const Cache &cache, const QString &code);
    // The organisation in `period`; the latest when `period` is empty.
    static std::optional<Organisation> organisation(const Cache &cache, const QString &code,
                                                    const QString &period = QString());
    // The period before `period` in `periods`, or empty.
    static QString previous(const QStringList &periods, const QString &period);
};

} // namespace livedna
