#pragma once

#include "core/importers/importreport.h"
#include "core/util/problem.h"

#include <QCoreApplication>
#include <QPair>
#include <QString>
#include <QStringList>

namespace livedna {

// Spending by organisation and service from any CSV, through a column mapping. Each distinct
// (organisation, service) becomes a service with `reported_cost_gbp` = the sum of its rows'
// amounts × scale and no bricks: the spend is shown as unmapped until someone maps it.
// Blank and "not available" amounts stay unknown (no reported_cost_gbp); negative amounts
// are kept. Services are merged into the organisation documents already in the output folder
// (written by `import councils`), replacing services of the same id.
struct SpendingImportOptions
{
    QString file;
    QString outDir;
    QString orgColumn;          // header name or 1-based number
    QString serviceColumn;      // service name
    QString amountColumn;
    QString serviceIdColumn;    // optional: prefix of the service id (e.g. the RS line number)
    QString categoryColumn;     // optional
    QString orgNameColumn;      // optional: name for organisations that have no document yet
    QString periodColumn;       // optional: period per row
    QString lgslColumn;         // optional
    QString period;             // used when there is no period column
    double scale = 1.0;         // 1000 for returns in £ thousand
    // How the organisation column identifies organisations:
    //  code  - it is the organisation code (GSS or ODS) itself;
    //  gss   - a GSS code, matched against the register (former codes followed);
    //  ecode - an MHCLG finance-return e-code, matched against the register;
    //  name  - a council name, matched against the register's spellings.
    // Register matching keeps current English councils only and reports every other row.
    QString orgKey = QStringLiteral("code");
    QString registerFile;       // uk_local_authorities.csv, needed for gss/ecode/name
    bool requireExisting = false; // skip organisations with no document in outDir
    QString kind = QStringLiteral("council"); // for organisations created here
    QList<QPair<QString, QString>> include; // keep rows whose column equals a value (any of)
    QList<QPair<QString, QString>> exclude; // drop rows whose column equals a value
    QChar delimiter;            // null: detect
    // Optional (commons 1.1): the id of the source the file is (e.g. rs-2017-18, see
    // RealSources). Then each document lists it in `sources` and each reported cost names
    // its rows: "rs-2017-18#line 25: E06000001, Education services, value_gbp_thousands".
    QString sourceId;
    // Optional: a Revenue Outturn service-group table (resources/real/rsx-layers.csv). The
    // --service-id-col value is then an RS line number (190 … 698): its service takes the
    // group's stable id (shared decision 3, the same as `import rsx`, so years compare) and
    // layer. Lines the table does not list keep the usual id and no layer, noted.
    QString groupsFile;
};

class SpendingImporter
{
    Q_DECLARE_TR_FUNCTIONS(SpendingImporter)

public:
    static Result<ImportReport> run(const SpendingImportOptions &options);
    // "COLUMN=VALUE" -> pair; false when malformed.
    static bool parseFilter(const QString &text, QPair<QString, QString> *out);
};

} // namespace livedna
