#include "core/analysis/nationalrollup.h"

#include <QLocale>

#include <algorithm>
#include <array>
#include <vector>

namespace livedna {

// The Manifesto for Better Public Services' figures, quoted as published: £5.2bn a year
// across 353 councils (£14.7m each), £7bn across 650 NHS trusts, £46bn across the public
// sector. They are claims, not data of any commons: LiveDNA shows them beside its own
// estimate and never mixes the two. docs/analysis.md, section 2a.
static constexpr double ManifestoCouncilsGbp = 5.2e9;
static constexpr int ManifestoCouncils = 353;
static constexpr double ManifestoTrustsGbp = 7.0e9;
static constexpr int ManifestoTrusts = 650;
static constexpr double ManifestoPublicSectorGbp = 46.0e9;

QString NationalRollup::manifestoSource()
{
    return tr("Manifesto for Better Public Services: a published claim, quoted as published; "
              "not derived from this commons.");
}

QList<PublishedClaim> NationalRollup::manifestoClaims()
{
    const QString source = manifestoSource();
    return {
        {QStringLiteral("councils"), tr("All councils"), ManifestoCouncilsGbp, ManifestoCouncils,
         ManifestoCouncilsGbp / ManifestoCouncils, source},
        {QStringLiteral("trusts"), tr("All NHS trusts"), ManifestoTrustsGbp, ManifestoTrusts,
         ManifestoTrustsGbp / ManifestoTrusts, source},
        {QStringLiteral("public-sector"), tr("The whole public sector"), ManifestoPublicSectorGbp, std::nullopt,
         std::nullopt, source},
    };
}

namespace {

void addOrganisation(RollupGroup &g, const RollupCoverage &c)
{
    ++g.organisations;
    g.mappedGbp += c.mappedGbp;
    if (c.mappedGbp > 0.0)
        ++g.mappedOrganisations;
    g.services += c.services;
    g.reportedServices += c.reportedServices;
    if (c.reportedGbp)
        g.reportedGbp = g.reportedGbp.value_or(0.0) + *c.reportedGbp;
    g.shareReportedGbp += c.shareReportedGbp;
    g.shareMappedGbp += c.shareMappedGbp;
}

void finish(RollupGroup &g)
{
    if (g.shareReportedGbp > 0.0)
        g.mappedShare = g.shareMappedGbp / g.shareReportedGbp;
    if (g.estimatedSavingGbp && g.mappedOrganisations > 0) {
        const double n = g.mappedOrganisations;
        g.perMappedOrganisationGbp = EstimateRange{g.estimatedSavingGbp->low / n, g.estimatedSavingGbp->central / n,
                                                   g.estimatedSavingGbp->high / n};
    }
}

} // namespace

void RollupCoverage::addService(const std::optional<double> &reportedCostGbp, double mapped)
{
    ++services;
    if (!reportedCostGbp)
        return;
    ++reportedServices;
    reportedGbp = reportedGbp.value_or(0.0) + *reportedCostGbp;
    if (*reportedCostGbp > 0.0) {
        shareReportedGbp += *reportedCostGbp;
        shareMappedGbp += std::clamp(mapped, 0.0, *reportedCostGbp);
    }
}

std::vector<RollupCoverage> coverageOf(const AnalysisInput &input)
{
    std::vector<RollupCoverage> coverage(size_t(input.orgs.size()));
    std::vector<double> mappedByService(size_t(input.services.size()), 0.0);
    for (const AnalysisInstance &inst : input.instances) {
        if (inst.org >= 0 && inst.org < input.orgs.size()) {
            coverage[size_t(inst.org)].mappedGbp += inst.cost;
            ++coverage[size_t(inst.org)].instances;
        }
        if (inst.service >= 0 && inst.service < input.services.size())
            mappedByService[size_t(inst.service)] += inst.cost;
    }
    for (int s = 0; s < input.services.size(); ++s) {
        const AnalysisService &svc = input.services.at(s);
        if (svc.org >= 0 && svc.org < input.orgs.size())
            coverage[size_t(svc.org)].addService(svc.reportedCost, mappedByService[size_t(s)]);
    }
    return coverage;
}

NationalRollup NationalRollup::compute(const AnalysisInput &input, const DuplicationIndex &index)
{
    return compute(input, coverageOf(input), index);
}

NationalRollup NationalRollup::compute(const AnalysisInput &input, const std::vector<RollupCoverage> &coverage,
                                       const DuplicationIndex &index)
{
    NationalRollup r;
    r.councils = {QStringLiteral("councils"), tr("All councils")};
    r.trusts = {QStringLiteral("trusts"), tr("All NHS trusts")};
    r.all = {QStringLiteral("all"), tr("All organisations")};
    r.claims = manifestoClaims();
    RollupGroup others; // counted in `all` only
    auto groupsOf = [&](int org) -> std::array<RollupGroup *, 2> {
        const OrgKind kind = input.orgs.at(org).kind;
        return {kind == OrgKind::Council ? &r.councils : kind == OrgKind::NhsTrust ? &r.trusts : &others, &r.all};
    };

    // Per organisation first, then across organisations in order: the association the
    // summary path uses too.
    for (int o = 0; o < input.orgs.size() && o < int(coverage.size()); ++o) {
        for (RollupGroup *g : groupsOf(o))
            addOrganisation(*g, coverage[size_t(o)]);
    }
    for (const OrgCapabilityFigure &f : index.figures) {
        if (f.org < 0 || f.org >= input.orgs.size())
            continue;
        for (RollupGroup *g : groupsOf(f.org)) {
            if (f.estimatedSavingGbp) {
                if (!g->estimatedSavingGbp)
                    g->estimatedSavingGbp = EstimateRange{};
                *g->estimatedSavingGbp += *f.estimatedSavingGbp;
            } else if (f.estimateStatus == EstimateStatus::UnitsUnknown)
                ++g->estimateUnknown;
        }
    }
    for (RollupGroup *g : {&r.councils, &r.trusts, &r.all})
        finish(*g);
    return r;
}

const PublishedClaim *NationalRollup::claimFor(const QString &scope) const
{
    for (const PublishedClaim &c : claims) {
        if (c.scope == scope)
            return &c;
    }
    return nullptr;
}

QString NationalRollup::coverageSentence(const RollupGroup &g, const PublishedClaim *claim)
{
    const QLocale loc;
    const QString share = g.mappedShare
                              ? tr("%1% of their reported spend").arg(loc.toString(*g.mappedShare * 100.0, 'f', 1))
                              : tr("an unknown share of their spend (none of it is reported)");
    QString text;
    if (g.scope == QLatin1String("councils"))
        text = tr("This commons maps %1 of its %2 councils into bricks, and %3.");
    else if (g.scope == QLatin1String("trusts"))
        text = tr("This commons maps %1 of its %2 NHS trusts into bricks, and %3.");
    else
        text = tr("This commons maps %1 of its %2 organisations into bricks, and %3.");
    text = text.arg(g.mappedOrganisations).arg(g.organisations).arg(share);
    if (claim && claim->organisations)
        text += QLatin1Char(' ') + tr("The published claim spreads over %1.").arg(*claim->organisations);
    if (!g.estimatedSavingGbp)
        return text + QLatin1Char(' ') + tr("It has no estimate to set beside a national claim.");
    return text + QLatin1Char(' ') +
           tr("Its estimate covers the mapped part only: it is not a national figure and is never scaled up to one.");
}

} // namespace livedna
