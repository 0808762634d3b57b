#pragma once

#include "core/cache/lgsl.h"
#include "core/cache/rowinserter.h"
#include "core/cache/sqlstatement.h"
#include "core/domain/catalogue.h"
#include "core/domain/cataloguechange.h"
#include "core/domain/commonsindex.h"
#include "core/domain/measures.h"
#include "core/domain/organisation.h"
#include "core/util/problem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace livedna {

class OrgSummaryBuilder;
class SummaryWriter;

// The write side of the cache, used by the Syncer. Everything happens inside one
// transaction opened by begin(): either commit() makes the whole sync visible or rollback()
// leaves the file exactly as it was. The insert statements are prepared once and reused for
// every row.
class CacheWriter
{
    Q_DECLARE_TR_FUNCTIONS(CacheWriter)

public:
    explicit CacheWriter(const QSqlDatabase &db);
    ~CacheWriter(); // rolls back when neither commit() nor rollback() was called
    CacheWriter(const CacheWriter &) = delete;
    CacheWriter &operator=(const CacheWriter &) = delete;

    Status begin();
    // For a transaction that inserts most of the cache's instances (a cold sync): the
    // brick_instance(capability, service_ref) index is dropped now and built again by
    // commit(), which sorts once instead of inserting a million keys into 30 runs (about
    // half the cost). Without commit() the rollback restores it.
    Status deferCapabilityIndex();
    Status commit();
    void rollback();

    // Inserts or updates the commons row from the index; returns its row id.
    Result<qint64> upsertCommons(const CommonsIndex &index, const QString &source,
                                 const QString &indexSha256, const QDateTime &syncedAt);
    Status touchCommons(qint64 commonsRef, const QString &source, const QDateTime &syncedAt);
    Status replaceCatalogue(qint64 commonsRef, const Catalogue &catalogue);
    // Deletes the organisation period published at `docPath` (services, bricks, flows and
    // systems cascade); the organisation's latest period is then recomputed.
    Status deleteOrganisationAt(qint64 commonsRef, const QString &docPath);
    // `duplicate` (when given) tells a refusal — the commons already holds this organisation
    // and period from another document — from a failure to write. Keeps the `latest` flag of
    // the organisation's periods right.
    Status insertOrganisation(qint64 commonsRef, const Organisation &org, const Catalogue &catalogue,
                              const QString &docPath, bool *duplicate = nullptr);
    // Brick instances of the commons that name a brick or capability `change` removed, as
    // problems naming the document and the instance; at most `limit`.
    QList<Problem> unresolvedReferences(qint64 commonsRef, const CatalogueChange &change, int limit = 20);
    // Re-derives the effective capability of every standard instance, the service and
    // organisation cost split and the analysis summary from the catalogue now in the cache.
    Status recomputeDerived(qint64 commonsRef);
    // The same for only the rows `change` (from the previous catalogue to the one now in the
    // cache) reaches: core/cache/cachederived.h. The result equals recomputeDerived(commonsRef).
    Status recomputeDerived(qint64 commonsRef, const CatalogueChange &change);
    // `documents` may include the lgsl.json extra (DocumentType::Lgsl).
    Status replaceDocuments(qint64 commonsRef, const QList<IndexEntry> &documents);
    // The national LGSL table (not per commons): the whole list is replaced.
    Status replaceLgsl(const QList<LgslService> &services);
    Status replaceAreas(const QByteArray &json); // core/cache/cacheareas.cpp
    Status replaceBenchmarks(const QByteArray &json); // core/cache/cachebenchmarks.cpp
    Status addHistory(qint64 commonsRef, qint64 version, const QDateTime &acceptedAt, const QString &indexSha256,
                      const QString &source, const QStringList &added, const QStringList &changed,
                      const QStringList &removed);

    // Marks the row of the greatest period of one organisation as its latest.
    Status refreshLatest(qint64 commonsRef, const QString &code);

private:
    Status fail(const QString &what, const QString &error);
    Status insertCatalogueBricks(qint64 commonsRef, const QList<CatalogueBrick> &bricks);
    Status insertProducts(qint64 commonsRef, const QList<Product> &products);
    RowInserter &bindOrganisation(qint64 commonsRef, const Organisation &org, const QString &docPath,
                                  const CostSplit &total);
    Status insertService(qint64 orgRef, int sIndex, const Service &service, const CostSplit &split,
                         const Catalogue &catalogue, const QString &docPath);
    Status insertBricks(qint64 serviceRef, const QList<BrickInstance> &bricks, const Catalogue &catalogue,
                        const QString &where);
    Status insertFlows(qint64 serviceRef, const QList<Flow> &flows, const QString &where);
    Status insertSystems(qint64 serviceRef, const QList<SystemUse> &systems, const QString &where);

    QSqlDatabase m_db;
    bool m_open = false;
    std::unique_ptr<RowInserter> m_insertOrg;
    std::unique_ptr<RowInserter> m_insertService;
    std::unique_ptr<RowInserter> m_insertBrick;
    std::unique_ptr<RowInserter> m_insertFlow;
    std::unique_ptr<RowInserter> m_insertSystem;
    std::unique_ptr<SummaryWriter> m_summary; // core/cache/cachesummary.h
    OrgSummaryBuilder *m_building = nullptr; // the organisation being inserted
    QString m_deferredIndexSql; // deferCapabilityIndex(): recreated by commit()
};

} // namespace livedna
