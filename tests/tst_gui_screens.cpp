// Issue 13: every view, tab, mode and dialog, on the demo commons, at one screen size and in
// one language (LIVEDNA_SCREENS="en 1024x700", one ctest test per combination), checked by
// test::ScreenChecker: each window fits the screen, no label, button, tab, column or chart
// text is elided, clipped or overlapped, and no font is below 9 pt. Screenshots of every
// state go to $LIVEDNA_SCREENS_DIR, or build/screens, in a folder per combination
// (en-1024x700/…) for people to look at.
#include "core/area/areadata.h"
#include "core/cache/cache.h"
#include "core/i18n/translations.h"
#include "ui/analysis/duplicationview.h"
#include "ui/analysis/scenariopanel.h"
#include "ui/analysis/similarityview.h"
#include "ui/analysis/valuerankingview.h"
#include "ui/area/myarea.h"
#include "ui/area/myareaview.h"
#include "ui/briefingdialog.h"
#include "ui/graph/brickgraphview.h"
#include "ui/import/publishdialog.h"
#include "ui/import/spendingimportwizard.h"
#include "ui/mainwindow.h"
#include "ui/mapping/addbrickdialog.h"
#include "ui/mapping/mappingwiring.h"
#include "ui/mapping/mappingworkspace.h"
#include "ui/proposal/proposalworkspace.h"
#include "ui/syncrunner.h"
#include "ui/workspacewiring.h"
#include "tests/support/gui/screenchecker.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWizard>

using namespace livedna;

namespace {

const QString kOrg = QStringLiteral("E06000043");
const QString kService = QStringLiteral("adult-social-care");

struct Combination
{
    QString lang = QStringLiteral("en");
    QSize screen{1024, 700};
    QString name() const { return QStringLiteral("%1-%2x%3").arg(lang).arg(screen.width()).arg(screen.height()); }
};

// "en 1024x700", "cy 1920x1080"; the default is English at 1024 × 700.
Combination combination()
{
    Combination c;
    const QStringList parts = qEnvironmentVariable("LIVEDNA_SCREENS").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!parts.isEmpty())
        c.lang = parts.at(0);
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^(\\d+)x(\\d+)$")).match(parts.value(1));
    if (m.hasMatch())
        c.screen = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    return c;
}

QString screenshotDir(const Combination &c)
{
    const QString base = qEnvironmentVariableIsEmpty("LIVEDNA_SCREENS_DIR")
                             ? QCoreApplication::applicationDirPath() + QStringLiteral("/../screens")
                             : qEnvironmentVariable("LIVEDNA_SCREENS_DIR");
    return QDir::cleanPath(QDir(base).filePath(c.name()));
}

} // namespace

