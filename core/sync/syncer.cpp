#include "core/sync/syncer.h"

#include "core/analysis/valuerankstore.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "core/cache/cachewriter.h"
#include "core/commons/commonsreader.h"
#include "core/area/areadata.h"
#include "core/commons/benchmarkdata.h"
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
#include <functional>
#include <memory>

#include <sodium.h>

namespace livedna {

namespace {

const QString kIndexFormat = QStringLiteral("livedna-commons/1");
// Far above any real organisation's document (a national-scale one is about 300 KB), far
// below what would exhaust a laptop's memory.
constexpr qint64 MaxDocumentBytes = CommonsReader::MaxDocumentBytes;
// The national LGSL is about 1 MB; the cap is the one the reader puts on index.json.
constexpr qint64 MaxLgslBytes = CommonsReader::MaxIndexBytes;
// The national areas document is about 1 MB (650 constituencies, 360 councils, 140 trusts).
constexpr qint64 MaxAreasBytes = 16LL * 1024 * 1024;
// From this many organisation documents, a commons new to the cache is indexed at commit
// (CacheWriter::deferCapabilityIndex()).
constexpr qsizetype ColdSyncDocuments = 100;
// The national benchmarks document is about 300 KB (315 distributions, 152 library figures).
constexpr qint64 MaxBenchmarksBytes = 16LL * 1024 * 1024;

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

// One "lgsl" entry of the "extras" array; problems are appended through `problem`.
IndexEntry readLgslEntry(const QJsonObject &o, const QString &at, const QSet<QString> &documentPaths,
                         const std::function<void(const QString &, const QString &)> &problem)
{
    static const QRegularExpression hexRe(QStringLiteral("^[0-9a-fA-F]{64}$"));
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
    return e;
}

// Spec v1 has no document type for the LGSL, so it travels as an entry of the optional
// top-level "extras" array (docs/import-and-publish.md). Extras of other types are left alone,
// as a v1 reader leaves unknown fields. Returns false with problems when the array is broken.
bool readLgslExtra(const QByteArray &indexBytes, const QString &indexName, const QList<IndexEntry> &documents,
                   std::optional<IndexEntry> *lgsl, std::optional<IndexEntry> *areas,
                   std::optional<IndexEntry> *benchmarks, QList<Problem> *problems)
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
        if (type.toString() == QLatin1String("areas")) { // issue 11, docs/areas.md
            IndexEntry e = readLgslEntry(o, at, documentPaths, problem);
            e.type = DocumentType::Areas;
            if (areas->has_value())
                problem(at, Syncer::tr("a second areas document; a commons carries at most one"));
            if (int(problems->size()) == before && !areas->has_value())
                *areas = e;
            continue;
        }
        if (type.toString() == QLatin1String("benchmarks")) { // issue 10 item 6, docs/benchmarks.md
            IndexEntry e = readLgslEntry(o, at, documentPaths, problem);
            e.type = DocumentType::Benchmarks;
            if (benchmarks->has_value())
                problem(at, Syncer::tr("a second benchmarks document; a commons carries at most one"));
            if (int(problems->size()) == before && !benchmarks->has_value())
                *benchmarks = e;
            continue;
        }
        if (type.toString() != QLatin1String("lgsl"))
            continue;
        const IndexEntry e = readLgslEntry(o, at, documentPaths, problem);
        if (lgsl->has_value())
            problem(at, Syncer::tr("a second LGSL list; a commons carries at most one"));
        if (int(problems->size()) == before && !lgsl->has_value())
            *lgsl = e;
    }
    return int(problems->size()) == before;
}

} // namespace

// One run of Syncer::run(): its steps as short functions over shared state. Each step
// returns false once it has recorded why the sync stops (m_failure, m_problems); nothing is
// written to the cache before the one transaction of beginWrite() .. finish(), and any early
// return rolls that back.
class SyncRun
{
public:
    SyncRun(Syncer *syncer, Cache *cache, const QString &source, const SyncOptions &options,
            const QAtomicInt &cancelled)
        : m_syncer(syncer)
        , m_cache(cache)
        , m_source(source)
        , m_options(options)
        , m_cancelled(cancelled)
    {
    }

    Result<SyncReport> run();
    Syncer::Failure failure() const { return m_failure; }

private:
    bool fail(Syncer::Failure kind, QList<Problem> problems);
    bool failOne(Syncer::Failure kind, const QString &file, const QString &message);
    bool failCache(const Status &st) { return failOne(Syncer::Failure::Io, m_cache->path(), st.error); }
    bool stopIfCancelled();
    void progress(qint64 done, qint64 total, const QString &what) { Q_EMIT m_syncer->progress(done, total, what); }

