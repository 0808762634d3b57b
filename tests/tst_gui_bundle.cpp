// Issue 13 item 6 in the GUI: File ▸ Sync from Bundle… exists, its file chooser accepts
// bundles, and the sync it starts reads the bundle like the CLI does.

#include "core/cache/cache.h"
#include "core/sync/bundlewriter.h"
#include "tests/support/testenv.h"
#include "ui/bundlechooser.h"
#include "ui/mainwindow.h"
#include "ui/syncrunner.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace livedna;

class TestGuiBundle : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_bundle;

    static QAction *findAction(QWidget *root, const QString &text)
    {
        const auto actions = root->findChildren<QAction *>();
        for (QAction *a : actions) {
            if (a->text() == text)
                return a;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings in a throwaway place
        QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
        const QString demo = QDir(test::sourceDir()).filePath(QStringLiteral("resources/demo"));
        if (!QFile::exists(demo + QStringLiteral("/index.json")))
            QSKIP("resources/demo is absent");
        m_bundle = m_dir.filePath(QStringLiteral("demo.tar.zst"));
        FetchFailure failure = FetchFailure::None;
        const Result<BundleReport> written = BundleWriter::write(demo, m_bundle, &failure);
        QVERIFY2(written.ok(), qPrintable(written.errorString()));
    }

    void fileMenuSyncsFromBundle()
    {
        auto cache = std::make_unique<Cache>();
        QVERIFY(cache->open(m_dir.filePath(QStringLiteral("gui.db"))).ok);
        MainWindow w(std::move(cache));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QAction *action = findAction(&w, QStringLiteral("Sync from &Bundle…"));
        QVERIFY(action);

        // The action runs BundleChooser::choose (a file dialog with these filters), then this.
        const QStringList filters = BundleChooser::nameFilters();
        QVERIFY2(filters.constFirst().contains(QStringLiteral("*.tar.zst")), qPrintable(filters.join(QLatin1Char('|'))));
        w.startSync(m_bundle);
        QTRY_VERIFY_WITH_TIMEOUT(w.organisationView()->model()->rowCount() >= 12, 60000);
    }

    void brokenBundleFailsWithItsName()
    {
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.tar.zst"));
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        SyncRunner runner(m_dir.filePath(QStringLiteral("runner.db")));
        QSignalSpy done(&runner, &SyncRunner::finished);
        runner.start(garbage);
        QVERIFY(done.wait(60000));
        QCOMPARE(done.first().at(0).toBool(), false);
        const QString message = done.first().at(1).toString();
        QVERIFY2(message.contains(garbage) && message.contains(QStringLiteral("not a bundle")), qPrintable(message));
    }
};

QTEST_MAIN(TestGuiBundle)
#include "tst_gui_bundle.moc"
