#include "core/analysis/analysisjson.h"

namespace livedna::analysisjson {

static QJsonValue opt(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue range(const std::optional<EstimateRange> &r)
{
    if (!r)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("low"), r->low},
                       {QStringLiteral("central"), r->central},
                       {QStringLiteral("high"), r->high}};
}

static QJsonValue optString(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject instance(const AnalysisInput &in, int i)
{
    const AnalysisInstance &inst = in.instances[size_t(i)];
    const AnalysisService &s = in.services.at(inst.service);
    QJsonObject o;
    o.insert(QStringLiteral("org"), in.orgs.at(inst.org).code);
    o.insert(QStringLiteral("service"), s.id);
    o.insert(QStringLiteral("service_name"), s.name);
    o.insert(QStringLiteral("brick"), inst.bid);
    o.insert(QStringLiteral("capability"), in.capabilityIds.value(inst.capability));
    o.insert(QStringLiteral("uses"), optString(inst.uses));
    o.insert(QStringLiteral("kind"), inst.isStandard() ? QStringLiteral("standard") : QStringLiteral("bespoke"));
    o.insert(QStringLiteral("layer"), layerToString(inst.layer));
    o.insert(QStringLiteral("cost_gbp"), inst.cost);
    return o;
}

QJsonObject orgFigure(const AnalysisInput &in, const OrgCapabilityFigure &f, bool withInstances)
{
    QJsonObject o;
    o.insert(QStringLiteral("org"), in.orgs.at(f.org).code);
    o.insert(QStringLiteral("org_name"), in.orgs.at(f.org).name);
    o.insert(QStringLiteral("capability"), in.capabilityIds.value(f.capability));
    o.insert(QStringLiteral("standard_instances"), f.standardInstances);
    o.insert(QStringLiteral("bespoke_instances"), f.bespokeInstances);
    o.insert(QStringLiteral("standard_gbp"), f.standardGbp);
    o.insert(QStringLiteral("bespoke_gbp"), f.bespokeGbp);
    o.insert(QStringLiteral("saving_gbp"), opt(f.savingGbp));
    o.insert(QStringLiteral("estimated_saving_gbp"), range(f.estimatedSavingGbp));
    o.insert(QStringLiteral("estimate_status"), estimateStatusToString(f.estimateStatus));
    o.insert(QStringLiteral("estimate_brick"), optString(f.estimateBrick));
    o.insert(QStringLiteral("estimate_brick_cost_gbp"), opt(f.estimateBrickCostGbp));
    if (withInstances) {
        QJsonArray list;
        for (int i : f.instances)
            list.append(instance(in, i));
        o.insert(QStringLiteral("instances"), list);
    }
    return o;
}

QJsonObject capability(const AnalysisInput &in, const DuplicationIndex &index,
                       const CapabilityDuplication &c, bool withDetail)
{
    QJsonObject o;
    o.insert(QStringLiteral("capability"), c.capabilityId);
    o.insert(QStringLiteral("name"), c.capabilityName);
    o.insert(QStringLiteral("layer"), layerToString(c.layer));
    o.insert(QStringLiteral("work"), workToString(c.work));
    o.insert(QStringLiteral("in_catalogue"), c.inCatalogue);
    o.insert(QStringLiteral("organisations"), c.organisations);
    o.insert(QStringLiteral("bespoke_organisations"), c.bespokeOrganisations);
    o.insert(QStringLiteral("standard_instances"), c.standardInstances);
    o.insert(QStringLiteral("bespoke_instances"), c.bespokeInstances);
    o.insert(QStringLiteral("standard_gbp"), c.standardGbp);
    o.insert(QStringLiteral("bespoke_gbp"), c.bespokeGbp);
    o.insert(QStringLiteral("standard_brick"), optString(c.standardBrick));
    o.insert(QStringLiteral("standard_cost_gbp"), opt(c.standardCostGbp));
    o.insert(QStringLiteral("saving_gbp"), opt(c.savingGbp));
    o.insert(QStringLiteral("estimated_saving_gbp"), range(c.estimatedSavingGbp));
    o.insert(QStringLiteral("estimate_unknown_organisations"), c.estimateUnknown);
    if (c.work == Work::People) {
        // People's work is never a saving: replacing it with a brick is a frontline cut.
        o.insert(QStringLiteral("note"), QStringLiteral("people work: replacing it would be a frontline cut, not a saving"));
    }
    o.insert(QStringLiteral("commons_lacks_brick"), c.lacksCommonsBrick());
    if (c.lacksCommonsBrick()) {
        // No saving to claim: who would benefit from a commons brick, and with what spend.
        o.insert(QStringLiteral("would_benefit_organisations"), c.bespokeOrganisations);
        o.insert(QStringLiteral("would_benefit_gbp"), c.bespokeGbp);
    }
    if (withDetail) {
        QJsonArray list;
        for (int fi : c.orgFigures)
            list.append(orgFigure(in, index.figures[size_t(fi)], true));
        o.insert(QStringLiteral("by_organisation"), list);
    }
    return o;
}

QJsonArray duplication(const AnalysisInput &in, const DuplicationIndex &index)
{
    QJsonArray list;
    for (const CapabilityDuplication &c : index.capabilities)
        list.append(capability(in, index, c, false));
    return list;
}

QJsonObject savings(const AnalysisInput &in, const DuplicationIndex &index, int org)
{
    QJsonObject o;
    o.insert(QStringLiteral("org"), in.orgs.at(org).code);
    o.insert(QStringLiteral("name"), in.orgs.at(org).name);
    o.insert(QStringLiteral("kind"), orgKindToString(in.orgs.at(org).kind));
    double total = 0.0;
    EstimateRange estimated;
    bool anyEstimate = false;
    int unknown = 0;
    QJsonArray list;
    for (const SavingsOpportunity &op : savingsOpportunities(index, org)) {
        QJsonObject item = orgFigure(in, *op.figure, true);
        item.insert(QStringLiteral("capability_name"), op.capability->capabilityName);
        item.insert(QStringLiteral("standard_brick"), optString(op.capability->standardBrick));
        item.insert(QStringLiteral("standard_cost_gbp"), opt(op.capability->standardCostGbp));
        item.insert(QStringLiteral("commons_lacks_brick"), op.capability->lacksCommonsBrick());
        item.insert(QStringLiteral("work"), workToString(op.capability->work));
        total += op.figure->savingGbp.value_or(0.0);
        if (op.figure->estimatedSavingGbp) {
            estimated += *op.figure->estimatedSavingGbp;
            anyEstimate = true;
        } else if (op.figure->estimateStatus == EstimateStatus::UnitsUnknown) {
            ++unknown;
        }
        list.append(item);
    }
    o.insert(QStringLiteral("saving_gbp"), total);
    o.insert(QStringLiteral("estimated_saving_gbp"), range(anyEstimate ? std::optional<EstimateRange>(estimated) : std::nullopt));
    o.insert(QStringLiteral("estimate_unknown"), unknown);
    o.insert(QStringLiteral("opportunities"), list);
    return o;
}

static QJsonValue optInt(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

static QJsonObject rollupGroup(const RollupGroup &g, const PublishedClaim *claim)
{
    QJsonObject o;
    o.insert(QStringLiteral("organisations"), g.organisations);
    o.insert(QStringLiteral("mapped_organisations"), g.mappedOrganisations);
    o.insert(QStringLiteral("services"), g.services);
    o.insert(QStringLiteral("reported_services"), g.reportedServices);
    o.insert(QStringLiteral("reported_gbp"), opt(g.reportedGbp));
    o.insert(QStringLiteral("mapped_gbp"), g.mappedGbp);
    o.insert(QStringLiteral("mapped_share"), opt(g.mappedShare));
    o.insert(QStringLiteral("mapped_share_basis"),
             QJsonObject{{QStringLiteral("reported_gbp"), g.shareReportedGbp},
                         {QStringLiteral("mapped_gbp"), g.shareMappedGbp}});
    o.insert(QStringLiteral("estimated_saving_gbp"), range(g.estimatedSavingGbp));
    o.insert(QStringLiteral("estimate_unknown"), g.estimateUnknown);
    o.insert(QStringLiteral("estimated_saving_per_mapped_organisation_gbp"), range(g.perMappedOrganisationGbp));
    o.insert(QStringLiteral("note"), NationalRollup::coverageSentence(g, claim));
    return o;
}

QJsonObject rollup(const NationalRollup &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("councils"), rollupGroup(r.councils, r.claimFor(QStringLiteral("councils"))));
    o.insert(QStringLiteral("trusts"), rollupGroup(r.trusts, r.claimFor(QStringLiteral("trusts"))));
    QJsonArray claims;
    for (const PublishedClaim &c : r.claims) {
        claims.append(QJsonObject{{QStringLiteral("scope"), c.scope},
                                  {QStringLiteral("total_gbp"), c.totalGbp},
                                  {QStringLiteral("organisations"), optInt(c.organisations)},
                                  {QStringLiteral("per_organisation_gbp"), opt(c.perOrganisationGbp)},
                                  {QStringLiteral("source"), c.source}});
    }
    o.insert(QStringLiteral("claims"), claims);
    o.insert(QStringLiteral("coverage"), rollupGroup(r.all, nullptr));
    return o;
}

QJsonObject scenario(const QList<ScenarioLine> &lines, const ScenarioAssumptions &a, const NationalRollup *rollupFigures)
{
    QJsonObject o;
    o.insert(QStringLiteral("realised_share"), a.realisedShare);
    QJsonArray posts;
    for (const PostAssumption &p : a.posts) {
        posts.append(QJsonObject{{QStringLiteral("id"), p.id},
                                 {QStringLiteral("name"), p.name},
                                 {QStringLiteral("annual_cost_gbp"), p.annualCostGbp},
                                 {QStringLiteral("source"), p.source}});
    }
    o.insert(QStringLiteral("posts"), posts);
    QJsonArray rows;
    for (const ScenarioLine &l : lines) {
        QJsonObject r;
        r.insert(QStringLiteral("group"), l.group);
        r.insert(QStringLiteral("label"), l.label);
        r.insert(QStringLiteral("organisations"), l.organisations);
        r.insert(QStringLiteral("saving_gbp"), l.savingGbp);
        r.insert(QStringLiteral("realised_gbp"), l.realisedGbp);
        QJsonObject byPost;
        for (int i = 0; i < a.posts.size() && i < l.posts.size(); ++i)
            byPost.insert(a.posts.at(i).id, l.posts.at(i));
        r.insert(QStringLiteral("posts"), byPost);
        // null, never {0, 0, 0}, when no organisation of the line has an estimate.
        r.insert(QStringLiteral("estimated_saving_gbp"),
                 range(l.hasEstimate() ? std::optional<EstimateRange>(l.estimateGbp) : std::nullopt));
        r.insert(QStringLiteral("estimate_unknown"), l.estimateUnknown);
        r.insert(QStringLiteral("realised_estimate_gbp"),
                 range(l.hasEstimate() ? std::optional<EstimateRange>(l.realisedEstimateGbp) : std::nullopt));
        QJsonObject postRanges;
        for (int i = 0; i < a.posts.size() && i < l.postRanges.size(); ++i)
            postRanges.insert(a.posts.at(i).id,
                              range(l.hasEstimate() ? std::optional<EstimateRange>(l.postRanges.at(i)) : std::nullopt));
        r.insert(QStringLiteral("posts_range"), postRanges);
        rows.append(r);
    }
    o.insert(QStringLiteral("roll_up"), rows);
    if (rollupFigures)
        o.insert(QStringLiteral("rollup"), rollup(*rollupFigures));
    return o;
}

QJsonObject value(const AnalysisInput &in, const ValueRanking &ranking, const ValueWeights &w, int org)
{
    QJsonObject o;
    QJsonObject weights;
    QJsonObject inputs;
    for (auto it = w.inputWeights.cbegin(); it != w.inputWeights.cend(); ++it)
        inputs.insert(it.key(), it.value());
    weights.insert(QStringLiteral("inputs"), inputs);
    weights.insert(QStringLiteral("other_input"), w.otherInputWeight);
    weights.insert(QStringLiteral("quality"), w.qualityWeight);
    weights.insert(QStringLiteral("economy"), w.economyWeight);
    o.insert(QStringLiteral("weights"), weights);

    QJsonArray orgs;
    for (const OrgValue &v : ranking.orgs) {
        if (org >= 0 && v.org != org)
            continue;
        QJsonObject r;
        r.insert(QStringLiteral("org"), in.orgs.at(v.org).code);
        r.insert(QStringLiteral("name"), in.orgs.at(v.org).name);
        r.insert(QStringLiteral("services"), v.services);
        r.insert(QStringLiteral("scored_services"), v.scoredServices);
        r.insert(QStringLiteral("pvi"), opt(v.pvi));
        r.insert(QStringLiteral("status"), v.pvi ? QStringLiteral("scored") : QStringLiteral("no inputs"));
        orgs.append(r);
    }
    o.insert(QStringLiteral("organisations"), orgs);

    QJsonArray services;
    for (const ServiceValue &v : ranking.services) {
        const AnalysisService &s = in.services.at(v.service);
        if (org >= 0 && s.org != org)
            continue;
        QJsonObject r;
        r.insert(QStringLiteral("org"), in.orgs.at(s.org).code);
        r.insert(QStringLiteral("org_name"), in.orgs.at(s.org).name);
        r.insert(QStringLiteral("service"), s.id);
        r.insert(QStringLiteral("name"), s.name);
        r.insert(QStringLiteral("lgsl"), s.lgsl ? QJsonValue(*s.lgsl) : QJsonValue(QJsonValue::Null));
        // The cost the index used, and where it came from: the bricks or the published return.
        r.insert(QStringLiteral("cost_gbp"), opt(v.cost));
        r.insert(QStringLiteral("cost_basis"), v.costUnknown() ? QJsonValue(QJsonValue::Null)
                                                               : QJsonValue(costBasisToString(v.costBasis)));
        r.insert(QStringLiteral("mapped_cost_gbp"), s.isMapped() ? QJsonValue(s.cost) : QJsonValue(QJsonValue::Null));
        r.insert(QStringLiteral("reported_cost_gbp"), opt(s.reportedCost));
        r.insert(QStringLiteral("volume"), opt(s.volume));
        r.insert(QStringLiteral("cost_per_transaction_gbp"), opt(v.costPerTransaction));
        r.insert(QStringLiteral("peer_median_cost_gbp"), opt(v.peerMedianCost));
        r.insert(QStringLiteral("quality"), opt(v.quality));
        r.insert(QStringLiteral("economy"), opt(v.economy));
        r.insert(QStringLiteral("pvi"), opt(v.pvi));
        r.insert(QStringLiteral("status"), v.pvi           ? QStringLiteral("scored")
                                           : !v.hasInputs() ? QStringLiteral("no inputs")
                                                            : QStringLiteral("unknown cost"));
        services.append(r);
    }
    o.insert(QStringLiteral("services"), services);
    return o;
}

QJsonObject similarity(const AnalysisInput &in, const ServiceSimilarity &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("key"), s.key);
    o.insert(QStringLiteral("label"), s.label);
    o.insert(QStringLiteral("lgsl"), s.lgsl ? QJsonValue(*s.lgsl) : QJsonValue(QJsonValue::Null));
    QJsonObject playlist;
    playlist.insert(QStringLiteral("capabilities"), QJsonArray::fromStringList(s.playlist));
    playlist.insert(QStringLiteral("organisations"), s.playlistOrganisations);
    QJsonObject shares;
    for (auto it = s.playlistShares.cbegin(); it != s.playlistShares.cend(); ++it)
        shares.insert(it.key(), it.value());
    playlist.insert(QStringLiteral("cost_shares"), shares);
    o.insert(QStringLiteral("standard_playlist"), playlist);
    o.insert(QStringLiteral("mapped_organisations"), s.mappedOrganisations);
    o.insert(QStringLiteral("comparable"), s.comparable());
    if (!s.comparable())
        o.insert(QStringLiteral("status"), QStringLiteral("not enough mapped organisations to compare"));
    QJsonArray members;
    for (const SimilarityMember &m : s.members) {
        QJsonObject r;
        r.insert(QStringLiteral("org"), in.orgs.at(m.org).code);
        r.insert(QStringLiteral("name"), in.orgs.at(m.org).name);
        QJsonArray services;
        for (int si : m.services)
            services.append(in.services.at(si).id);
        r.insert(QStringLiteral("services"), services);
        r.insert(QStringLiteral("capabilities"), QJsonArray::fromStringList(m.costByCapability.keys()));
        r.insert(QStringLiteral("cost_gbp"), m.costGbp);
        r.insert(QStringLiteral("is_standard"), m.isStandard);
        r.insert(QStringLiteral("mapped"), m.mapped);
        // No distance where there is nothing to compare with: never a false 0.000.
        const bool compared = s.comparable() && m.mapped;
        const QJsonValue none(QJsonValue::Null);
        r.insert(QStringLiteral("distance"), compared ? QJsonValue(m.distance) : none);
        r.insert(QStringLiteral("cost_distance"), compared ? QJsonValue(m.costDistance) : none);
        r.insert(QStringLiteral("mean_jaccard"), compared ? QJsonValue(m.meanJaccard) : none);
        r.insert(QStringLiteral("mean_cost_similarity"), compared ? QJsonValue(m.meanCostSimilarity) : none);
        members.append(r);
    }
    o.insert(QStringLiteral("organisations"), members);
    return o;
}

} // namespace livedna::analysisjson
