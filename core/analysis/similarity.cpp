#include "core/analysis/similarity.h"

#include "core/analysis/publicvalue.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace livedna {

static QString groupLabel(const AnalysisService &s)
{
    if (s.lgsl)
        return ProcessSimilarity::tr("LGSL %1: %2").arg(*s.lgsl).arg(s.name);
    return s.name;
}

QList<ServiceGroup> ProcessSimilarity::groups(const AnalysisInput &input)
{
    QHash<QString, ServiceGroup> byKey;
    QHash<QString, QSet<int>> orgsOf;
    for (const AnalysisService &s : input.services) {
        const QString key = PublicValue::peerKey(s);
        ServiceGroup &g = byKey[key];
        if (g.key.isEmpty()) {
            g.key = key;
            g.label = groupLabel(s);
        }
        ++g.services;
        orgsOf[key].insert(s.org);
    }
    QList<ServiceGroup> result;
    for (auto it = byKey.begin(); it != byKey.end(); ++it) {
        it->organisations = int(orgsOf.value(it.key()).size());
        result.append(*it);
    }
    std::sort(result.begin(), result.end(), [](const ServiceGroup &a, const ServiceGroup &b) {
        if (a.organisations != b.organisations)
            return a.organisations > b.organisations;
        return a.key < b.key;
    });
    return result;
}

QString ProcessSimilarity::resolve(const AnalysisInput &input, const QString &query)
{
    const QString q = query.trimmed();
    if (q.isEmpty())
        return QString();
    QString text = q;
    if (text.startsWith(QLatin1String("lgsl:"), Qt::CaseInsensitive))
        text = text.mid(5);
    bool isNumber = false;
    const int lgsl = text.toInt(&isNumber);
    for (const AnalysisService &s : input.services) {
        if (isNumber && s.lgsl && *s.lgsl == lgsl)
            return PublicValue::peerKey(s);
    }
    for (const AnalysisService &s : input.services) {
        if (PublicValue::peerKey(s) == q)
            return q;
    }
    for (const AnalysisService &s : input.services) {
        if (s.id == q)
            return PublicValue::peerKey(s);
    }
    for (const AnalysisService &s : input.services) {
        if (s.name.trimmed().compare(q, Qt::CaseInsensitive) == 0)
            return PublicValue::peerKey(s);
    }
    return QString();
}

double ProcessSimilarity::jaccard(const QStringList &a, const QStringList &b)
{
    if (a.isEmpty() && b.isEmpty())
        return 1.0;
    int i = 0, j = 0, common = 0;
    while (i < a.size() && j < b.size()) {
        const int c = a.at(i).compare(b.at(j));
        if (c == 0) {
            ++common;
            ++i;
            ++j;
        } else if (c < 0) {
            ++i;
        } else {
            ++j;
        }
    }
    const int unionSize = int(a.size() + b.size()) - common;
    return double(common) / double(unionSize);
}

double ProcessSimilarity::weightedJaccard(const QMap<QString, double> &a, const QMap<QString, double> &b)
{
    if (a.isEmpty() && b.isEmpty())
        return 1.0;
    double mins = 0.0, maxs = 0.0;
    auto ia = a.cbegin(), ib = b.cbegin();
    while (ia != a.cend() || ib != b.cend()) {
        if (ib == b.cend() || (ia != a.cend() && ia.key() < ib.key())) {
            maxs += ia.value();
            ++ia;
        } else if (ia == a.cend() || ib.key() < ia.key()) {
            maxs += ib.value();
            ++ib;
        } else {
            mins += std::min(ia.value(), ib.value());
            maxs += std::max(ia.value(), ib.value());
            ++ia;
            ++ib;
        }
    }
    return maxs > 0.0 ? mins / maxs : 1.0;
}

QMap<QString, double> ProcessSimilarity::shares(const QMap<QString, double> &costByCapability)
{
    QMap<QString, double> result;
    double total = 0.0;
    for (double v : costByCapability)
        total += std::max(0.0, v);
    for (auto it = costByCapability.cbegin(); it != costByCapability.cend(); ++it) {
        result.insert(it.key(), total > 0.0 ? std::max(0.0, it.value()) / total
                                            : 1.0 / double(costByCapability.size()));
    }
    return result;
}

