#pragma once

#include "core/analysis/duplication.h"
#include "core/area/areadata.h"
#include "core/area/arearesolver.h"
#include "core/commons/benchmarkdata.h"
#include "core/domain/catalogue.h"
#include "core/domain/measures.h"
#include "core/domain/organisation.h"
#include "core/domain/source.h"
#include "core/util/problem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace livedna {

class Cache;

// The headline of one constituency (issue 11, items 2 and 3): its MP, and for every council
// and NHS trust serving it the figures an MP takes into a meeting, each with its year and its
// sources. Shared by the My area view and the briefing (core/area/briefing.h). Unknown is
// std::nullopt (null in JSON) and is listed in `unknowns`, never shown as £0.

// The sources of one figure of an organisation: "<source id>#<locator>" each.
struct HeadlineFigureSources
{
    QString figure; // one of the HeadlineOrg::Figure* ids
    QStringList refs;
};

// A system a service of the organisation runs (spec 1.1 `systems`): a separately run
// instance of its capability.
struct HeadlineSystem
{
    QString capability;
    QString capabilityName; // the catalogue's, else the id
    QString name;
    QString product;        // product id, empty when unknown
    QString productName;    // the catalogue's, else the id; empty when unknown
    QString service;        // the service that runs it
    QString source;
};

// One of the largest 1.1 estimated savings (core/analysis/duplication.h): replacing the
// organisation's bespoke instances of a capability with the commons' cheapest brick.
struct HeadlineSaving
{
    QString capability;
    QString capabilityName;
    EstimateRange rangeGbp;     // low / central / high
    double bespokeGbp = 0.0;    // what the bespoke instances cost
    QString brick;              // the brick of least cost
    std::optional<double> brickCostGbp;
    QStringList sources;        // of the bespoke instances' costs and of the brick
};

// A council's spend per head against its peers: the published distribution of total service
// expenditure per head of its class (core/analysis/peerbenchmark, benchmarks.json) for the
// year closest to its figures. nullopt when no comparison can be made (a trust, no
// benchmarks in the commons, no class for its type, or no spend per head); the reason is
// then in HeadlineOrg::unknowns.
struct HeadlinePeerComparison
{
    QString peerGroup;                     // who the peers are, in words ("Shire district councils")
    int peers = 0;                         // how many peers have a figure
    std::optional<double> medianPerHeadGbp;
    std::optional<double> lowPerHeadGbp;   // lower quartile (p25)
    std::optional<double> highPerHeadGbp;  // upper quartile (p75)
    std::optional<int> rank;               // 1 = lowest spend per head; the published distribution gives none
    QString period;                        // the distribution's year
    QStringList sources;                   // "<source id>#line N" of the distribution's row
    // Added with bench10's API:
    std::optional<double> p10PerHeadGbp;
    std::optional<double> p90PerHeadGbp;
    QString position; // where the council stands, translated ("between p75 and p90")
    QString note;     // what differs between the two figures (years, populations)
};

struct HeadlineOrg
{
    // Figure ids of figureSources.
    static constexpr const char *FigureNetSpend = "net-spend";
    static constexpr const char *FigurePopulation = "population";
    static constexpr const char *FigureReportedSplit = "reported-split";
    static constexpr const char *FigureMappedSplit = "mapped-split";
    static constexpr const char *FigureSystems = "systems";
    static constexpr const char *FigureSavings = "savings";
    static constexpr const char *FigurePeers = "peer-comparison";

    QString code;
    QString name;
    QString kind;       // district, unitary, county or trust
    OrgKind orgKind = OrgKind::Other;
    double share = 0.0; // of the constituency's residents (see AreaResolver)
    QString type;       // the organisation's own type ("Non-metropolitan district", "Acute")

    QString period;          // of the organisation's document: the latest the commons holds
    QStringList figurePeriods; // the years the figures are for, ascending (services may be older)

    // Reported net spend: the sum of the services' reported_cost_gbp (RSX: net current
    // expenditure, C7). nullopt when no service reports one; netSpendUnknown counts the
    // services that report nothing (the sum is then over the others).
    std::optional<double> netSpendGbp;
    int netSpendUnknown = 0;
    // Population from a named source (the council register's pop-2020 in the areas
    // document), else nullopt; spend per head only when both are known.
    std::optional<qint64> population;
    QString populationSource;
    std::optional<double> spendPerHeadGbp;
    std::optional<HeadlinePeerComparison> peerComparison;

    ReportedSplit reported; // reported frontline / overhead (by the services' layers)
    CostSplit mapped;       // mapped into bricks; mapped.bricks == 0 means not mapped (unknown)
    bool isMapped() const { return mapped.bricks > 0; }

    QList<HeadlineSystem> systems;
    QList<HeadlineSaving> savings; // largest central estimate first, at most HeadlineOptions::maxSavings
    QStringList unknowns;          // what is not known about it, one sentence each (translated)
    QList<HeadlineFigureSources> figureSources;
    QList<Source> sources;         // every source the figures name, with title and licence

    QStringList refsOf(const char *figure) const;
    QJsonObject toJson() const;
};

struct AreaHeadline
{
    QString constituency; // PCON24CD
    QString name;
    QString mp;           // empty when vacant in the data
    QString party;
    QList<HeadlineOrg> councils; // largest share first
    QList<HeadlineOrg> trusts;   // largest share first
    QList<AreaOrg> unmatched;    // serving the area but not in the commons, with the reason
    int smallTrusts = 0;         // trusts left out for serving under the minimum share
    double minTrustShare = 0.0;

    QString commonsId;
    QString commonsTitle;
    QDateTime published; // the commons' publication date: "the date of the data"
    QDateTime syncedAt;
    QStringList areaSources; // what the areas document was built from, with licences
    QString areaMethod;

    QList<const HeadlineOrg *> organisations() const; // councils then trusts
    // Every source of every organisation, once each (by id), in first-use order.
    QList<Source> allSources() const;
    QJsonObject toJson() const;
};

struct HeadlineOptions
{
    int maxSavings = 3;
    double minTrustShare = 0.01; // as AreaResolver's default
};

class AreaHeadlines
{
    Q_DECLARE_TR_FUNCTIONS(AreaHeadlines)

public:
    // Loads the areas document and the commons' catalogue and organisation names from the
    // cache once. Fails when the cache holds no areas.
    static Result<AreaHeadlines> load(const Cache &cache, const QString &commonsId = QString());

    const AreaData &areas() const { return m_areas; }
    // Constituencies by MP (case and accents aside) or served by a council.
    QStringList byMp(const QString &name) const;
    QStringList byCouncil(const QString &code) const;

    // Fails when the code is not a 2024 constituency of the areas document.
    Result<AreaHeadline> headline(const QString &constituencyCode, const HeadlineOptions &options = {}) const;

    // The peer benchmarks synced with the commons, nullptr when it holds none.
    const BenchmarkData *benchmarks() const { return m_benchmarks ? &*m_benchmarks : nullptr; }

    // The headline of one organisation document (the unit the view and tests use). Without
    // `benchmarks` (pass benchmarks()) no peer comparison is made.
    static HeadlineOrg headlineOf(const Organisation &org, const Catalogue &catalogue, const AreaOrg &area,
                                  const AreaCouncil *council, const HeadlineOptions &options = {},
                                  const BenchmarkData *benchmarks = nullptr);

private:
    const Cache *m_cache = nullptr;
    QString m_commonsId;
    AreaData m_areas;
    QHash<QString, QString> m_held;
    Catalogue m_catalogue;
    std::optional<BenchmarkData> m_benchmarks;
};

} // namespace livedna
