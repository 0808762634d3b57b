// Pins every analysis definition (docs/analysis.md) on hand-computed figures.
#include "core/analysis/analysisinput.h"
#include "core/analysis/analysisjson.h"
#include "core/analysis/duplication.h"
#include "core/analysis/publicvalue.h"
#include "core/analysis/scenario.h"
#include "core/analysis/similarity.h"
#include "tests/support/analysisfixture.h"

#include <QJsonArray>
#include <QtTest>

using namespace livedna;
using namespace livedna::test;

class TestAnalysis : public QObject
{
    Q_OBJECT

private:
    static AnalysisInput fixture() { return AnalysisInput::fromOrganisations(analysisCatalogue(), analysisOrganisations()); }

    static const OrgCapabilityFigure *figure(const AnalysisInput &in, const DuplicationIndex &idx,
                                             const QString &org, const QString &cap)
    {
        for (const OrgCapabilityFigure &f : idx.figures) {
            if (in.orgs.at(f.org).code == org && in.capabilityIds.at(f.capability) == cap)
                return &f;
        }
        return nullptr;
    }

    static bool fuzzy(double a, double b) { return qAbs(a - b) < 1e-9 * qMax(1.0, qAbs(b)); }

private Q_SLOTS:
    void duplicationOrderAndTotals()
    {
        const AnalysisInput in = fixture();
        const DuplicationIndex idx = computeDuplication(in);
        QStringList order;
        for (const CapabilityDuplication &c : idx.capabilities)
            order << c.capabilityId;
        // saving desc; ties (0) by bespoke spend desc; "no brick" last, by bespoke spend.
        QCOMPARE(order, (QStringList{QStringLiteral("case-management"), QStringLiteral("assessment"),
                                      QStringLiteral("forms"), QStringLiteral("payments"), QStringLiteral("unused"),
                                      QStringLiteral("scheduling"), QStringLiteral("idle")}));
        QCOMPARE(idx.totalSavingGbp(), 164800.0);
    }

    void severalBespokeInstancesOfOneCapabilitySumPerOrganisation()
    {
        const AnalysisInput in = fixture();
        const DuplicationIndex idx = computeDuplication(in);
        const CapabilityDuplication *c = idx.find(QStringLiteral("case-management"));
        QVERIFY(c);
        QCOMPARE(c->organisations, 3);
        QCOMPARE(c->bespokeOrganisations, 3);
        QCOMPARE(c->standardInstances, 0);
        QCOMPARE(c->bespokeInstances, 4);
        QCOMPARE(c->bespokeGbp, 144000.0);
        QCOMPARE(c->standardBrick, QStringLiteral("case.commons"));
        QCOMPARE(*c->standardCostGbp, 20000.0);
        // A: max(0, 84000 + 30000 - 20000) — one subscription covers the organisation.
        const OrgCapabilityFigure *a = figure(in, idx, QStringLiteral("A"), QStringLiteral("case-management"));
        QCOMPARE(a->bespokeInstances, 2);
        QCOMPARE(a->bespokeGbp, 114000.0);
        QCOMPARE(*a->savingGbp, 94000.0);
        QCOMPARE(int(a->instances.size()), 2);
        // B's bespoke (10000) is cheaper than the brick: saving 0, never negative.
        QCOMPARE(*figure(in, idx, QStringLiteral("B"), QStringLiteral("case-management"))->savingGbp, 0.0);
        // C equals the brick exactly: 0.
        QCOMPARE(*figure(in, idx, QStringLiteral("C"), QStringLiteral("case-management"))->savingGbp, 0.0);
        QCOMPARE(*c->savingGbp, 94000.0);
        // Drill-down order: biggest saving first.
        QCOMPARE(in.orgs.at(idx.figures[size_t(c->orgFigures.front())].org).code, QStringLiteral("A"));
    }

