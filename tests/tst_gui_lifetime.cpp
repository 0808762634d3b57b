// Object lifetimes in the GUI (issue 12, items 1 and 2).
// - Brick graph: deleting a selected item makes the scene emit selectionChanged at once; the
//   view must not read items that are already freed when it shows another service or when
//   the window closes with a brick selected. The use-after-free only shows reliably under
//   AddressSanitizer (build with -fsanitize=address,undefined); the behavioural checks
//   below hold in every build.
// - Proposal workspace: ~ProposalModel clears the undo stack after the workspace's own
//   destructor has run; nothing of the workspace may hear those signals.
#include "core/cache/cache.h"
#include "core/proposal/draftstore.h"
#include "core/proposal/proposalcommands.h"
#include "core/proposal/proposalmodel.h"
#include "core/sync/syncer.h"
#include "tests/support/proposalfixture.h"
#include "ui/graph/brickgraphview.h"
#include "ui/mainwindow.h"
#include "ui/proposal/proposalworkspace.h"

#include <QAction>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace livedna;

class TestGuiLifetime : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<MainWindow> openWindow()
    {
        auto cache = std::make_unique<Cache>();
        if (!cache->open(m_dir.filePath(QStringLiteral("cache.db"))).ok)
            return nullptr;
        auto w = std::make_unique<MainWindow>(std::move(cache));
        w->show();
        return w;
    }

    // Shows a demo service and selects its first brick with the keyboard.
    static bool selectFirstBrick(MainWindow &w, const QString &service)
    {
        w.showOrganisation(QStringLiteral("E06000043"));
        w.showService(QStringLiteral("E06000043"), service);
        if (w.graphView()->nodeCount() == 0)
            return false;
        w.graphView()->setFocus();
        QTest::keyClick(w.graphView(), Qt::Key_Right);
        return w.graphView()->selectedBrick() >= 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings in a throwaway place
        Cache cache;
        QVERIFY(cache.open(m_dir.filePath(QStringLiteral("cache.db"))).ok);
        Syncer syncer(&cache);
        const Result<SyncReport> r = syncer.run(QStringLiteral("demo"));
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
    }

    void showingAnotherServiceWithABrickSelected()
    {
        const std::unique_ptr<MainWindow> w = openWindow();
        QVERIFY(w);
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QVERIFY(selectFirstBrick(*w, QStringLiteral("adult-social-care")));

        QSignalSpy selected(w->graphView(), &BrickGraphView::brickSelected);
        w->showService(QStringLiteral("E06000043"), QStringLiteral("council-tax"));
        QCOMPARE(w->currentService(), QStringLiteral("council-tax"));
        QCOMPARE(w->graphView()->nodeCount(), 6);
        // The old selection went away with its graph, and the view said so once.
        QCOMPARE(w->graphView()->selectedBrick(), -1);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().first().toInt(), -1);

        // The new graph is fully usable: select in it, and switch again.
        w->graphView()->setFocus();
        QTest::keyClick(w->graphView(), Qt::Key_Right);
        QVERIFY(w->graphView()->selectedBrick() >= 0);
        w->showService(QStringLiteral("E06000043"), QStringLiteral("libraries"));
        QCOMPARE(w->graphView()->nodeCount(), 3);
        QCOMPARE(w->graphView()->selectedBrick(), -1);
    }

    void settingAGraphDirectlyWithABrickSelected()
    {
        const std::unique_ptr<MainWindow> w = openWindow();
        QVERIFY(w);
        QVERIFY(selectFirstBrick(*w, QStringLiteral("blue-badge")));
        BrickGraphView *view = w->graphView();
        const BrickGraphScene same = view->graph();
        for (int i = 0; i < 5; ++i) {
            view->selectBrick(view->graph().nodes.first().brickIndex);
            QVERIFY(view->selectedBrick() >= 0);
            view->setGraph(same);
            QCOMPARE(view->selectedBrick(), -1);
            QCOMPARE(view->nodeCount(), int(same.nodes.size()));
        }
        view->selectBrick(view->graph().nodes.first().brickIndex);
        view->setGraph(BrickGraphScene());
        QCOMPARE(view->nodeCount(), 0);
        QCOMPARE(view->selectedBrick(), -1);
    }

    void closingTheWindowWithABrickSelected()
    {
        for (int i = 0; i < 10; ++i) {
            std::unique_ptr<MainWindow> w = openWindow();
            QVERIFY(w);
            QVERIFY(selectFirstBrick(*w, QStringLiteral("adult-social-care")));
            QPointer<BrickGraphView> view = w->graphView();
            w->close();
            w.reset();
            QVERIFY(view.isNull());
        }
    }

    void destroyingABareViewWithABrickSelected()
    {
        std::unique_ptr<MainWindow> w = openWindow();
        QVERIFY(w);
        QVERIFY(selectFirstBrick(*w, QStringLiteral("waste-collection")));
        auto *view = new BrickGraphView;
        view->setGraph(w->graphView()->graph());
        view->show();
        view->selectBrick(view->graph().nodes.first().brickIndex);
        QVERIFY(view->selectedBrick() >= 0);
        QSignalSpy selected(view, &BrickGraphView::brickSelected);
        delete view;
        // A dying view reports nothing: its receivers may be half-destroyed too.
        QCOMPARE(selected.size(), 0);
    }

    void destroyingAProposalWorkspaceWithUndoAndRedo()
    {
        DraftStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("drafts.sqlite"))).ok);
        for (int round = 0; round < 3; ++round) {
            auto *ws = new ProposalWorkspace;
            const Result<qint64> id = ws->startDraft(&store, test::sampleProposal());
            QVERIFY2(id.ok(), qPrintable(id.errorString()));
            ws->show();
            const QString brick = ws->model()->service().bricks.first().id;
            QVERIFY(edit::setBrickName(*ws->model(), brick, QStringLiteral("Renamed once")).ok);
            QVERIFY(edit::setTitle(*ws->model(), QStringLiteral("Retitled")).ok);
            ws->model()->undoStack()->undo();
            QVERIFY(ws->undoAction()->isEnabled());
            QVERIFY(ws->redoAction()->isEnabled());

            // Whatever touches the actions while the workspace dies must find it still whole.
            int touchedWhileDying = 0;
            for (QAction *action : {ws->undoAction(), ws->redoAction()}) {
                connect(action, &QAction::changed, this, [ws, &touchedWhileDying] {
                    if (!qobject_cast<ProposalWorkspace *>(static_cast<QObject *>(ws)))
                        ++touchedWhileDying;
                });
            }
            delete ws;
            QCOMPARE(touchedWhileDying, 0);
        }
    }
};

QTEST_MAIN(TestGuiLifetime)
#include "tst_gui_lifetime.moc"
