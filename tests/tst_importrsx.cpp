// import rsx on the real RSX 2022-23 and 2023-24 files: every imported figure equals its
// source cell, recomputed here with an independent CSV splitter; class O bodies and
// abolished councils are reported; and files derived at test time with the layout shifted
// (an extra title line, columns reordered, a year with fewer columns) still import, or fail
// naming the line.
#include "core/commons/commonsreader.h"
#include "core/importers/importcommon.h"
#include "core/importers/realcatalogue.h"
#include "core/importers/rsximporter.h"
#include "tests/support/clirunner.h"
#include "tests/support/naivecsv.h"
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
using livedna::test::NaiveRow;

namespace {

// The 13 groups as the published header names them, and the ids shared decision 3 gives them.
const QList<QPair<QString, QString>> groups = {
    {QStringLiteral("Education services"), QStringLiteral("education")},
    {QStringLiteral("Highways and transport services"), QStringLiteral("highways-transport")},
    {QStringLiteral("Children Social Care"), QStringLiteral("childrens-social-care")},
    {QStringLiteral("Adult Social Care"), QStringLiteral("adult-social-care")},
    {QStringLiteral("Public Health"), QStringLiteral("public-health")},
    {QStringLiteral("Housing services (GFRA only)"), QStringLiteral("housing")},
    {QStringLiteral("Cultural and related services"), QStringLiteral("cultural")},
    {QStringLiteral("Environmental and regulatory services"), QStringLiteral("environmental-regulatory")},
    {QStringLiteral("Planning and development services"), QStringLiteral("planning-development")},
    {QStringLiteral("Police services"), QStringLiteral("police")},
    {QStringLiteral("Fire and rescue services"), QStringLiteral("fire-rescue")},
    {QStringLiteral("Central services"), QStringLiteral("central-services")},
    {QStringLiteral("Other services"), QStringLiteral("other")},
};

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject serviceOf(const QJsonObject &doc, const QString &id)
{
    for (const QJsonValue &v : doc.value(QLatin1String("services")).toArray()) {
        if (v.toObject().value(QLatin1String("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

QString failText(const Result<ImportReport> &r)
{
    return r.ok() ? r.value().toText() : r.errorString();
}

// Current English councils' GSS codes, from the register, independently.
QSet<QString> currentEnglish(const QString &reg)
{
    const QList<NaiveRow> rows = livedna::test::naiveCsv(reg);
    const QStringList h = rows.first().cells;
    const int cur = h.indexOf(QStringLiteral("current-authority")), nat = h.indexOf(QStringLiteral("nation")),
              gss = h.indexOf(QStringLiteral("gss-code"));
    QSet<QString> out;
    for (int i = 1; i < rows.size(); ++i) {
        if (rows.at(i).cells.value(cur) == QLatin1String("True") && rows.at(i).cells.value(nat) == QLatin1String("England"))
            out.insert(rows.at(i).cells.value(gss));
    }
    return out;
}

// Column of "<group> … (Cn)" in the header, by the test's own reading of it.
int columnOf(const QStringList &header, const QString &group, int measure)
{
    const QString code = QStringLiteral("(C%1").arg(measure);
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header.at(i).simplified();
        if (h.startsWith(group) && h.contains(code))
            return i;
    }
    return -1;
}

int headerIndex(const QList<NaiveRow> &rows)
{
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).cells.value(0) == QLatin1String("E-code"))
            return i;
    }
    return -1;
}

Result<ImportReport> importInto(const QString &file, const QString &period, const QString &out)
{
    RsxImportOptions o;
    o.file = file;
    o.period = period;
    o.outDir = out;
    o.registerFile = livedna::test::sharedDataFile(QStringLiteral("local-authorities/uk_local_authorities.csv"));
    return RsxImporter::run(o);
}

bool equalOrBothUnknown(const QJsonValue &v, double expected)
{
    if (std::isnan(expected))
        return v.isNull();
    return v.isDouble() && std::abs(v.toDouble() - expected) < 0.005;
}

} // namespace

class TstImportRsx : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void figuresEqualSourceCells_data()
    {
        QTest::addColumn<QString>("period");
        QTest::newRow("2022-23") << QStringLiteral("2022-23");
        QTest::newRow("2023-24") << QStringLiteral("2023-24");
    }