    void everyFigureExpandsIntoItsInstances()
    {
        const AnalysisInput in = fixture();
        const DuplicationIndex idx = computeDuplication(in);
        for (const CapabilityDuplication &c : idx.capabilities) {
            double bespoke = 0.0, standard = 0.0;
            int nb = 0, ns = 0;
            for (int fi : c.orgFigures) {
                const OrgCapabilityFigure &f = idx.figures[size_t(fi)];
                double fb = 0.0;
                for (int i : f.instances) {
                    const AnalysisInstance &inst = in.instances[size_t(i)];
                    QCOMPARE(inst.org, f.org);
                    QCOMPARE(inst.capability, c.capability);
                    if (inst.isStandard()) {
                        standard += inst.cost;
                        ++ns;
                    } else {
                        bespoke += inst.cost;
                        fb += inst.cost;
                        ++nb;
                    }
                }
                QCOMPARE(fb, f.bespokeGbp);
            }
            QCOMPARE(bespoke, c.bespokeGbp);
            QCOMPARE(standard, c.standardGbp);
            QCOMPARE(nb, c.bespokeInstances);
            QCOMPARE(ns, c.standardInstances);
        }
    }

    void cheapestBrickTiesBreakOnId()
    {
        const AnalysisInput in = fixture();
        const DuplicationIndex idx = computeDuplication(in);
        const CapabilityDuplication *c = idx.find(QStringLiteral("payments"));
        QCOMPARE(c->standardBrick, QStringLiteral("payments.govuk-pay"));
        QCOMPARE(*c->standardCostGbp, 12000.0);
        QCOMPARE(c->organisations, 3);
        QCOMPARE(c->standardInstances, 1);
        QCOMPARE(c->bespokeInstances, 2);
        QCOMPARE(c->bespokeGbp, 5000.0);
        QCOMPARE(*c->savingGbp, 0.0); // A 5000 < 12000; C spends 0
        QCOMPARE(*figure(in, idx, QStringLiteral("C"), QStringLiteral("payments"))->savingGbp, 0.0);
    }

    void zeroCostBrickSavesTheWholeBespokeSpend()
    {
        const AnalysisInput in = fixture();
        const DuplicationIndex idx = computeDuplication(in);
        const CapabilityDuplication *c = idx.find(QStringLiteral("forms"));
        QCOMPARE(c->organisations, 2);
        QCOMPARE(c->bespokeOrganisations, 1);
        QCOMPARE(c->standardInstances, 1);
        QCOMPARE(c->standardGbp, 1500.0);
        QCOMPARE(*c->standardCostGbp, 0.0);
        QCOMPARE(*c->savingGbp, 800.0);
        // An organisation with only standard instances has no saving(o,c) at all.
        QVERIFY(!figure(in, idx, QStringLiteral("A"), QStringLiteral("forms"))->savingGbp);
    }

    void capabilityWithoutBrickReportsWhoWouldBenefit()
    {
        const AnalysisInput in = fixture();
        const DuplicationIndex idx = computeDuplication(in);
        const CapabilityDuplication *c = idx.find(QStringLiteral("scheduling"));
        QVERIFY(c->lacksCommonsBrick());
        QVERIFY(!c->savingGbp);
        QVERIFY(c->standardBrick.isEmpty());
        QCOMPARE(c->bespokeOrganisations, 2);
        QCOMPARE(c->bespokeInstances, 3);
        QCOMPARE(c->bespokeGbp, 10000.0);
        const QJsonObject json = analysisjson::capability(in, idx, *c, false);
        QVERIFY(json.value(QStringLiteral("saving_gbp")).isNull());
        QVERIFY(json.value(QStringLiteral("standard_brick")).isNull());
        QVERIFY(json.value(QStringLiteral("standard_cost_gbp")).isNull());
        QCOMPARE(json.value(QStringLiteral("would_benefit_organisations")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("would_benefit_gbp")).toDouble(), 10000.0);
        // Catalogue capabilities nobody implements are still listed.
        QCOMPARE(idx.find(QStringLiteral("idle"))->organisations, 0);
        QVERIFY(!idx.find(QStringLiteral("idle"))->savingGbp);
        QCOMPARE(*idx.find(QStringLiteral("unused"))->savingGbp, 0.0);
    }