    bool readIndex();
    bool checkIndex();
    bool checkExpiry();
    bool alreadyInCache(bool *nothingNew);
    bool planFetch();
    bool checkSizes();
    FetchFailure download(const QList<IndexEntry> &entries);
    bool fetchChecked(const IndexEntry &entry, QByteArray *bytes);
    bool loadCatalogue();
    bool loadLgsl();
    bool loadAreas();
    bool loadBenchmarks();
    bool beginWrite();
    bool removeOldDocuments();
    QList<QList<IndexEntry>> organisationBatches() const;
    bool insertOrganisations();
    bool insertBatch(const QList<IndexEntry> &entries, QThreadPool &pool);
    bool finish();

    Syncer *m_syncer;
    Cache *m_cache;
    QString m_source;
    const SyncOptions &m_options;
    const QAtomicInt &m_cancelled;
    Syncer::Failure m_failure = Syncer::Failure::None;
    QList<Problem> m_problems;

    std::unique_ptr<DocumentSource> m_src;
    QString m_indexName;
    QString m_indexSha;
    CommonsIndex m_index;
    QByteArray m_keyToPin;
    std::optional<IndexEntry> m_lgslExtra;
    std::optional<IndexEntry> m_areasExtra;
    std::optional<IndexEntry> m_benchmarksExtra;
    QDateTime m_now;
    SyncReport m_report;
    std::optional<CommonsInfo> m_existing;
    QHash<QString, IndexEntry> m_cached;
    QList<IndexEntry> m_toFetch;
    std::optional<IndexEntry> m_bricksToFetch;
    std::optional<IndexEntry> m_lgslToFetch;
    std::optional<IndexEntry> m_areasToFetch;
    std::optional<IndexEntry> m_benchmarksToFetch;
    bool m_twoPhase = false;
    qint64 m_progressTotal = 0;
    qint64 m_done = 0;
    Catalogue m_catalogue;
    CatalogueChange m_catalogueChange; // from the cached catalogue, when bricks.json changed
    std::optional<QList<LgslService>> m_lgsl;
    std::optional<QByteArray> m_areas;
    std::optional<QByteArray> m_benchmarks;
    std::unique_ptr<CacheWriter> m_writer;
    bool m_organisationsWritten = false; // the stored value ranking must be recomputed
    qint64 m_commonsRef = 0;
};

bool SyncRun::fail(Syncer::Failure kind, QList<Problem> problems)
{
    m_failure = kind;
    m_problems = std::move(problems);
    for (const Problem &p : std::as_const(m_problems))
        qCInfo(lcSync).noquote() << "refused:" << p.toString();
    return false;
}

bool SyncRun::failOne(Syncer::Failure kind, const QString &file, const QString &message)
{
    return fail(kind, {Problem{file, QString(), message}});
}

bool SyncRun::stopIfCancelled()
{
    if (!m_cancelled.loadRelaxed())
        return false;
    failOne(Syncer::Failure::Cancelled, m_source, Syncer::tr("sync cancelled; the cache is unchanged"));
    return true;
}

Result<SyncReport> SyncRun::run()
{
    QElapsedTimer clock;
    clock.start();
    if (!m_cache || !m_cache->isOpen()) {
        failOne(Syncer::Failure::Io, m_source, Syncer::tr("the cache is not open"));
        return Result<SyncReport>::failure(m_problems);
    }
    bool nothingNew = false;
    const bool ok = !stopIfCancelled() && readIndex() && checkIndex() && checkExpiry()
                    && alreadyInCache(&nothingNew)
                    && (nothingNew
                        || (planFetch() && checkSizes() && loadCatalogue() && loadLgsl() && loadAreas() && loadBenchmarks()
                            && beginWrite()
                            && insertOrganisations() && finish()));
    m_writer.reset(); // rolls back unless finish() committed
    if (!ok)
        return Result<SyncReport>::failure(m_problems);
    if (!nothingNew) {
        qCInfo(lcSync) << "synced" << m_index.commons << "version" << m_index.version << "from"
                       << m_src->sourceLabel() << "in" << clock.elapsed() << "ms:" << m_report.added.size()
                       << "added," << m_report.changed.size() << "changed," << m_report.removed.size() << "removed";
    }
    return m_report;
}

