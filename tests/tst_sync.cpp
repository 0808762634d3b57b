#include "core/cache/cache.h"
#include "core/commons/commonsreader.h"
#include "core/sync/syncer.h"
#include "tests/support/cachedump.h"
#include "tests/support/commonsfixture.h"
#include "tests/support/httpserver.h"
#include "tests/support/synchelpers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace livedna;
using livedna::test::CommonsFixture;
using livedna::test::HttpServer;

namespace {

QString problemsText(const Result<SyncReport> &r)
{
    return r.errorString();
}

void appendToFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::Append));
    f.write(bytes);
}

void overwriteFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    int m_counter = 0;

    QString freshDir() { return m_tmp.filePath(QStringLiteral("d%1").arg(++m_counter)); }

    // Syncs `base` into a fresh cache, then lets `tamper` write a bad next publication into
    // the same folder, and checks the sync is refused with `expected` in the message and
    // the cache content unchanged to the byte.
    void expectRefusal(const std::function<void(CommonsFixture &, const QString &)> &tamper, const QString &expected,
                       Syncer::Failure kind = Syncer::Failure::Refused, SyncOptions options = {})
    {
        const QString dir = freshDir();
        CommonsFixture f = CommonsFixture::sample(QStringLiteral("refusals"), 5);
        QVERIFY(f.writeTo(dir));
        Cache cache;
        QVERIFY(test::openCacheBeside(cache, dir));
        const auto first = test::syncOnce(cache, dir);
        QVERIFY2(first.ok(), qPrintable(problemsText(first)));
        const QString before = test::dumpDatabase(cache.database());

        f.version = 6;
        tamper(f, dir);
        Syncer syncer(&cache);
        const auto second = syncer.run(dir, options);
        QVERIFY2(!second.ok(), "the sync should have been refused");
        QVERIFY2(problemsText(second).contains(expected, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("expected \"%1\" in: %2").arg(expected, problemsText(second))));
        QCOMPARE(int(syncer.lastFailure()), int(kind));
        QCOMPARE(test::dumpDatabase(cache.database()), before);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void coldSyncFromAFolder()
    {
        const QString dir = freshDir();
        const CommonsFixture f = CommonsFixture::sample();
        QVERIFY(f.writeTo(dir));
        Cache cache;
        QVERIFY(cache.open(m_tmp.filePath(QStringLiteral("cold.sqlite"))).ok);
        QList<qint64> progress;
        Syncer syncer(&cache);
        connect(&syncer, &Syncer::progress, this, [&](qint64 done, qint64, const QString &) { progress.append(done); });
        const auto r = syncer.run(dir);
        QVERIFY2(r.ok(), qPrintable(problemsText(r)));
        QCOMPARE(r.value().commons, QStringLiteral("test-commons"));
        QCOMPARE(r.value().version, 1);
        QCOMPARE(r.value().previousVersion, 0);
        QCOMPARE(r.value().added.size(), 4);
        QVERIFY(r.value().changed.isEmpty());
        QVERIFY(!progress.isEmpty());

        const QList<OrgSummary> orgs = cache.organisations();
        QCOMPARE(orgs.size(), 3);
        QStringList names;
        for (const OrgSummary &o : orgs)
            names.append(o.name);
        // Commas, quotes, apostrophes, ampersands and Welsh letters come through untouched.
        QVERIFY(names.contains(QStringLiteral("Cyngor Sir Ynys Môn")));
        QVERIFY(names.contains(QStringLiteral("Hartlepool Borough Council, \"Test\"")));
        QVERIFY(names.contains(QStringLiteral("St Mary's & St John's NHS Trust")));
        const auto org = cache.organisation(QStringLiteral("W06000001"));
        QVERIFY(org);
        QCOMPARE(org->services.first().bricks.at(3).name, QStringLiteral("Asesiad ŵyr & ŷd"));
        QCOMPARE(org->services.first().name, QStringLiteral("Service 0, fees & charges"));
        // Cached measures equal the domain's measures of the cached organisation.
        const CostSplit measured = measureOrganisation(*org, cache.catalogue());
        const auto summary = cache.organisationSummary(QStringLiteral("W06000001"));
        QCOMPARE(summary->cost.total, measured.total);
        QCOMPARE(summary->cost.frontline, measured.frontline);
        QCOMPARE(summary->cost.overhead, measured.overhead);
        QCOMPARE(summary->cost.bespoke, 4);
        QCOMPARE(summary->cost.frontline, 120000.0 * 3);
        QCOMPARE(cache.history().size(), 1);
        QCOMPARE(cache.history().first().added.size(), 4);
        QCOMPARE(cache.commons()->source, QDir(dir).absolutePath());
    }

    void fileUrlAndIndexPathAreAccepted()
    {
        const QString dir = freshDir();
        QVERIFY(CommonsFixture::sample().writeTo(dir));
        for (const QString &source : {QUrl::fromLocalFile(dir).toString(), dir + QStringLiteral("/index.json")}) {
            Cache cache;
            QVERIFY(cache.open(freshDir() + QStringLiteral(".sqlite")).ok);
            const auto r = test::syncOnce(cache, source);
            QVERIFY2(r.ok(), qPrintable(source + QLatin1Char(' ') + problemsText(r)));
            QCOMPARE(cache.organisations().size(), 3);
        }
    }

    void missingSourceIsAnIoFailure()
    {
        Cache cache;
        QVERIFY(cache.open(freshDir() + QStringLiteral(".sqlite")).ok);
        Syncer syncer(&cache);
        const auto r = syncer.run(m_tmp.filePath(QStringLiteral("no-such-folder")));
        QVERIFY(!r.ok());
        QCOMPARE(int(syncer.lastFailure()), int(Syncer::Failure::Io));
        QVERIFY(cache.isEmpty());
    }

    void incrementalSyncAndHistory()
    {
        const QString dir = freshDir();
        CommonsFixture f = CommonsFixture::sample();
        QVERIFY(f.writeTo(dir));
        Cache cache;
        QVERIFY(test::openCacheBeside(cache, dir));
        QVERIFY(test::syncOnce(cache, dir).ok());

        // Identical index: nothing new.
        auto same = test::syncOnce(cache, dir);
        QVERIFY(same.ok());
        QVERIFY(same.value().nothingNew);
        QCOMPARE(cache.history().size(), 1);

        f.version = 2;
        f.setOrganisation(CommonsFixture::sampleOrganisation(QStringLiteral("W06000001"),
                                                             QStringLiteral("Cyngor Sir Ynys Môn"), 5));
        f.removeDocument(QStringLiteral("orgs/E06000001.json"));
        f.setOrganisation(CommonsFixture::sampleOrganisation(QStringLiteral("E08000001"), QStringLiteral("Bolton Council")));
        QVERIFY(f.writeTo(dir));
        const auto r = test::syncOnce(cache, dir);
        QVERIFY2(r.ok(), qPrintable(problemsText(r)));
        QCOMPARE(r.value().previousVersion, 1);
        QCOMPARE(r.value().added, QStringList{QStringLiteral("orgs/E08000001.json")});
        QCOMPARE(r.value().changed, QStringList{QStringLiteral("orgs/W06000001.json")});
        QCOMPARE(r.value().removed, QStringList{QStringLiteral("orgs/E06000001.json")});
        QCOMPARE(r.value().documentsFetched, 2);
        QVERIFY(!cache.organisationSummary(QStringLiteral("E06000001")));
        QCOMPARE(cache.organisationSummary(QStringLiteral("W06000001"))->services, 5);
        QCOMPARE(cache.services(QStringLiteral("W06000001")).size(), 5);
        const auto history = cache.history();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.first().version, 2);
        QCOMPARE(history.first().removed, QStringList{QStringLiteral("orgs/E06000001.json")});
        QCOMPARE(history.last().version, 1);
        // Removed organisations leave no rows behind.
        QSqlQuery q(cache.database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM service")) && q.next());
        QCOMPARE(q.value(0).toInt(), 5 + 2 + 3);
        q.finish();
    }

    void oneCacheHoldsSeveralCommons()
    {
        const QString a = freshDir();
        const QString b = freshDir();
        CommonsFixture fa = CommonsFixture::sample(QStringLiteral("england-local"), 3);
        CommonsFixture fb = CommonsFixture::sample(QStringLiteral("wales-local"), 1);
        fb.removeDocument(QStringLiteral("orgs/RXX.json"));
        QVERIFY(fa.writeTo(a));
        QVERIFY(fb.writeTo(b));
        Cache cache;
        QVERIFY(cache.open(a + QStringLiteral(".sqlite")).ok);
        QVERIFY(test::syncOnce(cache, a).ok());
        QVERIFY(test::syncOnce(cache, b).ok());
        QCOMPARE(cache.commonsList().size(), 2);
        QCOMPARE(cache.commons()->id, QStringLiteral("england-local")); // the first synced stays the default
        QCOMPARE(cache.organisations(QStringLiteral("england-local")).size(), 3);
        QCOMPARE(cache.organisations(QStringLiteral("wales-local")).size(), 2);
        // The same organisation code in two commons is two organisations.
        fb.version = 2;
        fb.setOrganisation(CommonsFixture::sampleOrganisation(QStringLiteral("W06000001"), QStringLiteral("Ynys Môn"), 7));
        QVERIFY(fb.writeTo(b));
        QVERIFY(test::syncOnce(cache, b).ok());
        QCOMPARE(cache.organisationSummary(QStringLiteral("W06000001"), QStringLiteral("wales-local"))->services, 7);
        QCOMPARE(cache.organisationSummary(QStringLiteral("W06000001"), QStringLiteral("england-local"))->services, 2);
        QCOMPARE(cache.history(QStringLiteral("england-local")).size(), 1);
        QCOMPARE(cache.history(QStringLiteral("wales-local")).size(), 2);
    }

    void catalogueChangeRecomputesUnchangedOrganisations()
    {
        const QString dir = freshDir();
        CommonsFixture f = CommonsFixture::sample();
        QVERIFY(f.writeTo(dir));
        Cache cache;
        QVERIFY(test::openCacheBeside(cache, dir));
        QVERIFY(test::syncOnce(cache, dir).ok());
        const double frontlineBefore = cache.organisationSummary(QStringLiteral("RXX"))->cost.frontline;

        // Payments become frontline work; the organisations' documents do not change.
        QJsonObject bricks = CommonsFixture::sampleBricks();
        QJsonArray caps = bricks.value(QLatin1String("capabilities")).toArray();
        caps[0] = CommonsFixture::capability(QStringLiteral("payments"), QStringLiteral("Take payments"),
                                             QStringLiteral("frontline"));
        bricks.insert(QStringLiteral("capabilities"), caps);
        f.setBricks(bricks);
        f.version = 2;
        QVERIFY(f.writeTo(dir));
        const auto r = test::syncOnce(cache, dir);
        QVERIFY2(r.ok(), qPrintable(problemsText(r)));
        QCOMPARE(r.value().changed, QStringList{QStringLiteral("bricks.json")});
        QCOMPARE(r.value().documentsFetched, 1);
        const OrgSummary after = *cache.organisationSummary(QStringLiteral("RXX"));
        QCOMPARE(after.cost.frontline, frontlineBefore + 2000 + 4000 + 6000);
        const CostSplit measured = measureOrganisation(*cache.organisation(QStringLiteral("RXX")), cache.catalogue());
        QCOMPARE(after.cost.frontline, measured.frontline);
        QCOMPARE(after.cost.overhead, measured.overhead);
        QCOMPARE(cache.services(QStringLiteral("RXX")).first().cost.frontline, measureService(cache.organisation(QStringLiteral("RXX"))->services.first(), cache.catalogue()).frontline);
    }

    void refusals_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("hash mismatch") << 0;
        QTest::newRow("length mismatch") << 1;
        QTest::newRow("path outside the commons") << 2;
        QTest::newRow("org does not match the document") << 3;
        QTest::newRow("rollback to a lower version") << 4;
        QTest::newRow("unknown format version") << 5;
        QTest::newRow("invalid organisation document") << 6;
        QTest::newRow("equal version, different bytes") << 7;
        QTest::newRow("expired index in strict mode") << 8;
        QTest::newRow("new catalogue breaks unchanged organisations") << 9;
        QTest::newRow("invalid bricks document") << 10;
        QTest::newRow("same organisation in two documents") << 11;
        QTest::newRow("unchanged document relabelled") << 12;
        QTest::newRow("document missing from the folder") << 13;
        QTest::newRow("invalid document among valid ones") << 14;
        QTest::newRow("document claimed too large to hold") << 15;
    }

    void refusals()
    {
        QFETCH(int, which);
        const QString w = QStringLiteral("orgs/W06000001.json");
        const auto changedWelsh = [](CommonsFixture &f) {
            f.setOrganisation(CommonsFixture::sampleOrganisation(QStringLiteral("W06000001"),
                                                                 QStringLiteral("Cyngor Sir Ynys Môn"), 4));
        };
        SyncOptions strict;
        strict.strict = true;
        switch (which) {
        case 0:
            expectRefusal([&](CommonsFixture &f, const QString &dir) {
                changedWelsh(f);
                QVERIFY(f.writeTo(dir));
                QByteArray bytes = f.documentBytes(w);
                bytes.replace("Service 1", "Service 9");
                overwriteFile(dir + QLatin1Char('/') + w, bytes);
            }, QStringLiteral("SHA-256"));
            break;
        case 1:
            expectRefusal([&](CommonsFixture &f, const QString &dir) {
                changedWelsh(f);
                QVERIFY(f.writeTo(dir));
                appendToFile(dir + QLatin1Char('/') + w, "\n");
            }, QStringLiteral("bytes long"));
            break;
        case 2:
            expectRefusal([&](CommonsFixture &f, const QString &dir) {
                f.setDocumentBytes(QStringLiteral("orgs/E08000001.json"),
                                   QJsonDocument(CommonsFixture::sampleOrganisation(QStringLiteral("E08000001"), QStringLiteral("Bolton")))
                                       .toJson(),
                                   QStringLiteral("E08000001"));
                QVERIFY(f.writeTo(dir));
                QJsonObject index = f.indexObject();
                QJsonArray docs = index.value(QLatin1String("documents")).toArray();
                for (int i = 0; i < docs.size(); ++i) {
                    QJsonObject e = docs.at(i).toObject();
                    if (e.value(QLatin1String("org")).toString() == QLatin1String("E08000001")) {
                        e.insert(QStringLiteral("path"), QStringLiteral("orgs/../../E08000001.json"));
                        docs[i] = e;
                    }
                }
                index.insert(QStringLiteral("documents"), docs);
                overwriteFile(dir + QStringLiteral("/index.json"), QJsonDocument(index).toJson());
            }, QStringLiteral(".."));
            break;
        case 3:
            expectRefusal([&](CommonsFixture &f, const QString &dir) {
                f.setDocumentBytes(QStringLiteral("orgs/E08000001.json"),
                                   QJsonDocument(CommonsFixture::sampleOrganisation(QStringLiteral("E08000002"), QStringLiteral("Bury")))
                                       .toJson(),
                                   QStringLiteral("E08000001"));
                QVERIFY(f.writeTo(dir));
            }, QStringLiteral("E08000002"));
            break;
        case 4:
            expectRefusal([&](CommonsFixture &f, const QString &dir) {
                f.version = 4;
                changedWelsh(f);
                QVERIFY(f.writeTo(dir));
            }, QStringLiteral("rollback"));
            break;
        case 5:
            expectRefusal([&](CommonsFixture &f, const QString &dir) {
                f.indexOverride.insert(QStringLiteral("format"), QStringLiteral("livedna-commons/2"));
                QVERIFY(f.writeTo(dir));
            }, QStringLiteral("livedna-commons/2"));
            break;
        case 6:
            expectRefusal([&](CommonsFixture &f, const QString &dir) {
                QJsonObject doc = CommonsFixture::sampleOrganisation(QStringLiteral("W06000001"), QStringLiteral("Môn"));
                QJsonArray services = doc.value(QLatin1String("services")).toArray();
                QJsonObject s = services.at(1).toObject();
                QJsonArray bricks = s.value(QLatin1String("bricks")).toArray();
                QJsonObject b = bricks.at(2).toObject();
                b.insert(QStringLiteral("annual_cost_gbp"), -5);
                bricks[2] = b;
                s.insert(QStringLiteral("bricks"), bricks);
                services[1] = s;
                doc.insert(QStringLiteral("services"), services);
                f.setOrganisation(doc);
                QVERIFY(f.writeTo(dir));
            }, QStringLiteral("/services/1/bricks/2/annual_cost_gbp"));
            break;
        case 7:
            expectRefusal([&](CommonsFixture &f, const QString &dir) {
                f.version = 5;
                f.title = QStringLiteral("Another title");
                QVERIFY(f.writeTo(dir));
            }, QStringLiteral("different content"));
            break;
        case 8:
            expectRefusal([&](CommonsFixture &f, const QString &dir) {
                f.expires = QDateTime::currentDateTimeUtc().addDays(-1);
                changedWelsh(f);
                QVERIFY(f.writeTo(dir));
            }, QStringLiteral("expired"), Syncer::Failure::Refused, strict);
            break;
        case 9:
            expectRefusal([&](CommonsFixture &f, const QString &dir) {
                QJsonObject bricks = CommonsFixture::sampleBricks();
                QJsonArray list = bricks.value(QLatin1String("bricks")).toArray();
                list.removeAt(0); // payments.govuk-pay, used by every organisation
                bricks.insert(QStringLiteral("bricks"), list);
                f.setBricks(bricks);
                QVERIFY(f.writeTo(dir));
            }, QStringLiteral("payments.govuk-pay"));
            break;
        case 10:
            expectRefusal([&](CommonsFixture &f, const QString &dir) {
                QJsonObject bricks = CommonsFixture::sampleBricks();
                bricks.insert(QStringLiteral("format"), QStringLiteral("livedna-bricks/9"));
                f.setBricks(bricks);
                QVERIFY(f.writeTo(dir));
            }, QStringLiteral("bricks.json"));
            break;
        case 11:
            expectRefusal([&](CommonsFixture &f, const QString &dir) {
                f.setOrganisation(CommonsFixture::sampleOrganisation(QStringLiteral("W06000001"), QStringLiteral("Twin")),
                                  QStringLiteral("orgs/twin.json"));
                QVERIFY(f.writeTo(dir));
            }, QStringLiteral("W06000001"));
            break;
        case 12:
            expectRefusal([&](CommonsFixture &f, const QString &dir) {
                const QByteArray bytes = f.documentBytes(w);
                f.setDocumentBytes(w, bytes, QStringLiteral("W06000099"));
                QVERIFY(f.writeTo(dir));
            }, QStringLiteral("W06000099"));
            break;
        case 13:
            expectRefusal([&](CommonsFixture &f, const QString &dir) {
                changedWelsh(f);
                QVERIFY(f.writeTo(dir));
                QFile::remove(dir + QLatin1Char('/') + w);
            }, QStringLiteral("listed in index.json but missing"), Syncer::Failure::Refused); // as validate says
            break;
        case 14:
            expectRefusal([&](CommonsFixture &f, const QString &dir) {
                for (int i = 0; i < 20; ++i) {
                    f.setOrganisation(CommonsFixture::sampleOrganisation(QStringLiteral("E0700%1").arg(1000 + i),
                                                                         QStringLiteral("District %1").arg(i)));
                }
                f.setDocumentBytes(QStringLiteral("orgs/E07001010.json"), "{\"format\": \"livedna-org/1\"", QStringLiteral("E07001010"));
                QVERIFY(f.writeTo(dir));
            }, QStringLiteral("E07001010.json"));
            break;
        case 15:
            expectRefusal([&](CommonsFixture &f, const QString &dir) {
                changedWelsh(f);
                QVERIFY(f.writeTo(dir));
                QJsonObject index = f.indexObject();
                QJsonArray docs = index.value(QLatin1String("documents")).toArray();
                for (int i = 0; i < docs.size(); ++i) {
                    QJsonObject e = docs.at(i).toObject();
                    if (e.value(QLatin1String("path")).toString() == w) {
                        e.insert(QStringLiteral("bytes"), 40LL * 1024 * 1024 * 1024);
                        docs[i] = e;
                    }
                }
                index.insert(QStringLiteral("documents"), docs);
                overwriteFile(dir + QStringLiteral("/index.json"), QJsonDocument(index).toJson());
            }, QStringLiteral("at most"));
            break;
        }
    }

    void expiredIndexWarns()
    {
        const QString dir = freshDir();
        CommonsFixture f = CommonsFixture::sample();
        f.expires = QDateTime::currentDateTimeUtc().addDays(-3);
        QVERIFY(f.writeTo(dir));
        Cache cache;
        QVERIFY(test::openCacheBeside(cache, dir));
        const auto r = test::syncOnce(cache, dir);
        QVERIFY2(r.ok(), qPrintable(problemsText(r)));
        QCOMPARE(r.value().warnings.size(), 1);
        QVERIFY(r.value().warnings.first().contains(QLatin1String("expired")));
        QCOMPARE(cache.commons()->expires.date(), f.expires.date());
    }

    void cancelLeavesTheCacheUnchanged()
    {
        const QString dir = freshDir();
        CommonsFixture f = CommonsFixture::sample(QStringLiteral("cancel"), 1);
        QVERIFY(f.writeTo(dir));
        Cache cache;
        QVERIFY(test::openCacheBeside(cache, dir));
        QVERIFY(test::syncOnce(cache, dir).ok());
        const QString before = test::dumpDatabase(cache.database());

        f.version = 2;
        for (int i = 0; i < 40; ++i)
            f.setOrganisation(CommonsFixture::sampleOrganisation(QStringLiteral("E0700%1").arg(1000 + i),
                                                                 QStringLiteral("District %1").arg(i), 5));
        QVERIFY(f.writeTo(dir));
        Syncer syncer(&cache);
        int inserted = 0;
        connect(&syncer, &Syncer::progress, this, [&](qint64, qint64, const QString &what) {
            if (what.startsWith(QLatin1String("orgs/")) && ++inserted == 5)
                syncer.cancel();
        });
        const auto r = syncer.run(dir);
        QVERIFY(!r.ok());
        QCOMPARE(int(syncer.lastFailure()), int(Syncer::Failure::Cancelled));
        QVERIFY(inserted >= 5);
        QCOMPARE(test::dumpDatabase(cache.database()), before);

        // And the same publication syncs fine afterwards.
        const auto again = test::syncOnce(cache, dir);
        QVERIFY2(again.ok(), qPrintable(problemsText(again)));
        QCOMPARE(cache.organisations().size(), 43);
    }

    void cancelBeforeRunCounts()
    {
        const QString dir = freshDir();
        QVERIFY(CommonsFixture::sample().writeTo(dir));
        Cache cache;
        QVERIFY(test::openCacheBeside(cache, dir));
        Syncer syncer(&cache);
        syncer.cancel();
        QVERIFY(!syncer.run(dir).ok());
        QCOMPARE(int(syncer.lastFailure()), int(Syncer::Failure::Cancelled));
        QVERIFY(cache.isEmpty());
        // The next run is not cancelled.
        QVERIFY(syncer.run(dir).ok());
        QCOMPARE(int(syncer.lastFailure()), int(Syncer::Failure::None));
    }

    void hugeIndexIsRefusedUnread()
    {
        const QString dir = freshDir();
        QVERIFY(QDir().mkpath(dir));
        QFile index(dir + QStringLiteral("/index.json"));
        QVERIFY(index.open(QIODevice::WriteOnly));
        QVERIFY(index.resize(CommonsReader::MaxIndexBytes + 1)); // sparse: nothing to write
        index.close();
        Cache cache;
        QVERIFY(test::openCacheBeside(cache, dir));
        Syncer syncer(&cache);
        const auto r = syncer.run(dir);
        QVERIFY(!r.ok());
        QVERIFY2(problemsText(r).contains(QLatin1String("larger than")), qPrintable(problemsText(r)));
        QCOMPARE(int(syncer.lastFailure()), int(Syncer::Failure::Refused));
    }

    void httpSyncIsIncremental()
    {
        const QString dir = freshDir();
        CommonsFixture f = CommonsFixture::sample(QStringLiteral("over-http"), 1);
        QVERIFY(f.writeTo(dir));
        HttpServer server;
        QVERIFY(test::serveFolder(server, dir));
        Cache cache;
        QVERIFY(test::openCacheBeside(cache, dir));
        auto r = test::syncOnce(cache, server.url().toString());
        QVERIFY2(r.ok(), qPrintable(problemsText(r)));
        QCOMPARE(cache.organisations().size(), 3);
        QCOMPARE(server.requestCount(QStringLiteral("index.json")), 1);
        for (const QString &p : f.paths())
            QCOMPARE(server.requestCount(p), 1);
        QCOMPARE(cache.commons()->source, server.url().toString());

        // Nothing new: only the index is fetched.
        server.resetCounts();
        r = test::syncOnce(cache, server.url(QStringLiteral("index.json")).toString());
        QVERIFY(r.ok());
        QVERIFY(r.value().nothingNew);
        QCOMPARE(server.totalRequests(), 1);

        // One organisation changed: the index and that document, nothing else.
        f.version = 2;
        f.setOrganisation(CommonsFixture::sampleOrganisation(QStringLiteral("RXX"), QStringLiteral("St Mary's & St John's NHS Trust"), 6));
        QVERIFY(f.writeTo(dir));
        server.resetCounts();
        r = test::syncOnce(cache, server.url().toString());
        QVERIFY2(r.ok(), qPrintable(problemsText(r)));
        QCOMPARE(r.value().changed, QStringList{QStringLiteral("orgs/RXX.json")});
        QCOMPARE(server.totalRequests(), 2);
        QCOMPARE(server.requestCount(QStringLiteral("orgs/RXX.json")), 1);
        QCOMPARE(cache.organisationSummary(QStringLiteral("RXX"))->services, 6);
        QCOMPARE(cache.organisationSummary(QStringLiteral("RXX"))->name, QStringLiteral("St Mary's & St John's NHS Trust"));
    }

    void httpSyncInSmallBatches()
    {
        const QString dir = freshDir();
        CommonsFixture f = CommonsFixture::sample(QStringLiteral("batches"), 1);
        for (int i = 0; i < 12; ++i)
            f.setOrganisation(CommonsFixture::sampleOrganisation(QStringLiteral("E0700%1").arg(1000 + i),
                                                                 QStringLiteral("District %1").arg(i)));
        QVERIFY(f.writeTo(dir));
        HttpServer server;
        QVERIFY(test::serveFolder(server, dir));
        Cache cache;
        QVERIFY(test::openCacheBeside(cache, dir));
        SyncOptions options;
        options.batchBytes = 1; // every organisation in a batch of its own
        Syncer syncer(&cache);
        QList<qint64> done;
        qint64 total = 0;
        connect(&syncer, &Syncer::progress, this, [&](qint64 d, qint64 t, const QString &) {
            done.append(d);
            total = t;
        });
        const auto r = syncer.run(server.url().toString(), options);
        QVERIFY2(r.ok(), qPrintable(problemsText(r)));
        QCOMPARE(cache.organisations().size(), 15);
        QCOMPARE(server.totalRequests(), 1 + 1 + 15);
        QVERIFY(std::is_sorted(done.cbegin(), done.cend())); // progress never goes back
        QCOMPARE(done.last(), total);
    }

    void httpFaults_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("kind");
        const int refused = int(Syncer::Failure::Refused);
        const int io = int(Syncer::Failure::Io);
        QTest::newRow("wrong bytes") << int(HttpServer::Fault::WrongBytes) << QStringLiteral("SHA-256") << refused;
        QTest::newRow("longer body") << int(HttpServer::Fault::LongerBody) << QStringLiteral("longer than") << refused;
        QTest::newRow("shorter body") << int(HttpServer::Fault::ShorterBody) << QStringLiteral("bytes long") << refused;
        QTest::newRow("redirect to another origin") << int(HttpServer::Fault::RedirectElsewhere)
                                                    << QStringLiteral("another origin") << refused;
        QTest::newRow("404") << int(HttpServer::Fault::NotFound) << QStringLiteral("cannot download") << io;
        QTest::newRow("dropped connection") << int(HttpServer::Fault::Drop) << QStringLiteral("cannot download") << io;
        QTest::newRow("stalled server") << int(HttpServer::Fault::Stall) << QStringLiteral("no data received") << io;
        // Issue 12, item 10 and the hostile server: each with the reason, not "empty" or a Qt internal.
        QTest::newRow("redirect loop") << int(HttpServer::Fault::RedirectLoop) << QStringLiteral("redirect") << io;
        QTest::newRow("500") << int(HttpServer::Fault::ServerError) << QStringLiteral("HTTP 500") << io;
        QTest::newRow("lying content-length") << int(HttpServer::Fault::LyingLength) << QStringLiteral("bytes long")
                                              << refused;
        QTest::newRow("gzip bomb") << int(HttpServer::Fault::GzipBomb) << QStringLiteral("compression bomb") << io;
        QTest::newRow("garbage") << int(HttpServer::Fault::Garbage) << QStringLiteral("bytes long") << refused;
    }

    // A server that trickles one byte every 100 ms never trips the no-data timer; the minimum
    // rate abandons it, and the deadline stops a sync that is merely too long.
    void httpTrickleAndDeadline_data()
    {
        QTest::addColumn<bool>("deadline");
        QTest::addColumn<QString>("expected");
        QTest::newRow("minimum rate") << false << QStringLiteral("slower than 100 bytes/s");
        QTest::newRow("deadline") << true << QStringLiteral("deadline of 1.5 s");
    }

    void httpTrickleAndDeadline()
    {
        QFETCH(bool, deadline);
        QFETCH(QString, expected);
        const QString dir = freshDir();
        CommonsFixture f = CommonsFixture::sample(QStringLiteral("trickle"), 1);
        QVERIFY(f.writeTo(dir));
        HttpServer server;
        QVERIFY(test::serveFolder(server, dir));
        server.setFault(QStringLiteral("orgs/W06000001.json"), HttpServer::Fault::Trickle);
        Cache cache;
        QVERIFY(test::openCacheBeside(cache, dir));
        const QString before = test::dumpDatabase(cache.database());
        SyncOptions options;
        options.transferTimeoutMs = 5000; // never reached: a byte arrives every 100 ms
        if (deadline) {
            options.minBytesPerSecond = 0;
            options.deadlineMs = 1500;
        } else {
            options.minBytesPerSecond = 100;
            options.rateWindowMs = 1000;
        }
        Syncer syncer(&cache);
        QElapsedTimer clock;
        clock.start();
        const auto r = syncer.run(server.url().toString(), options);
        QVERIFY(!r.ok());
        QVERIFY2(problemsText(r).contains(expected), qPrintable(problemsText(r)));
        QCOMPARE(int(syncer.lastFailure()), int(Syncer::Failure::Io));
        QVERIFY2(clock.elapsed() < 6000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(test::dumpDatabase(cache.database()), before);
    }

    // A garbage or oversized index.json.sig is reported as such, not as "not signed".
    void httpGarbageSignatureIsNamed()
    {
        const QString dir = freshDir();
        CommonsFixture f = CommonsFixture::sample(QStringLiteral("garbage-sig"), 1);
        QVERIFY(f.writeTo(dir));
        HttpServer server;
        QVERIFY(test::serveFolder(server, dir));
        Cache cache;
        QVERIFY(test::openCacheBeside(cache, dir));
        server.setFault(QStringLiteral("index.json.sig"), HttpServer::Fault::Garbage);
        SyncOptions options;
        options.trustedKey = QByteArray(32, 'k');
        const auto r = test::syncOnce(cache, server.url().toString(), options);
        QVERIFY(!r.ok());
        QVERIFY2(!problemsText(r).contains(QStringLiteral("not signed")), qPrintable(problemsText(r)));
        QVERIFY2(problemsText(r).contains(QStringLiteral("index.json.sig")), qPrintable(problemsText(r)));
        QVERIFY(cache.isEmpty());
    }

    void httpFaults()
    {
        QFETCH(int, fault);
        QFETCH(QString, expected);
        QFETCH(int, kind);
        const QString dir = freshDir();
        CommonsFixture f = CommonsFixture::sample(QStringLiteral("faults"), 1);
        QVERIFY(f.writeTo(dir));
        HttpServer server;
        QVERIFY(test::serveFolder(server, dir));
        Cache cache;
        QVERIFY(test::openCacheBeside(cache, dir));
        QVERIFY(test::syncOnce(cache, server.url().toString()).ok());
        const QString before = test::dumpDatabase(cache.database());

        f.version = 2;
        f.setOrganisation(CommonsFixture::sampleOrganisation(QStringLiteral("W06000001"), QStringLiteral("Cyngor Sir Ynys Môn"), 40));
        QVERIFY(f.writeTo(dir));
        server.setFault(QStringLiteral("orgs/W06000001.json"), HttpServer::Fault(fault));
        SyncOptions options;
        options.connectTimeoutMs = 10000; // a refusal is asserted by its words, not by this timer
        options.transferTimeoutMs = 700;
        // No fault may reach the terminal as a Qt internal warning (issue 12, item 10).
        QTest::failOnWarning(QRegularExpression(QStringLiteral("Internal problem|QNetworkReply")));
        Syncer syncer(&cache);
        QElapsedTimer clock;
        clock.start();
        const auto r = syncer.run(server.url().toString(), options);
        QVERIFY(!r.ok());
        QVERIFY2(problemsText(r).contains(expected), qPrintable(problemsText(r)));
        QVERIFY2(problemsText(r).contains(QLatin1String("W06000001.json")), qPrintable(problemsText(r)));
        QCOMPARE(int(syncer.lastFailure()), kind);
        QVERIFY(clock.elapsed() < 20000);
        QCOMPARE(test::dumpDatabase(cache.database()), before);
    }

    void httpRedirectWithinTheOriginAndSlowServerWork()
    {
        const QString dir = freshDir();
        CommonsFixture f = CommonsFixture::sample(QStringLiteral("redirects"), 1);
        f.setOrganisation(CommonsFixture::sampleOrganisation(QStringLiteral("E08000001"), QStringLiteral("Bolton"), 30));
        QVERIFY(f.writeTo(dir));
        HttpServer server;
        QVERIFY(test::serveFolder(server, dir));
        server.setFault(QStringLiteral("orgs/W06000001.json"), HttpServer::Fault::RedirectSameOrigin);
        server.setFault(QStringLiteral("orgs/E08000001.json"), HttpServer::Fault::Slow);
        Cache cache;
        QVERIFY(test::openCacheBeside(cache, dir));
        SyncOptions options;
        options.transferTimeoutMs = 2000; // each slow chunk arrives well within it
        const auto r = test::syncOnce(cache, server.url().toString(), options);
        QVERIFY2(r.ok(), qPrintable(problemsText(r)));
        QCOMPARE(server.requestCount(QStringLiteral("moved/orgs/W06000001.json")), 1);
        QCOMPARE(cache.organisationSummary(QStringLiteral("E08000001"))->services, 30);
    }

    void httpCancelDuringDownload()
    {
        const QString dir = freshDir();
        CommonsFixture f = CommonsFixture::sample(QStringLiteral("cancel-http"), 1);
        f.setOrganisation(CommonsFixture::sampleOrganisation(QStringLiteral("E08000001"), QStringLiteral("Bolton"), 60));
        QVERIFY(f.writeTo(dir));
        HttpServer server;
        QVERIFY(test::serveFolder(server, dir));
        server.setFault(QStringLiteral("orgs/E08000001.json"), HttpServer::Fault::Slow);
        Cache cache;
        QVERIFY(test::openCacheBeside(cache, dir));
        const QString before = test::dumpDatabase(cache.database());
        Syncer syncer(&cache);
        connect(&syncer, &Syncer::progress, this, [&](qint64 done, qint64, const QString &) {
            if (done > 0)
                syncer.cancel();
        });
        const auto r = syncer.run(server.url().toString());
        QVERIFY(!r.ok());
        QCOMPARE(int(syncer.lastFailure()), int(Syncer::Failure::Cancelled));
        QCOMPARE(test::dumpDatabase(cache.database()), before);
        QVERIFY(cache.isEmpty());
    }

    void qtSqlFallbackWritesTheSameRows()
    {
        // The bulk inserts drive sqlite3 directly when they can; the QtSql path must give
        // the very same rows.
        const QString dir = freshDir();
        QVERIFY(CommonsFixture::sample().writeTo(dir));
        const QStringList tables = {QStringLiteral("organisation"), QStringLiteral("service"),
                                    QStringLiteral("brick_instance"), QStringLiteral("flow"),
                                    QStringLiteral("capability"), QStringLiteral("catalogue_brick"),
                                    QStringLiteral("document")};
        QString dumps[2];
        for (int mode = 0; mode < 2; ++mode) {
            if (mode == 1)
                qputenv("LIVEDNA_SQLITE_QTSQL_ONLY", "1");
            Cache cache;
            QVERIFY(cache.open(freshDir() + QStringLiteral(".sqlite")).ok);
            const auto r = test::syncOnce(cache, dir);
            qunsetenv("LIVEDNA_SQLITE_QTSQL_ONLY");
            QVERIFY2(r.ok(), qPrintable(problemsText(r)));
            dumps[mode] = test::dumpTables(cache.database(), tables);
        }
        QVERIFY(dumps[0].contains(QLatin1String("brick_instance (28 rows)")));
        QCOMPARE(dumps[1], dumps[0]);
    }

    void symbolicLinkOutOfTheFolderIsRefused()
    {
        const QString outside = freshDir();
        const QString dir = freshDir();
        CommonsFixture f = CommonsFixture::sample();
        QVERIFY(f.writeTo(dir));
        QVERIFY(f.writeTo(outside));
        // Same bytes, so length and hash match: only the link's destination is wrong.
        QVERIFY(QFile::remove(dir + QStringLiteral("/orgs/RXX.json")));
        if (!QFile::link(outside + QStringLiteral("/orgs/RXX.json"), dir + QStringLiteral("/orgs/RXX.json")))
            QSKIP("symbolic links are not available here");
        Cache cache;
        QVERIFY(cache.open(freshDir() + QStringLiteral(".sqlite")).ok);
        Syncer syncer(&cache);
        const auto r = syncer.run(dir);
        QVERIFY(!r.ok());
        QVERIFY2(problemsText(r).contains(QLatin1String("outside the commons folder")), qPrintable(problemsText(r)));
        QCOMPARE(int(syncer.lastFailure()), int(Syncer::Failure::Refused));
        QVERIFY(cache.isEmpty());
    }

    void httpsVerifiesTheCertificate()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend in this Qt");
        const QString dir = freshDir();
        QVERIFY(CommonsFixture::sample(QStringLiteral("over-tls"), 1).writeTo(dir));
        // A throwaway self-signed certificate for 127.0.0.1.
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                       QStringLiteral("-keyout"), dir + QStringLiteral(".key"), QStringLiteral("-out"), dir + QStringLiteral(".crt")});
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
            QSKIP("openssl is not available to make a test certificate");
        QFile crt(dir + QStringLiteral(".crt"));
        QFile key(dir + QStringLiteral(".key"));
        QVERIFY(crt.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
        const QByteArray certificate = crt.readAll();
        HttpServer server;
        QVERIFY(server.listenTls(certificate, key.readAll()));
        server.setRoot(dir);
        QVERIFY(server.url().toString().startsWith(QLatin1String("https://")));

        Cache cache;
        QVERIFY(test::openCacheBeside(cache, dir));
        SyncOptions options;
        options.connectTimeoutMs = 5000;
        Syncer syncer(&cache);
        auto r = syncer.run(server.url().toString(), options);
        QVERIFY2(!r.ok(), "an untrusted certificate must be refused");
        QVERIFY2(problemsText(r).contains(QLatin1String("SSL"), Qt::CaseInsensitive)
                     || problemsText(r).contains(QLatin1String("certificate"), Qt::CaseInsensitive),
                 qPrintable(problemsText(r)));
        QVERIFY(cache.isEmpty());

        // Trusted (as a CA the system would know), the same server is fine.
        const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = saved;
        trusting.addCaCertificate(QSslCertificate(certificate, QSsl::Pem));
        QSslConfiguration::setDefaultConfiguration(trusting);
        r = syncer.run(server.url().toString(), options);
        QSslConfiguration::setDefaultConfiguration(saved);
        QVERIFY2(r.ok(), qPrintable(problemsText(r)));
        QCOMPARE(cache.organisations().size(), 3);
    }

    void demoCommons()
    {
        if (!QFile::exists(Syncer::demoSource() + QStringLiteral("/index.json")))
            QSKIP("the demo commons is not in this build yet (resources/demo)");
        Cache cache;
        QVERIFY(cache.open(freshDir() + QStringLiteral(".sqlite")).ok);
        const auto r = test::syncOnce(cache, QStringLiteral("demo"));
        QVERIFY2(r.ok(), qPrintable(problemsText(r)));
        QVERIFY(cache.organisations().size() >= 12);
        QCOMPARE(cache.commons()->source, QStringLiteral("demo"));
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
