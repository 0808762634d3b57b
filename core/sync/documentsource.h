#pragma once

#include "core/domain/commonsindex.h"
#include "core/util/problem.h"

#include <QAtomicInt>
#include <QByteArray>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace livedna {

struct SyncOptions;

// Why a fetch failed: the data broke a rule (exit code 2) or it could not be read (3).
enum class FetchFailure { None, Refused, Io, Cancelled };

struct Fetched
{
    QByteArray bytes;
    QList<Problem> problems;
    FetchFailure failure = FetchFailure::None;
    bool ok() const { return failure == FetchFailure::None; }
};

// Where the files of one commons come from: a folder (also file:// URLs and the bundled
// demo under ":/demo") or an HTTP(S) origin. Paths given to it have already passed
// CommonsReader::isSafePath.
class DocumentSource
{
    Q_DECLARE_TR_FUNCTIONS(DocumentSource)

public:
    virtual ~DocumentSource();

    // Picks the source for SOURCE as the sync command takes it; problems when it cannot.
    static std::unique_ptr<DocumentSource> create(const QString &source, const SyncOptions &options,
                                                  const QAtomicInt *cancelled, QList<Problem> *problems);

    // What the cache records as the source ("demo", a folder, a URL).
    virtual QString sourceLabel() const = 0;
    // How problems name a document: its full path or URL.
    virtual QString displayName(const QString &path) const = 0;

    virtual Fetched fetchIndex(qint64 maxBytes) = 0;
    // Network sources download every listed document here (reading at most `bytes` of each);
    // `progress` gets the bytes received so far. Folders read lazily in fetch() instead.
    virtual FetchFailure prefetch(const QList<IndexEntry> &entries, const std::function<void(qint64)> &progress,
                                  QList<Problem> *problems);
    // Thread-safe: exactly entry.bytes bytes of the document, or why not. The caller checks
    // the hash.
    virtual Fetched fetch(const IndexEntry &entry) = 0;
    // index.json.sig (issue 6): its bytes, or empty bytes when the commons has none.
    virtual Fetched fetchSignature() { return {}; }
};

class FolderSource : public DocumentSource
{
public:
    FolderSource(QString root, QString label);
    QString sourceLabel() const override { return m_label; }
    QString displayName(const QString &path) const override;
    Fetched fetchIndex(qint64 maxBytes) override;
    Fetched fetch(const IndexEntry &entry) override;
    Fetched fetchSignature() override;

private:
    Fetched readFile(const QString &relative, qint64 expectedBytes, qint64 maxBytes) const;

    QString m_root;
    QString m_canonicalRoot;
    QString m_label;
};

// The time limits of HTTP transfers, from SyncOptions (see there).
struct HttpLimits
{
    int connectTimeoutMs = 15000;
    int transferTimeoutMs = 60000;
    qint64 minBytesPerSecond = 0;
    int rateWindowMs = 30000;
    qint64 deadlineMs = 0;
};

class HttpSource : public DocumentSource
{
public:
    HttpSource(const QUrl &base, const HttpLimits &limits, const QAtomicInt *cancelled);
    ~HttpSource() override;
    QString sourceLabel() const override { return m_base.toString(); }
    QString displayName(const QString &path) const override;
    Fetched fetchIndex(qint64 maxBytes) override;
    FetchFailure prefetch(const QList<IndexEntry> &entries, const std::function<void(qint64)> &progress,
                          QList<Problem> *problems) override;
    Fetched fetch(const IndexEntry &entry) override;
    Fetched fetchSignature() override;

    struct Job
    {
        QString path;
        QUrl url;
        qint64 maxBytes = 0;
        qint64 expectedBytes = -1; // -1: any length up to maxBytes
    };

private:
    static constexpr int MaxRedirects = 5;
    QUrl urlOf(const QString &path) const;
    QString replyError(QNetworkReply *reply) const;
    static QString unexpectedStatus(QNetworkReply *reply);
    template<typename Active>
    void checkLimits(const Active &active) const;
    // Downloads every job, at most a few at a time, in a local event loop.
    FetchFailure download(const QList<Job> &jobs, QHash<QString, QByteArray> *out,
                          const std::function<void(qint64)> &progress, QList<Problem> *problems);

    QUrl m_base; // ends with '/'
    int m_connectTimeoutMs;
    int m_transferTimeoutMs;
    HttpLimits m_limits;
    QDeadlineTimer m_deadline; // from the source's creation, i.e. the start of the sync
    bool m_notFound = false;   // the last download ended in a 404
    const QAtomicInt *m_cancelled;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QMutex m_mutex;
    QHash<QString, QByteArray> m_fetched;
};

} // namespace livedna