// 1. The index, its signature and its extras.
bool SyncRun::readIndex()
{
    m_src = DocumentSource::create(m_source, m_options, &m_cancelled, &m_problems);
    if (!m_src)
        return fail(Syncer::Failure::Io, m_problems);
    m_indexName = m_src->displayName(QStringLiteral("index.json"));
    progress(0, 0, m_indexName);
    Fetched indexFetch = m_src->fetchIndex(CommonsReader::MaxIndexBytes);
    if (!indexFetch.ok())
        return fail(toSyncFailure(indexFetch.failure), indexFetch.problems);
    m_indexSha = CommonsReader::sha256Hex(indexFetch.bytes);
    Result<CommonsIndex> indexResult = CommonsReader::readIndex(indexFetch.bytes, m_indexName);
    if (!indexResult.ok())
        return fail(Syncer::Failure::Refused, indexResult.problems());
    m_index = indexResult.take();
    // Issue 6: a pinned (or --trust) key requires a valid index.json.sig; a signed index that
    // names its key pins it on first use. The signature is only fetched when something will
    // check it: an unsigned commons costs no extra request.
    const std::optional<CommonsInfo> known = m_cache->commons(m_index.commons);
    const QByteArray pinnedKey = known ? known->publicKey : QByteArray();
    const bool wantSignature = !pinnedKey.isEmpty() || !m_options.trustedKey.isEmpty()
                               || !indexDeclaredKey(indexFetch.bytes).isEmpty();
    Fetched sigFetch;
    if (wantSignature) {
        sigFetch = m_src->fetchSignature();
        if (!sigFetch.ok()) // present but unreadable is not "not signed"
            return fail(toSyncFailure(sigFetch.failure), sigFetch.problems);
    }
    const Result<TrustDecision> trust = checkIndexTrust(
        indexFetch.bytes, sigFetch.bytes, TrustRequest{pinnedKey, m_options.trustedKey, m_options.replaceKey});
    if (!trust.ok()) // the policy's message names no file: m_indexName says which index
        return failOne(Syncer::Failure::Refused, m_indexName, trust.problems().constFirst().message);
    m_keyToPin = trust.value().key != pinnedKey ? trust.value().key : QByteArray();
    m_report.keyChange = trust.value().change;
    m_report.pinnedKey = trust.value().key;
    m_report.previousKey = trust.value().previousKey;
    QList<Problem> extraProblems;
    if (!readLgslExtra(indexFetch.bytes, m_indexName, m_index.documents, &m_lgslExtra, &m_areasExtra, &m_benchmarksExtra,
                       &extraProblems))
        return fail(Syncer::Failure::Refused, extraProblems);
    return true;
}

// The reader enforces these; they are checked again because the cache's integrity depends
// on them and a reader regression must not reach the database. Several documents of one
// organisation (1.1) are allowed, one per period, and then each entry names its period.
bool SyncRun::checkIndex()
{
    if (m_index.format != kIndexFormat) {
        return failOne(Syncer::Failure::Refused, m_indexName,
                       Syncer::tr("unknown format \"%1\"; this LiveDNA reads %2").arg(m_index.format, kIndexFormat));
    }
    QList<Problem> problems;
    const auto problem = [&](const QString &message) { problems.append({m_indexName, QString(), message}); };
    QSet<QString> paths;
    QSet<QString> orgPeriods;
    QHash<QString, int> entriesPerOrg;
    QSet<QString> withoutPeriod;
    int bricksEntries = 0;
    for (const IndexEntry &e : std::as_const(m_index.documents)) {
        QString why;
        if (!CommonsReader::isSafePath(e.path, &why))
            problem(Syncer::tr("path \"%1\" is outside the commons: %2").arg(e.path, why));
        if (paths.contains(e.path))
            problem(Syncer::tr("path \"%1\" is listed twice").arg(e.path));
        paths.insert(e.path);
        if (e.type == DocumentType::Bricks) {
            ++bricksEntries;
            continue;
        }
        const QString key = e.org + QLatin1Char('\n') + e.period;
        if (orgPeriods.contains(key))
            problem(Syncer::tr("organisation \"%1\" is listed twice").arg(e.org)
                    + (e.period.isEmpty() ? QString() : QLatin1Char(' ') + Syncer::tr("for %1").arg(e.period)));
        orgPeriods.insert(key);
        ++entriesPerOrg[e.org];
        if (e.period.isEmpty())
            withoutPeriod.insert(e.org);
    }
    for (const QString &org : std::as_const(withoutPeriod)) {
        if (entriesPerOrg.value(org) > 1)
            problem(Syncer::tr("organisation \"%1\" has several documents, so each of its entries needs a period").arg(org));
    }
    if (bricksEntries != 1)
        problem(Syncer::tr("lists %1 bricks documents; exactly one is required").arg(bricksEntries));
    if (!problems.isEmpty())
        return fail(Syncer::Failure::Refused, problems);
    return true;
}

