#pragma once

#include "core/area/areaheadline.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace livedna {

// The My area card's rich text for one organisation's headline (core/area/areaheadline.h):
// net spend and spend per head (against peers where compared), reported and mapped
// frontline / overhead, separately run systems, the largest estimated savings with their
// ranges, then the years, what is unknown and the sources. Every line names the ids of its
// sources, listed in full below; nothing unknown reads £0.
class HeadlineText
{
    Q_DECLARE_TR_FUNCTIONS(HeadlineText)

public:
    static QString html(const HeadlineOrg &headline);

private:
    static QString spendLines(const HeadlineOrg &h);
    static QString peerLine(const HeadlineOrg &h);
    static QString splitLines(const HeadlineOrg &h);
    static QString systemsLine(const HeadlineOrg &h);
    static QString savingsLines(const HeadlineOrg &h);
    static QString footer(const HeadlineOrg &h);
    static QString cite(const HeadlineOrg &h, const char *figure, const QStringList &more = {});
};

} // namespace livedna
