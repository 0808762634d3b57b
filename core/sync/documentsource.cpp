#include "core/sync/documentsource.h"

#include "core/sync/bundlesource.h"
#include "core/sync/syncer.h"
#include "core/util/logging.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QTimer>

#include <memory>

namespace livedna {

DocumentSource::~DocumentSource() = default;

FetchFailure DocumentSource::prefetch(const QList<IndexEntry> &, const std::function<void(qint64)> &, QList<Problem> *)
{
    return FetchFailure::None;
}

static Fetched fetchFailure(FetchFailure kind, const QString &file, const QString &message)
{
    Fetched f;
    f.failure = kind;
    f.problems.append(Problem{file, QString(), message});
    return f;
}

std::unique_ptr<DocumentSource> DocumentSource::create(const QString &source, const SyncOptions &options,
                                                       const QAtomicInt *cancelled, QList<Problem> *problems)
{
    if (source == QLatin1String("demo")) {
        const QString root = Syncer::demoSource();
        if (!QFile::exists(root + QStringLiteral("/index.json"))) {
            problems->append({source, QString(), tr("this build of LiveDNA has no bundled demo commons")});
            return nullptr;
        }
        return std::make_unique<FolderSource>(root, QStringLiteral("demo"));
    }
    QString localPath = source;
    const bool http = source.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
                      || source.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
    if (http) {
        QUrl url(source, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()) {
            problems->append({source, QString(), tr("not a valid URL")});
            return nullptr;
        }
        url = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
        QString path = url.path();
        if (path.endsWith(QLatin1String(".json"))) {
            if (!path.endsWith(QLatin1String("/index.json"))) {
                problems->append({source, QString(), tr("a commons URL names its folder or its index.json")});
                return nullptr;
            }
            url = url.adjusted(QUrl::RemoveFilename);
        } else if (!path.endsWith(QLatin1Char('/'))) {
            url.setPath(path + QLatin1Char('/'));
        }
        const HttpLimits limits{options.connectTimeoutMs, options.transferTimeoutMs, options.minBytesPerSecond,
                                options.rateWindowMs, options.deadlineMs};
        return std::make_unique<HttpSource>(url, limits, cancelled);
    }
    if (source.startsWith(QLatin1String("file:"), Qt::CaseInsensitive)) {
        const QUrl url(source);
        localPath = url.toLocalFile();
        if (!url.isValid() || localPath.isEmpty()) {
            problems->append({source, QString(), tr("not a valid file:// URL")});
            return nullptr;
        }
    } else if (source.contains(QLatin1String("://"))) {
        problems->append({source, QString(), tr("unsupported kind of URL: use a folder, file://, http:// or https://")});
        return nullptr;
    }
    const QFileInfo info(localPath);
    QString root;
    if (info.isDir()) {
        root = info.absoluteFilePath();
    } else if (info.isFile()) {
        if (BundleSource::looksLikeBundle(localPath)) // issue 13: an offline hand-over
            return std::make_unique<BundleSource>(info.absoluteFilePath(), cancelled);
        if (info.fileName() != QLatin1String("index.json")) {
            problems->append({source, QString(), tr("a commons is a folder or its index.json")});
            return nullptr;
        }
        root = info.absolutePath();
    } else {
        problems->append({source, QString(), tr("no such folder")});
        return nullptr;
    }
    return std::make_unique<FolderSource>(root, root);
}

// ---------------------------------------------------------------------------------------------

FolderSource::FolderSource(QString root, QString label)
    : m_root(std::move(root))
    , m_label(std::move(label))
{
    while (m_root.size() > 1 && m_root.endsWith(QLatin1Char('/')))
        m_root.chop(1);
    if (!m_root.startsWith(QLatin1Char(':')))
        m_canonicalRoot = QFileInfo(m_root).canonicalFilePath();
}

QString FolderSource::displayName(const QString &path) const
{
    if (m_root.startsWith(QLatin1Char(':')))
        return m_label + QLatin1Char('/') + path;
    return QDir::toNativeSeparators(m_root + QLatin1Char('/') + path);
}

Fetched FolderSource::readFile(const QString &relative, qint64 expectedBytes, qint64 maxBytes) const
{
    const QString name = displayName(relative);
    const QString full = m_root + QLatin1Char('/') + relative;
    if (!m_canonicalRoot.isEmpty()) {
        // The path text is already safe; a symbolic link could still lead out of the folder.
        const QString canonical = QFileInfo(full).canonicalFilePath();
        // A listed document that is absent is a broken commons (validate says the same,
        // exit 2); an absent index.json is a wrong path (3).
        if (canonical.isEmpty() && expectedBytes >= 0)
            return fetchFailure(FetchFailure::Refused, name, tr("listed in index.json but missing"));
        if (canonical.isEmpty())
            return fetchFailure(FetchFailure::Io, name, tr("no such file"));
        if (!canonical.startsWith(m_canonicalRoot + QLatin1Char('/')))
            return fetchFailure(FetchFailure::Refused, name, tr("leads outside the commons folder"));
    }
    QFile file(full);
    if (!file.open(QIODevice::ReadOnly))
        return fetchFailure(FetchFailure::Io, name, tr("cannot read: %1").arg(file.errorString()));
    const qint64 size = file.size();
    if (expectedBytes >= 0 && size != expectedBytes) {
        return fetchFailure(FetchFailure::Refused, name,
                            tr("is %1 bytes long but index.json says %2").arg(size).arg(expectedBytes));
    }
    if (size > maxBytes)
        return fetchFailure(FetchFailure::Refused, name, tr("is larger than the %1 bytes allowed").arg(maxBytes));
    Fetched f;
    f.bytes = file.read(size);
    if (f.bytes.size() != size)
        return fetchFailure(FetchFailure::Io, name, tr("could not be read completely: %1").arg(file.errorString()));
    return f;
}

Fetched FolderSource::fetchIndex(qint64 maxBytes)
{
    return readFile(QStringLiteral("index.json"), -1, maxBytes);
}

Fetched FolderSource::fetch(const IndexEntry &entry)
{
    return readFile(entry.path, entry.bytes, entry.bytes);
}

Fetched FolderSource::fetchSignature()
{
    const QString sig = QStringLiteral("index.json.sig");
    if (!QFile::exists(m_root + QLatin1Char('/') + sig))
        return {};
    return readFile(sig, -1, 4096);
}

// ---------------------------------------------------------------------------------------------

HttpSource::HttpSource(const QUrl &base, const HttpLimits &limits, const QAtomicInt *cancelled)
    : m_base(base)
    , m_connectTimeoutMs(limits.connectTimeoutMs)
    , m_transferTimeoutMs(limits.transferTimeoutMs)
    , m_limits(limits)
    , m_deadline(limits.deadlineMs > 0 ? QDeadlineTimer(limits.deadlineMs) : QDeadlineTimer(QDeadlineTimer::Forever))
    , m_cancelled(cancelled)
{
}

HttpSource::~HttpSource() = default;

QString HttpSource::displayName(const QString &path) const
{
    return urlOf(path).toString();
}

QUrl HttpSource::urlOf(const QString &path) const
{
    QUrl relative;
    relative.setPath(path); // as a path only: nothing in it can become a scheme or host
    return m_base.resolved(relative);
}

static int defaultPort(const QUrl &url)
{
    return url.port(url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80);
}

static bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
           && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && defaultPort(a) == defaultPort(b);
}

