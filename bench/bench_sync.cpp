// Sync at national scale: generates the synthetic commons (500 organisations x 250 services
// x 8 bricks by default), then measures a cold sync, a re-sync with nothing new, a re-sync
// after one organisation changed, a re-sync after bricks.json changed (every instance's
// layer is re-derived), the main queries, and peak memory.
//   bench_sync [--orgs N] [--services N] [--bricks N] [--dir DIR]
#include "bench/commonsgenerator.h"
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

// Issue 12's yardstick: the least any sync must do, single-threaded and with nothing else:
// read each file, check its length and hash, parse it, insert its rows with the cache's own
// prepared statements, all in one transaction. The real sync adds the index checks, the
// incremental plan, progress and cancellation, and parses on worker threads.
static qint64 floorSync(const QString &commonsDir, const QString &cachePath, QTextStream &out)
{
    QElapsedTimer clock;
    clock.start();
    const auto readAll = [&](const QString &relative) {
        QFile f(QDir(commonsDir).filePath(relative));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QByteArray indexBytes = readAll(QStringLiteral("index.json"));
    const Result<CommonsIndex> index = CommonsReader::readIndex(indexBytes, QStringLiteral("index.json"));
    Cache cache;
    if (!index.ok() || !cache.open(cachePath)) {
        out << "floor: cannot read the index or open the cache\n";
        return -1;
    }
    const IndexEntry *bricksEntry = index.value().bricksEntry();
    const Result<Catalogue> catalogue = CommonsReader::readBricks(readAll(bricksEntry->path), bricksEntry->path);
    CacheWriter writer(cache.database());
    Status st = writer.begin();
    const Result<qint64> ref = writer.upsertCommons(index.value(), commonsDir, CommonsReader::sha256Hex(indexBytes),
                                                    QDateTime::currentDateTimeUtc());
    if (st && ref.ok())
        st = writer.replaceCatalogue(ref.value(), catalogue.value());
    for (const IndexEntry &e : index.value().documents) {
        if (!st || !ref.ok() || e.type != DocumentType::Organisation)
            continue;
        const QByteArray bytes = readAll(e.path);
        if (!CommonsReader::checkDocumentBytes(bytes, e, e.path).isEmpty()) {
            st = Status::failure(e.path + QStringLiteral(": hash"));
            break;
        }
        const Result<Organisation> org = CommonsReader::readOrganisation(bytes, e.path, catalogue.value(), e);
        st = org.ok() ? writer.insertOrganisation(ref.value(), org.value(), catalogue.value(), e.path)
                      : Status::failure(org.errorString());
    }
    if (st && ref.ok())
        st = writer.replaceDocuments(ref.value(), index.value().documents);
    if (st)
        st = writer.commit();
    if (!st || !ref.ok()) {
        out << "floor: FAILED " << st.error << '\n';
        return -1;
    }
    return clock.elapsed();
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    bench::GeneratorOptions o;
    QString dirArg;
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

    Cache cache;
    const Status st = cache.open(cachePath);
    if (!st) {
        out << st.error << '\n';
        return 3;
    }
    const auto runSync = [&](const char *label) -> qint64 {
        Syncer syncer(&cache);
        QElapsedTimer clock;
        clock.start();
        const double cpu0 = cpuSeconds();
        const double main0 = threadCpuSeconds();
        const Result<SyncReport> r = syncer.run(commonsDir);
        const qint64 ms = clock.elapsed();
        const double cpu = cpuSeconds() - cpu0;
        const double mainCpu = threadCpuSeconds() - main0;
        if (!r.ok()) {
            out << label << ": FAILED\n" << r.errorString() << '\n';
            return -1;
        }
        // CPU time too: on a shared machine the wall clock also measures the neighbours.
        // The inserting thread and the parsing workers overlap, so on an otherwise idle
        // machine the wall time is about max(inserting thread, total CPU / cores).
        out << label << ": " << ms << " ms wall, " << QString::number(cpu, 'f', 2) << " s CPU of which "
            << QString::number(mainCpu, 'f', 2) << " s on the inserting thread (" << r.value().documentsFetched << " documents, "
            << QString::number(double(r.value().bytesFetched) / 1e6, 'f', 1) << " MB"
            << (r.value().nothingNew ? ", nothing new" : "") << ")\n";
        out.flush();
        return ms;
    };

    const qint64 cold = runSync("cold sync");
    if (cold < 0)
        return 2;
    out << "  throughput: " << QString::number(double(bytes) / 1e6 / (cold / 1000.0), 'f', 1) << " MB/s, "
        << QString::number(double(instances) / (cold / 1000.0), 'f', 0) << " instances/s\n";
    out << "  cache file: " << QString::number(QFileInfo(cachePath).size() / 1e6, 'f', 1) << " MB\n";
    out << "  peak RSS after cold sync: " << QString::number(peakRssMb(), 'f', 0) << " MB\n";
    const qint64 floor = floorSync(commonsDir, tmp.filePath(QStringLiteral("floor.sqlite")), out);
    if (floor > 0) {
        out << "single-threaded floor (read, hash, parse, insert; one transaction): " << floor << " ms\n";
        out << "  cold sync / floor: " << QString::number(double(cold) / double(floor), 'f', 2) << "\n";
    }
    out.flush();

    if (runSync("re-sync, nothing new") < 0)
        return 2;

    // One organisation changes: its document and the index, nothing else.
    const int changed = o.organisations / 2;
    const bench::SyntheticCatalogue catalogue = bench::syntheticCatalogue();
    const QByteArray doc = bench::organisationDocument(catalogue, o, changed, 1);
    bench::writeBytes(QDir(commonsDir).filePath(docs[changed + 1].path), doc);
    docs[changed + 1] = bench::describe(docs[changed + 1].path, docs[changed + 1].org, doc);
    bench::writeIndex(commonsDir, docs, 2);
    if (runSync("re-sync, one organisation changed") < 0)
        return 2;

    // bricks.json changes: every unchanged instance's capability and layer are re-derived.
    bench::SyntheticCatalogue changedCatalogue = catalogue;
    changedCatalogue.layers[0] = QStringLiteral("frontline");
    const QByteArray bricks = bench::bricksDocument(changedCatalogue);
    bench::writeBytes(QDir(commonsDir).filePath(QStringLiteral("bricks.json")), bricks);
    docs[0] = bench::describe(QStringLiteral("bricks.json"), QString(), bricks);
    bench::writeIndex(commonsDir, docs, 3);
    if (runSync("re-sync, bricks.json changed") < 0)
        return 2;

    QElapsedTimer q;
    q.start();
    const QList<OrgSummary> orgs = cache.organisations();
    out << "query organisations(): " << orgs.size() << " rows in " << q.elapsed() << " ms\n";
    q.restart();
    const auto org = cache.organisation(bench::orgCode(changed));
    out << "query organisation(" << bench::orgCode(changed) << "): " << (org ? org->services.size() : 0)
        << " services in " << q.elapsed() << " ms\n";
    q.restart();
    const auto services = cache.services(bench::orgCode(changed));
    out << "query services(): " << services.size() << " rows in " << q.elapsed() << " ms\n";
    out << "peak RSS: " << QString::number(peakRssMb(), 'f', 0) << " MB\n";
    out.flush();

    // The same commons, cold, over HTTP from 127.0.0.1 into a second cache.
    cache.close();
    FolderServer server(commonsDir);
    const quint16 port = server.start();
    Cache httpCache;
    if (!port || !httpCache.open(tmp.filePath(QStringLiteral("http-cache.sqlite")))) {
        out << "cannot start the HTTP server or open the cache\n";
        return 3;
    }
    {
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
        out << "cold sync over HTTP (127.0.0.1): " << ms << " ms wall, "
            << QString::number(cpuSeconds() - cpu0, 'f', 2) << " s CPU (server included), "
            << QString::number(double(r.value().bytesFetched) / 1e6 / (ms / 1000.0), 'f', 1) << " MB/s\n";
        out << "peak RSS: " << QString::number(peakRssMb(), 'f', 0) << " MB\n";
    }
    return 0;
}
