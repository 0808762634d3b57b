#pragma once

#include "core/analysis/analysisinput.h"
#include "core/analysis/duplication.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace livedna {

// The frontline shift scenario: a saving expressed as frontline posts people recognise.
//   realised(S) = S x share            (share in [0, 1]: how much of the saving is realised
//                                       and moved to the frontline)
//   posts(S, p) = realised(S) / annualCost(p)
// S is the 1.1 estimated saving (never people's work), as a range: each of low, central and
// high goes through the same formula, so every post count is a range too. The version 1
// duplication index is kept beside it (savingGbp, realisedGbp, posts) for comparison.
// Post costs are assumptions, not data: each carries the note saying where it came from,
// and users edit them (docs/analysis.md lists the defaults and their sources).
struct PostAssumption
{
    QString id;            // "junior-doctor", "nurse", "teacher", "social-worker"
    QString name;          // translated
    double annualCostGbp = 0.0; // full employment cost of one post for a year
    QString source;        // where the figure comes from, and what it includes
};

struct ScenarioAssumptions
{
    QList<PostAssumption> posts;
    double realisedShare = 0.5;

    static ScenarioAssumptions defaults();
};

// One line of the roll-up: a group of organisations and what its saving would pay for.
struct ScenarioLine
{
    QString group;        // "council", "nhs-trust", "other", "all" or an organisation code
    QString label;        // translated
    int organisations = 0;
    double savingGbp = 0.0;   // sum of saving(o,c) over the group's organisations
    double realisedGbp = 0.0; // savingGbp x realisedShare
    QList<double> posts;      // one per ScenarioAssumptions::posts, same order
    // 1.1 estimate: the sum of the group's known estimates, how many are unknown for want
    // of units, the realised range and the post ranges (one per post, same order).
    EstimateRange estimateGbp;
    int estimateUnknown = 0;
    EstimateRange realisedEstimateGbp;
    QList<EstimateRange> postRanges;
    // Organisations with at least one known estimate. With none, the estimate is not £0 but
    // unknown: nothing mapped has a priced commons brick to compare with.
    int estimatedOrganisations = 0;

    bool hasEstimate() const { return estimatedOrganisations > 0; }
};

class FrontlineScenario
{
    Q_DECLARE_TR_FUNCTIONS(FrontlineScenario)

public:
    // posts = realised / cost; a post with a zero or negative cost yields 0 posts rather than
    // infinity (the assumption is unusable, and the GUI says so).
    static double postsFor(double realisedGbp, double annualCostGbp);

    // National roll-up: all councils, all NHS trusts, other bodies (only when present), all.
    static QList<ScenarioLine> rollUp(const AnalysisInput &input, const DuplicationIndex &index,
                                      const ScenarioAssumptions &assumptions);
    // The same figures for one organisation.
    static ScenarioLine forOrganisation(const AnalysisInput &input, const DuplicationIndex &index,
                                        int org, const ScenarioAssumptions &assumptions);
};

} // namespace livedna
