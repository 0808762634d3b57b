#pragma once

#include "core/importers/importreport.h"
#include "core/util/problem.h"

#include <QCoreApplication>
#include <QString>

namespace livedna {

// NHS trusts' medical-records costs (ERIC, trust_mrc_and_epr.csv: mrc_total_<YYYYyy> in £)
// and, with --epr, each trust's primary EPR supplier (NHS England, 1 October 2024). Each
// trust gets a "Health records" service: the year's total medical-records cost as a brick on
// health-records (blank: no brick), and the EPR supplier as a system on
// electronic-patient-record with its product ("No EPR - in process": no system, noted;
// "Generic or In House": a system with no product).
struct NhsRecordsImportOptions
{
    QString file;     // trust_mrc_and_epr.csv
    QString eprFile;  // optional: secondary_trusts_primary_epr_suppliers_20241001.csv
    QString outDir;
    QString period;   // which year's mrc_total column, and the document it goes into
    QString into;     // optional: write into this period's document (services[].period = period)
    QString odsFile;  // optional: etr_with_header.csv, to accept open trusts with no document yet
};

class NhsRecordsImporter
{
    Q_DECLARE_TR_FUNCTIONS(NhsRecordsImporter)

public:
    static constexpr const char *ServiceId = "health-records";
    static Result<ImportReport> run(const NhsRecordsImportOptions &options);
    // "2023-24" -> "mrc_total_202324"
    static QString totalColumn(const QString &period);
};

} // namespace livedna
