// The sync loads the LGSL extra (lgsl.json, listed under "extras" in index.json) into the
// cache's national lgsl table: incrementally, checked like every document, all or nothing.
#include "core/cache/cache.h"
#include "core/cache/cacheschema.h"
#include "core/sync/syncer.h"
#include "core/util/migrator.h"
#include "tests/support/cachedump.h"
#include "tests/support/commonsfixture.h"
#include "tests/support/httpserver.h"
#include "tests/support/oldcache.h"
#include "tests/support/synchelpers.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace livedna;
using livedna::test::CommonsFixture;
using livedna::test::HttpServer;

namespace {

QByteArray lgslJson(const QList<QPair<int, QString>> &services)
{
    QJsonArray list;
    for (const auto &[id, label] : services) {
        list.append(QJsonObject{{QStringLiteral("id"), id},
                                {QStringLiteral("label"), label},
                                {QStringLiteral("status"), QStringLiteral("live")},
                                {QStringLiteral("tier"), QStringLiteral("district/unitary")}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("livedna-lgsl/1")},
                                     {QStringLiteral("services"), list}})
        .toJson();
}

QByteArray sampleLgsl()
{
    return lgslJson({{372, QStringLiteral("Abandoned vehicles")}, {524, QStringLiteral("Bin collection")},
                     {1152, QStringLiteral("Abandoned shopping trolleys")}});
}

QJsonObject extraEntry(const QByteArray &bytes, const QString &path = QStringLiteral("lgsl.json"))
{
    return QJsonObject{{QStringLiteral("path"), path},
                       {QStringLiteral("type"), QStringLiteral("lgsl")},
                       {QStringLiteral("sha256"),
                        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())},
                       {QStringLiteral("bytes"), double(bytes.size())}};
}

// Writes the fixture and lgsl.json, listed in index.json as the publisher lists it.
bool writeWithLgsl(CommonsFixture &f, const QString &dir, const QByteArray &lgsl)
{
    f.indexOverride.insert(QStringLiteral("extras"), QJsonArray{extraEntry(lgsl)});
    if (!f.writeTo(dir))
        return false;
    QFile out(dir + QStringLiteral("/lgsl.json"));
    return out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(lgsl) == lgsl.size();
}

QStringList labels(const Cache &cache)
{
    QStringList out;
    for (const LgslService &s : cache.lgsl())
        out.append(QStringLiteral("%1 %2").arg(s.id).arg(s.label));
    return out;
}

} // namespace

