// Issue 11 on the real data of ../shared/data/constituencies: the areas document built from
// the MPs, district overlaps and trust catchments, and the constituencies it resolves.
#include "core/area/arearesolver.h"
#include "core/importers/constituencyimporter.h"
#include "core/importers/csvreader.h"
#include "core/importers/laregister.h"
#include "tests/support/clirunner.h"
#include "tests/support/testenv.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace livedna;

namespace {

bool isCouncilKind(const QString &kind)
{
    return kind == QLatin1String("district") || kind == QLatin1String("unitary") || kind == QLatin1String("county");
}

// Shares of the district and unitary councils of a result, resolved or not.
double lowerTierShare(const AreaResult &r)
{
    double sum = 0;
    for (const QList<AreaOrg> *list : {&r.councils, &r.unmatched})
        for (const AreaOrg &o : *list)
            if (o.kind == QLatin1String("district") || o.kind == QLatin1String("unitary"))
                sum += o.share;
    return sum;
}

// Points the "areas" entry of DIR/index.json's extras at `bytes` (test::rehashIndex does
// the documents only).
bool rehashExtra(const QString &dir, const QByteArray &bytes)
{
    QFile f(QDir(dir).filePath(QStringLiteral("index.json")));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QJsonObject index = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QJsonArray extras = index.value(QStringLiteral("extras")).toArray();
    for (int i = 0; i < extras.size(); ++i) {
        QJsonObject e = extras.at(i).toObject();
        if (e.value(QStringLiteral("type")).toString() != QLatin1String("areas"))
            continue;
        e.insert(QStringLiteral("sha256"), QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        e.insert(QStringLiteral("bytes"), double(bytes.size()));
        extras[i] = e;
    }
    index.insert(QStringLiteral("extras"), extras);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(QJsonDocument(index).toJson()) > 0;
}

} // namespace

class TestArea : public QObject
{
    Q_OBJECT

private:
    QString m_dir;
    AreaData m_areas;
    ImportReport m_report;
    // What the real commons holds: every current English council (the councils importer's
    // rule) by GSS code, and every open NHS trust of the ODS extract by its code.
    QHash<QString, QString> m_held;