    void unknownCapabilityIsCountedNotDropped()
    {
        QList<Organisation> orgs = analysisOrganisations();
        orgs[0].services[0].bricks.append(bespokeBrick(QStringLiteral("x"), QStringLiteral("telepathy"), 99));
        const AnalysisInput in = AnalysisInput::fromOrganisations(analysisCatalogue(), orgs);
        const DuplicationIndex idx = computeDuplication(in);
        const CapabilityDuplication *c = idx.find(QStringLiteral("telepathy"));
        QVERIFY(c);
        QVERIFY(!c->inCatalogue);
        QVERIFY(c->lacksCommonsBrick());
        QCOMPARE(c->bespokeGbp, 99.0);
    }

    void savingsOpportunitiesRanked()
    {
        const AnalysisInput in = fixture();
        const DuplicationIndex idx = computeDuplication(in);
        auto ids = [&](const QString &org) {
            QStringList list;
            for (const SavingsOpportunity &op : savingsOpportunities(idx, in.orgIndex(org)))
                list << op.capability->capabilityId;
            return list;
        };
        QCOMPARE(ids(QStringLiteral("A")), (QStringList{QStringLiteral("case-management"), QStringLiteral("assessment"),
                                                        QStringLiteral("payments")}));
        QCOMPARE(ids(QStringLiteral("B")), (QStringList{QStringLiteral("forms"), QStringLiteral("case-management"),
                                                        QStringLiteral("scheduling")}));
        // Ties at 0 fall back to bespoke spend: case-management 20000 before payments 0.
        QCOMPARE(ids(QStringLiteral("C")), (QStringList{QStringLiteral("case-management"), QStringLiteral("payments"),
                                                        QStringLiteral("scheduling")}));
        const std::vector<double> byOrg = idx.savingByOrg(int(in.orgs.size()));
        QCOMPARE(byOrg[size_t(in.orgIndex(QStringLiteral("A")))], 164000.0);
        QCOMPARE(byOrg[size_t(in.orgIndex(QStringLiteral("B")))], 800.0);
        QCOMPARE(byOrg[size_t(in.orgIndex(QStringLiteral("C")))], 0.0);
        const QJsonObject json = analysisjson::savings(in, idx, in.orgIndex(QStringLiteral("A")));
        QCOMPARE(json.value(QStringLiteral("saving_gbp")).toDouble(), 164000.0);
        QCOMPARE(json.value(QStringLiteral("opportunities")).toArray().first().toObject()
                     .value(QStringLiteral("instances")).toArray().size(), 2);
    }

