#include "core/importers/nhsrecordsimporter.h"

#include "core/importers/csvreader.h"
#include "core/importers/importcommon.h"
#include "core/importers/realcatalogue.h"
#include "core/importers/realsources.h"
#include "core/importers/trustlookup.h"
#include "core/util/logging.h"

#include <QMap>

namespace livedna {

namespace {

const QString eprSourceId = QStringLiteral("nhs-epr-2024-10");

struct TrustFacts
{
    std::optional<BrickInstance> records;
    std::optional<SystemUse> epr;
    QList<int> costLines; // lines of the cost file, then of the EPR list, for the report
    QList<int> eprLines;
};

Result<QMap<QString, TrustFacts>> readCosts(const NhsRecordsImportOptions &o, ImportReport *report)
{
    using R = Result<QMap<QString, TrustFacts>>;
    Result<CsvTable> t = CsvReader::readFile(o.file);
    if (!t.ok())
        return R::failure(t.problems());
    const CsvTable &tab = t.value();
    const QString totalName = NhsRecordsImporter::totalColumn(o.period);
    const int code = tab.column(QStringLiteral("trust_code")), total = tab.column(totalName);
    if (code < 0 || total < 0) {
        return R::failure(o.file, QString(), NhsRecordsImporter::tr("line 1 has no “%1” column for %2 (or no trust_code).")
                                                 .arg(code < 0 ? QStringLiteral("trust_code") : totalName, o.period));
    }
    const QString sourceId = RealSources::mrcId(o.period);
    QMap<QString, TrustFacts> facts;
    for (int i = 0; i < tab.rows.size(); ++i) {
        const QStringList &row = tab.rows.at(i);
        const int line = tab.lines.at(i);
        const QString c = row.value(code).trimmed();
        TrustFacts &f = facts[c];
        f.costLines.append(line);
        const ImportCommon::Amount a = ImportCommon::parseAmount(row.value(total));
        if (a.state != ImportCommon::AmountState::Value || a.value < 0) {
            report->note(line, NhsRecordsImporter::tr("%1: %2 is blank: records cost unknown, no brick").arg(c, totalName));
            continue;
        }
        BrickInstance b;
        b.id = QStringLiteral("medical-records");
        b.name = QStringLiteral("Medical records service (on and off site)");
        b.capability = QStringLiteral("health-records");
        b.annualCostGbp = ImportCommon::roundPence(a.value);
        b.source = RealSources::ref(sourceId, QStringLiteral("line %1: %2, %3").arg(line).arg(c, totalName));
        f.records = b;
    }
    report->rowsIn += int(tab.rows.size());
    return facts;
}

std::optional<SystemUse> eprSystem(const QString &code, const QString &supplier, int line, ImportReport *report)
{
    if (supplier.startsWith(QLatin1String("No EPR"), Qt::CaseInsensitive)) {
        report->note(line, NhsRecordsImporter::tr("%1: “%2”: no EPR system").arg(code, supplier));
        return std::nullopt;
    }
    SystemUse s;
    s.id = QStringLiteral("epr");
    s.capability = QStringLiteral("electronic-patient-record");
    s.source = RealSources::ref(eprSourceId, QStringLiteral("line %1: %2, Supplier (Primary EPR)").arg(line).arg(code));
    if (supplier.contains(QLatin1String("Generic"), Qt::CaseInsensitive) || supplier.contains(QLatin1String("In House"), Qt::CaseInsensitive)) {
        s.name = QStringLiteral("Electronic patient record (generic or in-house)");
        return s;
    }
    s.product = RealCatalogue::builtIn().productFor(s.capability, supplier);
    s.name = QStringLiteral("Electronic patient record (%1)").arg(supplier);
    if (s.product.isEmpty())
        report->note(line, NhsRecordsImporter::tr("%1: supplier “%2” is not in the product table: system with no product").arg(code, supplier));
    return s;
}

Status readSuppliers(const NhsRecordsImportOptions &o, QMap<QString, TrustFacts> *facts, ImportReport *report)
{
    Result<CsvTable> t = CsvReader::readFile(o.eprFile);
    if (!t.ok())
        return Status::failure(t.errorString());
    const CsvTable &tab = t.value();
    const int code = tab.column(QStringLiteral("Organisation Code")), supplier = tab.column(QStringLiteral("Supplier (Primary EPR)"));
    if (code < 0 || supplier < 0)
        return Status::failure(NhsRecordsImporter::tr("%1: needs columns “Organisation Code” and “Supplier (Primary EPR)”.").arg(o.eprFile));
    for (int i = 0; i < tab.rows.size(); ++i) {
        const QString c = tab.rows.at(i).value(code).trimmed();
        TrustFacts &f = (*facts)[c];
        f.eprLines.append(tab.lines.at(i));
        f.epr = eprSystem(c, tab.rows.at(i).value(supplier).simplified(), tab.lines.at(i), report);
    }
    report->rowsIn += int(tab.rows.size());
    return Status::success();
}

Status writeTrust(const NhsRecordsImportOptions &o, const Organisation &header, const TrustFacts &f, ImportReport *report)
{
    const QString period = o.into.isEmpty() ? o.period : o.into;
    Result<Organisation> opened = ImportCommon::openOrganisation(o.outDir, header, period, nullptr);
    if (!opened.ok())
        return Status::failure(opened.errorString());
    Organisation doc = opened.take();
    Service s;
    if (period != o.period && f.records)
        s.period = o.period; // the cost's year, shown beside it in a later document
    s.id = QLatin1String(NhsRecordsImporter::ServiceId);
    s.name = QStringLiteral("Health records");
    s.layer = Layer::Overhead;
    if (f.records) {
        s.bricks.append(*f.records);
        ImportCommon::addSource(&doc, RealSources::byId(RealSources::mrcId(o.period)));
    }
    if (f.epr) {
        s.systems.append(*f.epr);
        ImportCommon::addSource(&doc, RealSources::byId(eprSourceId));
    }
    ImportCommon::putService(&doc, s);
    return ImportCommon::saveOrganisation(o.outDir, doc, report);
}


} // namespace

QString NhsRecordsImporter::totalColumn(const QString &period)
{
    return QStringLiteral("mrc_total_%1%2").arg(period.left(4), period.mid(5, 2));
}

Result<ImportReport> NhsRecordsImporter::run(const NhsRecordsImportOptions &o)
{
    using R = Result<ImportReport>;
    if (!ImportCommon::isPeriod(o.period) || (!o.into.isEmpty() && !ImportCommon::isPeriod(o.into)))
        return R::failure(o.file, QString(), tr("--period (and --into) must be financial years such as 2023-24."));
    Result<TrustLookup> trusts = TrustLookup::load(o.outDir, o.odsFile);
    if (!trusts.ok())
        return R::failure(trusts.problems());
    ImportReport report;
    report.kind = QStringLiteral("nhs-records");
    report.sources.append(o.file);
    Result<QMap<QString, TrustFacts>> costs = readCosts(o, &report);
    if (!costs.ok())
        return R::failure(costs.problems());
    QMap<QString, TrustFacts> facts = costs.take();
    if (!o.eprFile.isEmpty()) {
        report.sources.append(o.eprFile);
        const Status st = readSuppliers(o, &facts, &report);
        if (!st)
            return R::failure(o.eprFile, QString(), st.error);
    }
    for (auto it = facts.cbegin(); it != facts.cend(); ++it) {
        // Rows of both files count: a trust's rows are imported together, or skipped together.
        const QList<int> lines = it->costLines + it->eprLines;
        QString why;
        const std::optional<Organisation> header = trusts.value().header(it.key(), &why);
        if (!header || (!it->records && !it->epr)) {
            for (int line : lines)
                report.skip(line, header ? tr("%1: no records cost and no EPR system published").arg(it.key()) : why);
            continue;
        }
        const Status st = writeTrust(o, *header, *it, &report);
        if (!st)
            return R::failure(o.file, QString(), st.error);
        report.imported += int(lines.size());
    }
    qCInfo(lcImport) << "nhs-records:" << report.imported << "rows imported," << report.skipped.size() << "skipped";
    return report;
}

} // namespace livedna
