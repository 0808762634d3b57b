#include "core/analysis/duplication.h"

#include <algorithm>
#include <unordered_map>

namespace livedna {

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

std::vector<double> DuplicationIndex::savingByOrg(int orgCount) const
{
    std::vector<double> result(size_t(std::max(orgCount, 0)), 0.0);
    for (const OrgCapabilityFigure &f : figures) {
        if (f.org >= 0 && f.org < orgCount)
            result[size_t(f.org)] += f.savingGbp.value_or(0.0);
    }
    return result;
}

DuplicationIndex computeDuplication(const AnalysisInput &input)
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
        if (const CatalogueBrick *b = input.catalogue.cheapestBrick(d.capabilityId)) {
            d.standardBrick = b->id;
            d.standardCostGbp = b->standardAnnualCostGbp;
            d.savingGbp = 0.0;
        }
    }

    for (size_t fi = 0; fi < index.figures.size(); ++fi) {
        OrgCapabilityFigure &f = index.figures[fi];
        CapabilityDuplication &d = caps[size_t(f.capability)];
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
