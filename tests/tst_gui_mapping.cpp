// The Map mode (issue 14) in the real main window on the real commons: Map → Map an
// Organisation opens the workspace on a council with published RSX spend; adding a brick
// moves the allocation bar; Edit → Undo takes it back; over-allocation is a warning with
// words; every edit is in the mapping drafts file; a trust's peers are its neighbours first.
#include "core/cache/cache.h"
#include "core/mapping/mappingdraftstore.h"
#include "core/mapping/mappingmodel.h"
#include "core/models/format.h"
#include "core/sync/syncer.h"
#include "tests/support/testenv.h"
#include "ui/mainwindow.h"
#include "ui/mapping/allocationbar.h"
#include "ui/mapping/mappingbricktable.h"
#include "ui/mapping/mappingwiring.h"
#include "ui/mapping/mappingworkspace.h"
#include "ui/workspacewiring.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace livedna;

static const QString Hartlepool = QStringLiteral("E06000001");
static const QString Cultural = QStringLiteral("cultural");

class TestGuiMapping : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_cachePath;

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto cache = std::make_unique<Cache>();
        if (const Status st = cache->open(m_cachePath); !st)
            qWarning("%s", qPrintable(st.error));
        auto w = std::make_unique<MainWindow>(std::move(cache));
        w->resize(1024, 700);
        w->show();
        return w;
    }

    static QTreeWidgetItem *bespokeItem(QTreeWidget *tree)
    {
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->data(0, Qt::UserRole).toInt() == 4) // the "Bespoke brick…" entry
                return tree->topLevelItem(i);
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        qputenv("LIVEDNA_DRAFTS", m_dir.filePath(QStringLiteral("drafts.sqlite")).toUtf8());
        qputenv("LIVEDNA_MAPPING_DRAFTS", m_dir.filePath(QStringLiteral("mapping-drafts.sqlite")).toUtf8());
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("council-finance-rsx/RSX_2023-24_data_by_LA.csv"), rsx);
        const QString cli = livedna::test::cliPath();
        if (cli.isEmpty() || !QFileInfo::exists(cli))
            QSKIP("LIVEDNA_CLI is not set (run through ctest)");
        const QString real = m_dir.filePath(QStringLiteral("real"));
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("bash"), {QDir(livedna::test::sourceDir()).filePath(QStringLiteral("scripts/build-real-commons.sh")),
                                         real, QStringLiteral("--cli"), cli, QStringLiteral("--data"), livedna::test::sharedDataDir()});
        QVERIFY(p.waitForFinished(300000));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAll().right(3000).constData());
        m_cachePath = m_dir.filePath(QStringLiteral("cache.sqlite"));
        Cache cache;
        QVERIFY(cache.open(m_cachePath).ok);
        Syncer syncer(&cache);
        const Result<SyncReport> r = syncer.run(real);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
    }

    void mapACouncilServiceAddBrickUndo()
    {
        auto w = makeWindow();
        MappingWiring *mapping = w->wiring()->mapping();
        QVERIFY(mapping);
        QAction *open = mapping->action(QStringLiteral("mapOrganisationAction"));
        QVERIFY(open);
        QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_M));
        w->showService(Hartlepool, Cultural);
        open->trigger();
        MappingWorkspace *ws = mapping->workspace();
        QVERIFY(ws);
        QCOMPARE(w->wiring()->tabs()->currentWidget(), ws);
        QCOMPARE(ws->model()->organisation().code, Hartlepool);
        QCOMPARE(ws->model()->currentServiceId(), Cultural);

        // The bar starts from the published figure: reported, nothing mapped.
        const Service *svc = ws->model()->currentService();
        QVERIFY(svc->reportedCostGbp && *svc->reportedCostGbp > 0);
        const double reported = *svc->reportedCostGbp;
        QVERIFY(svc->source.startsWith(QLatin1String("rsx-2023-24#")));
        AllocationBar *bar = ws->allocationBar();
        QCOMPARE(bar->allocation().mapped, 0.0);
        QCOMPARE(bar->allocation().unmapped, std::optional<double>(reported));
        QVERIFY(bar->summaryText().contains(Format::gbpFull(reported)));

        // Add a bespoke brick from the palette: the bar and the table follow.
        QTreeWidgetItem *bespoke = bespokeItem(ws->palette());
        QVERIFY(bespoke);
        const Result<QString> id = ws->addFromPalette(bespoke, 250000, QStringLiteral("budget book 2023-24 p. 12"));
        QVERIFY2(id.ok(), qPrintable(id.errorString()));
        QCOMPARE(bar->allocation().mapped, 250000.0);
        QCOMPARE(*bar->allocation().unmapped, reported - 250000.0);
        QVERIFY(bar->summaryText().contains(QStringLiteral("Mapped £250,000")));
        QCOMPARE(ws->brickView()->model()->rowCount(), 1);
        QVERIFY(!bar->showsWarning());
        // Coverage follows: this draft's share and the national one from the cache.
        QTreeWidget *coverage = ws->coverageTree();
        QCOMPARE(coverage->topLevelItemCount(), 2);
        QVERIFY(coverage->topLevelItem(0)->text(1) != Format::percent(0.0, 1));
        QVERIFY2(coverage->topLevelItem(1)->text(0).contains(QLatin1String("Nationally")), qPrintable(coverage->topLevelItem(1)->text(0)));

        // The edit is in the drafts file already.
        {
            MappingDraftStore check;
            QVERIFY(check.open(mapping->store()->path()).ok);
            const Result<MappingDraft> saved = check.load(ws->draftId());
            QVERIFY2(saved.ok(), qPrintable(saved.errorString()));
            QCOMPARE(saved.value().org.service(Cultural)->bricks.size(), 1);
        }

        // Edit → Undo (the mapping in front is the active stack) takes it back.
        QAction *undo = mapping->action(QStringLiteral("editUndoAction"));
        QVERIFY(undo);
        QVERIFY(undo->isEnabled());
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        undo->trigger();
        QCOMPARE(bar->allocation().mapped, 0.0);
        QCOMPARE(ws->brickView()->model()->rowCount(), 0);
        mapping->action(QStringLiteral("editRedoAction"))->trigger();
        QCOMPARE(bar->allocation().mapped, 250000.0);

        // Typing a cost beyond the reported spend: the remainder is £0, the excess a warning.
        MappingBrickTable *table = ws->brickTable();
        QVERIFY(table->setData(table->index(0, MappingBrickTable::CostColumn), reported + 1000.0, Qt::EditRole));
        QCOMPARE(bar->allocation().unmapped, std::optional<double>(0));
        QVERIFY(bar->showsWarning());
        QVERIFY2(bar->summaryText().contains(QStringLiteral("exceed the reported spend by £1,000")), qPrintable(bar->summaryText()));
        undo->trigger();
        QVERIFY(!bar->showsWarning());

        // Away from the Map tab, Edit → Undo is off (no clash with a proposal's own Ctrl+Z).
        w->wiring()->tabs()->setCurrentIndex(0);
        QVERIFY(!undo->isEnabled());
    }

    void aTrustsPeersAreItsNeighboursFirst()
    {
        auto w = makeWindow();
        MappingWorkspace *ws = w->wiring()->mapping()->showMapping(QStringLiteral("R0A"), QStringLiteral("health-records"));
        QVERIFY(ws);
        QCOMPARE(ws->model()->organisation().code, QStringLiteral("R0A"));
        const QList<PeerCandidate> &peers = ws->peerCandidates();
        QVERIFY(!peers.isEmpty());
        QCOMPARE(ws->peerList()->count(), peers.size());
        const QStringList neighbours = ws->model()->organisation().neighbours;
        bool seenOther = false;
        for (const PeerCandidate &p : peers) {
            QVERIFY(p.code != QStringLiteral("R0A"));
            QVERIFY(p.bricks > 0);
            QCOMPARE(p.neighbour, neighbours.contains(p.code));
            if (!p.neighbour)
                seenOther = true;
            else
                QVERIFY2(!seenOther, "a neighbour listed after a non-neighbour");
        }
        // A trust publishes no reported spend for the service: scaling by it is refused, not guessed.
        const Status st = ws->copyPeer(0, PeerScaling::ReportedSpend, true);
        QVERIFY(!st.ok);
        QVERIFY2(st.error.contains(QLatin1String("reported spend")), qPrintable(st.error));
    }
};

QTEST_MAIN(TestGuiMapping)

#include "tst_gui_mapping.moc"