    void duplicationJsonSortedNullsLast()
    {
        const AnalysisInput in = fixture();
        const QJsonArray arr = analysisjson::duplication(in, computeDuplication(in));
        QCOMPARE(arr.size(), 7);
        bool seenNull = false;
        double last = std::numeric_limits<double>::max();
        for (const QJsonValue &v : arr) {
            const QJsonObject o = v.toObject();
            for (const char *key : {"capability", "organisations", "standard_instances", "bespoke_instances",
                                    "bespoke_gbp", "standard_brick", "standard_cost_gbp", "saving_gbp"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            const QJsonValue s = o.value(QStringLiteral("saving_gbp"));
            if (s.isNull()) {
                seenNull = true;
            } else {
                QVERIFY(!seenNull);
                QVERIFY(s.toDouble() <= last);
                last = s.toDouble();
            }
        }
        QVERIFY(seenNull);
    }

    void scenarioRollUp()
    {
        const AnalysisInput in = fixture();
        const DuplicationIndex idx = computeDuplication(in);
        ScenarioAssumptions a;
        a.realisedShare = 0.5;
        a.posts = {{QStringLiteral("nurse"), QStringLiteral("Nurse"), 40000, QStringLiteral("test")},
                   {QStringLiteral("free"), QStringLiteral("Free"), 0, QStringLiteral("unusable")}};
        const QList<ScenarioLine> lines = FrontlineScenario::rollUp(in, idx, a);
        QCOMPARE(lines.size(), 3); // no "other" bodies in the fixture
        QCOMPARE(lines.at(0).group, QStringLiteral("council"));
        QCOMPARE(lines.at(0).organisations, 2);
        QCOMPARE(lines.at(0).savingGbp, 164800.0);
        QCOMPARE(lines.at(0).realisedGbp, 82400.0);
        QCOMPARE(lines.at(0).posts.at(0), 2.06);
        QCOMPARE(lines.at(0).posts.at(1), 0.0); // a zero-cost post is unusable, not infinite
        QCOMPARE(lines.at(1).group, QStringLiteral("nhs-trust"));
        QCOMPARE(lines.at(1).savingGbp, 0.0);
        QCOMPARE(lines.at(2).group, QStringLiteral("all"));
        QCOMPARE(lines.at(2).organisations, 3);
        QCOMPARE(lines.at(2).savingGbp, 164800.0);

        a.realisedShare = 1.0;
        const ScenarioLine one = FrontlineScenario::forOrganisation(in, idx, in.orgIndex(QStringLiteral("A")), a);
        QCOMPARE(one.savingGbp, 164000.0);
        QCOMPARE(one.posts.at(0), 4.1);

        const ScenarioAssumptions d = ScenarioAssumptions::defaults();
        QCOMPARE(d.posts.size(), 4);
        for (const PostAssumption &p : d.posts) {
            QVERIFY(p.annualCostGbp > 0.0);
            QVERIFY2(!p.source.isEmpty(), qPrintable(p.id));
        }
    }

    void publicValueIndex()
    {
        const AnalysisInput in = fixture();
        const ValueRanking r = PublicValue::compute(in, ValueWeights::defaults());
        QHash<QString, ServiceValue> byId;
        for (const ServiceValue &v : r.services)
            byId.insert(in.orgs.at(in.services.at(v.service).org).code + QLatin1Char('/') + in.services.at(v.service).id, v);
        // A/blue-badge: Q = (2*0.5 + 1*0.8)/3 = 0.6; cpt 205.5 = peer median; E = 0.5.
        const ServiceValue a1 = byId.value(QStringLiteral("A/blue-badge"));
        QVERIFY(fuzzy(*a1.quality, 0.6));
        QVERIFY(fuzzy(*a1.costPerTransaction, 205.5));
        QVERIFY(fuzzy(*a1.peerMedianCost, 205.5));
        QVERIFY(fuzzy(*a1.economy, 0.5));
        QVERIFY(fuzzy(*a1.pvi, 57.0));
        // B/badges: Q 0.9, cpt 178, E = 205.5/383.5.
        const ServiceValue b1 = byId.value(QStringLiteral("B/badges"));
        QVERIFY(fuzzy(*b1.pvi, 100.0 * (0.7 * 0.9 + 0.3 * 205.5 / 383.5)));
        // C/badges has a volume but no inputs: no index, never 0.
        const ServiceValue c1 = byId.value(QStringLiteral("C/badges"));
        QVERIFY(!c1.hasInputs());
        QVERIFY(!c1.pvi);
        QVERIFY(fuzzy(*c1.costPerTransaction, 2300.0));
        // A/payments: no volume, so quality alone; "access" takes the other-input weight 1.
        QVERIFY(fuzzy(*byId.value(QStringLiteral("A/payments")).pvi, 70.0));
        QVERIFY(!byId.value(QStringLiteral("A/payments")).economy);
        // C/records states inputs but has no bricks and no reported cost: its cost is
        // unknown, not £0, so it is not ranked (issue 10: unknown cost once ranked first).
        QVERIFY(byId.value(QStringLiteral("C/records")).hasInputs());
        QVERIFY(!byId.value(QStringLiteral("C/records")).pvi);
        QCOMPARE(byId.value(QStringLiteral("C/records")).costBasis, CostBasis::Unknown);

        QStringList order;
        for (const ServiceValue &v : r.services)
            order << in.orgs.at(in.services.at(v.service).org).code + QLatin1Char('/') + in.services.at(v.service).id;
        QCOMPARE(order, (QStringList{QStringLiteral("B/badges"), QStringLiteral("A/payments"), QStringLiteral("A/blue-badge"),
                                      QStringLiteral("B/parking"), QStringLiteral("C/badges"), QStringLiteral("C/records")}));
        // Organisations: cost-weighted; C's only scored service costs 0, so a plain mean.
        QCOMPARE(in.orgs.at(r.orgs.at(0).org).code, QStringLiteral("B"));
        QVERIFY(fuzzy(*r.orgs.at(0).pvi, *b1.pvi));
        QCOMPARE(in.orgs.at(r.orgs.at(1).org).code, QStringLiteral("A"));
        QVERIFY(fuzzy(*r.orgs.at(1).pvi, (205500.0 * 57.0 + 35000.0 * 70.0) / 240500.0));
        QCOMPARE(r.orgs.at(1).scoredServices, 2);
        QVERIFY(!r.orgs.at(2).pvi); // C: nothing scored with a known cost

        // Weights are live inputs: economy off makes every index quality alone.
        ValueWeights w = ValueWeights::defaults();
        w.economyWeight = 0.0;
        const ValueRanking q = PublicValue::compute(in, w);
        QVERIFY(fuzzy(*q.services.first().pvi, 90.0));
    }

    void publicValueWithoutAnyInputs()
    {
        QList<Organisation> orgs = analysisOrganisations();
        for (Service &s : orgs[1].services)
            s.value.clear();
        const AnalysisInput in = AnalysisInput::fromOrganisations(analysisCatalogue(), orgs);
        const ValueRanking r = PublicValue::compute(in, ValueWeights::defaults());
        // B and C (whose only scored-looking service has an unknown cost) come last, by code.
        QCOMPARE(in.orgs.at(r.orgs.at(1).org).code, QStringLiteral("B"));
        QVERIFY(!r.orgs.at(1).pvi);
        QCOMPARE(r.orgs.at(1).scoredServices, 0);
        const QJsonObject json = analysisjson::value(in, r, ValueWeights::defaults(), in.orgIndex(QStringLiteral("B")));
        const QJsonObject b = json.value(QStringLiteral("organisations")).toArray().first().toObject();
        QVERIFY(b.value(QStringLiteral("pvi")).isNull());
        QCOMPARE(b.value(QStringLiteral("status")).toString(), QStringLiteral("no inputs"));
    }

    void similarityDefinitions()
    {
        Catalogue cat;
        for (const char *id : {"a", "b", "c", "d"})
            cat.capabilities.append({QLatin1String(id), QLatin1String(id), Layer::Overhead});
        cat.reindex();
        auto org = [](const QString &code, QList<Service> services) {
            Organisation o;
            o.code = code;
            o.name = code;
            o.kind = OrgKind::Council;
            o.services = std::move(services);
            return o;
        };
        auto svc = [](const QString &id, std::optional<int> lgsl, QList<BrickInstance> bricks) {
            Service s;
            s.id = id;
            s.name = QStringLiteral("X service");
            s.lgsl = lgsl;
            s.bricks = std::move(bricks);
            return s;
        };
        const QList<Organisation> orgs = {
            org(QStringLiteral("O1"), {svc(QStringLiteral("x"), 5, {bespokeBrick(QStringLiteral("1"), QStringLiteral("a"), 10),
                                                                    bespokeBrick(QStringLiteral("2"), QStringLiteral("b"), 10)})}),
            org(QStringLiteral("O2"), {svc(QStringLiteral("x"), 5, {bespokeBrick(QStringLiteral("1"), QStringLiteral("a"), 30),
                                                                    bespokeBrick(QStringLiteral("2"), QStringLiteral("b"), 10)})}),
            org(QStringLiteral("O3"), {svc(QStringLiteral("x"), 5, {bespokeBrick(QStringLiteral("1"), QStringLiteral("a"), 10),
                                                                    bespokeBrick(QStringLiteral("2"), QStringLiteral("c"), 10)})}),
            // Two services of one LGSL id are compared on their union.
            org(QStringLiteral("O4"), {svc(QStringLiteral("x1"), 5, {bespokeBrick(QStringLiteral("1"), QStringLiteral("a"), 5)}),
                                       svc(QStringLiteral("x2"), 5, {bespokeBrick(QStringLiteral("1"), QStringLiteral("b"), 5),
                                                                     bespokeBrick(QStringLiteral("2"), QStringLiteral("d"), 10)})}),
        };
        const AnalysisInput in = AnalysisInput::fromOrganisations(cat, orgs);
        QCOMPARE(ProcessSimilarity::resolve(in, QStringLiteral("5")), QStringLiteral("lgsl:5"));
        QCOMPARE(ProcessSimilarity::resolve(in, QStringLiteral("x service")), QStringLiteral("lgsl:5"));
        QCOMPARE(ProcessSimilarity::resolve(in, QStringLiteral("x2")), QStringLiteral("lgsl:5"));
        QVERIFY(ProcessSimilarity::resolve(in, QStringLiteral("6")).isEmpty());

        const ServiceSimilarity s = ProcessSimilarity::compute(in, QStringLiteral("lgsl:5"));
        QCOMPARE(s.playlist, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(s.playlistOrganisations, 2);
        QVERIFY(fuzzy(s.playlistShares.value(QStringLiteral("a")), 0.625));
        QStringList order;
        for (const SimilarityMember &m : s.members)
            order << in.orgs.at(m.org).code;
        QCOMPARE(order, (QStringList{QStringLiteral("O1"), QStringLiteral("O2"), QStringLiteral("O4"), QStringLiteral("O3")}));
        QCOMPARE(s.members.at(2).services.size(), 2);
        QVERIFY(s.members.at(0).isStandard);
        QVERIFY(!s.members.at(2).isStandard);
        QVERIFY(fuzzy(s.members.at(0).distance, 0.0));
        QVERIFY(fuzzy(s.members.at(0).costDistance, 1.0 - 0.875 / 1.125));
        QVERIFY(fuzzy(s.members.at(2).distance, 1.0 / 3.0));
        QVERIFY(fuzzy(s.members.at(2).costDistance, 2.0 / 3.0));
        QVERIFY(fuzzy(s.members.at(3).distance, 2.0 / 3.0));
        QVERIFY(fuzzy(s.members.at(3).costDistance, 2.0 / 3.0));
        // Pairwise, in member order: J(O1,O3) = 1/3, J(O4,O3) = 1/4, symmetric, 1 on the diagonal.
        QVERIFY(fuzzy(s.jaccardAt(0, 3), 1.0 / 3.0));
        QVERIFY(fuzzy(s.jaccardAt(2, 3), 0.25));
        QVERIFY(fuzzy(s.jaccardAt(3, 2), 0.25));
        QVERIFY(fuzzy(s.jaccardAt(1, 1), 1.0));
        QVERIFY(fuzzy(s.costSimilarityAt(0, 1), 0.75 / 1.25)); // {.5,.5} vs {.75,.25}
        QVERIFY(fuzzy(s.members.at(0).meanJaccard, (1.0 + 2.0 / 3.0 + 1.0 / 3.0) / 3.0));
    }

    void similarityTiesAndZeroCosts()
    {
        QCOMPARE(ProcessSimilarity::jaccard({}, {}), 1.0);
        QCOMPARE(ProcessSimilarity::jaccard({QStringLiteral("a")}, {}), 0.0);
        // Zero total cost: equal shares over the capabilities present.
        const QMap<QString, double> sh = ProcessSimilarity::shares({{QStringLiteral("a"), 0.0}, {QStringLiteral("b"), 0.0}});
        QCOMPARE(sh.value(QStringLiteral("a")), 0.5);
        QCOMPARE(ProcessSimilarity::weightedJaccard({}, {}), 1.0);

        // Modal tie: one organisation each, same size -> lexicographically smaller set.
        Catalogue cat;
        cat.capabilities = {{QStringLiteral("a"), {}, Layer::Overhead}, {QStringLiteral("b"), {}, Layer::Overhead}};
        cat.reindex();
        QList<Organisation> orgs;
        for (const char *cap : {"b", "a"}) {
            Organisation o;
            o.code = QLatin1String(cap).toString().toUpper();
            Service s;
            s.id = QStringLiteral("s");
            s.name = QStringLiteral("Same name");
            s.bricks = {bespokeBrick(QStringLiteral("1"), QLatin1String(cap), 0)};
            o.services = {s};
            orgs << o;
        }
        const AnalysisInput in = AnalysisInput::fromOrganisations(cat, orgs);
        const QString key = ProcessSimilarity::resolve(in, QStringLiteral("SAME NAME"));
        QCOMPARE(key, QStringLiteral("name:same name"));
        const ServiceSimilarity s = ProcessSimilarity::compute(in, key);
        QCOMPARE(s.playlist, QStringList{QStringLiteral("a")});
        QCOMPARE(s.members.size(), 2);
        QCOMPARE(s.members.at(1).distance, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
