// import eric and import nhs-records on the real files: every brick equals its source cell
// (read here with an independent splitter), a blank cost is no brick while a published 0 is
// a £0 brick, waste is summed only when every stream is published, --into marks the data's
// year, and EPR suppliers become systems with products (none for "No EPR", no product for
// in-house ones).
#include "core/commons/commonsreader.h"
#include "core/importers/ericimporter.h"
#include "core/importers/importcommon.h"
#include "core/importers/nhsrecordsimporter.h"
#include "core/importers/nhstrustimporter.h"
#include "core/importers/realcatalogue.h"
#include "tests/support/naivecsv.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace livedna;
using livedna::test::NaiveRow;

namespace {

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject byId(const QJsonArray &list, const QString &id)
{
    for (const QJsonValue &v : list) {
        if (v.toObject().value(QLatin1String("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

QString failText(const Result<ImportReport> &r)
{
    return r.ok() ? r.value().toText() : r.errorString();
}

// The ERIC file split on '$' by lines (it has no quoting), with its header's column indexes.
struct Eric
{
    QList<QStringList> rows; // rows.at(0) = section headings, rows.at(1) = column names
    int column(const QString &name) const { return int(rows.at(1).indexOf(name)); }
};

Eric readEric(const QString &path)
{
    QFile f(path);
    Eric e;
    if (!f.open(QIODevice::ReadOnly))
        return e;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        QString l = line;
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
        if (!l.isEmpty())
            e.rows.append(l.split(QLatin1Char('$')));
    }
    return e;
}

QString writeEric(const QString &path, const Eric &e)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    for (const QStringList &r : e.rows)
        f.write(r.join(QLatin1Char('$')).toUtf8() + "\n");
    return path;
}

} // namespace

class TstImportNhs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ericBricksEqualSourceCells_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("maintenance");
        QTest::newRow("2015-16") << QStringLiteral("2015-16") << QStringLiteral("Maintenance service costs (£)");
        QTest::newRow("2016-17") << QStringLiteral("2016-17") << QStringLiteral("Estates and property maintenance (£)");
    }

    void ericBricksEqualSourceCells()
    {
        QFETCH(QString, period);
        QFETCH(QString, maintenance);
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("nhs-estates-eric/ERIC-%1.csv").arg(period), file);
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("nhs-orgs/etr_with_header.csv"), ods);
        QTemporaryDir out;
        EricImportOptions o;
        o.file = file;
        o.period = period;
        o.outDir = out.path();
        o.odsFile = ods;
        const Result<ImportReport> r = EricImporter::run(o);
        QVERIFY2(r.ok(), qPrintable(failText(r)));
        QVERIFY(r.value().balanced());
        const Eric e = readEric(file);
        QCOMPARE(r.value().rowsIn, int(e.rows.size() - 2));
        const QList<QPair<QString, QString>> costs = {
            {QStringLiteral("cleaning"), QStringLiteral("Cleaning service cost (£)")},
            {QStringLiteral("portering"), QStringLiteral("Portering service cost (£)")},
            {QStringLiteral("energy"), QStringLiteral("Energy costs (all energy supplies) (£)")},
            {QStringLiteral("water"), QStringLiteral("Water cost (£)")},
            {QStringLiteral("laundry-linen"), QStringLiteral("Laundry and linen service cost (£)")},
            {QStringLiteral("inpatient-food"), QStringLiteral("Inpatient food service cost (£)")},
            {QStringLiteral("estates-maintenance"), maintenance},
        };
        int trusts = 0, bricks = 0;
        for (int i = 2; i < e.rows.size(); ++i) {
            const QString code = e.rows.at(i).value(e.column(QStringLiteral("Organisation Code")));
            const QString path = ImportCommon::orgDocumentPath(out.path(), code, period);
            if (!QFileInfo::exists(path))
                continue;
            ++trusts;
            const QJsonObject doc = readJson(path);
            const QJsonObject service = byId(doc.value(QLatin1String("services")).toArray(), QStringLiteral("estates-facilities"));
            const QJsonArray list = service.value(QLatin1String("bricks")).toArray();
            for (const auto &[id, column] : costs) {
                QVERIFY2(e.column(column) >= 0, qPrintable(column));
                const double v = livedna::test::naiveNumber(e.rows.at(i).value(e.column(column)));
                const QJsonObject b = byId(list, id);
                if (std::isnan(v)) {
                    QVERIFY2(b.isEmpty(), qPrintable(code + id)); // "Not Applicable": no brick, not £0
                    continue;
                }
                ++bricks;
                QCOMPARE(b.value(QLatin1String("annual_cost_gbp")).toDouble(), v);
                QCOMPARE(b.value(QLatin1String("source")).toString(),
                         QStringLiteral("eric-%1#line %2: %3, %4").arg(period).arg(i + 1).arg(code, column));
                QCOMPARE(b.value(QLatin1String("capability")).toString(), id);
            }
        }
        QVERIFY2(trusts > 150 && bricks > 1000, qPrintable(QStringLiteral("%1 %2").arg(trusts).arg(bricks)));
    }

    void ericBlankIsNotZero()
    {
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("nhs-estates-eric/ERIC-2016-17.csv"), file);
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("nhs-orgs/etr_with_header.csv"), ods);
        Eric e = readEric(file);
        const int cleaning = e.column(QStringLiteral("Cleaning service cost (£)"));
        const int landfill = e.column(QStringLiteral("Landfill disposal cost (£)"));
        QVERIFY(cleaning > 0 && landfill > 0);
        // Two open trusts: one's cleaning cost blanked, the other's set to 0; a waste stream blanked.
        int blankRow = -1, zeroRow = -1;
        QTemporaryDir out;
        for (int i = 2; i < e.rows.size() && zeroRow < 0; ++i) {
            const QString code = e.rows.at(i).value(0);
            if (code != QLatin1String("RJ1") && code != QLatin1String("R0A") && code != QLatin1String("RTH"))
                continue;
            (blankRow < 0 ? blankRow : zeroRow) = i;
        }
        QVERIFY(blankRow > 0 && zeroRow > 0);
        e.rows[blankRow][cleaning] = QString();
        e.rows[blankRow][landfill] = QString();
        e.rows[zeroRow][cleaning] = QStringLiteral("0");
        EricImportOptions o;
        o.file = writeEric(out.filePath(QStringLiteral("eric.csv")), e);
        o.period = QStringLiteral("2016-17");
        o.outDir = out.filePath(QStringLiteral("out"));
        o.odsFile = ods;
        const Result<ImportReport> r = EricImporter::run(o);
        QVERIFY2(r.ok(), qPrintable(failText(r)));
        const auto bricksOf = [&](int row) {
            const QJsonObject doc = readJson(ImportCommon::orgDocumentPath(o.outDir, e.rows.at(row).value(0), o.period));
            return byId(doc.value(QLatin1String("services")).toArray(), QStringLiteral("estates-facilities")).value(QLatin1String("bricks")).toArray();
        };
        QVERIFY(byId(bricksOf(blankRow), QStringLiteral("cleaning")).isEmpty());
        QVERIFY(byId(bricksOf(blankRow), QStringLiteral("waste")).isEmpty());
        QVERIFY(!byId(bricksOf(blankRow), QStringLiteral("portering")).isEmpty());
        const QJsonObject zero = byId(bricksOf(zeroRow), QStringLiteral("cleaning"));
        QVERIFY(!zero.isEmpty());
        QCOMPARE(zero.value(QLatin1String("annual_cost_gbp")).toDouble(), 0.0);
        // The report says which line lacked what.
        const QString text = r.value().toText(1000);
        QVERIFY2(text.contains(QStringLiteral("Cleaning service cost blank: not published, no brick (line %1)").arg(blankRow + 1)), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("waste: Landfill disposal cost not published")), qPrintable(text));
        // The waste brick of the other trust is the sum of its four published streams.
        double sum = 0.0;
        for (const char *n : {"Landfill disposal cost (£)", "Incineration disposal cost (£)", "Waste reycling cost (£)", "Other recovery cost (£)"})
            sum += livedna::test::naiveNumber(e.rows.at(zeroRow).value(e.column(QString::fromUtf8(n))));
        QCOMPARE(byId(bricksOf(zeroRow), QStringLiteral("waste")).value(QLatin1String("annual_cost_gbp")).toDouble(), sum);
    }

    void ericIntoLatestMarksItsYear()
    {
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("nhs-estates-eric/ERIC-2016-17.csv"), file);
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("nhs-orgs/etr_with_header.csv"), ods);
        QTemporaryDir out;
        NhsTrustImportOptions t;
        t.file = ods;
        t.outDir = out.path();
        t.period = QStringLiteral("2024-25");
        QVERIFY(NhsTrustImporter::run(t).ok());
        EricImportOptions o;
        o.file = file;
        o.period = QStringLiteral("2016-17");
        o.into = QStringLiteral("2024-25");
        o.outDir = out.path();
        const Result<ImportReport> r = EricImporter::run(o);
        QVERIFY2(r.ok(), qPrintable(failText(r)));
        // Without --ods only trusts that have a document count; closed ones are reported.
        QVERIFY(r.value().skipped.size() > 20);
        QCOMPARE(r.value().documentsCreated, 0);
        const QJsonObject doc = readJson(ImportCommon::orgDocumentPath(out.path(), QStringLiteral("RJ1"), QStringLiteral("2024-25")));
        QCOMPARE(doc.value(QLatin1String("period")).toString(), QStringLiteral("2024-25"));
        const QJsonObject s = byId(doc.value(QLatin1String("services")).toArray(), QStringLiteral("estates-facilities"));
        QCOMPARE(s.value(QLatin1String("period")).toString(), QStringLiteral("2016-17"));
        QVERIFY(byId(doc.value(QLatin1String("sources")).toArray(), QStringLiteral("eric-2016-17")).contains(QLatin1String("title")));
        QCOMPARE(doc.value(QLatin1String("organisation")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Guy's and St Thomas' NHS Foundation Trust"));
        const Result<Organisation> org = CommonsReader::readOrganisation(QJsonDocument(doc).toJson(), QStringLiteral("RJ1"),
                                                                         RealCatalogue::builtIn().catalogue());
        QVERIFY2(org.ok(), qPrintable(org.errorString()));
        QCOMPARE(org.value().service(QStringLiteral("estates-facilities"))->period, QStringLiteral("2016-17"));
    }

    void recordsCostAndEpr()
    {
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("nhs-costs/trust_mrc_and_epr.csv"), mrc);
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("nhs-costs/secondary_trusts_primary_epr_suppliers_20241001.csv"), epr);
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("nhs-orgs/etr_with_header.csv"), ods);
        QTemporaryDir out;
        NhsRecordsImportOptions o;
        o.file = mrc;
        o.eprFile = epr;
        o.odsFile = ods;
        o.outDir = out.path();
        o.period = QStringLiteral("2023-24");
        const Result<ImportReport> r = NhsRecordsImporter::run(o);
        QVERIFY2(r.ok(), qPrintable(failText(r)));
        QVERIFY(r.value().balanced());
        const QList<NaiveRow> costs = livedna::test::naiveCsv(mrc);
        const QList<NaiveRow> suppliers = livedna::test::naiveCsv(epr);
        QCOMPARE(r.value().rowsIn, int(costs.size() + suppliers.size() - 2));
        const int code = costs.first().cells.indexOf(QStringLiteral("trust_code"));
        const int total = costs.first().cells.indexOf(QStringLiteral("mrc_total_202324"));
        int checked = 0;
        for (int i = 1; i < costs.size(); ++i) {
            const QString c = costs.at(i).cells.value(code);
            const QString path = ImportCommon::orgDocumentPath(out.path(), c, o.period);
            if (!QFileInfo::exists(path))
                continue;
            const QJsonObject s = byId(readJson(path).value(QLatin1String("services")).toArray(), QStringLiteral("health-records"));
            const QJsonObject b = byId(s.value(QLatin1String("bricks")).toArray(), QStringLiteral("medical-records"));
            const double v = livedna::test::naiveNumber(costs.at(i).cells.value(total));
            if (std::isnan(v)) {
                QVERIFY(b.isEmpty());
                continue;
            }
            ++checked;
            QCOMPARE(b.value(QLatin1String("annual_cost_gbp")).toDouble(), v);
            QCOMPARE(b.value(QLatin1String("capability")).toString(), QStringLiteral("health-records"));
            QCOMPARE(b.value(QLatin1String("source")).toString(),
                     QStringLiteral("nhs-mrc-2023-24#line %1: %2, mrc_total_202324").arg(costs.at(i).line).arg(c));
        }
        QVERIFY(checked > 150);
        // Suppliers: a product for a named one, none for in-house, no system while procuring.
        const int sc = suppliers.first().cells.indexOf(QStringLiteral("Organisation Code"));
        const int sup = suppliers.first().cells.indexOf(QStringLiteral("Supplier (Primary EPR)"));
        int cerner = 0, inHouse = 0, none = 0;
        for (int i = 1; i < suppliers.size(); ++i) {
            const QString c = suppliers.at(i).cells.value(sc);
            const QString supplier = suppliers.at(i).cells.value(sup).simplified();
            const QString path = ImportCommon::orgDocumentPath(out.path(), c, o.period);
            if (!QFileInfo::exists(path))
                continue;
            const QJsonArray systems = byId(readJson(path).value(QLatin1String("services")).toArray(), QStringLiteral("health-records"))
                                           .value(QLatin1String("systems")).toArray();
            if (supplier.startsWith(QLatin1String("No EPR"))) {
                QVERIFY(systems.isEmpty());
                ++none;
            } else if (supplier.startsWith(QLatin1String("Generic"))) {
                QCOMPARE(systems.size(), 1);
                QVERIFY(!systems.first().toObject().contains(QLatin1String("product")));
                ++inHouse;
            } else if (supplier == QLatin1String("Oracle Cerner Corporation")) {
                QCOMPARE(systems.first().toObject().value(QLatin1String("product")).toString(), QStringLiteral("oracle-cerner"));
                QCOMPARE(systems.first().toObject().value(QLatin1String("capability")).toString(), QStringLiteral("electronic-patient-record"));
                ++cerner;
            }
        }
        QVERIFY2(cerner > 20 && inHouse > 10 && none > 10, qPrintable(QStringLiteral("%1 %2 %3").arg(cerner).arg(inHouse).arg(none)));
        // A year the file does not hold is refused, naming the column it looked for.
        o.period = QStringLiteral("2014-15");
        const Result<ImportReport> bad = NhsRecordsImporter::run(o);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.errorString().contains(QLatin1String("mrc_total_201415")), qPrintable(bad.errorString()));
    }
};

QTEST_GUILESS_MAIN(TstImportNhs)
#include "tst_importnhs.moc"
