// scripts/build-real-commons.sh end to end: the real commons builds from ../shared/data,
// passes the reader, syncs into a real cache, and shows real spend by year: councils with
// their reported split and nothing invented, trusts with their published facility bricks.
#include "core/cache/cache.h"
#include "core/commons/commonsreader.h"
#include "core/sync/syncer.h"
#include "tests/support/clirunner.h"
#include "tests/support/testenv.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace livedna;

class TstImportScript : public QObject
{
    Q_OBJECT

    // The published commons against the repository's JSON Schemas (draft 2020-12, through
    // python3-jsonschema): every document, not a sample, as a publisher's CI would.
    static void checkAgainstSchemas(const QString &out)
    {
        QStringList args{QDir(livedna::test::sourceDir()).filePath(QStringLiteral("scripts/check-schemas.py")),
                         QStringLiteral("--schema"), QStringLiteral("index"), QDir(out).filePath(QStringLiteral("index.json")),
                         QStringLiteral("--schema"), QStringLiteral("bricks"), QDir(out).filePath(QStringLiteral("bricks.json")),
                         QStringLiteral("--schema"), QStringLiteral("organisation")};
        QDirIterator it(QDir(out).filePath(QStringLiteral("orgs")), {QStringLiteral("*.json")}, QDir::Files,
                        QDirIterator::Subdirectories);
        int documents = 0;
        while (it.hasNext()) {
            args << it.next();
            ++documents;
        }
        QVERIFY2(documents > 2000, qPrintable(QString::number(documents)));
        QProcess check;
        check.setProcessChannelMode(QProcess::MergedChannels);
        check.start(QStringLiteral("python3"), args);
        QVERIFY(check.waitForFinished(300000));
        const QByteArray log = check.readAll();
        QVERIFY2(check.exitStatus() == QProcess::NormalExit && check.exitCode() == 0, log.right(4000).constData());
        QCOMPARE(log.count(": valid\n"), documents + 2);
    }

private Q_SLOTS:
    void buildsSyncsAndShowsUnmappedSpend()
    {
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("council-spending/RS_2017-18_by_LA_long.csv"), rs);
        const QString cli = livedna::test::cliPath();
        if (cli.isEmpty() || !QFileInfo::exists(cli))
            QSKIP("LIVEDNA_CLI is not set (run through ctest)");
        QTemporaryDir tmp;
        const QString out = tmp.filePath(QStringLiteral("real"));
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("bash"), {QDir(livedna::test::sourceDir()).filePath(QStringLiteral("scripts/build-real-commons.sh")),
                                         out, QStringLiteral("--cli"), cli, QStringLiteral("--data"), livedna::test::sharedDataDir()});
        QVERIFY(p.waitForFinished(300000));
        const QByteArray log = p.readAll();
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, log.constData());
        const QList<Problem> problems = CommonsReader::validateFolder(out);
        QVERIFY2(problems.isEmpty(), qPrintable(problemsToString(problems)));
        QVERIFY(QFileInfo::exists(out + QStringLiteral(".reports/rs-2017-18.txt")));
        QVERIFY(QFileInfo::exists(out + QStringLiteral(".reports/rsx-2023-24.txt")));
        QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("lgsl.json"))));
        checkAgainstSchemas(out);

        Cache cache;
        QVERIFY(cache.open(tmp.filePath(QStringLiteral("cache.sqlite"))));
        Syncer syncer(&cache);
        const Result<SyncReport> s = syncer.run(out);
        QVERIFY2(s.ok(), qPrintable(s.errorString()));
        const QList<OrgSummary> orgs = cache.organisations(QStringLiteral("england-real"));
        int councils = 0, trusts = 0, withSpend = 0, trustsWithBricks = 0;
        for (const OrgSummary &o : orgs) {
            councils += o.kind == OrgKind::Council ? 1 : 0;
            trusts += o.kind == OrgKind::NhsTrust ? 1 : 0;
            if (o.kind == OrgKind::Council)
                QCOMPARE(o.cost.total, 0.0); // no council brick is invented
            else if (o.cost.total > 0)
                ++trustsWithBricks; // ERIC's published facility costs
            if (o.cost.reported && *o.cost.reported != 0.0)
                ++withSpend;
        }
        QCOMPARE(councils, 332);
        QVERIFY(trusts > 200);
        QVERIFY2(withSpend > 280, qPrintable(QString::number(withSpend)));
        QVERIFY2(trustsWithBricks > 180, qPrintable(QString::number(trustsWithBricks)));
        const std::optional<OrgSummary> leeds = cache.organisationSummary(QStringLiteral("E08000035"), QStringLiteral("england-real"));
        QVERIFY(leeds);
        QCOMPARE(leeds->period, QStringLiteral("2023-24"));
        QCOMPARE(leeds->periods, (QStringList{QStringLiteral("2017-18"), QStringLiteral("2022-23"), QStringLiteral("2023-24")}));
        QCOMPARE(leeds->services, 11); // RSX groups with figures: no police, no fire
        QVERIFY(leeds->cost.reported && *leeds->cost.reported > 1e9);
        QVERIFY(leeds->reported.overhead > 0 && leeds->reported.frontline > leeds->reported.overhead);
        // 2017-18 (Revenue Outturn lines) uses the same service ids and layers as RSX, so the
        // years compare service by service.
        bool central2017 = false;
        for (const ServiceSummary &svc : cache.services(QStringLiteral("E08000035"), QStringLiteral("england-real"), QStringLiteral("2017-18"))) {
            if (svc.id == QLatin1String("central-services"))
                central2017 = svc.layer == Layer::Overhead && svc.cost.reported && *svc.cost.reported > 0;
        }
        QVERIFY(central2017);
        // The coverage summary names every source and finds none unresolved.
        const QByteArray coverage = [&] {
            QFile f(out + QStringLiteral(".reports/coverage.txt"));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY2(coverage.contains("Figures with no source: 0; sources not listed in their document: 0"), coverage.constData());
        for (const char *id : {"rs-2017-18:", "rsx-2022-23:", "rsx-2023-24:", "eric-2015-16:", "eric-2016-17:", "nhs-mrc-2023-24:",
                               "nhs-epr-2024-10:", "libraries-catalogues:", "planning-scrapers-2019:", "open311-backends:"})
            QVERIFY2(coverage.contains(id), id);
        // The sync loaded the LGSL extra the script published.
        QVERIFY(s.value().added.contains(QStringLiteral("lgsl.json")));
        QVERIFY2(cache.lgsl().size() > 900, qPrintable(QString::number(cache.lgsl().size())));

        // The same through a plain `livedna-cli sync`, into a cache that never imported the
        // list; show and orgs read the commons as before.
        const QString cliCache = tmp.filePath(QStringLiteral("cli-cache.sqlite"));
        const livedna::test::CliRun sync = livedna::test::runCli(cliCache, {QStringLiteral("sync"), out});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.describe()));
        {
            Cache viaCli;
            QVERIFY(viaCli.open(cliCache));
            const std::optional<LgslService> vehicles = viaCli.lgslService(372);
            QVERIFY(vehicles);
            QCOMPARE(vehicles->label, QStringLiteral("Abandoned vehicles"));
            QVERIFY(viaCli.lgsl().size() > 900);
        }
        const livedna::test::CliRun show = livedna::test::runCli(cliCache, {QStringLiteral("show"), QStringLiteral("E08000035")});
        QVERIFY2(show.exitCode == 0 && show.out.contains(QStringLiteral("Leeds")), qPrintable(show.describe()));
        const livedna::test::CliRun orgsRun = livedna::test::runCli(cliCache, {QStringLiteral("orgs")});
        QVERIFY2(orgsRun.exitCode == 0 && orgsRun.out.contains(QStringLiteral("Leeds")), qPrintable(orgsRun.describe()));

        // Republishing raises the version; the sync takes it as a change of nothing.
        p.start(QStringLiteral("bash"), {QDir(livedna::test::sourceDir()).filePath(QStringLiteral("scripts/build-real-commons.sh")),
                                         out, QStringLiteral("--cli"), cli, QStringLiteral("--data"), livedna::test::sharedDataDir()});
        QVERIFY(p.waitForFinished(300000));
        QCOMPARE(p.exitCode(), 0);
        const Result<SyncReport> s2 = syncer.run(out);
        QVERIFY2(s2.ok(), qPrintable(s2.errorString()));
        QCOMPARE(s2.value().version, 2);
        QVERIFY(s2.value().added.isEmpty() && s2.value().removed.isEmpty());
        // The republished lgsl.json has the same bytes: not fetched again.
        QVERIFY(!s2.value().changed.contains(QStringLiteral("lgsl.json")));
    }
};

QTEST_GUILESS_MAIN(TstImportScript)
#include "tst_importscript.moc"
