#pragma once

#include "core/importers/importreport.h"
#include "core/util/problem.h"

#include <QCoreApplication>
#include <QString>

namespace livedna {

// NHS Estates Returns Information Collection (ERIC), trust level, `$`-delimited: line 1
// section headings, then the column names (matched by name: they differ by year), then one
// row per trust. Each trust gets an "Estates and facilities" service whose bricks are the
// published facility costs on overhead capabilities (shared decision 4), basis published,
// each naming its line and column. Blank (or "Not Applicable") is not 0: no brick. Waste is
// one brick, the sum of the year's waste-stream costs, only when every stream is published.
struct EricImportOptions
{
    QString file;
    QString outDir;
    QString period;   // the financial year of the data
    QString into;     // optional: write into this period's document (services[].period = period)
    QString odsFile;  // optional: etr_with_header.csv, to accept open trusts with no document yet
};

class EricImporter
{
    Q_DECLARE_TR_FUNCTIONS(EricImporter)

public:
    static constexpr const char *ServiceId = "estates-facilities";
    static Result<ImportReport> run(const EricImportOptions &options);
};

} // namespace livedna
