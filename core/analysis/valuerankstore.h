#pragma once

#include "core/analysis/analysisinput.h"
#include "core/analysis/publicvalue.h"
#include "core/util/migrator.h"
#include "core/util/problem.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace livedna {

class Cache;

// The Public Value ranking with the default weights, kept in the cache (`value_rank`, the
// services in rank order packed 256 to a row; `value_org_rank`, one row per organisation) so that the value
// view opens on its first rows without reading 125,000 services. The index compares every
// service with the national median of its peers, so any organisation that changes can move
// every rank: the sync recomputes the whole ranking, with PublicValue::compute on exactly
// the rows load(ServicesOnly) reads, in its own transaction, whenever it wrote or removed an
// organisation. A catalogue change cannot move it (a service's cost is the sum of its
// instances whatever their capability). Figures are stored as computed (the same 64-bit
// doubles), so what is read back equals the full computation field by field.
class ValueRankStore
{
    Q_DECLARE_TR_FUNCTIONS(ValueRankStore)

public:
    // Recomputes and stores the ranking of one commons (every commons when commonsRef is
    // 0). Runs inside the caller's transaction.
    static Status rebuild(const QSqlDatabase &db, qint64 commonsRef);

    struct Top
    {
        bool stored = false;     // false: no stored ranking matches the cache (compute it)
        AnalysisInput input;     // every organisation; the first `limit` services by rank
        ValueRanking ranking;    // services: those of `input`, in rank order; orgs: all
        int totalServices = 0;   // services in the whole ranking
    };
    // The first `limit` services of the stored ranking and every organisation's, for the
    // default weights only. `stored` is false when none is kept or it does not match the
    // cache's rows (then the caller computes the ranking in full).
    static Result<Top> loadTop(const Cache &cache, const QString &commonsId, int limit);

    // Time every sync of this process spent ranking and writing, for bench/bench_analysis.
    static qint64 syncTimeNs();
    static void addSyncTime(qint64 nanoseconds);

    // The schema step that creates the tables and ranks the services already cached.
    static Migration migration(int version);
};

} // namespace livedna
