#include "core/cache/cache.h"
#include "core/models/cachequeries.h"
#include "core/models/dnamatrix.h"
#include "core/sync/syncer.h"
#include "ui/graph/brickgraphview.h"
#include "ui/mainwindow.h"
#include "ui/syncrunner.h"
#include "tests/support/commonsfixture.h"
#include "tests/support/httpserver.h"
#include "tests/support/synchelpers.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace livedna;

class TestGuiSmoke : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

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

    void mainWindowShowsOrganisationsServicesAndGraph()
    {
        auto cache = std::make_unique<Cache>();
        QVERIFY(cache->open(m_dir.filePath(QStringLiteral("cache.db"))).ok);
        MainWindow w(std::move(cache));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.organisationView()->model()->rowCount() >= 12);

        w.showOrganisation(QStringLiteral("E06000043"));
        QCOMPARE(w.currentOrganisation(), QStringLiteral("E06000043"));
        QVERIFY(w.serviceView()->model()->rowCount() > 5);
        w.showService(QStringLiteral("E06000043"), QStringLiteral("adult-social-care"));
        QCOMPARE(w.currentService(), QStringLiteral("adult-social-care"));
        QCOMPARE(w.graphView()->nodeCount(), 6);
        QCOMPARE(w.graphView()->flowCount(), 6);

        QSignalSpy selected(w.graphView(), &BrickGraphView::brickSelected);
        w.graphView()->setFocus();
        QTest::keyClick(w.graphView(), Qt::Key_Right);
        QCOMPARE(selected.size(), 1);
        QVERIFY(w.graphView()->selectedBrick() >= 0);

        // Every tab paints without trouble, and every view saves as SVG, PNG and PDF.
        // LIVEDNA_SCREENSHOT_DIR keeps a picture of each tab for people to look at.
        const QString shots = qEnvironmentVariable("LIVEDNA_SCREENSHOT_DIR");
        w.resize(1500, 940);
        for (int t = MainWindow::ServicesTab; t <= MainWindow::SourcesTab; ++t) {
            w.showTab(MainWindow::Tab(t));
            QApplication::processEvents();
            const QPixmap shot = w.grab();
            QVERIFY(!shot.isNull());
            if (!shots.isEmpty())
                shot.save(QDir(shots).filePath(QStringLiteral("tab%1.png").arg(t)));
            for (const QString &ext : {QStringLiteral("svg"), QStringLiteral("png"), QStringLiteral("pdf")}) {
                const QString path = m_dir.filePath(QStringLiteral("view%1.%2").arg(t).arg(ext));
                const Status st = w.exportCurrentViewTo(path);
                QVERIFY2(st.ok, qPrintable(st.error));
                QVERIFY2(QFileInfo(path).size() > 1000, qPrintable(path));
            }
        }
        QVERIFY(!w.exportCurrentViewTo(m_dir.filePath(QStringLiteral("view.gif"))).ok);
    }

    void historyAndRestoredState()
    {
        const QString path = m_dir.filePath(QStringLiteral("cache.db"));
        {
            auto cache = std::make_unique<Cache>();
            QVERIFY(cache->open(path).ok);
            MainWindow w(std::move(cache));
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.showService(QStringLiteral("E06000043"), QStringLiteral("adult-social-care"));
            w.showService(QStringLiteral("W06000001"), QStringLiteral("blue-badge"));
            QCOMPARE(w.currentOrganisation(), QStringLiteral("W06000001"));
            QAction *back = nullptr;
            QAction *forward = nullptr;
            for (QAction *a : w.findChildren<QAction *>()) {
                if (a->text() == QLatin1String("&Back"))
                    back = a;
                if (a->text() == QLatin1String("&Forward"))
                    forward = a;
            }
            QVERIFY(back && forward);
            QVERIFY(back->isEnabled());
            back->trigger();
            QCOMPARE(w.currentOrganisation(), QStringLiteral("E06000043"));
            QCOMPARE(w.currentService(), QStringLiteral("adult-social-care"));
            QVERIFY(forward->isEnabled());
            forward->trigger();
            QCOMPARE(w.currentService(), QStringLiteral("blue-badge"));
            w.showTab(MainWindow::TreemapTab);
            w.close(); // saves selection, tab, splitters and geometry
        }
        auto cache = std::make_unique<Cache>();
        QVERIFY(cache->open(path).ok);
        MainWindow again(std::move(cache));
        QCOMPARE(again.currentOrganisation(), QStringLiteral("W06000001"));
        QCOMPARE(again.currentService(), QStringLiteral("blue-badge"));
    }

    void matrixFromCacheMatchesDomainBuild()
    {
        Cache cache;
        QVERIFY(cache.open(m_dir.filePath(QStringLiteral("cache.db"))).ok);
        Catalogue cat = cache.catalogue();
        cat.reindex();
        QList<Organisation> orgs;
        for (const OrgSummary &s : cache.organisations())
            orgs.append(*cache.organisation(s.code));
        const DnaMatrix a = DnaMatrix::build(orgs, cat);
        const Result<DnaMatrix> b = DnaMatrix::fromCache(cache, cat);
        QVERIFY2(b.ok(), qPrintable(b.errorString()));
        QCOMPARE(b.value().rowCount(), a.rowCount());
        QCOMPARE(b.value().columnCount(), a.columnCount());
        for (int r = 0; r < a.rowCount(); ++r) {
            QCOMPARE(b.value().row(r).code, a.row(r).code);
            for (int c = 0; c < a.columnCount(); ++c) {
                QCOMPARE(b.value().state(r, c), a.state(r, c));
                QVERIFY(std::abs(b.value().cost(r, c) - a.cost(r, c)) < 1.0f);
            }
        }
    }

    void cacheQueriesMatchDomain()
    {
        Cache cache;
        QVERIFY(cache.open(m_dir.filePath(QStringLiteral("cache.db"))).ok);
        Catalogue cat = cache.catalogue();
        cat.reindex();
        QHash<QString, int> expected;
        int services = 0;
        for (const OrgSummary &s : cache.organisations()) {
            const Organisation o = *cache.organisation(s.code);
            services += o.services.size();
            for (const Service &sv : o.services)
                for (const BrickInstance &b : sv.bricks)
                    ++expected[capabilityOf(b, cat)];
        }
        for (const Capability &c : cat.capabilities) {
            const Result<QList<CapabilityInstance>> got = CacheQueries::capabilityInstances(cache, c.id);
            QVERIFY2(got.ok(), qPrintable(got.errorString()));
            QCOMPARE(got.value().size(), expected.value(c.id));
        }
        const Result<QList<SearchEntry>> entries = CacheQueries::searchEntries(cache);
        QVERIFY(entries.ok());
        int orgEntries = 0, serviceEntries = 0;
        for (const SearchEntry &e : entries.value()) {
            orgEntries += e.kind == SearchEntry::Organisation;
            serviceEntries += e.kind == SearchEntry::Service;
        }
        QCOMPARE(orgEntries, int(cache.organisations().size()));
        QCOMPARE(serviceEntries, services);
    }

    // Issue 12, item 11: this test must fail when the cancel is not forwarded. One document
    // of the commons trickles at 10 bytes a second (its download would take over an hour),
    // so the sync ends within seconds only if SyncRunner::cancel() reaches the Syncer; and
    // then nothing is written.
    void cancelledSyncLeavesCacheUnchanged()
    {
        const QString dir = m_dir.filePath(QStringLiteral("trickle-commons"));
        test::CommonsFixture f = test::CommonsFixture::sample(QStringLiteral("cancel-gui"), 1);
        QVERIFY(f.writeTo(dir));
        test::HttpServer server;
        QVERIFY(test::serveFolder(server, dir));
        server.setFault(QStringLiteral("orgs/W06000001.json"), test::HttpServer::Fault::Trickle);
        const QString path = m_dir.filePath(QStringLiteral("cancel.db"));
        SyncRunner runner(path);
        QSignalSpy done(&runner, &SyncRunner::finished);
        bool cancelled = false;
        connect(&runner, &SyncRunner::progress, this, [&](qint64 received, qint64, const QString &) {
            if (!cancelled && received > 0) {
                cancelled = true;
                runner.cancel();
            }
        });
        SyncOptions options;
        options.minBytesPerSecond = 0; // only the cancel may end it
        options.transferTimeoutMs = 120000;
        QElapsedTimer clock;
        clock.start();
        runner.start(server.url().toString(), options);
        QVERIFY2(done.wait(30000), "the cancel did not reach the sync");
        QVERIFY(cancelled);
        QCOMPARE(done.first().at(0).toBool(), false);
        QVERIFY(clock.elapsed() < 30000);
        Cache cache;
        QVERIFY(cache.open(path).ok);
        QVERIFY(cache.isEmpty());
    }
};

QTEST_MAIN(TestGuiSmoke)
#include "tst_gui_smoke.moc"
