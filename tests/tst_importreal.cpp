// Importers on the real published files in ../shared/data. Every check that compares with
// the source recomputes its figure here with its own minimal CSV splitter, so a bug in the
// importers' CSV reader cannot hide itself.
#include "core/cache/cache.h"
#include "core/commons/commonsreader.h"
#include "core/importers/councilimporter.h"
#include "core/importers/importcommon.h"
#include "core/importers/lgslimporter.h"
#include "core/importers/nhstrustimporter.h"
#include "core/importers/orukimporter.h"
#include "core/importers/spendingimporter.h"
#include "tests/support/testenv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace livedna;

namespace {

// Independent RFC 4180 splitting, deliberately naive: whole file, BOM dropped.
QList<QStringList> naiveCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray b = f.readAll();
    if (b.startsWith("\xEF\xBB\xBF"))
        b.remove(0, 3);
    const QString text = QString::fromUtf8(b);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool q = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (q) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                q = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            q = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\n') {
            row << field;
            field.clear();
            if (row.last().endsWith(u'\r'))
                row.last().chop(1);
            rows << row;
            row.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString failText(const Result<ImportReport> &r)
{
    return r.ok() ? r.value().toText() : r.errorString();
}

} // namespace

class TstImportReal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void councils()
    {
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("local-authorities/uk_local_authorities.csv"), reg);
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("similarity/la-similarity-mysociety/composite_la_labels.csv"), sim);
        QTemporaryDir out;
        CouncilImportOptions o;
        o.registerFile = reg;
        o.similarityDir = QFileInfo(sim).absolutePath();
        o.outDir = out.path();
        o.period = QStringLiteral("2017-18");
        const Result<ImportReport> r = CouncilImporter::run(o);
        QVERIFY2(r.ok(), qPrintable(failText(r)));
        const ImportReport &rep = r.value();

        // Independently: rows, and current English councils.
        const QList<QStringList> rows = naiveCsv(reg);
        const QStringList h = rows.first();
        const int cur = h.indexOf(QStringLiteral("current-authority")), nat = h.indexOf(QStringLiteral("nation")),
                  gss = h.indexOf(QStringLiteral("gss-code"));
        QSet<QString> expected;
        for (int i = 1; i < rows.size(); ++i) {
            if (rows.at(i).value(cur) == QLatin1String("True") && rows.at(i).value(nat) == QLatin1String("England"))
                expected.insert(rows.at(i).value(gss));
        }
        QCOMPARE(rep.rowsIn, int(rows.size() - 1));
        QVERIFY(rep.balanced());
        QCOMPARE(rep.imported, int(expected.size()));
        QCOMPARE(rep.imported + int(rep.skipped.size()), rep.rowsIn);
        // One folder per council, holding its 2017-18 document (orgs/CODE/PERIOD.json).
        const QStringList codes = QDir(out.filePath(QStringLiteral("orgs"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(codes.size(), int(expected.size()));
        QStringList files;
        for (const QString &code : std::as_const(expected)) {
            QVERIFY2(codes.contains(code), qPrintable(code));
            QCOMPARE(ImportCommon::periods(out.path(), code), QStringList{QStringLiteral("2017-18")});
            files.append(code + QStringLiteral("/2017-18.json"));
        }
        // A skipped abolished council says what replaced it.
        bool sawReplaced = false;
        for (const auto &s : rep.skipped)
            sawReplaced = sawReplaced || s.reason.contains(QStringLiteral("replaced by North Northamptonshire Council"));
        QVERIFY2(sawReplaced, qPrintable(rep.toText()));

        // Names with commas survive; population and neighbours are present and comparable.
        const QJsonObject bcp = readJson(ImportCommon::orgDocumentPath(out.path(), QStringLiteral("E06000058")))
                                    .value(QLatin1String("organisation")).toObject();
        QCOMPARE(bcp.value(QLatin1String("name")).toString(), QStringLiteral("Bournemouth, Christchurch and Poole Council"));
        QCOMPARE(bcp.value(QLatin1String("kind")).toString(), QStringLiteral("council"));
        QVERIFY(bcp.value(QLatin1String("population")).toDouble() > 300000);
        const QJsonObject kent = readJson(ImportCommon::orgDocumentPath(out.path(), QStringLiteral("E10000016")))
                                     .value(QLatin1String("organisation")).toObject();
        QCOMPARE(kent.value(QLatin1String("type")).toString(), QStringLiteral("County"));
        const QJsonArray n = kent.value(QLatin1String("neighbours")).toArray();
        QVERIFY(!n.isEmpty());
        QVERIFY(n.size() <= 10);
        for (const QJsonValue &v : n) {
            QVERIFY2(v.toString().startsWith(QStringLiteral("E10")), qPrintable(v.toString())); // counties only
            QVERIFY(expected.contains(v.toString()));
        }
        // Every document is valid for the reader.
        for (const QString &f : files) {
            QFile file(out.filePath(QStringLiteral("orgs/") + f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const Result<Organisation> org = CommonsReader::readOrganisation(file.readAll(), f, Catalogue());
            QVERIFY2(org.ok(), qPrintable(org.errorString()));
        }
    }

    void revenueOutturnSpending()
    {
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("local-authorities/uk_local_authorities.csv"), reg);
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("council-spending/RS_2017-18_by_LA_long.csv"), rs);
        QTemporaryDir out;
        CouncilImportOptions co;
        co.registerFile = reg;
        co.outDir = out.path();
        co.period = QStringLiteral("2017-18");
        QVERIFY(CouncilImporter::run(co).ok());

        SpendingImportOptions o;
        o.file = rs;
        o.outDir = out.path();
        o.orgColumn = QStringLiteral("ons_code");
        o.orgKey = QStringLiteral("gss");
        o.registerFile = reg;
        o.serviceIdColumn = QStringLiteral("rs_line");
        o.serviceColumn = QStringLiteral("rs_label");
        o.amountColumn = QStringLiteral("value_gbp_thousands");
        o.categoryColumn = QStringLiteral("rs_section");
        o.periodColumn = QStringLiteral("financial_year");
        o.scale = 1000;
        o.include = {{QStringLiteral("rs_section"), QStringLiteral("Service Expenditure")}};
        o.exclude = {{QStringLiteral("rs_line"), QStringLiteral("699")}};
        o.requireExisting = true;
        const Result<ImportReport> r = SpendingImporter::run(o);
        QVERIFY2(r.ok(), qPrintable(failText(r)));
        const ImportReport &rep = r.value();

        // Independent figures from the raw file.
        const QList<QStringList> rows = naiveCsv(rs);
        const QStringList h = rows.first();
        const int ons = h.indexOf(QStringLiteral("ons_code")), sec = h.indexOf(QStringLiteral("rs_section")),
                  line = h.indexOf(QStringLiteral("rs_line")), val = h.indexOf(QStringLiteral("value_gbp_thousands"));
        QVERIFY(ons >= 0 && val >= 0);
        QCOMPARE(rep.rowsIn, int(rows.size() - 1));
        QVERIFY(rep.balanced());
        // Councils whose GSS code changed without a reorganisation (Northumberland, Gateshead...)
        // are matched through the register's former codes.
        QHash<QString, QString> current;
        {
            const QList<QStringList> regRows = naiveCsv(reg);
            const QStringList rh = regRows.first();
            const int g = rh.indexOf(QStringLiteral("gss-code")), f = rh.indexOf(QStringLiteral("former-gss-codes")),
                      c = rh.indexOf(QStringLiteral("current-authority"));
            for (int i = 1; i < regRows.size(); ++i) {
                if (regRows.at(i).value(c) != QLatin1String("True"))
                    continue;
                current.insert(regRows.at(i).value(g), regRows.at(i).value(g));
                for (const QString &old : regRows.at(i).value(f).split(QLatin1Char(','), Qt::SkipEmptyParts))
                    current.insert(old.trimmed(), regRows.at(i).value(g));
            }
        }
        QHash<QString, double> total;
        QHash<QString, int> blanks;
        int selected = 0, selectedRowsOfExisting = 0;
        for (int i = 1; i < rows.size(); ++i) {
            const QStringList &row = rows.at(i);
            if (row.value(sec) != QLatin1String("Service Expenditure") || row.value(line) == QLatin1String("699"))
                continue;
            ++selected;
            const QString code = current.value(row.value(ons));
            if (code.isEmpty() || !QFileInfo::exists(ImportCommon::orgDocumentPath(out.path(), code)))
                continue; // a reorganised or non-council body
            ++selectedRowsOfExisting;
            bool ok = false;
            const double v = row.value(val).toDouble(&ok);
            total[code] += ok ? v * 1000 : 0.0;
            if (!ok)
                blanks[code]++;
        }
        QCOMPARE(rep.imported, selectedRowsOfExisting);
        QVERIFY(rep.imported > 4000);
        // Reorganised councils are reported, not matched to their successors.
        QVERIFY(rep.skipped.size() > rows.size() - 1 - selected);
        QString text = rep.toText();
        QVERIFY2(text.contains(QStringLiteral("Kettering")), qPrintable(text));

        int councilsChecked = 0, unknownServices = 0;
        for (auto it = total.cbegin(); it != total.cend(); ++it) {
            const QJsonObject doc = readJson(ImportCommon::orgDocumentPath(out.path(), it.key()));
            QCOMPARE(doc.value(QLatin1String("period")).toString(), QStringLiteral("2017-18"));
            double sum = 0;
            const QJsonArray services = doc.value(QLatin1String("services")).toArray();
            QCOMPARE(services.size(), 13);
            for (const QJsonValue &s : services) {
                const QJsonObject so = s.toObject();
                QVERIFY(so.value(QLatin1String("bricks")).toArray().isEmpty()); // never invented
                if (so.contains(QLatin1String("reported_cost_gbp")))
                    sum += so.value(QLatin1String("reported_cost_gbp")).toDouble();
                else
                    ++unknownServices;
            }
            QVERIFY2(std::abs(sum - it.value()) < 0.01 * services.size(),
                     qPrintable(QStringLiteral("%1: %2 vs %3").arg(it.key()).arg(sum, 0, 'f', 2).arg(it.value(), 0, 'f', 2)));
            ++councilsChecked;
        }
        QVERIFY(councilsChecked > 280);
        int expectedUnknown = 0;
        for (int b : std::as_const(blanks))
            expectedUnknown += b;
        QCOMPARE(unknownServices, expectedUnknown); // blank → no reported_cost_gbp, never 0

        // Negative net expenditure is kept as published somewhere in the country.
        bool negative = false;
        for (auto it = total.cbegin(); it != total.cend() && !negative; ++it) {
            for (const QJsonValue &s : readJson(ImportCommon::orgDocumentPath(out.path(), it.key())).value(QLatin1String("services")).toArray())
                negative = negative || s.toObject().value(QLatin1String("reported_cost_gbp")).toDouble() < 0;
        }
        QVERIFY(negative);

        // Bristol: education services as published × 1000.
        const QJsonObject bristol = readJson(ImportCommon::orgDocumentPath(out.path(), QStringLiteral("E06000023")));
        QCOMPARE(bristol.value(QLatin1String("organisation")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Bristol City Council"));
        bool found = false;
        for (const QJsonValue &s : bristol.value(QLatin1String("services")).toArray())
            found = found || s.toObject().value(QLatin1String("id")).toString() == QLatin1String("190-education-services");
        QVERIFY(found);
    }

    void spendingByEcodeAndByName()
    {
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("local-authorities/uk_local_authorities.csv"), reg);
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("council-spending/RS_2017-18_net_current_expenditure_by_LA_wide.csv"), wide);
        // The wide file, one column mapped: its name column carries "Bristol, City of" style
        // spellings and the ecode column the finance-return codes.
        for (const QString &key : {QStringLiteral("ecode"), QStringLiteral("name")}) {
            QTemporaryDir out;
            SpendingImportOptions o;
            o.file = wide;
            o.outDir = out.path();
            o.orgColumn = key == QLatin1String("ecode") ? QStringLiteral("ecode") : QStringLiteral("local_authority");
            o.orgKey = key;
            o.registerFile = reg;
            o.serviceColumn = QStringLiteral("class"); // any text column: the service name
            o.amountColumn = QStringLiteral("699: TOTAL SERVICE EXPENDITURE (total of lines 190 to 698)");
            o.period = QStringLiteral("2017-18");
            o.scale = 1000;
            const Result<ImportReport> r = SpendingImporter::run(o);
            if (!r.ok() && r.errorString().contains(QStringLiteral("names no column")))
                QSKIP("the wide file's total column is named differently");
            QVERIFY2(r.ok(), qPrintable(failText(r)));
            QVERIFY(r.value().balanced());
            QCOMPARE(r.value().rowsIn, 445);
            // Current English councils only: no police, fire or abolished districts.
            QVERIFY2(r.value().imported > (key == QLatin1String("ecode") ? 290 : 250) && r.value().imported < 340,
                     qPrintable(r.value().toText()));
        }
    }

    void nhsTrusts()
    {
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("nhs-orgs/etr_with_header.csv"), etr);
        const QString types = livedna::test::sharedDataFile(QStringLiteral("nhs-costs/secondary_trusts_primary_epr_suppliers_20241001.csv"));
        QTemporaryDir out;
        NhsTrustImportOptions o;
        o.file = etr;
        o.trustTypesFile = types;
        o.outDir = out.path();
        o.period = QStringLiteral("2024-25");
        const Result<ImportReport> r = NhsTrustImporter::run(o);
        QVERIFY2(r.ok(), qPrintable(failText(r)));
        const QList<QStringList> rows = naiveCsv(etr);
        const int close = rows.first().indexOf(QStringLiteral("close_date"));
        int open = 0;
        for (int i = 1; i < rows.size(); ++i)
            open += rows.at(i).value(close).isEmpty() ? 1 : 0;
        QCOMPARE(r.value().rowsIn, int(rows.size() - 1));
        QVERIFY(r.value().balanced());
        QCOMPARE(r.value().imported, open);
        QCOMPARE(QDir(out.filePath(QStringLiteral("orgs"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), open);
        const QJsonObject r0a = readJson(ImportCommon::orgDocumentPath(out.path(), QStringLiteral("R0A")))
                                    .value(QLatin1String("organisation")).toObject();
        QCOMPARE(r0a.value(QLatin1String("name")).toString(), QStringLiteral("Manchester University NHS Foundation Trust"));
        QCOMPARE(r0a.value(QLatin1String("kind")).toString(), QStringLiteral("nhs-trust"));
        QCOMPARE(r0a.value(QLatin1String("region")).toString(), QStringLiteral("North West"));
        if (!types.isEmpty())
            QCOMPARE(r0a.value(QLatin1String("type")).toString(), QStringLiteral("Acute"));
    }

    void lgslIntoCacheAndJson()
    {
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("lgsl/englishAndWelshServices-all.csv"), list);
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("lgsl/govuk_publisher_local_services_providing_tier.csv"), tiers);
        const Result<LgslImporter::Output> r = LgslImporter::run({list, tiers});
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        const QList<QStringList> rows = naiveCsv(list);
        QCOMPARE(r.value().report.rowsIn, int(rows.size() - 1));
        QVERIFY(r.value().report.balanced());
        QCOMPARE(r.value().services.size(), 1002);
        int withTier = 0;
        for (const LgslService &s : r.value().services)
            withTier += s.tier.isEmpty() ? 0 : 1;
        QCOMPARE(withTier, 123); // 124 tier rows, one id the esd list lacks (reported)
        QCOMPARE(r.value().report.notes.size(), 1);

        // Through lgsl.json and back, then into a real cache file (schema v2).
        const QByteArray json = LgslImporter::toJson(r.value().services, list);
        const Result<QList<LgslService>> back = LgslImporter::fromJson(json, QStringLiteral("lgsl.json"));
        QVERIFY(back.ok());
        QCOMPARE(back.value().size(), 1002);
        QTemporaryDir dir;
        Cache cache;
        QVERIFY(cache.open(dir.filePath(QStringLiteral("cache.sqlite"))));
        QVERIFY(Cache::schemaVersion() >= 2);
        QVERIFY(cache.setLgsl(back.value()));
        QCOMPARE(cache.lgsl().size(), 1002);
        const std::optional<LgslService> av = cache.lgslService(372);
        QVERIFY(av);
        QCOMPARE(av->label, QStringLiteral("Abandoned vehicles"));
        QCOMPARE(av->status, QStringLiteral("live"));
        QVERIFY(cache.setLgsl(back.value().mid(0, 10))); // replaces, never appends
        QCOMPARE(cache.lgsl().size(), 10);
    }

    void orukFeed()
    {
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("open-referral-uk/bristol_council_services.json"), feed);
        QTemporaryDir out;
        OrukImportOptions o;
        o.files = {feed};
        o.outDir = out.path();
        o.orgCode = QStringLiteral("E06000023");
        o.orgName = QStringLiteral("Bristol City Council");
        o.period = QStringLiteral("2024-25");
        const Result<ImportReport> r = OrukImporter::run(o);
        QVERIFY2(r.ok(), qPrintable(failText(r)));
        QFile f(feed);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray all = QJsonDocument::fromJson(f.readAll()).array();
        // Named services with distinct ids (the real feed repeats one id).
        QSet<QString> ids;
        for (const QJsonValue &v : all) {
            if (!v.toObject().value(QLatin1String("name")).toString().trimmed().isEmpty())
                ids.insert(v.toObject().value(QLatin1String("id")).toString());
        }
        const int named = int(ids.size());
        QCOMPARE(r.value().rowsIn, int(all.size()));
        QVERIFY(r.value().balanced());
        QCOMPARE(r.value().imported, named);
        const QJsonObject doc = readJson(ImportCommon::orgDocumentPath(out.path(), QStringLiteral("E06000023")));
        const QJsonArray services = doc.value(QLatin1String("services")).toArray();
        QCOMPARE(services.size(), named);
        for (const QJsonValue &s : services) {
            const QString d = s.toObject().value(QLatin1String("description")).toString();
            QVERIFY2(!d.contains(QLatin1Char('<')) || !d.contains(QLatin1Char('>')), qPrintable(d.left(200)));
            QVERIFY(s.toObject().value(QLatin1String("bricks")).toArray().isEmpty());
            QVERIFY(!s.toObject().contains(QLatin1String("reported_cost_gbp")));
        }
    }

    void orukLgslFromTaxonomyAndPagedResponse()
    {
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("open-referral-uk/oruk-profile-examples/service_full.json"), example);
        QFile f(example);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject service = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY(!service.isEmpty());
        // The official example with one LGSL term, served as an HSDS 3 page.
        QJsonObject term{{QStringLiteral("id"), QStringLiteral("t1")}, {QStringLiteral("code"), QStringLiteral("372")},
                         {QStringLiteral("taxonomy"), QStringLiteral("esdServiceTypes")}, {QStringLiteral("name"), QStringLiteral("Abandoned vehicles")}};
        service.insert(QStringLiteral("attributes"), QJsonArray{QJsonObject{{QStringLiteral("taxonomy_term"), term}}});
        service.insert(QStringLiteral("description"), QStringLiteral("<p>Report an <em>abandoned</em> car&hellip;</p>"));
        QJsonObject page{{QStringLiteral("total_items"), 1}, {QStringLiteral("contents"), QJsonArray{service}}};
        QTemporaryDir out;
        const QString pageFile = out.filePath(QStringLiteral("page1.json"));
        QVERIFY(ImportCommon::writeJsonFile(pageFile, QJsonDocument(page).toJson()));
        OrukImportOptions o;
        o.files = {pageFile};
        o.outDir = out.path();
        o.orgCode = QStringLiteral("E06000023");
        o.orgName = QStringLiteral("Bristol City Council");
        o.period = QStringLiteral("2024-25");
        const Result<ImportReport> r = OrukImporter::run(o);
        QVERIFY2(r.ok(), qPrintable(failText(r)));
        const QJsonObject s = readJson(ImportCommon::orgDocumentPath(out.path(), QStringLiteral("E06000023")))
                                  .value(QLatin1String("services")).toArray().first().toObject();
        QCOMPARE(s.value(QLatin1String("lgsl")).toInt(), 372);
        QCOMPARE(s.value(QLatin1String("description")).toString(), QString(QStringLiteral("Report an abandoned car") + QChar(0x2026)));
    }
};

QTEST_GUILESS_MAIN(TstImportReal)
#include "tst_importreal.moc"
