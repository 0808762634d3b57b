#pragma once

#include <QString>

namespace livedna {

// One entry of the Local Government Service List (esd standards), kept in the cache (schema
// version 2, table lgsl) so services can be named and grouped by their LGSL id.
struct LgslService
{
    int id = 0;
    QString label;
    QString status;      // "live" or "discontinued"
    QString description;
    QString tier;        // GOV.UK providing tier: "county/unitary", "district/unitary", "all"; empty when unknown
};

} // namespace livedna
