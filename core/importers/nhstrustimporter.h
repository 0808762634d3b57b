#pragma once

#include "core/importers/importreport.h"
#include "core/util/problem.h"

#include <QCoreApplication>
#include <QString>

namespace livedna {

// Open NHS trusts from the ODS "etr" extract (with our header, or the standard headerless
// 27-column layout). Code = ODS code; name re-cased from ODS capitals; region = the NHS
// England region of the trust's national grouping. With a trust-type file (NHS England's
// EPR supplier list: Organisation Code, Trust Type) the type is the trust's kind (acute,
// mental health, ...) and its neighbours are open trusts of the same kind in the same region.
struct NhsTrustImportOptions
{
    QString file;
    QString trustTypesFile; // optional
    QString outDir;
    QString period;
    int maxNeighbours = 10;
};

class NhsTrustImporter
{
    Q_DECLARE_TR_FUNCTIONS(NhsTrustImporter)

public:
    static Result<ImportReport> run(const NhsTrustImportOptions &options);
    // "MANCHESTER UNIVERSITY NHS FOUNDATION TRUST" -> "Manchester University NHS Foundation Trust"
    static QString properCase(const QString &odsName);
    static QString regionOfGrouping(const QString &nationalGrouping);
};

} // namespace livedna
