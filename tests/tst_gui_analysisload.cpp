// The analysis views load off the GUI thread (issue 10 item 8): they open at once, empty and
// busy, and fill when a worker thread with its own read-only connection has read the cache's
// summary; a drill-down reads one figure's instances on demand; results of a load made stale
// by a newer one (or a sync) are dropped; closing the window mid-load is safe. A generated
// commons synced into a real SQLite file.
#include "bench/commonsgenerator.h"
#include "core/analysis/analysiscacheloader.h"
#include "core/cache/cache.h"
#include "core/sync/syncer.h"
#include "ui/analysis/analysisloader.h"
#include "ui/analysis/duplicationview.h"
#include "ui/analysis/scenariopanel.h"
#include "ui/analysis/similarityview.h"
#include "ui/analysis/valuerankingview.h"
#include "ui/mainwindow.h"
#include "ui/workspacewiring.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

using namespace livedna;

class TestGuiAnalysisLoad : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cachePath;

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto cache = std::make_unique<Cache>();
        const Status st = cache->open(m_cachePath);
        if (!st)
            qWarning("%s", qPrintable(st.error));
        auto w = std::make_unique<MainWindow>(std::move(cache));
        w->show();
        return w;
    }

    static void settle()
    {
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        qputenv("LIVEDNA_DRAFTS", m_dir.filePath(QStringLiteral("drafts.sqlite")).toUtf8());
        bench::GeneratorOptions o;
        o.organisations = 40;
        o.services = 40;
        o.bricksPerService = 8;
        const QString commons = m_dir.filePath(QStringLiteral("commons"));
        QVERIFY(bench::generateCommons(commons, o) > 0);
        m_cachePath = m_dir.filePath(QStringLiteral("cache.sqlite"));
        Cache cache;
        QVERIFY(cache.open(m_cachePath).ok);
        Syncer syncer(&cache);
        const Result<SyncReport> r = syncer.run(commons);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
    }

    void viewsOpenAtOnceAndLoadOffTheGuiThread()
    {
        auto w = makeWindow();
        WorkspaceWiring *wiring = w->wiring();
        wiring->action(QStringLiteral("duplicationAction"))->trigger();
        auto *dup = qobject_cast<DuplicationView *>(wiring->tabs()->currentWidget());
        QVERIFY(dup);
        // Nothing was read on the GUI thread: the view is there, empty and busy.
        QVERIFY(dup->isLoading());
        QCOMPARE(dup->capabilityModel()->rowCount(), 0);
        QVERIFY(wiring->analysisLoader()->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(dup->capabilityModel()->rowCount() > 0, 20000);
        QVERIFY(!dup->isLoading());
        QVERIFY(AnalysisLoader::lastLoadThread() != nullptr);
        QVERIFY(AnalysisLoader::lastLoadThread() != QThread::currentThreadId());

        // The figures are the full computation's.
        Cache cache;
        QVERIFY(cache.open(m_cachePath).ok);
        const Result<AnalysisInput> full = AnalysisCacheLoader::load(cache);
        QVERIFY(full.ok());
        const DuplicationIndex expected = computeDuplication(full.value());
        QCOMPARE(dup->index()->capabilities.size(), expected.capabilities.size());
        QCOMPARE(dup->index()->totalSavingGbp(), expected.totalSavingGbp());

        wiring->action(QStringLiteral("scenarioAction"))->trigger();
        auto *scenario = qobject_cast<ScenarioPanel *>(wiring->tabs()->currentWidget());
        QVERIFY(scenario);
        QTRY_VERIFY_WITH_TIMEOUT(scenario->model()->rowCount() > 0 && !scenario->isLoading(), 20000);
        QVERIFY(!scenario->coverageText().isEmpty());

        wiring->action(QStringLiteral("valueRankingAction"))->trigger();
        auto *value = qobject_cast<ValueRankingView *>(wiring->tabs()->currentWidget());
        QVERIFY(value);
        QVERIFY(value->isLoading());
        QTRY_COMPARE_WITH_TIMEOUT(value->serviceModel()->rowCount(), 40 * 40, 20000);
        QVERIFY(!value->isLoading());
        settle();
    }

    // The ranking the sync stored comes first (its first rows, exactly the full ranking's
    // first rows); at national size a weight edit ranks on the pool, the view busy meanwhile.
    void valueRankingFirstRowsThenWeightEditsOffThread()
    {
        AnalysisLoader loader;
        loader.setCachePath(m_cachePath);
        QSignalSpy top(&loader, &AnalysisLoader::topLoaded);
        QSignalSpy full(&loader, &AnalysisLoader::servicesLoaded);
        loader.requestValueTop(10);
        QTRY_COMPARE_WITH_TIMEOUT(top.size(), 1, 20000);
        loader.requestServices(ValueWeights::defaults());
        QTRY_COMPARE_WITH_TIMEOUT(full.size(), 1, 20000);
        const auto topInput = top.at(0).at(0).value<AnalysisInputPtr>();
        const auto topRanking = top.at(0).at(1).value<ValueRankingPtr>();
        QCOMPARE(top.at(0).at(2).toInt(), 40 * 40);
        const auto fullInput = full.at(0).at(0).value<AnalysisInputPtr>();
        const auto fullRanking = full.at(0).at(2).value<ValueRankingPtr>();
        QCOMPARE(topRanking->services.size(), 10);
        QCOMPARE(topRanking->orgs.size(), 40);
        for (int i = 0; i < 10; ++i) {
            const ServiceValue &a = topRanking->services.at(i);
            const ServiceValue &b = fullRanking->services.at(i);
            QCOMPARE(topInput->services.at(a.service).id, fullInput->services.at(b.service).id);
            QCOMPARE(topInput->orgs.at(topInput->services.at(a.service).org).code,
                     fullInput->orgs.at(fullInput->services.at(b.service).org).code);
            QVERIFY(a.pvi && b.pvi && *a.pvi == *b.pvi);
        }

        // 20,000 services: the edit returns at once and the ranking follows.
        auto input = std::make_shared<AnalysisInput>();
        AnalysisOrg org;
        org.code = QStringLiteral("E00000001");
        org.name = QStringLiteral("Big Council");
        input->orgs.append(org);
        for (int i = 0; i < 20000; ++i) {
            AnalysisService s;
            s.org = 0;
            s.id = QStringLiteral("s%1").arg(i);
            s.name = QStringLiteral("Service %1").arg(i % 250);
            s.lgsl = 1000 + i % 250;
            s.volume = 100.0 + i % 977;
            s.reportedCost = 50000.0 + (i * 7919) % 100000;
            s.value.insert(QStringLiteral("outcome"), (i % 101) / 100.0);
            input->services.append(s);
        }
        input->reindex();
        const AnalysisInputPtr shared = input;
        ValueRankingView view(shared); // its first ranking, too, runs on the pool
        QTRY_COMPARE_WITH_TIMEOUT(view.serviceModel()->rowCount(), 20000, 20000);
        QVERIFY(!view.isLoading());
        const QList<QDoubleSpinBox *> spins = view.findChildren<QDoubleSpinBox *>();
        QCOMPARE(spins.size(), 5);
        spins.at(4)->setValue(1.0); // economy
        QVERIFY(view.isLoading());  // ranking on the pool
        QTRY_COMPARE_WITH_TIMEOUT(view.serviceModel()->weights().economyWeight, 1.0, 20000);
        QVERIFY(!view.isLoading());
        ValueWeights w = ValueWeights::defaults();
        w.economyWeight = 1.0;
        const ValueRanking expected = PublicValue::compute(*input, w);
        const ValueRanking &shown = view.serviceModel()->ranking();
        QCOMPARE(shown.services.size(), expected.services.size());
        for (int i = 0; i < 50; ++i)
            QCOMPARE(shown.services.at(i).service, expected.services.at(i).service);
        settle();
    }

    void drillDownReadsOneFigureOnDemand()
    {
        auto w = makeWindow();
        DuplicationView *dup = w->wiring()->showDuplication();
        QTRY_VERIFY_WITH_TIMEOUT(dup->capabilityModel()->rowCount() > 0, 20000);
        const CapabilityDuplication *c = dup->capabilityModel()->capabilityAt(0);
        QVERIFY(c && c->organisations > 0);
        dup->selectCapability(c->capabilityId);
        QVERIFY(dup->organisationModel()->rowCount() > 0);
        dup->selectOrganisationRow(0);
        const OrgCapabilityFigure *f = dup->organisationModel()->figureAt(0);
        QVERIFY(f && f->instances.empty()); // from the summary: no instances held
        QTRY_COMPARE_WITH_TIMEOUT(dup->instanceModel()->rowCount(), f->standardInstances + f->bespokeInstances, 20000);
        // Picking nothing drops a detail that arrives later.
        dup->selectCapability(dup->capabilityModel()->capabilityAt(1)->capabilityId);
        QCOMPARE(dup->instanceModel()->rowCount(), 0);
        settle();
        QCOMPARE(dup->instanceModel()->rowCount(), 0);
    }

    void staleResultsAreDropped()
    {
        AnalysisLoader loader;
        loader.setCachePath(m_cachePath);
        QSignalSpy loaded(&loader, &AnalysisLoader::summaryLoaded);
        QSignalSpy busy(&loader, &AnalysisLoader::busyChanged);
        loader.request(AnalysisLoader::Kind::Summary);
        loader.request(AnalysisLoader::Kind::Summary); // the first is stale now
        settle();
        QCOMPARE(loaded.count(), 1);
        QVERIFY(!loader.isBusy());
        QCOMPARE(busy.count(), 2); // busy once, idle once

        // A sync invalidates what is in flight: nothing arrives.
        loader.request(AnalysisLoader::Kind::Summary);
        loader.request(AnalysisLoader::Kind::Table);
        loader.invalidate();
        QVERIFY(!loader.isBusy());
        settle();
        QCOMPARE(loaded.count(), 1);

        // A missing cache is reported, not a crash.
        QSignalSpy failed(&loader, &AnalysisLoader::failed);
        loader.setCachePath(m_dir.filePath(QStringLiteral("missing.sqlite")));
        loader.request(AnalysisLoader::Kind::Summary);
        settle();
        QCOMPARE(failed.count(), 1);
    }

    void closingTheWindowMidLoadIsSafe()
    {
        for (int round = 0; round < 3; ++round) {
            auto w = makeWindow();
            WorkspaceWiring *wiring = w->wiring();
            wiring->showDuplication();
            wiring->showScenario();
            wiring->showValueRanking();
            wiring->showSimilarity();
            QVERIFY(wiring->analysisLoader()->isBusy());
            if (round == 1)
                QCoreApplication::processEvents(); // let some arrive
            w.reset(); // mid-load: the workers still run
            settle();
        }
        // The loads finished into nothing, and the cache is as it was.
        Cache cache;
        QVERIFY(cache.open(m_cachePath).ok);
        QVERIFY(AnalysisCacheLoader::loadSummary(cache).ok());
    }
};

QTEST_MAIN(TestGuiAnalysisLoad)
#include "tst_gui_analysisload.moc"
