#pragma once

#include "core/analysis/analysisinput.h"
#include "core/analysis/duplication.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace livedna {

// A national figure someone else has published, quoted as published (never derived from a
// commons): the claims this commons' estimate is shown beside. docs/analysis.md, section 2a.
struct PublishedClaim
{
    QString scope;                            // "councils", "trusts", "public-sector"
    QString label;                            // translated
    double totalGbp = 0.0;                    // a year
    std::optional<int> organisations;         // how many organisations the claim spreads over
    std::optional<double> perOrganisationGbp; // totalGbp / organisations; nullopt without a count
    QString source;                           // who published it
};

// This commons' figures for one group of organisations, with the coverage behind them:
// the estimate is a sum over the mapped part only, never scaled up to a national figure.
//   mapped(o)      = sum of the annual cost of o's brick instances
//   mapped org     = an organisation with mapped(o) > 0
//   reported       = sum of the published reported_cost_gbp of the group's services
//                    (net, so a service with net income counts negative); unknown when none
//   mapped share   = sum over services with a positive reported cost of
//                    min(mapped(s), reported(s)) / sum of those reported costs: the part of
//                    the published spend that bricks account for. A mapped cost above the
//                    reported one counts only up to it, and a service without a reported
//                    cost says nothing about the share; unknown when no service reports
//                    a positive cost.
struct RollupGroup
{
    QString scope; // "councils", "trusts", "all"
    QString label; // translated
    int organisations = 0;
    int mappedOrganisations = 0;
    int services = 0;
    int reportedServices = 0; // services with a published reported_cost_gbp
    std::optional<double> reportedGbp;
    double mappedGbp = 0.0;
    double shareReportedGbp = 0.0; // the mapped share's denominator
    double shareMappedGbp = 0.0;   // and its numerator
    std::optional<double> mappedShare;
    // Sum of the group's known estimates (duplication.h); nullopt when no organisation of
    // the group has one. estimateUnknown: (organisation, capability) estimates unknown for
    // want of units.
    std::optional<EstimateRange> estimatedSavingGbp;
    int estimateUnknown = 0;
    // The estimate divided by the mapped organisations: comparable with a claim's
    // per-organisation figure, and only with that of a mapped organisation.
    std::optional<EstimateRange> perMappedOrganisationGbp;
};

// What one organisation adds to the roll-up, summed in document order (services, then
// bricks). Kept per organisation by the cache's summary (written at sync) so the roll-up
// never reads the services or instances at national scale; coverageOf() computes the same
// from an AnalysisInput.
// Named apart from core/mapping's OrgCoverage: two types of one name in one program break it.
struct RollupCoverage
{
    int services = 0;
    int reportedServices = 0;          // services with a published reported_cost_gbp
    std::optional<double> reportedGbp; // their sum; unknown when none
    double mappedGbp = 0.0;            // mapped(o): sum of its instances' cost
    double shareReportedGbp = 0.0;     // the mapped share's denominator over its services
    double shareMappedGbp = 0.0;       // and its numerator
    qint64 instances = 0;

    // One service, after its instances: `mappedGbp` is mapped(s), the sum of their cost.
    void addService(const std::optional<double> &reportedCostGbp, double mappedGbp);
};
std::vector<RollupCoverage> coverageOf(const AnalysisInput &input); // one per input.orgs

class NationalRollup
{
    Q_DECLARE_TR_FUNCTIONS(NationalRollup)

public:
    RollupGroup councils;
    RollupGroup trusts;
    RollupGroup all; // every organisation of the commons (other bodies included): the coverage
    QList<PublishedClaim> claims;

    static NationalRollup compute(const AnalysisInput &input, const DuplicationIndex &index);
    // The same from per-organisation coverage (the cache's summary): groups sum their
    // organisations' figures in organisation order, so both give the same bits.
    static NationalRollup compute(const AnalysisInput &input, const std::vector<RollupCoverage> &coverage,
                                  const DuplicationIndex &index);
    // The Manifesto for Better Public Services' published figures, the one place they live.
    static QList<PublishedClaim> manifestoClaims();
    static QString manifestoSource();
    // "This commons maps 3 of 12 councils and 41% of their reported spend: ..." — the
    // sentence that stops a partial map being read as a national figure.
    // With a claim, adds how many organisations the claim spreads over.
    static QString coverageSentence(const RollupGroup &group, const PublishedClaim *claim = nullptr);
    // The claim of the same scope as a group ("councils", "trusts"), or nullptr.
    const PublishedClaim *claimFor(const QString &scope) const;
};

} // namespace livedna
