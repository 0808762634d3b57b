#pragma once

#include "core/analysis/analysismodels.h"
#include "core/analysis/analysissummary.h"
#include "core/analysis/nationalrollup.h"

#include <QObject>
#include <QString>

#include <array>
#include <memory>

namespace livedna {

using NationalRollupPtr = std::shared_ptr<const NationalRollup>;
using ValueRankingPtr = std::shared_ptr<const ValueRanking>;

// Loads what the analysis views show without ever blocking the GUI thread: each request
// runs on the global thread pool (QtConcurrent) with its own read-only SQLite connection
// (Cache::openReadOnly), reads and computes there, and hands the result back on the GUI
// thread through a signal.
//   Summary:  the cache's per-organisation, per-capability summary, its duplication index and
//             national roll-up (Duplication and Frontline Shift views);
//   Services: organisations and services and their Public Value ranking (Value view);
//   ValueTop: the first rows of the ranking the sync stored (default weights only), which
//             the Value view shows while Services loads; falls back to Services' figures
//             (topLoaded is not emitted) when the cache keeps no matching ranking;
//   Table:    the whole analysis table with every instance (Similarity view);
//   Detail:   one organisation's instances of one capability (the duplication drill-down).
// A newer request of a kind, or invalidate() after a sync, makes the ones in flight stale:
// their results are dropped when they arrive. Results arriving after this object is gone
// go nowhere: the worker holds only copies of its inputs.
class AnalysisLoader : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Summary, Services, Table, Detail, ValueTop };

    explicit AnalysisLoader(QObject *parent = nullptr);

    void setCachePath(const QString &path) { m_path = path; }
    QString cachePath() const { return m_path; }
    void request(Kind kind);
    void requestServices(const ValueWeights &weights);
    // The stored ranking's first `limit` services (and every organisation), then the full
    // ranking: topLoaded first (unless the full one is already in), servicesLoaded after.
    void requestValueTop(int limit);
    void requestDetail(const QString &orgCode, const QString &capabilityId);
    void invalidate(); // the cache changed: every load in flight is stale
    bool isLoading(Kind kind) const;
    bool isBusy() const;

    // The thread the most recent load ran on (tests check it is not the GUI thread).
    static Qt::HANDLE lastLoadThread();

Q_SIGNALS:
    void summaryLoaded(const AnalysisSummaryPtr &summary, const DuplicationIndexPtr &index,
                       const NationalRollupPtr &rollup);
    void servicesLoaded(const AnalysisInputPtr &input, const ValueWeights &weights, const ValueRankingPtr &ranking);
    void tableLoaded(const AnalysisInputPtr &input);
    // `input` holds every organisation and only the ranked services shown; `total`: how many
    // services the whole ranking has.
    void topLoaded(const AnalysisInputPtr &input, const ValueRankingPtr &ranking, int total);
    void detailLoaded(const QString &orgCode, const QString &capabilityId, const AnalysisInputPtr &detail);
    void failed(AnalysisLoader::Kind kind, const QString &message);
    void busyChanged(bool busy);

private:
    struct Job;
    struct Outcome;
    static Outcome run(const Job &job);
    void start(Job job);
    void deliver(const Outcome &outcome);

    QString m_path;
    std::array<quint64, 5> m_latest{}; // ticket of the newest request of each kind
    std::array<bool, 5> m_loading{};
    quint64 m_nextTicket = 0;
};

} // namespace livedna