Fetched HttpSource::fetchIndex(qint64 maxBytes)
{
    QHash<QString, QByteArray> out;
    Fetched f;
    const QString path = QStringLiteral("index.json");
    f.failure = download({Job{path, urlOf(path), maxBytes, -1}}, &out, {}, &f.problems);
    if (f.ok())
        f.bytes = out.take(path);
    return f;
}

Fetched HttpSource::fetchSignature()
{
    // A 404 means "not signed"; any other failure is reported as what it is (issue 12: a
    // garbage or oversized index.json.sig is not "not signed").
    QHash<QString, QByteArray> out;
    Fetched f;
    const QString path = QStringLiteral("index.json.sig");
    m_notFound = false;
    f.failure = download({Job{path, urlOf(path), 4096, -1}}, &out, {}, &f.problems);
    if (f.failure == FetchFailure::None) {
        f.bytes = out.take(path);
    } else if (m_notFound) {
        f.failure = FetchFailure::None;
        f.problems.clear();
    }
    return f;
}

FetchFailure HttpSource::prefetch(const QList<IndexEntry> &entries, const std::function<void(qint64)> &progress,
                                  QList<Problem> *problems)
{
    QList<Job> jobs;
    jobs.reserve(entries.size());
    for (const IndexEntry &e : entries)
        jobs.append(Job{e.path, urlOf(e.path), e.bytes, e.bytes});
    QHash<QString, QByteArray> out;
    const FetchFailure result = download(jobs, &out, progress, problems);
    QMutexLocker lock(&m_mutex);
    m_fetched = std::move(out);
    return result;
}

