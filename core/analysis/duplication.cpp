#include "core/analysis/duplication.h"

#include <algorithm>
#include <unordered_map>

namespace livedna {

EstimateRange EstimateUncertainty::range(double bespokeGbp, double brickCostGbp) const
{
    EstimateRange r;
    r.low = std::max(0.0, lowRealisedShare * (bespokeGbp - lowPriceFactor * brickCostGbp));
    r.central = std::max(0.0, bespokeGbp - brickCostGbp);
    r.high = std::max(0.0, highRealisedShare * (bespokeGbp - highPriceFactor * brickCostGbp));
    return r;
}

QString estimateStatusToString(EstimateStatus status)
{
    switch (status) {
    case EstimateStatus::Estimated:
        return QStringLiteral("estimated");
    case EstimateStatus::NoBespoke:
        return QStringLiteral("no-bespoke");
    case EstimateStatus::PeopleWork:
        return QStringLiteral("people-work");
    case EstimateStatus::NoBrick:
        return QStringLiteral("no-brick");
    case EstimateStatus::UnitsUnknown:
        return QStringLiteral("units-unknown");
    }
    return QString();
}

namespace {

// units(o,b): the figure's tally (FigureTallier), or o's population.
std::optional<double> unitsOf(const AnalysisInput &in, const OrgCapabilityFigure &f, PricingUnit unit)
{
    if (unit == PricingUnit::Resident) {
        const std::optional<qint64> &p = in.orgs.at(f.org).population;
        return p ? std::optional<double>(double(*p)) : std::nullopt;
    }
    return unit == PricingUnit::User ? f.bespokeFte : f.bespokeVolume;
}

// cost(o,b): the brick's pricing applied to o, else its standard cost.
std::optional<double> brickCostFor(const AnalysisInput &in, const OrgCapabilityFigure &f, const CatalogueBrick &b)
{
    if (!b.pricing)
        return b.standardAnnualCostGbp;
    const std::optional<double> units = unitsOf(in, f, b.pricing->unit);
    if (!units)
        return std::nullopt;
    return b.pricing->fixedGbp + b.pricing->perUnitGbp * *units;
}

void estimateFigure(const AnalysisInput &in, Work work, const QList<const CatalogueBrick *> &bricks,
                    const EstimateUncertainty &u, OrgCapabilityFigure &f)
{
    if (f.bespokeInstances == 0) {
        f.estimateStatus = EstimateStatus::NoBespoke;
        return;
    }
    if (work == Work::People) {
        f.estimateStatus = EstimateStatus::PeopleWork;
        return;
    }
    if (bricks.isEmpty()) {
        f.estimateStatus = EstimateStatus::NoBrick;
        return;
    }
    const CatalogueBrick *best = nullptr;
    double bestCost = 0.0;
    for (const CatalogueBrick *b : bricks) {
        const std::optional<double> cost = brickCostFor(in, f, *b);
        if (!cost) {
            // The minimum is unknown while any brick's cost is: the estimate is null.
            f.estimateStatus = EstimateStatus::UnitsUnknown;
            return;
        }
        if (!best || *cost < bestCost || (*cost == bestCost && b->id < best->id)) {
            best = b;
            bestCost = *cost;
        }
    }
    f.estimateStatus = EstimateStatus::Estimated;
    f.estimateBrick = best->id;
    f.estimateBrickCostGbp = bestCost;
    f.estimatedSavingGbp = u.range(f.bespokeGbp, bestCost);
}

} // namespace

bool savingBefore(const std::optional<double> &a, const std::optional<double> &b)
{
    if (a.has_value() != b.has_value())
        return a.has_value();
    if (!a)
        return false;
    return *a > *b;
}

double DuplicationIndex::totalSavingGbp() const
{
    double total = 0.0;
    for (const CapabilityDuplication &c : capabilities)
        total += c.savingGbp.value_or(0.0);
    return total;
}

const CapabilityDuplication *DuplicationIndex::find(const QString &capabilityId) const
{
    for (const CapabilityDuplication &c : capabilities) {
        if (c.capabilityId == capabilityId)
            return &c;
    }
    return nullptr;
}

EstimateRange DuplicationIndex::totalEstimatedSaving(int *unknown) const
{
    EstimateRange total;
    int n = 0;
    for (const CapabilityDuplication &c : capabilities) {
        if (c.estimatedSavingGbp)
            total += *c.estimatedSavingGbp;
        n += c.estimateUnknown;
    }
    if (unknown)
        *unknown = n;
    return total;
}

std::vector<EstimateRange> DuplicationIndex::estimateByOrg(int orgCount, std::vector<int> *unknown) const
{
    std::vector<EstimateRange> result(size_t(std::max(orgCount, 0)));
    if (unknown)
        unknown->assign(result.size(), 0);
    for (const OrgCapabilityFigure &f : figures) {
        if (f.org < 0 || f.org >= orgCount)
            continue;
        if (f.estimatedSavingGbp)
            result[size_t(f.org)] += *f.estimatedSavingGbp;
        else if (unknown && f.estimateStatus == EstimateStatus::UnitsUnknown)
            ++(*unknown)[size_t(f.org)];
    }
    return result;
}

std::vector<double> DuplicationIndex::savingByOrg(int orgCount) const
{
    std::vector<double> result(size_t(std::max(orgCount, 0)), 0.0);
    for (const OrgCapabilityFigure &f : figures) {
        if (f.org >= 0 && f.org < orgCount)
            result[size_t(f.org)] += f.savingGbp.value_or(0.0);
    }
    return result;
}

int FigureTallier::figureFor(int org, int capability, Layer layer)
{
    // Instances usually arrive grouped by organisation, so a per-capability "last figure"
    // memo answers almost every lookup without touching the hash.
    if (capability >= int(m_lastOrg.size())) {
        m_lastOrg.resize(size_t(capability) + 1, -1);
        m_lastFigure.resize(size_t(capability) + 1, -1);
    }
    const size_t c = size_t(capability);
    if (m_lastOrg[c] == org)
        return m_lastFigure[c];
    const qint64 key = (qint64(org) << 32) | quint32(capability);
    int fig;
    const auto it = m_figureOf.find(key);
    if (it != m_figureOf.end()) {
        fig = it->second;
    } else {
        fig = int(m_figures.size());
        OrgCapabilityFigure f;
        f.org = org;
        f.capability = capability;
        f.layer = layer;
        m_figures.push_back(std::move(f));
        m_services.emplace_back();
        m_figureOf.emplace(key, fig);
    }
    m_lastOrg[c] = org;
    m_lastFigure[c] = fig;
    return fig;
}

void FigureTallier::add(int org, int capability, Layer layer, bool standard, double cost,
                        const std::optional<double> &fte, qint64 service, const std::optional<double> &volume,
                        int instance)
{
    const int fig = figureFor(org, capability, layer);
    OrgCapabilityFigure &f = m_figures[size_t(fig)];
    if (instance >= 0)
        f.instances.push_back(instance);
    if (fte)
        f.fteKnown += *fte;
    else
        ++f.fteUnknown;
    if (standard) {
        ++f.standardInstances;
        f.standardGbp += cost;
        return;
    }
    ++f.bespokeInstances;
    f.bespokeGbp += cost;
    if (f.bespokeFte)
        f.bespokeFte = fte ? std::optional<double>(*f.bespokeFte + *fte) : std::nullopt;
    std::vector<qint64> &seen = m_services[size_t(fig)];
    if (std::find(seen.begin(), seen.end(), service) == seen.end()) {
        seen.push_back(service);
        if (f.bespokeVolume)
            f.bespokeVolume = volume ? std::optional<double>(*f.bespokeVolume + *volume) : std::nullopt;
    }
}

std::vector<OrgCapabilityFigure> FigureTallier::take()
{
    // By organisation: the order in which the instances of organisations were fed (a re-sync
    // appends a changed organisation's rows last) must not change any sum.
    std::stable_sort(m_figures.begin(), m_figures.end(),
                     [](const OrgCapabilityFigure &a, const OrgCapabilityFigure &b) { return a.org < b.org; });
    m_services.clear();
    m_lastOrg.clear();
    m_lastFigure.clear();
    m_figureOf.clear();
    return std::move(m_figures);
}

DuplicationIndex computeDuplication(const AnalysisInput &input, const EstimateUncertainty &uncertainty)
{
    FigureTallier tally;
    const int capCount = int(input.capabilityIds.size());
    for (size_t i = 0; i < input.instances.size(); ++i) {
        const AnalysisInstance &inst = input.instances[i];
        if (inst.capability < 0 || inst.capability >= capCount)
            continue;
        const std::optional<double> &volume =
            inst.service >= 0 && inst.service < input.services.size() ? input.services.at(inst.service).volume
                                                                      : std::optional<double>();
        tally.add(inst.org, inst.capability, inst.layer, inst.isStandard(), inst.cost, inst.fte, inst.service, volume,
                  int(i));
    }
    return computeDuplication(input, tally.take(), uncertainty);
}

DuplicationIndex computeDuplication(const AnalysisInput &input, std::vector<OrgCapabilityFigure> figures,
                                    const EstimateUncertainty &uncertainty)
{
    DuplicationIndex index;
    const int capCount = int(input.capabilityIds.size());
    index.figures = std::move(figures);

    std::vector<CapabilityDuplication> caps(static_cast<size_t>(capCount));
    for (int c = 0; c < capCount; ++c) {
        CapabilityDuplication &d = caps[size_t(c)];
        d.capability = c;
        d.capabilityId = input.capabilityIds.at(c);
        d.capabilityName = input.capabilityName(c);
        const Capability *cap = input.catalogue.capability(d.capabilityId);
        d.inCatalogue = cap != nullptr;
        d.layer = cap ? cap->layer : Layer::Overhead;
        d.work = cap ? cap->effectiveWork() : Work::Digital;
        if (const CatalogueBrick *b = input.catalogue.cheapestBrick(d.capabilityId)) {
            d.standardBrick = b->id;
            d.standardCostGbp = b->standardAnnualCostGbp;
            d.savingGbp = 0.0;
        }
    }

    std::vector<QList<const CatalogueBrick *>> bricksOf(static_cast<size_t>(capCount));
    for (int c = 0; c < capCount; ++c)
        bricksOf[size_t(c)] = input.catalogue.bricksOf(input.capabilityIds.at(c));
    for (int c = 0; c < capCount; ++c) {
        // A digital capability with a brick has an estimate (known part + unknown count);
        // people work and a missing brick have none.
        if (caps[size_t(c)].work == Work::Digital && !bricksOf[size_t(c)].isEmpty())
            caps[size_t(c)].estimatedSavingGbp = EstimateRange{};
    }
    for (size_t fi = 0; fi < index.figures.size(); ++fi) {
        OrgCapabilityFigure &f = index.figures[fi];
        if (f.capability < 0 || f.capability >= capCount || f.org < 0 || f.org >= input.orgs.size())
            continue;
        CapabilityDuplication &d = caps[size_t(f.capability)];
        estimateFigure(input, d.work, bricksOf[size_t(f.capability)], uncertainty, f);
        if (f.estimatedSavingGbp) {
            *d.estimatedSavingGbp += *f.estimatedSavingGbp;
        } else if (f.estimateStatus == EstimateStatus::UnitsUnknown) {
            ++d.estimateUnknown;
        }
        ++d.organisations;
        d.standardInstances += f.standardInstances;
        d.bespokeInstances += f.bespokeInstances;
        d.standardGbp += f.standardGbp;
        d.bespokeGbp += f.bespokeGbp;
        d.orgFigures.push_back(int(fi));
        if (f.bespokeInstances == 0)
            continue; // saving(o,c) is defined only for organisations with a bespoke instance
        ++d.bespokeOrganisations;
        if (d.standardCostGbp) {
            f.savingGbp = std::max(0.0, f.bespokeGbp - *d.standardCostGbp);
            *d.savingGbp += *f.savingGbp;
        }
    }

    // Within a capability, organisations by saving (or bespoke spend where there is no
    // brick), then by code, so drill-downs read biggest first.
    for (CapabilityDuplication &d : caps) {
        std::sort(d.orgFigures.begin(), d.orgFigures.end(), [&](int a, int b) {
            const OrgCapabilityFigure &fa = index.figures[size_t(a)];
            const OrgCapabilityFigure &fb = index.figures[size_t(b)];
            const double ka = fa.savingGbp.value_or(fa.bespokeGbp);
            const double kb = fb.savingGbp.value_or(fb.bespokeGbp);
            if (ka != kb)
                return ka > kb;
            if (fa.bespokeGbp != fb.bespokeGbp)
                return fa.bespokeGbp > fb.bespokeGbp;
            return input.orgs.at(fa.org).code < input.orgs.at(fb.org).code;
        });
    }

    std::stable_sort(caps.begin(), caps.end(), [](const CapabilityDuplication &a, const CapabilityDuplication &b) {
        if (savingBefore(a.savingGbp, b.savingGbp))
            return true;
        if (savingBefore(b.savingGbp, a.savingGbp))
            return false;
        if (a.bespokeGbp != b.bespokeGbp)
            return a.bespokeGbp > b.bespokeGbp;
        return a.capabilityId < b.capabilityId;
    });
    index.capabilities.reserve(qsizetype(caps.size()));
    for (CapabilityDuplication &d : caps)
        index.capabilities.append(std::move(d));
    return index;
}

QList<SavingsOpportunity> savingsOpportunities(const DuplicationIndex &index, int org)
{
    QList<SavingsOpportunity> result;
    QHash<int, const CapabilityDuplication *> capOf;
    for (const CapabilityDuplication &d : index.capabilities)
        capOf.insert(d.capability, &d);
    for (const OrgCapabilityFigure &f : index.figures) {
        if (f.org != org || f.bespokeInstances == 0)
            continue;
        result.append({&f, capOf.value(f.capability)});
    }
    std::sort(result.begin(), result.end(), [](const SavingsOpportunity &a, const SavingsOpportunity &b) {
        if (savingBefore(a.figure->savingGbp, b.figure->savingGbp))
            return true;
        if (savingBefore(b.figure->savingGbp, a.figure->savingGbp))
            return false;
        if (a.figure->bespokeGbp != b.figure->bespokeGbp)
            return a.figure->bespokeGbp > b.figure->bespokeGbp;
        return a.capability->capabilityId < b.capability->capabilityId;
    });
    return result;
}

} // namespace livedna
