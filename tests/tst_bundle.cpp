// Issue 13 item 6: `livedna-cli bundle` packs a commons into one file and `sync BUNDLE`
// reads it with the same checks as a folder. End to end through the real binary and real
// SQLite caches; hostile archives are written here byte for byte with libarchive.

#include "core/cache/cache.h"
#include "core/sync/bundlesource.h"
#include "tests/support/cachedump.h"
#include "tests/support/clirunner.h"
#include "tests/support/testenv.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

using namespace livedna::test;

namespace {

struct Item
{
    QString path;
    QByteArray data;
    unsigned type = AE_IFREG;
    QString link;          // symbolic link target, or hard link source
    bool hardlink = false;
    qint64 zeros = 0;      // write this many zero bytes instead of data (bombs)
};

QString demoDir()
{
    return QDir(sourceDir()).filePath(QStringLiteral("resources/demo"));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every file of a commons folder, as bundle items (optionally under a top-level folder).
QList<Item> itemsOf(const QString &dir, const QString &prefix = QString())
{
    QList<Item> items;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        items.append(Item{prefix + QDir(dir).relativeFilePath(file), readAll(file)});
    }
    return items;
}

bool writeArchive(const QString &out, const QList<Item> &items)
{
    archive *a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    archive_write_add_filter_zstd(a);
    bool ok = archive_write_open_filename(a, QFile::encodeName(out).constData()) == ARCHIVE_OK;
    const QByteArray chunk(1024 * 1024, '\0');
    for (const Item &item : items) {
        if (!ok)
            break;
        archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, item.path.toUtf8().constData());
        archive_entry_set_perm(e, 0644);
        if (item.hardlink) {
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_hardlink(e, item.link.toUtf8().constData());
        } else {
            archive_entry_set_filetype(e, item.type);
            if (item.type == AE_IFLNK)
                archive_entry_set_symlink(e, item.link.toUtf8().constData());
        }
        if (item.type == AE_IFREG && !item.hardlink)
            archive_entry_set_size(e, item.zeros > 0 ? item.zeros : item.data.size());
        ok = archive_write_header(a, e) == ARCHIVE_OK;
        if (ok && item.zeros > 0) {
            for (qint64 left = item.zeros; ok && left > 0; left -= chunk.size())
                ok = archive_write_data(a, chunk.constData(), size_t(qMin<qint64>(left, chunk.size()))) > 0;
        } else if (ok && !item.data.isEmpty()) {
            ok = archive_write_data(a, item.data.constData(), size_t(item.data.size())) == item.data.size();
        }
        archive_entry_free(e);
    }
    ok = archive_write_close(a) == ARCHIVE_OK && ok;
    archive_write_free(a);
    return ok;
}

// The cache's content without what legitimately differs between two syncs: when, and from
// which path.
QString dumpContent(const QString &cachePath)
{
    const QString name = QStringLiteral("dump-") + cachePath;
    QString dump;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(cachePath);
        if (!db.open())
            return QStringLiteral("cannot open ") + cachePath;
        QSqlQuery q(db);
        q.exec(QStringLiteral("UPDATE commons SET source = '', synced_at = ''"));
        q.exec(QStringLiteral("UPDATE index_history SET source = '', accepted_at = ''"));
        dump = dumpDatabase(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return dump;
}

QString rawDump(const QString &cachePath)
{
    const QString name = QStringLiteral("raw-") + cachePath;
    QString dump;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(cachePath);
        dump = db.open() ? dumpDatabase(db) : QStringLiteral("cannot open ") + cachePath;
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return dump;
}

} // namespace

