// The publisher: validation, index with hashes, versioning, carry-over, and atomic
// publication under SIGKILL (a real child process killed at many moments).
#include "core/cache/cache.h"
#include "core/commons/commonsreader.h"
#include "core/publish/publisher.h"
#include "core/sync/syncer.h"
#include "tests/support/testenv.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace livedna;

namespace {

QString demoDir()
{
    return QDir(livedna::test::sourceDir()).filePath(QStringLiteral("resources/demo"));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        const QString rel = QDir(from).relativeFilePath(p);
        if (rel == QLatin1String("index.json"))
            continue;
        QDir().mkpath(QFileInfo(QDir(to).filePath(rel)).absolutePath());
        if (!QFile::copy(p, QDir(to).filePath(rel)))
            return false;
    }
    return true;
}

qint64 versionIn(const QString &out)
{
    return QJsonDocument::fromJson(readAll(QDir(out).filePath(QStringLiteral("index.json")))).object()
        .value(QLatin1String("version")).toInteger(-1);
}

// Everything under a folder: relative path -> bytes.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> m;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString p = it.next();
        m.insert(QDir(dir).relativeFilePath(p), readAll(p));
    }
    return m;
}

} // namespace

class TstPublish : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo::exists(QDir(demoDir()).filePath(QStringLiteral("bricks.json"))))
            QSKIP("resources/demo (the democli helper's catalogue) is absent");
    }

    void publishIndexesVersionsAndValidates()
    {
        QTemporaryDir tmp;
        const QString out = tmp.filePath(QStringLiteral("commons"));
        PublishOptions o;
        o.sourceDir = demoDir();
        o.outDir = out;
        o.commonsId = QStringLiteral("test-local");
        o.title = QStringLiteral("Test commons");
        o.expiresDays = 90;
        const Result<PublishReport> r = Publisher::publish(o);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QCOMPARE(r.value().version, 1);
        QCOMPARE(r.value().previousVersion, 0);
        QVERIFY(r.value().organisations > 0);
        QVERIFY(!r.value().signedIndex);

        // The reader accepts the whole folder, and every hash and length is the file's own.
        const QList<Problem> problems = CommonsReader::validateFolder(out);
        QVERIFY2(problems.isEmpty(), qPrintable(problemsToString(problems)));
        const QJsonObject index = QJsonDocument::fromJson(readAll(QDir(out).filePath(QStringLiteral("index.json")))).object();
        QCOMPARE(index.value(QLatin1String("commons")).toString(), QStringLiteral("test-local"));
        QVERIFY(index.contains(QLatin1String("expires")));
        const QJsonArray docs = index.value(QLatin1String("documents")).toArray();
        QCOMPARE(docs.size(), r.value().organisations + 1);
        for (const QJsonValue &v : docs) {
            const QJsonObject e = v.toObject();
            const QByteArray bytes = readAll(QDir(out).filePath(e.value(QLatin1String("path")).toString()));
            QCOMPARE(e.value(QLatin1String("bytes")).toInteger(), qint64(bytes.size()));
            QCOMPARE(e.value(QLatin1String("sha256")).toString(),
                     QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
            if (e.value(QLatin1String("type")).toString() == QLatin1String("organisation"))
                QCOMPARE(e.value(QLatin1String("path")).toString(), QStringLiteral("orgs/%1.json").arg(e.value(QLatin1String("org")).toString()));
        }
        // Nothing left beside OUT but the (unlocked) lock file: no staging folder.
        QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 (QStringList{QStringLiteral(".commons.publish.lock"), QStringLiteral("commons")}));

        // Again: version 2 with no changes; the id and title come from the previous index.
        o.commonsId.clear();
        o.title.clear();
        const Result<PublishReport> r2 = Publisher::publish(o);
        QVERIFY2(r2.ok(), qPrintable(r2.errorString()));
        QCOMPARE(r2.value().version, 2);
        QCOMPARE(r2.value().commons, QStringLiteral("test-local"));
        QCOMPARE(r2.value().title, QStringLiteral("Test commons"));
        QVERIFY(r2.value().added.isEmpty() && r2.value().changed.isEmpty() && r2.value().removed.isEmpty());

        // One organisation removed and the owner's README kept.
        QTemporaryDir src;
        QVERIFY(copyTree(demoDir(), src.path()));
        const QStringList orgs = QDir(src.filePath(QStringLiteral("orgs"))).entryList({QStringLiteral("*.json")});
        QVERIFY(QFile::remove(src.filePath(QStringLiteral("orgs/") + orgs.first())));
        QVERIFY(QFile(QDir(out).filePath(QStringLiteral("README.txt"))).open(QIODevice::WriteOnly));
        o.sourceDir = src.path();
        const Result<PublishReport> r3 = Publisher::publish(o);
        QVERIFY2(r3.ok(), qPrintable(r3.errorString()));
        QCOMPARE(r3.value().version, 3);
        QCOMPARE(r3.value().removed, QStringList{QStringLiteral("orgs/") + orgs.first()});
        QVERIFY(!QFileInfo::exists(QDir(out).filePath(QStringLiteral("orgs/") + orgs.first())));
        QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("README.txt"))));
        QVERIFY(CommonsReader::validateFolder(out).isEmpty());

        // And a reader syncs it.
        Cache cache;
        QVERIFY(cache.open(tmp.filePath(QStringLiteral("cache.sqlite"))));
        Syncer syncer(&cache);
        const Result<SyncReport> s = syncer.run(out);
        QVERIFY2(s.ok(), qPrintable(s.errorString()));
        QCOMPARE(s.value().version, 3);
        QCOMPARE(cache.organisations(QStringLiteral("test-local")).size(), r3.value().organisations);
    }

    // Commons 1.1: two periods of one organisation are published at orgs/<CODE>/<PERIOD>.json,
    // each index entry naming its period; the others keep orgs/<CODE>.json.
    void publishTwoPeriods()
    {
        QTemporaryDir tmp;
        QTemporaryDir src;
        QVERIFY(copyTree(demoDir(), src.path()));
        QJsonObject older = QJsonDocument::fromJson(readAll(src.filePath(QStringLiteral("orgs/E06000001.json")))).object();
        const QString latest = older.value(QLatin1String("period")).toString();
        older.insert(QStringLiteral("period"), QStringLiteral("2024-25"));
        older.insert(QStringLiteral("sources"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("rsx-2024-25")},
                                                                       {QStringLiteral("title"), QStringLiteral("RSX 2024-25")}}});
        QJsonArray services = older.value(QLatin1String("services")).toArray();
        QJsonObject s0 = services.first().toObject();
        s0.insert(QStringLiteral("layer"), QStringLiteral("overhead"));
        s0.insert(QStringLiteral("source"), QStringLiteral("rsx-2024-25#line 25: E06000001, C7"));
        s0.insert(QStringLiteral("reported"), QJsonObject{{QStringLiteral("employees_gbp"), 1000}, {QStringLiteral("net_gbp"), QJsonValue()}});
        services[0] = s0;
        older.insert(QStringLiteral("services"), services);
        QFile f(src.filePath(QStringLiteral("hartlepool-2024-25.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(older).toJson());
        f.close();

        const QString out = tmp.filePath(QStringLiteral("commons"));
        PublishOptions o;
        o.sourceDir = src.path();
        o.outDir = out;
        o.commonsId = QStringLiteral("test-periods");
        const Result<PublishReport> r = Publisher::publish(o);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        const int orgCount = int(QDir(QDir(demoDir()).filePath(QStringLiteral("orgs"))).entryList({QStringLiteral("*.json")}).size());
        QCOMPARE(r.value().organisations, orgCount);
        QVERIFY2(CommonsReader::validateFolder(out).isEmpty(), qPrintable(problemsToString(CommonsReader::validateFolder(out))));

        const Result<CommonsIndex> index = CommonsReader::readIndex(readAll(QDir(out).filePath(QStringLiteral("index.json"))), QStringLiteral("index.json"));
        QVERIFY2(index.ok(), qPrintable(index.errorString()));
        QMap<QString, QString> periodOf; // path -> period
        for (const IndexEntry &e : index.value().documents)
            periodOf.insert(e.path, e.period);
        QCOMPARE(periodOf.size(), orgCount + 2); // bricks.json and one organisation twice
        QCOMPARE(periodOf.value(QStringLiteral("orgs/E06000001/2024-25.json")), QStringLiteral("2024-25"));
        QCOMPARE(periodOf.value(QStringLiteral("orgs/E06000001/%1.json").arg(latest)), latest);
        QVERIFY(periodOf.contains(QStringLiteral("orgs/E06000023.json")));
        QVERIFY(periodOf.value(QStringLiteral("orgs/E06000023.json")).isEmpty());
        QVERIFY(!periodOf.contains(QStringLiteral("orgs/E06000001.json")));
        // The document is published byte for byte, and its entry's period is its own.
        const QByteArray published = readAll(QDir(out).filePath(QStringLiteral("orgs/E06000001/2024-25.json")));
        QCOMPARE(published, readAll(src.filePath(QStringLiteral("hartlepool-2024-25.json"))));

        // Back to one period: orgs/<CODE>.json again, the period documents removed.
        QVERIFY(QFile::remove(src.filePath(QStringLiteral("hartlepool-2024-25.json"))));
        o.commonsId.clear();
        const Result<PublishReport> r2 = Publisher::publish(o);
        QVERIFY2(r2.ok(), qPrintable(r2.errorString()));
        QCOMPARE(r2.value().added, QStringList{QStringLiteral("orgs/E06000001.json")});
        QCOMPARE(r2.value().removed, (QStringList{QStringLiteral("orgs/E06000001/2024-25.json"),
                                                  QStringLiteral("orgs/E06000001/%1.json").arg(latest)}));
        QVERIFY(!QFileInfo::exists(QDir(out).filePath(QStringLiteral("orgs/E06000001"))));
        QVERIFY(CommonsReader::validateFolder(out).isEmpty());
    }

    // The 1.1 rules hold at publication: a source string must name a listed source.
    void refusesUnlistedSource()
    {
        QTemporaryDir tmp;
        QTemporaryDir src;
        QVERIFY(copyTree(demoDir(), src.path()));
        const QString victim = src.filePath(QStringLiteral("orgs/E06000023.json"));
        QJsonObject doc = QJsonDocument::fromJson(readAll(victim)).object();
        QJsonArray services = doc.value(QLatin1String("services")).toArray();
        QJsonObject s1 = services.at(1).toObject();
        s1.insert(QStringLiteral("source"), QStringLiteral("rsx-2023-24#line 7"));
        services[1] = s1;
        doc.insert(QStringLiteral("services"), services);
        QFile f(victim);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(doc).toJson());
        f.close();
        PublishOptions o;
        o.sourceDir = src.path();
        o.outDir = tmp.filePath(QStringLiteral("commons"));
        o.commonsId = QStringLiteral("test-sources");
        bool io = true;
        const Result<PublishReport> r = Publisher::publish(o, &io);
        QVERIFY(!r.ok());
        QVERIFY(!io);
        QCOMPARE(r.problems().size(), 1);
        QCOMPARE(r.problems().at(0).file, victim);
        QCOMPARE(r.problems().at(0).pointer, QStringLiteral("/services/1/source"));
        QVERIFY(!QFileInfo::exists(o.outDir));
    }

    void refusesAndLeavesOutUntouched()
    {
        QTemporaryDir tmp;
        const QString out = tmp.filePath(QStringLiteral("commons"));
        PublishOptions o;
        o.sourceDir = demoDir();
        o.outDir = out;
        QVERIFY(!Publisher::publish(o).ok()); // no --commons the first time
        QVERIFY(!QFileInfo::exists(out));
        o.commonsId = QStringLiteral("test-local");
        QVERIFY(Publisher::publish(o).ok());
        const QMap<QString, QByteArray> before = snapshot(out);

        // Another publisher holds the lock: refused as an I/O condition, nothing touched.
        {
            const int fd = ::open(QFile::encodeName(tmp.filePath(QStringLiteral(".commons.publish.lock"))).constData(), O_RDWR | O_CREAT, 0644);
            QVERIFY(fd >= 0);
            QCOMPARE(::flock(fd, LOCK_EX | LOCK_NB), 0);
            bool io = false;
            const Result<PublishReport> busy = Publisher::publish(o, &io);
            ::close(fd);
            QVERIFY(!busy.ok());
            QVERIFY(io);
            QVERIFY2(busy.errorString().contains(QStringLiteral("in progress")), qPrintable(busy.errorString()));
            QCOMPARE(snapshot(out), before);
        }

        // A different commons over it.
        o.commonsId = QStringLiteral("another");
        Result<PublishReport> r = Publisher::publish(o);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorString().contains(QStringLiteral("test-local")), qPrintable(r.errorString()));
        QCOMPARE(snapshot(out), before);

        // An invalid document: every problem named, nothing written.
        QTemporaryDir src;
        QVERIFY(copyTree(demoDir(), src.path()));
        const QString victim = src.filePath(QStringLiteral("orgs/") + QDir(src.filePath(QStringLiteral("orgs"))).entryList({QStringLiteral("*.json")}).first());
        QJsonObject doc = QJsonDocument::fromJson(readAll(victim)).object();
        QJsonArray services = doc.value(QLatin1String("services")).toArray();
        QJsonObject s0 = services.first().toObject();
        QJsonArray bricks = s0.value(QLatin1String("bricks")).toArray();
        QJsonObject b0 = bricks.first().toObject();
        b0.insert(QStringLiteral("annual_cost_gbp"), -5);
        bricks[0] = b0;
        s0.insert(QStringLiteral("bricks"), bricks);
        services[0] = s0;
        doc.insert(QStringLiteral("services"), services);
        QFile vf(victim);
        QVERIFY(vf.open(QIODevice::WriteOnly | QIODevice::Truncate));
        vf.write(QJsonDocument(doc).toJson());
        vf.close();
        o.commonsId.clear();
        o.sourceDir = src.path();
        r = Publisher::publish(o);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorString().contains(QStringLiteral("annual_cost_gbp")), qPrintable(r.errorString()));
        QCOMPARE(snapshot(out), before);

        // Two documents for one organisation.
        QVERIFY(QFile::remove(victim));
        QVERIFY(QFile::copy(QDir(demoDir()).filePath(QStringLiteral("orgs/") + QFileInfo(victim).fileName()), victim));
        QVERIFY(QFile::copy(QDir(demoDir()).filePath(QStringLiteral("orgs/E06000023.json")), src.filePath(QStringLiteral("bristol-copy.json"))));
        r = Publisher::publish(o);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorString().contains(QStringLiteral("E06000023")), qPrintable(r.errorString()));
        QCOMPARE(snapshot(out), before);
    }

    void atomicWhenKilledMidway()
    {
        const QString cli = livedna::test::cliPath();
        if (cli.isEmpty() || !QFileInfo::exists(cli))
            QSKIP("LIVEDNA_CLI is not set (run through ctest)");
        QTemporaryDir tmp;
        const QString out = tmp.filePath(QStringLiteral("commons"));
        PublishOptions o;
        o.sourceDir = demoDir();
        o.outDir = out;
        o.commonsId = QStringLiteral("test-local");
        QVERIFY(Publisher::publish(o).ok());
        const QMap<QString, QByteArray> v1 = snapshot(out);

        // A different second publication, so old and new are told apart by content too.
        QTemporaryDir src;
        QVERIFY(copyTree(demoDir(), src.path()));
        const QStringList orgs = QDir(src.filePath(QStringLiteral("orgs"))).entryList({QStringLiteral("*.json")});
        QVERIFY(QFile::remove(src.filePath(QStringLiteral("orgs/") + orgs.last())));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LIVEDNA_PUBLISH_DELAY_MS"), QStringLiteral("15"));
        int killedMidway = 0;
        qint64 expectedVersion = 1;
        for (int delay : {5, 30, 60, 100, 150, 200, 260, 320, 400}) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(cli, {QStringLiteral("publish"), src.path(), out});
            QVERIFY(p.waitForStarted());
            QTest::qWait(delay);
            const bool running = p.state() == QProcess::Running;
            if (running) {
                ::kill(pid_t(p.processId()), SIGKILL);
                ++killedMidway;
            }
            if (p.state() != QProcess::NotRunning)
                QVERIFY(p.waitForFinished(30000));
            if (!running)
                QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAllStandardError().constData());
            // Whatever the moment: a complete publication, the old one or the new one.
            const QList<Problem> problems = CommonsReader::validateFolder(out);
            QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("killed after %1 ms: %2").arg(delay).arg(problemsToString(problems))));
            const qint64 v = versionIn(out);
            QVERIFY2(v == expectedVersion || v == expectedVersion + 1, qPrintable(QString::number(v)));
            if (v == 1)
                QCOMPARE(snapshot(out), v1);
            else
                QVERIFY(!QFileInfo::exists(QDir(out).filePath(QStringLiteral("orgs/") + orgs.last())));
            expectedVersion = v;
        }
        QVERIFY2(killedMidway >= 3, "the publisher finished before every kill; nothing was tested");
        // A normal run afterwards cleans the leftovers and goes on from the last version.
        QProcess p;
        p.start(cli, {QStringLiteral("publish"), src.path(), out});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(versionIn(out), expectedVersion + 1);
        const QStringList left = QDir(tmp.path()).entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
        QCOMPARE(left, QStringList{QStringLiteral("commons")});
    }

    void cliPublishExitCodes()
    {
        const QString cli = livedna::test::cliPath();
        if (cli.isEmpty() || !QFileInfo::exists(cli))
            QSKIP("LIVEDNA_CLI is not set (run through ctest)");
        QTemporaryDir tmp;
        QProcess p;
        p.start(cli, {QStringLiteral("publish"), demoDir(), tmp.filePath(QStringLiteral("c")), QStringLiteral("--commons"),
                      QStringLiteral("cli-test"), QStringLiteral("--title"), QStringLiteral("CLI test")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("version 1"));
        p.start(cli, {QStringLiteral("publish"), tmp.filePath(QStringLiteral("nowhere")), tmp.filePath(QStringLiteral("c"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 3);
        p.start(cli, {QStringLiteral("publish"), demoDir(), tmp.filePath(QStringLiteral("c")), QStringLiteral("--commons"), QStringLiteral("Bad Id")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        p.start(cli, {QStringLiteral("publish"), demoDir()});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
    }
};

QTEST_GUILESS_MAIN(TstPublish)
#include "tst_publish.moc"