bool SyncRun::checkExpiry()
{
    m_report.commons = m_index.commons;
    m_report.title = m_index.title;
    m_report.version = m_index.version;
    m_now = QDateTime::currentDateTimeUtc();
    if (!m_index.expires.isValid() || m_index.expires >= m_now)
        return true;
    const QString msg = Syncer::tr("index.json expired on %1; its data may be stale")
                            .arg(m_index.expires.toUTC().toString(Qt::ISODate));
    if (m_options.strict)
        return failOne(Syncer::Failure::Refused, m_indexName, msg + Syncer::tr(" (refused in strict mode)"));
    m_report.warnings.append(msg);
    return true;
}

static bool sameAsCached(const QHash<QString, IndexEntry> &cached, const IndexEntry &e)
{
    const auto it = cached.constFind(e.path);
    return it != cached.cend() && it->type == e.type && it->sha256 == e.sha256.toLower() && it->bytes == e.bytes
           && it->period == e.period;
}

// 2. Against what the cache already accepted: an older version is refused, the same one
// only refreshes when it is synced from elsewhere.
bool SyncRun::alreadyInCache(bool *nothingNew)
{
    m_existing = m_cache->commons(m_index.commons);
    if (!m_existing)
        return true;
    for (const IndexEntry &e : m_cache->documents(m_index.commons))
        m_cached.insert(e.path, e);
    m_report.previousVersion = m_existing->version;
    if (m_index.version < m_existing->version) {
        return failOne(Syncer::Failure::Refused, m_indexName,
                       Syncer::tr("version %1 is lower than version %2 already accepted for commons \"%3\"; "
                                  "refusing a rollback")
                           .arg(m_index.version)
                           .arg(m_existing->version)
                           .arg(m_index.commons));
    }
    if (m_index.version == m_existing->version && m_indexSha != m_existing->indexSha256) {
        return failOne(Syncer::Failure::Refused, m_indexName,
                       Syncer::tr("version %1 was already accepted with different content; a publisher must "
                                  "raise the version with every change")
                           .arg(m_index.version));
    }
    // A cache synced before it knew extras (schema < 3) holds this version without its
    // LGSL: then only the extra is fetched, below.
    if (m_index.version != m_existing->version || (m_lgslExtra && !sameAsCached(m_cached, *m_lgslExtra))
        || (m_areasExtra && !sameAsCached(m_cached, *m_areasExtra))
        || (m_benchmarksExtra && !sameAsCached(m_cached, *m_benchmarksExtra)))
        return true;
    CacheWriter writer(m_cache->database());
    Status st = writer.begin();
    if (st)
        st = writer.touchCommons(m_existing->rowId, m_src->sourceLabel(), m_now);
    if (st && !m_keyToPin.isEmpty())
        st = m_cache->setPublicKey(m_index.commons, m_keyToPin);
    if (st)
        st = m_cache->claimDefault(m_index.commons, m_options.makeDefault);
    if (st)
        st = writer.commit();
    if (!st)
        return failCache(st);
    m_report.nothingNew = true;
    *nothingNew = true;
    return true;
}

