// livedna-cli end to end: the real binary, a real SQLite cache in a temporary folder, a real
// HTTP server on 127.0.0.1. Expected figures are computed here straight from the demo JSON,
// not through the reader, the cache or measures.h.

#include "tests/support/clirunner.h"
#include "tests/support/testenv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <cmath>
#include <optional>

using namespace livedna::test;

namespace {

// A static-file HTTP/1.1 server with its own event loop on its own thread, so it answers
// while the test blocks on the CLI process. It records the path of every request it gets.
class FileServer : public QThread
{
public:
    explicit FileServer(QString root) : m_root(std::move(root)) {}
    ~FileServer() override
    {
        quit();
        wait();
    }

    quint16 startServing()
    {
        start();
        m_ready.acquire();
        return m_port;
    }
    QStringList requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }
    void clearRequests()
    {
        QMutexLocker lock(&m_mutex);
        m_requests.clear();
    }

protected:
    void run() override
    {
        QTcpServer server;
        if (server.listen(QHostAddress::LocalHost, 0))
            m_port = server.serverPort();
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { onReadyRead(socket); });
            }
        });
        m_ready.release();
        if (m_port)
            exec();
    }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray request = socket->property("buffer").toByteArray() + socket->readAll();
        socket->setProperty("buffer", request);
        const int end = int(request.indexOf("\r\n\r\n"));
        if (end < 0)
            return;
        socket->setProperty("buffer", request.mid(end + 4));
        const QList<QByteArray> words = request.left(request.indexOf("\r\n")).split(' ');
        QString path = words.size() >= 2 ? QUrl::fromPercentEncoding(words.at(1)) : QString();
        path = path.section(QLatin1Char('?'), 0, 0);
        {
            QMutexLocker lock(&m_mutex);
            m_requests.append(path);
        }
        QByteArray body;
        QByteArray status = "404 Not Found";
        if (!path.contains(QLatin1String(".."))) {
            QFile f(m_root + path);
            if (QFileInfo(f).isFile() && f.open(QIODevice::ReadOnly)) {
                body = f.readAll();
                status = "200 OK";
            }
        }
        socket->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QString m_root;
    QSemaphore m_ready;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QStringList m_requests;
};

struct Expected
{
    QString code;
    QString name;
    QString kind;
    double total = 0, frontline = 0, overhead = 0;
    std::optional<double> reported;
    struct Svc
    {
        QString id, name;
        double total = 0, frontline = 0, overhead = 0;
        std::optional<double> reported;
        int bricks = 0, bespoke = 0;
    };
    QList<Svc> services;
};

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

bool writeJson(const QString &path, const QJsonObject &obj)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(QJsonDocument(obj).toJson()) > 0;
}

// The spec's measures, written out again from the JSON on purpose.
QMap<QString, Expected> expectedFromDemo(const QString &dir)
{
    const QJsonObject bricks = readJson(dir + QStringLiteral("/bricks.json"));
    QHash<QString, QString> layerOfCap, capOfBrick;
    for (const QJsonValue &c : bricks.value(QStringLiteral("capabilities")).toArray())
        layerOfCap.insert(c[QStringLiteral("id")].toString(), c[QStringLiteral("layer")].toString());
    for (const QJsonValue &b : bricks.value(QStringLiteral("bricks")).toArray())
        capOfBrick.insert(b[QStringLiteral("id")].toString(), b[QStringLiteral("capability")].toString());

    QMap<QString, Expected> result;
    const QJsonObject index = readJson(dir + QStringLiteral("/index.json"));
    for (const QJsonValue &d : index.value(QStringLiteral("documents")).toArray()) {
        if (d[QStringLiteral("type")].toString() != QLatin1String("organisation"))
            continue;
        const QJsonObject doc = readJson(dir + QLatin1Char('/') + d[QStringLiteral("path")].toString());
        const QJsonObject org = doc.value(QStringLiteral("organisation")).toObject();
        Expected e;
        e.code = org.value(QStringLiteral("code")).toString();
        e.name = org.value(QStringLiteral("name")).toString();
        e.kind = org.value(QStringLiteral("kind")).toString();
        for (const QJsonValue &sv : doc.value(QStringLiteral("services")).toArray()) {
            Expected::Svc s;
            s.id = sv[QStringLiteral("id")].toString();
            s.name = sv[QStringLiteral("name")].toString();
            if (sv.toObject().contains(QStringLiteral("reported_cost_gbp")))
                s.reported = sv[QStringLiteral("reported_cost_gbp")].toDouble();
            for (const QJsonValue &b : sv[QStringLiteral("bricks")].toArray()) {
                const double cost = b[QStringLiteral("annual_cost_gbp")].toDouble();
                const QString uses = b[QStringLiteral("uses")].toString();
                const QString cap = uses.isEmpty() ? b[QStringLiteral("capability")].toString() : capOfBrick.value(uses);
                s.total += cost;
                (layerOfCap.value(cap) == QLatin1String("frontline") ? s.frontline : s.overhead) += cost;
                ++s.bricks;
                if (uses.isEmpty())
                    ++s.bespoke;
            }
            e.total += s.total;
            e.frontline += s.frontline;
            e.overhead += s.overhead;
            if (s.reported)
                e.reported = e.reported.value_or(0.0) + *s.reported;
            e.services.append(s);
        }
        result.insert(e.code, e);
    }
    return result;
}

