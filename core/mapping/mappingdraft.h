#pragma once

#include "core/domain/catalogue.h"
#include "core/domain/organisation.h"
#include "core/util/problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QString>

#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcMappingDraft)

namespace livedna {

// A civil servant's mapping of their organisation: the organisation document as the cache
// held it (services, reported figures, systems, sources) with the bricks they allocate its
// reported spend into. The whole document travels with the draft so that publishing it
// keeps every service, reported figure and system it did not touch.
struct MappingDraft
{
    QString commons;            // the commons the organisation was read from
    qint64 commonsVersion = 0;
    Organisation org;
    Catalogue catalogue;        // the commons' catalogue when the draft started: palette and checks
    QString serviceId;          // the service in front
    QDateTime created;
    QDateTime modified;

    const Service *service() const { return org.service(serviceId); }
};

// Evidence the mapping cites. Every brick's `source` is "<source id>#<locator>" (spec 1.1),
// so the mapping adds two sources of its own to the document when a brick names them:
// the organisation's own records (a published figure, the locator is the reference) and the
// mapping's estimates (the locator states the method, its inputs and the reason).
namespace mappingsource {
QString ownRecordsId();  // "own-records"
QString estimateId();    // "mapping-estimate"
Source ownRecords(const Organisation &org);
Source estimate();
QString published(const QString &reference);                      // own-records#reference
QString estimated(const QString &method, const QString &reason);  // mapping-estimate#method; reason: …
// The reason part of an estimate's locator ("" when it has none).
QString reasonOf(const QString &source);
// Adds the mapping's sources the document's bricks cite and it does not list yet, and
// drops the mapping's own sources that nothing cites any more.
void reconcile(Organisation &org);
} // namespace mappingsource

// Spec measures of one service's allocation. Unknown reported spend stays unknown: then
// there is no unmapped remainder and no over-allocation to speak of.
struct Allocation
{
    std::optional<double> reported; // reported_cost_gbp
    double mapped = 0.0;            // sum of brick costs
    double published = 0.0;         // part of mapped with basis published
    double estimated = 0.0;         // part of mapped with basis estimated
    int bricks = 0;
    int estimatedBricks = 0;
    std::optional<double> unmapped;      // max(0, reported - mapped)
    std::optional<double> overAllocated; // mapped - reported when positive, else 0

    bool isOverAllocated() const { return overAllocated && *overAllocated > 0.0; }
    // Share of the reported spend mapped, in [0, 1]; unknown unless reported > 0.
    std::optional<double> mappedShare() const;
};

Allocation allocationOf(const Service &service);

class MappingDraftFile
{
    Q_DECLARE_TR_FUNCTIONS(MappingDraftFile)

public:
    static constexpr qint64 MaxBytes = 32LL * 1024 * 1024;
    static QString formatId() { return QStringLiteral("livedna-mapping/1"); }

    static QByteArray toJson(const MappingDraft &draft);
    // Untrusted input (a drafts file can be edited or damaged): every problem with its pointer.
    static Result<MappingDraft> fromJson(const QByteArray &bytes, const QString &file);
};

// A brick id not used by the service's bricks nor its systems (spec: distinct), from `base`.
QString uniqueMappedBrickId(const Service &service, const QString &base);

} // namespace livedna
