#include "tests/support/httpserver.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <array>

namespace livedna::test {

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

HttpServer::~HttpServer() = default;

bool HttpServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool HttpServer::listenTls(const QByteArray &certificatePem, const QByteArray &privateKeyPem)
{
    auto *server = new QSslServer(this);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(certificatePem, QSsl::Pem));
    config.setPrivateKey(QSslKey(privateKeyPem, QSsl::Rsa, QSsl::Pem));
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients need no certificate
    server->setSslConfiguration(config);
    delete m_server;
    m_server = server;
    m_tls = true;
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &HttpServer::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 HttpServer::port() const
{
    return m_server->serverPort();
}

QUrl HttpServer::url(const QString &path) const
{
    QUrl u(QStringLiteral("%1://127.0.0.1:%2/").arg(m_tls ? QStringLiteral("https") : QStringLiteral("http")).arg(port()));
    if (!path.isEmpty())
        u.setPath(QLatin1Char('/') + path);
    return u;
}

void HttpServer::setRoot(const QString &folder)
{
    m_root = folder;
}

void HttpServer::setFault(const QString &path, Fault fault)
{
    m_faults.insert(path, fault);
    // Compressed here, before any request: compressing 64 MiB when asked took longer than a
    // client's connect timeout on a loaded machine (and far longer under the sanitizers).
    if (fault == Fault::GzipBomb && m_gzipBomb.isEmpty())
        m_gzipBomb = gzipOfSpaces(64 * 1024 * 1024);
}

void HttpServer::clearFaults()
{
    m_faults.clear();
}

int HttpServer::requestCount(const QString &path) const
{
    return m_counts.value(path);
}

int HttpServer::totalRequests() const
{
    return m_total;
}

void HttpServer::resetCounts()
{
    m_counts.clear();
    m_total = 0;
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void HttpServer::onReadyRead(QTcpSocket *socket)
{
    // Requests are GETs without bodies: each ends at the blank line.
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    for (;;) {
        const int end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        const QByteArray head = buffer.left(end);
        buffer.remove(0, end + 4);
        const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
        if (requestLine.size() < 3 || requestLine.at(0) != "GET") {
            send(socket, 405, "Method Not Allowed", QByteArray());
            continue;
        }
        QString path = QUrl::fromPercentEncoding(requestLine.at(1));
        const int query = path.indexOf(QLatin1Char('?'));
        if (query >= 0)
            path.truncate(query);
        while (path.startsWith(QLatin1Char('/')))
            path.remove(0, 1);
        respond(socket, path);
    }
    socket->setProperty("buffer", buffer);
}

void HttpServer::send(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &body,
                      const QList<QByteArray> &extraHeaders)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "Content-Type: application/json\r\n";
    for (const QByteArray &h : extraHeaders)
        head += h + "\r\n";
    head += "\r\n";
    socket->write(head + body);
}

// A gzip member of `bytes` spaces, built with zlib's raw deflate through Qt's qCompress
// (zlib format: 4-byte length, 2-byte header, deflate data, 4-byte Adler-32), rewrapped in a
// gzip header and trailer.
QByteArray HttpServer::gzipOfSpaces(qsizetype bytes)
{
    const QByteArray input(bytes, ' ');
    const QByteArray z = qCompress(input, 9);
    const QByteArray deflate = z.mid(4 + 2, z.size() - 4 - 2 - 4);
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10);
    out += deflate;
    const quint32 crc = crc32Of(input);
    const quint32 size = quint32(bytes);
    for (quint32 v : {crc, size})
        for (int i = 0; i < 4; ++i)
            out += char((v >> (8 * i)) & 0xff);
    return out;
}

quint32 HttpServer::crc32Of(const QByteArray &data)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c >> 1) ^ (0xedb88320u & (0u - (c & 1u)));
            t[n] = c;
        }
        return t;
    }();
    quint32 crc = 0xffffffffu;
    for (const char c : data)
        crc = table[(crc ^ quint8(c)) & 0xffu] ^ (crc >> 8);
    return ~crc;
}

