#include "ui/analysis/analysisloader.h"

#include "core/analysis/analysiscacheloader.h"
#include "core/analysis/valuerankstore.h"
#include "core/cache/cache.h"
#include "core/util/logging.h"

#include <QAtomicPointer>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace livedna {

namespace {
QAtomicPointer<void> s_lastLoadThread;
}

struct AnalysisLoader::Job
{
    Kind kind = Kind::Summary;
    quint64 ticket = 0;
    QString path;
    QString org;
    QString capability;
    ValueWeights weights = ValueWeights::defaults();
    int limit = 0;
};

struct AnalysisLoader::Outcome
{
    Kind kind = Kind::Summary;
    quint64 ticket = 0;
    QString error;
    QString org;
    QString capability;
    ValueWeights weights;
    AnalysisSummaryPtr summary;
    DuplicationIndexPtr index;
    NationalRollupPtr rollup;
    AnalysisInputPtr input;
    ValueRankingPtr ranking;
    int total = 0;
    bool stored = false;
};

AnalysisLoader::AnalysisLoader(QObject *parent)
    : QObject(parent)
{
}

Qt::HANDLE AnalysisLoader::lastLoadThread()
{
    return s_lastLoadThread.loadAcquire();
}

bool AnalysisLoader::isLoading(Kind kind) const
{
    return m_loading[size_t(kind)];
}

bool AnalysisLoader::isBusy() const
{
    for (bool b : m_loading)
        if (b)
            return true;
    return false;
}

void AnalysisLoader::request(Kind kind)
{
    Job job;
    job.kind = kind;
    start(job);
}

void AnalysisLoader::requestServices(const ValueWeights &weights)
{
    Job job;
    job.kind = Kind::Services;
    job.weights = weights;
    start(job);
}

void AnalysisLoader::requestValueTop(int limit)
{
    Job job;
    job.kind = Kind::ValueTop;
    job.limit = limit;
    start(job);
}

void AnalysisLoader::requestDetail(const QString &orgCode, const QString &capabilityId)
{
    Job job;
    job.kind = Kind::Detail;
    job.org = orgCode;
    job.capability = capabilityId;
    start(job);
}

void AnalysisLoader::invalidate()
{
    const bool wasBusy = isBusy();
    // New tickets for every kind: whatever is in flight no longer matches.
    for (quint64 &t : m_latest)
        t = ++m_nextTicket;
    m_loading.fill(false);
    if (wasBusy)
        Q_EMIT busyChanged(false);
}

void AnalysisLoader::start(Job job)
{
    const bool wasBusy = isBusy();
    job.ticket = ++m_nextTicket;
    job.path = m_path;
    m_latest[size_t(job.kind)] = job.ticket;
    m_loading[size_t(job.kind)] = true;
    // The watcher is this object's child: if the window closes first, the result has
    // nowhere to go and is freed with the future.
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        deliver(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(&AnalysisLoader::run, job));
    if (!wasBusy)
        Q_EMIT busyChanged(true);
}

void AnalysisLoader::deliver(const Outcome &o)
{
    if (o.ticket != m_latest[size_t(o.kind)]) {
        qCDebug(lcUi) << "dropped a stale analysis load" << int(o.kind);
        return;
    }
    m_loading[size_t(o.kind)] = false;
    // The full ranking makes its first rows pointless: drop them if they come later.
    if (o.kind == Kind::Services && m_loading[size_t(Kind::ValueTop)]) {
        m_latest[size_t(Kind::ValueTop)] = ++m_nextTicket;
        m_loading[size_t(Kind::ValueTop)] = false;
    }
    if (!o.error.isEmpty()) {
        if (o.kind != Kind::ValueTop) // the full ranking, on its way, reports for both
            Q_EMIT failed(o.kind, o.error);
    } else {
        switch (o.kind) {
        case Kind::Summary:
            Q_EMIT summaryLoaded(o.summary, o.index, o.rollup);
            break;
        case Kind::Services:
            Q_EMIT servicesLoaded(o.input, o.weights, o.ranking);
            break;
        case Kind::Table:
            Q_EMIT tableLoaded(o.input);
            break;
        case Kind::Detail:
            Q_EMIT detailLoaded(o.org, o.capability, o.input);
            break;
        case Kind::ValueTop:
            if (o.stored)
                Q_EMIT topLoaded(o.input, o.ranking, o.total);
            break;
        }
    }
    if (!isBusy())
        Q_EMIT busyChanged(false);
}

// On a pool thread: everything here is a copy, and the connection is this thread's own.
AnalysisLoader::Outcome AnalysisLoader::run(const Job &job)
{
    s_lastLoadThread.storeRelease(QThread::currentThreadId());
    QElapsedTimer timer;
    timer.start();
    Outcome o;
    o.kind = job.kind;
    o.ticket = job.ticket;
    o.org = job.org;
    o.capability = job.capability;
    o.weights = job.weights;
    Cache cache;
    const Status opened = cache.openReadOnly(job.path);
    if (!opened) {
        o.error = opened.error;
        return o;
    }
    switch (job.kind) {
    case Kind::Summary: {
        Result<AnalysisSummary> r = AnalysisCacheLoader::loadSummary(cache);
        if (!r) {
            o.error = r.errorString();
            break;
        }
        auto summary = std::make_shared<const AnalysisSummary>(r.take());
        o.index = std::make_shared<const DuplicationIndex>(computeDuplication(summary->input, summary->figures));
        o.rollup = std::make_shared<const NationalRollup>(
            NationalRollup::compute(summary->input, summary->coverage, *o.index));
        o.summary = std::move(summary);
        break;
    }
    case Kind::Services:
    case Kind::Table: {
        Result<AnalysisInput> r = AnalysisCacheLoader::load(
            cache, QString(),
            job.kind == Kind::Services ? AnalysisCacheLoader::Parts::ServicesOnly : AnalysisCacheLoader::Parts::All);
        if (!r) {
            o.error = r.errorString();
            break;
        }
        o.input = std::make_shared<const AnalysisInput>(r.take());
        if (job.kind == Kind::Services)
            o.ranking = std::make_shared<const ValueRanking>(PublicValue::compute(*o.input, job.weights));
        break;
    }
    case Kind::ValueTop: {
        Result<ValueRankStore::Top> r = ValueRankStore::loadTop(cache, QString(), job.limit);
        if (!r) {
            o.error = r.errorString();
            break;
        }
        ValueRankStore::Top top = r.take();
        o.stored = top.stored;
        o.total = top.totalServices;
        o.input = std::make_shared<const AnalysisInput>(std::move(top.input));
        o.ranking = std::make_shared<const ValueRanking>(std::move(top.ranking));
        break;
    }
    case Kind::Detail: {
        Result<AnalysisInput> r = AnalysisCacheLoader::loadDetail(cache, QString(), job.org, job.capability);
        if (!r)
            o.error = r.errorString();
        else
            o.input = std::make_shared<const AnalysisInput>(r.take());
        break;
    }
    }
    qCDebug(lcUi) << "analysis load" << int(job.kind) << "took" << timer.elapsed() << "ms";
    return o;
}

} // namespace livedna