    void figuresEqualSourceCells()
    {
        QFETCH(QString, period);
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("council-finance-rsx/RSX_%1_data_by_LA.csv").arg(period), file);
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("local-authorities/uk_local_authorities.csv"), reg);
        QTemporaryDir out;
        const Result<ImportReport> r = importInto(file, period, out.path());
        QVERIFY2(r.ok(), qPrintable(failText(r)));
        QVERIFY(r.value().balanced());

        const QList<NaiveRow> rows = livedna::test::naiveCsv(file);
        const int h = headerIndex(rows);
        QVERIFY(h > 0);
        const QStringList header = rows.at(h).cells;
        const QSet<QString> current = currentEnglish(reg);
        int authorities = 0, checkedCouncils = 0, checkedServices = 0, classO = 0;
        for (int i = h + 1; i < rows.size(); ++i) {
            const QStringList &c = rows.at(i).cells;
            if (c.join(QString()).trimmed().isEmpty() || c.value(2) == QLatin1String("ENGLAND"))
                break;
            ++authorities;
            const QString ons = c.value(1);
            const QString doc = ImportCommon::orgDocumentPath(out.path(), ons, period);
            if (c.value(4) == QLatin1String("O")) {
                ++classO;
                QVERIFY2(!QFileInfo::exists(doc), qPrintable(ons)); // police, fire, parks: not councils
                continue;
            }
            if (!current.contains(ons)) {
                QVERIFY2(!QFileInfo::exists(doc), qPrintable(ons));
                continue;
            }
            QVERIFY2(QFileInfo::exists(doc), qPrintable(ons));
            if (i % 7 != 0)
                continue; // a sample of councils, every group of each
            ++checkedCouncils;
            const QJsonObject json = readJson(doc);
            for (const auto &[name, id] : groups) {
                double v[8];
                bool allZero = true;
                for (int m : {1, 2, 4, 5, 7}) {
                    v[m] = livedna::test::naiveNumber(c.value(columnOf(header, name, m)), 1000.0);
                    allZero = allZero && (std::isnan(v[m]) || v[m] == 0.0);
                }
                const QJsonObject s = serviceOf(json, id);
                if (allZero) {
                    QVERIFY2(s.isEmpty(), qPrintable(ons + QLatin1Char(' ') + id));
                    continue;
                }
                ++checkedServices;
                QVERIFY2(!s.isEmpty(), qPrintable(ons + QLatin1Char(' ') + id));
                QCOMPARE(s.value(QLatin1String("name")).toString(), name);
                const QJsonObject rep = s.value(QLatin1String("reported")).toObject();
                QVERIFY2(equalOrBothUnknown(rep.value(QLatin1String("employees_gbp")), v[1]), qPrintable(ons + id));
                QVERIFY2(equalOrBothUnknown(rep.value(QLatin1String("running_gbp")), v[2]), qPrintable(ons + id));
                QVERIFY2(equalOrBothUnknown(rep.value(QLatin1String("net_gbp")), v[7]), qPrintable(ons + id));
                const double income = std::isnan(v[4]) ? v[5] : std::isnan(v[5]) ? v[4] : v[4] + v[5];
                QVERIFY2(equalOrBothUnknown(rep.value(QLatin1String("income_gbp")), income), qPrintable(ons + id));
                if (!std::isnan(v[7])) {
                    QVERIFY(equalOrBothUnknown(s.value(QLatin1String("reported_cost_gbp")), v[7]));
                    QCOMPARE(s.value(QLatin1String("source")).toString(),
                             QStringLiteral("rsx-%1#line %2: %3, %4, C7").arg(period).arg(rows.at(i).line).arg(ons, name));
                } else {
                    QVERIFY(!s.contains(QLatin1String("reported_cost_gbp"))); // unknown is never 0
                }
                QCOMPARE(s.value(QLatin1String("layer")).toString(),
                         id == QLatin1String("central-services") ? QStringLiteral("overhead") : QStringLiteral("frontline"));
            }
        }
        QVERIFY2(checkedCouncils > 30 && checkedServices > 200, qPrintable(QStringLiteral("%1 %2").arg(checkedCouncils).arg(checkedServices)));
        QCOMPARE(r.value().rowsIn, authorities);
        int skippedO = 0;
        for (const ImportReport::Entry &e : r.value().skipped)
            skippedO += e.reason.startsWith(QLatin1String("class O")) ? 1 : 0;
        QCOMPARE(skippedO, classO);
    }

    void abolishedCouncilsAreReportedNotMerged()
    {
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("council-finance-rsx/RSX_2022-23_data_by_LA.csv"), file);
        QTemporaryDir out;
        const Result<ImportReport> r = importInto(file, QStringLiteral("2022-23"), out.path());
        QVERIFY2(r.ok(), qPrintable(failText(r)));
        bool allerdale = false;
        for (const ImportReport::Entry &e : r.value().skipped)
            allerdale = allerdale || (e.reason.contains(QLatin1String("Allerdale")) && e.reason.contains(QLatin1String("Cumberland Council")));
        QVERIFY2(allerdale, qPrintable(r.value().toText()));
        // Cumberland did not exist in 2022-23: its predecessors' figures are not its figures.
        QVERIFY(!QFileInfo::exists(ImportCommon::orgDocumentPath(out.path(), QStringLiteral("E06000063"), QStringLiteral("2022-23"))));
    }

    // Both years into one folder: two documents per council, one header.
    void twoYearsSideBySide()
    {
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("council-finance-rsx/RSX_2022-23_data_by_LA.csv"), y1);
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("council-finance-rsx/RSX_2023-24_data_by_LA.csv"), y2);
        QTemporaryDir out;
        QVERIFY(importInto(y2, QStringLiteral("2023-24"), out.path()).ok());
        QVERIFY(importInto(y1, QStringLiteral("2022-23"), out.path()).ok());
        QCOMPARE(ImportCommon::periods(out.path(), QStringLiteral("E08000035")), (QStringList{QStringLiteral("2022-23"), QStringLiteral("2023-24")}));
        const QJsonObject a = readJson(ImportCommon::orgDocumentPath(out.path(), QStringLiteral("E08000035"), QStringLiteral("2022-23")));
        const QJsonObject b = readJson(ImportCommon::orgDocumentPath(out.path(), QStringLiteral("E08000035"), QStringLiteral("2023-24")));
        QCOMPARE(a.value(QLatin1String("organisation")), b.value(QLatin1String("organisation")));
        QCOMPARE(a.value(QLatin1String("period")).toString(), QStringLiteral("2022-23"));
        QCOMPARE(a.value(QLatin1String("sources")).toArray().first().toObject().value(QLatin1String("id")).toString(), QStringLiteral("rsx-2022-23"));
        // Every figure's source resolves to a source its document lists, and the reader accepts it.
        for (const QJsonObject &doc : {a, b}) {
            QSet<QString> listed;
            for (const QJsonValue &s : doc.value(QLatin1String("sources")).toArray())
                listed.insert(s.toObject().value(QLatin1String("id")).toString());
            for (const QJsonValue &v : doc.value(QLatin1String("services")).toArray()) {
                const QJsonObject s = v.toObject();
                QVERIFY(listed.contains(s.value(QLatin1String("source")).toString().section(QLatin1Char('#'), 0, 0)));
                QVERIFY(listed.contains(s.value(QLatin1String("reported")).toObject().value(QLatin1String("source")).toString().section(QLatin1Char('#'), 0, 0)));
            }
            const Result<Organisation> org = CommonsReader::readOrganisation(QJsonDocument(doc).toJson(), QStringLiteral("leeds"),
                                                                             RealCatalogue::builtIn().catalogue());
            QVERIFY2(org.ok(), qPrintable(org.errorString()));
            QCOMPARE(org.value().sources.size(), 1);
        }
    }

    void shiftedLayouts()
    {
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("council-finance-rsx/RSX_2023-24_data_by_LA.csv"), file);
        const QList<NaiveRow> rows = livedna::test::naiveCsv(file);
        const int h = headerIndex(rows);
        QList<QStringList> cells;
        for (const NaiveRow &r : rows)
            cells.append(r.cells);
        QTemporaryDir dir;
        const auto write = [&](const QString &name, const QList<QStringList> &content) {
            const QString path = dir.filePath(name);
            QFile f(path);
            return f.open(QIODevice::WriteOnly) && f.write(livedna::test::writeCsv(content)) > 0 ? path : QString();
        };
        const QString reference = dir.filePath(QStringLiteral("ref"));
        QVERIFY(importInto(write(QStringLiteral("same.csv"), cells), QStringLiteral("2023-24"), reference).ok());
        const QString leeds = QStringLiteral("E08000035");
        const QJsonObject ref = readJson(ImportCommon::orgDocumentPath(reference, leeds, QStringLiteral("2023-24")));
        QVERIFY(!ref.isEmpty());

        // 1. An extra title line: same figures, sources one line further down.
        QList<QStringList> titled = cells;
        titled.prepend({QStringLiteral("An extra title line, as another year of the publication might have")});
        const QString t = dir.filePath(QStringLiteral("titled"));
        QVERIFY(importInto(write(QStringLiteral("titled.csv"), titled), QStringLiteral("2023-24"), t).ok());
        const QJsonObject tj = readJson(ImportCommon::orgDocumentPath(t, leeds, QStringLiteral("2023-24")));
        const QJsonObject refCultural = serviceOf(ref, QStringLiteral("cultural")), tCultural = serviceOf(tj, QStringLiteral("cultural"));
        QCOMPARE(tCultural.value(QLatin1String("reported")).toObject().value(QLatin1String("net_gbp")),
                 refCultural.value(QLatin1String("reported")).toObject().value(QLatin1String("net_gbp")));
        const int refLine = refCultural.value(QLatin1String("source")).toString().section(QLatin1String("line "), 1).section(QLatin1Char(':'), 0, 0).toInt();
        QVERIFY(refLine > 10);
        QVERIFY2(tCultural.value(QLatin1String("source")).toString().contains(QStringLiteral("line %1:").arg(refLine + 1)),
                 qPrintable(tCultural.value(QLatin1String("source")).toString()));

        // 2. The figure columns in reverse order: identical documents.
        QList<QStringList> reordered = cells;
        for (QStringList &row : reordered) {
            if (row.size() > 7)
                std::reverse(row.begin() + 7, row.end());
        }
        const QString ro = dir.filePath(QStringLiteral("reordered"));
        QVERIFY(importInto(write(QStringLiteral("reordered.csv"), reordered), QStringLiteral("2023-24"), ro).ok());
        QCOMPARE(readJson(ImportCommon::orgDocumentPath(ro, leeds, QStringLiteral("2023-24"))), ref);

        // 3. A year with fewer columns: no Public Health group, no C5 (other income) anywhere.
        QList<int> drop;
        for (int c = 0; c < cells.at(h).size(); ++c) {
            const QString name = cells.at(h).at(c).simplified();
            if (name.startsWith(QLatin1String("Public Health")) || name.contains(QLatin1String("(C5)")))
                drop.prepend(c);
        }
        QVERIFY(drop.size() > 14);
        QList<QStringList> fewer = cells;
        for (QStringList &row : fewer) {
            for (int c : std::as_const(drop)) {
                if (c < row.size())
                    row.removeAt(c);
            }
        }
        const QString fe = dir.filePath(QStringLiteral("fewer"));
        const Result<ImportReport> fr = importInto(write(QStringLiteral("fewer.csv"), fewer), QStringLiteral("2023-24"), fe);
        QVERIFY2(fr.ok(), qPrintable(failText(fr)));
        QVERIFY2(fr.value().toText().contains(QLatin1String("no column for Public Health C1")), qPrintable(fr.value().toText()));
        const QJsonObject fj = readJson(ImportCommon::orgDocumentPath(fe, leeds, QStringLiteral("2023-24")));
        QVERIFY(serviceOf(fj, QStringLiteral("public-health")).isEmpty());
        const QJsonObject fc = serviceOf(fj, QStringLiteral("cultural")).value(QLatin1String("reported")).toObject();
        QCOMPARE(fc.value(QLatin1String("net_gbp")), refCultural.value(QLatin1String("reported")).toObject().value(QLatin1String("net_gbp")));
        const int c4 = columnOf(cells.at(h), QStringLiteral("Cultural and related services"), 4);
        const int leedsRow = int(std::find_if(cells.cbegin(), cells.cend(), [&](const QStringList &r) { return r.value(1) == leeds; }) - cells.cbegin());
        QCOMPARE(fc.value(QLatin1String("income_gbp")).toDouble(), livedna::test::naiveNumber(cells.at(leedsRow).at(c4), 1000.0));

        // 4. Not an RSX table at all, or a header row without Class: refused, naming the line.
        QList<QStringList> noClass = cells;
        noClass[h][4] = QStringLiteral("Kind");
        const Result<ImportReport> nc = importInto(write(QStringLiteral("noclass.csv"), noClass), QStringLiteral("2023-24"), dir.filePath(QStringLiteral("nc")));
        QVERIFY(!nc.ok());
        QVERIFY2(nc.errorString().contains(QStringLiteral("line %1").arg(rows.at(h).line)) && nc.errorString().contains(QLatin1String("Class")),
                 qPrintable(nc.errorString()));
        QList<QStringList> noHeader = cells;
        noHeader[h][0] = QStringLiteral("Code");
        const Result<ImportReport> nh = importInto(write(QStringLiteral("noheader.csv"), noHeader), QStringLiteral("2023-24"), dir.filePath(QStringLiteral("nh")));
        QVERIFY(!nh.ok());
        QVERIFY2(nh.errorString().contains(QLatin1String("E-code")), qPrintable(nh.errorString()));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("nh/orgs")))); // nothing half-written
    }

    void cliHelpAndReport()
    {
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("council-finance-rsx/RSX_2023-24_data_by_LA.csv"), file);
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("local-authorities/uk_local_authorities.csv"), reg);
        if (livedna::test::cliPath().isEmpty())
            QSKIP("LIVEDNA_CLI is not set (run through ctest)");
        QTemporaryDir out;
        const QString cache = out.filePath(QStringLiteral("cache.sqlite"));
        for (const QString &kind : {QStringLiteral("rsx"), QStringLiteral("eric"), QStringLiteral("nhs-records"),
                                    QStringLiteral("systems"), QStringLiteral("catalogue"), QStringLiteral("coverage")}) {
            const livedna::test::CliRun help = livedna::test::runCli(cache, {QStringLiteral("import"), kind, QStringLiteral("--help")});
            QVERIFY2(help.exitCode == 0 && help.out.contains(QStringLiteral("import ") + kind), qPrintable(help.describe()));
        }
        // --register is required: a usage error, nothing written.
        livedna::test::CliRun r = livedna::test::runCli(cache, {QStringLiteral("import"), QStringLiteral("rsx"), file, QStringLiteral("--period"),
                                                                QStringLiteral("2023-24"), QStringLiteral("--out"), out.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("--register")), qPrintable(r.describe()));
        r = livedna::test::runCli(cache, {QStringLiteral("import"), QStringLiteral("rsx"), file, QStringLiteral("--period"), QStringLiteral("2023-24"),
                                          QStringLiteral("--register"), reg, QStringLiteral("--out"), out.path()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        // The report's totals, against the table counted here.
        const QList<NaiveRow> rows = livedna::test::naiveCsv(file);
        const int h = headerIndex(rows);
        int authorities = 0, classO = 0;
        for (int i = h + 1; i < rows.size() && !rows.at(i).cells.join(QString()).trimmed().isEmpty()
                            && rows.at(i).cells.value(2) != QLatin1String("ENGLAND"); ++i) {
            ++authorities;
            classO += rows.at(i).cells.value(4) == QLatin1String("O") ? 1 : 0;
        }
        QVERIFY2(r.out.contains(QStringLiteral("Rows read: %1; imported: %2; skipped: %3.").arg(authorities).arg(authorities - classO).arg(classO)),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("× class O")), qPrintable(r.out));
        r = livedna::test::runCli(cache, {QStringLiteral("import"), QStringLiteral("coverage"), out.path()});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("Figures with no source: 0; sources not listed in their document: 0")),
                 qPrintable(r.describe()));
    }

    void layersTableCoversEveryGroup()
    {
        const Result<QList<RsxImporter::GroupInfo>> g = RsxImporter::loadGroups(QStringLiteral(":/real/rsx-layers.csv"));
        QVERIFY2(g.ok(), qPrintable(g.errorString()));
        QCOMPARE(g.value().size(), groups.size());
        for (int i = 0; i < groups.size(); ++i) {
            QCOMPARE(g.value().at(i).name, groups.at(i).first);
            QCOMPARE(g.value().at(i).id, groups.at(i).second);
        }
        QCOMPARE(RsxImporter::measureOf(QStringLiteral("Environmental and regulatory services -Total Income\n (C6 = C4 + C5)")), 6);
        QCOMPARE(RsxImporter::measureOf(QStringLiteral("Central services - Sales, Fees and Charges")), 4);
    }
};

QTEST_GUILESS_MAIN(TstImportRsx)
#include "tst_importrsx.moc"