void HttpServer::respond(QTcpSocket *socket, const QString &requested)
{
    ++m_total;
    m_counts[requested] += 1;
    QString path = requested;
    const Fault fault = m_faults.value(path, Fault::None);
    if (path.startsWith(QLatin1String("moved/")))
        path = path.mid(6);
    if (fault == Fault::NotFound) {
        send(socket, 404, "Not Found", "not here");
        return;
    }
    if (fault == Fault::RedirectElsewhere) {
        QUrl target = redirectOrigin;
        target.setPath(QLatin1Char('/') + path);
        send(socket, 302, "Found", QByteArray(), {"Location: " + target.toEncoded()});
        return;
    }
    if (fault == Fault::RedirectLoop) {
        send(socket, 302, "Found", QByteArray(), {"Location: /" + QUrl::toPercentEncoding(path, "/")});
        return;
    }
    if (fault == Fault::ServerError) {
        send(socket, 500, "Internal Server Error", "oops");
        return;
    }
    if (fault == Fault::Garbage) {
        QByteArray junk(8192, Qt::Uninitialized);
        for (qsizetype i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 7919 + 13) % 256);
        send(socket, 200, "OK", junk);
        return;
    }
    if (fault == Fault::GzipBomb) {
        send(socket, 200, "OK", m_gzipBomb, {"Content-Encoding: gzip"});
        return;
    }
    if (fault == Fault::RedirectSameOrigin) {
        send(socket, 302, "Found", QByteArray(), {"Location: /moved/" + QUrl::toPercentEncoding(path, "/")});
        return;
    }
    QFile file(QDir(m_root).filePath(path));
    if (path.contains(QLatin1String("..")) || !file.open(QIODevice::ReadOnly)) {
        send(socket, 404, "Not Found", "not here");
        return;
    }
    QByteArray body = file.readAll();
    switch (fault) {
    case Fault::WrongBytes:
        if (!body.isEmpty())
            body[body.size() / 2] = body.at(body.size() / 2) == 'x' ? 'y' : 'x';
        send(socket, 200, "OK", body);
        return;
    case Fault::LongerBody:
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n" + body
                      + QByteArray(64 * 1024, ' '));
        socket->disconnectFromHost();
        return;
    case Fault::ShorterBody:
        send(socket, 200, "OK", body.left(body.size() / 2));
        return;
    case Fault::Drop:
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size())
                      + "\r\nContent-Type: application/json\r\n\r\n" + body.left(body.size() / 2));
        socket->flush();
        socket->abort();
        return;
    case Fault::Stall:
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size())
                      + "\r\nContent-Type: application/json\r\n\r\n" + body.left(qMin<qsizetype>(16, body.size() / 2)));
        return; // and never another byte
    case Fault::LyingLength:
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size() * 2)
                      + "\r\nContent-Type: application/json\r\n\r\n" + body);
        socket->flush();
        socket->disconnectFromHost();
        return;
    case Fault::Trickle: {
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size())
                      + "\r\nContent-Type: application/json\r\n\r\n");
        auto *timer = new QTimer(socket);
        QPointer<QTcpSocket> guard(socket);
        auto offset = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, socket, [guard, timer, body, offset]() {
            if (!guard || *offset >= body.size()) {
                timer->deleteLater();
                return;
            }
            guard->write(body.mid(*offset, 1));
            *offset += 1;
        });
        timer->start(100);
        return;
    }
    case Fault::Slow: {
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size())
                      + "\r\nContent-Type: application/json\r\n\r\n");
        auto *timer = new QTimer(socket);
        QPointer<QTcpSocket> guard(socket);
        auto offset = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, socket, [guard, timer, body, offset]() {
            if (!guard)
                return;
            guard->write(body.mid(*offset, 1024));
            *offset += 1024;
            if (*offset >= body.size())
                timer->deleteLater();
        });
        timer->start(5);
        return;
    }
    default:
        send(socket, 200, "OK", body);
    }
}

} // namespace livedna::test
