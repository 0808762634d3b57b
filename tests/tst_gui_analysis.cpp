// The analysis widgets on their own, offscreen: what they show, their drill-down, and that
// edits to assumptions and weights update the figures live.
#include "core/analysis/analysismodels.h"
#include "core/cache/cache.h"
#include "core/cache/cachewriter.h"
#include "core/models/format.h"
#include "tests/support/analysisfixture.h"
#include "tests/support/clirunner.h"
#include "tests/support/testenv.h"
#include "ui/analysis/analysisplot.h"
#include "ui/analysis/duplicationview.h"
#include "ui/analysis/scenariopanel.h"
#include "ui/analysis/similarityview.h"
#include "ui/analysis/valuerankingview.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSlider>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace livedna;
using namespace livedna::test;

class TestGuiAnalysis : public QObject
{
    Q_OBJECT

private:
    AnalysisInputPtr m_input;

    static QStringList tickLabels(QCPAxis *axis)
    {
        QVector<double> ticks;
        QVector<QString> labels;
        axis->ticker()->generate(axis->range(), QLocale(), QLatin1Char('f'), 0, ticks, nullptr, &labels);
        return QStringList(labels.begin(), labels.end());
    }

    static QString allLabels(QWidget *w)
    {
        QString text;
        for (QLabel *l : w->findChildren<QLabel *>())
            text += l->text() + QLatin1Char('\n');
        return text;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_input = std::make_shared<const AnalysisInput>(AnalysisInput::fromOrganisations(analysisCatalogue(), analysisOrganisations()));
    }