    void loadHeld(const QString &registerFile, const QString &odsFile)
    {
        Result<LaRegister> reg = LaRegister::load(registerFile);
        QVERIFY2(reg.ok(), qPrintable(reg.errorString()));
        for (const LaRegister::Authority &a : reg.value().authorities())
            if (a.isCurrentEnglish())
                m_held.insert(a.gss, a.officialName);
        Result<CsvTable> ods = CsvReader::readFile(odsFile);
        QVERIFY2(ods.ok(), qPrintable(ods.errorString()));
        const int code = ods.value().column(QStringLiteral("organisation_code"));
        const int closed = ods.value().column(QStringLiteral("close_date"));
        for (const QStringList &row : ods.value().rows)
            if (row.value(closed).isEmpty())
                m_held.insert(row.value(code), row.value(code));
    }

private Q_SLOTS:
    void initTestCase()
    {
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("constituencies/current_mps.csv"), mps);
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("local-authorities/uk_local_authorities.csv"), reg);
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("nhs-orgs/etr_with_header.csv"), ods);
        m_dir = QFileInfo(mps).absolutePath();
        Result<ConstituencyImporter::Output> r = ConstituencyImporter::run({m_dir, QString(), QString()});
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        m_areas = r.value().areas;
        m_report = r.value().report;
        loadHeld(reg, ods);
    }

    void importReportCountsEveryRow()
    {
        // 650 MPs, 949 district/constituency pairs, 5,670 catchment rows (SOURCE.md).
        QCOMPARE(m_report.rowsIn, 650 + 949 + 5670);
        QVERIFY(m_report.balanced());
        QCOMPARE(m_report.skipped.size(), 0);
        QCOMPARE(m_areas.constituencies.size(), 650);
        QVERIFY(m_areas.unmapped.isEmpty());
        // Round trip through the document format.
        Result<AreaData> back = AreaData::fromJson(m_areas.toJson(), QStringLiteral("areas.json"));
        QVERIFY2(back.ok(), qPrintable(back.errorString()));
        QCOMPARE(back.value().constituencies.size(), 650);
        QCOMPARE(back.value().councils.size(), m_areas.councils.size());
    }

    void everyEnglishConstituencyResolvesToACouncil()
    {
        AreaResolver resolver(m_areas, m_held);
        int english = 0;
        for (const AreaConstituency &c : m_areas.constituencies) {
            if (!c.code.startsWith(QLatin1Char('E')))
                continue;
            ++english;
            const std::optional<AreaResult> r = resolver.resolve(c.code);
            QVERIFY(r);
            QVERIFY2(!r->councils.isEmpty(), qPrintable(c.name));
            for (const AreaOrg &o : r->unmatched)
                QVERIFY2(!isCouncilKind(o.kind), qPrintable(c.name + QStringLiteral(": ") + o.name + QStringLiteral(" ") + o.reason));
            QVERIFY2(!r->trusts.isEmpty(), qPrintable(c.name)); // catchments cover all of England
        }
        QCOMPARE(english, 543);
    }

    void outsideEnglandSaysSoPlainly()
    {
        AreaResolver resolver(m_areas, m_held);
        int seen = 0;
        for (const AreaConstituency &c : m_areas.constituencies) {
            if (c.code.startsWith(QLatin1Char('E')))
                continue;
            ++seen;
            const std::optional<AreaResult> r = resolver.resolve(c.code);
            QVERIFY(r);
            QVERIFY2(r->councils.isEmpty(), qPrintable(c.name));
            const QString nation = c.code.startsWith(QLatin1Char('W'))   ? QStringLiteral("Wales")
                                   : c.code.startsWith(QLatin1Char('S')) ? QStringLiteral("Scotland")
                                                                         : QStringLiteral("Northern Ireland");
            bool said = false;
            for (const AreaOrg &o : r->unmatched)
                said = said || o.reason.contains(QStringLiteral("holds no councils in ") + nation);
            QVERIFY2(said, qPrintable(c.name));
            QVERIFY(r->toText().contains(QStringLiteral("this commons holds no councils in ") + nation));
        }
        QCOMPARE(seen, 650 - 543);
        // Where the commons holds their councils, they resolve.
        QHash<QString, QString> withWales = m_held;
        for (const AreaCouncil &c : m_areas.councils)
            if (c.nation == QLatin1String("Wales"))
                withWales.insert(c.code, c.name);
        const std::optional<AreaResult> cardiff = AreaResolver(m_areas, withWales).resolve(QStringLiteral("W07000090"));
        QVERIFY(cardiff);
        QVERIFY(!cardiff->councils.isEmpty());
        QCOMPARE(cardiff->councils.first().code, QStringLiteral("W06000015")); // Cardiff, the largest share
        for (const AreaOrg &o : cardiff->unmatched)
            QVERIFY2(!isCouncilKind(o.kind), qPrintable(o.name));
    }

    void twoTierConstituencyIncludesItsCounty()
    {
        AreaResolver resolver(m_areas, m_held);
        const std::optional<AreaResult> aldershot = resolver.resolve(QStringLiteral("E14001063"));
        QVERIFY(aldershot);
        QCOMPARE(aldershot->mp, QStringLiteral("Alex Baker"));
        QStringList codes;
        for (const AreaOrg &o : aldershot->councils)
            codes.append(o.code + QLatin1Char(' ') + o.kind);
        QVERIFY2(codes.contains(QStringLiteral("E10000014 county")), qPrintable(codes.join(QStringLiteral(", ")))); // Hampshire
        QVERIFY2(codes.contains(QStringLiteral("E07000092 district")), qPrintable(codes.join(QStringLiteral(", ")))); // Rushmoor
        // Every constituency with a county district has that county, with its districts' share.
        int twoTier = 0;
        for (const AreaConstituency &c : m_areas.constituencies) {
            QHash<QString, double> expected;
            for (const AreaShare &d : c.districts)
                if (!m_areas.council(d.code)->county.isEmpty())
                    expected[m_areas.council(d.code)->county] += d.share;
            if (expected.isEmpty())
                continue;
            ++twoTier;
            const std::optional<AreaResult> r = resolver.resolve(c.code);
            for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
                bool found = false;
                for (const AreaOrg &o : r->councils) {
                    if (o.code == it.key()) {
                        found = o.kind == QLatin1String("county") && std::abs(o.share - it.value()) < 1e-9;
                        break;
                    }
                }
                QVERIFY2(found, qPrintable(c.name + QStringLiteral(" lacks its county ") + it.key()));
            }
        }
        QVERIFY2(twoTier > 150, qPrintable(QString::number(twoTier)));
    }

    void sharesSumToOne()
    {
        AreaResolver resolver(m_areas, m_held);
        resolver.setMinTrustShare(0);
        for (const AreaConstituency &c : m_areas.constituencies) {
            const std::optional<AreaResult> r = resolver.resolve(c.code);
            QVERIFY(r);
            QVERIFY2(std::abs(lowerTierShare(*r) - 1.0) < 1e-6, qPrintable(c.name));
            // As printed (four decimals), within rounding.
            double printed = 0;
            const QJsonObject json = r->toJson();
            for (const QString &list : {QStringLiteral("councils"), QStringLiteral("unmatched")})
                for (const QJsonValue &v : json.value(list).toArray())
                    if (v[QLatin1String("kind")] == QLatin1String("district") || v[QLatin1String("kind")] == QLatin1String("unitary"))
                        printed += v[QLatin1String("share")].toDouble();
            QVERIFY2(std::abs(printed - 1.0) <= 0.0005 * c.districts.size(), qPrintable(c.name));
            if (!c.code.startsWith(QLatin1Char('E')))
                continue;
            double trusts = 0;
            for (const QList<AreaOrg> *list : {&r->trusts, &r->unmatched})
                for (const AreaOrg &o : *list)
                    if (o.kind == QLatin1String("trust"))
                        trusts += o.share;
            QVERIFY2(std::abs(trusts - 1.0) < 1e-6, qPrintable(c.name + QStringLiteral(": trusts %1").arg(trusts)));
        }
    }

    void reorganisedDistrictsAreMapped()
    {
        // The 2021 codes of Cumbria, North Yorkshire and Somerset are noted as mapped, and
        // their catchments reach the councils of 2023.
        int mapped = 0;
        for (const ImportReport::Entry &n : std::as_const(m_report.notes))
            if (n.reason.contains(QLatin1String(" is now ")))
                ++mapped;
        QCOMPARE(mapped, 17);
        for (const char *code : {"E06000063", "E06000064", "E06000065", "E06000066"}) {
            const AreaCouncil *c = m_areas.council(QLatin1String(code));
            QVERIFY2(c, code);
            QVERIFY2(!c->trusts.isEmpty(), code);
            double sum = 0;
            for (const AreaShare &t : c->trusts)
                sum += t.share;
            QVERIFY2(std::abs(sum - 1.0) < 1e-6, code);
        }
        QVERIFY(m_areas.council(QStringLiteral("E07000026")) == nullptr); // Allerdale is gone
    }

    void unmappableDistrictIsReported()
    {
        // A copy of the real files with one catchment row for a district no register knows.
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        for (const char *name : {"current_mps.csv", "lad24_to_pcon24.json", "nhs_trust22_to_ltla21.csv"})
            QVERIFY(QFile::copy(QDir(m_dir).filePath(QLatin1String(name)), tmp.filePath(QLatin1String(name))));
        QFile csv(tmp.filePath(QStringLiteral("nhs_trust22_to_ltla21.csv")));
        QVERIFY(csv.setPermissions(csv.permissions() | QFileDevice::WriteOwner));
        QVERIFY(csv.open(QIODevice::Append));
        csv.write("\"RDU\",\"E07999999\",0.01\n");
        csv.close();
        Result<ConstituencyImporter::Output> r = ConstituencyImporter::run(
            {tmp.path(), QDir(m_dir).filePath(QStringLiteral("../local-authorities/uk_local_authorities.csv")), QString()});
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        const ImportReport &rep = r.value().report;
        QCOMPARE(rep.skipped.size(), 1);
        QCOMPARE(rep.skipped.first().line, 5670 + 2); // header, 5,670 rows, then ours
        QVERIFY(rep.skipped.first().reason.contains(QLatin1String("E07999999")));
        QCOMPARE(r.value().areas.unmapped.size(), 1);
        QCOMPARE(r.value().areas.unmapped.first().code, QStringLiteral("E07999999"));
        QVERIFY(rep.balanced());
    }

    // The whole path: import, publish with a real commons' councils, sync, `area`.
    void cliImportPublishSyncArea()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString stage = tmp.filePath(QStringLiteral("stage"));
        const QString out = tmp.filePath(QStringLiteral("commons"));
        const QString cache = tmp.filePath(QStringLiteral("cache.sqlite"));
        const QString reg = QDir(m_dir).filePath(QStringLiteral("../local-authorities/uk_local_authorities.csv"));
        using livedna::test::runCli;
        test::CliRun run = runCli(cache, {QStringLiteral("import"), QStringLiteral("catalogue"), QStringLiteral("--out"), stage});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = runCli(cache, {QStringLiteral("import"), QStringLiteral("councils"), reg, QStringLiteral("--out"), stage});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = runCli(cache, {QStringLiteral("import"), QStringLiteral("constituencies"), m_dir, QStringLiteral("--out"), stage,
                             QStringLiteral("--no-cache")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.out.contains(QLatin1String("Rows read: 7269; imported: 7269; skipped: 0.")));
        run = runCli(cache, {QStringLiteral("publish"), stage, out, QStringLiteral("--commons"), QStringLiteral("area-test")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = runCli(cache, {QStringLiteral("area"), QStringLiteral("E14001063")});
        QCOMPARE(run.exitCode, 2); // nothing synced yet: says so
        run = runCli(cache, {QStringLiteral("sync"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = runCli(cache, {QStringLiteral("area"), QStringLiteral("E14001063"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject o = run.json().object();
        QCOMPARE(o.keys().size(), 7);
        QVERIFY(run.out.indexOf(QLatin1String("\"constituency\"")) < run.out.indexOf(QLatin1String("\"name\"")));
        QVERIFY(run.out.indexOf(QLatin1String("\"trusts\"")) < run.out.indexOf(QLatin1String("\"unmatched\"")));
        QCOMPARE(o.value(QLatin1String("name")).toString(), QStringLiteral("Aldershot"));
        QCOMPARE(o.value(QLatin1String("party")).toString(), QStringLiteral("Labour"));
        const QJsonObject first = o.value(QLatin1String("councils")).toArray().first().toObject();
        QCOMPARE(first.value(QLatin1String("code")).toString(), QStringLiteral("E10000014"));
        QCOMPARE(first.value(QLatin1String("kind")).toString(), QStringLiteral("county"));
        QCOMPARE(first.keys(), (QStringList{QStringLiteral("code"), QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("share")}));
        // The commons holds no trusts here, so they are unmatched, saying why.
        QVERIFY(o.value(QLatin1String("trusts")).toArray().isEmpty());
        QVERIFY(!o.value(QLatin1String("unmatched")).toArray().isEmpty());
        run = runCli(cache, {QStringLiteral("area"), QStringLiteral("--mp"), QStringLiteral("keir starmer"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.json().object().value(QLatin1String("constituency")).toString(), QStringLiteral("E14001290"));
        run = runCli(cache, {QStringLiteral("area"), QStringLiteral("--council"), QStringLiteral("E10000014"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.json().array().size() >= 15, qPrintable(run.out.left(200))); // Hampshire's seats
        // A second sync fetches nothing: the extra is recorded with its hash.
        run = runCli(cache, {QStringLiteral("sync"), out});
        QVERIFY2(run.exitCode == 0 && run.out.contains(QLatin1String("Nothing new")), qPrintable(run.describe()));
        // A broken areas document, even with a matching hash in a newer index, refuses the sync
        // naming the file, and the cache keeps the areas it had.
        QFile areas(QDir(out).filePath(QStringLiteral("areas.json")));
        QVERIFY(areas.open(QIODevice::ReadOnly));
        QByteArray bytes = areas.readAll();
        areas.close();
        const qsizetype at = bytes.indexOf("\"share\": ");
        QVERIFY(at > 0);
        bytes.insert(at + 9, "7");
        QVERIFY(areas.open(QIODevice::WriteOnly | QIODevice::Truncate) && areas.write(bytes) == bytes.size());
        areas.close();
        QVERIFY(test::rehashIndex(out, 2));
        QVERIFY(rehashExtra(out, bytes));
        run = runCli(cache, {QStringLiteral("sync"), out});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("areas.json")) && run.err.contains(QLatin1String("share")), qPrintable(run.describe()));
        run = runCli(cache, {QStringLiteral("area"), QStringLiteral("E14001063"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(run.json().object().value(QLatin1String("name")).toString(), QStringLiteral("Aldershot"));
    }
};

QTEST_GUILESS_MAIN(TestArea)
#include "tst_area.moc"
