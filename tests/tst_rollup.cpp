// Issue 10, item 4: this commons' estimate beside the Manifesto for Better Public Services'
// published national claims, with the coverage behind it, on hand-computed figures. The same
// commons is written as a real commons 1.1, synced into a real cache, and read back through
// `livedna-cli scenario --json`, so the JSON contract is pinned end to end; the bundled demo
// is checked against coverage figures computed here straight from its JSON.
#include "core/analysis/analysisinput.h"
#include "core/analysis/analysisjson.h"
#include "core/analysis/analysismodels.h"
#include "core/analysis/scenario.h"
#include "core/analysis/duplication.h"
#include "core/analysis/nationalrollup.h"
#include "core/analysis/rollupmodel.h"
#include "core/cache/cache.h"
#include "tests/support/analysisfixture.h"
#include "tests/support/clirunner.h"
#include "tests/support/commons11.h"
#include "tests/support/synchelpers.h"
#include "tests/support/testenv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace livedna;
using namespace livedna::test;

namespace {

CatalogueBrick pricedBrick(const char *id, const char *capability, double standard, double fixed, double perUnit,
                           PricingUnit unit)
{
    CatalogueBrick b;
    b.id = QLatin1String(id);
    b.name = QLatin1String(id);
    b.capability = QLatin1String(capability);
    b.standardAnnualCostGbp = standard;
    Pricing p;
    p.fixedGbp = fixed;
    p.perUnitGbp = perUnit;
    p.unit = unit;
    b.pricing = p;
    return b;
}

Catalogue rollupCatalogue()
{
    Catalogue c;
    c.capabilities = {
        {QStringLiteral("library-management"), QStringLiteral("Library management system"), Layer::Overhead},
        {QStringLiteral("payments"), QStringLiteral("Take payments"), Layer::Overhead},
        {QStringLiteral("hr"), QStringLiteral("Human resources"), Layer::Overhead},
    };
    c.bricks = {
        pricedBrick("lms.commons", "library-management", 30000, 10000, 0.05, PricingUnit::Resident),
        pricedBrick("payments.pay", "payments", 12000, 0, 0.18, PricingUnit::Transaction),
        pricedBrick("hr.commons", "hr", 8000, 2000, 400, PricingUnit::User),
    };
    c.reindex();
    return c;
}

Service service(const char *id, std::optional<double> volume, std::optional<double> reported,
                QList<BrickInstance> bricks)
{
    Service s;
    s.id = QLatin1String(id);
    s.name = QLatin1String(id);
    s.volume = volume;
    s.reportedCostGbp = reported;
    s.bricks = bricks;
    return s;
}

Organisation org(const char *code, OrgKind kind, std::optional<qint64> population, QList<Service> services)
{
    Organisation o;
    o.code = QLatin1String(code);
    o.name = QLatin1String(code) + QStringLiteral(" name");
    o.kind = kind;
    o.period = QStringLiteral("2023-24");
    o.population = population;
    o.services = services;
    return o;
}

// Councils: A is mapped (a library system above its brick, payments above their reported
// cost, a care service with net income and no bricks); B reports a library it has not
// mapped; C publishes nothing. Trusts: T runs its own HR system (no reported spend), U its
// own payments without a published volume (estimate unknown).
QList<Organisation> rollupOrganisations()
{
    BrickInstance hr = bespokeBrick(QStringLiteral("hr"), QStringLiteral("hr"), 30000);
    hr.fte = 10;
    return {
        org("A", OrgKind::Council, 100000,
            {service("library", 300000, 100000, {bespokeBrick(QStringLiteral("lms"), QStringLiteral("library-management"), 40000)}),
             service("parking", 10000, 50000, {bespokeBrick(QStringLiteral("pay"), QStringLiteral("payments"), 60000)}),
             service("care", std::nullopt, -20000, {})}),
        org("B", OrgKind::Council, 50000, {service("library", std::nullopt, 80000, {})}),
        org("C", OrgKind::Council, std::nullopt, {service("library", std::nullopt, std::nullopt, {})}),
        org("T", OrgKind::NhsTrust, std::nullopt, {service("corporate", std::nullopt, std::nullopt, {hr})}),
        org("U", OrgKind::NhsTrust, std::nullopt,
            {service("outpatients", std::nullopt, std::nullopt, {bespokeBrick(QStringLiteral("pay"), QStringLiteral("payments"), 20000)})}),
    };
}

bool near(double a, double b)
{
    return qAbs(a - b) < 1e-6 * qMax(1.0, qAbs(b));
}

double at(const QJsonObject &o, const char *key, const char *sub = nullptr)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return sub ? v.toObject().value(QLatin1String(sub)).toDouble() : v.toDouble();
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

} // namespace

