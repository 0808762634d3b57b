#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace livedna::test {

// A small real HTTP/1.1 server on 127.0.0.1 for tests: serves the files of a folder (GET
// only, keep-alive), counts requests per path, and injects faults per path. It runs on the
// thread that created it, so the code under test must spin an event loop (QNetworkAccessManager
// users do).
class HttpServer : public QObject
{
    Q_OBJECT

public:
    enum class Fault {
        None,
        WrongBytes,        // same length, one byte changed
        LongerBody,        // the file plus 64 KiB more, no Content-Length, then close
        ShorterBody,       // half the file with a matching Content-Length
        Slow,              // the right bytes, 1 KiB every 5 ms
        Stall,             // headers and the first bytes, then silence with the connection open
        RedirectElsewhere, // 302 to the same path on redirectOrigin
        RedirectSameOrigin,// 302 to /moved/<path>, which serves the file
        NotFound,          // 404
        Drop,              // headers and half the body, then the connection is closed
        Trickle,           // the right bytes, one every 100 ms (never stalls, never finishes in time)
        RedirectLoop,      // 302 to itself, for ever
        ServerError,       // 500
        LyingLength,       // Content-Length twice the body, the body, then the connection is closed
        GzipBomb,          // Content-Encoding: gzip of 64 MiB of spaces (about 64 KiB on the wire)
        Garbage,           // 200 with 8 KiB of random bytes
    };

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    bool listen(); // on 127.0.0.1, any free port
    // The same over TLS with this certificate and key (PEM): url() then says https.
    bool listenTls(const QByteArray &certificatePem, const QByteArray &privateKeyPem);
    quint16 port() const;
    QUrl url(const QString &path = QString()) const; // http://127.0.0.1:port/<path>

    void setRoot(const QString &folder);
    // `path` is the URL path without its leading '/', e.g. "orgs/E06000001.json".
    void setFault(const QString &path, Fault fault);
    void clearFaults();
    QUrl redirectOrigin = QUrl(QStringLiteral("http://localhost:1/"));

    int requestCount(const QString &path) const;
    int totalRequests() const;
    void resetCounts();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const QString &path);
    static QByteArray gzipOfSpaces(qsizetype bytes);
    static quint32 crc32Of(const QByteArray &data);
    static void send(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &body,
                     const QList<QByteArray> &extraHeaders = {});

    QTcpServer *m_server;
    bool m_tls = false;
    QString m_root;
    QHash<QString, Fault> m_faults;
    QByteArray m_gzipBomb; // made by setFault(GzipBomb)
    QHash<QString, int> m_counts;
    int m_total = 0;
};

} // namespace livedna::test
