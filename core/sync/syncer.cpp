#include "core/sync/syncer.h"

#include "core/cache/cachewriter.h"
#include "core/commons/commonsreader.h"
#include "core/importers/lgslimporter.h"
#include "core/publish/signature.h"
#include "core/sync/documentsource.h"
#include "core/util/logging.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QFuture>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <deque>

#include <sodium.h>

namespace livedna {

namespace {

const QString kIndexFormat = QStringLiteral("livedna-commons/1");
// Far above any real organisation's document (a national-scale one is about 300 KB), far
// below what would exhaust a laptop's memory.
constexpr qint64 MaxDocumentBytes = 256LL * 1024 * 1024;
// The national LGSL is about 1 MB; the cap is the one the reader puts on index.json.
constexpr qint64 MaxLgslBytes = CommonsReader::MaxIndexBytes;

struct Parsed
{
    IndexEntry entry;
    std::optional<Organisation> org;
    QList<Problem> problems;
    Syncer::Failure failure = Syncer::Failure::None;
};

Syncer::Failure toSyncFailure(FetchFailure f)
{
    switch (f) {
    case FetchFailure::None:
        return Syncer::Failure::None;
    case FetchFailure::Refused:
        return Syncer::Failure::Refused;
    case FetchFailure::Io:
        return Syncer::Failure::Io;
    case FetchFailure::Cancelled:
        break;
    }
    return Syncer::Failure::Cancelled;
}

// Spec v1 has no document type for the LGSL, so it travels as an entry of the optional
// top-level "extras" array (docs/import-and-publish.md). Extras of other types are left alone,
// as a v1 reader leaves unknown fields. Returns false with problems when the array is broken.
bool readLgslExtra(const QByteArray &indexBytes, const QString &indexName, const QList<IndexEntry> &documents,
                   std::optional<IndexEntry> *lgsl, QList<Problem> *problems)
{
    const QJsonValue extras = QJsonDocument::fromJson(indexBytes).object().value(QLatin1String("extras"));
    if (extras.isUndefined())
        return true;
    const int before = int(problems->size());
    const auto problem = [&](const QString &pointer, const QString &message) {
        problems->append({indexName, pointer, message});
    };
    if (!extras.isArray()) {
        problem(QStringLiteral("/extras"), Syncer::tr("expected an array of extra files"));
        return false;
    }
    QSet<QString> documentPaths;
    for (const IndexEntry &e : documents)
        documentPaths.insert(e.path);
    static const QRegularExpression hexRe(QStringLiteral("^[0-9a-fA-F]{64}$"));
    const QJsonArray list = extras.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("/extras/%1").arg(i);
        if (!list.at(i).isObject()) {
            problem(at, Syncer::tr("expected an object"));
            continue;
        }
        const QJsonObject o = list.at(i).toObject();
        const QJsonValue type = o.value(QLatin1String("type"));
        if (!type.isString()) {
            problem(at + QStringLiteral("/type"), Syncer::tr("expected the type of the extra file as text"));
            continue;
        }
        if (type.toString() != QLatin1String("lgsl"))
            continue;
        IndexEntry e;
        e.type = DocumentType::Lgsl;
        e.path = o.value(QLatin1String("path")).toString();
        QString why;
        if (!o.value(QLatin1String("path")).isString()) {
            problem(at + QStringLiteral("/path"), Syncer::tr("expected a path"));
        } else if (!CommonsReader::isSafePath(e.path, &why)) {
            problem(at + QStringLiteral("/path"), Syncer::tr("path \"%1\" is outside the commons: %2").arg(e.path, why));
        } else if (documentPaths.contains(e.path)) {
            problem(at + QStringLiteral("/path"), Syncer::tr("path \"%1\" is also listed as a document").arg(e.path));
        }
        const QJsonValue sha = o.value(QLatin1String("sha256"));
        if (!sha.isString() || !hexRe.match(sha.toString()).hasMatch())
            problem(at + QStringLiteral("/sha256"), Syncer::tr("expected 64 hexadecimal digits"));
        e.sha256 = sha.toString().toLower();
        const QJsonValue bytes = o.value(QLatin1String("bytes"));
        const double n = bytes.toDouble(-1);
        if (!bytes.isDouble() || n < 0 || n != std::floor(n) || n > 9007199254740992.0)
            problem(at + QStringLiteral("/bytes"), Syncer::tr("expected a whole number of bytes"));
        e.bytes = qint64(qMax(0.0, qMin(n, 9007199254740992.0)));
        if (lgsl->has_value())
            problem(at, Syncer::tr("a second LGSL list; a commons carries at most one"));
        if (int(problems->size()) == before && !lgsl->has_value())
            *lgsl = e;
    }
    return int(problems->size()) == before;
}

} // namespace