class TestRollup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    static AnalysisInput input() { return AnalysisInput::fromOrganisations(rollupCatalogue(), rollupOrganisations()); }

    // The hand-computed figures, as a struct or through the JSON of either path.
    static void checkCouncils(const QJsonObject &c)
    {
        QCOMPARE(c.value(QStringLiteral("organisations")).toInt(), 3);
        QCOMPARE(c.value(QStringLiteral("mapped_organisations")).toInt(), 1);
        // Reported, net: 100,000 + 50,000 - 20,000 + 80,000.
        QVERIFY(near(at(c, "reported_gbp"), 210000.0));
        QVERIFY(near(at(c, "mapped_gbp"), 100000.0));
        // Share: positive reported 100,000 + 50,000 + 80,000 = 230,000; mapped within them
        // min(40,000, 100,000) + min(60,000, 50,000) + 0 = 90,000.
        QVERIFY(near(at(c, "mapped_share_basis", "reported_gbp"), 230000.0));
        QVERIFY(near(at(c, "mapped_share_basis", "mapped_gbp"), 90000.0));
        QVERIFY(near(at(c, "mapped_share"), 90000.0 / 230000.0));
        // A's library: brick 10,000 + 0.05 x 100,000 = 15,000 against 40,000 ->
        // 25,000 (8,750 to 28,750). A's payments: 0.18 x 10,000 = 1,800 against 60,000 ->
        // 58,200 (0.5 x (60,000 - 2,700) = 28,650 to 60,000 - 1,350 = 58,650).
        QVERIFY(near(at(c, "estimated_saving_gbp", "central"), 25000.0 + 58200.0));
        QVERIFY(near(at(c, "estimated_saving_gbp", "low"), 8750.0 + 28650.0));
        QVERIFY(near(at(c, "estimated_saving_gbp", "high"), 28750.0 + 58650.0));
        QVERIFY(near(at(c, "estimated_saving_per_mapped_organisation_gbp", "central"), 83200.0));
        QCOMPARE(c.value(QStringLiteral("estimate_unknown")).toInt(), 0);
    }

    static void checkTrusts(const QJsonObject &t)
    {
        QCOMPARE(t.value(QStringLiteral("organisations")).toInt(), 2);
        QCOMPARE(t.value(QStringLiteral("mapped_organisations")).toInt(), 2);
        // No trust reports a cost: reported and share are unknown, never 0.
        QVERIFY(t.value(QStringLiteral("reported_gbp")).isNull());
        QVERIFY(t.value(QStringLiteral("mapped_share")).isNull());
        QVERIFY(near(at(t, "mapped_gbp"), 50000.0));
        // T's HR: 2,000 + 400 x 10 users = 6,000 against 30,000 -> 24,000 (10,500 to
        // 25,500); U's payments have no volume: unknown, counted, not added.
        QVERIFY(near(at(t, "estimated_saving_gbp", "central"), 24000.0));
        QVERIFY(near(at(t, "estimated_saving_gbp", "low"), 10500.0));
        QVERIFY(near(at(t, "estimated_saving_gbp", "high"), 25500.0));
        QCOMPARE(t.value(QStringLiteral("estimate_unknown")).toInt(), 1);
        QVERIFY(near(at(t, "estimated_saving_per_mapped_organisation_gbp", "central"), 12000.0));
    }

    static void checkClaims(const QJsonArray &claims)
    {
        QCOMPARE(claims.size(), 3);
        const QJsonObject councils = claims.at(0).toObject();
        QCOMPARE(councils.value(QStringLiteral("scope")).toString(), QStringLiteral("councils"));
        QCOMPARE(at(councils, "total_gbp"), 5.2e9);
        QCOMPARE(councils.value(QStringLiteral("organisations")).toInt(), 353);
        QVERIFY(near(at(councils, "per_organisation_gbp"), 5.2e9 / 353.0)); // £14.7m each
        QVERIFY(qAbs(at(councils, "per_organisation_gbp") - 14.7e6) < 0.05e6);
        QVERIFY(councils.value(QStringLiteral("source")).toString().contains(QStringLiteral("Manifesto for Better Public Services")));
        const QJsonObject trusts = claims.at(1).toObject();
        QCOMPARE(trusts.value(QStringLiteral("scope")).toString(), QStringLiteral("trusts"));
        QCOMPARE(at(trusts, "total_gbp"), 7.0e9);
        QCOMPARE(trusts.value(QStringLiteral("organisations")).toInt(), 650);
        const QJsonObject all = claims.at(2).toObject();
        QCOMPARE(all.value(QStringLiteral("scope")).toString(), QStringLiteral("public-sector"));
        QCOMPARE(at(all, "total_gbp"), 46.0e9);
        QVERIFY(all.value(QStringLiteral("organisations")).isNull());
        QVERIFY(all.value(QStringLiteral("per_organisation_gbp")).isNull());
    }

    static void checkRollup(const QJsonObject &r)
    {
        checkCouncils(r.value(QStringLiteral("councils")).toObject());
        checkTrusts(r.value(QStringLiteral("trusts")).toObject());
        checkClaims(r.value(QStringLiteral("claims")).toArray());
        const QJsonObject cov = r.value(QStringLiteral("coverage")).toObject();
        QCOMPARE(cov.value(QStringLiteral("organisations")).toInt(), 5);
        QCOMPARE(cov.value(QStringLiteral("mapped_organisations")).toInt(), 3);
        QVERIFY(near(at(cov, "mapped_gbp"), 150000.0));
        QVERIFY(near(at(cov, "estimated_saving_gbp", "central"), 83200.0 + 24000.0));
        QVERIFY(cov.value(QStringLiteral("note")).toString().contains(QStringLiteral("3 of its 5 organisations")));
    }

