// The main window reaches every feature: Analysis and Proposal menus, File → Import
// spending CSV… / Publish commons…, on a cache synced from the bundled demo commons and a
// drafts file of the test's own (LIVEDNA_DRAFTS).
#include "core/analysis/analysiscacheloader.h"
#include "core/analysis/publicvalue.h"
#include "core/cache/cache.h"
#include "core/proposal/baseline.h"
#include "core/proposal/draftstore.h"
#include "core/proposal/proposalmodel.h"
#include "core/sync/syncer.h"
#include "ui/analysis/duplicationview.h"
#include "ui/analysis/scenariopanel.h"
#include "ui/analysis/similarityview.h"
#include "ui/analysis/valuerankingview.h"
#include "ui/import/publishdialog.h"
#include "ui/import/spendingimportwizard.h"
#include "ui/mainwindow.h"
#include "ui/proposal/draftlist.h"
#include "ui/proposal/effectpanel.h"
#include "ui/proposal/proposalcanvas.h"
#include "ui/proposal/proposalworkspace.h"
#include "ui/workspacewiring.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QStandardPaths>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace livedna;

namespace {

const QString kOrg = QStringLiteral("E06000043");
const QString kService = QStringLiteral("adult-social-care");

QStringList menuTitles(QMenuBar *bar)
{
    QStringList titles;
    for (QAction *a : bar->actions())
        titles << a->text();
    return titles;
}

// Closes the modal dialog an action opens (file dialogs block in exec()), once; the timer
// belongs to the caller so nothing outlives the test.
void closeModalSoon(QTimer *timer, bool *seen)
{
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, seen] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            *seen = true;
            modal->close();
            timer->stop();
        }
    });
    timer->start();
}

} // namespace