class TstBundle : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_cache; // holds the demo commons, synced from its folder

    QString path(const QString &name) const { return m_tmp.filePath(name); }

    // Syncs `bundle` into a copy of m_cache; checks the refusal and that nothing changed.
    void expectRefused(const QString &bundle, int exitCode, const QString &why, bool emptyCache = false)
    {
        const QString cache = path(QStringLiteral("refused.sqlite"));
        QFile::remove(cache);
        if (emptyCache) {
            livedna::Cache fresh;
            QVERIFY(fresh.open(cache).ok);
        } else {
            QVERIFY(QFile::copy(m_cache, cache));
        }
        const QString before = rawDump(cache);
        const CliRun run = runCli(cache, {QStringLiteral("sync"), QStringLiteral("-q"), bundle});
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
        // One line of problem naming the bundle (and the entry), after the summary line.
        const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() == 2, qPrintable(run.describe()));
        QVERIFY2(lines.at(1).contains(bundle) && lines.at(1).contains(why), qPrintable(run.describe()));
        QCOMPARE(rawDump(cache), before);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (cliPath().isEmpty() || !QFileInfo::exists(cliPath()))
            QSKIP("LIVEDNA_CLI is not set; run through ctest");
        if (!QFileInfo::exists(QDir(demoDir()).filePath(QStringLiteral("index.json"))))
            QSKIP("resources/demo is absent");
        QVERIFY(m_tmp.isValid());
        m_cache = path(QStringLiteral("folder.sqlite"));
        const CliRun run = runCli(m_cache, {QStringLiteral("sync"), QStringLiteral("-q"), demoDir()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    }

    // bundle -> sync gives exactly the cache a folder sync gives.
    void roundTripEqualsFolderSync()
    {
        for (const QString &name : {QStringLiteral("demo.tar.zst"), QStringLiteral("demo.tar.xz"),
                                    QStringLiteral("demo.tar.gz"), QStringLiteral("demo.tar")}) {
            const QString bundle = path(name);
            const CliRun pack = runCli(path(QStringLiteral("unused.sqlite")), {QStringLiteral("bundle"), demoDir(), bundle});
            QVERIFY2(pack.exitCode == 0, qPrintable(pack.describe()));
            QVERIFY(pack.out.contains(QStringLiteral("Wrote")));
            const QString cache = path(name + QStringLiteral(".sqlite"));
            const CliRun run = runCli(cache, {QStringLiteral("sync"), QStringLiteral("-q"), bundle});
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
            QCOMPARE(dumpContent(cache), dumpContent(m_cache));
        }
        // The same commons again from the bundle is nothing new.
        const CliRun again = runCli(path(QStringLiteral("demo.tar.zst.sqlite")),
                                    {QStringLiteral("sync"), QStringLiteral("-q"), path(QStringLiteral("demo.tar.zst"))});
        QVERIFY2(again.exitCode == 0 && again.out.contains(QStringLiteral("Nothing new")), qPrintable(again.describe()));
        // Deterministic: the same commons packs to the same bytes.
        QVERIFY(runCli(path(QStringLiteral("unused.sqlite")), {QStringLiteral("bundle"), demoDir(),
                                                                 path(QStringLiteral("again.tar.zst"))}).exitCode == 0);
        QCOMPARE(readAll(path(QStringLiteral("again.tar.zst"))), readAll(path(QStringLiteral("demo.tar.zst"))));
    }

    // `tar -cf x.tar commons/` puts everything under one folder; that reads the same.
    void topLevelFolder()
    {
        const QString bundle = path(QStringLiteral("folder.tar.zst"));
        QVERIFY(writeArchive(bundle, itemsOf(demoDir(), QStringLiteral("commons/"))));
        const QString cache = path(QStringLiteral("folder-bundle.sqlite"));
        const CliRun run = runCli(cache, {QStringLiteral("sync"), QStringLiteral("-q"), bundle});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QCOMPARE(dumpContent(cache), dumpContent(m_cache));
    }

    void hostile_data()
    {
        QTest::addColumn<QList<Item>>("extra");
        QTest::addColumn<QString>("why");
        QTest::newRow("dot-dot") << QList<Item>{Item{QStringLiteral("orgs/../../evil.json"), "{}"}}
                                 << QStringLiteral("leads outside the bundle");
        QTest::newRow("absolute") << QList<Item>{Item{QStringLiteral("/tmp/evil.json"), "{}"}}
                                  << QStringLiteral("absolute path");
        QTest::newRow("symlink-out") << QList<Item>{Item{QStringLiteral("evil.json"), {}, AE_IFLNK, QStringLiteral("/etc/passwd")}}
                                     << QStringLiteral("symbolic link");
        QTest::newRow("hard-link") << QList<Item>{Item{QStringLiteral("evil.json"), {}, AE_IFREG, QStringLiteral("/etc/passwd"), true}}
                                   << QStringLiteral("hard link");
        QTest::newRow("device") << QList<Item>{Item{QStringLiteral("evil"), {}, AE_IFCHR}}
                                << QStringLiteral("device, pipe or socket");
        QTest::newRow("duplicate") << QList<Item>{Item{QStringLiteral("index.json"), "{}"}}
                                   << QStringLiteral("appears twice");
        // 100 MiB of zeros packs into a few kB: refused once past the ratio's floor.
        QTest::newRow("bomb") << QList<Item>{Item{QStringLiteral("bomb.json"), {}, AE_IFREG, {}, false, 100LL * 1024 * 1024}}
                              << QStringLiteral("decompression bomb");
    }

    void hostile()
    {
        QFETCH(QList<Item>, extra);
        QFETCH(QString, why);
        const QString bundle = path(QStringLiteral("hostile-%1.tar.zst").arg(QString::fromLatin1(QTest::currentDataTag())));
        QVERIFY(writeArchive(bundle, extra + itemsOf(demoDir())));
        expectRefused(bundle, 2, why);
    }

    void truncatedAndGarbage()
    {
        const QString whole = path(QStringLiteral("demo.tar.zst"));
        if (!QFileInfo::exists(whole))
            QVERIFY(runCli(path(QStringLiteral("unused.sqlite")), {QStringLiteral("bundle"), demoDir(), whole}).exitCode == 0);
        const QByteArray bytes = readAll(whole);
        QFile cut(path(QStringLiteral("truncated.tar.zst")));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(bytes.left(bytes.size() / 2));
        cut.close();
        expectRefused(cut.fileName(), 2, QStringLiteral("truncated"));

        QFile garbage(path(QStringLiteral("garbage.tar.zst")));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        for (int i = 0; i < 4096; ++i)
            garbage.putChar(char((i * 7919) % 251));
        garbage.close();
        expectRefused(garbage.fileName(), 2, QStringLiteral("not a bundle"));

        // No commons inside: refused, not read as an empty commons.
        const QString empty = path(QStringLiteral("empty.tar.zst"));
        QVERIFY(writeArchive(empty, {Item{QStringLiteral("readme.txt"), "hello"}}));
        expectRefused(empty, 2, QStringLiteral("no index.json"));

        // A bundle that is not there cannot be read: 3.
        const CliRun missing = runCli(m_cache, {QStringLiteral("sync"), QStringLiteral("-q"), path(QStringLiteral("none.tar.zst"))});
        QVERIFY2(missing.exitCode == 3, qPrintable(missing.describe()));
    }

    // Inside the bundle, every document is checked against the index as in a folder.
    void hashChecked()
    {
        QList<Item> items = itemsOf(demoDir());
        bool changed = false;
        for (Item &item : items) {
            if (item.path.startsWith(QLatin1String("orgs/")) && !changed) {
                item.data.replace("\"name\"", "\"name\" ");
                changed = true;
            }
        }
        QVERIFY(changed);
        const QString bundle = path(QStringLiteral("tampered.tar.zst"));
        QVERIFY(writeArchive(bundle, items));
        expectRefused(bundle, 2, QStringLiteral(".tar.zst:orgs/"), true);
    }

    // A signed commons keeps its signature through the bundle; a wrong one is refused.
    void signature()
    {
        const QString key = path(QStringLiteral("key"));
        const QString other = path(QStringLiteral("other"));
        const QString cache = path(QStringLiteral("signed.sqlite"));
        QCOMPARE(runCli(cache, {QStringLiteral("keygen"), key}).exitCode, 0);
        QCOMPARE(runCli(cache, {QStringLiteral("keygen"), other}).exitCode, 0);
        const QString signedDir = path(QStringLiteral("signed"));
        const CliRun pub = runCli(cache, {QStringLiteral("publish"), demoDir(), signedDir, QStringLiteral("--commons"),
                                          QStringLiteral("bundle-signed"), QStringLiteral("--sign"), key});
        QVERIFY2(pub.exitCode == 0, qPrintable(pub.describe()));
        const QString bundle = path(QStringLiteral("signed.tar.zst"));
        QCOMPARE(runCli(cache, {QStringLiteral("bundle"), signedDir, bundle}).exitCode, 0);
        const CliRun ok = runCli(cache, {QStringLiteral("sync"), QStringLiteral("-q"), bundle, QStringLiteral("--trust"),
                                         key + QStringLiteral(".pub")});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.describe()));

        const CliRun wrong = runCli(path(QStringLiteral("signed2.sqlite")),
                                    {QStringLiteral("sync"), QStringLiteral("-q"), bundle, QStringLiteral("--trust"),
                                     other + QStringLiteral(".pub")});
        QVERIFY2(wrong.exitCode == 2 && wrong.err.contains(bundle + QStringLiteral(":index.json")),
                 qPrintable(wrong.describe()));
    }

    // The limits, in process with small values; and the unpacked copy goes with the source.
    void limitsAndCleanUp()
    {
        using livedna::BundleLimits;
        using livedna::BundleSource;
        using livedna::FetchFailure;
        const QString bundle = path(QStringLiteral("limits.tar.zst"));
        QVERIFY(runCli(path(QStringLiteral("unused.sqlite")), {QStringLiteral("bundle"), demoDir(), bundle}).exitCode == 0);
        BundleLimits entry;
        entry.maxEntryBytes = 1000;
        BundleLimits total;
        total.maxTotalBytes = 20000;
        BundleLimits count;
        count.maxEntries = 3;
        const QList<QPair<BundleLimits, QString>> cases{{entry, QStringLiteral("may be at most 1000 bytes")},
                                                        {total, QStringLiteral("more than 20000 bytes")},
                                                        {count, QStringLiteral("more than 3 entries")}};
        for (const auto &c : cases) {
            BundleSource source(bundle, nullptr, c.first);
            const livedna::Fetched f = source.fetchIndex(1 << 20);
            QCOMPARE(f.failure, FetchFailure::Refused);
            QVERIFY2(f.problems.size() == 1 && f.problems.first().message.contains(c.second),
                     qPrintable(f.problems.isEmpty() ? QString() : f.problems.first().toString()));
        }
        QAtomicInt cancelled(1);
        QCOMPARE(BundleSource(bundle, &cancelled).fetchIndex(1 << 20).failure, FetchFailure::Cancelled);

        const QDir tmp(QDir::tempPath());
        const QStringList pattern{QStringLiteral("livedna-bundle-*")};
        const QStringList before = tmp.entryList(pattern, QDir::Dirs);
        {
            BundleSource source(bundle, nullptr);
            const livedna::Fetched index = source.fetchIndex(1 << 20);
            QVERIFY(index.ok());
            QCOMPARE(index.bytes, readAll(QDir(demoDir()).filePath(QStringLiteral("index.json"))));
            QCOMPARE(source.displayName(QStringLiteral("bricks.json")), bundle + QStringLiteral(":bricks.json"));
            QCOMPARE(tmp.entryList(pattern, QDir::Dirs).size(), before.size() + 1);
        }
        QCOMPARE(tmp.entryList(pattern, QDir::Dirs), before);
    }

    // The writer refuses a commons whose files do not match its index: nothing is written.
    void bundleRefusesBrokenCommons()
    {
        const QString dir = path(QStringLiteral("broken"));
        QVERIFY(copyTree(demoDir(), dir));
        QDirIterator it(dir + QStringLiteral("/orgs"), QDir::Files);
        QVERIFY(it.hasNext());
        const QString victim = it.next();
        QFile f(victim);
        QVERIFY(f.open(QIODevice::Append));
        f.write(" ");
        f.close();
        const QString out = path(QStringLiteral("broken.tar.zst"));
        const CliRun run = runCli(m_cache, {QStringLiteral("bundle"), dir, out});
        QVERIFY2(run.exitCode == 2 && run.err.contains(QFileInfo(victim).fileName()), qPrintable(run.describe()));
        QVERIFY(!QFileInfo::exists(out));
        const CliRun usage = runCli(m_cache, {QStringLiteral("bundle"), demoDir(), path(QStringLiteral("x.zip"))});
        QCOMPARE(usage.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TstBundle)
#include "tst_bundle.moc"