private Q_SLOTS:
    void handComputedFigures()
    {
        const AnalysisInput in = input();
        const NationalRollup r = NationalRollup::compute(in, computeDuplication(in));
        QVERIFY(r.councils.estimatedSavingGbp);
        QVERIFY(near(*r.councils.mappedShare, 90000.0 / 230000.0));
        checkRollup(analysisjson::rollup(r));
    }

    void nothingMappedHasNoEstimate()
    {
        // Only B and C: reported spend, no bricks. The estimate is unknown (null), the
        // share 0%, and the sentence says there is nothing to set beside the claim.
        QList<Organisation> orgs = rollupOrganisations().mid(1, 2);
        const AnalysisInput in = AnalysisInput::fromOrganisations(rollupCatalogue(), orgs);
        const NationalRollup r = NationalRollup::compute(in, computeDuplication(in));
        QCOMPARE(r.councils.mappedOrganisations, 0);
        QVERIFY(!r.councils.estimatedSavingGbp);
        QVERIFY(!r.councils.perMappedOrganisationGbp);
        QCOMPARE(*r.councils.mappedShare, 0.0);
        QCOMPARE(*r.councils.reportedGbp, 80000.0);
        const QJsonObject j = analysisjson::rollup(r);
        QVERIFY(j.value(QStringLiteral("councils")).toObject().value(QStringLiteral("estimated_saving_gbp")).isNull());
        QVERIFY(j.value(QStringLiteral("trusts")).toObject().value(QStringLiteral("estimated_saving_gbp")).isNull());
        const QString note = NationalRollup::coverageSentence(r.councils, r.claimFor(QStringLiteral("councils")));
        QVERIFY2(note.contains(QStringLiteral("0 of its 2 councils")) && note.contains(QStringLiteral("0.0%")) &&
                     note.contains(QStringLiteral("353")) && note.contains(QStringLiteral("no estimate")),
                 qPrintable(note));

        // The scenario's lines say "no estimate", never "£0 (£0 to £0)", and its JSON is null.
        const DuplicationIndex index = computeDuplication(in);
        const QList<ScenarioLine> lines = FrontlineScenario::rollUp(in, index, ScenarioAssumptions::defaults());
        QVERIFY(!lines.isEmpty());
        QVERIFY(!lines.last().hasEstimate());
        ScenarioModel model;
        model.setAnalysis(std::make_shared<const AnalysisInput>(in), std::make_shared<const DuplicationIndex>(index));
        const int last = model.rowCount() - 1;
        QCOMPARE(model.index(last, ScenarioModel::SavingColumn).data().toString(), QStringLiteral("no estimate"));
        QCOMPARE(model.index(last, ScenarioModel::RealisedColumn).data().toString(), QStringLiteral("no estimate"));
        const QJsonObject sj = analysisjson::scenario(lines, ScenarioAssumptions::defaults());
        const QJsonArray rows = sj.value(QStringLiteral("roll_up")).toArray();
        QVERIFY(!rows.isEmpty());
        for (const QJsonValue &row : rows)
            QVERIFY(row.toObject().value(QStringLiteral("estimated_saving_gbp")).isNull());
    }

    void modelShowsBothSides()
    {
        const auto in = std::make_shared<const AnalysisInput>(input());
        const auto idx = std::make_shared<const DuplicationIndex>(computeDuplication(*in));
        RollupModel m;
        m.setAnalysis(in, idx);
        QCOMPARE(m.rowCount(), 3);
        auto cell = [&m](int row, int col) { return m.index(row, col).data().toString(); };
        QCOMPARE(cell(0, RollupModel::MappedOrganisationsColumn), QStringLiteral("1 of 3"));
        QCOMPARE(cell(1, RollupModel::MappedShareColumn), QStringLiteral("unknown: no reported spend"));
        QVERIFY(cell(0, RollupModel::EstimateColumn).contains(QStringLiteral("£83.2k")));
        QVERIFY(cell(1, RollupModel::EstimateColumn).contains(QStringLiteral("+ 1 unknown")));
        QVERIFY(cell(0, RollupModel::ClaimColumn).contains(QStringLiteral("£5.2bn")));
        QVERIFY(cell(0, RollupModel::ClaimColumn).contains(QStringLiteral("353")));
        QCOMPARE(cell(0, RollupModel::ClaimPerOrganisationColumn), QStringLiteral("£14.7m"));
        QCOMPARE(cell(2, RollupModel::ClaimColumn), QStringLiteral("£46bn"));
        QVERIFY(cell(2, RollupModel::ClaimSourceColumn).contains(QStringLiteral("Manifesto")));
    }

    // The same commons through a real cache and the real binary's JSON.
    void cliJson()
    {
        if (cliPath().isEmpty() || !QFile::exists(cliPath()))
            QSKIP("LIVEDNA_CLI does not name a built livedna-cli; run through ctest");
        Commons11 commons;
        commons.commons = QStringLiteral("rollup");
        commons.catalogue = rollupCatalogue();
        for (const Organisation &o : rollupOrganisations())
            commons.documents.append({QStringLiteral("orgs/%1.json").arg(o.code), o});
        const QString dir = m_tmp.filePath(QStringLiteral("rollup"));
        const QString error = commons.writeTo(dir);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString cache = m_tmp.filePath(QStringLiteral("rollup.sqlite"));
        QVERIFY2(runCli(cache, {QStringLiteral("sync"), dir}).exitCode == 0, "sync failed");
        const CliRun sc = runCli(cache, {QStringLiteral("scenario"), QStringLiteral("--json")});
        QVERIFY2(sc.exitCode == 0, qPrintable(sc.describe()));
        checkRollup(sc.json().object().value(QStringLiteral("rollup")).toObject());
        // One organisation's scenario has no national roll-up.
        const CliRun one = runCli(cache, {QStringLiteral("scenario"), QStringLiteral("A"), QStringLiteral("--json")});
        QVERIFY2(one.exitCode == 0, qPrintable(one.describe()));
        QVERIFY(!one.json().object().contains(QStringLiteral("rollup")));
        const CliRun text = runCli(cache, {QStringLiteral("scenario")});
        QVERIFY(text.out.contains(QStringLiteral("Manifesto for Better Public Services")));
        QVERIFY(text.out.contains(QStringLiteral("1 of its 3 councils")));
    }

    // The demo: coverage computed here straight from its JSON, independently of the code.
    void demoCoverage()
    {
        if (cliPath().isEmpty() || !QFile::exists(cliPath()))
            QSKIP("LIVEDNA_CLI does not name a built livedna-cli; run through ctest");
        int councils = 0, mappedCouncils = 0;
        double reported = 0.0, mapped = 0.0, shareReported = 0.0, shareMapped = 0.0;
        for (const QString &file : QDir(QStringLiteral(":/demo/orgs")).entryList({QStringLiteral("*.json")})) {
            const QJsonObject doc = readJson(QStringLiteral(":/demo/orgs/") + file);
            if (doc.value(QStringLiteral("organisation")).toObject().value(QStringLiteral("kind")).toString() != QLatin1String("council"))
                continue;
            ++councils;
            double orgMapped = 0.0;
            for (const QJsonValue &sv : doc.value(QStringLiteral("services")).toArray()) {
                const QJsonObject s = sv.toObject();
                double m = 0.0;
                for (const QJsonValue &b : s.value(QStringLiteral("bricks")).toArray())
                    m += b.toObject().value(QStringLiteral("annual_cost_gbp")).toDouble();
                orgMapped += m;
                if (s.contains(QStringLiteral("reported_cost_gbp"))) {
                    const double r = s.value(QStringLiteral("reported_cost_gbp")).toDouble();
                    reported += r;
                    if (r > 0.0) {
                        shareReported += r;
                        shareMapped += std::min(m, r);
                    }
                }
            }
            mapped += orgMapped;
            mappedCouncils += orgMapped > 0.0 ? 1 : 0;
        }
        const QString cache = m_tmp.filePath(QStringLiteral("demo.sqlite"));
        QVERIFY(runCli(cache, {QStringLiteral("sync"), QStringLiteral("demo")}).exitCode == 0);
        const CliRun sc = runCli(cache, {QStringLiteral("scenario"), QStringLiteral("--json")});
        QVERIFY2(sc.exitCode == 0, qPrintable(sc.describe()));
        const QJsonObject json = sc.json().object();
        const QJsonObject c = json.value(QStringLiteral("rollup")).toObject().value(QStringLiteral("councils")).toObject();
        QCOMPARE(c.value(QStringLiteral("organisations")).toInt(), councils);
        QCOMPARE(c.value(QStringLiteral("mapped_organisations")).toInt(), mappedCouncils);
        QVERIFY(near(at(c, "reported_gbp"), reported));
        QVERIFY(near(at(c, "mapped_gbp"), mapped));
        QVERIFY(near(at(c, "mapped_share"), shareMapped / shareReported));
        // The councils' estimate is the scenario's own "All councils" line, never more.
        const QJsonObject line = json.value(QStringLiteral("roll_up")).toArray().at(0).toObject();
        QCOMPARE(line.value(QStringLiteral("group")).toString(), QStringLiteral("council"));
        QVERIFY(near(at(c, "estimated_saving_gbp", "central"), at(line, "estimated_saving_gbp", "central")));
        QVERIFY(near(at(c, "estimated_saving_gbp", "high"), at(line, "estimated_saving_gbp", "high")));
    }
};

QTEST_GUILESS_MAIN(TestRollup)
#include "tst_rollup.moc"
