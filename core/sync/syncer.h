#pragma once

#include "core/publish/signature.h"

#include "core/cache/cache.h"
#include "core/util/problem.h"

#include <QAtomicInt>
#include <QObject>
#include <QStringList>

namespace livedna {

struct SyncOptions
{
    bool strict = false;           // refuse an expired index instead of warning
    int connectTimeoutMs = 15000;
    int transferTimeoutMs = 60000; // no bytes for this long aborts the transfer
    // Issue 12: a trickling server is abandoned too. A transfer that receives fewer than
    // minBytesPerSecond on average over any rateWindowMs is aborted, and the whole sync
    // stops at deadlineMs; both are documented in the README ("Limits") and overridable
    // (sync --min-rate, --deadline). 0 turns a check off.
    qint64 minBytesPerSecond = 1024;
    int rateWindowMs = 30000;
    qint64 deadlineMs = 60LL * 60 * 1000;
    QByteArray trustedKey;         // --trust: pin this Ed25519 public key (issue 6)
    bool replaceKey = false;       // --replace-key: trustedKey may replace a different pinned key
    bool makeDefault = false;      // --make-default: this commons becomes the cache's default
    // A network sync downloads about this many bytes of documents, then parses and inserts
    // them, then the next batch: what it holds in memory at once.
    qint64 batchBytes = 64LL * 1024 * 1024;
    // Documents are parsed ahead of the inserts on worker threads while their bytes sum to at
    // most this (always at least one document), whatever the number of cores (issue 12).
    qint64 parseBytesInFlight = 64LL * 1024 * 1024;
};

struct SyncReport
{
    QString commons;
    QString title;
    qint64 previousVersion = 0; // 0 when the commons was new to the cache
    qint64 version = 0;
    bool nothingNew = false;
    QStringList added;   // document paths
    QStringList changed;
    QStringList removed;
    QStringList warnings; // e.g. expired index
    // How the commons' pinned key changed, so no trust change is silent (issue 12).
    TrustDecision::Change keyChange = TrustDecision::Change::None;
    QByteArray pinnedKey;   // the key now pinned (empty for an unsigned commons)
    QByteArray previousKey; // the pin keyChange Replaced replaced
    int documentsFetched = 0;
    qint64 bytesFetched = 0;
};

// Brings one commons from a source into the cache, completely or not at all.
// SOURCE is a folder, a file:// URL, an http(s):// URL (of the folder or of index.json),
// or "demo" for the commons bundled in the binary. run() blocks (it spins a local event
// loop for network sources); the GUI calls it on a worker thread with its own Cache.
class Syncer : public QObject
{
    Q_OBJECT

public:
    // Why the last run() failed, so callers can tell refused data (CLI exit code 2) from an
    // I/O or network failure (3) and a cancellation.
    enum class Failure { None, Refused, Io, Cancelled };

    explicit Syncer(Cache *cache, QObject *parent = nullptr);

    Result<SyncReport> run(const QString &source, const SyncOptions &options = {});
    // Safe from any thread; the running sync stops at its next step and changes nothing.
    // Called before run(), it makes that run() return "cancelled" at once.
    void cancel();

    static QString demoSource(); // the resource folder of the bundled demo commons
    Failure lastFailure() const { return m_lastFailure; }

Q_SIGNALS:
    // done/total in bytes where known; `what` names the document being processed.
    void progress(qint64 done, qint64 total, const QString &what);

private:
    Cache *m_cache;
    QAtomicInt m_cancelled;
    Failure m_lastFailure = Failure::None;
};

} // namespace livedna