class TestGuiMainWindowIntegration : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cachePath;
    QString m_draftsPath;

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

    QTabWidget *tabsOf(MainWindow &w) { return w.wiring()->tabs(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        m_cachePath = m_dir.filePath(QStringLiteral("cache.sqlite"));
        m_draftsPath = m_dir.filePath(QStringLiteral("drafts.sqlite"));
        qputenv("LIVEDNA_DRAFTS", m_draftsPath.toUtf8());
        Cache cache;
        QVERIFY(cache.open(m_cachePath).ok);
        Syncer syncer(&cache);
        const Result<SyncReport> r = syncer.run(QStringLiteral("demo"));
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
    }

    void everyActionExists()
    {
        auto w = makeWindow();
        WorkspaceWiring *wiring = w->wiring();
        QVERIFY(wiring);
        QVERIFY2(wiring->draftsError().isEmpty(), qPrintable(wiring->draftsError()));
        QCOMPARE(wiring->draftStore()->path(), m_draftsPath);

        const QStringList titles = menuTitles(w->menuBar());
        QVERIFY2(titles.contains(wiring->analysisMenu()->title()), qPrintable(titles.join(QLatin1Char(','))));
        QVERIFY(titles.contains(wiring->proposalMenu()->title()));
        // Help stays last.
        QVERIFY(titles.indexOf(wiring->proposalMenu()->title()) == titles.size() - 2);

        const QStringList names = {QStringLiteral("duplicationAction"),   QStringLiteral("scenarioAction"),
                                   QStringLiteral("valueRankingAction"),  QStringLiteral("similarityAction"),
                                   QStringLiteral("newProposalAction"),   QStringLiteral("newBlankServiceAction"),
                                   QStringLiteral("openProposalAction"),  QStringLiteral("exportPdfAction"),
                                   QStringLiteral("exportArchimateAction"), QStringLiteral("exportGraphmlAction"),
                                   QStringLiteral("exportCsvAction"),     QStringLiteral("exportJsonAction"),
                                   QStringLiteral("draftsAction"),        QStringLiteral("closeProposalAction"),
                                   QStringLiteral("importSpendingAction"), QStringLiteral("publishCommonsAction")};
        QSet<QKeySequence> shortcuts;
        for (const QString &name : names) {
            QAction *a = wiring->action(name);
            QVERIFY2(a, qPrintable(name));
            QVERIFY2(!a->associatedObjects().isEmpty(), qPrintable(name + QStringLiteral(" is in no menu")));
            if (!a->shortcut().isEmpty()) {
                QVERIFY2(!shortcuts.contains(a->shortcut()), qPrintable(name + QStringLiteral(" reuses a shortcut")));
                shortcuts.insert(a->shortcut());
            }
        }
        // Analysis views each have a shortcut.
        for (const QString &name : names.mid(0, 4))
            QVERIFY2(!wiring->action(name)->shortcut().isEmpty(), qPrintable(name));
        // The File menu holds import and publish.
        QMenu *file = w->menuBar()->actions().first()->menu();
        QVERIFY(file->actions().contains(wiring->action(QStringLiteral("importSpendingAction"))));
        QVERIFY(file->actions().contains(wiring->action(QStringLiteral("publishCommonsAction"))));
        // Once each: the explorer does not add its own.
        int spending = 0, publish = 0;
        for (QAction *a : file->actions()) {
            spending += a->text().contains(QStringLiteral("Spending")) ? 1 : 0;
            publish += a->text().contains(QStringLiteral("Publish")) ? 1 : 0;
        }
        QCOMPARE(spending, 1);
        QCOMPARE(publish, 1);
    }

    void analysisViewsOpenAndDuplicationHasRows()
    {
        auto w = makeWindow();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        WorkspaceWiring *wiring = w->wiring();
        QTabWidget *tabs = tabsOf(*w);
        QVERIFY(tabs);
        const int explorerTabs = tabs->count();

        wiring->action(QStringLiteral("duplicationAction"))->trigger();
        auto *dup = qobject_cast<DuplicationView *>(tabs->currentWidget());
        QVERIFY(dup);
        // The data arrives from a worker thread; the view is there at once.
        QTRY_VERIFY(dup->capabilityModel()->rowCount() > 0);
        QVERIFY(!dup->isLoading());
        QApplication::processEvents();
        QVERIFY(!w->grab().isNull());

        wiring->action(QStringLiteral("scenarioAction"))->trigger();
        auto *scenario = qobject_cast<ScenarioPanel *>(tabs->currentWidget());
        QVERIFY(scenario);
        QTRY_VERIFY(scenario->model()->rowCount() > 0);

        wiring->action(QStringLiteral("valueRankingAction"))->trigger();
        auto *value = qobject_cast<ValueRankingView *>(tabs->currentWidget());
        QVERIFY(value);
        QTRY_VERIFY(value->serviceModel()->rowCount() > 0);

        w->showService(kOrg, kService);
        wiring->action(QStringLiteral("similarityAction"))->trigger();
        auto *similarity = qobject_cast<SimilarityView *>(tabs->currentWidget());
        QVERIFY(similarity);
        QTRY_VERIFY(similarity->model()->rowCount() > 0);
        QApplication::processEvents();
        QVERIFY(!w->grab().isNull());

        // Opening again brings the same view forward rather than adding tabs.
        wiring->action(QStringLiteral("duplicationAction"))->trigger();
        QCOMPARE(tabs->currentWidget(), dup);
        QCOMPARE(tabs->count(), explorerTabs + 4);

        // Opened tabs close from their own button; the explorer's have none.
        QTabBar *bar = tabs->tabBar();
        QVERIFY(!bar->tabButton(int(MainWindow::ServicesTab), QTabBar::RightSide));
        auto *close = qobject_cast<QAbstractButton *>(bar->tabButton(tabs->indexOf(similarity), QTabBar::RightSide));
        QVERIFY(close);
        close->click();
        QCOMPARE(tabs->count(), explorerTabs + 3);
        QVERIFY(qobject_cast<SimilarityView *>(wiring->showSimilarity()));
        QCOMPARE(tabs->count(), explorerTabs + 4);

        // Drill-down to an organisation lands in the explorer on it.
        w->showOrganisation(QStringLiteral("E08000025"));
        wiring->showDuplication();
        Q_EMIT dup->organisationActivated(kOrg);
        QCOMPARE(w->currentOrganisation(), kOrg);
        QCOMPARE(tabs->currentIndex(), int(MainWindow::ServicesTab));
    }

    void proposalFromSelectedServiceIsADraft()
    {
        QList<DraftInfo> before;
        {
            DraftStore probe;
            QVERIFY(probe.open(m_draftsPath).ok);
            before = probe.drafts();
        }
        {
            auto w = makeWindow();
            WorkspaceWiring *wiring = w->wiring();
            QTabWidget *tabs = tabsOf(*w);

            // Without a selected service the action explains itself and opens nothing.
            if (w->currentService().isEmpty()) {
                wiring->action(QStringLiteral("newProposalAction"))->trigger();
                QCOMPARE(wiring->workspaces().size(), 0);
                auto *message = w->findChild<QDialog *>(QStringLiteral("wiringMessage"));
                QVERIFY(message);
                message->close();
            }

            w->showService(kOrg, kService);
            QCOMPARE(w->currentService(), kService);
            wiring->action(QStringLiteral("newProposalAction"))->trigger();
            QCOMPARE(wiring->workspaces().size(), 1);
            ProposalWorkspace *ws = wiring->workspaces().first();
            QCOMPARE(tabs->currentWidget(), ws);
            QVERIFY(ws->draftId() > 0);
            QVERIFY(ws->canvas()->nodeCount() > 0);
            QCOMPARE(ws->model()->proposal().baseline->org, kOrg);

            // The effect's Public Value Index is the analysis's figure for the baseline
            // (bulky waste states value inputs and a volume, and has peers elsewhere).
            const QString valued = QStringLiteral("bulky-waste");
            ProposalWorkspace *vw = wiring->newProposalFromService(kOrg, valued);
            QVERIFY(vw);
            const Effect &e = vw->effectPanel()->effect();
            {
                Cache cache;
                QVERIFY(cache.open(m_cachePath).ok);
                const Result<AnalysisInput> loaded = AnalysisCacheLoader::load(cache);
                QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
                const AnalysisInput &in = loaded.value();
                const ValueRanking ranking = PublicValue::compute(in, ValueWeights::defaults());
                std::optional<double> expected;
                std::optional<double> economy;
                for (const ServiceValue &v : ranking.services) {
                    const AnalysisService &s = in.services.at(v.service);
                    if (s.id == valued && in.orgs.at(s.org).code == kOrg) {
                        expected = v.pvi;
                        economy = v.economy;
                    }
                }
                QVERIFY(expected.has_value());
                QVERIFY(economy.has_value());
                QVERIFY(e.pviBefore.has_value());
                QVERIFY2(qAbs(*e.pviBefore - *expected) < 1e-9,
                         qPrintable(QStringLiteral("%1 vs %2").arg(*e.pviBefore).arg(*expected)));
                // Unedited, the proposal scores as its baseline.
                QVERIFY(qAbs(*e.pviChange()) < 1e-9);
            }
            wiring->action(QStringLiteral("closeProposalAction"))->trigger();
            QCOMPARE(wiring->workspaces().size(), 1);
            QCOMPARE(tabs->indexOf(vw), -1);

            // Blank service, drafts list, export, close.
            wiring->action(QStringLiteral("newBlankServiceAction"))->trigger();
            QCOMPARE(wiring->workspaces().size(), 2);
            const QString json = m_dir.filePath(QStringLiteral("blank.json"));
            const Status exported = wiring->exportCurrentProposal(ExportFormat::Json, json);
            QVERIFY2(exported.ok, qPrintable(exported.error));
            QVERIFY(QFileInfo(json).size() > 0);
            wiring->action(QStringLiteral("closeProposalAction"))->trigger();
            QCOMPARE(wiring->workspaces().size(), 1);

            wiring->action(QStringLiteral("draftsAction"))->trigger();
            auto *list = qobject_cast<DraftList *>(tabs->currentWidget());
            QVERIFY(list);
            QCOMPARE(list->count(), int(before.size()) + 3);
            QVERIFY(list->notice().isEmpty());

            // The exported file opens as a draft of its own.
            QVERIFY(wiring->openProposalFile(json));
            QCOMPARE(wiring->workspaces().size(), 2);
            QCOMPARE(list->count(), int(before.size()) + 4);

            // Reopening a draft that is open brings its tab forward.
            const qint64 id = ws->draftId();
            QCOMPARE(wiring->openDraft(id), ws);
        }
        // In the drafts file, after a clean close.
        DraftStore store;
        QVERIFY(store.open(m_draftsPath).ok);
        QVERIFY(!store.recoveredAfterCrash());
        const QList<DraftInfo> after = store.drafts();
        QCOMPARE(after.size(), before.size() + 4);
        bool found = false;
        for (const DraftInfo &d : after)
            found = found || (d.org == kOrg && d.serviceId == kService);
        QVERIFY(found);
    }

    void exportActionsWithoutAProposalSayWhy()
    {
        auto w = makeWindow();
        WorkspaceWiring *wiring = w->wiring();
        const Status st = wiring->exportCurrentProposal(ExportFormat::Pdf, m_dir.filePath(QStringLiteral("x.pdf")));
        QVERIFY(!st.ok);
        QVERIFY(!st.error.isEmpty());
        wiring->action(QStringLiteral("exportPdfAction"))->trigger();
        QVERIFY(w->findChild<QDialog *>(QStringLiteral("wiringMessage")));
    }

    void openFileActionShowsAFileDialog()
    {
        auto w = makeWindow();
        QTimer closer;
        bool sawDialog = false;
        closeModalSoon(&closer, &sawDialog);
        w->wiring()->action(QStringLiteral("openProposalAction"))->trigger();
        QVERIFY(sawDialog);
        QCOMPARE(w->wiring()->workspaces().size(), 0);
    }

    void importAndPublishDialogsOpen()
    {
        auto w = makeWindow();
        WorkspaceWiring *wiring = w->wiring();
        wiring->action(QStringLiteral("importSpendingAction"))->trigger();
        auto *wizard = w->findChild<SpendingImportWizard *>();
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        wizard->reject();
        wiring->action(QStringLiteral("publishCommonsAction"))->trigger();
        auto *publish = w->findChild<PublishDialog *>();
        QVERIFY(publish);
        QVERIFY(publish->isVisible());
        publish->reject();
    }

    void crashRecoveryIsAnnounced()
    {
        // A drafts file whose session was never closed, as after a crash.
        const QString path = m_dir.filePath(QStringLiteral("crashed.sqlite"));
        {
            DraftStore store;
            QVERIFY(store.open(path).ok);
            QVERIFY(store.create(Baselines::startBlank(Catalogue(), QStringLiteral("Kept draft"))).ok());
        }
        {
            // What a killed session leaves behind: the session flag still set.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("crash-sim"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.prepare(QStringLiteral("UPDATE session SET open = :open WHERE id = 1")));
            q.bindValue(QStringLiteral(":open"), 1);
            QVERIFY(q.exec());
            QCOMPARE(q.numRowsAffected(), 1);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("crash-sim"));
        qputenv("LIVEDNA_DRAFTS", path.toUtf8());
        auto w = makeWindow();
        qputenv("LIVEDNA_DRAFTS", m_draftsPath.toUtf8());
        QVERIFY(!w->wiring()->recoveryNotice().isEmpty());
        QTRY_VERIFY(w->findChild<QDialog *>(QStringLiteral("recoveryMessage")));
        auto *list = qobject_cast<DraftList *>(tabsOf(*w)->currentWidget());
        QVERIFY(list);
        QVERIFY(!list->notice().isEmpty());
    }
};

QTEST_MAIN(TestGuiMainWindowIntegration)
#include "tst_gui_mainwindow_integration.moc"