// 3. What changed since then: the documents to fetch, and what to list as added, changed
// and removed.
bool SyncRun::planFetch()
{
    QSet<QString> listed;
    for (const IndexEntry &e : std::as_const(m_index.documents)) {
        listed.insert(e.path);
        const auto it = m_cached.constFind(e.path);
        if (it == m_cached.cend()) {
            m_report.added.append(e.path);
        } else if (it->sha256 != e.sha256.toLower() || it->bytes != e.bytes || it->period != e.period) {
            // A new period on the same bytes is fetched again so the reader checks that the
            // document's own period is the one its entry now names.
            m_report.changed.append(e.path);
        } else {
            // Same bytes as before, so the document still says what it said: the entry
            // must still describe it the same way.
            if (it->type != e.type || it->org != e.org) {
                return failOne(Syncer::Failure::Refused, m_indexName,
                               Syncer::tr("lists %1 as organisation \"%2\" but that unchanged document is \"%3\"")
                                   .arg(e.path, e.org, it->org));
            }
            continue;
        }
        m_toFetch.append(e);
    }
    // The LGSL extra is fetched only when its hash (or a cache from before extras) says so.
    for (const std::optional<IndexEntry> *extra : {&m_lgslExtra, &m_areasExtra, &m_benchmarksExtra}) {
        if (!*extra)
            continue;
        const IndexEntry &e = **extra;
        listed.insert(e.path);
        if (!m_cached.contains(e.path))
            m_report.added.append(e.path);
        else if (!sameAsCached(m_cached, e))
            m_report.changed.append(e.path);
        if (!sameAsCached(m_cached, e))
            m_toFetch.append(e);
    }
    for (auto it = m_cached.cbegin(); it != m_cached.cend(); ++it) {
        if (!listed.contains(it.key()))
            m_report.removed.append(it.key());
    }
    m_report.removed.sort();
    qint64 totalBytes = 0;
    for (const IndexEntry &e : std::as_const(m_toFetch)) {
        if (e.type == DocumentType::Bricks)
            m_bricksToFetch = e;
        else if (e.type == DocumentType::Lgsl)
            m_lgslToFetch = e;
        else if (e.type == DocumentType::Areas)
            m_areasToFetch = e;
        else if (e.type == DocumentType::Benchmarks)
            m_benchmarksToFetch = e;
        totalBytes += e.bytes;
    }
    m_report.documentsFetched = int(m_toFetch.size());
    m_report.bytesFetched = totalBytes;
    // Network sources download a batch, then it is parsed and inserted (progress counts both
    // passes); folders are read by the workers as they go.
    m_twoPhase = dynamic_cast<HttpSource *>(m_src.get()) != nullptr;
    m_progressTotal = m_twoPhase ? 2 * totalBytes : totalBytes;
    return true;
}

// 4. Sizes. A document is held in memory whole while it is checked and parsed, so an index
// claiming a huge one is refused before anything is read.
bool SyncRun::checkSizes()
{
    if (m_lgslToFetch && m_lgslToFetch->bytes > MaxLgslBytes) {
        return failOne(Syncer::Failure::Refused, m_src->displayName(m_lgslToFetch->path),
                       Syncer::tr("index.json says it is %1 bytes; LiveDNA accepts an LGSL list of at most %2 bytes")
                           .arg(m_lgslToFetch->bytes)
                           .arg(MaxLgslBytes));
    }
    if (m_areasToFetch && m_areasToFetch->bytes > MaxAreasBytes) {
        return failOne(Syncer::Failure::Refused, m_src->displayName(m_areasToFetch->path),
                       Syncer::tr("index.json says it is %1 bytes; LiveDNA accepts an areas document of at most %2 bytes")
                           .arg(m_areasToFetch->bytes)
                           .arg(MaxAreasBytes));
    }
    if (m_benchmarksToFetch && m_benchmarksToFetch->bytes > MaxBenchmarksBytes) {
        return failOne(Syncer::Failure::Refused, m_src->displayName(m_benchmarksToFetch->path),
                       Syncer::tr("index.json says it is %1 bytes; LiveDNA accepts a benchmarks document of at most %2 bytes")
                           .arg(m_benchmarksToFetch->bytes)
                           .arg(MaxBenchmarksBytes));
    }
    for (const IndexEntry &e : std::as_const(m_toFetch)) {
        if (e.bytes > MaxDocumentBytes) {
            return failOne(Syncer::Failure::Refused, m_src->displayName(e.path),
                           Syncer::tr("index.json says it is %1 bytes; LiveDNA accepts documents of at most %2 bytes")
                               .arg(e.bytes)
                               .arg(MaxDocumentBytes));
        }
    }
    return true;
}

// Network sources fetch a batch ahead of parsing; other sources read as they go.
FetchFailure SyncRun::download(const QList<IndexEntry> &entries)
{
    if (!m_twoPhase || entries.isEmpty())
        return FetchFailure::None;
    const qint64 base = m_done;
    qint64 batchBytes = 0;
    for (const IndexEntry &e : entries)
        batchBytes += e.bytes;
    const FetchFailure f = m_src->prefetch(entries, [&](qint64 received) {
        progress(base + received, m_progressTotal, Syncer::tr("downloading"));
    }, &m_problems);
    m_done = base + batchBytes;
    return f;
}

