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

// units(o,b) over the bespoke instances of one figure; nullopt when any input is unknown,
// because a partial sum would price the brick too low and overstate the saving.
std::optional<double> unitsOf(const AnalysisInput &in, const OrgCapabilityFigure &f, PricingUnit unit)
{
    if (unit == PricingUnit::Resident) {
        const std::optional<qint64> &p = in.orgs.at(f.org).population;
        return p ? std::optional<double>(double(*p)) : std::nullopt;
    }
    double sum = 0.0;
    QList<int> services; // a service with several bespoke instances counts its volume once
    for (int i : f.instances) {
        const AnalysisInstance &inst = in.instances[size_t(i)];
        if (inst.isStandard())
            continue;
        if (unit == PricingUnit::User) {
            if (!inst.fte)
                return std::nullopt;
            sum += *inst.fte;
        } else if (!services.contains(inst.service)) {
            services.append(inst.service);
            const std::optional<double> &volume = in.services.at(inst.service).volume;
            if (!volume)
                return std::nullopt;
            sum += *volume;
        }
    }
    return sum;
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

DuplicationIndex computeDuplication(const AnalysisInput &input, const EstimateUncertainty &uncertainty)
{
    DuplicationIndex index;
    const int capCount = int(input.capabilityIds.size());

    // Group instances into (org, capability) figures. Instances usually arrive grouped by
    // organisation, so a per-capability "last figure" memo answers almost every lookup
    // without touching the hash.
    std::vector<int> lastOrg(static_cast<size_t>(capCount), -1);
    std::vector<int> lastFigure(static_cast<size_t>(capCount), -1);
    std::unordered_map<qint64, int> figureOf;
    figureOf.reserve(input.orgs.size() * 16);
    for (size_t i = 0; i < input.instances.size(); ++i) {
        const AnalysisInstance &inst = input.instances[i];
        if (inst.capability < 0 || inst.capability >= capCount)
            continue;
        const size_t c = size_t(inst.capability);
        int fig;
        if (lastOrg[c] == inst.org) {
            fig = lastFigure[c];
        } else {
            const qint64 key = qint64(inst.org) * capCount + inst.capability;
            const auto it = figureOf.find(key);
            if (it != figureOf.end()) {
                fig = it->second;
            } else {
                fig = int(index.figures.size());
                OrgCapabilityFigure f;
                f.org = inst.org;
                f.capability = inst.capability;
                index.figures.push_back(std::move(f));
                figureOf.emplace(key, fig);
            }
            lastOrg[c] = inst.org;
            lastFigure[c] = fig;
        }
        OrgCapabilityFigure &f = index.figures[size_t(fig)];
        f.instances.push_back(int(i));
        if (inst.isStandard()) {
            ++f.standardInstances;
            f.standardGbp += inst.cost;
        } else {
            ++f.bespokeInstances;
            f.bespokeGbp += inst.cost;
        }
    }

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
