#pragma once

#include "core/domain/source.h"

#include <QString>

namespace livedna {

// The published datasets the real commons is built from (shared decision 2), with their
// title, publisher, licence and where the copy used was taken from. Figures name them as
// "<id>#<locator>"; every document lists the ones its figures use.
class RealSources
{
public:
    // rs-2017-18, rsx-YYYY-YY, eric-YYYY-YY, nhs-mrc-YYYY-YY, nhs-epr-2024-10,
    // libraries-catalogues, planning-scrapers-2019, open311-backends, la-register, ods-etr.
    // An unknown id gives a Source with an empty id.
    static Source byId(const QString &id);
    static QString rsxId(const QString &period) { return QStringLiteral("rsx-") + period; }
    static QString ericId(const QString &period) { return QStringLiteral("eric-") + period; }
    static QString mrcId(const QString &period) { return QStringLiteral("nhs-mrc-") + period; }
    static QString ref(const QString &id, const QString &locator) { return id + QLatin1Char('#') + locator; }
};

} // namespace livedna