Fetched HttpSource::fetch(const IndexEntry &entry)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_fetched.find(entry.path);
    if (it == m_fetched.end())
        return fetchFailure(FetchFailure::Io, displayName(entry.path), tr("was not downloaded"));
    Fetched f;
    f.bytes = std::move(*it); // hand over the bytes so memory is freed as documents are parsed
    m_fetched.erase(it);
    return f;
}

namespace {

struct Transfer
{
    HttpSource::Job job;
    QByteArray data;
    QTimer timer;
    bool responded = false;
    QString abortReason;
    FetchFailure abortKind = FetchFailure::None;
    QElapsedTimer window;    // the current rate window, from the first response
    qint64 windowBytes = 0;  // bytes received in it
    int redirects = 0;
};

} // namespace

// The reason a reply failed, in words a person can act on.
QString HttpSource::replyError(QNetworkReply *reply) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError:
        return tr("no data received for %1 s").arg(m_transferTimeoutMs / 1000.0);
    case QNetworkReply::TooManyRedirectsError:
        return tr("too many redirects (more than %1; a redirect loop?)").arg(MaxRedirects);
    default:
        break;
    }
    QString why = reply->errorString();
    // Qt says "Decompression failed: " with nothing after it when its bomb check stops a
    // compressed reply that expands too far.
    if (why.trimmed().endsWith(QLatin1Char(':')))
        why = tr("the compressed reply expands far beyond its size (a compression bomb?), so it was not unpacked");
    if (status >= 400)
        return tr("HTTP %1 %2").arg(status).arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    return why;
}

QString HttpSource::unexpectedStatus(QNetworkReply *reply)
{
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid() || (status.toInt() >= 200 && status.toInt() < 300))
        return QString();
    if (status.toInt() < 200)
        return tr("HTTP %1: no document (an interim reply, or a redirect loop)").arg(status.toInt());
    if (status.toInt() >= 300 && status.toInt() < 400)
        return tr("HTTP %1: a redirect that was not followed (a redirect loop?)").arg(status.toInt());
    return tr("HTTP %1 %2").arg(status.toInt()).arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
}

// Called a few times a second by download(): the minimum rate over each window, and the
// deadline of the whole sync. A trickle of one byte a second keeps the no-data timer happy
// for ever; these do not.
template<typename Active>
void HttpSource::checkLimits(const Active &active) const
{
    const bool late = m_deadline.hasExpired();
    for (auto it = active.cbegin(); it != active.cend(); ++it) {
        const auto &t = it.value();
        if (t->abortKind != FetchFailure::None)
            continue;
        if (late) {
            t->abortKind = FetchFailure::Io;
            t->abortReason = tr("the sync took longer than its deadline of %1 s (sync --deadline)")
                                 .arg(m_limits.deadlineMs / 1000.0);
            it.key()->abort();
            continue;
        }
        if (m_limits.minBytesPerSecond <= 0 || !t->window.isValid() || t->window.elapsed() < m_limits.rateWindowMs)
            continue;
        const double seconds = t->window.elapsed() / 1000.0;
        if (t->windowBytes < m_limits.minBytesPerSecond * seconds) {
            t->abortKind = FetchFailure::Io;
            t->abortReason = tr("slower than %1 bytes/s: %2 bytes in %3 s (sync --min-rate)")
                                 .arg(m_limits.minBytesPerSecond)
                                 .arg(t->windowBytes)
                                 .arg(seconds, 0, 'f', 1);
            it.key()->abort();
            continue;
        }
        t->window.restart();
        t->windowBytes = 0;
    }
}

