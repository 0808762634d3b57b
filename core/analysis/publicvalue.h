#pragma once

#include "core/analysis/analysisinput.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace livedna {

// Public Value Index (PVI), 0..100, per service and per organisation.
//
//   Q(s)  quality   = sum_k w_k v_k / sum_k w_k over the value inputs k the service states
//                     (w_k = inputWeights[k], or otherInputWeight for keys not listed)
//   cpt(s)          = service cost / volume (cost per transaction), when volume > 0
//   m(s)            = median cpt of the peer group: services with the same LGSL id, else the
//                     same name (case-insensitive), that have a volume
//   E(s)  economy   = m / (m + cpt): 0.5 at the peer median, towards 1 cheaper, 0 dearer;
//                     1 when cpt = 0; 0 when m = 0 < cpt
//   PVI(s)          = 100 x (qualityWeight Q + economyWeight E) / (qualityWeight + economyWeight)
//                     or 100 x Q when E is undefined (no volume) or economyWeight is 0
// A service with no value inputs has no PVI ("no inputs"): it is never scored as zero.
// Cost: the mapped cost (sum of its bricks) when the service is mapped into bricks, else
// its reported_cost_gbp (cost basis "reported"); with neither the cost is unknown and the
// service is not ranked ("unknown cost"): an unknown cost is never £0, which would make it
// look the cheapest of its peers.
// PVI(o) = cost-weighted mean of PVI(s) over o's scored services (plain mean if they all
// cost 0); no scored service gives "no inputs".
struct ValueWeights
{
    QMap<QString, double> inputWeights; // by value key, e.g. outcome, satisfaction
    double otherInputWeight = 1.0;
    double qualityWeight = 0.7;
    double economyWeight = 0.3;

    static ValueWeights defaults();
    double weightOf(const QString &key) const;
};

enum class CostBasis { Mapped, Reported, Unknown };
QString costBasisToString(CostBasis basis); // "mapped", "reported", "unknown"

struct ServiceValue
{
    int service = -1;
    CostBasis costBasis = CostBasis::Unknown;
    std::optional<double> cost;             // by costBasis; nullopt when unknown
    std::optional<double> quality;          // Q, nullopt: no inputs
    std::optional<double> costPerTransaction;
    std::optional<double> peerMedianCost;   // m
    std::optional<double> economy;          // E
    std::optional<double> pvi;              // nullopt: no inputs, or cost unknown

    bool hasInputs() const { return quality.has_value(); }
    bool costUnknown() const { return costBasis == CostBasis::Unknown; }
};

struct OrgValue
{
    int org = -1;
    int services = 0;
    int scoredServices = 0;
    double scoredCostGbp = 0.0;
    std::optional<double> pvi;
};

struct ValueRanking
{
    QList<ServiceValue> services; // PVI descending, "no inputs" last, then org code, service id
    QList<OrgValue> orgs;         // the same order rule
};

class PublicValue
{
    Q_DECLARE_TR_FUNCTIONS(PublicValue)

public:
    static ValueRanking compute(const AnalysisInput &input, const ValueWeights &weights);

    // The pieces of the formula above, shared by compute() and by anything that scores a
    // single service (a proposal's effect), so there is one definition of the index.
    // Q: nullopt when the service states no value inputs.
    static std::optional<double> quality(const QMap<QString, double> &value, const ValueWeights &weights);
    // E from a cost per transaction and its peer median.
    static double economy(double costPerTransaction, double peerMedian);
    // PVI from Q and E (E nullopt: 100 x Q).
    static double combine(double quality, std::optional<double> economy, const ValueWeights &weights);
    // PVI of one service, not part of an AnalysisInput. `otherPeerCosts`: cost per
    // transaction of the other services of its peer group; the service's own is added, as
    // compute() counts every service in its own group (alone, E = 0.5). nullopt: no inputs.
    static std::optional<double> serviceIndex(const QMap<QString, double> &value, double cost,
                                              std::optional<double> volume, const QList<double> &otherPeerCosts,
                                              const ValueWeights &weights = ValueWeights::defaults());
    // Peer group key shared with process similarity: "lgsl:<id>" or "name:<lower-case name>".
    static QString peerKey(const AnalysisService &service);
    static QString noInputsText() { return tr("no inputs"); }
    static QString unknownCostText() { return tr("unknown cost"); }
    // The cost the index uses for a service, and which basis it came from.
    static std::optional<double> costOf(const AnalysisService &service, CostBasis *basis);
};

} // namespace livedna
