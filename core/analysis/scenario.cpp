#include "core/analysis/scenario.h"

#include <algorithm>

namespace livedna {

ScenarioAssumptions ScenarioAssumptions::defaults()
{
    // Employment cost = basic pay x (1 + employer on-costs). The pay points are published
    // 2024/25 national scales; the on-cost rates are round assumptions for employer
    // National Insurance plus employer pension contributions. docs/analysis.md explains each.
    ScenarioAssumptions a;
    a.realisedShare = 0.5;
    a.posts = {
        {QStringLiteral("junior-doctor"), FrontlineScenario::tr("Junior (resident) doctor"), 48700.0,
         FrontlineScenario::tr("Assumption: FY1 basic pay GBP 36,616 (NHS Employers pay circular 2024/25) "
                               "plus 33% employer on-costs (NI and NHS Pension 23.7%).")},
        {QStringLiteral("nurse"), FrontlineScenario::tr("Nurse (Band 5)"), 39900.0,
         FrontlineScenario::tr("Assumption: Agenda for Change Band 5 entry pay GBP 29,970 (2024/25) "
                               "plus 33% employer on-costs (NI and NHS Pension 23.7%).")},
        {QStringLiteral("teacher"), FrontlineScenario::tr("Teacher"), 43700.0,
         FrontlineScenario::tr("Assumption: main pay range M1 outside London GBP 31,650 (STRB, September 2024) "
                               "plus 38% employer on-costs (NI and Teachers' Pension 28.68%).")},
        {QStringLiteral("social-worker"), FrontlineScenario::tr("Social worker"), 47000.0,
         FrontlineScenario::tr("Assumption: typical local-government social worker pay GBP 37,000 (NJC scale, 2024/25) "
                               "plus 27% employer on-costs (NI and LGPS).")},
    };
    return a;
}

double FrontlineScenario::postsFor(double realisedGbp, double annualCostGbp)
{
    if (annualCostGbp <= 0.0)
        return 0.0;
    return realisedGbp / annualCostGbp;
}

static void fillPosts(ScenarioLine &line, const ScenarioAssumptions &a)
{
    const double share = std::clamp(a.realisedShare, 0.0, 1.0);
    line.realisedGbp = line.savingGbp * share;
    line.posts.clear();
    for (const PostAssumption &p : a.posts)
        line.posts.append(FrontlineScenario::postsFor(line.realisedGbp, p.annualCostGbp));
    const EstimateRange &e = line.estimateGbp;
    line.realisedEstimateGbp = {e.low * share, e.central * share, e.high * share};
    line.postRanges.clear();
    for (const PostAssumption &p : a.posts) {
        const EstimateRange &r = line.realisedEstimateGbp;
        line.postRanges.append({FrontlineScenario::postsFor(r.low, p.annualCostGbp),
                                FrontlineScenario::postsFor(r.central, p.annualCostGbp),
                                FrontlineScenario::postsFor(r.high, p.annualCostGbp)});
    }
}

QList<ScenarioLine> FrontlineScenario::rollUp(const AnalysisInput &input, const DuplicationIndex &index,
                                              const ScenarioAssumptions &assumptions)
{
    const std::vector<double> byOrg = index.savingByOrg(int(input.orgs.size()));
    std::vector<int> unknownByOrg;
    const std::vector<EstimateRange> estimateByOrg = index.estimateByOrg(int(input.orgs.size()), &unknownByOrg);
    ScenarioLine councils{QStringLiteral("council"), tr("All councils"), 0, 0.0, 0.0, {}, {}, 0, {}, {}};
    ScenarioLine trusts{QStringLiteral("nhs-trust"), tr("All NHS trusts"), 0, 0.0, 0.0, {}, {}, 0, {}, {}};
    ScenarioLine others{QStringLiteral("other"), tr("Other public bodies"), 0, 0.0, 0.0, {}, {}, 0, {}, {}};
    ScenarioLine all{QStringLiteral("all"), tr("All organisations"), 0, 0.0, 0.0, {}, {}, 0, {}, {}};
    std::vector<char> estimated(size_t(input.orgs.size()), 0);
    for (const OrgCapabilityFigure &f : index.figures) {
        if (f.estimatedSavingGbp && f.org >= 0 && f.org < input.orgs.size())
            estimated[size_t(f.org)] = 1;
    }
    for (int o = 0; o < input.orgs.size(); ++o) {
        ScenarioLine &line = input.orgs.at(o).kind == OrgKind::Council  ? councils
                             : input.orgs.at(o).kind == OrgKind::NhsTrust ? trusts
                                                                          : others;
        for (ScenarioLine *l : {&line, &all}) {
            ++l->organisations;
            l->savingGbp += byOrg[size_t(o)];
            l->estimateGbp += estimateByOrg[size_t(o)];
            l->estimateUnknown += unknownByOrg[size_t(o)];
            l->estimatedOrganisations += estimated[size_t(o)];
        }
    }
    QList<ScenarioLine> lines{councils, trusts};
    if (others.organisations > 0)
        lines.append(others);
    lines.append(all);
    for (ScenarioLine &l : lines)
        fillPosts(l, assumptions);
    return lines;
}

ScenarioLine FrontlineScenario::forOrganisation(const AnalysisInput &input, const DuplicationIndex &index,
                                                int org, const ScenarioAssumptions &assumptions)
{
    ScenarioLine line;
    if (org < 0 || org >= input.orgs.size())
        return line;
    line.group = input.orgs.at(org).code;
    line.label = input.orgs.at(org).name;
    line.organisations = 1;
    for (const OrgCapabilityFigure &f : index.figures) {
        if (f.org != org)
            continue;
        line.savingGbp += f.savingGbp.value_or(0.0);
        if (f.estimatedSavingGbp) {
            line.estimateGbp += *f.estimatedSavingGbp;
            line.estimatedOrganisations = 1;
        } else if (f.estimateStatus == EstimateStatus::UnitsUnknown)
            ++line.estimateUnknown;
    }
    fillPosts(line, assumptions);
    return line;
}

} // namespace livedna