// One document fetched and checked against its entry (length and SHA-256) before any
// parser sees it.
bool SyncRun::fetchChecked(const IndexEntry &entry, QByteArray *bytes)
{
    const FetchFailure df = download({entry});
    if (stopIfCancelled())
        return false;
    if (df != FetchFailure::None)
        return fail(toSyncFailure(df), m_problems);
    progress(m_done, m_progressTotal, entry.path);
    Fetched f = m_src->fetch(entry);
    if (!f.ok())
        return fail(toSyncFailure(f.failure), f.problems);
    QList<Problem> problems = CommonsReader::checkDocumentBytes(f.bytes, entry, m_src->displayName(entry.path));
    if (!problems.isEmpty())
        return fail(Syncer::Failure::Refused, problems);
    *bytes = std::move(f.bytes);
    m_done += entry.bytes;
    return true;
}

// 5. The catalogue: new when bricks.json changed, else the one the cache holds.
bool SyncRun::loadCatalogue()
{
    if (m_bricksToFetch) {
        QByteArray bytes;
        if (!fetchChecked(*m_bricksToFetch, &bytes))
            return false;
        Result<Catalogue> cat = CommonsReader::readBricks(bytes, m_src->displayName(m_bricksToFetch->path));
        if (!cat.ok())
            return fail(Syncer::Failure::Refused, cat.problems());
        m_catalogue = cat.take();
        m_catalogue.reindex();
        // Read before the transaction replaces it: what changed decides which cached rows
        // are re-derived.
        if (m_existing)
            m_catalogueChange = CatalogueChange::between(m_cache->catalogue(m_index.commons), m_catalogue);
    } else {
        m_catalogue = m_cache->catalogue(m_index.commons);
        m_catalogue.reindex();
    }
    return !stopIfCancelled();
}

// 5b. The LGSL extra, checked like every document, written in the transaction below.
bool SyncRun::loadLgsl()
{
    if (!m_lgslToFetch)
        return true;
    QByteArray bytes;
    if (!fetchChecked(*m_lgslToFetch, &bytes))
        return false;
    Result<QList<LgslService>> list = LgslImporter::fromJson(bytes, m_src->displayName(m_lgslToFetch->path));
    if (!list.ok())
        return fail(Syncer::Failure::Refused, list.problems());
    m_lgsl = list.take();
    return !stopIfCancelled();
}

// 5c. The areas extra (issue 11), checked like the LGSL and kept whole.
bool SyncRun::loadAreas()
{
    if (!m_areasToFetch)
        return true;
    QByteArray bytes;
    if (!fetchChecked(*m_areasToFetch, &bytes))
        return false;
    const Result<AreaData> areas = AreaData::fromJson(bytes, m_src->displayName(m_areasToFetch->path));
    if (!areas.ok())
        return fail(Syncer::Failure::Refused, areas.problems());
    m_areas = bytes;
    return !stopIfCancelled();
}

// 5d. The benchmarks extra (issue 10 item 6), checked by its one reader and kept whole.
bool SyncRun::loadBenchmarks()
{
    if (!m_benchmarksToFetch)
        return true;
    QByteArray bytes;
    if (!fetchChecked(*m_benchmarksToFetch, &bytes))
        return false;
    const Result<BenchmarkData> b = BenchmarkData::fromJson(bytes, m_src->displayName(m_benchmarksToFetch->path));
    if (!b.ok())
        return fail(Syncer::Failure::Refused, b.problems());
    m_benchmarks = bytes;
    return !stopIfCancelled();
}

// 6. One transaction for everything: the commons row, the catalogue, the LGSL, and the
// organisations of documents that changed or went away.
bool SyncRun::beginWrite()
{
    m_writer = std::make_unique<CacheWriter>(m_cache->database());
    Status st = m_writer->begin();
    if (!st)
        return failCache(st);
    const Result<qint64> ref = m_writer->upsertCommons(m_index, m_src->sourceLabel(), m_indexSha, m_now);
    if (!ref.ok())
        return fail(Syncer::Failure::Io, ref.problems());
    m_commonsRef = ref.value();
    // A commons new to this cache with many organisations is a cold sync: its instances are
    // indexed by capability once, at commit.
    if (!m_existing && m_toFetch.size() >= ColdSyncDocuments) {
        st = m_writer->deferCapabilityIndex();
        if (!st)
            return failCache(st);
    }
    if (m_bricksToFetch) {
        st = m_writer->replaceCatalogue(m_commonsRef, m_catalogue);
        if (!st)
            return failCache(st);
    }
    // The LGSL table is national: the last list synced (or imported) is the one it holds. A
    // commons that stops listing its extra leaves the table as it is.
    if (m_lgsl) {
        st = m_writer->replaceLgsl(*m_lgsl);
        if (!st)
            return failCache(st);
    }
    if (m_areas) {
        st = m_writer->replaceAreas(*m_areas);
        if (!st)
            return failCache(st);
    }
    if (m_benchmarks) {
        st = m_writer->replaceBenchmarks(*m_benchmarks);
        if (!st)
            return failCache(st);
    }
    return removeOldDocuments();
}