class TestSyncLgsl : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    int m_counter = 0;
    QString freshDir() { return m_tmp.filePath(QStringLiteral("d%1").arg(++m_counter)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void httpSyncLoadsTheLgslIncrementally()
    {
        const QString dir = freshDir();
        CommonsFixture f = CommonsFixture::sample(QStringLiteral("with-lgsl"), 1);
        QVERIFY(writeWithLgsl(f, dir, sampleLgsl()));
        HttpServer server;
        QVERIFY(test::serveFolder(server, dir));
        Cache cache;
        QVERIFY(test::openCacheBeside(cache, dir));

        auto r = test::syncOnce(cache, server.url().toString());
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QVERIFY(r.value().added.contains(QStringLiteral("lgsl.json")));
        QCOMPARE(server.requestCount(QStringLiteral("lgsl.json")), 1);
        QCOMPARE(labels(cache), (QStringList{QStringLiteral("372 Abandoned vehicles"), QStringLiteral("524 Bin collection"),
                                             QStringLiteral("1152 Abandoned shopping trolleys")}));
        QCOMPARE(cache.lgslService(524)->tier, QStringLiteral("district/unitary"));
        // The organisations are what they would be without the extra.
        QCOMPARE(cache.organisations().size(), 3);
        QCOMPARE(cache.organisationSummary(QStringLiteral("RXX"))->services, 3);
        const QList<IndexEntry> docs = cache.documents(QStringLiteral("with-lgsl"));
        QCOMPARE(std::count_if(docs.cbegin(), docs.cend(), [](const IndexEntry &e) { return e.type == DocumentType::Lgsl; }), 1);
        QCOMPARE(cache.history().first().version, 1);

        // Same version: only the index.
        server.resetCounts();
        r = test::syncOnce(cache, server.url().toString());
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QVERIFY(r.value().nothingNew);
        QCOMPARE(server.totalRequests(), 1);

        // A new version whose lgsl.json did not change: the list is not fetched again.
        f.version = 2;
        f.setOrganisation(CommonsFixture::sampleOrganisation(QStringLiteral("RXX"), QStringLiteral("St Mary's NHS Trust"), 4));
        QVERIFY(writeWithLgsl(f, dir, sampleLgsl()));
        server.resetCounts();
        r = test::syncOnce(cache, server.url().toString());
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QCOMPARE(r.value().changed, QStringList{QStringLiteral("orgs/RXX.json")});
        QVERIFY(r.value().added.isEmpty());
        QCOMPARE(server.requestCount(QStringLiteral("lgsl.json")), 0);
        QCOMPARE(server.totalRequests(), 2);
        QCOMPARE(cache.lgsl().size(), 3);

        // A changed list is fetched once and replaces the table.
        f.version = 3;
        QVERIFY(writeWithLgsl(f, dir, lgslJson({{372, QStringLiteral("Abandoned vehicles (renamed)")}})));
        server.resetCounts();
        r = test::syncOnce(cache, server.url().toString());
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QCOMPARE(r.value().changed, QStringList{QStringLiteral("lgsl.json")});
        QCOMPARE(r.value().documentsFetched, 1);
        QCOMPARE(server.requestCount(QStringLiteral("lgsl.json")), 1);
        QCOMPARE(labels(cache), QStringList{QStringLiteral("372 Abandoned vehicles (renamed)")});

        // A version without the extra: reported removed; the national table stays.
        f.version = 4;
        f.indexOverride.remove(QStringLiteral("extras"));
        QVERIFY(f.writeTo(dir));
        r = test::syncOnce(cache, server.url().toString());
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QCOMPARE(r.value().removed, QStringList{QStringLiteral("lgsl.json")});
        QCOMPARE(cache.lgsl().size(), 1);
        QCOMPARE(cache.organisations().size(), 3);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong hash") << QStringLiteral("hash") << QStringLiteral("SHA-256");
        QTest::newRow("longer file") << QStringLiteral("longer") << QStringLiteral("bytes long");
        QTest::newRow("bad entry") << QStringLiteral("entry") << QStringLiteral("lgsl.json: /services/1/id");
        QTest::newRow("duplicate id") << QStringLiteral("duplicate") << QStringLiteral("/services/1/id");
        QTest::newRow("not a list") << QStringLiteral("format") << QStringLiteral("/format");
        QTest::newRow("extras not an array") << QStringLiteral("extras") << QStringLiteral("/extras");
        QTest::newRow("bad sha256 field") << QStringLiteral("shafield") << QStringLiteral("/extras/0/sha256");
        QTest::newRow("unsafe path") << QStringLiteral("path") << QStringLiteral("/extras/0/path");
        QTest::newRow("huge") << QStringLiteral("huge") << QStringLiteral("at most");
    }

    // A first version with a valid list, then a bad second one: refused, cache unchanged.
    void refusals()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        const QString dir = freshDir();
        CommonsFixture f = CommonsFixture::sample(QStringLiteral("refused-lgsl"), 1);
        QVERIFY(writeWithLgsl(f, dir, sampleLgsl()));
        Cache cache;
        QVERIFY(test::openCacheBeside(cache, dir));
        auto r = test::syncOnce(cache, dir);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        const QString before = test::dumpDatabase(cache.database());

        f.version = 2;
        const QByteArray next = lgslJson({{1, QStringLiteral("One")}, {2, QStringLiteral("Two")}});
        QVERIFY(writeWithLgsl(f, dir, next));
        QJsonObject entry = extraEntry(next);
        QByteArray file = next;
        if (kind == QLatin1String("hash")) {
            file[file.indexOf("One")] = 'X'; // same length, other bytes
        } else if (kind == QLatin1String("longer")) {
            file += "\n\n";
        } else if (kind == QLatin1String("entry")) {
            file = lgslJson({{1, QStringLiteral("One")}, {2, QStringLiteral("Two")}}).replace("\"id\": 2", "\"id\": 2.5");
            entry = extraEntry(file);
        } else if (kind == QLatin1String("duplicate")) {
            file = lgslJson({{1, QStringLiteral("One")}, {1, QStringLiteral("Again")}});
            entry = extraEntry(file);
        } else if (kind == QLatin1String("format")) {
            file = "{\"format\": \"livedna-commons/1\", \"services\": []}";
            entry = extraEntry(file);
        } else if (kind == QLatin1String("shafield")) {
            entry.insert(QStringLiteral("sha256"), QStringLiteral("not-a-hash"));
        } else if (kind == QLatin1String("path")) {
            entry.insert(QStringLiteral("path"), QStringLiteral("../lgsl.json"));
        } else if (kind == QLatin1String("huge")) {
            entry.insert(QStringLiteral("bytes"), 1e12);
        }
        f.indexOverride.insert(QStringLiteral("extras"), kind == QLatin1String("extras") ? QJsonValue(entry) : QJsonValue(QJsonArray{entry}));
        QVERIFY(f.writeTo(dir));
        {
            QFile out(dir + QStringLiteral("/lgsl.json"));
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(file);
        }

        Syncer syncer(&cache);
        r = syncer.run(dir);
        QVERIFY2(!r.ok(), "the sync should have been refused");
        qInfo().noquote() << "refused as expected:" << r.errorString();
        QVERIFY2(r.errorString().contains(expected), qPrintable(QStringLiteral("expected \"%1\" in: %2").arg(expected, r.errorString())));
        QCOMPARE(int(syncer.lastFailure()), int(Syncer::Failure::Refused));
        QCOMPARE(test::dumpDatabase(cache.database()), before);
        QCOMPARE(cache.lgsl().size(), 3);
    }

    void wrongBytesOverHttpAreRefused()
    {
        const QString dir = freshDir();
        CommonsFixture f = CommonsFixture::sample(QStringLiteral("http-lgsl"), 1);
        QVERIFY(f.writeTo(dir));
        HttpServer server;
        QVERIFY(test::serveFolder(server, dir));
        Cache cache;
        QVERIFY(test::openCacheBeside(cache, dir));
        auto r = test::syncOnce(cache, server.url().toString());
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        const QString before = test::dumpDatabase(cache.database());

        for (const HttpServer::Fault fault : {HttpServer::Fault::WrongBytes, HttpServer::Fault::LongerBody}) {
            f.version = 2;
            QVERIFY(writeWithLgsl(f, dir, sampleLgsl()));
            server.setFault(QStringLiteral("lgsl.json"), fault);
            Syncer syncer(&cache);
            r = syncer.run(server.url().toString());
            QVERIFY(!r.ok());
            QVERIFY2(r.errorString().contains(QStringLiteral("lgsl.json")), qPrintable(r.errorString()));
            QCOMPARE(int(syncer.lastFailure()), int(Syncer::Failure::Refused));
            QCOMPARE(test::dumpDatabase(cache.database()), before);
        }
        server.clearFaults();
        r = test::syncOnce(cache, server.url().toString());
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QCOMPARE(cache.lgsl().size(), 3);
    }

    // A cache of schema 2 (no 'lgsl' document type) is migrated with its rows, and a
    // re-sync of the same version then loads the list it never had.
    void cacheFromBeforeExtras()
    {
        const QString dir = freshDir();
        CommonsFixture f = CommonsFixture::sample(QStringLiteral("upgraded"), 7);
        QVERIFY(writeWithLgsl(f, dir, sampleLgsl()));
        const QString path = dir + QStringLiteral(".sqlite");
        const QString current = dir + QStringLiteral("-current.sqlite");
        {
            Cache cache;
            QVERIFY(cache.open(current).ok);
            QVERIFY(test::syncOnce(cache, dir).ok());
            // What a schema-2 build left: the documents, no lgsl row, an empty list.
            QSqlQuery q(cache.database());
            QVERIFY(q.exec(QStringLiteral("DELETE FROM document WHERE type = 'lgsl'")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM lgsl")));
        }
        // Schema 2 exactly: the v2 document table with its narrower CHECK.
        const QString error = test::writeOlderCache(current, path, 2);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        {
            const QString conn = QStringLiteral("check-v2");
            {
                QVERIFY(openSqlite(conn, path, QStringLiteral("NORMAL")).ok);
                QSqlQuery q(QSqlDatabase::database(conn));
                QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
                QCOMPARE(q.value(0).toInt(), 2);
                q.finish();
                QVERIFY(!q.exec(QStringLiteral("INSERT INTO document VALUES (1, 'x', 'lgsl', NULL, 'x', 1)")));
            }
            QSqlDatabase::removeDatabase(conn);
        }
        Cache cache;
        QVERIFY(cache.open(path).ok);
        QCOMPARE(cache.documents(QStringLiteral("upgraded")).size(), f.paths().size());
        QVERIFY(cache.lgsl().isEmpty());
        const auto r = test::syncOnce(cache, dir);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QVERIFY(!r.value().nothingNew);
        QCOMPARE(r.value().added, QStringList{QStringLiteral("lgsl.json")});
        QCOMPARE(r.value().documentsFetched, 1);
        QCOMPARE(cache.lgsl().size(), 3);
        QVERIFY(test::syncOnce(cache, dir).value().nothingNew);
    }
};

QTEST_GUILESS_MAIN(TestSyncLgsl)
#include "tst_sync_lgsl.moc"
