#pragma once

#include "core/analysis/analysisinput.h"

#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace livedna {

// The spec's duplication of a capability c ("Measures every view and report computes the
// same way"), with every figure traceable to the instances it sums:
//   bespoke(o,c)  = sum of o's bespoke instance costs of c
//   standard(c)   = lowest standard_annual_cost_gbp among catalogue bricks of c
//                   (Catalogue::cheapestBrick, ties broken by brick id)
//   saving(o,c)   = max(0, bespoke(o,c) - standard(c)), for each o with a bespoke instance
//   saving(c)     = sum over o of saving(o,c)
// Without a catalogue brick of c there is no saving to claim (std::nullopt); the
// organisations and spend that would benefit from one are reported instead.

// One organisation's part in one capability: the unit every total is summed from.
struct OrgCapabilityFigure
{
    int org = -1;
    int capability = -1;
    int standardInstances = 0;
    int bespokeInstances = 0;
    double standardGbp = 0.0;
    double bespokeGbp = 0.0;               // bespoke(o,c)
    std::optional<double> savingGbp;       // saving(o,c); nullopt when no catalogue brick
    std::vector<int> instances;            // indices into AnalysisInput::instances, both kinds
};

struct CapabilityDuplication
{
    int capability = -1;
    QString capabilityId;
    QString capabilityName;
    Layer layer = Layer::Overhead;
    bool inCatalogue = true;             // false: instances name a capability bricks.json lacks
    int organisations = 0;               // organisations with any instance of c
    int bespokeOrganisations = 0;        // organisations with a bespoke instance of c
    int standardInstances = 0;
    int bespokeInstances = 0;
    double standardGbp = 0.0;
    double bespokeGbp = 0.0;
    QString standardBrick;               // cheapest catalogue brick id, empty when none
    std::optional<double> standardCostGbp;
    std::optional<double> savingGbp;     // saving(c); nullopt when the commons lacks a brick
    std::vector<int> orgFigures;         // indices into DuplicationIndex::figures

    bool lacksCommonsBrick() const { return !standardCostGbp.has_value(); }
};

struct DuplicationIndex
{
    // One row per capability, catalogue capabilities included even when nothing uses them;
    // sorted by saving descending, "no brick" (nullopt) last, then bespoke spend descending,
    // then capability id.
    QList<CapabilityDuplication> capabilities;
    std::vector<OrgCapabilityFigure> figures; // every (org, capability) pair with an instance

    double totalSavingGbp() const;
    const CapabilityDuplication *find(const QString &capabilityId) const;
    // saving(o) = sum over c of saving(o,c) (capabilities without a brick contribute nothing).
    std::vector<double> savingByOrg(int orgCount) const;
};

DuplicationIndex computeDuplication(const AnalysisInput &input);

// Ranked savings opportunities of one organisation: its figures with a bespoke instance,
// by saving descending, no-brick ones last (by bespoke spend), then capability id.
struct SavingsOpportunity
{
    const OrgCapabilityFigure *figure = nullptr;
    const CapabilityDuplication *capability = nullptr;
};
QList<SavingsOpportunity> savingsOpportunities(const DuplicationIndex &index, int org);

// Orders optional savings the one way every list uses: larger first, nullopt last.
bool savingBefore(const std::optional<double> &a, const std::optional<double> &b);

} // namespace livedna