bool SyncRun::removeOldDocuments()
{
    for (const QStringList *paths : {&m_report.changed, &m_report.removed}) {
        for (const QString &path : *paths) {
            if (m_cached.value(path).type != DocumentType::Organisation)
                continue;
            const Status st = m_writer->deleteOrganisationAt(m_commonsRef, path);
            if (!st)
                return failCache(st);
            m_organisationsWritten = true;
        }
    }
    if (!m_bricksToFetch || !m_existing)
        return true;
    // What remains are the organisations whose documents did not change: they were checked
    // against the old catalogue and must still make sense with the new one.
    QList<Problem> problems = m_writer->unresolvedReferences(m_commonsRef, m_catalogueChange);
    for (Problem &p : problems)
        p.file = m_src->displayName(p.file);
    if (!problems.isEmpty())
        return fail(Syncer::Failure::Refused, problems);
    const Status st = m_writer->recomputeDerived(m_commonsRef, m_catalogueChange);
    return st ? true : failCache(st);
}

// Batches bound what a network sync holds in memory at once.
QList<QList<IndexEntry>> SyncRun::organisationBatches() const
{
    QList<QList<IndexEntry>> batches;
    qint64 batchBytes = 0;
    for (const IndexEntry &e : m_toFetch) {
        if (e.type != DocumentType::Organisation)
            continue;
        if (batches.isEmpty() || (batchBytes + e.bytes > m_options.batchBytes && !batches.last().isEmpty())) {
            batches.append(QList<IndexEntry>());
            batchBytes = 0;
        }
        batches.last().append(e);
        batchBytes += e.bytes;
    }
    return batches;
}

// 7. Organisations: workers read, hash and parse ahead while this thread inserts, in index
// order, batch by batch.
bool SyncRun::insertOrganisations()
{
    QThreadPool pool;
    pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount()));
    const QList<QList<IndexEntry>> batches = organisationBatches();
    for (const QList<IndexEntry> &entries : batches) {
        const FetchFailure df = download(entries);
        if (stopIfCancelled())
            return false;
        if (df != FetchFailure::None)
            return fail(toSyncFailure(df), m_problems);
        if (!insertBatch(entries, pool))
            return false;
    }
    return true;
}

constexpr qint64 LargeDocumentBytes = 8LL * 1024 * 1024;

// Gives freed heap memory back to the system (glibc keeps it in the arena of the thread
// that allocated it otherwise).
static void releaseFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

// Runs on a worker: read, check length and hash, parse (the reader also checks that the
// document is the organisation, and the period, its entry names).
static Parsed parseDocument(DocumentSource *source, const Catalogue &catalogue, const QAtomicInt &stop,
                            const IndexEntry &entry)
{
    Parsed p;
    p.entry = entry;
    if (stop.loadRelaxed()) {
        p.failure = Syncer::Failure::Cancelled;
        return p;
    }
    const QString name = source->displayName(entry.path);
    Fetched f = source->fetch(entry);
    if (!f.ok()) {
        p.problems = f.problems;
        p.failure = toSyncFailure(f.failure);
        return p;
    }
    p.problems = CommonsReader::checkDocumentBytes(f.bytes, entry, name);
    if (!p.problems.isEmpty()) {
        p.failure = Syncer::Failure::Refused;
        return p;
    }
    Result<Organisation> org = CommonsReader::readOrganisation(f.bytes, name, catalogue, entry);
    if (entry.bytes >= LargeDocumentBytes) { // the bytes and the JSON tree are gone: say so to the system
        f.bytes = QByteArray();
        releaseFreedMemory();
    }
    if (!org.ok()) {
        p.problems = org.problems();
        p.failure = Syncer::Failure::Refused;
        return p;
    }
    p.org = org.take();
    return p;
}

