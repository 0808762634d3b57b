// Issue 14: mapping an organisation into bricks through a spreadsheet and publishing it.
// The CSV round trip on every organisation of the demo commons and on a real council (RSX
// 2023-24 and the real catalogue from ../shared/data); hostile CSVs, each with the message
// it must give; over-allocation; coverage invariants (mapped + unmapped = reported) and a
// null share where nothing is reported; and a mapping published with the organisation's key
// into a commons, synced into a fresh cache, read back exactly as mapped.
#include "core/cache/cache.h"
#include "core/commons/commonsreader.h"
#include "core/commons/commonswriter.h"
#include "core/importers/csvreader.h"
#include "core/mapping/mappingcoverage.h"
#include "core/mapping/mappingcsv.h"
#include "core/mapping/orgdiff.h"
#include "core/sync/syncer.h"
#include "tests/support/clirunner.h"
#include "tests/support/commons11.h"
#include "tests/support/testenv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace livedna;
using livedna::test::CliRun;
using livedna::test::runCli;
using livedna::test::Commons11;

namespace {

const QString Hartlepool = QStringLiteral("E06000001");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// The organisation with every brick and flow removed: what a service looks like before mapping.
Organisation unmapped(Organisation org)
{
    for (Service &s : org.services) {
        s.bricks.clear();
        s.flows.clear();
    }
    return org;
}

BrickInstance brick(const QString &id, const QString &name, const QString &capability, double cost)
{
    BrickInstance b;
    b.id = id;
    b.name = name;
    b.capability = capability;
    b.annualCostGbp = cost;
    return b;
}

Source ledger()
{
    Source s;
    s.id = QStringLiteral("hartlepool-ledger");
    s.title = QStringLiteral("Hartlepool Borough Council general ledger 2023-24");
    return s;
}

// Hartlepool as its analyst maps it: two bricks of the cultural service (one published from
// the ledger, one estimated with its method), one of central services; names that a
// spreadsheet would run as formulas; a flow whose label starts with '-'.
Organisation mapHartlepool(Organisation org)
{
    org.sources.append(ledger());
    Service *cultural = org.service(QStringLiteral("cultural"));
    BrickInstance lms = brick(QStringLiteral("lms"), QStringLiteral("=HYPERLINK(\"http://x\",\"Library system\")"),
                              QStringLiteral("library-management"), 412345.67);
    lms.fte = 3.5;
    lms.source = QStringLiteral("hartlepool-ledger#cost centre 4410, line 12");
    BrickInstance clean = brick(QStringLiteral("cleaning"), QStringLiteral("Library cleaning, \"all sites\""),
                                QStringLiteral("cleaning"), 61000);
    clean.basis = Basis::Estimated;
    clean.source = QStringLiteral("hartlepool-ledger#method: 2 FTE × £30,500 (pay scale 2023-24)");
    cultural->bricks = {lms, clean};
    cultural->flows = {{QStringLiteral("lms"), QStringLiteral("cleaning"), QStringLiteral("-hand-off")}};
    Service *central = org.service(QStringLiteral("central-services"));
    central->bricks = {brick(QStringLiteral("street"), QStringLiteral("'@Street reporting back office"),
                             QStringLiteral("street-reporting-backoffice"), 0)};
    return org;
}

} // namespace

