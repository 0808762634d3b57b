// Sync at national scale: generates the synthetic commons (500 organisations x 250 services
// x 8 bricks by default), then measures a cold sync against the single-threaded floor
// (alternating, `--repeat` times, each into a fresh cache), a re-sync with nothing new, a
// re-sync after one organisation changed, two one-capability bricks.json changes (a
// capability's layer; a brick moved to another capability), the main queries, and peak memory.
//   bench_sync [--orgs N] [--services N] [--bricks N] [--dir DIR] [--repeat N]
#include "bench/commonsgenerator.h"
#include "core/analysis/valuerankstore.h"
#include "core/cache/cache.h"
#include "core/cache/cachewriter.h"
#include "core/commons/commonsreader.h"
#include "core/sync/syncer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

#include <sys/resource.h>

using namespace livedna;

namespace {

double peakRssMb()
{
    struct rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

double cpuSeconds()
{
    struct rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double threadCpuSeconds()
{
    struct rusage usage = {};
    getrusage(RUSAGE_THREAD, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Serves a folder over HTTP/1.1 (keep-alive) from its own thread, so the sync's event loop
// on the main thread is measured against a server that is not competing for it.
class FolderServer
{
public:
    explicit FolderServer(QString root) : m_root(std::move(root)) {}
    ~FolderServer()
    {
        if (m_thread) {
            QMetaObject::invokeMethod(m_loop, [loop = m_loop]() { loop->quit(); }, Qt::QueuedConnection);
            m_thread->wait();
            delete m_thread;
        }
    }
    quint16 start()
    {
        m_thread = QThread::create([this]() {
            QEventLoop loop;
            QTcpServer server;
            m_loop = &loop;
            if (server.listen(QHostAddress::LocalHost, 0))
                m_port = server.serverPort();
            QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server]() {
                while (QTcpSocket *socket = server.nextPendingConnection()) {
                    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                    QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket]() {
                        QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
                        int end;
                        while ((end = int(buffer.indexOf("\r\n\r\n"))) >= 0) {
                            const QList<QByteArray> line = buffer.left(buffer.indexOf("\r\n")).split(' ');
                            buffer.remove(0, end + 4);
                            QFile f(m_root + QString::fromUtf8(line.value(1)));
                            const bool ok = !line.value(1).contains("..") && f.open(QIODevice::ReadOnly);
                            const QByteArray body = ok ? f.readAll() : QByteArray("not found");
                            socket->write((ok ? "HTTP/1.1 200 OK\r\n" : "HTTP/1.1 404 Not Found\r\n")
                                          + QByteArray("Content-Length: ") + QByteArray::number(body.size())
                                          + "\r\n\r\n" + body);
                        }
                        socket->setProperty("buffer", buffer);
                    });
                }
            });
            m_ready.release();
            loop.exec();
        });
        m_thread->start();
        m_ready.acquire();
        return m_port;
    }

private:
    QString m_root;
    QThread *m_thread = nullptr;
    QEventLoop *m_loop = nullptr;
    QSemaphore m_ready;
    quint16 m_port = 0;
};

} // namespace

namespace {

struct Timing
{
    qint64 wallMs = -1; // -1: failed
    double cpuS = 0.0;  // every thread
    double mainCpuS = 0.0; // the calling (inserting) thread
};

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2)
                                       : QStringLiteral("unknown");
}

QString cpuText(const Timing &t)
{
    return QString::number(t.cpuS, 'f', 2) + QStringLiteral(" s CPU of which ") + QString::number(t.mainCpuS, 'f', 2)
           + QStringLiteral(" s on the inserting thread");
}

