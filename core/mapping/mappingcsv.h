#pragma once

#include "core/domain/catalogue.h"
#include "core/domain/organisation.h"
#include "core/importers/csvreader.h"
#include "core/importers/importreport.h"
#include "core/util/problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace livedna {

// The spreadsheet round trip of issue 14 (docs/mapping.md): an organisation's bricks as one
// CSV row per brick with exactly the columns
//   service,brick,name,capability,uses,annual_cost_gbp,fte,basis,source
// and its flows in an optional second CSV with the columns service,from,to,label.
//
// Export: UTF-8 with a BOM (so Excel reads £ and Welsh letters), CRLF, RFC 4180 quoting.
// A service with no bricks gets one row with only `service` filled: the analyst's template.
// Every text cell that a spreadsheet would run as a formula (starting with = + - @ TAB or
// CR) is neutralised with a leading apostrophe, which the importer removes again.
class MappingCsv
{
    Q_DECLARE_TR_FUNCTIONS(MappingCsv)

public:
    static QStringList columns();     // the nine brick columns, in order
    static QStringList flowColumns(); // service,from,to,label

    static QByteArray exportBricks(const Organisation &org);
    static QByteArray exportFlows(const Organisation &org);
    // Quoted as RFC 4180 needs and neutralised against formula injection.
    static QString cell(const QString &text);
    // Costs and FTE exactly, in the shortest form that reads back to the same number.
    static QString number(double value);

    // A cell a spreadsheet would evaluate: its first character is = + - @ TAB or CR.
    static bool looksLikeFormula(const QString &text);
    // A cell this exporter neutralised: apostrophes, then a formula character.
    static bool isNeutralised(const QString &text);
    // Refuses what a CSV of this kind must not be: UTF-16 (with or without BOM), bytes that
    // are not UTF-8 (Latin-1 / Windows-1252 saves). Empty when the bytes are UTF-8.
    static QList<Problem> checkEncoding(const QByteArray &bytes, const QString &file);
};

struct MappingImportOptions
{
    QString csvFile;   // labels the messages (and is read by importFiles)
    QString flowsFile; // optional
    // Sources the importer lists in the document (the CLI's --source ID=TITLE), so `source`
    // references may name them. A source whose id the document already lists is kept as it is.
    QList<Source> extraSources;
    // Our column name -> the header of the user's spreadsheet (the GUI's column mapping);
    // a column not in the map is looked up by its own name.
    QHash<QString, QString> columnMap;
};

struct MappingImport
{
    Organisation organisation; // as CommonsReader reads it back
    ImportReport report;       // rows read / imported / skipped (with lines), notes
    QStringList mappedServices; // services whose bricks the CSV replaced, in file order
    QStringList overAllocated;  // services whose bricks exceed their reported spend
};

// The import side: the CSV (and flows file) onto an existing organisation document. The
// document's services, reported figures and systems are kept; the bricks of every service
// named by an imported row are replaced by the file's. Nothing is invented: a row without a
// cost is skipped (a brick's cost is required and never assumed to be 0). Every skipped
// row says why, naming the file, with its line.
class MappingImporter
{
    Q_DECLARE_TR_FUNCTIONS(MappingImporter)

public:
    // A sanity bound the format does not state: more staff than the whole NHS employs.
    static constexpr double MaxFte = 1e7;

    static Result<MappingImport> importFiles(const Organisation &base, const Catalogue &catalogue,
                                             const MappingImportOptions &options);
    // `flows` may be null (no flows file). The bytes are checked with checkEncoding first.
    static Result<MappingImport> importBytes(const Organisation &base, const Catalogue &catalogue,
                                             const QByteArray &csv, const QByteArray &flows,
                                             const MappingImportOptions &options);
    // Tables already read (the GUI's preview, after checkEncoding); `flows` absent: no flows file.
    static Result<MappingImport> importTables(const Organisation &base, const Catalogue &catalogue,
                                              const CsvTable &bricks, const std::optional<CsvTable> &flows,
                                              const MappingImportOptions &options);
};

} // namespace livedna
