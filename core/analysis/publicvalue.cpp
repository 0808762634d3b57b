#include "core/analysis/publicvalue.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace livedna {

ValueWeights ValueWeights::defaults()
{
    ValueWeights w;
    // Outcomes are what the service exists for; satisfaction is how it felt to use.
    w.inputWeights.insert(QStringLiteral("outcome"), 2.0);
    w.inputWeights.insert(QStringLiteral("satisfaction"), 1.0);
    w.otherInputWeight = 1.0;
    w.qualityWeight = 0.7;
    w.economyWeight = 0.3;
    return w;
}

double ValueWeights::weightOf(const QString &key) const
{
    const auto it = inputWeights.constFind(key);
    return it == inputWeights.cend() ? otherInputWeight : *it;
}

QString costBasisToString(CostBasis basis)
{
    switch (basis) {
    case CostBasis::Mapped:
        return QStringLiteral("mapped");
    case CostBasis::Reported:
        return QStringLiteral("reported");
    case CostBasis::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<double> PublicValue::costOf(const AnalysisService &service, CostBasis *basis)
{
    if (service.isMapped()) {
        *basis = CostBasis::Mapped;
        return service.cost;
    }
    if (service.reportedCost) {
        *basis = CostBasis::Reported;
        return service.reportedCost;
    }
    *basis = CostBasis::Unknown;
    return std::nullopt;
}

QString PublicValue::peerKey(const AnalysisService &service)
{
    if (service.lgsl)
        return QStringLiteral("lgsl:") + QString::number(*service.lgsl);
    return QStringLiteral("name:") + service.name.trimmed().toLower();
}

static double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

std::optional<double> PublicValue::quality(const QMap<QString, double> &value, const ValueWeights &weights)
{
    if (value.isEmpty())
        return std::nullopt;
    double sw = 0.0, swv = 0.0;
    for (auto it = value.cbegin(); it != value.cend(); ++it) {
        const double w = std::max(0.0, weights.weightOf(it.key()));
        sw += w;
        swv += w * std::clamp(it.value(), 0.0, 1.0);
    }
    if (sw > 0.0)
        return swv / sw;
    // All inputs weighted zero: fall back to their plain mean rather than 0/0.
    double sum = 0.0;
    for (double x : value)
        sum += std::clamp(x, 0.0, 1.0);
    return sum / double(value.size());
}

double PublicValue::economy(double costPerTransaction, double peerMedian)
{
    if (costPerTransaction <= 0.0)
        return 1.0;
    return peerMedian / (peerMedian + costPerTransaction);
}

double PublicValue::combine(double q, std::optional<double> e, const ValueWeights &weights)
{
    const double wq = std::max(0.0, weights.qualityWeight);
    const double we = std::max(0.0, weights.economyWeight);
    if (e && we > 0.0 && wq + we > 0.0)
        return 100.0 * (wq * q + we * *e) / (wq + we);
    return 100.0 * q;
}

std::optional<double> PublicValue::serviceIndex(const QMap<QString, double> &value, double cost,
                                                std::optional<double> volume, const QList<double> &otherPeerCosts,
                                                const ValueWeights &weights)
{
    const std::optional<double> q = quality(value, weights);
    if (!q)
        return std::nullopt;
    std::optional<double> e;
    if (volume && *volume > 0.0) {
        const double cpt = cost / *volume;
        std::vector<double> peers(otherPeerCosts.cbegin(), otherPeerCosts.cend());
        peers.push_back(cpt);
        e = economy(cpt, median(std::move(peers)));
    }
    return combine(*q, e, weights);
}

ValueRanking PublicValue::compute(const AnalysisInput &input, const ValueWeights &weights)
{
    ValueRanking r;
    const int n = int(input.services.size());

    // Cost per transaction and its peer medians. Peer groups are numbered rather than keyed
    // by peerKey() strings (the same grouping: an LGSL id, else the lower-case name), which
    // at national scale is most of the cost of a ranking.
    std::vector<std::optional<double>> cpt(static_cast<size_t>(n));
    std::vector<int> group(static_cast<size_t>(n));
    std::vector<std::vector<double>> peers;
    QHash<int, int> groupOfLgsl;
    QHash<QString, int> groupOfName;
    std::vector<std::optional<double>> costs(static_cast<size_t>(n));
    std::vector<CostBasis> bases(static_cast<size_t>(n), CostBasis::Unknown);
    for (int i = 0; i < n; ++i) {
        const AnalysisService &s = input.services.at(i);
        auto g = s.lgsl ? groupOfLgsl.constFind(*s.lgsl) : groupOfLgsl.cend();
        int gi;
        if (s.lgsl) {
            gi = g != groupOfLgsl.cend() ? *g : *groupOfLgsl.insert(*s.lgsl, int(peers.size()));
        } else {
            const QString name = s.name.trimmed().toLower();
            const auto ng = groupOfName.constFind(name);
            gi = ng != groupOfName.cend() ? *ng : *groupOfName.insert(name, int(peers.size()));
        }
        if (gi == int(peers.size()))
            peers.emplace_back();
        group[size_t(i)] = gi;
        costs[size_t(i)] = costOf(s, &bases[size_t(i)]);
        if (costs[size_t(i)] && s.volume && *s.volume > 0.0) {
            cpt[size_t(i)] = *costs[size_t(i)] / *s.volume;
            peers[size_t(gi)].push_back(*cpt[size_t(i)]);
        }
    }
    std::vector<double> medians(peers.size(), 0.0);
    for (size_t g = 0; g < peers.size(); ++g) {
        if (!peers[g].empty())
            medians[g] = median(std::move(peers[g]));
    }

    r.services.reserve(n);
    for (int i = 0; i < n; ++i) {
        const AnalysisService &s = input.services.at(i);
        ServiceValue v;
        v.service = i;
        v.cost = costs[size_t(i)];
        v.costBasis = bases[size_t(i)];
        v.costPerTransaction = cpt[size_t(i)];
        if (cpt[size_t(i)]) {
            const double m = medians[size_t(group[size_t(i)])];
            v.peerMedianCost = m;
            v.economy = economy(*cpt[size_t(i)], m);
        }
        v.quality = quality(s.value, weights);
        if (v.quality && v.cost)
            v.pvi = combine(*v.quality, v.economy, weights);
        r.services.append(v);
    }

    std::vector<OrgValue> orgs(size_t(input.orgs.size()));
    std::vector<double> sumW(orgs.size(), 0.0), sumWP(orgs.size(), 0.0), sumP(orgs.size(), 0.0);
    for (int o = 0; o < input.orgs.size(); ++o)
        orgs[size_t(o)].org = o;
    for (const ServiceValue &v : std::as_const(r.services)) {
        const AnalysisService &s = input.services.at(v.service);
        if (s.org < 0 || s.org >= int(orgs.size()))
            continue;
        OrgValue &ov = orgs[size_t(s.org)];
        ++ov.services;
        if (!v.pvi)
            continue;
        ++ov.scoredServices;
        const double w = std::max(0.0, v.cost.value_or(0.0)); // scored: the cost is known
        ov.scoredCostGbp += w;
        sumW[size_t(s.org)] += w;
        sumWP[size_t(s.org)] += w * *v.pvi;
        sumP[size_t(s.org)] += *v.pvi;
    }
    for (size_t o = 0; o < orgs.size(); ++o) {
        OrgValue &ov = orgs[o];
        if (ov.scoredServices == 0)
            continue;
        ov.pvi = sumW[o] > 0.0 ? sumWP[o] / sumW[o] : sumP[o] / ov.scoredServices;
    }

    auto pviBefore = [](const std::optional<double> &a, const std::optional<double> &b) {
        if (a.has_value() != b.has_value())
            return a.has_value();
        return a && *a > *b;
    };
    // Organisations by code, once, so the sort compares integers, not strings.
    std::vector<int> orgRank(size_t(input.orgs.size()));
    {
        std::vector<int> byCode(orgRank.size());
        for (size_t o = 0; o < byCode.size(); ++o)
            byCode[o] = int(o);
        std::sort(byCode.begin(), byCode.end(),
                  [&](int a, int b) { return input.orgs.at(a).code < input.orgs.at(b).code; });
        for (size_t k = 0; k < byCode.size(); ++k) {
            const bool sameCode = k > 0 && input.orgs.at(byCode[k]).code == input.orgs.at(byCode[k - 1]).code;
            orgRank[size_t(byCode[k])] = sameCode ? orgRank[size_t(byCode[k - 1])] : int(k);
        }
    }
    std::sort(r.services.begin(), r.services.end(), [&](const ServiceValue &a, const ServiceValue &b) {
        if (pviBefore(a.pvi, b.pvi))
            return true;
        if (pviBefore(b.pvi, a.pvi))
            return false;
        const AnalysisService &sa = input.services.at(a.service);
        const AnalysisService &sb = input.services.at(b.service);
        const int ra = orgRank[size_t(sa.org)];
        const int rb = orgRank[size_t(sb.org)];
        if (ra != rb)
            return ra < rb;
        return sa.id < sb.id;
    });
    std::sort(orgs.begin(), orgs.end(), [&](const OrgValue &a, const OrgValue &b) {
        if (pviBefore(a.pvi, b.pvi))
            return true;
        if (pviBefore(b.pvi, a.pvi))
            return false;
        return input.orgs.at(a.org).code < input.orgs.at(b.org).code;
    });
    for (const OrgValue &ov : orgs)
        r.orgs.append(ov);
    return r;
}

} // namespace livedna