// Issue 12's yardstick: the least any sync must do, single-threaded and with nothing else:
// read each file, check its length and hash, parse it, insert its rows with the cache's own
// prepared statements (the organisation's analysis summary goes in with them, and the
// capability index is built at commit, as in the sync), rank the services for the stored
// value ranking as every sync that writes organisations does, all in one transaction. The
// real sync adds the index checks, the incremental plan, progress and cancellation, and
// parses on worker threads.
Status floorWrite(const QString &commonsDir, Cache &cache, qint64 *rankingMs)
{
    const auto readAll = [&](const QString &relative) {
        QFile f(QDir(commonsDir).filePath(relative));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QByteArray indexBytes = readAll(QStringLiteral("index.json"));
    const Result<CommonsIndex> index = CommonsReader::readIndex(indexBytes, QStringLiteral("index.json"));
    if (!index.ok())
        return Status::failure(index.errorString());
    const IndexEntry *bricksEntry = index.value().bricksEntry();
    Result<Catalogue> catalogue = CommonsReader::readBricks(readAll(bricksEntry->path), bricksEntry->path);
    if (!catalogue.ok())
        return Status::failure(catalogue.errorString());
    catalogue.value().reindex();
    CacheWriter writer(cache.database());
    Status st = writer.begin();
    if (st) // as the sync does for a commons new to the cache
        st = writer.deferCapabilityIndex();
    const Result<qint64> ref = writer.upsertCommons(index.value(), commonsDir, CommonsReader::sha256Hex(indexBytes),
                                                    QDateTime::currentDateTimeUtc());
    if (!ref.ok())
        return Status::failure(ref.errorString());
    if (st)
        st = writer.replaceCatalogue(ref.value(), catalogue.value());
    for (const IndexEntry &e : index.value().documents) {
        if (!st || e.type != DocumentType::Organisation)
            continue;
        const QByteArray bytes = readAll(e.path);
        if (!CommonsReader::checkDocumentBytes(bytes, e, e.path).isEmpty())
            return Status::failure(e.path + QStringLiteral(": hash"));
        const Result<Organisation> org = CommonsReader::readOrganisation(bytes, e.path, catalogue.value(), e);
        st = org.ok() ? writer.insertOrganisation(ref.value(), org.value(), catalogue.value(), e.path)
                      : Status::failure(org.errorString());
    }
    if (st)
        st = writer.replaceDocuments(ref.value(), index.value().documents);
    QElapsedTimer ranking;
    ranking.start();
    if (st)
        st = ValueRankStore::rebuild(cache.database(), ref.value());
    *rankingMs = ranking.elapsed();
    return st ? writer.commit() : st;
}

Timing floorSync(const QString &commonsDir, const QString &cachePath, qint64 *rankingMs, QTextStream &out)
{
    Timing t;
    QElapsedTimer clock;
    clock.start();
    const double cpu0 = cpuSeconds();
    const double main0 = threadCpuSeconds();
    Cache cache;
    Status st = cache.open(cachePath);
    if (st)
        st = floorWrite(commonsDir, cache, rankingMs);
    if (!st) {
        out << "floor: FAILED " << st.error << '\n';
        return t;
    }
    t.wallMs = clock.elapsed();
    t.cpuS = cpuSeconds() - cpu0;
    t.mainCpuS = threadCpuSeconds() - main0;
    return t;
}

Timing timedSync(Cache &cache, const QString &source, const char *label, QTextStream &out)
{
    Timing t;
    Syncer syncer(&cache);
    QElapsedTimer clock;
    clock.start();
    const double cpu0 = cpuSeconds();
    const double main0 = threadCpuSeconds();
    const Result<SyncReport> r = syncer.run(source);
    const qint64 ms = clock.elapsed();
    if (!r.ok()) {
        out << label << ": FAILED\n" << r.errorString() << '\n';
        return t;
    }
    t = {ms, cpuSeconds() - cpu0, threadCpuSeconds() - main0};
    // CPU time too: on a shared machine the wall clock also measures the neighbours.
    // The inserting thread and the parsing workers overlap, so on an otherwise idle
    // machine the wall time is about max(inserting thread, total CPU / cores).
    out << label << ": " << ms << " ms wall, " << cpuText(t) << " (" << r.value().documentsFetched << " documents, "
        << QString::number(double(r.value().bytesFetched) / 1e6, 'f', 1) << " MB"
        << (r.value().nothingNew ? ", nothing new" : "") << "; load average " << loadAverage() << ")\n";
    out.flush();
    return t;
}

qint64 median(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : v.at(v.size() / 2);
}

QString ratioText(qint64 a, qint64 b)
{
    return b > 0 ? QString::number(double(a) / double(b), 'f', 2) : QStringLiteral("?");
}

// The cold sync and the floor, `repeat` times each, alternating which goes first, each into
// a fresh cache file: neither gains from running second (warm allocator, page cache). The
// cache of the last cold sync is left at `keepPath` for the re-syncs.
bool compareWithFloor(const QString &commonsDir, const QString &workDir, int repeat, qint64 bytes, qint64 instances,
                      const QString &keepPath, QTextStream &out)
{
    QList<qint64> colds, floors;
    for (int run = 0; run < repeat; ++run) {
        const QString coldPath = run + 1 == repeat ? keepPath : workDir + QStringLiteral("/cold-%1.sqlite").arg(run);
        const QString floorPath = workDir + QStringLiteral("/floor-%1.sqlite").arg(run);
        Timing cold, floor;
        qint64 rankingMs = 0;
        const auto runCold = [&]() {
            Cache cache;
            if (cache.open(coldPath))
                cold = timedSync(cache, commonsDir, "cold sync", out);
        };
        const auto runFloor = [&]() {
            floor = floorSync(commonsDir, floorPath, &rankingMs, out);
            out << "single-threaded floor (read, hash, parse, insert, rank; one transaction): " << floor.wallMs
                << " ms wall, " << cpuText(floor) << ", of which ranking " << rankingMs << " ms; load average "
                << loadAverage() << "\n";
        };
        if (run % 2 == 0) {
            runCold();
            runFloor();
        } else {
            runFloor();
            runCold();
        }
        if (cold.wallMs < 0 || floor.wallMs < 0)
            return false;
        if (run == 0) {
            out << "  throughput: " << QString::number(double(bytes) / 1e6 / (cold.wallMs / 1000.0), 'f', 1) << " MB/s, "
                << QString::number(double(instances) / (cold.wallMs / 1000.0), 'f', 0) << " instances/s\n";
            out << "  cache file: " << QString::number(QFileInfo(coldPath).size() / 1e6, 'f', 1) << " MB\n";
            out << "  peak RSS after cold sync and floor: " << QString::number(peakRssMb(), 'f', 0) << " MB\n";
        }
        out << "  run " << run + 1 << ": cold sync / floor: " << ratioText(cold.wallMs, floor.wallMs) << " (wall), "
            << QString::number(cold.mainCpuS / floor.mainCpuS, 'f', 2) << " (inserting thread CPU / floor CPU)\n";
        out.flush();
        colds << cold.wallMs;
        floors << floor.wallMs;
        for (const QString &path : {floorPath, run + 1 == repeat ? QString() : coldPath}) {
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(path + QLatin1String(suffix));
        }
    }
    out << "cold sync: best " << *std::min_element(colds.cbegin(), colds.cend()) << " ms, median " << median(colds)
        << " ms; floor: best " << *std::min_element(floors.cbegin(), floors.cend()) << " ms, median " << median(floors)
        << " ms\n  cold sync / floor: " << ratioText(*std::min_element(colds.cbegin(), colds.cend()),
                                                    *std::min_element(floors.cbegin(), floors.cend()))
        << " (best), " << ratioText(median(colds), median(floors)) << " (median)\n";
    out.flush();
    return true;
}

// bricks.json with one edit, at a new version of the index.
void changeBricks(const QString &commonsDir, QList<bench::GeneratedDocument> &docs, const bench::SyntheticCatalogue &c,
                  qint64 version)
{
    const QByteArray bricks = bench::bricksDocument(c);
    bench::writeBytes(QDir(commonsDir).filePath(QStringLiteral("bricks.json")), bricks);
    docs[0] = bench::describe(QStringLiteral("bricks.json"), QString(), bricks);
    bench::writeIndex(commonsDir, docs, version);
}

// Re-syncs against the cache of a cold sync: nothing new, one organisation, then two
// one-capability catalogue changes (issue 12: each applied in well under a second).
bool resyncs(Cache &cache, const QString &commonsDir, QList<bench::GeneratedDocument> &docs,
             const bench::GeneratorOptions &o, QTextStream &out)
{
    if (timedSync(cache, commonsDir, "re-sync, nothing new", out).wallMs < 0)
        return false;
    // One organisation changes: its document and the index, nothing else.
    const int changed = o.organisations / 2;
    bench::SyntheticCatalogue catalogue = bench::syntheticCatalogue();
    const QByteArray doc = bench::organisationDocument(catalogue, o, changed, 1);
    bench::writeBytes(QDir(commonsDir).filePath(docs[changed + 1].path), doc);
    docs[changed + 1] = bench::describe(docs[changed + 1].path, docs[changed + 1].org, doc);
    bench::writeIndex(commonsDir, docs, 2);
    if (timedSync(cache, commonsDir, "re-sync, one organisation changed", out).wallMs < 0)
        return false;
    // One capability becomes frontline: its instances (in about a third of the services)
    // change layer, so their services' and organisations' splits and its summary rows change.
    catalogue.layers[0] = QStringLiteral("frontline");
    changeBricks(commonsDir, docs, catalogue, 3);
    if (timedSync(cache, commonsDir, "bricks.json change, one capability's layer", out).wallMs < 0)
        return false;
    // One standard brick moves to a capability of the other layer: its instances change
    // capability and layer, and every organisation using it has its summary rebuilt.
    catalogue.brickCapability[1] = int(catalogue.capabilities.indexOf(QStringLiteral("eligibility")));
    changeBricks(commonsDir, docs, catalogue, 4);
    return timedSync(cache, commonsDir, "bricks.json change, one brick moved to another capability", out).wallMs >= 0;
}

void queries(const Cache &cache, const QString &code, QTextStream &out)
{
    QElapsedTimer q;
    q.start();
    const QList<OrgSummary> orgs = cache.organisations();
    out << "query organisations(): " << orgs.size() << " rows in " << q.elapsed() << " ms\n";
    q.restart();
    const auto org = cache.organisation(code);
    out << "query organisation(" << code << "): " << (org ? org->services.size() : 0) << " services in " << q.elapsed()
        << " ms\n";
    q.restart();
    const auto services = cache.services(code);
    out << "query services(): " << services.size() << " rows in " << q.elapsed() << " ms\n";
    out << "peak RSS: " << QString::number(peakRssMb(), 'f', 0) << " MB\n";
    out.flush();
}

// The same commons, cold, over HTTP from 127.0.0.1 into a second cache.
int httpSync(const QString &commonsDir, const QString &cachePath, QTextStream &out)
{
    FolderServer server(commonsDir);
    const quint16 port = server.start();
    Cache httpCache;
    if (!port || !httpCache.open(cachePath)) {
        out << "cannot start the HTTP server or open the cache\n";
        return 3;
    }
    Syncer syncer(&httpCache);
    QElapsedTimer clock;
    clock.start();
    const double cpu0 = cpuSeconds();
    const Result<SyncReport> r = syncer.run(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    const qint64 ms = clock.elapsed();
    if (!r.ok()) {
        out << "cold sync over HTTP: FAILED\n" << r.errorString() << '\n';
        return 2;
    }
    out << "cold sync over HTTP (127.0.0.1): " << ms << " ms wall, " << QString::number(cpuSeconds() - cpu0, 'f', 2)
        << " s CPU (server included), " << QString::number(double(r.value().bytesFetched) / 1e6 / (ms / 1000.0), 'f', 1)
        << " MB/s\n";
    out << "peak RSS: " << QString::number(peakRssMb(), 'f', 0) << " MB\n";
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    bench::GeneratorOptions o;
    QString dirArg;
    int repeat = 1;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--orgs"))
            o.organisations = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--services"))
            o.services = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--bricks"))
            o.bricksPerService = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--dir"))
            dirArg = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--repeat"))
            repeat = std::max(1, args.at(i + 1).toInt());
    }
    QTemporaryDir tmp(dirArg.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench_sync-XXXXXX")
                                       : dirArg + QStringLiteral("/bench_sync-XXXXXX"));
    if (!tmp.isValid()) {
        out << "cannot create a temporary folder\n";
        return 3;
    }
    const QString commonsDir = tmp.filePath(QStringLiteral("commons"));
    const QString cachePath = tmp.filePath(QStringLiteral("cache.sqlite"));
    QElapsedTimer t;
    t.start();
    QList<bench::GeneratedDocument> docs;
    const qint64 bytes = bench::generateCommons(commonsDir, o, {}, &docs);
    if (bytes < 0) {
        out << "cannot write the commons\n";
        return 3;
    }
    const qint64 instances = qint64(o.organisations) * o.services * o.bricksPerService;
    out << "commons: " << o.organisations << " orgs x " << o.services << " services x " << o.bricksPerService
        << " bricks = " << instances << " brick instances, " << QString::number(double(bytes) / 1e6, 'f', 1)
        << " MB of JSON (generated in " << t.elapsed() << " ms)\n";
    out.flush();
    if (!compareWithFloor(commonsDir, tmp.path(), repeat, bytes, instances, cachePath, out))
        return 2;
    {
        Cache cache;
        const Status st = cache.open(cachePath);
        if (!st) {
            out << st.error << '\n';
            return 3;
        }
        if (!resyncs(cache, commonsDir, docs, o, out))
            return 2;
        queries(cache, bench::orgCode(o.organisations / 2), out);
    }
    return httpSync(commonsDir, tmp.filePath(QStringLiteral("http-cache.sqlite")), out);
}
