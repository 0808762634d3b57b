// Issue 10 item 6 on the real files of ../shared/data/benchmarks: the benchmarks document
// (import counts, its one reader and the pointers it gives), and peer benchmarks of a council
// checked by hand against the CSV rows, with unknowns kept unknown and years never mixed
// silently.
#include "core/analysis/peerbenchmark.h"
#include "core/cache/cache.h"
#include "core/importers/benchmarkimporter.h"
#include "tests/support/clirunner.h"
#include "tests/support/testenv.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace livedna;

namespace {

// Data rows of a CSV counted without the importer's reader: its lines, less the header.
// (None of the three files has a line break inside a quoted field.)
int csvDataLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    int lines = 0;
    while (!f.atEnd()) {
        if (!f.readLine().trimmed().isEmpty())
            ++lines;
    }
    return lines - 1;
}

// Hartlepool 2023-24 as the real commons holds it: RSX 2023-24 net (C7), £ thousand, hand-read
// from RSX_2023-24_data_by_LA.csv line 263, and the register's pop-2020 (line 186).
Organisation hartlepool(std::optional<qint64> population)
{
    Organisation o;
    o.code = QStringLiteral("E06000001");
    o.name = QStringLiteral("Hartlepool Borough Council");
    o.kind = OrgKind::Council;
    o.type = QStringLiteral("Unitary authority");
    o.period = QStringLiteral("2023-24");
    o.population = population;
    Service children;
    children.id = QStringLiteral("childrens-social-care");
    children.name = QStringLiteral("Children Social Care");
    children.reportedCostGbp = 40682000;
    children.source = QStringLiteral("rsx-2023-24#line 263: E06000001, Children Social Care, C7");
    Service education;
    education.id = QStringLiteral("education");
    education.name = QStringLiteral("Education services");
    education.reportedCostGbp = 57518000;
    Service unpublished;
    unpublished.id = QStringLiteral("cultural");
    unpublished.name = QStringLiteral("Cultural and related services"); // no reported cost
    Service other;
    other.id = QStringLiteral("local-thing"); // no benchmark service
    other.name = QStringLiteral("Something local");
    other.reportedCostGbp = 1000;
    o.services = {children, education, unpublished, other};
    return o;
}

const PeerServiceBenchmark *row(const PeerBenchmark &b, const QString &id)
{
    for (const PeerServiceBenchmark &s : b.services) {
        if (s.serviceId == id)
            return &s;
    }
    return nullptr;
}

// Points the "benchmarks" entry of DIR/index.json's extras at `bytes` (test::rehashIndex does
// the documents only).
bool rehashBenchmarksExtra(const QString &dir, const QByteArray &bytes)
{
    QFile f(QDir(dir).filePath(QStringLiteral("index.json")));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QJsonObject index = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QJsonArray extras = index.value(QStringLiteral("extras")).toArray();
    for (int i = 0; i < extras.size(); ++i) {
        QJsonObject e = extras.at(i).toObject();
        if (e.value(QStringLiteral("type")).toString() != QLatin1String("benchmarks"))
            continue;
        e.insert(QStringLiteral("sha256"), QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        e.insert(QStringLiteral("bytes"), double(bytes.size()));
        extras[i] = e;
    }
    index.insert(QStringLiteral("extras"), extras);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(QJsonDocument(index).toJson()) > 0;
}

QStringList pointers(const QList<Problem> &problems)
{
    QStringList out;
    for (const Problem &p : problems)
        out.append(p.pointer);
    return out;
}

} // namespace

class TestBenchmark : public QObject
{
    Q_OBJECT

private:
    QString m_dir;
    BenchmarkData m_data;
    ImportReport m_report;

    QJsonObject realJson() const { return QJsonDocument::fromJson(m_data.toJson()).object(); }

