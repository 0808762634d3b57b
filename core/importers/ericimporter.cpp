#include "core/importers/ericimporter.h"

#include "core/importers/csvreader.h"
#include "core/importers/importcommon.h"
#include "core/importers/realsources.h"
#include "core/importers/trustlookup.h"
#include "core/util/logging.h"

#include <QRegularExpression>

namespace livedna {

namespace {

// One published cost column and the capability its brick is on. Names are the files' own;
// where a year words a column differently, each wording is listed.
struct CostColumn
{
    const char *brickId;
    const char *capability;
    QStringList names;
};

const QList<CostColumn> &costColumns()
{
    static const QList<CostColumn> columns = {
        {"estates-maintenance", "estates-maintenance",
         {QStringLiteral("Estates and property maintenance (£)"), QStringLiteral("Maintenance service costs (£)")}},
        {"energy", "energy", {QStringLiteral("Energy costs (all energy supplies) (£)")}},
        {"water", "water", {QStringLiteral("Water cost (£)")}},
        {"sewerage", "water", {QStringLiteral("Sewage cost (£)")}},
        {"cleaning", "cleaning", {QStringLiteral("Cleaning service cost (£)")}},
        {"inpatient-food", "inpatient-food", {QStringLiteral("Inpatient food service cost (£)")}},
        {"laundry-linen", "laundry-linen", {QStringLiteral("Laundry and linen service cost (£)")}},
        {"portering", "portering", {QStringLiteral("Portering service cost (£)")}},
    };
    return columns;
}

// Waste-stream cost columns: "Clinical waste cost (£)", "Landfill disposal cost (£)",
// "Waste reycling cost (£)" (sic), "Other recovery cost (£)", …
bool isWasteStream(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("(waste|disposal|recycling|reycling|recovery).*\\bcost \\(£\\)$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(name.simplified()).hasMatch() && !name.contains(QLatin1String("per "), Qt::CaseInsensitive);
}

struct Layout
{
    int headerRow = -1;
    int code = -1;
    QList<QPair<int, const CostColumn *>> costs; // column -> what it is
    QList<int> waste;
    QStringList header;
};

Result<Layout> findLayout(const CsvTable &t, const QString &file)
{
    Layout l;
    for (int i = 0; i < t.rows.size() && i < 10 && l.headerRow < 0; ++i) {
        const int c = t.rows.at(i).indexOf(QStringLiteral("Organisation Code"));
        if (c >= 0) {
            l.headerRow = i;
            l.code = c;
        }
    }
    if (l.headerRow < 0)
        return Result<Layout>::failure(file, QString(), EricImporter::tr("No line among the first ten has an “Organisation Code” column: not an ERIC trust file."));
    l.header = t.rows.at(l.headerRow);
    for (int c = 0; c < l.header.size(); ++c) {
        const QString name = l.header.at(c).simplified();
        for (const CostColumn &cc : costColumns()) {
            if (cc.names.contains(name))
                l.costs.append({c, &cc});
        }
        if (isWasteStream(name))
            l.waste.append(c);
    }
    if (l.costs.isEmpty()) {
        return Result<Layout>::failure(file, QString(), EricImporter::tr("line %1 names none of the facility cost columns (e.g. “Cleaning service cost (£)”).")
                                                            .arg(t.lines.at(l.headerRow)));
    }
    return l;
}

QString stripPound(const QString &name)
{
    QString s = name.simplified();
    s.remove(QStringLiteral(" (£)"));
    return s;
}

// A published cost, or nullopt with a note when blank or not a number.
std::optional<double> costAt(const QStringList &row, int column, const QString &what, int line, ImportReport *report)
{
    const QString raw = row.value(column).trimmed();
    const ImportCommon::Amount a = ImportCommon::parseAmount(raw);
    if (a.state == ImportCommon::AmountState::Value && a.value >= 0)
        return ImportCommon::roundPence(a.value);
    report->note(line, raw.isEmpty() ? EricImporter::tr("%1 blank: not published, no brick").arg(what)
                                     : EricImporter::tr("%1 published as '%2': no brick").arg(what, raw));
    return std::nullopt;
}

std::optional<BrickInstance> wasteBrick(const Layout &l, const QStringList &row, const QString &locator, const QString &sourceId,
                                        int line, ImportReport *report)
{
    if (l.waste.isEmpty())
        return std::nullopt;
    double sum = 0.0;
    QStringList names, missing;
    for (int c : l.waste) {
        const ImportCommon::Amount a = ImportCommon::parseAmount(row.value(c));
        names.append(l.header.at(c).simplified());
        if (a.state == ImportCommon::AmountState::Value && a.value >= 0)
            sum += a.value;
        else
            missing.append(stripPound(l.header.at(c)));
    }
    if (!missing.isEmpty()) {
        report->note(line, EricImporter::tr("waste: %1 not published, so no waste brick (the streams are summed only when all are published)")
                               .arg(missing.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    BrickInstance b;
    b.id = QStringLiteral("waste");
    b.name = QStringLiteral("Waste disposal (sum of %1 streams)").arg(l.waste.size());
    b.capability = QStringLiteral("waste");
    b.annualCostGbp = ImportCommon::roundPence(sum);
    b.source = RealSources::ref(sourceId, QStringLiteral("%1, %2").arg(locator, names.join(QStringLiteral(" + "))));
    return b;
}

Service estatesService(const Layout &l, const QStringList &row, const QString &locator, const QString &sourceId, int line,
                       ImportReport *report)
{
    Service s;
    s.id = QLatin1String(EricImporter::ServiceId);
    s.name = QStringLiteral("Estates and facilities");
    s.layer = Layer::Overhead;
    for (const auto &[column, cc] : l.costs) {
        const QString name = l.header.at(column).simplified();
        const std::optional<double> cost = costAt(row, column, stripPound(name), line, report);
        if (!cost)
            continue;
        BrickInstance b;
        b.id = QLatin1String(cc->brickId);
        b.name = stripPound(name);
        b.capability = QLatin1String(cc->capability);
        b.annualCostGbp = *cost;
        b.source = RealSources::ref(sourceId, QStringLiteral("%1, %2").arg(locator, name));
        s.bricks.append(b);
    }
    if (const std::optional<BrickInstance> w = wasteBrick(l, row, locator, sourceId, line, report))
        s.bricks.append(*w);
    return s;
}

Status writeTrust(const EricImportOptions &o, const Organisation &header, Service service, ImportReport *report)
{
    const QString period = o.into.isEmpty() ? o.period : o.into;
    Result<Organisation> opened = ImportCommon::openOrganisation(o.outDir, header, period, nullptr);
    if (!opened.ok())
        return Status::failure(opened.errorString());
    Organisation doc = opened.take();
    ImportCommon::addSource(&doc, RealSources::byId(RealSources::ericId(o.period)));
    if (period != o.period)
        service.period = o.period;
    ImportCommon::putService(&doc, service);
    return ImportCommon::saveOrganisation(o.outDir, doc, report);
}

} // namespace

Result<ImportReport> EricImporter::run(const EricImportOptions &o)
{
    using R = Result<ImportReport>;
    if (!ImportCommon::isPeriod(o.period) || (!o.into.isEmpty() && !ImportCommon::isPeriod(o.into)))
        return R::failure(o.file, QString(), tr("--period (and --into) must be financial years such as 2016-17."));
    Result<TrustLookup> trusts = TrustLookup::load(o.outDir, o.odsFile);
    if (!trusts.ok())
        return R::failure(trusts.problems());
    CsvOptions csv;
    csv.delimiter = QLatin1Char('$');
    csv.hasHeader = false;
    Result<CsvTable> read = CsvReader::readFile(o.file, csv);
    if (!read.ok())
        return R::failure(read.problems());
    const CsvTable &t = read.value();
    Result<Layout> layout = findLayout(t, o.file);
    if (!layout.ok())
        return R::failure(layout.problems());
    const Layout &l = layout.value();
    ImportReport report;
    report.kind = QStringLiteral("eric");
    report.sources.append(o.file);
    const QString sourceId = RealSources::ericId(o.period);
    for (int i = l.headerRow + 1; i < t.rows.size(); ++i) {
        const QStringList &row = t.rows.at(i);
        const int line = t.lines.at(i);
        ++report.rowsIn;
        const QString code = row.value(l.code).trimmed();
        QString why;
        const std::optional<Organisation> header = trusts.value().header(code, &why);
        if (!header) {
            report.skip(line, why);
            continue;
        }
        const Service s = estatesService(l, row, QStringLiteral("line %1: %2").arg(line).arg(code), sourceId, line, &report);
        const Status st = writeTrust(o, *header, s, &report);
        if (!st)
            return R::failure(o.file, QString(), tr("line %1: %2").arg(line).arg(st.error));
        ++report.imported;
    }
    qCInfo(lcImport) << "eric:" << report.imported << "trusts imported," << report.skipped.size() << "skipped";
    return report;
}

} // namespace livedna