Syncer::Syncer(Cache *cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{
}

void Syncer::cancel()
{
    m_cancelled.storeRelaxed(1);
}

QString Syncer::demoSource()
{
    return QStringLiteral(":/demo");
}

Result<SyncReport> Syncer::run(const QString &source, const SyncOptions &options)
{
    // A cancel() that came before run() counts (a GUI may cancel before its worker thread
    // gets here); the flag is cleared when run() returns, so the Syncer can be used again.
    struct ClearOnExit
    {
        QAtomicInt &flag;
        ~ClearOnExit() { flag.storeRelaxed(0); }
    } clearCancel{m_cancelled};
    m_lastFailure = Failure::None;
    QElapsedTimer clock;
    clock.start();
    const auto refuse = [this](Failure kind, QList<Problem> problems) {
        m_lastFailure = kind;
        for (const Problem &p : problems)
            qCInfo(lcSync).noquote() << "refused:" << p.toString();
        return Result<SyncReport>::failure(std::move(problems));
    };
    const auto refuseOne = [&](Failure kind, const QString &file, const QString &message) {
        return refuse(kind, {Problem{file, QString(), message}});
    };
    const auto cancelled = [&]() { return refuseOne(Failure::Cancelled, source, tr("sync cancelled; the cache is unchanged")); };

    if (!m_cache || !m_cache->isOpen())
        return refuseOne(Failure::Io, source, tr("the cache is not open"));
    if (m_cancelled.loadRelaxed())
        return cancelled();

    QList<Problem> problems;
    std::unique_ptr<DocumentSource> src = DocumentSource::create(source, options, &m_cancelled, &problems);
    if (!src)
        return refuse(Failure::Io, problems);

    // 1. The index.
    const QString indexName = src->displayName(QStringLiteral("index.json"));
    Q_EMIT progress(0, 0, indexName);
    Fetched indexFetch = src->fetchIndex(CommonsReader::MaxIndexBytes);
    if (!indexFetch.ok())
        return refuse(toSyncFailure(indexFetch.failure), indexFetch.problems);
    const QString indexSha = CommonsReader::sha256Hex(indexFetch.bytes);
    Result<CommonsIndex> indexResult = CommonsReader::readIndex(indexFetch.bytes, indexName);
    if (!indexResult.ok())
        return refuse(Failure::Refused, indexResult.problems());
    const CommonsIndex index = indexResult.take();
    // Issue 6: a pinned (or --trust) key requires a valid index.json.sig; a signed index that
    // names its key pins it on first use.
    const std::optional<CommonsInfo> known = m_cache->commons(index.commons);
    const QByteArray pinnedKey = known ? known->publicKey : QByteArray();
    // The signature is only fetched when something will check it: an unsigned commons costs
    // no extra request.
    const bool wantSignature = !pinnedKey.isEmpty() || !options.trustedKey.isEmpty()
                               || !indexDeclaredKey(indexFetch.bytes).isEmpty();
    const Result<QByteArray> trust = checkIndexTrust(indexFetch.bytes, wantSignature ? src->fetchSignature().bytes : QByteArray(),
                                                     pinnedKey, options.trustedKey);
    if (!trust.ok())
        return refuseOne(Failure::Refused, indexName, trust.errorString());
    const QByteArray keyToPin = trust.value() != pinnedKey ? trust.value() : QByteArray();
    std::optional<IndexEntry> lgslExtra;
    {
        QList<Problem> extraProblems;
        if (!readLgslExtra(indexFetch.bytes, indexName, index.documents, &lgslExtra, &extraProblems))
            return refuse(Failure::Refused, extraProblems);
    }
    indexFetch.bytes.clear();

    // The reader enforces these; they are checked again because the cache's integrity
    // depends on them and a reader regression must not reach the database.
    if (index.format != kIndexFormat)
        return refuseOne(Failure::Refused, indexName, tr("unknown format \"%1\"; this LiveDNA reads %2").arg(index.format, kIndexFormat));
    {
        QSet<QString> paths;
        QSet<QString> orgs;
        int bricksEntries = 0;
        for (const IndexEntry &e : index.documents) {
            QString why;
            if (!CommonsReader::isSafePath(e.path, &why))
                problems.append({indexName, QString(), tr("path \"%1\" is outside the commons: %2").arg(e.path, why)});
            if (paths.contains(e.path))
                problems.append({indexName, QString(), tr("path \"%1\" is listed twice").arg(e.path)});
            paths.insert(e.path);
            if (e.type == DocumentType::Bricks) {
                ++bricksEntries;
            } else if (orgs.contains(e.org)) {
                problems.append({indexName, QString(), tr("organisation \"%1\" is listed twice").arg(e.org)});
            } else {
                orgs.insert(e.org);
            }
        }
        if (bricksEntries != 1)
            problems.append({indexName, QString(), tr("lists %1 bricks documents; exactly one is required").arg(bricksEntries)});
        if (!problems.isEmpty())
            return refuse(Failure::Refused, problems);
    }

    SyncReport report;
    report.commons = index.commons;
    report.title = index.title;
    report.version = index.version;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (index.expires.isValid() && index.expires < now) {
        const QString msg = tr("index.json expired on %1; its data may be stale")
                                .arg(index.expires.toUTC().toString(Qt::ISODate));
        if (options.strict)
            return refuseOne(Failure::Refused, indexName, msg + tr(" (refused in strict mode)"));
        report.warnings.append(msg);
    }

    // 2. Against what the cache already accepted.
    const std::optional<CommonsInfo> existing = m_cache->commons(index.commons);
    QHash<QString, IndexEntry> cached;
    if (existing) {
        const QList<IndexEntry> docs = m_cache->documents(index.commons);
        for (const IndexEntry &e : docs)
            cached.insert(e.path, e);
    }
    const auto sameAsCached = [&cached](const IndexEntry &e) {
        const auto it = cached.constFind(e.path);
        return it != cached.cend() && it->type == e.type && it->sha256 == e.sha256.toLower() && it->bytes == e.bytes;
    };
    if (existing) {
        report.previousVersion = existing->version;
        if (index.version < existing->version) {
            return refuseOne(Failure::Refused, indexName,
                             tr("version %1 is lower than version %2 already accepted for commons \"%3\"; "
                                "refusing a rollback")
                                 .arg(index.version)
                                 .arg(existing->version)
                                 .arg(index.commons));
        }
        if (index.version == existing->version) {
            if (indexSha != existing->indexSha256) {
                return refuseOne(Failure::Refused, indexName,
                                 tr("version %1 was already accepted with different content; a publisher must "
                                    "raise the version with every change")
                                     .arg(index.version));
            }
        }
        // A cache synced before it knew extras (schema < 3) holds this version without its
        // LGSL: then only the extra is fetched, below.
        if (index.version == existing->version && (!lgslExtra || sameAsCached(*lgslExtra))) {
            CacheWriter writer(m_cache->database());
            Status st = writer.begin();
            if (st)
                st = writer.touchCommons(existing->rowId, src->sourceLabel(), now);
            if (st && !keyToPin.isEmpty())
                st = m_cache->setPublicKey(index.commons, keyToPin);
            if (st)
                st = writer.commit();
            if (!st)
                return refuseOne(Failure::Io, m_cache->path(), st.error);
            report.nothingNew = true;
            return report;
        }
    }

    // 3. What changed since then.
    QList<IndexEntry> toFetch;
    const IndexEntry *bricksToFetch = nullptr;
    QSet<QString> listed;
    for (const IndexEntry &e : index.documents) {
        listed.insert(e.path);
        const auto it = cached.constFind(e.path);
        if (it == cached.cend()) {
            report.added.append(e.path);
        } else if (it->sha256 != e.sha256.toLower() || it->bytes != e.bytes) {
            report.changed.append(e.path);
        } else {
            // Same bytes as before, so the document still says what it said: the entry
            // must still describe it the same way.
            if (it->type != e.type || it->org != e.org) {
                return refuseOne(Failure::Refused, indexName,
                                 tr("lists %1 as organisation \"%2\" but that unchanged document is \"%3\"")
                                     .arg(e.path, e.org, it->org));
            }
            continue;
        }
        toFetch.append(e);
    }
    // The LGSL extra is fetched only when its hash (or a cache from before extras) says so.
    const IndexEntry *lgslToFetch = nullptr;
    if (lgslExtra) {
        listed.insert(lgslExtra->path);
        if (!cached.contains(lgslExtra->path))
            report.added.append(lgslExtra->path);
        else if (!sameAsCached(*lgslExtra))
            report.changed.append(lgslExtra->path);
        if (!sameAsCached(*lgslExtra))
            toFetch.append(*lgslExtra);
    }
    for (auto it = cached.cbegin(); it != cached.cend(); ++it) {
        if (!listed.contains(it.key()))
            report.removed.append(it.key());
    }
    report.removed.sort();
    for (const IndexEntry &e : toFetch) {
        if (e.type == DocumentType::Bricks)
            bricksToFetch = &e;
        else if (e.type == DocumentType::Lgsl)
            lgslToFetch = &e;
    }
    qint64 totalBytes = 0;
    for (const IndexEntry &e : toFetch)
        totalBytes += e.bytes;
    report.documentsFetched = int(toFetch.size());
    report.bytesFetched = totalBytes;

    // 4. Sizes. A document is held in memory whole while it is checked and parsed, so an
    // index claiming a huge one is refused before anything is read.
    if (lgslToFetch && lgslToFetch->bytes > MaxLgslBytes) {
        return refuseOne(Failure::Refused, src->displayName(lgslToFetch->path),
                         tr("index.json says it is %1 bytes; LiveDNA accepts an LGSL list of at most %2 bytes")
                             .arg(lgslToFetch->bytes)
                             .arg(MaxLgslBytes));
    }
    for (const IndexEntry &e : toFetch) {
        if (e.bytes > MaxDocumentBytes) {
            return refuseOne(Failure::Refused, src->displayName(e.path),
                             tr("index.json says it is %1 bytes; LiveDNA accepts documents of at most %2 bytes")
                                 .arg(e.bytes)
                                 .arg(MaxDocumentBytes));
        }
    }
    // Network sources download a batch, then it is parsed and inserted (progress counts both
    // passes); folders are read by the workers as they go.
    const bool twoPhase = dynamic_cast<HttpSource *>(src.get()) != nullptr;
    const qint64 progressTotal = twoPhase ? 2 * totalBytes : totalBytes;
    qint64 done = 0;
    const auto download = [&](const QList<IndexEntry> &entries) {
        if (!twoPhase || entries.isEmpty())
            return FetchFailure::None;
        const qint64 base = done;
        qint64 batchBytes = 0;
        for (const IndexEntry &e : entries)
            batchBytes += e.bytes;
        const FetchFailure f = src->prefetch(entries, [&](qint64 received) {
            Q_EMIT progress(base + received, progressTotal, tr("downloading"));
        }, &problems);
        done = base + batchBytes;
        return f;
    };

    // 5. The catalogue: new when bricks.json changed, else the one the cache holds.
    Catalogue catalogue;
    if (bricksToFetch) {
        const QString name = src->displayName(bricksToFetch->path);
        const FetchFailure df = download({*bricksToFetch});
        if (m_cancelled.loadRelaxed())
            return cancelled();
        if (df != FetchFailure::None)
            return refuse(toSyncFailure(df), problems);
        Q_EMIT progress(done, progressTotal, bricksToFetch->path);
        Fetched f = src->fetch(*bricksToFetch);
        if (!f.ok())
            return refuse(toSyncFailure(f.failure), f.problems);
        problems = CommonsReader::checkDocumentBytes(f.bytes, *bricksToFetch, name);
        if (!problems.isEmpty())
            return refuse(Failure::Refused, problems);
        Result<Catalogue> cat = CommonsReader::readBricks(f.bytes, name);
        if (!cat.ok())
            return refuse(Failure::Refused, cat.problems());
        catalogue = cat.take();
        done += bricksToFetch->bytes;
    } else {
        catalogue = m_cache->catalogue(index.commons);
    }
    catalogue.reindex();
    if (m_cancelled.loadRelaxed())
        return cancelled();

    // 5b. The LGSL extra, checked like every document, written in the transaction below.
    std::optional<QList<LgslService>> lgsl;
    if (lgslToFetch) {
        const QString name = src->displayName(lgslToFetch->path);
        const FetchFailure df = download({*lgslToFetch});
        if (m_cancelled.loadRelaxed())
            return cancelled();
        if (df != FetchFailure::None)
            return refuse(toSyncFailure(df), problems);
        Q_EMIT progress(done, progressTotal, lgslToFetch->path);
        Fetched f = src->fetch(*lgslToFetch);
        if (!f.ok())
            return refuse(toSyncFailure(f.failure), f.problems);
        problems = CommonsReader::checkDocumentBytes(f.bytes, *lgslToFetch, name);
        if (!problems.isEmpty())
            return refuse(Failure::Refused, problems);
        Result<QList<LgslService>> list = LgslImporter::fromJson(f.bytes, name);
        if (!list.ok())
            return refuse(Failure::Refused, list.problems());
        lgsl = list.take();
        done += lgslToFetch->bytes;
        if (m_cancelled.loadRelaxed())
            return cancelled();
    }

    // 6. One transaction for everything; any early return rolls it back.
    CacheWriter writer(m_cache->database());
    Status st = writer.begin();
    if (!st)
        return refuseOne(Failure::Io, m_cache->path(), st.error);
    const Result<qint64> ref = writer.upsertCommons(index, src->sourceLabel(), indexSha, now);
    if (!ref.ok())
        return refuse(Failure::Io, ref.problems());
    const qint64 commonsRef = ref.value();
    if (bricksToFetch) {
        st = writer.replaceCatalogue(commonsRef, catalogue);
        if (!st)
            return refuseOne(Failure::Io, m_cache->path(), st.error);
    }
    // The LGSL table is national: the last list synced (or imported) is the one it holds. A
    // commons that stops listing its extra leaves the table as it is.
    if (lgsl) {
        st = writer.replaceLgsl(*lgsl);
        if (!st)
            return refuseOne(Failure::Io, m_cache->path(), st.error);
    }
    for (const QStringList *paths : {&report.changed, &report.removed}) {
        for (const QString &path : *paths) {
            if (cached.value(path).type == DocumentType::Organisation) {
                st = writer.deleteOrganisationAt(commonsRef, path);
                if (!st)
                    return refuseOne(Failure::Io, m_cache->path(), st.error);
            }
        }
    }
    if (bricksToFetch && existing) {
        // What remains are the organisations whose documents did not change: they were
        // checked against the old catalogue and must still make sense with the new one.
        problems = writer.unresolvedReferences(commonsRef);
        for (Problem &p : problems)
            p.file = src->displayName(p.file);
        if (!problems.isEmpty())
            return refuse(Failure::Refused, problems);
        st = writer.recomputeDerived(commonsRef);
        if (!st)
            return refuseOne(Failure::Io, m_cache->path(), st.error);
    }

    // 7. Organisations: workers read, hash and parse ahead while this thread inserts, in
    // index order. The window bounds memory to a few parsed documents at a time.
    QThreadPool pool;
    pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount()));
    const int window = qMax(2, pool.maxThreadCount() * 2);
    QAtomicInt stopWorkers;
    DocumentSource *source_ = src.get();
    const Catalogue &cat = catalogue;
    const auto parseOne = [source_, &cat, &stopWorkers](IndexEntry entry) {
        Parsed p;
        p.entry = entry;
        if (stopWorkers.loadRelaxed()) {
            p.failure = Failure::Cancelled;
            return p;
        }
        const QString name = source_->displayName(entry.path);
        Fetched f = source_->fetch(entry);
        if (!f.ok()) {
            p.problems = f.problems;
            p.failure = toSyncFailure(f.failure);
            return p;
        }
        p.problems = CommonsReader::checkDocumentBytes(f.bytes, entry, name);
        if (!p.problems.isEmpty()) {
            p.failure = Failure::Refused;
            return p;
        }
        Result<Organisation> org = CommonsReader::readOrganisation(f.bytes, name, cat, entry);
        if (!org.ok()) {
            p.problems = org.problems();
            p.failure = Failure::Refused;
            return p;
        }
        p.org = org.take();
        return p;
    };
    // Batches bound what a network sync holds in memory at once.
    QList<QList<IndexEntry>> batches;
    {
        qint64 batchBytes = 0;
        for (const IndexEntry &e : toFetch) {
            if (e.type != DocumentType::Organisation)
                continue;
            if (batches.isEmpty() || (batchBytes + e.bytes > options.batchBytes && !batches.last().isEmpty())) {
                batches.append(QList<IndexEntry>());
                batchBytes = 0;
            }
            batches.last().append(e);
            batchBytes += e.bytes;
        }
    }
    Failure failure = Failure::None;
    qint64 waitedNs = 0; // time this thread spent waiting for the parsers: tells where to optimise
    qint64 insertNs = 0;
    QElapsedTimer phase;
    for (const QList<IndexEntry> &orgEntries : std::as_const(batches)) {
        const FetchFailure df = download(orgEntries);
        if (m_cancelled.loadRelaxed())
            return cancelled();
        if (df != FetchFailure::None)
            return refuse(toSyncFailure(df), problems);
        std::deque<QFuture<Parsed>> pending;
        int nextToStart = 0;
        const auto fill = [&]() {
            while (int(pending.size()) < window && nextToStart < orgEntries.size())
                pending.push_back(QtConcurrent::run(&pool, parseOne, orgEntries.at(nextToStart++)));
        };
        const auto drain = [&]() {
            stopWorkers.storeRelaxed(1);
            for (QFuture<Parsed> &f : pending)
                f.waitForFinished();
            pending.clear();
        };
        fill();
        while (!pending.empty()) {
            if (m_cancelled.loadRelaxed()) {
                drain();
                return cancelled();
            }
            phase.start();
            Parsed p = pending.front().result();
            waitedNs += phase.nsecsElapsed();
            pending.pop_front();
            fill();
            phase.start();
            if (p.failure != Failure::None) {
                problems = p.problems;
                failure = p.failure;
                break;
            }
            bool duplicate = false;
            st = writer.insertOrganisation(commonsRef, *p.org, catalogue, p.entry.path, &duplicate);
            if (!st) {
                problems = {Problem{src->displayName(p.entry.path), QString(), st.error}};
                // A duplicate organisation is the publisher's mistake, anything else is ours.
                failure = duplicate ? Failure::Refused : Failure::Io;
                break;
            }
            insertNs += phase.nsecsElapsed();
            // Freeing a parsed organisation (thousands of small strings) is work the inserting
            // thread need not do: hand it back to the pool.
            pool.start([org = std::move(p.org)]() mutable { org.reset(); });
            done += p.entry.bytes;
            Q_EMIT progress(done, progressTotal, p.entry.path);
        }
        if (failure != Failure::None) {
            // Report every document already parsed that failed too, not only the first.
            stopWorkers.storeRelaxed(1);
            for (QFuture<Parsed> &f : pending) {
                const Parsed other = f.result();
                if (other.failure != Failure::None && other.failure != Failure::Cancelled)
                    problems += other.problems;
            }
            pending.clear();
            return refuse(failure, problems);
        }
    }
    qCDebug(lcSync) << "organisations: waited" << waitedNs / 1000000 << "ms for parsers, inserted in"
                    << insertNs / 1000000 << "ms";

    // 8. The index as accepted, and its history.
    QList<IndexEntry> accepted = index.documents;
    if (lgslExtra)
        accepted.append(*lgslExtra);
    st = writer.replaceDocuments(commonsRef, accepted);
    if (st)
        st = writer.addHistory(commonsRef, index.version, now, indexSha, src->sourceLabel(), report.added,
                               report.changed, report.removed);
    if (!st)
        return refuseOne(Failure::Io, m_cache->path(), st.error);
    if (st && !keyToPin.isEmpty())
        st = m_cache->setPublicKey(index.commons, keyToPin);
    if (!st)
        return refuseOne(Failure::Io, m_cache->path(), st.error);
    if (m_cancelled.loadRelaxed())
        return cancelled();
    phase.start();
    st = writer.commit();
    if (!st)
        return refuseOne(Failure::Io, m_cache->path(), st.error);
    qCDebug(lcSync) << "commit took" << phase.elapsed() << "ms";
    qCInfo(lcSync) << "synced" << index.commons << "version" << index.version << "from" << src->sourceLabel() << "in"
                   << clock.elapsed() << "ms:" << report.added.size() << "added," << report.changed.size()
                   << "changed," << report.removed.size() << "removed";
    return report;
}

} // namespace livedna
