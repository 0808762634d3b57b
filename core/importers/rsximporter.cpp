#include "core/importers/rsximporter.h"

#include "core/importers/importcommon.h"
#include "core/importers/laregister.h"
#include "core/importers/realsources.h"
#include "core/util/logging.h"

#include <QHash>
#include <QRegularExpression>

namespace livedna {

namespace {

// Header cells differ in spacing, dashes and line breaks between years ("Environmental and
// regulatory services -Total Income\n (C6 = C4 + C5)"); compare letters and digits only.
QString squash(const QString &text)
{
    QString s;
    for (QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            s.append(c);
    }
    return s;
}

QString cellAt(const QStringList &row, int column)
{
    return column >= 0 && column < row.size() ? row.at(column).trimmed() : QString();
}

bool isBlankRow(const QStringList &row)
{
    for (const QString &c : row) {
        if (!c.trimmed().isEmpty())
            return false;
    }
    return true;
}

bool isEnglandRow(const QStringList &row)
{
    for (int i = 0; i < 3 && i < row.size(); ++i) {
        if (row.at(i).trimmed().compare(QLatin1String("ENGLAND"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

int findColumn(const QStringList &header, const QStringList &names)
{
    for (int i = 0; i < header.size(); ++i) {
        const QString h = squash(header.at(i));
        for (const QString &n : names) {
            if (h == squash(n))
                return i;
        }
    }
    return -1;
}

const char *const measureNames[8] = {"", "C1 employees", "C2 running expenses", "C3 total expenditure",
                                     "C4 sales, fees and charges", "C5 other income", "C6 total income",
                                     "C7 net current expenditure"};

// The groups named by each header cell, longest name first so that no group's name can be
// taken for the start of another's.
Status matchGroups(const QStringList &header, const QList<RsxImporter::GroupInfo> &groups, RsxImporter::Layout *layout,
                   const QString &where)
{
    QList<RsxImporter::GroupInfo> byLength = groups;
    std::sort(byLength.begin(), byLength.end(), [](const auto &a, const auto &b) { return a.name.size() > b.name.size(); });
    QHash<QString, int> position;
    for (const RsxImporter::GroupInfo &g : groups) {
        position.insert(g.id, int(layout->groups.size()));
        layout->groups.append({g, {-1, -1, -1, -1, -1, -1, -1, -1}});
    }
    for (int col = 0; col < header.size(); ++col) {
        const QString h = squash(header.at(col));
        for (const RsxImporter::GroupInfo &g : std::as_const(byLength)) {
            if (!h.startsWith(squash(g.name)))
                continue;
            const int m = RsxImporter::measureOf(header.at(col));
            if (m == 0)
                break;
            int &slot = layout->groups[position.value(g.id)].column[m];
            if (slot >= 0) {
                return Status::failure(RsxImporter::tr("%1: columns %2 and %3 are both %4 %5.")
                                           .arg(where).arg(slot + 1).arg(col + 1).arg(g.name, QLatin1String(measureNames[m])));
            }
            slot = col;
            break;
        }
    }
    return Status::success();
}

} // namespace

int RsxImporter::measureOf(const QString &headerCell)
{
    static const QRegularExpression code(QStringLiteral("\\(\\s*C([1-7])\\b"));
    const QRegularExpressionMatch m = code.match(headerCell);
    if (m.hasMatch())
        return m.captured(1).toInt();
    // A file without the codes: the words of the measure, most specific first.
    const QString h = squash(headerCell);
    static const QList<QPair<const char *, int>> words = {
        {"netcurrentexpenditure", 7}, {"totalincome", 6}, {"otherincome", 5}, {"salesfeesandcharges", 4},
        {"totalexpenditure", 3}, {"runningexpenses", 2}, {"employees", 1}};
    for (const auto &[w, n] : words) {
        if (h.contains(QLatin1String(w)))
            return n;
    }
    return 0;
}

Result<QList<RsxImporter::GroupInfo>> RsxImporter::loadGroups(const QString &layersFile)
{
    using R = Result<QList<GroupInfo>>;
    Result<CsvTable> t = CsvReader::readFile(layersFile);
    if (!t.ok())
        return R::failure(t.problems());
    const CsvTable &tab = t.value();
    const int id = tab.column(QStringLiteral("service_id")), name = tab.column(QStringLiteral("group")),
              line = tab.column(QStringLiteral("rs_line")), layer = tab.column(QStringLiteral("layer"));
    if (id < 0 || name < 0 || layer < 0)
        return R::failure(layersFile, QString(), tr("The layers table needs columns service_id, group and layer."));
    QList<GroupInfo> out;
    for (int i = 0; i < tab.rows.size(); ++i) {
        const QStringList &row = tab.rows.at(i);
        GroupInfo g;
        g.id = cellAt(row, id);
        g.name = cellAt(row, name);
        g.rsLine = cellAt(row, line).toInt();
        if (g.id.isEmpty() || g.name.isEmpty() || !layerFromString(cellAt(row, layer), &g.layer)) {
            return R::failure(layersFile, QString(),
                              tr("line %1: each group needs a service_id, its published name and a layer "
                                 "(frontline or overhead).").arg(tab.lines.at(i)));
        }
        out.append(g);
    }
    if (out.isEmpty())
        return R::failure(layersFile, QString(), tr("The layers table lists no service group."));
    return out;
}

Result<RsxImporter::Layout> RsxImporter::findLayout(const CsvTable &table, const QString &file, const QList<GroupInfo> &groups)
{
    using R = Result<Layout>;
    Layout layout;
    // The header row is the one with an "E-code" cell (the first cell, as published) and a
    // "Local authority" cell: the second table's header names a class breakdown instead.
    for (int i = 0; i < table.rows.size() && layout.headerRow < 0; ++i) {
        const QStringList &row = table.rows.at(i);
        for (int c = 0; c < row.size() && c < 16 && layout.headerRow < 0; ++c) {
            if (squash(row.at(c)) == QLatin1String("ecode") && findColumn(row, {QStringLiteral("Local authority")}) >= 0) {
                layout.headerRow = i;
                layout.ecode = c;
            }
        }
    }
    if (layout.headerRow < 0)
        return R::failure(file, QString(), tr("No header row: no line has the “E-code” and “Local authority” columns, so this is not an RSX data table."));
    layout.headerLine = table.lines.at(layout.headerRow);
    const QStringList &header = table.rows.at(layout.headerRow);
    const QString where = tr("line %1 (the header row)").arg(layout.headerLine);
    layout.ons = findColumn(header, {QStringLiteral("ONS Code"), QStringLiteral("ONS code"), QStringLiteral("GSS code")});
    layout.name = findColumn(header, {QStringLiteral("Local authority"), QStringLiteral("Local authority name")});
    layout.cls = findColumn(header, {QStringLiteral("Class")});
    if (layout.ons < 0 || layout.cls < 0) {
        return R::failure(file, QString(), tr("%1 has no “%2” column.").arg(where, layout.ons < 0 ? QStringLiteral("ONS Code")
                                                                                                   : QStringLiteral("Class")));
    }
    const Status st = matchGroups(header, groups, &layout, where);
    if (!st)
        return R::failure(file, QString(), st.error);
    bool any = false;
    for (const GroupColumns &g : std::as_const(layout.groups)) {
        for (int m : {1, 2, 4, 5, 7}) {
            any = any || g.column[m] >= 0;
            if (g.column[m] < 0)
                layout.missing.append(QStringLiteral("%1 C%2").arg(g.info.name).arg(m));
        }
    }
    if (!any)
        return R::failure(file, QString(), tr("%1 names none of the RSX service groups (e.g. “Education services - Employees (C1)”).").arg(where));
    layout.endRow = int(table.rows.size());
    for (int i = layout.headerRow + 1; i < table.rows.size(); ++i) {
        if (isBlankRow(table.rows.at(i)) || isEnglandRow(table.rows.at(i))) {
            layout.endRow = i;
            break;
        }
    }
    return layout;
}

namespace {

struct Figures
{
    std::optional<double> value[8];
};

// C1…C7 of one group in £ (the file is in £ thousand). Blank and "[x]" stay unknown; a cell
// that is not a number is unknown too, and noted.
Figures readFigures(const QStringList &row, const RsxImporter::GroupColumns &g, int line, ImportReport *report)
{
    Figures f;
    for (int m = 1; m <= 7; ++m) {
        if (g.column[m] < 0)
            continue;
        const QString raw = cellAt(row, g.column[m]);
        const ImportCommon::Amount a = ImportCommon::parseAmount(raw);
        if (a.state == ImportCommon::AmountState::Value)
            f.value[m] = ImportCommon::roundPence(a.value * 1000.0);
        else if (a.state == ImportCommon::AmountState::Invalid)
            report->note(line, RsxImporter::tr("%1 C%2: '%3' is not a number; kept as unknown").arg(g.info.name).arg(m).arg(raw));
    }
    return f;
}

bool allEmptyOrZero(const Figures &f)
{
    for (int m : {1, 2, 4, 5, 7}) {
        if (f.value[m] && *f.value[m] != 0.0)
            return false;
    }
    return true;
}

Service makeService(const RsxImporter::GroupColumns &g, const Figures &f, const QString &locator, const QString &sourceId,
                    int line, ImportReport *report)
{
    Service s;
    s.id = g.info.id;
    s.name = g.info.name;
    s.layer = g.info.layer;
    Reported r;
    r.employeesGbp = f.value[1];
    r.runningGbp = f.value[2];
    r.netGbp = f.value[7];
    if (f.value[4] && f.value[5]) {
        r.incomeGbp = ImportCommon::roundPence(*f.value[4] + *f.value[5]);
    } else if (f.value[4] || f.value[5]) {
        r.incomeGbp = f.value[4] ? f.value[4] : f.value[5];
        report->note(line, RsxImporter::tr("%1: income is %2 only; %3 is not published")
                               .arg(g.info.name, f.value[4] ? QStringLiteral("C4") : QStringLiteral("C5"),
                                    f.value[4] ? QStringLiteral("C5") : QStringLiteral("C4")));
    }
    QStringList cols;
    for (int m : {1, 2, 4, 5, 7}) {
        if (g.column[m] >= 0)
            cols.append(QStringLiteral("C%1").arg(m));
    }
    r.source = RealSources::ref(sourceId, QStringLiteral("%1, %2").arg(locator, cols.join(QLatin1Char(' '))));
    if (f.value[7]) {
        s.reportedCostGbp = f.value[7];
        s.source = RealSources::ref(sourceId, locator + QStringLiteral(", C7"));
    }
    s.reported = r;
    return s;
}

// Which current council each authority row belongs to. A body replaced by one new council is
// taken as that council only when it is the only row in the file that maps to it and the new
// council has no row of its own (a renamed or re-coded council); figures of several bodies
// merged into a new council are not that council's, and are skipped naming it.
struct Target
{
    const LaRegister::Authority *council = nullptr;
    QString reason; // why the row is skipped, when council is null
    QString note;
};

QList<Target> resolveRows(const CsvTable &t, const RsxImporter::Layout &layout, const LaRegister &reg)
{
    QList<Target> targets;
    QHash<QString, int> claims; // successor gss -> rows mapping to it
    for (int i = layout.headerRow + 1; i < layout.endRow; ++i) {
        const QStringList &row = t.rows.at(i);
        const QString ons = cellAt(row, layout.ons), ecode = cellAt(row, layout.ecode), name = cellAt(row, layout.name);
        Target target;
        const LaRegister::Authority *a = reg.byGss(ons);
        if (!a)
            a = reg.byEcode(ecode);
        if (cellAt(row, layout.cls).compare(QLatin1String("O"), Qt::CaseInsensitive) == 0) {
            target.reason = RsxImporter::tr("class O (police, fire, national park, waste, transport or combined authority): not a council");
        } else if (!a) {
            target.reason = RsxImporter::tr("%1 (%2, %3) is not in the local authority register").arg(name, ons, ecode);
        } else if (a->isCurrentEnglish()) {
            target.council = a;
        } else if (const LaRegister::Authority *s = reg.successor(*a); s && s->isCurrentEnglish()) {
            target.council = s;
            target.reason = reg.whyNotCurrent(*a);
            target.note = RsxImporter::tr("%1: figures taken as %2 (%3)").arg(target.reason, s->officialName, s->gss);
            claims[s->gss] += 1;
        } else {
            target.reason = reg.whyNotCurrent(*a);
        }
        if (target.council && target.note.isEmpty())
            claims[target.council->gss] += 100; // the council's own row
        targets.append(target);
    }
    for (Target &target : targets) {
        if (target.council && !target.note.isEmpty() && claims.value(target.council->gss) != 1)
            target.council = nullptr; // merged with others, or the new council reports itself
        else if (target.council)
            target.reason.clear();
    }
    return targets;
}

Status writeCouncil(const RsxImportOptions &o, const LaRegister::Authority &a, const QList<Service> &services,
                    ImportReport *report)
{
    Organisation header;
    header.code = a.gss;
    header.name = a.officialName;
    header.kind = OrgKind::Council;
    header.type = a.typeName;
    header.region = a.region;
    header.population = a.population;
    Result<Organisation> opened = ImportCommon::openOrganisation(o.outDir, header, o.period, nullptr);
    if (!opened.ok())
        return Status::failure(opened.errorString());
    Organisation doc = opened.take();
    ImportCommon::addSource(&doc, RealSources::byId(RealSources::rsxId(o.period)));
    for (const Service &s : services)
        ImportCommon::putService(&doc, s); // a re-import replaces the group's figures
    return ImportCommon::saveOrganisation(o.outDir, doc, report);
}

} // namespace

Result<ImportReport> RsxImporter::run(const RsxImportOptions &o)
{
    using R = Result<ImportReport>;
    if (!ImportCommon::isPeriod(o.period))
        return R::failure(o.file, QString(), tr("--period must be the financial year of the file, such as 2023-24."));
    Result<QList<GroupInfo>> groups = loadGroups(o.layersFile);
    if (!groups.ok())
        return R::failure(groups.problems());
    Result<LaRegister> reg = LaRegister::load(o.registerFile);
    if (!reg.ok())
        return R::failure(reg.problems());
    CsvOptions csv;
    csv.hasHeader = false;
    csv.delimiter = QLatin1Char(',');
    Result<CsvTable> read = CsvReader::readFile(o.file, csv);
    if (!read.ok())
        return R::failure(read.problems());
    const CsvTable &t = read.value();
    Result<Layout> found = findLayout(t, o.file, groups.value());
    if (!found.ok())
        return R::failure(found.problems());
    const Layout &layout = found.value();

    ImportReport report;
    report.kind = QStringLiteral("rsx");
    report.sources = {o.file, o.registerFile};
    for (const QString &m : layout.missing)
        report.note(layout.headerLine, tr("no column for %1 in this file: that figure is unknown for every council").arg(m));
    const QString sourceId = RealSources::rsxId(o.period);
    const QList<Target> targets = resolveRows(t, layout, reg.value());
    for (int i = layout.headerRow + 1; i < layout.endRow; ++i) {
        const QStringList &row = t.rows.at(i);
        const int line = t.lines.at(i);
        const Target &target = targets.at(i - layout.headerRow - 1);
        ++report.rowsIn;
        if (!target.council) {
            report.skip(line, target.reason);
            continue;
        }
        if (!target.note.isEmpty())
            report.note(line, target.note);
        const QString locator = QStringLiteral("line %1: %2").arg(line).arg(target.council->gss);
        QList<Service> services;
        for (const GroupColumns &g : layout.groups) {
            const Figures f = readFigures(row, g, line, &report);
            if (!allEmptyOrZero(f))
                services.append(makeService(g, f, QStringLiteral("%1, %2").arg(locator, g.info.name), sourceId, line, &report));
        }
        const Status st = writeCouncil(o, *target.council, services, &report);
        if (!st)
            return R::failure(o.file, QString(), tr("line %1: %2").arg(line).arg(st.error));
        ++report.imported;
    }
    qCInfo(lcImport) << "rsx:" << report.imported << "councils imported," << report.skipped.size() << "rows skipped";
    return report;
}

} // namespace livedna
