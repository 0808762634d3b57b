// import systems and the real catalogue: each council's library, planning and street-fault
// systems land on the right service of its latest document with a product from the
// catalogue; names and slugs that match no council are listed, never guessed; the catalogue
// sets `work` on every capability and prices nothing.
#include "core/commons/commonsreader.h"
#include "core/commons/commonswriter.h"
#include "core/importers/councilimporter.h"
#include "core/importers/importcommon.h"
#include "core/importers/realcatalogue.h"
#include "core/importers/rsximporter.h"
#include "core/importers/systemsimporter.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace livedna;

namespace {

QJsonObject byId(const QJsonArray &list, const QString &id)
{
    for (const QJsonValue &v : list) {
        if (v.toObject().value(QLatin1String("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

QJsonObject latest(const QString &out, const QString &code)
{
    QFile f(ImportCommon::orgDocumentPath(out, code));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QStringList skippedReasons(const ImportReport &r)
{
    QStringList out;
    for (const ImportReport::Entry &e : r.skipped)
        out.append(e.reason);
    return out;
}

} // namespace

class TstImportSystems : public QObject
{
    Q_OBJECT

    QTemporaryDir m_out;
    QString m_register;

    Result<ImportReport> run(const QString &kind, const QString &file)
    {
        SystemsImportOptions o;
        o.kind = kind;
        o.file = file;
        o.registerFile = m_register;
        o.outDir = m_out.path();
        return SystemsImporter::run(o);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_register = livedna::test::sharedDataFile(QStringLiteral("local-authorities/uk_local_authorities.csv"));
        const QString rsx = livedna::test::sharedDataFile(QStringLiteral("council-finance-rsx/RSX_2023-24_data_by_LA.csv"));
        if (m_register.isEmpty() || rsx.isEmpty())
            return;
        CouncilImportOptions c;
        c.registerFile = m_register;
        c.outDir = m_out.path();
        c.period = QStringLiteral("2017-18");
        QVERIFY(CouncilImporter::run(c).ok());
        RsxImportOptions r;
        r.file = rsx;
        r.period = QStringLiteral("2023-24");
        r.registerFile = m_register;
        r.outDir = m_out.path();
        QVERIFY(RsxImporter::run(r).ok());
    }

    void libraries()
    {
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("council-systems/library_catalogues.json"), file);
        const Result<ImportReport> r = run(QStringLiteral("libraries"), file);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QVERIFY(r.value().balanced());
        QCOMPARE(r.value().imported, 152); // the English library services (SOURCE.md)
        // Barnet: Prism 3, on the cultural service of its latest (2023-24) document.
        const QJsonObject barnet = latest(m_out.path(), QStringLiteral("E09000003"));
        QCOMPARE(barnet.value(QLatin1String("period")).toString(), QStringLiteral("2023-24"));
        const QJsonObject cultural = byId(barnet.value(QLatin1String("services")).toArray(), QStringLiteral("cultural"));
        const QJsonObject lms = byId(cultural.value(QLatin1String("systems")).toArray(), QStringLiteral("library-management"));
        QCOMPARE(lms.value(QLatin1String("product")).toString(), QStringLiteral("prism3"));
        QCOMPARE(lms.value(QLatin1String("capability")).toString(), QStringLiteral("library-management"));
        QVERIFY(lms.value(QLatin1String("source")).toString().startsWith(QLatin1String("libraries-catalogues#item ")));
        QVERIFY(byId(barnet.value(QLatin1String("sources")).toArray(), QStringLiteral("libraries-catalogues")).contains(QLatin1String("title")));
        // The figures already there survive the merge.
        QVERIFY(cultural.value(QLatin1String("reported")).toObject().value(QLatin1String("net_gbp")).isDouble());
        // Library services with no code are listed, by name.
        QVERIFY(skippedReasons(r.value()).contains(QStringLiteral("unmatched: Guernsey has no GSS code")));
        // Importing again replaces rather than duplicates.
        QVERIFY(run(QStringLiteral("libraries"), file).ok());
        const QJsonObject again = byId(latest(m_out.path(), QStringLiteral("E09000003")).value(QLatin1String("services")).toArray(), QStringLiteral("cultural"));
        QCOMPARE(again.value(QLatin1String("systems")).toArray().size(), 1);
    }

    void planningNamesUnmatchedAreListed()
    {
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("council-systems/planning_scraper_list_2019.csv"), file);
        const Result<ImportReport> r = run(QStringLiteral("planning"), file);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QVERIFY(r.value().balanced());
        const QStringList skipped = skippedReasons(r.value());
        // Ambiguous and combined names are never guessed.
        QVERIFY(skipped.contains(QStringLiteral("unmatched: no council in the register is 'Kingston'")));
        QVERIFY(skipped.contains(QStringLiteral("unmatched: no council in the register is 'AdurWorthing'")));
        // "AmberValley" is Amber Valley; Allerdale's 2019 site is recorded on Cumberland.
        const QJsonObject amber = byId(latest(m_out.path(), QStringLiteral("E07000032")).value(QLatin1String("services")).toArray(),
                                       QStringLiteral("planning-development"));
        QCOMPARE(byId(amber.value(QLatin1String("systems")).toArray(), QStringLiteral("planning-website")).value(QLatin1String("capability")).toString(),
                 QStringLiteral("planning-applications"));
        const QJsonArray cumberland = byId(latest(m_out.path(), QStringLiteral("E06000063")).value(QLatin1String("services")).toArray(),
                                           QStringLiteral("planning-development")).value(QLatin1String("systems")).toArray();
        QVERIFY(!byId(cumberland, QStringLiteral("planning-website-allerdale")).isEmpty());
        QVERIFY(r.value().imported > 280);
    }

    void streetReportingSlugs()
    {
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("council-systems/street_reporting_backends.csv"), file);
        const Result<ImportReport> r = run(QStringLiteral("street-reporting"), file);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QVERIFY(r.value().balanced());
        QVERIFY(skippedReasons(r.value()).contains(QStringLiteral("unmatched: no council in the register is 'dumfries'")));
        // "banes" through the aliases table; Bexley lists six configurations, each a system.
        const QJsonArray banes = byId(latest(m_out.path(), QStringLiteral("E06000022")).value(QLatin1String("services")).toArray(),
                                      QStringLiteral("environmental-regulatory")).value(QLatin1String("systems")).toArray();
        QCOMPARE(byId(banes, QStringLiteral("street-reporting-confirm")).value(QLatin1String("product")).toString(), QStringLiteral("confirm"));
        const QJsonArray bexley = byId(latest(m_out.path(), QStringLiteral("E09000004")).value(QLatin1String("services")).toArray(),
                                       QStringLiteral("environmental-regulatory")).value(QLatin1String("systems")).toArray();
        QCOMPARE(bexley.size(), 6);
        // Every system's product and capability are in the catalogue, and the documents read.
        const Catalogue &cat = RealCatalogue::builtIn().catalogue();
        for (const QString &code : {QStringLiteral("E06000022"), QStringLiteral("E09000004")}) {
            QFile f(ImportCommon::orgDocumentPath(m_out.path(), code));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const Result<Organisation> org = CommonsReader::readOrganisation(f.readAll(), code, cat, code);
            QVERIFY2(org.ok(), qPrintable(org.errorString()));
            for (const Service &s : org.value().services) {
                for (const SystemUse &sys : s.systems) {
                    QVERIFY(cat.capability(sys.capability));
                    QVERIFY(sys.product.isEmpty() || cat.product(sys.product));
                    QVERIFY(findSource(org.value().sources, SourceRef::parse(sys.source).sourceId));
                }
            }
        }
    }

    void catalogueSetsWorkAndPricesNothing()
    {
        const Catalogue &cat = RealCatalogue::builtIn().catalogue();
        QCOMPARE(cat.capabilities.size(), 13);
        const QSet<QString> people = {QStringLiteral("cleaning"), QStringLiteral("portering"), QStringLiteral("inpatient-food"),
                                      QStringLiteral("laundry-linen"), QStringLiteral("estates-maintenance"), QStringLiteral("health-records")};
        for (const Capability &c : cat.capabilities) {
            QVERIFY2(c.work.has_value(), qPrintable(c.id));
            QCOMPARE(*c.work == Work::People, people.contains(c.id));
            QCOMPARE(c.layer, Layer::Overhead);
        }
        QVERIFY(cat.bricks.isEmpty()); // no published price, no priced brick
        const QByteArray bytes = CommonsWriter::catalogueBytes(cat);
        const Result<Catalogue> back = CommonsReader::readBricks(bytes, QStringLiteral("bricks.json"));
        QVERIFY2(back.ok(), qPrintable(back.errorString()));
        QCOMPARE(back.value().products.size(), cat.products.size());
        for (const Product &p : back.value().products) {
            QVERIFY(back.value().capability(p.capability));
            QVERIFY(findSource(back.value().sources, SourceRef::parse(p.source).sourceId));
        }
        QCOMPARE(RealCatalogue::builtIn().productFor(QStringLiteral("planning-applications"), QStringLiteral("IdoxReq")), QStringLiteral("idox"));
    }
};

QTEST_GUILESS_MAIN(TstImportSystems)
#include "tst_importsystems.moc"
