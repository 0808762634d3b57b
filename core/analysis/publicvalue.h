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

struct ServiceValue
{
    int service = -1;
    std::optional<double> quality;          // Q, nullopt: no inputs
    std::optional<double> costPerTransaction;
    std::optional<double> peerMedianCost;   // m
    std::optional<double> economy;          // E
    std::optional<double> pvi;              // nullopt: no inputs

    bool hasInputs() const { return quality.has_value(); }
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
    // Peer group key shared with process similarity: "lgsl:<id>" or "name:<lower-case name>".
    static QString peerKey(const AnalysisService &service);
    static QString noInputsText() { return tr("no inputs"); }
};

} // namespace livedna