    // The problems the reader gives for the real document after `edit`.
    QList<Problem> problemsAfter(const std::function<void(QJsonObject &)> &edit) const
    {
        QJsonObject o = realJson();
        edit(o);
        return BenchmarkData::fromJson(QJsonDocument(o).toJson(), QStringLiteral("benchmarks.json")).problems();
    }

private Q_SLOTS:
    void initTestCase()
    {
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("benchmarks/ro_per_head_distributions.csv"), dist);
        m_dir = QFileInfo(dist).absolutePath();
        Result<BenchmarkImporter::Output> r = BenchmarkImporter::run(m_dir);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        m_data = r.value().benchmarks;
        m_report = r.value().report;
    }

    void importCountsEqualTheCsvRows()
    {
        const int dist = csvDataLines(QDir(m_dir).filePath(QLatin1String(BenchmarkImporter::DistributionsFile)));
        const int libs = csvDataLines(QDir(m_dir).filePath(QLatin1String(BenchmarkImporter::LibrariesFile)));
        const int disp = csvDataLines(QDir(m_dir).filePath(QLatin1String(BenchmarkImporter::DispersionFile)));
        QCOMPARE(dist, 315); // SOURCE.md
        QCOMPARE(libs, 152);
        QCOMPARE(disp, 84);
        QCOMPARE(m_report.rowsIn, dist + libs + disp);
        QVERIFY(m_report.balanced());
        QCOMPARE(m_report.skipped.size(), 0);
        QCOMPARE(m_data.distributions.size(), dist);
        QCOMPARE(m_data.councils.size(), libs);
        QCOMPARE(m_data.dispersion.size(), disp);
        // Every row names its file and line.
        QCOMPARE(m_data.distributions.first().source, QStringLiteral("ro-per-head#line 2"));
        QCOMPARE(m_data.sourceOf(m_data.distributions.last().source)->file, QStringLiteral("ro_per_head_distributions.csv"));
        QCOMPARE(m_data.councils.last().source, QStringLiteral("library-spend-2024-25#line 153"));
        for (const BenchmarkSource &s : m_data.sources)
            QVERIFY2(!s.publisher.isEmpty() && !s.licence.isEmpty() && !s.file.isEmpty(), qPrintable(s.id));
        QCOMPARE(m_data.source(QStringLiteral("ro-per-head"))->year, QStringLiteral("2013-14, 2018-19, 2024-25"));
        // Round trip through the one reader.
        Result<BenchmarkData> back = BenchmarkData::fromJson(m_data.toJson(), QStringLiteral("benchmarks.json"));
        QVERIFY2(back.ok(), qPrintable(back.errorString()));
        QCOMPARE(back.value().distributions.size(), dist);
    }

    void badRowsAreSkippedWithTheirLines()
    {
        // Copies of the real files with rows no benchmark can be built from appended.
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        for (const char *name : {BenchmarkImporter::DistributionsFile, BenchmarkImporter::LibrariesFile,
                                 BenchmarkImporter::DispersionFile})
            QVERIFY(QFile::copy(QDir(m_dir).filePath(QLatin1String(name)), tmp.filePath(QLatin1String(name))));
        QFile csv(tmp.filePath(QLatin1String(BenchmarkImporter::DistributionsFile)));
        QVERIFY(csv.setPermissions(csv.permissions() | QFileDevice::WriteOwner));
        QVERIFY(csv.open(QIODevice::Append));
        csv.write("2024-25,XX,education,3,1,2,3,4,5\n"           // unknown class
                  "2024-25,UA,education,61,1,2,3,4,5\n"          // a second row for UA education 2024-25
                  "2024-25,SD,made_up,9,5,4,3,2,1\n"             // percentiles decrease
                  "2024-25,SD,blank_p90,9,1,2,3,4,\n");          // blank: kept as unknown
        csv.close();
        Result<BenchmarkImporter::Output> r = BenchmarkImporter::run(tmp.path());
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        const ImportReport &rep = r.value().report;
        QVERIFY(rep.balanced());
        QCOMPARE(rep.rowsIn, 551 + 4);
        QCOMPARE(rep.skipped.size(), 3);
        QCOMPARE(rep.skipped.at(0).line, 317);
        QVERIFY(rep.skipped.at(0).reason.contains(QLatin1String("XX")));
        QCOMPARE(rep.skipped.at(1).line, 318);
        QVERIFY(rep.skipped.at(1).reason.contains(QLatin1String("second row")));
        QCOMPARE(rep.skipped.at(2).line, 319);
        QVERIFY(rep.skipped.at(2).reason.contains(QLatin1String("decrease")));
        const BenchmarkDistribution *blank = r.value().benchmarks.distribution(
            QStringLiteral("2024-25"), QStringLiteral("SD"), QStringLiteral("blank_p90"));
        QVERIFY(blank);
        QVERIFY(!blank->p90);
        QCOMPARE(*blank->p75, 4.0);
        QCOMPARE(blank->source, QStringLiteral("ro-per-head#line 320"));
    }

    void handCheckedRowsAndPosition()
    {
        // ro_per_head_distributions.csv line 298, read by hand:
        // 2024-25,UA,children_social_care,61,205.68,236.51,268.07,336.30,396.72
        const BenchmarkDistribution *d =
            m_data.distribution(QStringLiteral("2024-25"), QStringLiteral("UA"), QStringLiteral("children_social_care"));
        QVERIFY(d);
        QCOMPARE(d->source, QStringLiteral("ro-per-head#line 298"));
        QCOMPARE(*d->n, 61);
        QCOMPARE(*d->p10, 205.68);
        QCOMPARE(*d->median, 268.07);
        QCOMPARE(*d->p90, 396.72);

        const PeerBenchmark b = PeerBenchmarks::compute(hartlepool(93836), {}, m_data, nullptr);
        QCOMPARE(b.cls, QStringLiteral("UA"));
        const PeerServiceBenchmark *c = row(b, QStringLiteral("childrens-social-care"));
        QVERIFY(c);
        QCOMPARE(c->benchmarkService, QStringLiteral("children_social_care"));
        // 40,682,000 / 93,836 = 433.54 a head, above p90 (396.72).
        QVERIFY(c->council.perHead);
        QVERIFY(qAbs(*c->council.perHead - 433.54) < 0.005);
        QCOMPARE(c->position, BenchmarkPosition::AboveP90);
        QCOMPARE(c->distribution->source, QStringLiteral("ro-per-head#line 298"));
        QVERIFY(c->distributionSource.contains(QLatin1String("ro_per_head_distributions.csv, line 298")));
        QCOMPARE(c->council.costSource, QStringLiteral("rsx-2023-24#line 263: E06000001, Children Social Care, C7"));
        // Education: 57,518,000 / 93,836 = 612.96, between p25 (514.31) and the median (664.39), line 301.
        const PeerServiceBenchmark *e = row(b, QStringLiteral("education"));
        QVERIFY(qAbs(*e->council.perHead - 612.96) < 0.005);
        QCOMPARE(e->position, BenchmarkPosition::P25ToMedian);
        QCOMPARE(e->distribution->source, QStringLiteral("ro-per-head#line 301"));
        // A service the source does not benchmark says so.
        const PeerServiceBenchmark *o = row(b, QStringLiteral("local-thing"));
        QVERIFY(!o->distribution);
        QVERIFY(!o->noBenchmarkReason.isEmpty());
        // Libraries: Hartlepool's own published figure, library_spend_per_head_2024-25.csv.
        const PeerServiceBenchmark *l = row(b, QStringLiteral("libraries"));
        QVERIFY(l);
        QVERIFY(l->council.perHead);
        QVERIFY(l->council.perHeadSource.startsWith(QLatin1String("library-spend-2024-25#line ")));
        QCOMPARE(l->benchmarkYear, QStringLiteral("2024-25"));
        QVERIFY(!l->yearDiffers);
    }

    void unknownStaysUnknown()
    {
        // No population anywhere: no per head, null in JSON, never 0.
        const PeerBenchmark b = PeerBenchmarks::compute(hartlepool(std::nullopt), {}, m_data, nullptr);
        QVERIFY(!b.population);
        const PeerServiceBenchmark *c = row(b, QStringLiteral("childrens-social-care"));
        QVERIFY(!c->council.perHead);
        QCOMPARE(c->position, BenchmarkPosition::Unknown);
        QVERIFY(c->council.note.contains(QLatin1String("population unknown")));
        const QJsonObject json = PeerBenchmarks::toJson(b);
        QVERIFY(json.value(QStringLiteral("population")).isNull());
        for (const QJsonValue &s : json.value(QStringLiteral("services")).toArray()) {
            const QJsonValue perHead = s.toObject().value(QStringLiteral("council")).toObject().value(QStringLiteral("per_head_gbp"));
            if (s.toObject().value(QStringLiteral("service")) != QLatin1String("libraries"))
                QVERIFY2(perHead.isNull(), qPrintable(s.toObject().value(QStringLiteral("service")).toString()));
        }
        // A reported cost not published: null, with the reason.
        const PeerBenchmark known = PeerBenchmarks::compute(hartlepool(93836), {}, m_data, nullptr);
        const PeerServiceBenchmark *cultural = row(known, QStringLiteral("cultural"));
        QVERIFY(!cultural->council.perHead);
        QVERIFY(!cultural->council.netCostGbp);
        QCOMPARE(cultural->position, BenchmarkPosition::Unknown);
        // A neighbour the commons does not hold: named, null, with the reason.
        Organisation withNeighbour = hartlepool(93836);
        withNeighbour.neighbours = {QStringLiteral("E06000002")};
        const PeerBenchmark nb = PeerBenchmarks::compute(withNeighbour, {}, m_data, nullptr);
        const PeerServiceBenchmark *cn = row(nb, QStringLiteral("childrens-social-care"));
        QCOMPARE(cn->neighbours.size(), 1);
        QVERIFY(!cn->neighbours.first().figure.perHead);
        QVERIFY(!cn->neighbours.first().figure.note.isEmpty());
    }

    void yearMismatchIsStated()
    {
        // Spend of 2023-24; the source publishes 2013-14, 2018-19 and 2024-25.
        const PeerBenchmark b = PeerBenchmarks::compute(hartlepool(93836), {}, m_data, nullptr);
        const PeerServiceBenchmark *c = row(b, QStringLiteral("childrens-social-care"));
        QCOMPARE(c->benchmarkYear, QStringLiteral("2024-25"));
        QVERIFY(c->yearDiffers);
        QVERIFY(c->yearNote.contains(QLatin1String("2023-24")) && c->yearNote.contains(QLatin1String("2024-25")));
        const QJsonObject s = PeerBenchmarks::toJson(b).value(QStringLiteral("services")).toArray().first().toObject();
        QCOMPARE(s.value(QStringLiteral("year_differs")).toBool(), true);
        QCOMPARE(s.value(QStringLiteral("benchmark_year")).toString(), QStringLiteral("2024-25"));
        // The population's year (2020 in the register) is stated too when it is known.
        AreaData areas;
        areas.sources = {QStringLiteral("mySociety UK local authority register, populations pop-2020 and replaced-by (CC-BY-4.0)")};
        AreaCouncil hpl;
        hpl.code = QStringLiteral("E06000001");
        hpl.population = 93836;
        areas.councils = {hpl};
        areas.reindex();
        const PeerBenchmark withAreas = PeerBenchmarks::compute(hartlepool(std::nullopt), {}, m_data, &areas);
        QCOMPARE(*withAreas.population, qint64(93836));
        QCOMPARE(withAreas.populationYear, QStringLiteral("2020"));
        QVERIFY(withAreas.populationSource.contains(QLatin1String("pop-2020")));
        bool stated = false;
        for (const QString &n : withAreas.notes)
            stated = stated || (n.contains(QLatin1String("2020")) && n.contains(QLatin1String("2023-24")));
        QVERIFY(stated);
        // The same year: nothing to state.
        Organisation y1819 = hartlepool(93836);
        y1819.period = QStringLiteral("2018-19");
        const PeerBenchmark sameYear = PeerBenchmarks::compute(y1819, {}, m_data, nullptr); // outlives the row pointer
        const PeerServiceBenchmark *same = row(sameYear, QStringLiteral("education"));
        QCOMPARE(same->benchmarkYear, QStringLiteral("2018-19"));
        QVERIFY(!same->yearDiffers);
        QVERIFY(same->yearNote.isEmpty());
        // Closest year, ties to the later.
        const QStringList years = {QStringLiteral("2013-14"), QStringLiteral("2018-19"), QStringLiteral("2024-25")};
        QCOMPARE(PeerBenchmarks::closestYear(QStringLiteral("2017-18"), years), QStringLiteral("2018-19"));
        QCOMPARE(PeerBenchmarks::closestYear(QStringLiteral("2022-23"), years), QStringLiteral("2024-25"));
        QCOMPARE(PeerBenchmarks::closestYear(QStringLiteral("2021-22"), years), QStringLiteral("2024-25"));
        QCOMPARE(PeerBenchmarks::closestYear(QStringLiteral("2015-16"), years), QStringLiteral("2013-14"));
    }

    void readerRefusesMalformedDocumentsWithPointers()
    {
        auto dist = [](QJsonObject &o, int i, const QString &key, const QJsonValue &v) {
            QJsonArray a = o.value(QStringLiteral("distributions")).toArray();
            QJsonObject d = a.at(i).toObject();
            d.insert(key, v);
            a[i] = d;
            o.insert(QStringLiteral("distributions"), a);
        };
        QList<Problem> p = problemsAfter([](QJsonObject &o) { o.insert(QStringLiteral("format"), QStringLiteral("livedna-areas/1")); });
        QCOMPARE(pointers(p), QStringList{QStringLiteral("/format")});
        // p25 below p10 (line 2: p10 224.75).
        p = problemsAfter([&](QJsonObject &o) { dist(o, 0, QStringLiteral("p25"), 1.0); });
        QCOMPARE(pointers(p), QStringList{QStringLiteral("/distributions/0/p25")});
        p = problemsAfter([&](QJsonObject &o) { dist(o, 3, QStringLiteral("source"), QStringLiteral("nowhere#line 5")); });
        QCOMPARE(pointers(p), QStringList{QStringLiteral("/distributions/3/source")});
        p = problemsAfter([&](QJsonObject &o) { dist(o, 4, QStringLiteral("class"), QStringLiteral("XX")); });
        QCOMPARE(pointers(p), QStringList{QStringLiteral("/distributions/4/class")});
        p = problemsAfter([&](QJsonObject &o) { dist(o, 5, QStringLiteral("median"), QStringLiteral("12")); });
        QCOMPARE(pointers(p), QStringList{QStringLiteral("/distributions/5/median")});
        p = problemsAfter([&](QJsonObject &o) { dist(o, 6, QStringLiteral("year"), QStringLiteral("2024")); });
        QCOMPARE(pointers(p), QStringList{QStringLiteral("/distributions/6/year")});
        p = problemsAfter([&](QJsonObject &o) { dist(o, 7, QStringLiteral("n"), -1); });
        QCOMPARE(pointers(p), QStringList{QStringLiteral("/distributions/7/n")});
        // A second row for the same year, class and service.
        p = problemsAfter([](QJsonObject &o) {
            QJsonArray a = o.value(QStringLiteral("distributions")).toArray();
            a.append(a.at(0));
            o.insert(QStringLiteral("distributions"), a);
        });
        QCOMPARE(pointers(p), QStringList{QStringLiteral("/distributions/315")});
        p = problemsAfter([](QJsonObject &o) {
            QJsonArray a = o.value(QStringLiteral("councils")).toArray();
            QJsonObject c = a.at(2).toObject();
            c.insert(QStringLiteral("per_head"), QStringLiteral("3.35"));
            a[2] = c;
            o.insert(QStringLiteral("councils"), a);
        });
        QCOMPARE(pointers(p), QStringList{QStringLiteral("/councils/2/per_head")});
        p = problemsAfter([](QJsonObject &o) { o.remove(QStringLiteral("sources")); });
        QVERIFY(pointers(p).contains(QStringLiteral("/sources")));
        p = problemsAfter([](QJsonObject &o) {
            QJsonArray a = o.value(QStringLiteral("sources")).toArray();
            QJsonObject s = a.at(0).toObject();
            s.remove(QStringLiteral("licence"));
            a[0] = s;
            o.insert(QStringLiteral("sources"), a);
        });
        QCOMPARE(pointers(p), QStringList{QStringLiteral("/sources/0/licence")});
        // Null percentiles are unknown, not an error.
        p = problemsAfter([&](QJsonObject &o) { dist(o, 0, QStringLiteral("p90"), QJsonValue()); });
        QVERIFY(p.isEmpty());
        // A member name twice is refused with its pointer, as every commons reader does
        // (QJsonDocument would keep the last silently).
        QByteArray twice = m_data.toJson();
        const int at = int(twice.indexOf("\"p10\""));
        QVERIFY(at > 0);
        twice.insert(at, QByteArrayLiteral("\"p10\": 1e6, "));
        const Result<BenchmarkData> dup = BenchmarkData::fromJson(twice, QStringLiteral("benchmarks.json"));
        QVERIFY(!dup.ok());
        QCOMPARE(dup.problems().constFirst().pointer, QStringLiteral("/distributions/0/p10"));
    }

    void cacheKeepsTheDocument()
    {
        QTemporaryDir tmp;
        Cache cache;
        QVERIFY(cache.open(tmp.filePath(QStringLiteral("c.sqlite"))).ok);
        QVERIFY(cache.benchmarks().isEmpty());
        const Result<PeerBenchmark> none = PeerBenchmarks::fromCache(cache, QStringLiteral("E06000001"));
        QVERIFY(!none.ok());
        QVERIFY(none.errorString().contains(QLatin1String("no benchmarks")));
        QVERIFY(cache.setBenchmarks(m_data.toJson()).ok);
        QCOMPARE(cache.benchmarks(), m_data.toJson());
    }

    // The whole path on real data: import, publish, sync, then `benchmark` offline.
    void cliImportPublishSyncBenchmark()
    {
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("local-authorities/uk_local_authorities.csv"), reg);
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("council-finance-rsx/RSX_2023-24_data_by_LA.csv"), rsx);
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("similarity/la-similarity-mysociety/imd_la_labels.csv"), labels);
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("constituencies/current_mps.csv"), mps);
        QTemporaryDir tmp;
        const QString stage = tmp.filePath(QStringLiteral("stage"));
        const QString out = tmp.filePath(QStringLiteral("commons"));
        const QString cache = tmp.filePath(QStringLiteral("cache.sqlite"));
        using livedna::test::runCli;
        const QList<QStringList> steps = {
            {QStringLiteral("import"), QStringLiteral("catalogue"), QStringLiteral("--out"), stage},
            {QStringLiteral("import"), QStringLiteral("councils"), reg, QStringLiteral("--similarity"),
             QFileInfo(labels).absolutePath(), QStringLiteral("--period"), QStringLiteral("2023-24"), QStringLiteral("--out"), stage},
            {QStringLiteral("import"), QStringLiteral("rsx"), rsx, QStringLiteral("--period"), QStringLiteral("2023-24"),
             QStringLiteral("--register"), reg, QStringLiteral("--out"), stage},
            {QStringLiteral("import"), QStringLiteral("constituencies"), QFileInfo(mps).absolutePath(), QStringLiteral("--out"),
             stage, QStringLiteral("--no-cache")},
        };
        for (const QStringList &s : steps) {
            const test::CliRun run = runCli(cache, s);
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        }
        test::CliRun run = runCli(cache, {QStringLiteral("import"), QStringLiteral("benchmarks"), m_dir, QStringLiteral("--out"),
                                          stage, QStringLiteral("--no-cache")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.contains(QLatin1String("Rows read: 551; imported: 551; skipped: 0.")), qPrintable(run.out));
        run = runCli(cache, {QStringLiteral("publish"), stage, out, QStringLiteral("--commons"), QStringLiteral("bench-test")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QFile index(QDir(out).filePath(QStringLiteral("index.json")));
        QVERIFY(index.open(QIODevice::ReadOnly));
        QVERIFY(index.readAll().contains("\"benchmarks\""));
        run = runCli(cache, {QStringLiteral("benchmark"), QStringLiteral("E06000001")});
        QCOMPARE(run.exitCode, 2); // nothing synced yet: says so
        run = runCli(cache, {QStringLiteral("sync"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        run = runCli(cache, {QStringLiteral("benchmark"), QStringLiteral("E06000001"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject o = run.json().object();
        QCOMPARE(o.value(QStringLiteral("class")).toString(), QStringLiteral("UA"));
        QCOMPARE(o.value(QStringLiteral("population")).toDouble(), 93836.0);
        QVERIFY(o.value(QStringLiteral("population_source")).toString().contains(QLatin1String("pop-2020")));
        QJsonObject children;
        for (const QJsonValue &s : o.value(QStringLiteral("services")).toArray())
            if (s.toObject().value(QStringLiteral("service")) == QLatin1String("childrens-social-care"))
                children = s.toObject();
        QCOMPARE(children.value(QStringLiteral("position")).toString(), QStringLiteral("above-p90"));
        QCOMPARE(children.value(QStringLiteral("distribution")).toObject().value(QStringLiteral("source")).toString(),
                 QStringLiteral("ro-per-head#line 298"));
        const QJsonArray neighbours = children.value(QStringLiteral("neighbours")).toArray();
        QVERIFY(!neighbours.isEmpty());
        for (const QJsonValue &n : neighbours) {
            const QJsonObject no = n.toObject();
            QVERIFY(!no.value(QStringLiteral("cost_source")).toString().isEmpty());
            QVERIFY(no.value(QStringLiteral("per_head_gbp")).isDouble());
        }
        // A second sync fetches nothing: the extra is recorded with its hash.
        run = runCli(cache, {QStringLiteral("sync"), out});
        QVERIFY2(run.exitCode == 0 && run.out.contains(QLatin1String("Nothing new")), qPrintable(run.describe()));
        // A broken benchmarks document, even with a matching hash in a newer index, refuses the
        // sync with its pointer, and the cache keeps the benchmarks it had (offline).
        {
            QFile published(QDir(out).filePath(QStringLiteral("benchmarks.json")));
            QVERIFY(published.open(QIODevice::ReadOnly));
            QByteArray broken = published.readAll();
            published.close();
            QVERIFY(broken.contains("\"p10\": 224.75"));
            broken.replace("\"p10\": 224.75", "\"p10\": 999.75");
            QVERIFY(published.open(QIODevice::WriteOnly | QIODevice::Truncate) && published.write(broken) == broken.size());
            published.close();
            QVERIFY(test::rehashIndex(out, 2));
            QVERIFY(rehashBenchmarksExtra(out, broken));
            run = runCli(cache, {QStringLiteral("sync"), out});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(QLatin1String("benchmarks.json")) && run.err.contains(QLatin1String("/distributions/0/p25")),
                     qPrintable(run.describe()));
            run = runCli(cache, {QStringLiteral("benchmark"), QStringLiteral("E06000001"), QStringLiteral("--json")});
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
            QCOMPARE(run.json().object().value(QStringLiteral("class")).toString(), QStringLiteral("UA"));
        }
        // A broken benchmarks.json in a publication is refused with its pointer.
        QFile doc(QDir(stage).filePath(QStringLiteral("benchmarks.json")));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        QByteArray bytes = doc.readAll();
        doc.close();
        bytes.replace("\"p10\": 224.75", "\"p10\": \"224.75\"");
        QVERIFY(doc.open(QIODevice::WriteOnly | QIODevice::Truncate));
        doc.write(bytes);
        doc.close();
        run = runCli(cache, {QStringLiteral("publish"), stage, tmp.filePath(QStringLiteral("commons2")),
                             QStringLiteral("--commons"), QStringLiteral("bench-test")});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QLatin1String("/distributions/0/p10")), qPrintable(run.describe()));
    }
};

QTEST_GUILESS_MAIN(TestBenchmark)
#include "tst_benchmark.moc"
