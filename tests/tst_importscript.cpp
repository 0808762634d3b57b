// scripts/build-real-commons.sh end to end: the real commons builds from ../shared/data,
// passes the reader, syncs into a real cache, and shows real spend with nothing mapped.
#include "core/cache/cache.h"
#include "core/commons/commonsreader.h"
#include "core/sync/syncer.h"
#include "tests/support/testenv.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace livedna;

class TstImportScript : public QObject
{
    Q_OBJECT

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
        QVERIFY(QFileInfo::exists(out + QStringLiteral(".reports/spending.txt")));
        QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("lgsl.json"))));

        Cache cache;
        QVERIFY(cache.open(tmp.filePath(QStringLiteral("cache.sqlite"))));
        Syncer syncer(&cache);
        const Result<SyncReport> s = syncer.run(out);
        QVERIFY2(s.ok(), qPrintable(s.errorString()));
        const QList<OrgSummary> orgs = cache.organisations(QStringLiteral("england-real"));
        int councils = 0, trusts = 0, withSpend = 0;
        for (const OrgSummary &o : orgs) {
            councils += o.kind == OrgKind::Council ? 1 : 0;
            trusts += o.kind == OrgKind::NhsTrust ? 1 : 0;
            QCOMPARE(o.cost.total, 0.0); // no brick invented
            if (o.cost.reported && *o.cost.reported != 0.0)
                ++withSpend;
        }
        QCOMPARE(councils, 332);
        QVERIFY(trusts > 200);
        QVERIFY2(withSpend > 280, qPrintable(QString::number(withSpend)));
        const std::optional<OrgSummary> leeds = cache.organisationSummary(QStringLiteral("E08000035"), QStringLiteral("england-real"));
        QVERIFY(leeds);
        QCOMPARE(leeds->services, 13);
        QVERIFY(leeds->cost.reported && *leeds->cost.reported > 1e8);

        // Republishing raises the version; the sync takes it as a change of nothing.
        p.start(QStringLiteral("bash"), {QDir(livedna::test::sourceDir()).filePath(QStringLiteral("scripts/build-real-commons.sh")),
                                         out, QStringLiteral("--cli"), cli, QStringLiteral("--data"), livedna::test::sharedDataDir()});
        QVERIFY(p.waitForFinished(300000));
        QCOMPARE(p.exitCode(), 0);
        const Result<SyncReport> s2 = syncer.run(out);
        QVERIFY2(s2.ok(), qPrintable(s2.errorString()));
        QCOMPARE(s2.value().version, 2);
        QVERIFY(s2.value().added.isEmpty() && s2.value().removed.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstImportScript)
#include "tst_importscript.moc"