ServiceSimilarity ProcessSimilarity::compute(const AnalysisInput &input, const QString &key)
{
    ServiceSimilarity r;
    r.key = key;
    QHash<int, int> memberOf; // org -> index in members
    QHash<int, int> serviceMember; // service -> index in members
    for (int i = 0; i < input.services.size(); ++i) {
        const AnalysisService &s = input.services.at(i);
        if (PublicValue::peerKey(s) != key)
            continue;
        if (r.label.isEmpty()) {
            r.label = groupLabel(s);
            r.lgsl = s.lgsl;
        }
        int m = memberOf.value(s.org, -1);
        if (m < 0) {
            m = int(r.members.size());
            memberOf.insert(s.org, m);
            SimilarityMember member;
            member.org = s.org;
            r.members.append(member);
        }
        r.members[m].services.append(i);
        serviceMember.insert(i, m);
    }
    if (r.members.isEmpty())
        return r;
    for (const AnalysisInstance &inst : input.instances) {
        const int m = serviceMember.value(inst.service, -1);
        if (m < 0)
            continue;
        SimilarityMember &member = r.members[m];
        member.costByCapability[input.capabilityIds.value(inst.capability)] += inst.cost;
        member.costGbp += inst.cost;
    }

    const int n = int(r.members.size());
    std::vector<QStringList> sets(static_cast<size_t>(n));
    std::vector<QMap<QString, double>> shareOf(static_cast<size_t>(n));
    QHash<QString, int> setCount; // joined set -> organisations
    for (int i = 0; i < n; ++i) {
        sets[size_t(i)] = r.members.at(i).costByCapability.keys(); // QMap keys are sorted
        shareOf[size_t(i)] = shares(r.members.at(i).costByCapability);
        // An organisation with no bricks in this service is not mapped: its empty
        // composition says nothing about how it runs the service, so it never votes for
        // the playlist nor gets a distance.
        r.members[i].mapped = !sets[size_t(i)].isEmpty();
        if (!r.members.at(i).mapped)
            continue;
        ++r.mappedOrganisations;
        ++setCount[sets[size_t(i)].join(QLatin1Char('\n'))];
    }

    // The modal composition; ties to the smaller set, then the smaller id list.
    QStringList best;
    int bestCount = -1;
    for (int i = 0; i < n; ++i) {
        if (!r.members.at(i).mapped)
            continue;
        const QStringList &s = sets[size_t(i)];
        const int count = setCount.value(s.join(QLatin1Char('\n')));
        const bool better = count > bestCount
                            || (count == bestCount && (s.size() < best.size()
                                                       || (s.size() == best.size() && s < best)));
        if (better) {
            best = s;
            bestCount = count;
        }
    }
    r.playlist = best;
    r.playlistOrganisations = std::max(bestCount, 0);
    for (int i = 0; i < n; ++i) {
        if (!r.members.at(i).mapped || sets[size_t(i)] != best)
            continue;
        r.members[i].isStandard = true;
        for (auto it = shareOf[size_t(i)].cbegin(); it != shareOf[size_t(i)].cend(); ++it)
            r.playlistShares[it.key()] += it.value() / double(bestCount);
    }

    r.jaccard.assign(size_t(n) * size_t(n), 1.0);
    r.costSimilarity.assign(size_t(n) * size_t(n), 1.0);
    for (int a = 0; a < n; ++a) {
        for (int b = a + 1; b < n; ++b) {
            const double j = jaccard(sets[size_t(a)], sets[size_t(b)]);
            const double w = weightedJaccard(shareOf[size_t(a)], shareOf[size_t(b)]);
            r.jaccard[size_t(a) * size_t(n) + size_t(b)] = r.jaccard[size_t(b) * size_t(n) + size_t(a)] = j;
            r.costSimilarity[size_t(a) * size_t(n) + size_t(b)] = r.costSimilarity[size_t(b) * size_t(n) + size_t(a)] = w;
        }
    }
    for (int a = 0; a < n; ++a) {
        SimilarityMember &m = r.members[a];
        if (!m.mapped) {
            // Not comparable: sorted after every mapped organisation, shown as no distance.
            m.distance = m.costDistance = 1.0;
            continue;
        }
        m.distance = 1.0 - jaccard(sets[size_t(a)], r.playlist);
        m.costDistance = 1.0 - weightedJaccard(shareOf[size_t(a)], r.playlistShares);
        // Means over the other mapped organisations only.
        double sj = 0.0, sw = 0.0;
        int others = 0;
        for (int b = 0; b < n; ++b) {
            if (b == a || !r.members.at(b).mapped)
                continue;
            sj += r.jaccard[size_t(a) * size_t(n) + size_t(b)];
            sw += r.costSimilarity[size_t(a) * size_t(n) + size_t(b)];
            ++others;
        }
        if (others > 0) {
            m.meanJaccard = sj / double(others);
            m.meanCostSimilarity = sw / double(others);
        }
    }

    // Sort members (and permute the matrices with them) by distance, then org code.
    std::vector<int> order(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        order[size_t(i)] = i;
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const SimilarityMember &ma = r.members.at(a);
        const SimilarityMember &mb = r.members.at(b);
        if (ma.mapped != mb.mapped)
            return ma.mapped;
        if (ma.distance != mb.distance)
            return ma.distance < mb.distance;
        if (ma.costDistance != mb.costDistance)
            return ma.costDistance < mb.costDistance;
        return input.orgs.at(ma.org).code < input.orgs.at(mb.org).code;
    });
    QList<SimilarityMember> members;
    std::vector<double> jac(r.jaccard.size()), cs(r.costSimilarity.size());
    for (int i = 0; i < n; ++i) {
        members.append(r.members.at(order[size_t(i)]));
        for (int j = 0; j < n; ++j) {
            jac[size_t(i) * size_t(n) + size_t(j)] = r.jaccard[size_t(order[size_t(i)]) * size_t(n) + size_t(order[size_t(j)])];
            cs[size_t(i) * size_t(n) + size_t(j)] = r.costSimilarity[size_t(order[size_t(i)]) * size_t(n) + size_t(order[size_t(j)])];
        }
    }
    r.members = members;
    r.jaccard = std::move(jac);
    r.costSimilarity = std::move(cs);
    return r;
}

} // namespace livedna
