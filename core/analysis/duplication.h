#pragma once

#include "core/analysis/analysisinput.h"

#include <QList>
#include <QString>

#include <optional>
#include <unordered_map>
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

// The 1.1 estimated saving ("Measures added in 1.1"), a separate figure from saving(o,c):
//   cost(o,b)   = b.fixed_gbp + b.per_unit_gbp x units(o,b) for a priced brick, else
//                 b.standard_annual_cost_gbp
//   units(o,b)  = resident: o's population; transaction: sum of the volume of the
//                 services holding o's bespoke instances of c; user: sum of the fte of those
//                 instances. Any of them unknown: units unknown.
//   estimate    = max(0, bespoke(o,c) - min over bricks b of c of cost(o,b)), only for a
//                 digital capability; unknown (nullopt, never 0) when the units of any brick
//                 of c are unknown. A people capability has no saving to claim: replacing
//                 people's work with a brick is a frontline cut.
// Each estimate is a range (docs/analysis.md, "Estimated saving"): central is exactly the
// spec's figure; low and high vary the brick's price and the share of the difference that
// is realised (EstimateUncertainty).
struct EstimateRange
{
    double low = 0.0;
    double central = 0.0;
    double high = 0.0;

    EstimateRange &operator+=(const EstimateRange &o)
    {
        low += o.low;
        central += o.central;
        high += o.high;
        return *this;
    }
};

struct EstimateUncertainty
{
    double lowPriceFactor = 1.5;  // low case: the brick costs half as much again as listed
    double lowRealisedShare = 0.5; // low case: half of the difference is realised
    double highPriceFactor = 0.75; // high case: a quarter off the listed price
    double highRealisedShare = 1.0;

    static EstimateUncertainty defaults() { return {}; }
    // The range of a saving from bespoke spend and the cheapest brick's cost at list price.
    EstimateRange range(double bespokeGbp, double brickCostGbp) const;
};

// Why an organisation's estimate is what it is.
enum class EstimateStatus {
    Estimated,    // a figure (possibly 0)
    NoBespoke,    // o runs no bespoke instance of c: nothing to replace
    PeopleWork,   // a people capability: no saving, replacing it is a frontline cut
    NoBrick,      // the commons has no brick of c
    UnitsUnknown, // a priced brick of c needs units o does not publish
};
QString estimateStatusToString(EstimateStatus status); // "estimated", "people-work", ...

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
    std::vector<int> instances;            // indices into AnalysisInput::instances, both kinds;
                                           // empty when the figure comes from the cache's summary
    Layer layer = Layer::Overhead;         // the effective layer of its instances
    // The units of a per-transaction and a per-user price over o's bespoke instances of c
    // (units(o,b) above), summed in instance order: the volume of each service holding one,
    // counted once, and their fte. nullopt as soon as one of them is unknown, because a
    // partial sum would price the brick too low and overstate the saving.
    std::optional<double> bespokeVolume = 0.0;
    std::optional<double> bespokeFte = 0.0;
    double fteKnown = 0.0; // fte of every instance (both kinds) that states one
    int fteUnknown = 0;    // instances (both kinds) that state none
    // 1.1 estimate (above): nullopt unless estimateStatus is Estimated.
    std::optional<EstimateRange> estimatedSavingGbp;
    EstimateStatus estimateStatus = EstimateStatus::NoBespoke;
    QString estimateBrick;                  // the brick of least cost(o,b)
    std::optional<double> estimateBrickCostGbp; // its cost(o,b)
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
    Work work = Work::Digital;           // Capability::effectiveWork()
    // Sum of the organisations' estimates that are known; nullopt when none is (people
    // work, no brick, or every organisation's units unknown). estimateUnknown counts the
    // organisations whose estimate is unknown for want of units: "£x + n unknown".
    std::optional<EstimateRange> estimatedSavingGbp;
    int estimateUnknown = 0;

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
    // The estimate summed over capabilities (known ones only); *unknown (optional) gets
    // the number of (organisation, capability) estimates unknown for want of units.
    EstimateRange totalEstimatedSaving(int *unknown = nullptr) const;
    // Per organisation: the sum of its known estimates, and how many are unknown.
    std::vector<EstimateRange> estimateByOrg(int orgCount, std::vector<int> *unknown = nullptr) const;
};

DuplicationIndex computeDuplication(const AnalysisInput &input,
                                    const EstimateUncertainty &uncertainty = EstimateUncertainty::defaults());
// The same from figures already summed (FigureTallier, or the cache's per-organisation,
// per-capability summary): only the organisations, catalogue and capability ids of `input`
// are read. Figures must be in tally order (organisation, then first appearance).
DuplicationIndex computeDuplication(const AnalysisInput &input, std::vector<OrgCapabilityFigure> figures,
                                    const EstimateUncertainty &uncertainty = EstimateUncertainty::defaults());

// Sums instances into (organisation, capability) figures, the one way every builder does:
// the AnalysisInput path, the cache writer at sync time and the summary rebuild. Feed the
// instances of each organisation in document order (services, then bricks, by position);
// floating-point sums then come out bit for bit the same on every path.
class FigureTallier
{
public:
    // `service` identifies the instance's service (its volume is counted once per figure);
    // `instance` is kept in OrgCapabilityFigure::instances unless it is negative.
    void add(int org, int capability, Layer layer, bool standard, double cost, const std::optional<double> &fte,
             qint64 service, const std::optional<double> &volume, int instance = -1);
    // The figures ordered by organisation, then by first appearance within it (stable).
    std::vector<OrgCapabilityFigure> take();

private:
    int figureFor(int org, int capability, Layer layer);

    std::vector<OrgCapabilityFigure> m_figures;
    std::vector<std::vector<qint64>> m_services; // per figure: services whose volume is counted
    std::vector<int> m_lastOrg, m_lastFigure;    // per capability: a memo for grouped input
    std::unordered_map<qint64, int> m_figureOf;
};

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