    void duplicationViewChartAndDrillDown()
    {
        DuplicationView view(m_input);
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.capabilityModel()->rowCount(), 7);
        // The headline is the estimate as a range; assessment (people's work) is left out
        // and said to be; the version 1 index stays, for comparison.
        QVERIFY(allLabels(&view).contains(QStringLiteral("Estimated saving")));
        QCOMPARE(view.index()->totalEstimatedSaving().central, 94800.0);
        QVERIFY(allLabels(&view).contains(analysismodel::moneyRange(view.index()->totalEstimatedSaving())));
        QVERIFY(allLabels(&view).contains(QStringLiteral("People's work is not a saving")));
        QVERIFY(allLabels(&view).contains(analysismodel::money(164800)));
        // One bar per capability with a positive estimate (case-management, forms), with its range.
        QCOMPARE(view.chart()->plottableCount(), 2);
        auto *bars = qobject_cast<QCPBars *>(view.chart()->plottable(0));
        QVERIFY(bars);
        QCOMPARE(bars->data()->size(), 2);
        QCOMPARE(bars->data()->at(0)->value, 94000.0); // pounds, labelled by Format
        // Capabilities by name down the side, money across in the one vocabulary (issue 13:
        // ids and "0 10000 20000 … £ thousand a year").
        const QStringList sideLabels = tickLabels(view.chart()->yAxis);
        QCOMPARE(sideLabels, QStringList({QStringLiteral("Manage cases"), QStringLiteral("Online forms")}));
        const QStringList moneyLabels = tickLabels(view.chart()->xAxis);
        QVERIFY2(moneyLabels.size() >= 3 && moneyLabels.contains(QStringLiteral("£0")) && moneyLabels.contains(QStringLiteral("£20k")),
                 qPrintable(moneyLabels.join(QLatin1Char(' '))));
        QVERIFY(!view.chart()->xAxis->label().contains(QStringLiteral("thousand")));
        // The capability table shows names; the id column is hidden, the id in the tooltip.
        QTableView *capTable = nullptr;
        for (QTableView *t : view.findChildren<QTableView *>())
            capTable = t->accessibleName() == QStringLiteral("Duplication by capability") ? t : capTable;
        QVERIFY(capTable);
        QVERIFY(capTable->isColumnHidden(DuplicationModel::CapabilityColumn));
        QVERIFY(!capTable->isColumnHidden(DuplicationModel::NameColumn));
        QCOMPARE(capTable->horizontalHeader()->visualIndex(DuplicationModel::NameColumn), 1); // first shown
        QCOMPARE(view.capabilityModel()->index(0, DuplicationModel::NameColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("case-management"));
        QVERIFY(qobject_cast<QCPErrorBars *>(view.chart()->plottable(1)));

        view.selectCapability(QStringLiteral("case-management"));
        QCOMPARE(view.organisationModel()->rowCount(), 3);
        QVERIFY(allLabels(&view).contains(QStringLiteral("case.commons")));
        view.selectOrganisationRow(0);
        QCOMPARE(view.instanceModel()->rowCount(), 2);

        view.selectCapability(QStringLiteral("scheduling"));
        QCOMPARE(view.organisationModel()->rowCount(), 2);
        QCOMPARE(view.instanceModel()->rowCount(), 0);
        QVERIFY(allLabels(&view).contains(QStringLiteral("lacks a brick")));

        // One organisation's opportunities, ranked, with their instances.
        QVERIFY(view.showOrganisation(QStringLiteral("A")));
        QCOMPARE(view.organisationModel()->rowCount(), 3);
        QCOMPARE(view.organisationModel()->index(0, OrgFigureModel::CapabilityColumn).data().toString(),
                 QStringLiteral("Manage cases"));
        QCOMPARE(view.organisationModel()->index(0, OrgFigureModel::CapabilityColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("case-management"));
        QVERIFY(allLabels(&view).contains(analysismodel::money(164000)));
        view.selectOrganisationRow(1);
        QCOMPARE(view.instanceModel()->rowCount(), 1);
        QVERIFY(!view.showOrganisation(QStringLiteral("nobody")));

        // Sorting by clicking a header keeps the drill-down on the right capability.
        auto *table = view.findChildren<QTableView *>().first();
        table->sortByColumn(DuplicationModel::BespokeGbpColumn, Qt::AscendingOrder);
        view.selectCapability(QStringLiteral("assessment"));
        QCOMPARE(view.organisationModel()->rowCount(), 1);
        QVERIFY(allLabels(&view).contains(QStringLiteral("Assess needs is people's work")));
        QCOMPARE(view.organisationModel()->index(0, OrgFigureModel::EstimateColumn).data().toString(),
                 QStringLiteral("none: people's work"));
        QCOMPARE(view.organisationModel()->index(0, OrgFigureModel::OrgColumn).data().toString(), QStringLiteral("A"));
        const QString shot = qEnvironmentVariable("LIVEDNA_SHOT_DIR");
        if (!shot.isEmpty())
            view.grab().save(shot + QStringLiteral("/duplication.png"));
    }

    void scenarioPanelIsEditable()
    {
        ScenarioPanel panel(m_input);
        panel.resize(1000, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        ScenarioModel *m = panel.model();
        QCOMPARE(m->rowCount(), 3);
        // Every default post cost shows its source.
        for (QDoubleSpinBox *spin : panel.findChildren<QDoubleSpinBox *>())
            QVERIFY(!spin->toolTip().isEmpty());
        panel.setRealisedShare(1.0);
        panel.setPostCost(1, 41200.0);
        QCOMPARE(m->assumptions().realisedShare, 1.0);
        QCOMPARE(m->lines().last().realisedGbp, 164800.0);
        QCOMPARE(m->lines().last().posts.at(1), 4.0);
        QVERIFY(allLabels(&panel).contains(QStringLiteral("100%")));
        // The headline uses the estimate (£94,800 central, assessment left out), as ranges.
        QCOMPARE(m->lines().last().estimateGbp.central, 94800.0);
        QCOMPARE(m->lines().last().postRanges.at(1).central, 94800.0 / 41200.0);
        QVERIFY2(panel.headlineText().contains(analysismodel::money(94800)), qPrintable(panel.headlineText()));
        QVERIFY(!panel.headlineText().contains(analysismodel::money(164800)));
        QVERIFY(panel.headlineText().contains(QStringLiteral("2.3 (")));
        panel.findChild<QSlider *>()->setValue(25);
        QCOMPARE(m->lines().last().realisedGbp, 41200.0);
        // Beside the published claims, with the coverage first: every fixture organisation
        // has bricks; the councils' estimate is the scenario's own council line.
        RollupModel *r = panel.rollupModel();
        QCOMPARE(r->rowCount(), 3);
        QVERIFY2(panel.coverageText().contains(QStringLiteral("3 of its 3 organisations")), qPrintable(panel.coverageText()));
        QCOMPARE(r->index(0, RollupModel::ClaimPerOrganisationColumn).data().toString(), QStringLiteral("£14.7m"));
        // Post costs read as every exact figure does: "£48,700", not "£48700" (issue 13).
        QDoubleSpinBox *post = panel.findChildren<QDoubleSpinBox *>().at(0);
        post->setValue(48700.0);
        QCOMPARE(post->text(), QStringLiteral("£48,700"));
        QCOMPARE(post->text(), Format::gbpFull(48700.0));
        QCOMPARE(r->rollup().councils.estimatedSavingGbp->central, m->lines().first().estimateGbp.central);
        QCOMPARE(r->index(0, RollupModel::MappedOrganisationsColumn).data().toString(), QStringLiteral("2 of 2"));
        const QString shot = qEnvironmentVariable("LIVEDNA_SHOT_DIR");
        if (!shot.isEmpty())
            panel.grab().save(shot + QStringLiteral("/scenario.png"));
    }

    void valueRankingUpdatesLive()
    {
        ValueRankingView view(m_input);
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ValueRankingModel *m = view.serviceModel();
        QCOMPARE(m->index(0, ValueRankingModel::OrgColumn).data().toString(), QStringLiteral("Council B"));
        QCOMPARE(m->index(4, ValueRankingModel::PviColumn).data().toString(), PublicValue::noInputsText());
        QCOMPARE(m->index(5, ValueRankingModel::PviColumn).data().toString(), PublicValue::unknownCostText());
        // Editing the spin boxes (the last two are quality and economy) re-ranks at once.
        const QList<QDoubleSpinBox *> spins = view.findChildren<QDoubleSpinBox *>();
        QCOMPARE(spins.size(), 5);
        spins.at(3)->setValue(0.0);
        spins.at(4)->setValue(1.0);
        // Records has no cost (no bricks, none reported): it never leads on economy as "£0".
        QVERIFY(m->index(0, ValueRankingModel::NameColumn).data().toString() != QStringLiteral("Records"));
        QCOMPARE(view.organisationModel()->weights().economyWeight, 1.0);
        const QString shot = qEnvironmentVariable("LIVEDNA_SHOT_DIR");
        if (!shot.isEmpty())
            view.grab().save(shot + QStringLiteral("/value.png"));
    }

    void similarityViewForAChosenService()
    {
        SimilarityView view(m_input);
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // The most widely provided service is chosen first: LGSL 1111, three organisations.
        QCOMPARE(view.model()->rowCount(), 3);
        QVERIFY(view.showService(QStringLiteral("Payments")));
        QCOMPARE(view.model()->rowCount(), 1);
        // One organisation alone: nothing to compare, no distance, no map.
        QVERIFY(allLabels(&view).contains(QStringLiteral("not enough mapped organisations to compare")));
        QCOMPARE(view.model()->index(0, SimilarityModel::DistanceColumn).data().toString(),
                 ProcessSimilarity::notComparableText());
        QVERIFY(view.showService(QStringLiteral("1111")));
        QCOMPARE(view.model()->rowCount(), 3);
        QVERIFY(!view.showService(QStringLiteral("nothing like it")));
        auto *map = qobject_cast<QCPColorMap *>(view.heatMap()->plottable(0));
        QVERIFY(map);
        QCOMPARE(map->data()->keySize(), 3);
        QCOMPARE(map->data()->cell(1, 1), 1.0);
        QVERIFY(allLabels(&view).contains(QStringLiteral("Standard playlist")));
        view.findChildren<QComboBox *>().at(1)->setCurrentIndex(1); // cost-weighted
        QCOMPARE(map->data()->cell(0, 0), 1.0);
        // A sequential single-hue scale spanning the pairs' own values (issue 13: a rainbow
        // from 0 to 1 painted every cell alike), and organisations by name.
        double lowest = 1.0;
        for (int a = 0; a < 3; ++a)
            for (int b = 0; b < 3; ++b)
                lowest = std::min(lowest, map->data()->cell(a, b));
        QCOMPARE(map->dataRange().lower, lowest);
        QCOMPARE(map->dataRange().upper, 1.0);
        const QColor pale = map->gradient().color(map->dataRange().lower, map->dataRange());
        const QColor dark = map->gradient().color(map->dataRange().upper, map->dataRange());
        QCOMPARE(pale.hue() < 0 || std::abs(pale.hue() - dark.hue()) < 20, true); // one hue
        QVERIFY(pale.lightness() > dark.lightness() + 100);                        // light to dark
        const QStringList names = tickLabels(view.heatMap()->xAxis);
        QVERIFY2(names.contains(QStringLiteral("Council B")), qPrintable(names.join(QLatin1Char('|'))));
        // The table names organisations too; codes are in tooltips.
        auto *table = view.findChild<QTableView *>();
        QVERIFY(table->isColumnHidden(SimilarityModel::OrgColumn));
        QCOMPARE(view.model()->index(0, SimilarityModel::OrgNameColumn).data(Qt::ToolTipRole).toString(),
                 view.model()->index(0, SimilarityModel::OrgColumn).data().toString());
        const QString shot = qEnvironmentVariable("LIVEDNA_SHOT_DIR");
        if (!shot.isEmpty())
            view.grab().save(shot + QStringLiteral("/similarity.png"));
    }

    void duplicationViewAgreesWithTheCliOnTheDemo()
    {
        if (cliPath().isEmpty() || !QFile::exists(cliPath()))
            QSKIP("LIVEDNA_CLI does not name a built livedna-cli; run through ctest");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        const CliRun sync = runCli(path, {QStringLiteral("sync"), QStringLiteral("demo")});
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.describe()));
        const CliRun dup = runCli(path, {QStringLiteral("duplication"), QStringLiteral("--json")});
        QVERIFY2(dup.exitCode == 0, qPrintable(dup.describe()));
        const QJsonArray expected = dup.json().array();
        Cache cache;
        QVERIFY(cache.open(path).ok);
        DuplicationView view(&cache);
        view.resize(1500, 950);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.capabilityModel()->rowCount(), int(expected.size()));
        for (int r = 0; r < expected.size(); ++r) {
            const QJsonObject o = expected.at(r).toObject();
            const CapabilityDuplication *c = view.capabilityModel()->capabilityAt(r);
            QCOMPARE(c->capabilityId, o.value(QStringLiteral("capability")).toString());
            QCOMPARE(c->savingGbp.has_value(), !o.value(QStringLiteral("saving_gbp")).isNull());
            if (c->savingGbp)
                QCOMPARE(*c->savingGbp, o.value(QStringLiteral("saving_gbp")).toDouble());
        }
        view.selectCapability(expected.first().toObject().value(QStringLiteral("capability")).toString());
        view.selectOrganisationRow(0);
        QVERIFY(view.instanceModel()->rowCount() > 0);
        const QString shot = qEnvironmentVariable("LIVEDNA_SHOT_DIR");
        if (!shot.isEmpty())
            view.grab().save(shot + QStringLiteral("/duplication-demo.png"));
    }

    void viewsFromACache()
    {
        QTemporaryDir dir;
        Cache cache;
        QVERIFY(cache.open(dir.filePath(QStringLiteral("c.sqlite"))).ok);
        // Empty cache: every view says why it has nothing, and nothing crashes.
        {
            DuplicationView d(&cache);
            QVERIFY(allLabels(&d).contains(QStringLiteral("no commons")));
            ScenarioPanel s(&cache);
            ValueRankingView v(&cache);
            SimilarityView m(&cache);
            QCOMPARE(m.model()->rowCount(), 0);
            DuplicationView none(static_cast<Cache *>(nullptr));
            QVERIFY(allLabels(&none).contains(QStringLiteral("No cache")));
        }
        const Catalogue cat = analysisCatalogue();
        {
            CacheWriter w(cache.database());
            QVERIFY(w.begin().ok);
            CommonsIndex idx;
            idx.commons = QStringLiteral("fixture");
            idx.title = QStringLiteral("Fixture");
            idx.version = 1;
            idx.published = QDateTime::currentDateTimeUtc();
            const Result<qint64> ref = w.upsertCommons(idx, QStringLiteral("test"), QStringLiteral("ab").repeated(32),
                                                       QDateTime::currentDateTimeUtc());
            QVERIFY(ref.ok());
            QVERIFY(w.replaceCatalogue(ref.value(), cat).ok);
            for (const Organisation &o : analysisOrganisations())
                QVERIFY(w.insertOrganisation(ref.value(), o, cat, QStringLiteral("orgs/%1.json").arg(o.code)).ok);
            QVERIFY(w.commit().ok);
        }
        DuplicationView d(&cache);
        QCOMPARE(d.capabilityModel()->rowCount(), 7);
        QCOMPARE(d.index()->totalSavingGbp(), 164800.0);
        SimilarityView s(&cache);
        QCOMPARE(s.model()->rowCount(), 3);
    }
};

QTEST_MAIN(TestGuiAnalysis)
#include "tst_gui_analysis.moc"
