// Issue 13 in the main window: the sync dialog shows at once and names the source once,
// Ctrl+E with nothing to export says so, and the treemap explains why its total is not the
// list's. (Formatter rules and colour stability: tst_vocabulary; the analysis and
// proposal widgets: tst_gui_analysis and tst_gui_proposal.)
#include "core/cache/cache.h"
#include "core/models/format.h"
#include "core/sync/syncer.h"
#include "tests/support/commonsfixture.h"
#include "tests/support/httpserver.h"
#include "tests/support/synchelpers.h"
#include "ui/mainwindow.h"
#include "ui/syncrunner.h"

#include <QAction>
#include <QLabel>
#include <QProgressDialog>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QApplication>
#include <QTest>

using namespace livedna;

class TestGuiVocabulary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString demoCache() const { return m_dir.filePath(QStringLiteral("demo.db")); }

    std::unique_ptr<MainWindow> openWindow(const QString &path)
    {
        auto cache = std::make_unique<Cache>();
        if (!cache->open(path).ok)
            return nullptr;
        auto w = std::make_unique<MainWindow>(std::move(cache));
        w->resize(1280, 800);
        w->show();
        return w;
    }

    static QAction *actionWithShortcut(QWidget *w, const QKeySequence &key)
    {
        for (QAction *a : w->findChildren<QAction *>()) {
            if (a->shortcut() == key)
                return a;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings in a throwaway place
        Cache cache;
        QVERIFY(cache.open(demoCache()).ok);
        Syncer syncer(&cache);
        const Result<SyncReport> r = syncer.run(QStringLiteral("demo"));
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
    }

    // The dialog was shown only after 5-6 s, with "Syncing from URL\nURL/index.json".
    void syncDialogShowsAtOnceAndNamesTheSourceOnce()
    {
        const QString dir = m_dir.filePath(QStringLiteral("served"));
        test::CommonsFixture f = test::CommonsFixture::sample(QStringLiteral("vocab-gui"), 1);
        QVERIFY(f.writeTo(dir));
        test::HttpServer server;
        QVERIFY(test::serveFolder(server, dir));
        server.setFault(QStringLiteral("orgs/W06000001.json"), test::HttpServer::Fault::Slow);
        auto w = openWindow(m_dir.filePath(QStringLiteral("sync.db")));
        QVERIFY(w);
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        const QString url = server.url().toString();
        QSignalSpy done(w->syncRunner(), &SyncRunner::finished);
        QStringList labels;
        connect(w->syncRunner(), &SyncRunner::progress, this, [&]() {
            if (auto *d = w->findChild<QProgressDialog *>())
                labels << d->labelText();
        });
        w->startSync(url);
        // On screen before a single event is processed, let alone a progress report.
        auto *dialog = w->findChild<QProgressDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(done.wait(30000));
        QCoreApplication::processEvents();
        QVERIFY(!labels.isEmpty());
        for (const QString &label : std::as_const(labels))
            QVERIFY2(label.count(QStringLiteral("127.0.0.1")) == 1, qPrintable(label));
        QVERIFY2(labels.join(QLatin1Char('\n')).contains(QStringLiteral("\nindex.json")), qPrintable(labels.join(QLatin1Char('|'))));
    }

    void ctrlEWithNothingToExportSaysSo()
    {
        QSettings().clear(); // no service restored from an earlier window
        auto w = openWindow(demoCache());
        QVERIFY(w);
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QAction *exportAction = actionWithShortcut(w.get(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QVERIFY(exportAction);
        // Were a file dialog to open (the bug), close it so the check below fails, not hangs.
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [] {
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
        });
        closer.start(1000);
        // A tab with no picture: the default used to export the capability view, or nothing.
        w->showTab(MainWindow::SourcesTab);
        w->statusBar()->clearMessage();
        exportAction->trigger(); // with a file dialog this would block: it must not open one
        QVERIFY2(w->statusBar()->currentMessage().contains(QStringLiteral("no picture to export")),
                 qPrintable(w->statusBar()->currentMessage()));
        // The dashboard with no organisation chosen.
        if (w->currentOrganisation().isEmpty()) {
            w->showTab(MainWindow::DashboardTab);
            w->statusBar()->clearMessage();
            exportAction->trigger();
            QVERIFY2(w->statusBar()->currentMessage().contains(QStringLiteral("Nothing to export")),
                     qPrintable(w->statusBar()->currentMessage()));
        }
    }

    // Hartlepool was £6.05m in the list and £7.78m in the treemap with nothing saying why.
    void treemapExplainsItsTotal()
    {
        auto w = openWindow(demoCache());
        QVERIFY(w);
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        Cache cache;
        QVERIFY(cache.open(demoCache()).ok);
        // A demo organisation whose reported spend is larger than what its bricks map.
        QString code;
        for (const QString &candidate : {QStringLiteral("E06000043"), QStringLiteral("E06000001"), QStringLiteral("W06000001")}) {
            if (cache.organisation(candidate))
                code = candidate;
        }
        QVERIFY(!code.isEmpty());
        w->showOrganisation(code);
        w->showTab(MainWindow::TreemapTab);
        QCoreApplication::processEvents();
        QString notes;
        for (QLabel *l : w->findChildren<QLabel *>()) {
            if (l->isVisible())
                notes += l->text() + QLatin1Char('\n');
        }
        QVERIFY2(notes.contains(QStringLiteral("drawn")) && notes.contains(QStringLiteral("mapped into bricks")), qPrintable(notes));
        if (qEnvironmentVariableIsSet("LIVEDNA_SHOT_DIR"))
            w->grab().save(qEnvironmentVariable("LIVEDNA_SHOT_DIR") + QStringLiteral("/treemap-explained.png"));
    }
};

QTEST_MAIN(TestGuiVocabulary)
#include "tst_gui_vocabulary.moc"
