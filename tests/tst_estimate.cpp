// The 1.1 estimated saving, its range, and the honest Public Value Index and similarity
// (issue 10), on hand-computed figures. The same commons is also written as a real commons
// 1.1, synced into a real cache file and read back through the analysis loader and the
// livedna-cli JSON contract, so the units the estimate needs (population, volume, fte,
// pricing, work) are shown to survive the cache.
#include "core/analysis/analysiscacheloader.h"
#include "core/analysis/analysisinput.h"
#include "core/analysis/analysisjson.h"
#include "core/analysis/duplication.h"
#include "core/analysis/publicvalue.h"
#include "core/analysis/scenario.h"
#include "core/analysis/similarity.h"
#include "core/cache/cache.h"
#include "tests/support/analysisfixture.h"
#include "tests/support/clirunner.h"
#include "tests/support/commons11.h"
#include "tests/support/synchelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace livedna;
using namespace livedna::test;

namespace {

CatalogueBrick pricedBrick(const char *id, const char *capability, double standard,
                           std::optional<Pricing> pricing)
{
    CatalogueBrick b;
    b.id = QLatin1String(id);
    b.name = QLatin1String(id);
    b.capability = QLatin1String(capability);
    b.standardAnnualCostGbp = standard;
    b.pricing = pricing;
    return b;
}

Pricing pricing(double fixed, double perUnit, PricingUnit unit)
{
    Pricing p;
    p.fixedGbp = fixed;
    p.perUnitGbp = perUnit;
    p.unit = unit;
    return p;
}

BrickInstance withFte(BrickInstance b, double fte)
{
    b.fte = fte;
    return b;
}

// payments: per transaction; library-management: fixed + per resident; hr: fixed + per
// user; assessment: a frontline capability without `work`, hence people's work.
Catalogue estimateCatalogue()
{
    Catalogue c;
    Capability lms{QStringLiteral("library-management"), QStringLiteral("Library management system"), Layer::Overhead};
    lms.work = Work::Digital;
    c.capabilities = {
        {QStringLiteral("payments"), QStringLiteral("Take payments"), Layer::Overhead},
        lms,
        {QStringLiteral("hr"), QStringLiteral("Human resources"), Layer::Overhead},
        {QStringLiteral("assessment"), QStringLiteral("Assess needs"), Layer::Frontline},
    };
    c.bricks = {
        pricedBrick("payments.pay", "payments", 12000, pricing(0, 0.18, PricingUnit::Transaction)),
        pricedBrick("lms.commons", "library-management", 30000, pricing(10000, 0.05, PricingUnit::Resident)),
        pricedBrick("hr.commons", "hr", 8000, pricing(2000, 400, PricingUnit::User)),
        pricedBrick("assess.questions", "assessment", 9000, std::nullopt),
    };
    c.reindex();
    return c;
}

Service service(const char *id, const char *name, std::optional<double> volume, QList<BrickInstance> bricks)
{
    Service s;
    s.id = QLatin1String(id);
    s.name = QLatin1String(name);
    s.volume = volume;
    s.bricks = bricks;
    return s;
}

Organisation org(const char *code, const char *name, std::optional<qint64> population, QList<Service> services)
{
    Organisation o;
    o.code = QLatin1String(code);
    o.name = QLatin1String(name);
    o.kind = OrgKind::Council;
    o.period = QStringLiteral("2023-24");
    o.population = population;
    o.services = services;
    return o;
}

// A publishes every unit; B publishes none (no population, no volume, no fte); C is small.
QList<Organisation> estimateOrganisations()
{
    return {
        org("A", "Alpha Council", 100000,
            {service("parking", "Parking permits", 50000, {withFte(bespokeBrick(QStringLiteral("pay"), QStringLiteral("payments"), 20000), 0.5)}),
             service("fines", "Parking fines", 20000, {bespokeBrick(QStringLiteral("pay"), QStringLiteral("payments"), 5000)}),
             service("library", "Libraries", 300000, {bespokeBrick(QStringLiteral("lms"), QStringLiteral("library-management"), 40000)}),
             service("corporate", "Corporate services", std::nullopt,
                     {withFte(bespokeBrick(QStringLiteral("hr"), QStringLiteral("hr"), 30000), 10)}),
             service("care", "Care Act assessment", 1200,
                     {withFte(bespokeBrick(QStringLiteral("assess"), QStringLiteral("assessment"), 621000), 13.5)})}),
        org("B", "Beta Council", std::nullopt,
            {service("library", "Libraries", std::nullopt, {bespokeBrick(QStringLiteral("lms"), QStringLiteral("library-management"), 40000)}),
             service("parking", "Parking permits", std::nullopt, {bespokeBrick(QStringLiteral("pay"), QStringLiteral("payments"), 20000)}),
             service("corporate", "Corporate services", std::nullopt, {bespokeBrick(QStringLiteral("hr"), QStringLiteral("hr"), 5000)})}),
        org("C", "Gamma Council", 2000,
            {service("library", "Libraries", 1000, {bespokeBrick(QStringLiteral("lms"), QStringLiteral("library-management"), 12000)})}),
    };
}

const OrgCapabilityFigure *figure(const AnalysisInput &in, const DuplicationIndex &idx, const QString &org,
                                  const QString &cap)
{
    for (const OrgCapabilityFigure &f : idx.figures) {
        if (in.orgs.at(f.org).code == org && in.capabilityIds.at(f.capability) == cap)
            return &f;
    }
    return nullptr;
}

bool near(double a, double b)
{
    return qAbs(a - b) < 1e-6 * qMax(1.0, qAbs(b));
}

QJsonObject byKey(const QJsonArray &list, const QString &key, const QString &value)
{
    for (const QJsonValue &v : list) {
        if (v.toObject().value(key).toString() == value)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestEstimate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    static AnalysisInput input()
    {
        return AnalysisInput::fromOrganisations(estimateCatalogue(), estimateOrganisations());
    }

    // Writes the commons, syncs it into a fresh cache file; returns the cache path.
    QString syncedCache(const QString &name)
    {
        Commons11 commons;
        commons.commons = QStringLiteral("estimate");
        commons.catalogue = estimateCatalogue();
        for (const Organisation &o : estimateOrganisations())
            commons.documents.append({QStringLiteral("orgs/%1.json").arg(o.code), o});
        const QString dir = m_tmp.filePath(name);
        const QString cachePath = m_tmp.filePath(name + QStringLiteral(".sqlite"));
        const QString error = commons.writeTo(dir);
        if (!error.isEmpty()) {
            qWarning() << error;
            return QString();
        }
        Cache cache;
        if (!cache.open(cachePath).ok)
            return QString();
        const Result<SyncReport> r = syncOnce(cache, dir);
        if (!r.ok()) {
            qWarning() << r.errorString();
            return QString();
        }
        return cachePath;
    }

    // The hand-computed figures, whatever way the table was built.
    static void checkEstimates(const AnalysisInput &in)
    {
        const DuplicationIndex idx = computeDuplication(in);

        // Per transaction: A's payments run in two services, 50,000 + 20,000 transactions
        // at £0.18 = £12,600; bespoke £25,000; estimate £12,400. The version 1 index
        // keeps its definition: £25,000 - £12,000 standard = £13,000.
        const OrgCapabilityFigure *pay = figure(in, idx, QStringLiteral("A"), QStringLiteral("payments"));
        QVERIFY(pay);
        QCOMPARE(pay->estimateStatus, EstimateStatus::Estimated);
        QVERIFY(near(*pay->estimateBrickCostGbp, 12600.0));
        QVERIFY(near(pay->estimatedSavingGbp->central, 12400.0));
        QCOMPARE(*pay->savingGbp, 13000.0);

        // Per resident: £10,000 + £0.05 x 100,000 = £15,000; £40,000 - £15,000 = £25,000.
        const OrgCapabilityFigure *lms = figure(in, idx, QStringLiteral("A"), QStringLiteral("library-management"));
        QVERIFY(near(*lms->estimateBrickCostGbp, 15000.0));
        QVERIFY(near(lms->estimatedSavingGbp->central, 25000.0));
        // C: £10,000 + £0.05 x 2,000 = £10,100; £12,000 - £10,100 = £1,900.
        QVERIFY(near(figure(in, idx, QStringLiteral("C"), QStringLiteral("library-management"))->estimatedSavingGbp->central,
                     1900.0));

        // Per user: £2,000 + £400 x 10 FTE = £6,000; £30,000 - £6,000 = £24,000.
        const OrgCapabilityFigure *hr = figure(in, idx, QStringLiteral("A"), QStringLiteral("hr"));
        QVERIFY(near(*hr->estimateBrickCostGbp, 6000.0));
        QVERIFY(near(hr->estimatedSavingGbp->central, 24000.0));

        // Units unknown: B publishes no population, volume or fte: null, never 0.
        for (const char *cap : {"library-management", "payments", "hr"}) {
            const OrgCapabilityFigure *b = figure(in, idx, QStringLiteral("B"), QLatin1String(cap));
            QVERIFY2(b, cap);
            QCOMPARE(b->estimateStatus, EstimateStatus::UnitsUnknown);
            QVERIFY2(!b->estimatedSavingGbp.has_value(), cap);
            QVERIFY(b->savingGbp.has_value()); // the version 1 index needs no units
        }

        // People's work: no saving to claim, however large the v1 index says it is.
        const OrgCapabilityFigure *care = figure(in, idx, QStringLiteral("A"), QStringLiteral("assessment"));
        QCOMPARE(care->estimateStatus, EstimateStatus::PeopleWork);
        QVERIFY(!care->estimatedSavingGbp.has_value());
        QCOMPARE(*care->savingGbp, 612000.0);
        const CapabilityDuplication *assessment = idx.find(QStringLiteral("assessment"));
        QCOMPARE(assessment->work, Work::People);
        QVERIFY(!assessment->estimatedSavingGbp.has_value());

        // Capability totals: known part + count of unknown organisations.
        const CapabilityDuplication *library = idx.find(QStringLiteral("library-management"));
        QVERIFY(near(library->estimatedSavingGbp->central, 26900.0));
        QCOMPARE(library->estimateUnknown, 1);
        int unknown = -1;
        const EstimateRange total = idx.totalEstimatedSaving(&unknown);
        QVERIFY(near(total.central, 12400.0 + 25000.0 + 1900.0 + 24000.0));
        QCOMPARE(unknown, 3);
    }

private Q_SLOTS:
    void pricingByResidentTransactionAndUser() { checkEstimates(input()); }

    void rangesAroundTheCentralEstimate()
    {
        const AnalysisInput in = input();
        const DuplicationIndex idx = computeDuplication(in);
        // Low: half of (bespoke - 1.5 x price); high: bespoke - 0.75 x price.
        const EstimateRange pay = *figure(in, idx, QStringLiteral("A"), QStringLiteral("payments"))->estimatedSavingGbp;
        QVERIFY(near(pay.low, 0.5 * (25000.0 - 1.5 * 12600.0))); // 3,050
        QVERIFY(near(pay.central, 12400.0));
        QVERIFY(near(pay.high, 25000.0 - 0.75 * 12600.0)); // 15,550
        // The worked example of docs/analysis.md (A's library system).
        const EstimateRange lms = *figure(in, idx, QStringLiteral("A"), QStringLiteral("library-management"))->estimatedSavingGbp;
        QVERIFY(near(lms.low, 8750.0));
        QVERIFY(near(lms.central, 25000.0));
        QVERIFY(near(lms.high, 28750.0));
        // Never negative: C's low case costs more than it saves.
        const EstimateRange c = *figure(in, idx, QStringLiteral("C"), QStringLiteral("library-management"))->estimatedSavingGbp;
        QCOMPARE(c.low, 0.0);
        QVERIFY(near(c.high, 12000.0 - 0.75 * 10100.0));
        // Another uncertainty moves low and high, never central.
        EstimateUncertainty u;
        u.lowRealisedShare = 0.25;
        const DuplicationIndex other = computeDuplication(in, u);
        const EstimateRange lms2 = *figure(in, other, QStringLiteral("A"), QStringLiteral("library-management"))->estimatedSavingGbp;
        QVERIFY(near(lms2.low, 4375.0));
        QVERIFY(near(lms2.central, 25000.0));
    }

    void cheapestBrickAtTheOrganisationsScaleWins()
    {
        // A second, unpriced library brick at £20,000 loses to £15,000 for A and wins
        // against nothing for B: B's units are unknown, so the minimum is unknown too.
        Catalogue cat = estimateCatalogue();
        cat.bricks.append(pricedBrick("lms.flat", "library-management", 20000, std::nullopt));
        cat.reindex();
        const AnalysisInput in = AnalysisInput::fromOrganisations(cat, estimateOrganisations());
        const DuplicationIndex idx = computeDuplication(in);
        const OrgCapabilityFigure *a = figure(in, idx, QStringLiteral("A"), QStringLiteral("library-management"));
        QCOMPARE(a->estimateBrick, QStringLiteral("lms.commons"));
        QVERIFY(near(a->estimatedSavingGbp->central, 25000.0));
        QVERIFY(!figure(in, idx, QStringLiteral("B"), QStringLiteral("library-management"))->estimatedSavingGbp);
        // For C (population 2,000) the per-resident brick is cheaper too: £10,100.
        QCOMPARE(figure(in, idx, QStringLiteral("C"), QStringLiteral("library-management"))->estimateBrick,
                 QStringLiteral("lms.commons"));
        // The version 1 index still takes the lowest standard cost (£20,000 < £30,000).
        QCOMPARE(idx.find(QStringLiteral("library-management"))->standardBrick, QStringLiteral("lms.flat"));
    }

    void scenarioPostsAreRanges()
    {
        const AnalysisInput in = input();
        const DuplicationIndex idx = computeDuplication(in);
        ScenarioAssumptions a = ScenarioAssumptions::defaults();
        a.realisedShare = 0.5;
        a.posts[1].annualCostGbp = 40000.0; // a nurse
        const QList<ScenarioLine> lines = FrontlineScenario::rollUp(in, idx, a);
        const ScenarioLine &all = lines.last();
        QCOMPARE(all.group, QStringLiteral("all"));
        // Known estimates only (people's work and unknown units left out), 3 unknown.
        const double central = 12400.0 + 25000.0 + 24000.0 + 1900.0;
        const double low = 3050.0 + 8750.0 + 0.5 * (30000.0 - 1.5 * 6000.0) + 0.0;
        const double high = 15550.0 + 28750.0 + (30000.0 - 0.75 * 6000.0) + (12000.0 - 0.75 * 10100.0);
        QVERIFY(near(all.estimateGbp.central, central));
        QVERIFY(near(all.estimateGbp.low, low));
        QVERIFY(near(all.estimateGbp.high, high));
        QCOMPARE(all.estimateUnknown, 3);
        // posts = estimate x share / cost, for each of low, central and high.
        QVERIFY(near(all.postRanges.at(1).central, central * 0.5 / 40000.0));
        QVERIFY(near(all.postRanges.at(1).low, low * 0.5 / 40000.0));
        QVERIFY(near(all.postRanges.at(1).high, high * 0.5 / 40000.0));
        // The version 1 index, people's work included, stays beside it and is bigger.
        QVERIFY(all.savingGbp > all.estimateGbp.high);
        const QJsonObject json = analysisjson::scenario(lines, a);
        const QJsonObject row = json.value(QStringLiteral("roll_up")).toArray().last().toObject();
        QVERIFY(near(row.value(QStringLiteral("estimated_saving_gbp")).toObject().value(QStringLiteral("central")).toDouble(),
                     central));
        QVERIFY(near(row.value(QStringLiteral("posts_range")).toObject().value(QStringLiteral("nurse")).toObject()
                         .value(QStringLiteral("low")).toDouble(),
                     low * 0.5 / 40000.0));
    }

    void theCacheCarriesEveryUnit()
    {
        const QString path = syncedCache(QStringLiteral("units"));
        QVERIFY(!path.isEmpty());
        Cache cache;
        QVERIFY(cache.open(path).ok);
        Result<AnalysisInput> r = AnalysisCacheLoader::load(cache);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        const AnalysisInput in = r.take();
        QCOMPARE(*in.orgs.at(in.orgIndex(QStringLiteral("A"))).population, qint64(100000));
        QVERIFY(!in.orgs.at(in.orgIndex(QStringLiteral("B"))).population);
        checkEstimates(in);
        // The portable read path gives the same.
        AnalysisCacheLoader::setPortableReadsOnly(true);
        Result<AnalysisInput> portable = AnalysisCacheLoader::load(cache);
        AnalysisCacheLoader::setPortableReadsOnly(false);
        QVERIFY(portable.ok());
        checkEstimates(portable.take());
    }

    void cliJsonCarriesTheEstimateAndWork()
    {
        const QString path = syncedCache(QStringLiteral("cli"));
        QVERIFY(!path.isEmpty());
        CliRun run = runCli(path, {QStringLiteral("duplication"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonArray caps = run.json().array();
        const QJsonObject library = byKey(caps, QStringLiteral("capability"), QStringLiteral("library-management"));
        QCOMPARE(library.value(QStringLiteral("work")).toString(), QStringLiteral("digital"));
        const QJsonObject est = library.value(QStringLiteral("estimated_saving_gbp")).toObject();
        QVERIFY(near(est.value(QStringLiteral("central")).toDouble(), 26900.0));
        QVERIFY(near(est.value(QStringLiteral("low")).toDouble(), 8750.0 + 0.0));
        QCOMPARE(library.value(QStringLiteral("estimate_unknown_organisations")).toInt(), 1);
        const QJsonObject assessment = byKey(caps, QStringLiteral("capability"), QStringLiteral("assessment"));
        QCOMPARE(assessment.value(QStringLiteral("work")).toString(), QStringLiteral("people"));
        QVERIFY(assessment.value(QStringLiteral("estimated_saving_gbp")).isNull());
        QCOMPARE(assessment.value(QStringLiteral("saving_gbp")).toDouble(), 612000.0);

        run = runCli(path, {QStringLiteral("savings"), QStringLiteral("A"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QJsonObject savings = run.json().object();
        QVERIFY(near(savings.value(QStringLiteral("estimated_saving_gbp")).toObject().value(QStringLiteral("central")).toDouble(),
                     61400.0));
        const QJsonObject care = byKey(savings.value(QStringLiteral("opportunities")).toArray(),
                                       QStringLiteral("capability"), QStringLiteral("assessment"));
        QCOMPARE(care.value(QStringLiteral("work")).toString(), QStringLiteral("people"));
        QVERIFY(care.value(QStringLiteral("estimated_saving_gbp")).isNull());
        QCOMPARE(care.value(QStringLiteral("estimate_status")).toString(), QStringLiteral("people-work"));

        // B: every estimate unknown, so the total is null with 3 unknown, never £0.
        run = runCli(path, {QStringLiteral("savings"), QStringLiteral("B"), QStringLiteral("--json")});
        savings = run.json().object();
        QVERIFY(savings.value(QStringLiteral("estimated_saving_gbp")).isNull());
        QCOMPARE(savings.value(QStringLiteral("estimate_unknown")).toInt(), 3);
        for (const QJsonValue &v : savings.value(QStringLiteral("opportunities")).toArray())
            QVERIFY(v.toObject().value(QStringLiteral("estimated_saving_gbp")).isNull());
    }

    void publicValueUsesReportedCostAndNeverRanksUnknownCost()
    {
        // Libraries at three councils with the same value inputs and volume: A mapped at
        // £100,000, B unmapped with £5.14m reported, C neither mapped nor reporting.
        QMap<QString, double> value{{QStringLiteral("outcome"), 0.5}};
        Service a = service("library", "Libraries", 10000, {bespokeBrick(QStringLiteral("lms"), QStringLiteral("library-management"), 100000)});
        a.lgsl = 1;
        a.value = value;
        Service b = service("library", "Libraries", 10000, {});
        b.lgsl = 1;
        b.value = value;
        b.reportedCostGbp = 5140000.0;
        Service c = service("library", "Libraries", 10000, {});
        c.lgsl = 1;
        c.value = {{QStringLiteral("outcome"), 0.9}};
        const AnalysisInput in = AnalysisInput::fromOrganisations(
            estimateCatalogue(), {org("A", "Alpha Council", 1000, {a}), org("B", "Leeds", 1000, {b}),
                                  org("C", "Gamma Council", 1000, {c})});
        const ValueRanking r = PublicValue::compute(in, ValueWeights::defaults());
        QCOMPARE(r.services.size(), 3);
        // cpt A = £10, B = £514; median £262; E(A) = 262/272, E(B) = 262/776.
        const ServiceValue &first = r.services.at(0);
        const ServiceValue &second = r.services.at(1);
        QCOMPARE(in.orgs.at(in.services.at(first.service).org).code, QStringLiteral("A"));
        QCOMPARE(first.costBasis, CostBasis::Mapped);
        QCOMPARE(*first.cost, 100000.0);
        QCOMPARE(in.orgs.at(in.services.at(second.service).org).code, QStringLiteral("B"));
        QCOMPARE(second.costBasis, CostBasis::Reported);
        QCOMPARE(*second.cost, 5140000.0);
        QVERIFY(near(*second.economy, 262.0 / (262.0 + 514.0)));
        QVERIFY(near(*second.pvi, 100.0 * (0.7 * 0.5 + 0.3 * 262.0 / 776.0)));
        // C: the best inputs, but its cost is unknown: not ranked, not "£0".
        const ServiceValue &last = r.services.at(2);
        QCOMPARE(last.costBasis, CostBasis::Unknown);
        QVERIFY(!last.pvi);
        QVERIFY(!last.cost);

        const QJsonObject json = analysisjson::value(in, r, ValueWeights::defaults(), -1);
        const QJsonArray rows = json.value(QStringLiteral("services")).toArray();
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("cost_basis")).toString(), QStringLiteral("reported"));
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("org_name")).toString(), QStringLiteral("Leeds"));
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("cost_basis")).toString(), QStringLiteral("mapped"));
        QCOMPARE(rows.at(2).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("unknown cost"));
        QVERIFY(rows.at(2).toObject().value(QStringLiteral("cost_gbp")).isNull());
    }

    void similarityNeedsTwoMappedOrganisations()
    {
        // Three councils run libraries; only A has mapped it into bricks.
        Service mapped = service("library", "Libraries", 1000, {bespokeBrick(QStringLiteral("lms"), QStringLiteral("library-management"), 100)});
        mapped.lgsl = 1;
        Service unmapped = service("library", "Libraries", 1000, {});
        unmapped.lgsl = 1;
        unmapped.reportedCostGbp = 5000.0;
        QList<Organisation> orgs{org("A", "Alpha", 1, {mapped}), org("B", "Beta", 1, {unmapped}), org("C", "Gamma", 1, {unmapped})};
        AnalysisInput in = AnalysisInput::fromOrganisations(estimateCatalogue(), orgs);
        ServiceSimilarity s = ProcessSimilarity::compute(in, QStringLiteral("lgsl:1"));
        QCOMPARE(s.members.size(), 3);
        QCOMPARE(s.mappedOrganisations, 1);
        QVERIFY(!s.comparable());
        QJsonObject json = analysisjson::similarity(in, s);
        QCOMPARE(json.value(QStringLiteral("status")).toString(),
                 QStringLiteral("not enough mapped organisations to compare"));
        for (const QJsonValue &m : json.value(QStringLiteral("organisations")).toArray())
            QVERIFY(m.toObject().value(QStringLiteral("distance")).isNull());

        // A second mapped organisation makes it comparable; the unmapped one still has no
        // distance and does not make the playlist.
        orgs[1] = org("B", "Beta", 1, {mapped});
        in = AnalysisInput::fromOrganisations(estimateCatalogue(), orgs);
        s = ProcessSimilarity::compute(in, QStringLiteral("lgsl:1"));
        QVERIFY(s.comparable());
        QCOMPARE(s.playlist, QStringList{QStringLiteral("library-management")});
        QCOMPARE(s.playlistOrganisations, 2);
        json = analysisjson::similarity(in, s);
        QVERIFY(!json.contains(QStringLiteral("status")));
        const QJsonObject c = byKey(json.value(QStringLiteral("organisations")).toArray(), QStringLiteral("org"), QStringLiteral("C"));
        QVERIFY(c.value(QStringLiteral("distance")).isNull());
        QCOMPARE(c.value(QStringLiteral("mapped")).toBool(), false);
        const QJsonObject a = byKey(json.value(QStringLiteral("organisations")).toArray(), QStringLiteral("org"), QStringLiteral("A"));
        QCOMPARE(a.value(QStringLiteral("distance")).toDouble(), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestEstimate)
#include "tst_estimate.moc"