class TstMapping : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_real;      // a real commons: catalogue, RSX 2023-24, library systems
    QString m_realCache; // synced from it

    // Builds the real commons once with the CLI, as build-real-commons.sh does (a subset).
    bool buildReal(QString *why)
    {
        const QString data = livedna::test::sharedDataDir();
        const QString la = data + QStringLiteral("/local-authorities/uk_local_authorities.csv");
        const QString stage = m_tmp.filePath(QStringLiteral("stage"));
        const QList<QStringList> steps{
            {QStringLiteral("import"), QStringLiteral("catalogue"), QStringLiteral("--out"), stage},
            {QStringLiteral("import"), QStringLiteral("rsx"), data + QStringLiteral("/council-finance-rsx/RSX_2023-24_data_by_LA.csv"),
             QStringLiteral("--period"), QStringLiteral("2023-24"), QStringLiteral("--register"), la, QStringLiteral("--out"), stage},
            {QStringLiteral("import"), QStringLiteral("systems"), QStringLiteral("libraries"),
             data + QStringLiteral("/council-systems/library_catalogues.json"), QStringLiteral("--register"), la,
             QStringLiteral("--out"), stage},
            {QStringLiteral("import"), QStringLiteral("nhs-trusts"), data + QStringLiteral("/nhs-orgs/etr_with_header.csv"),
             QStringLiteral("--period"), QStringLiteral("2016-17"), QStringLiteral("--out"), stage},
            {QStringLiteral("import"), QStringLiteral("eric"), data + QStringLiteral("/nhs-estates-eric/ERIC-2016-17.csv"),
             QStringLiteral("--period"), QStringLiteral("2016-17"), QStringLiteral("--out"), stage},
            {QStringLiteral("publish"), stage, m_real, QStringLiteral("--commons"), QStringLiteral("mini-real")},
            {QStringLiteral("sync"), m_real},
        };
        for (const QStringList &step : steps) {
            const CliRun r = runCli(m_realCache, step);
            if (r.exitCode != 0) {
                *why = r.describe();
                return false;
            }
        }
        return true;
    }

    void requireReal()
    {
        if (m_real.isEmpty())
            QSKIP("../shared/data (RSX 2023-24, the council register, library catalogues) is absent, or LIVEDNA_CLI is "
                  "not set (run through ctest); skipping the real-commons checks");
    }

    static MappingImport importOk(const Organisation &base, const Catalogue &catalogue, const QByteArray &csv,
                                  const QByteArray &flows = QByteArray(), const QList<Source> &sources = {})
    {
        MappingImportOptions o;
        o.csvFile = QStringLiteral("bricks.csv");
        o.flowsFile = flows.isNull() ? QString() : QStringLiteral("flows.csv");
        o.extraSources = sources;
        Result<MappingImport> r = MappingImporter::importBytes(base, catalogue, csv, flows, o);
        if (!r.ok())
            qWarning().noquote() << r.errorString();
        return r.ok() ? r.take() : MappingImport{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const QString data = livedna::test::sharedDataDir();
        const QString cli = livedna::test::cliPath();
        if (data.isEmpty() || cli.isEmpty() || !QFileInfo::exists(cli)
            || !QFileInfo::exists(data + QStringLiteral("/council-finance-rsx/RSX_2023-24_data_by_LA.csv"))
            || !QFileInfo::exists(data + QStringLiteral("/nhs-estates-eric/ERIC-2016-17.csv")))
            return;
        m_real = m_tmp.filePath(QStringLiteral("real"));
        m_realCache = m_tmp.filePath(QStringLiteral("real.sqlite"));
        QString why;
        QVERIFY2(buildReal(&why), qPrintable(why));
    }

    // Export then import, onto the same organisation with its bricks and flows removed, gives
    // the same document, byte for byte through CommonsWriter: every organisation of the demo.
    void csvRoundTripDemo()
    {
        Cache cache;
        QVERIFY(cache.open(m_tmp.filePath(QStringLiteral("demo.sqlite"))));
        Syncer syncer(&cache);
        const Result<SyncReport> s = syncer.run(Syncer::demoSource());
        QVERIFY2(s.ok(), qPrintable(s.errorString()));
        const Catalogue catalogue = cache.catalogue();
        int bricks = 0, flows = 0;
        for (const OrgSummary &summary : cache.organisations()) {
            const std::optional<Organisation> org = cache.organisation(summary.code);
            QVERIFY(org);
            const QByteArray csv = MappingCsv::exportBricks(*org);
            const QByteArray flowCsv = MappingCsv::exportFlows(*org);
            const MappingImport back = importOk(unmapped(*org), catalogue, csv, flowCsv);
            QVERIFY2(back.report.skipped.isEmpty(), qPrintable(back.report.toText()));
            QVERIFY(back.report.balanced());
            QCOMPARE(CommonsWriter::organisationBytes(back.organisation), CommonsWriter::organisationBytes(*org));
            for (const Service &svc : org->services) {
                bricks += int(svc.bricks.size());
                flows += int(svc.flows.size());
            }
        }
        QVERIFY2(bricks > 100 && flows > 50, qPrintable(QStringLiteral("%1 bricks, %2 flows").arg(bricks).arg(flows)));
    }

    // The same on a real council: reported figures and sources from RSX 2023-24, the real
    // catalogue, an estimated brick with its method, and cells a spreadsheet would run.
    void csvRoundTripReal()
    {
        requireReal();
        Cache cache;
        QVERIFY(cache.open(m_realCache));
        const std::optional<Organisation> base = cache.organisation(Hartlepool);
        QVERIFY(base);
        QVERIFY(base->service(QStringLiteral("cultural")) && base->service(QStringLiteral("cultural"))->reportedCostGbp);
        const Organisation mapped = mapHartlepool(*base);
        const QByteArray csv = MappingCsv::exportBricks(mapped);
        const QByteArray flows = MappingCsv::exportFlows(mapped);
        // The estimate's method travels in the spreadsheet, and no cell would run as a formula.
        QVERIFY(csv.contains("hartlepool-ledger#method: 2 FTE × £30,500 (pay scale 2023-24)"));
        QVERIFY(csv.startsWith("\xEF\xBB\xBF" "service,brick,name,capability,uses,annual_cost_gbp,fte,basis,source\r\n"));
        for (const QByteArray &bytes : {csv, flows}) {
            const Result<CsvTable> t = CsvReader::readBytes(bytes, QStringLiteral("export"));
            QVERIFY(t.ok());
            for (const QStringList &row : t.value().rows) {
                for (const QString &cell : row)
                    QVERIFY2(!MappingCsv::looksLikeFormula(cell), qPrintable(cell));
            }
        }
        QVERIFY(csv.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"Library system\"\")\""));
        QVERIFY(csv.contains(",''@Street reporting back office,")); // already an apostrophe: one more
        QVERIFY(flows.contains(",'-hand-off\r\n"));

        const MappingImport back = importOk(*base, cache.catalogue(), csv, flows, {ledger()});
        QVERIFY2(back.report.skipped.isEmpty(), qPrintable(back.report.toText()));
        QCOMPARE(back.report.rowsIn, back.report.imported);
        QCOMPARE(back.mappedServices.size(), base->services.size()); // every service has a row
        QCOMPARE(CommonsWriter::organisationBytes(back.organisation), CommonsWriter::organisationBytes(mapped));
        // And exporting the import gives the same spreadsheet.
        QCOMPARE(MappingCsv::exportBricks(back.organisation), csv);
    }

    // Every organisation of the real commons: councils with their reported spend and library
    // systems (kept), trusts with their published facility bricks, each naming its ERIC row.
    void csvRoundTripEveryRealOrganisation()
    {
        requireReal();
        Cache cache;
        QVERIFY(cache.open(m_realCache));
        const Catalogue catalogue = cache.catalogue();
        int orgs = 0, bricks = 0, systems = 0;
        for (const OrgSummary &summary : cache.organisations()) {
            const std::optional<Organisation> org = cache.organisation(summary.code);
            QVERIFY(org);
            const MappingImport back = importOk(unmapped(*org), catalogue, MappingCsv::exportBricks(*org), MappingCsv::exportFlows(*org));
            QVERIFY2(back.report.skipped.isEmpty(), qPrintable(summary.code + back.report.toText()));
            QCOMPARE(CommonsWriter::organisationBytes(back.organisation), CommonsWriter::organisationBytes(*org));
            ++orgs;
            for (const Service &s : org->services) {
                bricks += int(s.bricks.size());
                systems += int(s.systems.size());
            }
        }
        QVERIFY2(orgs > 500 && bricks > 1500 && systems > 100,
                 qPrintable(QStringLiteral("%1 organisations, %2 bricks, %3 systems").arg(orgs).arg(bricks).arg(systems)));
    }

    void hostileCsv_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("message");
        const QByteArray ok = "cultural,lms2,Library system,library-management,,1000,,published,\n";
        QTest::newRow("=HYPERLINK") << QByteArray("cultural,lmsb,\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",library-management,,1000,,published,\n")
                                   << QStringLiteral("column name starts with “=”, which a spreadsheet runs as a formula (formula injection)");
        QTest::newRow("+") << QByteArray("cultural,lmsb,+cmd|' /C calc'!A0,library-management,,1000,,published,\n")
                          << QStringLiteral("column name starts with “+”");
        QTest::newRow("-") << QByteArray("cultural,lmsb,-2+3,library-management,,1000,,published,\n")
                          << QStringLiteral("column name starts with “-”");
        QTest::newRow("@") << QByteArray("cultural,lmsb,@SUM(1+1),library-management,,1000,,published,\n")
                          << QStringLiteral("column name starts with “@”");
        QTest::newRow("tab") << QByteArray("cultural,lmsb,\"\t=1+1\",library-management,,1000,,published,\n")
                            << QStringLiteral("column name starts with “TAB”");
        QTest::newRow("formula cost") << QByteArray("cultural,lmsb,Library,library-management,,=1000*2,,published,\n")
                                     << QStringLiteral("column annual_cost_gbp starts with “=”");
        QTest::newRow("formula source") << QByteArray("cultural,lmsb,Library,library-management,,1000,,published,=A1\n")
                                       << QStringLiteral("column source starts with “=”");
        QTest::newRow("huge cost") << QByteArray("cultural,lmsb,Library,library-management,,1e16,,published,\n")
                                  << QStringLiteral("column annual_cost_gbp is 1e16, above the bound of £1,000,000,000,000,000");
        QTest::newRow("overflowing cost") << (QByteArray("cultural,lmsb,Library,library-management,,") + QByteArray(400, '9') + ",,published,\n")
                                         << QStringLiteral("above the bound of £1,000,000,000,000,000");
        QTest::newRow("huge fte") << QByteArray("cultural,lmsb,Library,library-management,,1000,20000000,published,\n")
                                 << QStringLiteral("column fte is 20000000, above the bound of 10000000");
        QTest::newRow("negative cost") << QByteArray("cultural,lmsb,Library,library-management,,-1000,,published,\n")
                                      << QStringLiteral("column annual_cost_gbp is negative");
        QTest::newRow("words for cost") << QByteArray("cultural,lmsb,Library,library-management,,about a grand,,published,\n")
                                       << QStringLiteral("column annual_cost_gbp is “about a grand”, not a number");
        QTest::newRow("decimal comma") << QByteArray("cultural,lmsb,Library,library-management,,\"1.000,50\",,published,\n")
                                      << QStringLiteral("column annual_cost_gbp is “1.000,50”, not a number");
        QTest::newRow("no cost") << QByteArray("cultural,lmsb,Library,library-management,,,,published,\n")
                                << QStringLiteral("no cost: a brick's cost is never invented");
        QTest::newRow("duplicate brick id") << (ok + "cultural,lms2,Again,library-management,,5,,published,\n")
                                           << QStringLiteral("duplicate brick id “lms2” in service “cultural” (first at line 2): refused");
        QTest::newRow("unknown capability") << QByteArray("cultural,lmsb,Library,no-such-thing,,1000,,published,\n")
                                           << QStringLiteral("capability “no-such-thing” is not a capability of the commons' catalogue");
        QTest::newRow("unknown catalogue brick") << QByteArray("cultural,lmsb,Library,,no.such.brick,1000,,published,\n")
                                                << QStringLiteral("uses names “no.such.brick”, which is not a brick of the commons' catalogue");
        QTest::newRow("neither") << QByteArray("cultural,lmsb,Library,,,1000,,published,\n")
                                << QStringLiteral("needs either a catalogue brick in uses");
        QTest::newRow("estimate without method") << QByteArray("cultural,lmsb,Library,library-management,,1000,,estimated,\n")
                                                << QStringLiteral("an estimated brick must say how it was estimated");
        QTest::newRow("unlisted source") << QByteArray("cultural,lmsb,Library,library-management,,1000,,published,my-ledger#row 4\n")
                                        << QStringLiteral("source “my-ledger” is not listed in the document's sources");
        QTest::newRow("bad basis") << QByteArray("cultural,lmsb,Library,library-management,,1000,,guessed,\n")
                                  << QStringLiteral("basis is “guessed”");
        QTest::newRow("unknown service") << QByteArray("no-such-service,lms,Library,library-management,,1000,,published,\n")
                                        << QStringLiteral("service “no-such-service” is not a service of E06000001's 2023-24 document");
        QTest::newRow("system id") << QByteArray("cultural,lms,Library,library-management,,1000,,published,\n")
                                  << QStringLiteral("brick id “lms” is already the id of a system");
        QTest::newRow("bidi in an id") << QByteArray("cultural,lms\xE2\x80\xAE" "b,Library,library-management,,1000,,published,\n")
                                      << QStringLiteral("column brick holds a control or text-direction character");
        QTest::newRow("shifted row") << QByteArray("cultural,lmsb,Library, main,library-management,,1000,,published,\n")
                                    << QStringLiteral("the row has 10 fields, the header 9");
    }

    // Each hostile row is refused with its message, the file's name and its line; the rest of
    // the file is imported; nothing of the refused row reaches the document.
    void hostileCsv()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, message);
        const Commons11 c = Commons11::sample();
        Organisation base = Commons11::hartlepool(QStringLiteral("2023-24"));
        const QByteArray header = "service,brick,name,capability,uses,annual_cost_gbp,fte,basis,source\n";
        const MappingImport r = importOk(base, c.catalogue, header + row);
        QVERIFY(r.report.balanced());
        QCOMPARE(r.report.skipped.size(), 1);
        const ImportReport::Entry &skip = r.report.skipped.constFirst();
        QVERIFY2(skip.reason.startsWith(QStringLiteral("bricks.csv: ")), qPrintable(skip.reason));
        QVERIFY2(skip.reason.contains(message), qPrintable(skip.reason));
        QCOMPARE(skip.line, int(row.count('\n')) + 1); // the last row of the file is the refused one
        QVERIFY(r.report.toText().contains(QStringLiteral("(line %1)").arg(skip.line)));
        const QByteArray written = CommonsWriter::organisationBytes(r.organisation);
        QVERIFY(!written.contains("HYPERLINK") && !written.contains("=1") && !written.contains("@SUM"));
    }

    void wrongEncoding_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        const QString utf8 = QStringLiteral("service,brick,name,capability,uses,annual_cost_gbp,fte,basis,source\n"
                                            "cultural,lms,Llyfrgell Ŵ,library-management,,1000,,published,\n");
        QByteArray le = "\xFF\xFE";
        le += QByteArray(reinterpret_cast<const char *>(utf8.utf16()), utf8.size() * 2);
        QTest::newRow("UTF-16 with BOM") << le << QStringLiteral("Line 1: the file is UTF-16");
        QTest::newRow("UTF-16 without BOM") << le.mid(2) << QStringLiteral("Line 1: the file holds NUL bytes");
        QTest::newRow("Latin-1") << utf8.toLatin1().replace("\x3f", "\xE9") // Ŵ has no Latin-1 form: write é instead
                                 << QStringLiteral("Line 2: the file is not UTF-8 (byte 0xE9");
        QTest::newRow("Windows-1252 pound") << QByteArray("service,brick,name,capability,uses,annual_cost_gbp,fte,basis,source\n"
                                                          "cultural,lms,Library,library-management,,\xA3" "1000,,published,\n")
                                            << QStringLiteral("Line 2: the file is not UTF-8 (byte 0xA3");
        QTest::newRow("missing columns") << QByteArray("service,brick,name,capability,uses,cost,fte,basis,source\n")
                                         << QStringLiteral("Line 1: the header lacks the column(s) annual_cost_gbp; a mapping CSV has the columns");
    }

    // A file in the wrong encoding is refused whole, with the file and the line.
    void wrongEncoding()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const Commons11 c = Commons11::sample();
        MappingImportOptions o;
        o.csvFile = QStringLiteral("council.csv");
        const Result<MappingImport> r = MappingImporter::importBytes(Commons11::hartlepool(QStringLiteral("2023-24")),
                                                                      c.catalogue, bytes, QByteArray(), o);
        QVERIFY(!r.ok());
        QCOMPARE(r.problems().size(), 1);
        QCOMPARE(r.problems().constFirst().file, QStringLiteral("council.csv"));
        QVERIFY2(r.problems().constFirst().message.contains(message), qPrintable(r.errorString()));
    }

    // Bricks above the reported spend are imported, with a warning naming the service and the
    // line; coverage counts the service as fully mapped and shows the excess apart.
    void overAllocation()
    {
        const Commons11 c = Commons11::sample();
        const Organisation base = Commons11::hartlepool(QStringLiteral("2023-24"));
        const double reported = *base.service(QStringLiteral("cultural"))->reportedCostGbp;
        const QByteArray csv = "service,brick,name,capability,uses,annual_cost_gbp,fte,basis,source\n"
                               "cultural,lmsb,Library system,library-management,,"
                               + MappingCsv::number(reported).toUtf8() + ",,published,\n"
                               "cultural,extra,Extra,library-management,,1000,,published,\n";
        const MappingImport r = importOk(base, c.catalogue, csv);
        QCOMPARE(r.report.imported, 2);
        QCOMPARE(r.overAllocated, QStringList{QStringLiteral("cultural")});
        QCOMPARE(r.report.notes.size(), 1);
        QCOMPARE(r.report.notes.constFirst().line, 2);
        QVERIFY2(r.report.notes.constFirst().reason.contains(QStringLiteral("bricks.csv: over-allocated: the bricks of service "
                                                                            "“cultural” cost")), qPrintable(r.report.toText()));
        QVERIFY(r.report.notes.constFirst().reason.contains(QStringLiteral("(by £1,000)")));
        QCOMPARE(r.organisation.service(QStringLiteral("cultural"))->bricks.size(), 2);
        const OrgCoverage cov = OrgCoverage::of(r.organisation, c.catalogue);
        const ServiceCoverage *cultural = nullptr;
        for (const ServiceCoverage &s : cov.services)
            cultural = s.id == QLatin1String("cultural") ? &s : cultural;
        QVERIFY(cultural);
        QCOMPARE(*cultural->share, 1.0);
        QCOMPARE(cultural->countedGbp, reported);
        QCOMPARE(cultural->unmappedGbp, 0.0);
        QCOMPARE(cultural->overAllocatedGbp, 1000.0);
        // Costs as a spreadsheet shows them are read exactly.
        const MappingImport shown = importOk(base, c.catalogue, "service,brick,name,capability,uses,annual_cost_gbp,fte,basis,source\n"
                                                                "cultural,a,A,library-management,,\"£1,234,567.89\",,,\n"
                                                                "cultural,b,B,library-management,,0,0.5,,\n");
        QCOMPARE(shown.organisation.service(QStringLiteral("cultural"))->bricks.at(0).annualCostGbp, 1234567.89);
        QCOMPARE(shown.organisation.service(QStringLiteral("cultural"))->bricks.at(1).annualCostGbp, 0.0);
        QCOMPARE(*shown.organisation.service(QStringLiteral("cultural"))->bricks.at(1).fte, 0.5);
        // Under the reported spend there is no warning.
        const MappingImport under = importOk(base, c.catalogue, csv.left(csv.lastIndexOf("cultural,extra")));
        QVERIFY(under.overAllocated.isEmpty() && under.report.notes.isEmpty());
    }

    // mapped + unmapped = reported, per service, per organisation, per layer and nationally,
    // on every council of the real commons with Hartlepool mapped (over-allocated too).
    void allocationInvariant()
    {
        requireReal();
        Cache cache;
        QVERIFY(cache.open(m_realCache));
        const Catalogue catalogue = cache.catalogue();
        NationalCoverage national;
        for (const OrgSummary &o : cache.organisations()) {
            OrgCoverage cov = OrgCoverage::of(o, cache.services(o.code, QString(), o.period));
            if (o.code == Hartlepool) {
                Organisation mapped = mapHartlepool(*cache.organisation(Hartlepool));
                mapped.service(QStringLiteral("central-services"))->bricks.first().annualCostGbp =
                    *mapped.service(QStringLiteral("central-services"))->reportedCostGbp * 2; // over-allocated
                cov = OrgCoverage::of(mapped, catalogue);
                QVERIFY(cov.total.overAllocatedGbp > 0);
                QVERIFY(*cov.total.share() > 0 && *cov.total.share() < 1);
            }
            for (const ServiceCoverage &s : cov.services) {
                if (!s.share)
                    continue;
                QVERIFY(s.unmappedGbp >= 0 && s.countedGbp >= 0);
                QVERIFY(std::abs(s.countedGbp + s.unmappedGbp - *s.reportedGbp) <= 1e-9 * std::abs(*s.reportedGbp));
                QVERIFY(*s.share >= 0 && *s.share <= 1);
            }
            national.add(cov);
        }
        QVERIFY(national.orgs.size() > 500);
        QVERIFY(national.total.mappedOutsideGbp > 1e9); // the trusts' facility bricks: outside the share
        auto balanced = [](const CoverageFigures &f) {
            return std::abs(f.countedGbp + f.unmappedGbp - f.reportedGbp) <= 1e-9 * std::max(1.0, f.reportedGbp);
        };
        QVERIFY(balanced(national.total));
        double layers = 0;
        for (const CoverageFigures &f : std::as_const(national.byLayer)) {
            QVERIFY(balanced(f));
            layers += f.reportedGbp;
        }
        QVERIFY(std::abs(layers - national.total.reportedGbp) <= 1e-9 * national.total.reportedGbp);
        for (const CoverageFigures &f : std::as_const(national.byService))
            QVERIFY(balanced(f));
        QVERIFY(national.total.reportedGbp > 5e10); // England's councils: tens of £bn
        QVERIFY(*national.total.share() > 0 && *national.total.share() < 1e-3);
    }

    // No reported spend, or only net income: the share is null, never 0; reported but not
    // mapped: 0.
    void mappedShareNull()
    {
        const Catalogue catalogue = Commons11::sample().catalogue;
        Organisation org = Commons11::hartlepool(QStringLiteral("2023-24"));
        for (Service &s : org.services)
            s.reportedCostGbp.reset();
        QVERIFY(!OrgCoverage::of(org, catalogue).total.share());
        QVERIFY(OrgCoverage::of(org, catalogue).toJson().value(QLatin1String("mapped_share")).isNull());
        for (Service &s : org.services)
            s.reportedCostGbp = -500.0; // income above spending
        QVERIFY(!OrgCoverage::of(org, catalogue).total.share());
        org.services.first().reportedCostGbp = 1000.0;
        org.services.first().bricks.clear();
        QCOMPARE(*OrgCoverage::of(unmapped(org), catalogue).total.share(), 0.0);

        // Through the CLI on the real commons: every council reports, so 0; the library
        // "services" of the systems import report nothing and are outside the share.
        requireReal();
        const CliRun orgs = runCli(m_realCache, {QStringLiteral("orgs"), QStringLiteral("--json")});
        QVERIFY2(orgs.exitCode == 0, qPrintable(orgs.describe()));
        int zero = 0, trusts = 0;
        for (const QJsonValue &v : orgs.json().array()) {
            const QJsonObject o = v.toObject();
            QVERIFY(o.contains(QLatin1String("mapped_share")));
            if (o.value(QLatin1String("kind")).toString() == QLatin1String("nhs-trust")) {
                // ERIC's facility bricks, but no reported spend to share them against: null.
                QVERIFY(o.value(QLatin1String("mapped_share")).isNull());
                trusts += o.value(QLatin1String("total_gbp")).toDouble() > 0 ? 1 : 0;
            }
            if (o.value(QLatin1String("reported_gbp")).isNull() || o.value(QLatin1String("reported_gbp")).toDouble() <= 0)
                QVERIFY2(o.value(QLatin1String("mapped_share")).isNull(), qPrintable(o.value(QLatin1String("code")).toString()));
            else if (o.value(QLatin1String("mapped_share")).toDouble(-1) == 0.0)
                ++zero;
        }
        QVERIFY2(zero > 300, qPrintable(QString::number(zero)));
        QVERIFY2(trusts > 150, qPrintable(QString::number(trusts)));
    }

    // The whole of "publish my organisation" with the real binary: export the template,
    // fill it in, import, diff, publish signed into a commons, sync into a fresh cache and
    // find exactly what was mapped; or export one signed file and verify it.
    void publishSyncBack()
    {
        requireReal();
        const QString dir = m_tmp.filePath(QStringLiteral("publish"));
        const QString commons = dir + QStringLiteral("/commons");
        QVERIFY(livedna::test::copyTree(m_real, commons));
        const QString csv = dir + QStringLiteral("/hartlepool.csv");
        const QString flowsCsv = dir + QStringLiteral("/hartlepool-flows.csv");
        CliRun r = runCli(m_realCache, {QStringLiteral("mapping"), QStringLiteral("export"), Hartlepool,
                                        QStringLiteral("--out"), csv, QStringLiteral("--flows"), flowsCsv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(readFile(csv).contains("\r\ncultural,,,,,,,,\r\n")); // the template: one row per service

        // The analyst fills the spreadsheet in (here: the mapping above, written as a spreadsheet would).
        Cache cache;
        QVERIFY(cache.open(m_realCache));
        const Organisation mapped = mapHartlepool(*cache.organisation(Hartlepool));
        cache.close();
        QVERIFY(writeFile(csv, MappingCsv::exportBricks(mapped)));
        QVERIFY(writeFile(flowsCsv, MappingCsv::exportFlows(mapped)));
        r = runCli(m_realCache, {QStringLiteral("mapping"), QStringLiteral("import"), csv, QStringLiteral("--flows"), flowsCsv,
                                 QStringLiteral("--org"), Hartlepool, QStringLiteral("--out"), dir + QStringLiteral("/out"),
                                 QStringLiteral("--source"), ledger().id + QLatin1Char('=') + ledger().title, QStringLiteral("--strict")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QStringLiteral("Rows read: 12; imported: 12; skipped: 0.")), qPrintable(r.out));
        const QString doc = dir + QStringLiteral("/out/orgs/E06000001/2023-24.json");
        QCOMPARE(readFile(doc), CommonsWriter::organisationBytes(mapped));

        r = runCli(m_realCache, {QStringLiteral("mapping"), QStringLiteral("diff"), Hartlepool, doc});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QStringLiteral("Services: 0 added, 2 changed, 0 removed. Bricks: 3 added, 0 changed, 0 removed.")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Mapped spend: £0 → £473,346 (+£473,346)")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Sources added: hartlepool-ledger")), qPrintable(r.out));

        const QString key = dir + QStringLiteral("/hartlepool.key");
        QCOMPARE(runCli(QString(), {QStringLiteral("keygen"), key}).exitCode, 0);
        r = runCli(m_realCache, {QStringLiteral("mapping"), QStringLiteral("publish"), doc, QStringLiteral("--commons"), commons,
                                 QStringLiteral("--key"), key});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QStringLiteral("version 2 (previous: 1)")) && r.out.contains(QStringLiteral("Signed:")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Changes: 0 added, 1 changed, 0 removed.")), qPrintable(r.out));

        // A fresh cache syncs it, trusting the organisation's key, and holds what was mapped.
        const QString fresh = dir + QStringLiteral("/fresh.sqlite");
        r = runCli(fresh, {QStringLiteral("sync"), commons, QStringLiteral("--trust"), key + QStringLiteral(".pub")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        {
            Cache back;
            QVERIFY(back.open(fresh));
            QCOMPARE(CommonsWriter::organisationBytes(*back.organisation(Hartlepool)), CommonsWriter::organisationBytes(mapped));
            Cache before;
            QVERIFY(before.open(m_realCache));
            QCOMPARE(back.organisations().size(), before.organisations().size());
            for (const QString &other : {QStringLiteral("E06000002"), QStringLiteral("E08000035")})
                QCOMPARE(CommonsWriter::organisationBytes(*back.organisation(other)),
                         CommonsWriter::organisationBytes(*before.organisation(other)));
            const OrgCoverage expected = OrgCoverage::of(mapped, before.catalogue());
            r = runCli(fresh, {QStringLiteral("orgs"), QStringLiteral("--json")});
            bool found = false;
            for (const QJsonValue &v : r.json().array()) {
                if (v.toObject().value(QLatin1String("code")).toString() == Hartlepool) {
                    found = true;
                    QCOMPARE(v.toObject().value(QLatin1String("mapped_share")).toDouble(), *expected.total.share());
                    QCOMPARE(v.toObject().value(QLatin1String("total_gbp")).toDouble(), 473345.67);
                }
            }
            QVERIFY(found);
        }
        r = runCli(fresh, {QStringLiteral("coverage"), QStringLiteral("--json"), QStringLiteral("--org"), Hartlepool});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject cov = r.json().object();
        QCOMPARE(cov.value(QLatin1String("mapped_gbp")).toDouble(), 473345.67);
        QJsonObject cultural;
        for (const QJsonValue &v : cov.value(QLatin1String("by_service")).toArray())
            cultural = v.toObject().value(QLatin1String("id")).toString() == QLatin1String("cultural") ? v.toObject() : cultural;
        QCOMPARE(cultural.value(QLatin1String("mapped_gbp")).toDouble(), 473345.67);
        QVERIFY(std::abs(cultural.value(QLatin1String("mapped_gbp")).toDouble() + cultural.value(QLatin1String("unmapped_gbp")).toDouble()
                         - cultural.value(QLatin1String("reported_gbp")).toDouble()) < 0.01);
        // Nothing changed: the diff against the fresh cache is empty.
        r = runCli(fresh, {QStringLiteral("mapping"), QStringLiteral("diff"), Hartlepool, doc});
        QVERIFY2(r.out.contains(QStringLiteral("No change.")), qPrintable(r.describe()));

        // One signed file for a central commons, verified with the public key; altered, refused.
        const QString one = dir + QStringLiteral("/E06000001-2023-24.json");
        r = runCli(m_realCache, {QStringLiteral("mapping"), QStringLiteral("publish"), doc, QStringLiteral("--export"), one,
                                 QStringLiteral("--key"), key});
        QVERIFY2(r.exitCode == 0 && QFileInfo::exists(one + QStringLiteral(".sig")), qPrintable(r.describe()));
        QCOMPARE(readFile(one), readFile(doc));
        r = runCli(QString(), {QStringLiteral("mapping"), QStringLiteral("verify"), one, QStringLiteral("--key"), key + QStringLiteral(".pub")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(writeFile(one, readFile(one).replace("412345.67", "412345.68")));
        r = runCli(QString(), {QStringLiteral("mapping"), QStringLiteral("verify"), one, QStringLiteral("--key"), key + QStringLiteral(".pub")});
        QCOMPARE(r.exitCode, 2);
    }

    // An invalid document is refused with every problem's JSON pointer; nothing is published.
    void publishRefusesInvalid()
    {
        requireReal();
        const QString dir = m_tmp.filePath(QStringLiteral("invalid"));
        const QString commons = dir + QStringLiteral("/commons");
        QVERIFY(livedna::test::copyTree(m_real, commons));
        Cache cache;
        QVERIFY(cache.open(m_realCache));
        Organisation bad = mapHartlepool(*cache.organisation(Hartlepool));
        cache.close();
        bad.service(QStringLiteral("cultural"))->bricks[0].capability = QStringLiteral("no-such-capability");
        bad.service(QStringLiteral("cultural"))->bricks[1].source = QStringLiteral("unlisted#x");
        const QString doc = dir + QStringLiteral("/bad.json");
        QVERIFY(writeFile(doc, CommonsWriter::organisationBytes(bad)));
        const QByteArray indexBefore = readFile(commons + QStringLiteral("/index.json"));
        const CliRun r = runCli(m_realCache, {QStringLiteral("mapping"), QStringLiteral("publish"), doc, QStringLiteral("--commons"), commons});
        QCOMPARE(r.exitCode, 2);
        int cultural = 0;
        while (bad.services.at(cultural).id != QLatin1String("cultural"))
            ++cultural;
        QVERIFY2(r.err.contains(QStringLiteral("/services/%1/bricks/0/capability").arg(cultural)), qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("/services/%1/bricks/1/source").arg(cultural)), qPrintable(r.describe()));
        QCOMPARE(readFile(commons + QStringLiteral("/index.json")), indexBefore);
    }
};

QTEST_GUILESS_MAIN(TstMapping)
#include "tst_mapping.moc"