FetchFailure HttpSource::download(const QList<Job> &jobs, QHash<QString, QByteArray> *out,
                                  const std::function<void(qint64)> &progress, QList<Problem> *problems)
{
    if (!m_nam) {
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_nam->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    }
    // Qt opens at most six connections per host; starting more would only queue them and
    // let their connect timers run while they wait.
    constexpr int MaxParallel = 6;
    QEventLoop loop;
    FetchFailure result = FetchFailure::None;
    int next = 0;
    qint64 received = 0;
    QHash<QNetworkReply *, std::shared_ptr<Transfer>> active;

    const auto stopAll = [&]() {
        const auto replies = active.keys();
        for (QNetworkReply *r : replies) {
            if (auto t = active.value(r)) {
                if (t->abortKind == FetchFailure::None)
                    t->abortKind = FetchFailure::Cancelled; // its problem is not the one to report
            }
            r->abort();
        }
    };
    const auto failWith = [&](FetchFailure kind) {
        if (result == FetchFailure::None)
            result = kind;
        stopAll();
    };

    std::function<void()> startMore;
    const auto start = [&](const Job &job) {
        QNetworkRequest request(job.url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
        request.setMaximumRedirectsAllowed(MaxRedirects);
        // Backstop only: the timer below reports the stall with a clearer message first.
        request.setTransferTimeout(m_transferTimeoutMs + 2000);
        QNetworkReply *reply = m_nam->get(request);
        auto t = std::make_shared<Transfer>();
        t->job = job;
        if (job.expectedBytes > 0) // a claim, not a fact: reserve no more than is sane up front
            t->data.reserve(qMin<qint64>(job.expectedBytes, 64 * 1024 * 1024));
        active.insert(reply, t);
        t->timer.setSingleShot(true);
        QObject::connect(&t->timer, &QTimer::timeout, reply, [this, reply, t]() {
            t->abortKind = FetchFailure::Io;
            t->abortReason = t->responded
                                 ? tr("no data received for %1 s").arg(m_transferTimeoutMs / 1000.0)
                                 : tr("no response within %1 s").arg(m_connectTimeoutMs / 1000.0);
            reply->abort();
        });
        t->timer.start(m_connectTimeoutMs);
        QObject::connect(reply, &QNetworkReply::redirected, reply, [this, reply, t](const QUrl &target) {
            const QUrl resolved = reply->url().resolved(target);
            // Qt leaves counting to us under the user-verified policy.
            if (++t->redirects > MaxRedirects) {
                t->abortKind = FetchFailure::Io;
                t->abortReason = tr("too many redirects (more than %1; a redirect loop?)").arg(MaxRedirects);
                reply->abort();
                return;
            }
            if (sameOrigin(resolved, m_base)) {
                Q_EMIT reply->redirectAllowed();
                return;
            }
            t->abortKind = FetchFailure::Refused;
            t->abortReason = tr("redirected to another origin (%1); refused").arg(resolved.toString());
            reply->abort();
        });
        QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [this, reply, t]() {
            t->responded = true;
            if (!t->window.isValid())
                t->window.start();
            t->timer.start(m_transferTimeoutMs);
            bool ok = false;
            const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (ok && status == 200 && length > t->job.maxBytes) {
                t->abortKind = FetchFailure::Refused;
                t->abortReason = t->job.expectedBytes >= 0
                                     ? tr("is %1 bytes long but index.json says %2").arg(length).arg(t->job.expectedBytes)
                                     : tr("is larger than the %1 bytes allowed").arg(t->job.maxBytes);
                // Aborting inside Qt's own metaDataChanged makes it report the error twice (a
                // "must only be called once" warning): abort from the event loop instead.
                QMetaObject::invokeMethod(reply, &QNetworkReply::abort, Qt::QueuedConnection);
            }
        });
        QObject::connect(reply, &QNetworkReply::readyRead, reply, [&received, &progress, reply, t, this]() {
            t->timer.start(m_transferTimeoutMs);
            if (reply->error() != QNetworkReply::NoError || t->abortKind != FetchFailure::None)
                return; // an error page's body is not the document
            const qint64 room = t->job.maxBytes - t->data.size();
            const QByteArray chunk = reply->read(qMin(room, reply->bytesAvailable()));
            t->data.append(chunk);
            t->windowBytes += chunk.size();
            received += chunk.size();
            if (progress)
                progress(received);
            if (t->data.size() >= t->job.maxBytes && reply->bytesAvailable() > 0) {
                // Never read past the stated length: the rest is not even looked at.
                t->abortKind = FetchFailure::Refused;
                t->abortReason = t->job.expectedBytes >= 0
                                     ? tr("is longer than the %1 bytes index.json says").arg(t->job.expectedBytes)
                                     : tr("is larger than the %1 bytes allowed").arg(t->job.maxBytes);
                reply->abort();
            }
        });
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, t]() {
            t->timer.stop();
            active.remove(reply);
            reply->deleteLater();
            const QString name = t->job.url.toString();
            if (t->abortKind == FetchFailure::Cancelled) {
                // stopped because another transfer failed or the user cancelled
            } else if (t->abortKind != FetchFailure::None) {
                problems->append({name, QString(), t->abortReason});
                failWith(t->abortKind);
            } else if (reply->error() != QNetworkReply::NoError) {
                if (reply->error() == QNetworkReply::ContentNotFoundError)
                    m_notFound = true;
                problems->append({name, QString(), tr("cannot download: %1").arg(replyError(reply))});
                failWith(FetchFailure::Io);
            } else if (const QString status = unexpectedStatus(reply); !status.isEmpty()) {
                // A reply with no error can still be no document: a redirect the loop gave up
                // on, or a 1xx/3xx with an empty body, is not "an empty file".
                problems->append({name, QString(), tr("cannot download: %1").arg(status)});
                failWith(FetchFailure::Io);
            } else {
                // Whatever arrived after the last readyRead.
                const qint64 room = t->job.maxBytes - t->data.size();
                t->data.append(reply->read(qMax<qint64>(0, qMin(room, reply->bytesAvailable()))));
                if (reply->bytesAvailable() > 0) {
                    problems->append({name, QString(), tr("is longer than the %1 bytes allowed").arg(t->job.maxBytes)});
                    failWith(FetchFailure::Refused);
                } else if (t->job.expectedBytes >= 0 && t->data.size() != t->job.expectedBytes) {
                    problems->append({name, QString(), tr("is %1 bytes long but index.json says %2")
                                                           .arg(t->data.size())
                                                           .arg(t->job.expectedBytes)});
                    failWith(FetchFailure::Refused);
                } else {
                    out->insert(t->job.path, std::move(t->data));
                }
            }
            startMore();
        });
    };
    startMore = [&]() {
        while (result == FetchFailure::None && active.size() < MaxParallel && next < jobs.size())
            start(jobs.at(next++));
        if (active.isEmpty())
            loop.quit();
    };

    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&]() {
        checkLimits(active);
        if (m_cancelled && m_cancelled->loadRelaxed()) {
            if (result == FetchFailure::None)
                problems->append({m_base.toString(), QString(), tr("cancelled")});
            failWith(FetchFailure::Cancelled);
            if (active.isEmpty())
                loop.quit();
        }
    });
    cancelPoll.start(50);
    if (m_deadline.hasExpired()) {
        problems->append({m_base.toString(), QString(),
                          tr("the sync took longer than its deadline of %1 s (sync --deadline)").arg(m_limits.deadlineMs / 1000.0)});
        return FetchFailure::Io;
    }
    startMore();
    if (!active.isEmpty())
        loop.exec();
    return result;
}

} // namespace livedna
