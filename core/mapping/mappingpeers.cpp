#include "core/mapping/mappingpeers.h"

#include "core/analysis/publicvalue.h"
#include "core/analysis/similarity.h"
#include "core/cache/cache.h"
#include "core/mapping/mappingdraft.h"
#include "core/models/format.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace livedna {

namespace {

// Figures inside a source locator are data published with the document, so they are
// written the same way whatever language the user reads the interface in.
QString gbp(double value)
{
    return Format::gbpPlain(value);
}

QString number(double value)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(value, 'f', 0);
}

QString peerKeyOf(const Service &service)
{
    AnalysisService s;
    s.lgsl = service.lgsl;
    s.name = service.name;
    return PublicValue::peerKey(s);
}

PeerCandidate candidateFrom(const AnalysisInput &input, const SimilarityMember &m)
{
    const AnalysisOrg &o = input.orgs.at(m.org);
    PeerCandidate c;
    c.code = o.code;
    c.name = o.name;
    c.population = o.population;
    // The member's service with the most bricks is the composition worth copying.
    for (const int si : m.services) {
        const AnalysisService &s = input.services.at(si);
        if (s.bricks > c.bricks) {
            c.serviceId = s.id;
            c.bricks = s.bricks;
            c.mappedGbp = s.cost;
            c.reported = s.reportedCost;
        }
    }
    return c;
}

} // namespace

QList<PeerCandidate> MappingPeers::candidates(const AnalysisInput &input, const Organisation &self, const Service &service)
{
    const ServiceSimilarity sim = ProcessSimilarity::compute(input, peerKeyOf(service));
    int selfMember = -1;
    for (int i = 0; i < sim.members.size(); ++i)
        if (sim.members.at(i).mapped && input.orgs.at(sim.members.at(i).org).code == self.code)
            selfMember = i;

    QList<PeerCandidate> neighbours;
    QList<QPair<double, PeerCandidate>> others; // (similarity or -distance, candidate)
    for (int i = 0; i < sim.members.size(); ++i) {
        const SimilarityMember &m = sim.members.at(i);
        if (!m.mapped || i == selfMember || input.orgs.at(m.org).code == self.code)
            continue;
        PeerCandidate c = candidateFrom(input, m);
        if (c.serviceId.isEmpty())
            continue;
        if (selfMember >= 0)
            c.similarity = sim.jaccardAt(selfMember, i);
        c.neighbour = self.neighbours.contains(c.code);
        if (c.neighbour)
            neighbours.append(c);
        else
            others.append({c.similarity ? *c.similarity : -m.distance, c});
    }
    std::sort(neighbours.begin(), neighbours.end(), [&](const PeerCandidate &a, const PeerCandidate &b) {
        return self.neighbours.indexOf(a.code) < self.neighbours.indexOf(b.code);
    });
    // Stable: members already come nearest the standard composition first, then by code.
    std::stable_sort(others.begin(), others.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &o : std::as_const(others))
        neighbours.append(o.second);
    return neighbours;
}

static Result<double> factorOf(const Organisation &self, const Service &target, const PeerComposition &peer,
                               PeerScaling scaling, QString *method)
{
    const auto fail = [](const QString &why) { return Result<double>::failure({}, {}, why); };
    if (scaling == PeerScaling::ReportedSpend) {
        if (!target.reportedCostGbp || *target.reportedCostGbp <= 0.0)
            return fail(MappingPeers::tr("%1 has no positive reported spend to scale by.").arg(target.name));
        if (!peer.service.reportedCostGbp || *peer.service.reportedCostGbp <= 0.0)
            return fail(MappingPeers::tr("%1 publishes no positive reported spend for %2 to scale by.")
                            .arg(peer.orgName, peer.service.name));
        *method = QStringLiteral("scaled by reported spend: %1 / %2")
                      .arg(gbp(*target.reportedCostGbp), gbp(*peer.service.reportedCostGbp));
        return *target.reportedCostGbp / *peer.service.reportedCostGbp;
    }
    if (!self.population || *self.population <= 0)
        return fail(MappingPeers::tr("The population of %1 is not known.").arg(self.name));
    if (!peer.population || *peer.population <= 0)
        return fail(MappingPeers::tr("The population of %1 is not known.").arg(peer.orgName));
    *method = QStringLiteral("scaled by population: %1 / %2 residents")
                  .arg(number(double(*self.population)), number(double(*peer.population)));
    return double(*self.population) / double(*peer.population);
}

Result<ScaledComposition> MappingPeers::scale(const Organisation &self, const Service &target,
                                              const PeerComposition &peer, PeerScaling scaling)
{
    ScaledComposition out;
    const Result<double> factor = factorOf(self, target, peer, scaling, &out.method);
    if (!factor)
        return Result<ScaledComposition>::failure(factor.problems());
    out.factor = factor.value();
    // Ids stay the peer's where they can, so flows and later copies read alike; a clash
    // with one of this service's systems gets a suffix and its flows follow.
    Service ids;
    ids.systems = target.systems;
    QHash<QString, QString> renamed;
    for (const BrickInstance &b : peer.service.bricks) {
        BrickInstance c = b;
        c.id = uniqueMappedBrickId(ids, b.id);
        renamed.insert(b.id, c.id);
        c.annualCostGbp = std::round(b.annualCostGbp * out.factor);
        if (b.fte)
            c.fte = std::round(*b.fte * out.factor * 100.0) / 100.0;
        c.basis = Basis::Estimated;
        c.source = mappingsource::estimated(QStringLiteral("copied from %1 (%2) %3/%4 at %5, %6")
                                                .arg(peer.orgName, peer.orgCode, peer.service.id, b.id,
                                                     gbp(b.annualCostGbp), out.method),
                                            QString());
        ids.bricks.append(c);
    }
    out.bricks = ids.bricks;
    for (const Flow &f : peer.service.flows)
        out.flows.append(Flow{renamed.value(f.from, f.from), renamed.value(f.to, f.to), f.label});
    return out;
}

Result<PeerComposition> MappingPeers::load(const Cache &cache, const PeerCandidate &candidate, const QString &commonsId)
{
    const std::optional<Organisation> org = cache.organisation(candidate.code, commonsId);
    const Service *s = org ? org->service(candidate.serviceId) : nullptr;
    if (!s)
        return Result<PeerComposition>::failure(cache.path(), {}, tr("The cache no longer holds %1 of %2.")
                                                                      .arg(candidate.serviceId, candidate.code));
    PeerComposition p;
    p.orgCode = org->code;
    p.orgName = org->name;
    p.population = org->population;
    p.service = *s;
    return p;
}

} // namespace livedna
