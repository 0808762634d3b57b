#pragma once

// Peer benchmarks (issue 10 item 6; docs/benchmarks.md): a council's spend per head by
// service beside its class's published distribution (p10, p25, median, p75, p90) and beside
// its neighbours, every figure with its source. No widgets: the dashboard, `livedna-cli
// benchmark ORG [--json]`, the My area view and the briefing all call this.
//
// How to use it:
//
//     Cache cache; cache.open(path);
//     Result<PeerBenchmark> b = PeerBenchmarks::fromCache(cache, QStringLiteral("E06000001"));
//     if (!b.ok()) ... b.problems() (no benchmarks synced, no such organisation, ...)
//     for (const PeerServiceBenchmark &s : b.value().services) ...
//     QJsonObject json = PeerBenchmarks::toJson(b.value()); // what `benchmark --json` prints
//
// or, with documents already in hand, PeerBenchmarks::compute(org, neighbours, data, areas).
//
// Rules:
//  * Spend per head = the service's reported net cost (`reported_cost_gbp`, RSX C7 net current
//    expenditure) / the council's population. The population is the one the commons' areas
//    document gives (areas.json, the mySociety register's pop-2020, named in its `sources`);
//    without an areas document, the organisation document's own `population`, named as such.
//    Unknown cost or population gives a null per head, never 0.
//  * The class (LB, MD, SC, SD, UA) comes from the organisation's `type` (the register's type
//    name); a type with no class gives no distribution, and says so.
//  * The distribution is the class's for the published year closest to the spend's period
//    (ties: the later year); `yearDiffers` and `yearNote` say so whenever they differ.
//  * Mapping of the RSX service ids (notes/shared-decisions.md item 3) to the source's
//    `service`: see benchmarkServiceFor(); services with none carry `noBenchmarkReason`.
//  * Libraries have no RSX group: when the benchmarks hold the council's own library figure
//    (library_spend_per_head_2024-25.csv) a "libraries" row compares that published figure
//    (the source's per head, its own population) with the class distribution of its year.
//  * Neighbours are the organisation's `neighbours` (the council importer's nearest
//    neighbours, `import councils --similarity`), each with its per head for the same period
//    and service, its source, or null with the reason.

#include "core/area/areadata.h"
#include "core/commons/benchmarkdata.h"
#include "core/domain/organisation.h"
#include "core/util/problem.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace livedna {

class Cache;

// Where a council stands in its class's distribution.
enum class BenchmarkPosition { Unknown, BelowP10, P10ToP25, P25ToMedian, MedianToP75, P75ToP90, AboveP90 };

// One council's spend per head on one service, with the sources of both of its parts.
struct PerHeadFigure
{
    QString period;                    // the spend's financial year
    std::optional<double> netCostGbp;  // reported net cost; nullopt when not published
    QString costSource;                // "<source id>#<locator>" of the organisation document
    std::optional<qint64> population;  // nullopt when unknown
    QString populationSource;          // e.g. "areas.json: mySociety UK local authority register, pop-2020 (CC-BY-4.0)"
    QString populationYear;            // e.g. "2020"; empty when the source does not say
    std::optional<double> perHead;     // £ per head; nullopt when either part is unknown
    QString perHeadSource;             // set when the per head is itself published (libraries)
    QString note;                      // why the per head is unknown, or the source's caution
};

struct PeerNeighbourFigure
{
    QString code;
    QString name;                   // empty when the commons does not hold the neighbour
    PerHeadFigure figure;
    BenchmarkPosition position = BenchmarkPosition::Unknown;
};

struct PeerServiceBenchmark
{
    QString serviceId;        // RSX id (education, cultural, ...) or "libraries"
    QString serviceName;
    QString benchmarkService; // the source's service name; empty when none matches
    QString noBenchmarkReason; // set when benchmarkService is empty or no distribution exists
    PerHeadFigure council;
    QString benchmarkYear;    // the distribution's year; empty when none
    bool yearDiffers = false; // the distribution's year is not the spend's
    QString yearNote;         // says which years are compared when they differ
    std::optional<BenchmarkDistribution> distribution; // with n, p10..p90 and its row's source
    QString distributionSource; // in words: dataset, publisher, licence, file and line
    BenchmarkPosition position = BenchmarkPosition::Unknown;
    QList<PeerNeighbourFigure> neighbours;
};

struct PeerBenchmark
{
    QString code;
    QString name;
    QString period;      // the organisation document's period
    QString type;        // the organisation's type as the commons states it
    QString cls;         // LB, MD, SC, SD or UA; empty when the type has no class
    QString classLabel;
    std::optional<qint64> population;
    QString populationSource;
    QString populationYear;
    QList<PeerServiceBenchmark> services;
    QStringList notes;   // whole-organisation caveats (population year, missing class, ...)
    QList<BenchmarkSource> sources; // the benchmark datasets the figures came from
    QString method;      // the benchmarks document's own description of its figures
};

class PeerBenchmarks
{
    Q_DECLARE_TR_FUNCTIONS(PeerBenchmarks)

public:
    // RSX service id -> the source's `service`; empty when the source has no such service.
    static QString benchmarkServiceFor(const QString &rsxServiceId);
    // The register's type name (organisation.type) -> class code; empty when none.
    static QString classForType(const QString &organisationType);
    // The published year closest to `period` among `years` (ties: the later); empty if none.
    static QString closestYear(const QString &period, const QStringList &years);
    static BenchmarkPosition position(std::optional<double> perHead, const BenchmarkDistribution &d);
    static QString positionId(BenchmarkPosition p);   // "above-p90", "p75-p90", ... "unknown"
    static QString positionText(BenchmarkPosition p); // translated, e.g. "above p90"

    // `areas` may be null (population then from the organisation documents).
    static PeerBenchmark compute(const Organisation &org, const QList<Organisation> &neighbours,
                                 const BenchmarkData &benchmarks, const AreaData *areas);
    // Reads everything from the cache (offline after a sync). Empty period: the latest.
    // Fails when the cache holds no benchmarks document or not the organisation.
    static Result<PeerBenchmark> fromCache(const Cache &cache, const QString &code,
                                           const QString &period = QString(), const QString &commonsId = QString());

    static QJsonObject toJson(const PeerBenchmark &b);
    static QString toText(const PeerBenchmark &b);
};

} // namespace livedna