bool near(double a, double b)
{
    return std::abs(a - b) < 0.005;
}

QString fmt(double v)
{
    return QString::number(v, 'f', 2);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_demoDir; // a plain copy of the bundled demo commons
    QMap<QString, Expected> m_expected;
    int m_counter = 0;

    QString freshCache() { return m_tmp.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_counter)); }
    QString copyOfDemo()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("commons-%1").arg(++m_counter));
        if (!copyTree(m_demoDir, dir))
            return {};
        return dir;
    }
    QString syncedCache()
    {
        const QString cache = freshCache();
        const CliRun r = runCli(cache, {QStringLiteral("sync"), QStringLiteral("demo")});
        if (r.exitCode != 0)
            qWarning().noquote() << r.describe();
        return cache;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!cliPath().isEmpty() && QFileInfo(cliPath()).isExecutable(),
                 "LIVEDNA_CLI must name the built livedna-cli (ctest sets it)");
        QVERIFY(m_tmp.isValid());
        m_demoDir = m_tmp.filePath(QStringLiteral("demo"));
        QVERIFY(copyTree(QStringLiteral(":/demo"), m_demoDir));
        m_expected = expectedFromDemo(m_demoDir);
        QVERIFY(m_expected.size() >= 12);
    }

    void globalHelp()
    {
        const CliRun r = runCli({}, {QStringLiteral("--help")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        for (const char *cmd : {"sync", "validate", "orgs", "show"})
            QVERIFY2(r.out.contains(QLatin1String("  ") + QLatin1String(cmd)), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("Exit codes")));
    }

    void commandHelp_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("flag");
        for (const char *cmd : {"sync", "validate", "orgs", "show"}) {
            QTest::newRow(QByteArray(cmd).append(" --help").constData()) << QString::fromLatin1(cmd) << QStringLiteral("--help");
            QTest::newRow(QByteArray(cmd).append(" -h").constData()) << QString::fromLatin1(cmd) << QStringLiteral("-h");
        }
    }
    void commandHelp()
    {
        QFETCH(QString, command);
        QFETCH(QString, flag);
        const CliRun r = runCli(freshCache(), {command, flag});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.startsWith(QLatin1String("Usage: livedna-cli ") + command), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("--help")), qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("--cache without file") << QStringList{QStringLiteral("--cache")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("orgs"), QStringLiteral("--bogus")};
        QTest::newRow("orgs with argument") << QStringList{QStringLiteral("orgs"), QStringLiteral("extra")};
        QTest::newRow("show without org") << QStringList{QStringLiteral("show")};
        QTest::newRow("sync without source") << QStringList{QStringLiteral("sync")};
        QTest::newRow("sync two sources") << QStringList{QStringLiteral("sync"), QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("sync unknown scheme") << QStringList{QStringLiteral("sync"), QStringLiteral("gopher://x/")};
        QTest::newRow("validate without path") << QStringList{QStringLiteral("validate")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        // --cache goes first so that "--cache without file" really lacks its value.
        QStringList full = args;
        if (args != QStringList{QStringLiteral("--cache")})
            full.prepend(freshCache()), full.prepend(QStringLiteral("--cache"));
        const CliRun r = runCli({}, full);
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(!r.err.isEmpty(), "a usage error explains itself on stderr");
    }

    void syncDemoReportsWhatChanged()
    {
        const QString cache = freshCache();
        CliRun r = runCli(cache, {QStringLiteral("sync"), QStringLiteral("demo")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QLatin1String("livedna-demo")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("illustrative")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("Version: new -> 1")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Added: %1").arg(m_expected.size() + 1)), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("bricks.json")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("orgs/E06000023.json (Bristol, City of)")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("Removed: 0")), qPrintable(r.out));
        // stderr is a pipe here: progress comes as plain lines, never carriage returns.
        QVERIFY2(r.err.contains(QLatin1String("sync:")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1Char('\r')), qPrintable(r.err));
        QVERIFY(QFileInfo::exists(cache));

        r = runCli(cache, {QStringLiteral("sync"), QStringLiteral("demo")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QLatin1String("Nothing new")), qPrintable(r.out));

        r = runCli(cache, {QStringLiteral("sync"), QStringLiteral("--quiet"), QStringLiteral("demo")});
        QVERIFY2(r.exitCode == 0 && !r.err.contains(QLatin1String("sync:")), qPrintable(r.describe()));
    }

    void cacheFromEnvironment()
    {
        const QString cache = freshCache();
        QProcessEnvironment env;
        env.insert(QStringLiteral("LIVEDNA_CACHE"), cache);
        // runCli removes LIVEDNA_CACHE from the inherited environment, then adds ours back.
        const CliRun r = runCli({}, {QStringLiteral("sync"), QStringLiteral("demo")}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(QFileInfo::exists(cache));
    }

    void orgsJsonHasTheFields()
    {
        const QString cache = syncedCache();
        const CliRun r = runCli(cache, {QStringLiteral("orgs"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.rawOut, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(doc.isArray());
        const QJsonArray orgs = doc.array();
        QCOMPARE(orgs.size(), m_expected.size());
        QSet<QString> seen;
        for (const QJsonValue &v : orgs) {
            const QJsonObject o = v.toObject();
            for (const char *f : {"code", "name", "kind"})
                QVERIFY2(o.value(QLatin1String(f)).isString(), f);
            for (const char *f : {"services", "total_gbp", "frontline_gbp", "overhead_gbp"})
                QVERIFY2(o.value(QLatin1String(f)).isDouble(), f);
            const QString code = o.value(QStringLiteral("code")).toString();
            QVERIFY2(m_expected.contains(code), qPrintable(code));
            const Expected &e = m_expected.value(code);
            seen.insert(code);
            QCOMPARE(o.value(QStringLiteral("name")).toString(), e.name);
            QCOMPARE(o.value(QStringLiteral("kind")).toString(), e.kind);
            QCOMPARE(o.value(QStringLiteral("services")).toInt(), int(e.services.size()));
            QVERIFY2(near(o.value(QStringLiteral("total_gbp")).toDouble(), e.total), qPrintable(code));
            QVERIFY2(near(o.value(QStringLiteral("frontline_gbp")).toDouble(), e.frontline), qPrintable(code));
            QVERIFY2(near(o.value(QStringLiteral("overhead_gbp")).toDouble(), e.overhead), qPrintable(code));
        }
        QCOMPARE(seen.size(), m_expected.size());
        int nhs = 0;
        for (const Expected &e : m_expected)
            nhs += e.kind == QLatin1String("nhs-trust");
        QVERIFY(nhs >= 2);
    }

    void orgsTextIsATable()
    {
        const QString cache = syncedCache();
        const CliRun r = runCli(cache, {QStringLiteral("orgs")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), m_expected.size() + 1);
        QVERIFY(lines.at(0).startsWith(QLatin1String("CODE")));
        // Columns line up: every row puts its name where the header's NAME starts.
        const int nameCol = int(lines.at(0).indexOf(QLatin1String("NAME")));
        for (const Expected &e : m_expected) {
            const auto it = std::find_if(lines.cbegin(), lines.cend(),
                                         [&](const QString &l) { return l.startsWith(e.code + QLatin1Char(' ')); });
            QVERIFY2(it != lines.cend(), qPrintable(e.code));
            QCOMPARE(it->mid(nameCol, e.name.size()), e.name);
        }
    }

    void showJsonEqualsIndependentSums()
    {
        const QString cache = syncedCache();
        for (const Expected &e : std::as_const(m_expected)) {
            const CliRun r = runCli(cache, {QStringLiteral("show"), e.code, QStringLiteral("--json")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
            const QJsonObject o = r.json().object();
            QCOMPARE(o.value(QStringLiteral("code")).toString(), e.code);
            QCOMPARE(o.value(QStringLiteral("name")).toString(), e.name);
            QCOMPARE(o.value(QStringLiteral("kind")).toString(), e.kind);
            QVERIFY2(near(o.value(QStringLiteral("total_gbp")).toDouble(), e.total),
                     qPrintable(e.code + QLatin1Char(' ') + fmt(e.total)));
            QVERIFY2(near(o.value(QStringLiteral("frontline_gbp")).toDouble(), e.frontline), qPrintable(e.code));
            QVERIFY2(near(o.value(QStringLiteral("overhead_gbp")).toDouble(), e.overhead), qPrintable(e.code));
            const QJsonValue rep = o.value(QStringLiteral("reported_gbp"));
            if (e.reported)
                QVERIFY2(rep.isDouble() && near(rep.toDouble(), *e.reported), qPrintable(e.code));
            else
                QVERIFY2(rep.isNull(), qPrintable(e.code));

            const QJsonArray services = o.value(QStringLiteral("services")).toArray();
            QCOMPARE(services.size(), e.services.size());
            QHash<QString, QJsonObject> byId;
            for (const QJsonValue &v : services)
                byId.insert(v[QStringLiteral("id")].toString(), v.toObject());
            for (const Expected::Svc &s : e.services) {
                const QString where = e.code + QLatin1Char('/') + s.id;
                QVERIFY2(byId.contains(s.id), qPrintable(where));
                const QJsonObject so = byId.value(s.id);
                QCOMPARE(so.value(QStringLiteral("name")).toString(), s.name);
                QVERIFY2(near(so.value(QStringLiteral("total_gbp")).toDouble(), s.total), qPrintable(where));
                QVERIFY2(near(so.value(QStringLiteral("frontline_gbp")).toDouble(), s.frontline), qPrintable(where));
                QVERIFY2(near(so.value(QStringLiteral("overhead_gbp")).toDouble(), s.overhead), qPrintable(where));
                QCOMPARE(so.value(QStringLiteral("bricks")).toInt(-1), s.bricks);
                QCOMPARE(so.value(QStringLiteral("bespoke")).toInt(-1), s.bespoke);
                const QJsonValue srep = so.value(QStringLiteral("reported_gbp"));
                if (s.reported)
                    QVERIFY2(srep.isDouble() && near(srep.toDouble(), *s.reported), qPrintable(where));
                else
                    QVERIFY2(srep.isNull(), qPrintable(where));
            }
        }
    }

    void showTextAndByName()
    {
        const QString cache = syncedCache();
        const Expected e = m_expected.value(QStringLiteral("E06000023"));
        CliRun r = runCli(cache, {QStringLiteral("show"), e.code});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.startsWith(e.name + QStringLiteral(" (") + e.code + QLatin1Char(')')), qPrintable(r.out));
        for (const Expected::Svc &s : e.services)
            QVERIFY2(r.out.contains(s.name), qPrintable(s.name));

        r = runCli(cache, {QStringLiteral("show"), QStringLiteral("--json"), e.name});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json().object().value(QStringLiteral("code")).toString(), e.code);

        r = runCli(cache, {QStringLiteral("show"), QStringLiteral("X99999999")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY(r.err.contains(QLatin1String("X99999999")));

        // --commons picks one of several commons; an unknown one is a usage error.
        r = runCli(cache, {QStringLiteral("show"), QStringLiteral("--commons"), QStringLiteral("livedna-demo"),
                           QStringLiteral("--json"), e.code});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json().object().value(QStringLiteral("commons")).toString(), QStringLiteral("livedna-demo"));
        r = runCli(cache, {QStringLiteral("orgs"), QStringLiteral("--commons"), QStringLiteral("no-such-commons")});
        QVERIFY2(r.exitCode == 1 && r.err.contains(QLatin1String("no-such-commons")), qPrintable(r.describe()));
    }

    void emptyCache()
    {
        const QString cache = freshCache();
        CliRun r = runCli(cache, {QStringLiteral("orgs"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.json().isArray());
        QCOMPARE(r.json().array().size(), 0);
        r = runCli(cache, {QStringLiteral("orgs")});
        QVERIFY2(r.exitCode == 0 && r.err.contains(QLatin1String("sync demo")), qPrintable(r.describe()));
    }

    // Each refusal exits 2 and leaves the cache exactly as it was.
    void refusals_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("hash mismatch") << QStringLiteral("hash") << QStringLiteral("E06000043");
        QTest::newRow("invalid document") << QStringLiteral("invalid")
                                          << QStringLiteral("/services/0/bricks/0/annual_cost_gbp");
        QTest::newRow("org mismatch") << QStringLiteral("org") << QStringLiteral("E06000043");
        QTest::newRow("rollback") << QStringLiteral("rollback") << QString();
        QTest::newRow("expired, strict") << QStringLiteral("expired") << QString();
        QTest::newRow("unknown format") << QStringLiteral("format") << QStringLiteral("livedna-commons/2");
    }
    void refusals()
    {
        QFETCH(QString, what);
        QFETCH(QString, mentions);
        const QString cache = freshCache();
        QStringList syncArgs{QStringLiteral("sync"), QStringLiteral("demo")};
        if (what == QLatin1String("rollback")) {
            // Accept version 3 first, then offer the older demo.
            const QString v3 = copyOfDemo();
            QVERIFY(rehashIndex(v3, 3));
            syncArgs = {QStringLiteral("sync"), v3};
        }
        CliRun r = runCli(cache, syncArgs);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QByteArray orgsBefore = runCli(cache, {QStringLiteral("orgs"), QStringLiteral("--json")}).rawOut;
        const QByteArray showBefore =
            runCli(cache, {QStringLiteral("show"), QStringLiteral("E06000043"), QStringLiteral("--json")}).rawOut;
        QVERIFY(orgsBefore.size() > 100);

        const QString dir = copyOfDemo();
        QVERIFY(!dir.isEmpty());
        const QString orgFile = dir + QStringLiteral("/orgs/E06000043.json");
        QStringList args{QStringLiteral("sync"), dir};
        if (what == QLatin1String("hash")) {
            // The index announces a new version of the document (so the sync fetches it),
            // and the bytes served are not that version.
            QJsonObject doc = readJson(orgFile);
            QJsonObject org = doc.value(QStringLiteral("organisation")).toObject();
            org.insert(QStringLiteral("population"), 300000);
            doc.insert(QStringLiteral("organisation"), org);
            QVERIFY(writeJson(orgFile, doc));
            QVERIFY(rehashIndex(dir, 2));
            org.insert(QStringLiteral("name"), QStringLiteral("Brighton & Hove (tampered)"));
            doc.insert(QStringLiteral("organisation"), org);
            QVERIFY(writeJson(orgFile, doc)); // after the index: its hash no longer matches
        } else if (what == QLatin1String("invalid")) {
            QJsonObject doc = readJson(orgFile);
            QJsonArray services = doc.value(QStringLiteral("services")).toArray();
            QJsonObject s0 = services.at(0).toObject();
            QJsonArray bricks = s0.value(QStringLiteral("bricks")).toArray();
            QJsonObject b0 = bricks.at(0).toObject();
            b0.insert(QStringLiteral("annual_cost_gbp"), -5);
            bricks[0] = b0;
            s0.insert(QStringLiteral("bricks"), bricks);
            services[0] = s0;
            doc.insert(QStringLiteral("services"), services);
            QVERIFY(writeJson(orgFile, doc));
            QVERIFY(rehashIndex(dir, 2));
        } else if (what == QLatin1String("org")) {
            QJsonObject doc = readJson(orgFile);
            QJsonObject org = doc.value(QStringLiteral("organisation")).toObject();
            org.insert(QStringLiteral("code"), QStringLiteral("E06000045"));
            doc.insert(QStringLiteral("organisation"), org);
            QVERIFY(writeJson(orgFile, doc));
            QVERIFY(rehashIndex(dir, 2));
        } else if (what == QLatin1String("rollback")) {
            args = QStringList{QStringLiteral("sync"), QStringLiteral("demo")};
        } else if (what == QLatin1String("expired")) {
            QJsonObject index = readJson(dir + QStringLiteral("/index.json"));
            index.insert(QStringLiteral("expires"), QStringLiteral("2020-01-01T00:00:00Z"));
            QVERIFY(writeJson(dir + QStringLiteral("/index.json"), index));
            QVERIFY(rehashIndex(dir, 2));
            args = QStringList{QStringLiteral("sync"), QStringLiteral("--strict"), dir};
        } else if (what == QLatin1String("format")) {
            QJsonObject index = readJson(dir + QStringLiteral("/index.json"));
            index.insert(QStringLiteral("format"), QStringLiteral("livedna-commons/2"));
            QVERIFY(writeJson(dir + QStringLiteral("/index.json"), index));
            QVERIFY(rehashIndex(dir, 2));
        }

        r = runCli(cache, args);
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QLatin1String("unchanged")), qPrintable(r.err));
        if (!mentions.isEmpty())
            QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QCOMPARE(runCli(cache, {QStringLiteral("orgs"), QStringLiteral("--json")}).rawOut, orgsBefore);
        QCOMPARE(runCli(cache, {QStringLiteral("show"), QStringLiteral("E06000043"), QStringLiteral("--json")}).rawOut,
                 showBefore);

        if (what == QLatin1String("expired")) {
            // Without --strict the same index is accepted with a warning.
            r = runCli(cache, {QStringLiteral("sync"), dir});
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
            QVERIFY2(r.err.contains(QLatin1String("warning:")), qPrintable(r.err));
            QVERIFY2(r.out.contains(QLatin1String("Version: 1 -> 2")), qPrintable(r.out));
        }
    }

    void ioFailures_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("missing folder") << QStringLiteral("missing");
        QTest::newRow("folder without index") << QStringLiteral("noindex");
        QTest::newRow("missing file:// URL") << QStringLiteral("fileurl");
        QTest::newRow("connection refused") << QStringLiteral("refused");
        QTest::newRow("HTTP 404 for index.json") << QStringLiteral("404");
        QTest::newRow("cache cannot be created") << QStringLiteral("cache");
        QTest::newRow("validate missing path") << QStringLiteral("validate");
    }
    void ioFailures()
    {
        QFETCH(QString, what);
        QString cache = freshCache();
        QStringList args;
        std::unique_ptr<FileServer> server;
        if (what == QLatin1String("missing")) {
            args = {QStringLiteral("sync"), m_tmp.filePath(QStringLiteral("does-not-exist"))};
        } else if (what == QLatin1String("noindex")) {
            const QString empty = m_tmp.filePath(QStringLiteral("empty-%1").arg(++m_counter));
            QVERIFY(QDir().mkpath(empty));
            args = {QStringLiteral("sync"), empty};
        } else if (what == QLatin1String("fileurl")) {
            args = {QStringLiteral("sync"),
                    QUrl::fromLocalFile(m_tmp.filePath(QStringLiteral("nowhere/index.json"))).toString()};
        } else if (what == QLatin1String("refused")) {
            // A port that was just free and is now closed: nothing listens there.
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            const quint16 port = probe.serverPort();
            probe.close();
            args = {QStringLiteral("sync"), QStringLiteral("http://127.0.0.1:%1/").arg(port)};
        } else if (what == QLatin1String("404")) {
            const QString empty = m_tmp.filePath(QStringLiteral("empty-%1").arg(++m_counter));
            QVERIFY(QDir().mkpath(empty));
            server = std::make_unique<FileServer>(empty);
            const quint16 port = server->startServing();
            QVERIFY(port);
            args = {QStringLiteral("sync"), QStringLiteral("http://127.0.0.1:%1/").arg(port)};
        } else if (what == QLatin1String("cache")) {
            const QString file = m_tmp.filePath(QStringLiteral("plain-file"));
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a folder");
            f.close();
            cache = file + QStringLiteral("/cache.sqlite");
            args = {QStringLiteral("sync"), QStringLiteral("demo")};
        } else if (what == QLatin1String("validate")) {
            args = {QStringLiteral("validate"), m_tmp.filePath(QStringLiteral("does-not-exist.json"))};
        }
        const CliRun r = runCli(cache, args, {}, 90000);
        QVERIFY2(r.finished, qPrintable(r.describe()));
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        QVERIFY2(!r.err.isEmpty(), qPrintable(r.describe()));
    }

    void syncOverHttp()
    {
        const QString dir = copyOfDemo();
        FileServer server(dir);
        const quint16 port = server.startServing();
        QVERIFY(port);
        const QString url = QStringLiteral("http://127.0.0.1:%1/").arg(port);
        const QString cache = freshCache();
        CliRun r = runCli(cache, {QStringLiteral("sync"), url});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QStringLiteral("Added: %1").arg(m_expected.size() + 1)), qPrintable(r.out));
        QVERIFY(server.requests().contains(QStringLiteral("/index.json")));

        // Unchanged documents are not fetched again.
        server.clearRequests();
        r = runCli(cache, {QStringLiteral("sync"), url + QStringLiteral("index.json")});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("Nothing new")), qPrintable(r.describe()));
        QCOMPARE(server.requests(), QStringList{QStringLiteral("/index.json")});

        // One organisation changes: only it is fetched, and the CLI names it.
        const QString file = dir + QStringLiteral("/orgs/E07000146.json");
        QJsonObject doc = readJson(file);
        QJsonArray services = doc.value(QStringLiteral("services")).toArray();
        services.removeAt(0);
        doc.insert(QStringLiteral("services"), services);
        QVERIFY(writeJson(file, doc));
        QVERIFY(rehashIndex(dir, 2));
        server.clearRequests();
        r = runCli(cache, {QStringLiteral("sync"), url});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QLatin1String("Version: 1 -> 2")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("Changed: 1")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("orgs/E07000146.json (King's Lynn and West Norfolk)")), qPrintable(r.out));
        QStringList fetched = server.requests();
        fetched.sort();
        QCOMPARE(fetched, (QStringList{QStringLiteral("/index.json"), QStringLiteral("/orgs/E07000146.json")}));
        r = runCli(cache, {QStringLiteral("show"), QStringLiteral("E07000146"), QStringLiteral("--json")});
        QCOMPARE(r.json().object().value(QStringLiteral("services")).toArray().size(),
                 m_expected.value(QStringLiteral("E07000146")).services.size() - 1);

        // A document that does not match its hash over HTTP is refused (2), not an I/O error.
        services.removeAt(0);
        doc.insert(QStringLiteral("services"), services);
        QVERIFY(writeJson(file, doc));
        QVERIFY(rehashIndex(dir, 3));
        QFile f(file);
        QVERIFY(f.open(QIODevice::Append));
        f.write(" ");
        f.close();
        r = runCli(cache, {QStringLiteral("sync"), url});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    }

    void validateDemo()
    {
        CliRun r = runCli({}, {QStringLiteral("validate"), QStringLiteral("demo")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = runCli({}, {QStringLiteral("validate"), m_demoDir});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        r = runCli({}, {QStringLiteral("validate"), m_demoDir + QStringLiteral("/orgs/W06000001.json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        if (!sourceDir().isEmpty()) {
            // The committed files, not only the embedded copy.
            r = runCli({}, {QStringLiteral("validate"), sourceDir() + QStringLiteral("/resources/demo")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        }
    }

    void validateListsEveryProblem()
    {
        const QString dir = copyOfDemo();
        const auto edit = [&](const QString &code, const std::function<void(QJsonObject &)> &change) {
            const QString file = dir + QStringLiteral("/orgs/") + code + QStringLiteral(".json");
            QJsonObject doc = readJson(file);
            change(doc);
            return writeJson(file, doc);
        };
        // Two problems in one document, one each in two others, and a length mismatch.
        QVERIFY(edit(QStringLiteral("E06000001"), [](QJsonObject &doc) {
            QJsonArray services = doc.value(QStringLiteral("services")).toArray();
            QJsonObject s = services.at(0).toObject();
            QJsonArray bricks = s.value(QStringLiteral("bricks")).toArray();
            QJsonObject b = bricks.at(0).toObject();
            b.insert(QStringLiteral("annual_cost_gbp"), -1);
            bricks[0] = b;
            s.insert(QStringLiteral("bricks"), bricks);
            services[0] = s;
            QJsonObject s2 = services.at(2).toObject();
            s2.remove(QStringLiteral("name"));
            services[2] = s2;
            doc.insert(QStringLiteral("services"), services);
        }));
        QVERIFY(edit(QStringLiteral("E09000007"), [](QJsonObject &doc) {
            QJsonArray services = doc.value(QStringLiteral("services")).toArray();
            QJsonObject s = services.at(1).toObject();
            QJsonArray bricks = s.value(QStringLiteral("bricks")).toArray();
            QJsonObject b = bricks.at(0).toObject();
            b.remove(QStringLiteral("uses"));
            b.remove(QStringLiteral("capability")); // bespoke without a capability
            bricks[0] = b;
            s.insert(QStringLiteral("bricks"), bricks);
            services[1] = s;
            doc.insert(QStringLiteral("services"), services);
        }));
        QVERIFY(edit(QStringLiteral("RJ1"), [](QJsonObject &doc) {
            QJsonObject org = doc.value(QStringLiteral("organisation")).toObject();
            org.insert(QStringLiteral("kind"), QStringLiteral("hospital"));
            doc.insert(QStringLiteral("organisation"), org);
        }));
        QVERIFY(rehashIndex(dir));
        QFile r0a(dir + QStringLiteral("/orgs/R0A.json"));
        QVERIFY(r0a.open(QIODevice::Append));
        r0a.write("\n");
        r0a.close();

        CliRun r = runCli({}, {QStringLiteral("validate"), dir});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const auto listed = [&](const QString &file, const QString &pointer) {
            return std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) {
                return l.contains(file) && l.contains(pointer);
            });
        };
        QVERIFY2(listed(QStringLiteral("E06000001.json"), QStringLiteral("/services/0/bricks/0/annual_cost_gbp")),
                 qPrintable(r.out));
        QVERIFY2(listed(QStringLiteral("E06000001.json"), QStringLiteral("/services/2")), qPrintable(r.out));
        QVERIFY2(listed(QStringLiteral("E09000007.json"), QStringLiteral("/services/1/bricks/0")), qPrintable(r.out));
        QVERIFY2(listed(QStringLiteral("RJ1.json"), QStringLiteral("/organisation/kind")), qPrintable(r.out));
        QVERIFY2(listed(QStringLiteral("R0A.json"), QString()), qPrintable(r.out));
        QVERIFY(lines.size() >= 5);
        QVERIFY2(r.err.contains(QLatin1String("problem")), qPrintable(r.err));

        // One document on its own: both of its problems, checked against the bricks.json beside it.
        r = runCli({}, {QStringLiteral("validate"), dir + QStringLiteral("/orgs/E06000001.json")});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QLatin1String("/services/0/bricks/0/annual_cost_gbp")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("/services/2")), qPrintable(r.out));

        // Not JSON at all.
        const QString junk = m_tmp.filePath(QStringLiteral("junk.json"));
        QFile j(junk);
        QVERIFY(j.open(QIODevice::WriteOnly));
        j.write("{\"format\": \"livedna-org/1\", ");
        j.close();
        r = runCli({}, {QStringLiteral("validate"), junk});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QLatin1String("junk.json")), qPrintable(r.out));
    }

    void welsh()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("LIVEDNA_LANG"), QStringLiteral("cy"));
        CliRun r = runCli({}, {QStringLiteral("--help")}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QLatin1String("Gorchmynion:")), qPrintable(r.out));
        r = runCli(freshCache(), {QStringLiteral("frobnicate")}, env);
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("gorchymyn")), qPrintable(r.err));
        // English stays the default.
        r = runCli({}, {QStringLiteral("--help")});
        QVERIFY2(r.out.contains(QLatin1String("Commands:")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
