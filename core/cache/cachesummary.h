#pragma once

#include "core/analysis/analysissummary.h"
#include "core/cache/rowinserter.h"
#include "core/util/migrator.h"
#include "core/util/problem.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <memory>

namespace livedna {

// The analysis summary tables (core/analysis/analysissummary.h), one row per organisation
// period and capability in `capability_summary` and one per organisation period in
// `org_summary`, both deleted with their organisation row (ON DELETE CASCADE). Every writer
// of brick instances keeps them in its own transaction: CacheWriter::insertOrganisation
// writes an organisation's rows with it, recomputeDerived rebuilds them after a catalogue
// change, and the schema migration that creates them rebuilds them from existing rows.
class SummaryWriter
{
    Q_DECLARE_TR_FUNCTIONS(SummaryWriter)

public:
    explicit SummaryWriter(const QSqlDatabase &db);
    bool isPrepared() const;
    QString errorString() const;
    Status write(qint64 orgRef, const OrgAnalysisSummary &summary);
    // Time every CacheWriter of this process spent summing and writing summaries, for the
    // benchmark that reports what the summary adds to a sync (bench/bench_analysis).
    static void addSyncTime(qint64 nanoseconds);
    static qint64 syncTimeNs();

private:
    std::unique_ptr<RowInserter> m_capability;
    std::unique_ptr<RowInserter> m_org;
};

// Deletes and recomputes the summary of every organisation row of one commons (every
// commons when commonsRef is 0) from its service and brick_instance rows, read in document
// order. Runs inside the caller's transaction.
Status rebuildAnalysisSummary(const QSqlDatabase &db, qint64 commonsRef);
// The same for the named organisation rows only (a catalogue change that moved a brick to
// another capability reaches only the organisations that use it).
Status rebuildAnalysisSummaryOf(const QSqlDatabase &db, const QList<qint64> &orgRefs);

// The schema step that creates the tables and fills them from the rows already cached.
Migration analysisSummaryMigration(int version);

} // namespace livedna