// One batch: a window of parses runs ahead of the inserts, which bounds memory to a few
// parsed documents at a time.
bool SyncRun::insertBatch(const QList<IndexEntry> &entries, QThreadPool &pool)
{
    const int window = qMax(2, pool.maxThreadCount() * 2);
    QAtomicInt stopWorkers;
    DocumentSource *source = m_src.get();
    const Catalogue &cat = m_catalogue;
    std::deque<QFuture<Parsed>> pending;
    int nextToStart = 0;
    // Issue 12: memory is bounded by the bytes being parsed, not by the number of documents
    // (which grew with the cores): a few large documents are parsed one at a time.
    qint64 bytesInFlight = 0;
    const auto fill = [&]() {
        while (int(pending.size()) < window && nextToStart < entries.size()
               && (pending.empty() || bytesInFlight + entries.at(nextToStart).bytes <= m_options.parseBytesInFlight)) {
            bytesInFlight += entries.at(nextToStart).bytes;
            pending.push_back(QtConcurrent::run(&pool, [source, &cat, &stopWorkers, e = entries.at(nextToStart++)]() {
                return parseDocument(source, cat, stopWorkers, e);
            }));
        }
    };
    // Stops the workers; with `collect`, adds the problems of every document already parsed
    // that failed too, not only the first.
    const auto drain = [&](bool collect) {
        stopWorkers.storeRelaxed(1);
        for (QFuture<Parsed> &f : pending) {
            const Parsed other = f.result();
            if (collect && other.failure != Syncer::Failure::None && other.failure != Syncer::Failure::Cancelled)
                m_problems += other.problems;
        }
        pending.clear();
    };
    fill();
    while (!pending.empty()) {
        if (stopIfCancelled()) {
            const QList<Problem> why = m_problems;
            drain(false);
            m_problems = why;
            return false;
        }
        Parsed p = pending.front().result();
        pending.pop_front();
        bytesInFlight -= p.entry.bytes;
        fill();
        if (p.failure != Syncer::Failure::None) {
            fail(p.failure, p.problems);
            drain(true);
            return false;
        }
        bool duplicate = false;
        const Status st = m_writer->insertOrganisation(m_commonsRef, *p.org, m_catalogue, p.entry.path, &duplicate);
        if (!st) {
            // A duplicate organisation is the publisher's mistake, anything else is ours.
            fail(duplicate ? Syncer::Failure::Refused : Syncer::Failure::Io,
                 {Problem{m_src->displayName(p.entry.path), QString(), st.error}});
            drain(true);
            return false;
        }
        m_organisationsWritten = true;
        // Freeing a parsed organisation (thousands of small strings) is work the inserting
        // thread need not do: hand it back to the pool. A large one is freed here and its
        // memory returned to the system at once, so that large documents do not pile up in
        // the allocator's per-thread arenas (issue 12: peak memory).
        if (p.entry.bytes >= LargeDocumentBytes) {
            p.org.reset();
            releaseFreedMemory();
        } else {
            pool.start([org = std::move(p.org)]() mutable { org.reset(); });
        }
        m_done += p.entry.bytes;
        progress(m_done, m_progressTotal, p.entry.path);
    }
    return true;
}

// 8. The index as accepted, its history, the pinned key; then commit.
bool SyncRun::finish()
{
    QList<IndexEntry> accepted = m_index.documents;
    if (m_lgslExtra)
        accepted.append(*m_lgslExtra);
    if (m_areasExtra)
        accepted.append(*m_areasExtra);
    if (m_benchmarksExtra)
        accepted.append(*m_benchmarksExtra);
    Status st = m_writer->replaceDocuments(m_commonsRef, accepted);
    // Peer medians are national: any organisation written or removed can move every rank.
    if (st && m_organisationsWritten)
        st = ValueRankStore::rebuild(m_cache->database(), m_commonsRef);
    if (st)
        st = m_writer->addHistory(m_commonsRef, m_index.version, m_now, m_indexSha, m_src->sourceLabel(),
                                  m_report.added, m_report.changed, m_report.removed);
    if (st && !m_keyToPin.isEmpty())
        st = m_cache->setPublicKey(m_index.commons, m_keyToPin);
    if (st)
        st = m_cache->claimDefault(m_index.commons, m_options.makeDefault);
    if (!st)
        return failCache(st);
    if (stopIfCancelled())
        return false;
    QElapsedTimer phase;
    phase.start();
    st = m_writer->commit();
    if (!st)
        return failCache(st);
    qCDebug(lcSync) << "commit took" << phase.elapsed() << "ms";
    return true;
}

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
    SyncRun sync(this, m_cache, source, options, m_cancelled);
    Result<SyncReport> result = sync.run();
    m_lastFailure = result.ok() ? Failure::None : sync.failure();
    return result;
}

} // namespace livedna
