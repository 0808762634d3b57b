// The analysis item models: QAbstractItemModelTester on each, numeric sorting through
// SortRole with missing figures last, and the live PVI ranking.
#include "core/analysis/analysismodels.h"
#include "tests/support/analysisfixture.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace livedna;
using namespace livedna::test;

class TestAnalysisModels : public QObject
{
    Q_OBJECT

private:
    AnalysisInputPtr m_input;
    DuplicationIndexPtr m_index;

private Q_SLOTS:
    void initTestCase()
    {
        m_input = std::make_shared<const AnalysisInput>(AnalysisInput::fromOrganisations(analysisCatalogue(), analysisOrganisations()));
        m_index = std::make_shared<const DuplicationIndex>(computeDuplication(*m_input));
    }

    void duplicationModel()
    {
        DuplicationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAnalysis(m_input, m_index);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.columnCount(), int(DuplicationModel::ColumnCount));
        QCOMPARE(model.index(0, DuplicationModel::CapabilityColumn).data().toString(), QStringLiteral("case-management"));
        QCOMPARE(model.index(0, DuplicationModel::SavingColumn).data(analysismodel::SortRole).toDouble(), 94000.0);
        QVERIFY(model.index(0, DuplicationModel::SavingColumn).data().toString().contains(QStringLiteral("94")));
        // "scheduling" has no brick: the saving cell says so and the tooltip names who benefits.
        QModelIndex sched;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, 0).data().toString() == QLatin1String("scheduling"))
                sched = model.index(r, DuplicationModel::SavingColumn);
        }
        QVERIFY(sched.isValid());
        QVERIFY(!sched.data().toString().isEmpty());
        QVERIFY(sched.data(Qt::ToolTipRole).toString().contains(QStringLiteral("2")));

        // Ascending numeric sort on saving: missing savings first, then 0, 0, 800, 70000, 94000.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(analysismodel::SortRole);
        proxy.sort(DuplicationModel::SavingColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("case-management"));
        QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("assessment"));
        QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("forms"));
        const QString last = proxy.index(6, 0).data().toString();
        QVERIFY(last == QLatin1String("scheduling") || last == QLatin1String("idle"));
        proxy.sort(DuplicationModel::BespokeGbpColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("case-management")); // 144000 > 120000
        model.setAnalysis(nullptr, nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void drillDownModels()
    {
        OrgFigureModel orgs;
        InstanceModel instances;
        QAbstractItemModelTester t1(&orgs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&instances, QAbstractItemModelTester::FailureReportingMode::QtTest);
        orgs.setAnalysis(m_input, m_index);
        orgs.showCapability(QStringLiteral("case-management"));
        QCOMPARE(orgs.rowCount(), 3);
        QCOMPARE(orgs.index(0, OrgFigureModel::OrgColumn).data().toString(), QStringLiteral("A"));
        QCOMPARE(orgs.index(0, OrgFigureModel::BespokeInstancesColumn).data().toInt(), 2);
        const OrgCapabilityFigure *f = orgs.figureAt(0);
        instances.setInstances(m_input, f->instances);
        QCOMPARE(instances.rowCount(), 2);
        double sum = 0.0;
        for (int r = 0; r < instances.rowCount(); ++r)
            sum += instances.index(r, InstanceModel::CostColumn).data(analysismodel::SortRole).toDouble();
        QCOMPARE(sum, 114000.0);
        QCOMPARE(instances.index(0, InstanceModel::KindColumn).data().toString(), QStringLiteral("bespoke"));

        orgs.showOrganisation(m_input->orgIndex(QStringLiteral("B")));
        QCOMPARE(orgs.rowCount(), 3);
        QCOMPARE(orgs.index(0, OrgFigureModel::CapabilityColumn).data().toString(), QStringLiteral("Online forms"));
        QCOMPARE(orgs.index(2, OrgFigureModel::CapabilityColumn).data().toString(), QStringLiteral("Book appointments"));
        orgs.showCapability(QStringLiteral("no-such"));
        QCOMPARE(orgs.rowCount(), 0);
    }

    void valueRankingIsLive()
    {
        ValueRankingModel services(ValueRankingModel::Mode::Services);
        ValueRankingModel orgs(ValueRankingModel::Mode::Organisations);
        QAbstractItemModelTester t1(&services, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&orgs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        services.setInput(m_input);
        orgs.setInput(m_input);
        QCOMPARE(services.rowCount(), 6);
        QCOMPARE(orgs.rowCount(), 3);
        // Organisations by name (issue 10), the code as the tooltip.
        QCOMPARE(services.index(0, ValueRankingModel::OrgColumn).data().toString(), QStringLiteral("Council B"));
        QCOMPARE(services.index(0, ValueRankingModel::OrgColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("B"));
        // The two services without inputs say so and sort below every score.
        for (int r : {3, 4}) {
            QCOMPARE(services.index(r, ValueRankingModel::PviColumn).data().toString(), PublicValue::noInputsText());
            QVERIFY(services.index(r, ValueRankingModel::PviColumn).data(analysismodel::SortRole).toDouble() < 0.0);
        }
        // C/records states inputs but neither bricks nor a reported cost: unknown cost, not
        // ranked, not "£0".
        QCOMPARE(services.index(5, ValueRankingModel::NameColumn).data().toString(), QStringLiteral("Records"));
        QCOMPARE(services.index(5, ValueRankingModel::PviColumn).data().toString(), PublicValue::unknownCostText());
        QCOMPARE(services.index(5, ValueRankingModel::CostColumn).data().toString(), tr("unknown"));
        // Economy only: C/records would lead with E = 1 were its cost taken as £0; it does
        // not, and A/payments (no volume, so quality alone: 70) leads.
        QSignalSpy reset(&services, &QAbstractItemModel::modelReset);
        ValueWeights w = ValueWeights::defaults();
        w.qualityWeight = 0.0;
        w.economyWeight = 1.0;
        services.setWeights(w);
        QCOMPARE(reset.count(), 1);
        QVERIFY(services.index(0, ValueRankingModel::NameColumn).data().toString() != QStringLiteral("Records"));
        QCOMPARE(services.index(0, ValueRankingModel::PviColumn).data(analysismodel::SortRole).toDouble(), 70.0);
    }

    void similarityAndScenarioModels()
    {
        SimilarityModel sim;
        QAbstractItemModelTester t1(&sim, QAbstractItemModelTester::FailureReportingMode::QtTest);
        sim.setResult(m_input, ProcessSimilarity::compute(*m_input, QStringLiteral("lgsl:1111")));
        QCOMPARE(sim.rowCount(), 3);
        QVERIFY(sim.index(0, SimilarityModel::DistanceColumn).data(analysismodel::SortRole).toDouble() >= 0.0);
        QVERIFY(!sim.index(0, SimilarityModel::CapabilitiesColumn).data().toString().isEmpty());

        ScenarioModel scen;
        QAbstractItemModelTester t2(&scen, QAbstractItemModelTester::FailureReportingMode::QtTest);
        scen.setAnalysis(m_input, m_index);
        QCOMPARE(scen.rowCount(), 3);
        QCOMPARE(scen.columnCount(), int(ScenarioModel::FirstPostColumn) + 4);
        // The estimate leaves out assessment (people's work, £70,000 of the version 1 index).
        QCOMPARE(scen.index(2, ScenarioModel::SavingColumn).data(analysismodel::SortRole).toDouble(), 94800.0);
        QCOMPARE(scen.index(2, ScenarioModel::IndexColumn).data(analysismodel::SortRole).toDouble(), 164800.0);
        QVERIFY(scen.index(2, ScenarioModel::SavingColumn).data().toString().contains(QStringLiteral(" to ")));
        QVERIFY(!scen.headerData(ScenarioModel::FirstPostColumn, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        ScenarioAssumptions a = scen.assumptions();
        a.realisedShare = 1.0;
        a.posts[1].annualCostGbp = 47400.0;
        scen.setAssumptions(a);
        QCOMPARE(scen.index(2, ScenarioModel::FirstPostColumn + 1).data(analysismodel::SortRole).toDouble(), 2.0);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisModels)
#include "tst_analysis_models.moc"
