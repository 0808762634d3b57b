// Issue 12, items 6, 7 and 9: no trust change is silent. A commons synced from another place
// becomes the default only when asked; publications expire by default and the data's age is
// shown; versions stop at a documented bound with a message that says what to do.
#include "core/cache/cache.h"
#include "core/commons/commonsreader.h"
#include "core/models/format.h"
#include "core/publish/publisher.h"
#include "core/sync/syncer.h"
#include "tests/support/clirunner.h"
#include "tests/support/commonsfixture.h"
#include "tests/support/oldcache.h"
#include "core/cache/cacheschema.h"
#include "core/util/migrator.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace livedna;
using namespace livedna::test;

class TstTrustChanges : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    QString writeCommons(const QString &id, qint64 version = 1)
    {
        CommonsFixture f = CommonsFixture::sample(id, version);
        const QString dir = m_tmp.filePath(id + QString::number(version));
        QString error;
        if (!f.writeTo(dir, &error))
            qWarning() << error;
        return dir;
    }

private Q_SLOTS:
    void secondCommonsIsNotTheDefaultUnlessAsked()
    {
        Cache cache;
        QVERIFY(cache.open(m_tmp.filePath(QStringLiteral("default.sqlite"))));
        Syncer syncer(&cache);
        QVERIFY(syncer.run(writeCommons(QStringLiteral("first"))).ok());
        QCOMPARE(cache.commons()->id, QStringLiteral("first")); // the first commons is the default

        // Another commons, synced later from another folder, does not take over.
        QVERIFY(syncer.run(writeCommons(QStringLiteral("other"))).ok());
        QCOMPARE(cache.commons()->id, QStringLiteral("first"));
        QVERIFY(cache.commons(QStringLiteral("first"))->isDefault);
        QVERIFY(!cache.commons(QStringLiteral("other"))->isDefault);
        // Syncing the default again keeps it the default.
        QVERIFY(syncer.run(writeCommons(QStringLiteral("first"), 2)).ok());
        QCOMPARE(cache.commons()->id, QStringLiteral("first"));

        // Asked, it does.
        SyncOptions makeDefault;
        makeDefault.makeDefault = true;
        QVERIFY(syncer.run(writeCommons(QStringLiteral("other")), makeDefault).ok()); // nothing new, still switches
        QCOMPARE(cache.commons()->id, QStringLiteral("other"));
        QVERIFY(!cache.commons(QStringLiteral("first"))->isDefault);
    }

    void cliSaysWhichCommonsItShows()
    {
        const QString cache = m_tmp.filePath(QStringLiteral("cli.sqlite"));
        CliRun r = runCli(cache, {QStringLiteral("sync"), QStringLiteral("-q"), writeCommons(QStringLiteral("cli-a"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = runCli(cache, {QStringLiteral("sync"), QStringLiteral("-q"), writeCommons(QStringLiteral("cli-b"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QStringLiteral("Not the default commons")) && r.out.contains(QStringLiteral("cli-a")),
                 qPrintable(r.describe()));
        r = runCli(cache, {QStringLiteral("orgs")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString first = r.err.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(first.contains(QStringLiteral("cli-a")) && first.contains(QStringLiteral("published"))
                     && first.contains(QStringLiteral("version 1")),
                 qPrintable(first));
        // JSON output stays an array on stdout; the commons line goes to stderr.
        r = runCli(cache, {QStringLiteral("orgs"), QStringLiteral("--json")});
        QVERIFY(r.json().isArray());
        QVERIFY2(r.err.contains(QStringLiteral("cli-a")), qPrintable(r.describe()));
        r = runCli(cache, {QStringLiteral("sync"), QStringLiteral("-q"), QStringLiteral("--make-default"),
                           writeCommons(QStringLiteral("cli-b"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = runCli(cache, {QStringLiteral("orgs")});
        QVERIFY2(r.err.section(QLatin1Char('\n'), 0, 0).contains(QStringLiteral("cli-b")), qPrintable(r.describe()));
    }

    void oldCacheKeepsWhatItShowed()
    {
        // Before the default was recorded, the most recently synced commons was shown; after
        // the migration it still is.
        const QString current = m_tmp.filePath(QStringLiteral("current.sqlite"));
        {
            Cache cache;
            QVERIFY(cache.open(current));
            Syncer syncer(&cache);
            QVERIFY(syncer.run(writeCommons(QStringLiteral("older"))).ok());
            QVERIFY(syncer.run(writeCommons(QStringLiteral("newer"))).ok());
        }
        int before = 0; // the schema just before the migration that records the default
        for (const Migration &m : cacheMigrations()) {
            if (m.statements.join(QLatin1Char(' ')).contains(QStringLiteral("is_default")))
                before = m.version - 1;
        }
        QVERIFY(before > 0);
        const QString path = m_tmp.filePath(QStringLiteral("old.sqlite"));
        const QString error = writeOlderCache(current, path, before);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE commons SET synced_at = '2099-01-01T00:00:00Z' WHERE commons_id = 'older'")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("older"));
        Cache cache;
        QVERIFY(cache.open(path));
        QCOMPARE(cache.commons()->id, QStringLiteral("older"));
        QVERIFY(cache.commons(QStringLiteral("older"))->isDefault);
        QVERIFY(!cache.commons(QStringLiteral("newer"))->isDefault);
    }

    void publishExpiresByDefault()
    {
        const QString src = writeCommons(QStringLiteral("expiring"));
        PublishOptions o;
        o.sourceDir = src;
        o.outDir = m_tmp.filePath(QStringLiteral("expiring-out"));
        o.commonsId = QStringLiteral("expiring");
        o.published = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
        const Result<PublishReport> r = Publisher::publish(o);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QFile index(QDir(o.outDir).filePath(QStringLiteral("index.json")));
        QVERIFY(index.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(index.readAll()).object();
        QCOMPARE(QDateTime::fromString(root.value(QStringLiteral("expires")).toString(), Qt::ISODate),
                 o.published.addDays(PublishOptions::DefaultExpiryDays));

        // Replaying that index long after: a warning, and --strict refuses it.
        Cache cache;
        QVERIFY(cache.open(m_tmp.filePath(QStringLiteral("replay.sqlite"))));
        Syncer syncer(&cache);
        const Result<SyncReport> first = syncer.run(o.outDir);
        QVERIFY(first.ok());
        QVERIFY2(!first.value().warnings.isEmpty(), "an expired index warns");
        const Result<SyncReport> replay = syncer.run(o.outDir);
        QVERIFY(replay.ok() && replay.value().nothingNew);
        QVERIFY2(!replay.value().warnings.isEmpty(), "a replayed expired index warns even when nothing is new");
        SyncOptions strict;
        strict.strict = true;
        QVERIFY(!syncer.run(o.outDir, strict).ok());
    }

    // validate and sync give one answer and one exit code (issue 12, item 10).
    void validateAndSyncAgree_data()
    {
        QTest::addColumn<int>("breakage");
        QTest::addColumn<QString>("message");
        QTest::newRow("index.json links outside the folder") << 0 << QStringLiteral("leads outside the commons folder");
        QTest::newRow("listed file missing") << 1 << QStringLiteral("listed in index.json but missing");
        QTest::newRow("document over the size limit") << 2 << QStringLiteral("accepts documents of at most 16777216 bytes");
    }

    void validateAndSyncAgree()
    {
        QFETCH(int, breakage);
        QFETCH(QString, message);
        const QString dir = writeCommons(QStringLiteral("agree") + QString::number(breakage));
        if (breakage == 0) {
            const QString outside = m_tmp.filePath(QStringLiteral("outside-index") + QString::number(breakage) + QStringLiteral(".json"));
            QVERIFY(QFile::rename(QDir(dir).filePath(QStringLiteral("index.json")), outside));
            QVERIFY(QFile::link(outside, QDir(dir).filePath(QStringLiteral("index.json"))));
        } else if (breakage == 1) {
            const CommonsFixture f = CommonsFixture::sample();
            QVERIFY(QFile::remove(QDir(dir).filePath(f.paths().constLast())));
        } else {
            // One organisation document just over the limit: valid JSON, padded with spaces.
            CommonsFixture f = CommonsFixture::sample(QStringLiteral("agree") + QString::number(breakage));
            const QString path = f.paths().constLast();
            QByteArray bytes = f.documentBytes(path);
            bytes.append(QByteArray(CommonsReader::MaxDocumentBytes + 1 - bytes.size(), ' '));
            f.setDocumentBytes(path, bytes, path.section(QLatin1Char('/'), -1).section(QLatin1Char('.'), 0, 0));
            QVERIFY(f.writeTo(dir));
        }
        const CliRun validate = runCli(m_tmp.filePath(QStringLiteral("agree.sqlite")), {QStringLiteral("validate"), dir});
        const CliRun sync = runCli(m_tmp.filePath(QStringLiteral("agree.sqlite")), {QStringLiteral("sync"), QStringLiteral("-q"), dir});
        QCOMPARE(validate.exitCode, 2);
        QCOMPARE(sync.exitCode, 2);
        QVERIFY2(validate.out.contains(message) || validate.err.contains(message), qPrintable(validate.describe()));
        QVERIFY2(sync.err.contains(message), qPrintable(sync.describe()));
    }

    void dataAge()
    {
        const QDateTime now(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);
        QCOMPARE(Format::dataAge(now.addSecs(-3600), now), QStringLiteral("published today"));
        QCOMPARE(Format::dataAge(now.addDays(-3), now), QStringLiteral("published 3 days ago"));
        QCOMPARE(Format::dataAge(now.addDays(-1), now), QStringLiteral("published yesterday"));
        QCOMPARE(Format::dataAge(now.addDays(-420), now), QStringLiteral("published 14 months ago"));
        QCOMPARE(Format::dataAge(QDateTime(), now), QStringLiteral("publication date unknown"));
    }

    void versionsStopAtADocumentedBound()
    {
        // The reader: 2^53 − 1 is accepted, 2^53 refused with the bound named.
        CommonsFixture f = CommonsFixture::sample(QStringLiteral("big"), CommonsReader::MaxVersion);
        QVERIFY(CommonsReader::readIndex(f.indexBytes(), QStringLiteral("index.json")).ok());
        QJsonObject over = f.indexObject();
        over.insert(QStringLiteral("version"), 9007199254740992.0);
        const auto refused = CommonsReader::readIndex(QJsonDocument(over).toJson(), QStringLiteral("index.json"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorString().contains(QStringLiteral("/version"))
                     && refused.errorString().contains(QStringLiteral("new commons id")),
                 qPrintable(refused.errorString()));

        // The publisher: past the bound it says what to do, and writes nothing.
        const QString out = m_tmp.filePath(QStringLiteral("big-out"));
        QVERIFY(f.writeTo(out));
        const QByteArray before = [&] {
            QFile in(QDir(out).filePath(QStringLiteral("index.json")));
            return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
        }();
        PublishOptions o;
        o.sourceDir = writeCommons(QStringLiteral("big-src"));
        o.outDir = out;
        const Result<PublishReport> r = Publisher::publish(o);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorString().contains(QStringLiteral("new commons id")), qPrintable(r.errorString()));
        QFile after(QDir(out).filePath(QStringLiteral("index.json")));
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
    }
};

QTEST_GUILESS_MAIN(TstTrustChanges)
#include "tst_trustchanges.moc"
