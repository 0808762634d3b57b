// Issue 12, item 10: duplicate member names are refused with their JSON pointer, by the
// commons reader, the proposal reader and the sync, instead of silently keeping the last.
#include "core/cache/cache.h"
#include "core/commons/commonsreader.h"
#include "core/commons/jsonkeys.h"
#include "core/proposal/proposal.h"
#include "core/sync/syncer.h"
#include "tests/support/cachedump.h"
#include "tests/support/commonsfixture.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace livedna;
using namespace livedna::test;

class TstJsonKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pointers_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("pointer"); // empty: no duplicate
        QTest::newRow("none") << QByteArray("{\"a\":1,\"b\":{\"a\":2},\"c\":[{\"a\":1},{\"a\":2}]}") << QString();
        QTest::newRow("root") << QByteArray("{\"a\":1,\"b\":2,\"a\":3}") << QStringLiteral("/a");
        QTest::newRow("nested") << QByteArray("{\"s\":[{\"x\":1},{\"y\":1,\"y\":2}]}") << QStringLiteral("/s/1/y");
        QTest::newRow("escaped twin") << QByteArray("{\"o\":{\"ab\":1,\"a\\u0062\":2}}") << QStringLiteral("/o/ab");
        QTest::newRow("pointer escaping") << QByteArray("{\"a/b\":{\"~\":1,\"~\":2}}") << QStringLiteral("/a~1b/~0");
        QTest::newRow("keys inside strings are values") << QByteArray("{\"a\":\"\\\"a\\\":1\",\"b\":\"{\\\"a\\\":2}\"}") << QString();
        QTest::newRow("same name at different levels") << QByteArray("{\"a\":{\"a\":{\"a\":1}}}") << QString();
        QTest::newRow("after a closed object") << QByteArray("{\"a\":{\"b\":1},\"c\":2,\"a\":3}") << QStringLiteral("/a");
    }

    void pointers()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, pointer);
        const std::optional<QString> found = duplicateKeyPointer(json);
        QCOMPARE(found.value_or(QString()), pointer);
    }

    // A hostile object of 300,000 members is scanned in linear time (no timing assertion: it
    // must simply finish within the test's timeout, which a quadratic scan would not).
    void manyMembers()
    {
        QByteArray json = "{";
        for (int i = 0; i < 300000; ++i)
            json += (i ? ",\"k" : "\"k") + QByteArray::number(i) + "\":0";
        QVERIFY(!duplicateKeyPointer(json + "}"));
        QCOMPARE(duplicateKeyPointer(json + ",\"k7\":1}").value_or(QString()), QStringLiteral("/k7"));
    }

    // Found by fuzz_index: views of escaped names must survive the stack of open objects
    // growing (a frame may be copied then). Deep nesting with an escaped name at each level,
    // then a duplicate of an escaped name at the top.
    void escapedNamesSurviveADeepStack()
    {
        QByteArray json = "{\"a\\u0062\":1";
        for (int i = 0; i < 40; ++i)
            json += ",\"k\\u00" + QByteArray::number(41 + i % 9) + "x" + QByteArray::number(i) + "\":{\"n\\u0061me\":1";
        for (int i = 0; i < 40; ++i)
            json += '}';
        QVERIFY(!duplicateKeyPointer(json + "}"));
        QCOMPARE(duplicateKeyPointer(json + ",\"ab\":2}").value_or(QString()), QStringLiteral("/ab"));
    }

    void readersRefuse()
    {
        const CommonsFixture f = CommonsFixture::sample();
        const QString orgPath = f.paths().constLast();
        QVERIFY(orgPath.startsWith(QStringLiteral("orgs/")));
        QByteArray twice = f.documentBytes(orgPath);
        const int at = int(twice.indexOf("\"name\""));
        QVERIFY(at > 0);
        twice.insert(at, "\"name\": \"Another name\", ");
        const Result<Catalogue> catalogue = CommonsReader::readBricks(f.documentBytes(QStringLiteral("bricks.json")),
                                                                      QStringLiteral("bricks.json"));
        QVERIFY(catalogue.ok());
        const auto r = CommonsReader::readOrganisation(twice, orgPath, catalogue.value());
        QVERIFY(!r.ok());
        QVERIFY2(r.errorString().contains(QStringLiteral("appears twice")), qPrintable(r.errorString()));
        QVERIFY2(r.problems().constFirst().pointer.endsWith(QStringLiteral("/name")), qPrintable(r.errorString()));

        const auto p = ProposalFile::fromJson("{\"format\":\"x\",\"format\":\"y\"}", QStringLiteral("p.json"));
        QVERIFY(!p.ok());
        QCOMPARE(p.problems().constFirst().pointer, QStringLiteral("/format"));
    }

    void syncRefusesAndKeepsTheCache()
    {
        QTemporaryDir tmp;
        CommonsFixture f = CommonsFixture::sample(QStringLiteral("dupes"), 1);
        const QString dir = tmp.filePath(QStringLiteral("c"));
        QVERIFY(f.writeTo(dir));
        Cache cache;
        QVERIFY(cache.open(tmp.filePath(QStringLiteral("cache.sqlite"))));
        Syncer syncer(&cache);
        QVERIFY(syncer.run(dir).ok());
        const QString before = dumpDatabase(cache.database());
        f.version = 2;
        const QString path = f.paths().constLast();
        QByteArray bytes = f.documentBytes(path);
        bytes.insert(bytes.indexOf('{') + 1, "\"format\": \"livedna-organisation/1\", ");
        f.setDocumentBytes(path, bytes, path.section(QLatin1Char('/'), -1).section(QLatin1Char('.'), 0, 0));
        QVERIFY(f.writeTo(dir));
        const Result<SyncReport> r = syncer.run(dir);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorString().contains(QStringLiteral("appears twice")), qPrintable(r.errorString()));
        QCOMPARE(dumpDatabase(cache.database()), before);
    }
};

QTEST_GUILESS_MAIN(TstJsonKeys)
#include "tst_jsonkeys.moc"