class TestGuiScreens : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Combination m_combination = combination();
    QString m_shots;
    test::ScreenChecker m_checker;
    QStringList m_problems;
    QStringList m_states;
    std::unique_ptr<MainWindow> m_window;

    // Checks what is on screen now and keeps its picture.
    void visit(const QString &state)
    {
        test::ScreenChecker::settle();
        m_states << state;
        m_problems << m_checker.check(state);
        m_checker.saveScreenshots(m_shots, QStringLiteral("%1-%2").arg(m_states.size(), 2, 10, QLatin1Char('0')).arg(state));
    }

    // Every tab of every visible QTabWidget inside `root`, each visited in turn.
    void visitInnerTabs(QWidget *root, const QString &prefix)
    {
        for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
            if (!tabs->isVisible())
                continue;
            const int keep = tabs->currentIndex();
            for (int i = 0; i < tabs->count(); ++i) {
                if (i == keep)
                    continue;
                tabs->setCurrentIndex(i);
                visit(QStringLiteral("%1-%2").arg(prefix).arg(i));
            }
            tabs->setCurrentIndex(keep);
        }
    }

    // A dialog shown without blocking, checked with the main window behind it, then closed.
    void visitDialog(QWidget *dialog, const QString &state)
    {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        visit(state);
        if (auto *wizard = qobject_cast<QWizard *>(dialog)) {
            // Later pages need files chosen; their layout is seen only when reachable.
            for (int page = 1; page < 4 && wizard->button(QWizard::NextButton)->isEnabled()
                               && wizard->button(QWizard::NextButton)->isVisible(); ++page) {
                wizard->next();
                visit(QStringLiteral("%1-page%2").arg(state).arg(page + 1));
            }
        }
        dialog->close();
        test::ScreenChecker::settle();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true); // settings and remembered areas in a throwaway place
        qputenv("LIVEDNA_DRAFTS", m_dir.filePath(QStringLiteral("drafts.sqlite")).toUtf8());
        m_shots = screenshotDir(m_combination);
        QDir(m_shots).removeRecursively();
        QVERIFY(QDir().mkpath(m_shots));
        const QScreen *screen = QGuiApplication::primaryScreen();
        QVERIFY(screen);
        QCOMPARE(screen->availableGeometry().size(), m_combination.screen);
        qInfo("%s: app font %s %.1f pt; screenshots in %s", qPrintable(m_combination.name()),
              qPrintable(QApplication::font().family()), QApplication::font().pointSizeF(), qPrintable(m_shots));
    }

    // A new user's first start: an empty cache, the demo commons loaded from the File menu
    // (its progress dialog seen on the way), then every part of the application in turn.
    void everyStateFitsAndReads()
    {
        QElapsedTimer clock;
        clock.start();
        auto cache = std::make_unique<Cache>();
        QVERIFY(cache->open(m_dir.filePath(QStringLiteral("cache.sqlite"))).ok);
        m_window = std::make_unique<MainWindow>(std::move(cache));
        MainWindow &w = *m_window;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        visit(QStringLiteral("empty"));

        QSignalSpy synced(w.syncRunner(), &SyncRunner::finished);
        QTimer progressWatch;
        bool progressSeen = false;
        connect(&progressWatch, &QTimer::timeout, this, [&] {
            for (QProgressDialog *d : w.findChildren<QProgressDialog *>()) {
                if (d->isVisible() && !progressSeen) {
                    progressSeen = true;
                    m_problems << m_checker.check(QStringLiteral("sync-progress"));
                    m_checker.saveScreenshots(m_shots, QStringLiteral("00-sync-progress"));
                }
            }
        });
        progressWatch.start(50);
        w.startSync(QStringLiteral("demo"));
        QVERIFY(synced.wait(120000));
        progressWatch.stop();
        QVERIFY2(synced.first().at(0).toBool(), qPrintable(synced.first().at(1).toString()));
        // The sync's own message stays in the status bar beside the commons line.
        w.showService(kOrg, kService);
        qInfo("status message: '%s'", qPrintable(w.statusBar()->currentMessage()));
        visit(QStringLiteral("explore-services"));

        visitExplorer(w);
        visitMyArea(w);
        visitAnalysis(w);
        visitProposal(w);
        visitMap(w);
        visitDialogs(w);
        qInfo("%s: %d states in %.1f s", qPrintable(m_combination.name()), int(m_states.size()), clock.elapsed() / 1000.0);

        m_window.reset();
        for (const QString &p : std::as_const(m_problems))
            qWarning("%s", qPrintable(p));
        QVERIFY2(m_problems.isEmpty(), qPrintable(QStringLiteral("%1 layout problems in %2 (listed above); screenshots in %3")
                                                      .arg(m_problems.size())
                                                      .arg(m_combination.name(), m_shots)));
    }

