#pragma once

#include "core/domain/catalogue.h"
#include "core/importers/csvreader.h"
#include "core/importers/importreport.h"
#include "core/util/problem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace livedna {

// MHCLG Revenue Outturn Service Expenditure Summary (RSX), worksheet 2, as published (CSV
// export): title lines, a header row starting "E-code" whose cells hold line breaks, one row
// per authority, an ENGLAND row, then a second table. For each current English council and
// each of the 13 RS service groups with a figure, one service (id from shared decision 3)
// with `reported` (employees C1, running C2, income C4 + C5, net C7; £ thousand × 1000),
// reported_cost_gbp = net, a layer from the editable table resources/real/rsx-layers.csv,
// and a source naming the line, the organisation and the columns.
struct RsxImportOptions
{
    QString file;
    QString outDir;
    QString period;        // YYYY-YY: the document the figures go into
    QString registerFile;  // uk_local_authorities.csv
    QString layersFile = QStringLiteral(":/real/rsx-layers.csv");
};

class RsxImporter
{
    Q_DECLARE_TR_FUNCTIONS(RsxImporter)

public:
    // One row of the layers table.
    struct GroupInfo
    {
        QString id;    // stable service id: education, highways-transport, …
        QString name;  // the published group name, matched against header cells
        int rsLine = 0;
        Layer layer = Layer::Frontline;
    };
    // Columns of one service group found in the header: index of C1…C7 (-1 when absent).
    struct GroupColumns
    {
        GroupInfo info;
        int column[8] = {-1, -1, -1, -1, -1, -1, -1, -1};
    };
    struct Layout
    {
        int headerRow = -1; // index into the table's rows
        int headerLine = 0; // physical line
        int endRow = -1;    // first row after the authorities (the ENGLAND or empty row)
        int ecode = -1, ons = -1, name = -1, cls = -1;
        QList<GroupColumns> groups;
        QStringList missing; // "Police services C5", …: columns this year's file lacks
    };

    static Result<ImportReport> run(const RsxImportOptions &options);
    static Result<QList<GroupInfo>> loadGroups(const QString &layersFile);
    // Finds the header and the end of the first table, and matches columns by their header
    // text; fails naming the line when the file is not an RSX table.
    static Result<Layout> findLayout(const CsvTable &table, const QString &file, const QList<GroupInfo> &groups);
    // The measure (1…7) a header cell names, from "(C4)" or, failing that, its words; 0 if none.
    static int measureOf(const QString &headerCell);
};

} // namespace livedna
