#pragma once

#include "core/domain/catalogue.h"
#include "core/domain/measures.h"
#include "core/domain/organisation.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace livedna {

class Cache;
struct OrgSummary;
struct ServiceSummary;

// Mapping coverage (issue 14 item 5; docs/mapping.md, "Coverage"): the share of reported
// spend that bricks account for. For one service s with a reported cost r(s) > 0 and bricks
// costing m(s):
//   counted(s)  = min(m(s), r(s))        the mapped part of the reported spend
//   unmapped(s) = r(s) − counted(s)      never negative
//   over(s)     = max(0, m(s) − r(s))    over-allocation: shown as a warning, never hidden
// so counted + unmapped = reported always holds. A group's share = Σ counted ÷ Σ r over its
// services with r > 0 (the same definition as the national roll-up's mapped share); null
// when no service of the group reports a positive cost (nothing reported, or only net
// income). Bricks of services without a positive reported cost are "mapped outside" the
// share: counted in mappedTotalGbp, never in the share.
struct ServiceCoverage
{
    QString id;
    QString name;
    std::optional<Layer> layer;        // of the reported spend
    std::optional<double> reportedGbp; // unknown when not published
    double mappedGbp = 0.0;            // Σ brick costs
    double mappedFrontlineGbp = 0.0;   // by the bricks' own layer
    double mappedOverheadGbp = 0.0;
    int bricks = 0;
    double countedGbp = 0.0;
    double unmappedGbp = 0.0;
    double overAllocatedGbp = 0.0;
    std::optional<double> share;       // counted ÷ reported; null unless reported > 0

    static ServiceCoverage of(const QString &id, const QString &name, const std::optional<Layer> &layer,
                              const CostSplit &cost);
};

struct CoverageFigures
{
    int services = 0;
    int reportedServices = 0; // with a reported cost (any sign)
    int baseServices = 0;     // with a reported cost > 0: the share's base
    double reportedGbp = 0.0; // Σ reported over the base services
    double countedGbp = 0.0;
    double unmappedGbp = 0.0;
    double overAllocatedGbp = 0.0;
    double mappedTotalGbp = 0.0;   // every brick, in or outside the base
    double mappedOutsideGbp = 0.0; // bricks of services outside the base

    void add(const ServiceCoverage &s);
    CoverageFigures &operator+=(const CoverageFigures &other);
    std::optional<double> share() const;
    QJsonObject toJson() const;
};

// Layer keys of the reported spend: "frontline", "overhead", "unclassified" (no layer).
QString coverageLayerKey(const std::optional<Layer> &layer);

struct OrgCoverage
{
    QString code;
    QString name;
    OrgKind kind = OrgKind::Other;
    QString period;
    QList<ServiceCoverage> services;
    CoverageFigures total;
    QMap<QString, CoverageFigures> byLayer; // coverageLayerKey -> figures

    static OrgCoverage of(const Organisation &org, const Catalogue &catalogue);
    static OrgCoverage of(const OrgSummary &org, const QList<ServiceSummary> &services);
    QJsonObject toJson(bool withServices = true) const;
};

class NationalCoverage
{
    Q_DECLARE_TR_FUNCTIONS(NationalCoverage)

public:
    CoverageFigures total;
    QMap<QString, CoverageFigures> byService; // service id -> figures over every organisation
    QMap<QString, QString> serviceNames;      // service id -> the first name met
    QMap<QString, CoverageFigures> byLayer;
    QList<OrgCoverage> orgs;

    void add(const OrgCoverage &org);
    // Every organisation of a commons in the cache (its latest period), or only `code`'s.
    static NationalCoverage fromCache(const Cache &cache, const QString &commonsId = QString(),
                                      const QString &code = QString());
    QJsonObject toJson() const;
    QString toText(bool perOrganisation) const;
};

} // namespace livedna