private:
    void visitExplorer(MainWindow &w)
    {
        const QStringList names = {QStringLiteral("services"), QStringLiteral("dashboard"), QStringLiteral("treemap"),
                                   QStringLiteral("matrix"),   QStringLiteral("capability"), QStringLiteral("instances"),
                                   QStringLiteral("sources")};
        for (int t = MainWindow::DashboardTab; t <= MainWindow::SourcesTab; ++t) {
            w.showTab(MainWindow::Tab(t));
            visit(QStringLiteral("explore-") + names.at(t));
            visitInnerTabs(w.wiring()->tabs()->currentWidget(), QStringLiteral("explore-") + names.at(t));
        }
        w.showTab(MainWindow::ServicesTab);
    }

    void visitMyArea(MainWindow &w)
    {
        MyAreaView *area = w.myArea()->show();
        QVERIFY(area);
        visit(QStringLiteral("myarea"));
        if (area->showOrganisation(kOrg))
            visit(QStringLiteral("myarea-organisation"));
    }

    void visitAnalysis(MainWindow &w)
    {
        WorkspaceWiring *wiring = w.wiring();
        DuplicationView *dup = wiring->showDuplication();
        QVERIFY(dup);
        QTRY_VERIFY_WITH_TIMEOUT(!dup->isLoading() && dup->capabilityModel()->rowCount() > 0, 30000);
        visit(QStringLiteral("analysis-duplication"));
        // The drill-down: the organisations behind a capability's figure, and the brick
        // instances behind one organisation's.
        dup->selectCapability(QStringLiteral("case-management"));
        test::ScreenChecker::settle(200);
        dup->selectOrganisationRow(0);
        test::ScreenChecker::settle(200);
        visit(QStringLiteral("analysis-duplication-drilldown"));

        ScenarioPanel *scenario = wiring->showScenario();
        QVERIFY(scenario);
        QTRY_VERIFY_WITH_TIMEOUT(scenario->model()->rowCount() > 0, 30000);
        visit(QStringLiteral("analysis-scenario"));

        ValueRankingView *value = wiring->showValueRanking();
        QVERIFY(value);
        QTRY_VERIFY_WITH_TIMEOUT(value->serviceModel()->rowCount() > 0, 30000);
        visit(QStringLiteral("analysis-value"));
        visitInnerTabs(value, QStringLiteral("analysis-value"));

        w.showService(kOrg, kService);
        SimilarityView *similarity = wiring->showSimilarity();
        QVERIFY(similarity);
        QTRY_VERIFY_WITH_TIMEOUT(similarity->model()->rowCount() > 0, 30000);
        visit(QStringLiteral("analysis-similarity"));
        visitInnerTabs(similarity, QStringLiteral("analysis-similarity"));
    }

    void visitProposal(MainWindow &w)
    {
        WorkspaceWiring *wiring = w.wiring();
        ProposalWorkspace *proposal = wiring->newProposalFromService(kOrg, kService);
        QVERIFY(proposal);
        visit(QStringLiteral("propose"));
        proposal->compareWithBaseline();
        visit(QStringLiteral("propose-compare"));
        visitInnerTabs(proposal, QStringLiteral("propose"));
        QVERIFY(wiring->showDrafts());
        visit(QStringLiteral("propose-drafts"));
    }

    void visitMap(MainWindow &w)
    {
        MappingWorkspace *map = w.wiring()->mapping()->showMapping(kOrg, kService);
        QVERIFY(map);
        visit(QStringLiteral("map"));
        visitInnerTabs(map, QStringLiteral("map"));
        map->showChanges();
        if (QWidget *d = QApplication::activeModalWidget())
            visitDialog(d, QStringLiteral("dialog-map-changes"));
        map->publish();
        if (QWidget *d = QApplication::activeModalWidget())
            visitDialog(d, QStringLiteral("dialog-map-publish"));
        map->importCsv();
        if (QWidget *d = QApplication::activeModalWidget())
            visitDialog(d, QStringLiteral("dialog-map-import"));
        BrickInstance brick;
        brick.name = QStringLiteral("Case management system for adult social care assessments");
        brick.annualCostGbp = 48700;
        AddBrickDialog add(brick, {{QStringLiteral("case-management"), QStringLiteral("Case management"), Layer::Frontline}}, &w);
        visitDialog(&add, QStringLiteral("dialog-map-addbrick"));
    }

    void visitDialogs(MainWindow &w)
    {
        WorkspaceWiring *wiring = w.wiring();
        if (SpendingImportWizard *wizard = wiring->openSpendingImport())
            visitDialog(wizard, QStringLiteral("dialog-import-spending"));
        if (PublishDialog *publish = wiring->openPublish())
            visitDialog(publish, QStringLiteral("dialog-publish"));
        Cache cache;
        QVERIFY(cache.open(m_dir.filePath(QStringLiteral("cache.sqlite"))).ok);
        Result<AreaData> areas = AreaData::fromJson(cache.areas(), QStringLiteral("areas"));
        if (areas) {
            areas.value().reindex();
            BriefingDialog briefing(areas.value(), &w);
            visitDialog(&briefing, QStringLiteral("dialog-briefing"));
        }
    }
};

int main(int argc, char *argv[])
{
    // The offscreen platform with a screen of the combination's size (its configfile option),
    // before QApplication exists; the language the same way the application chooses it.
    const Combination c = combination();
    QTemporaryDir config;
    const QString configPath = config.filePath(QStringLiteral("screen.json"));
    QFile f(configPath);
    if (!f.open(QIODevice::WriteOnly))
        return 2;
    f.write(QStringLiteral(R"({"synchronousWindowSystemEvents": false, "windowFrameMargins": false,
        "screens": [{"name": "screen", "x": 0, "y": 0, "width": %1, "height": %2, "logicalDpi": 96,
                     "logicalBaseDpi": 96, "dpr": 1}]})")
                .arg(c.screen.width())
                .arg(c.screen.height())
                .toUtf8());
    f.close();
    qputenv("QT_QPA_PLATFORM", QStringLiteral("offscreen:configfile=%1").arg(configPath).toUtf8());
    qputenv("LIVEDNA_LANG", c.lang.toUtf8());
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("LiveDNA"));
    QApplication::setOrganizationName(QStringLiteral("LiveDNA"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion"))); // as the application does
    installTranslations(app);
    TestGuiScreens test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_screens.moc"
