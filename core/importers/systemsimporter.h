#pragma once

#include "core/importers/importreport.h"
#include "core/util/problem.h"

#include <QCoreApplication>
#include <QString>

namespace livedna {

// Which product a council runs for one function, with no cost: a `systems` entry on the
// matching service of the council's latest document in OUT, with its product from the real
// catalogue's table.
//   libraries        library_catalogues.json (GSS codes)  -> the cultural service, or a
//                    "Libraries" service when the council has no cultural figures
//   planning         planning_scraper_list_2019.csv (names) -> planning-development
//   street-reporting street_reporting_backends.csv (slugs)  -> environmental-regulatory
// Names and slugs are matched to codes through the council register (normalised names,
// former names, GOV.UK slugs, the aliases table resources/real/name-aliases.csv), following
// replaced-by for abolished councils; whatever does not match is reported, never guessed.
struct SystemsImportOptions
{
    QString kind; // libraries | planning | street-reporting
    QString file;
    QString registerFile;
    QString outDir;
    QString aliasesFile = QStringLiteral(":/real/name-aliases.csv");
};

class SystemsImporter
{
    Q_DECLARE_TR_FUNCTIONS(SystemsImporter)

public:
    static Result<ImportReport> run(const SystemsImportOptions &options);
    static bool isKind(const QString &kind);
    // "AmberValley" -> "Amber Valley"
    static QString splitCamelCase(const QString &text);
};

} // namespace livedna
