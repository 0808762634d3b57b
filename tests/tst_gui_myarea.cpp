// My area (issue 11, items 2 and 5) on the real commons built by scripts/build-real-commons.sh
// from ../shared/data and synced into a real cache, and on the bundled demo commons (which
// has no areas document): the finder, a two-tier constituency, opening an organisation in the
// explorer, Suggest a redesign from a real service, the first-start offer, and the layout.
#include "core/area/areafinder.h"
#include "core/cache/cache.h"
#include "core/export/exporter.h"
#include "core/proposal/baseline.h"
#include "core/proposal/proposalmodel.h"
#include "core/sync/syncer.h"
#include "tests/support/testenv.h"
#include "ui/area/myarea.h"
#include "ui/area/myareaview.h"
#include "ui/mainwindow.h"
#include "ui/proposal/proposalcanvas.h"
#include "ui/proposal/proposalworkspace.h"
#include "ui/workspacewiring.h"

#include <QAction>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>

using namespace livedna;

namespace {

const QString kAldershot = QStringLiteral("E14001063");  // MP Alex Baker; Hampshire is two-tier
const QString kRushmoor = QStringLiteral("E07000092");   // a district of Aldershot
const QString kHampshire = QStringLiteral("E10000014");  // the county council above it

// The row of the finder's results whose text starts with `text`, or -1.
int rowStartingWith(QListWidget *list, const QString &text)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().startsWith(text))
            return i;
    return -1;
}

} // namespace

class TestGuiMyArea : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_realCache;
    QString m_demoCache;

    std::unique_ptr<MainWindow> makeWindow(const QString &path)
    {
        auto cache = std::make_unique<Cache>();
        const Status st = cache->open(path);
        if (!st)
            qWarning("%s", qPrintable(st.error));
        auto w = std::make_unique<MainWindow>(std::move(cache));
        w->resize(1024, 700);
        w->show();
        return w;
    }

    // Types into the finder as a user would and clicks the match starting with `match`.
    static void findAndChoose(MyAreaView *view, const QString &typed, const QString &match)
    {
        view->finder()->clear();
        QTest::keyClicks(view->finder(), typed);
        QListWidget *results = view->results();
        QVERIFY(results->isVisible());
        const int row = rowStartingWith(results, match);
        QVERIFY2(row >= 0, qPrintable(QStringLiteral("no match '%1' for '%2'").arg(match, typed)));
        const QRect rect = results->visualItemRect(results->item(row));
        QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, rect.center());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        MyAreaView::forgetArea();
        qputenv("LIVEDNA_DRAFTS", m_dir.filePath(QStringLiteral("drafts.sqlite")).toUtf8());
        m_demoCache = m_dir.filePath(QStringLiteral("demo.sqlite"));
        {
            Cache demo;
            QVERIFY(demo.open(m_demoCache).ok);
            const Result<SyncReport> r = Syncer(&demo).run(QStringLiteral("demo"));
            QVERIFY2(r.ok(), qPrintable(r.errorString()));
        }
        LIVEDNA_REQUIRE_SHARED(QStringLiteral("constituencies/current_mps.csv"), mps);
        const QString cli = livedna::test::cliPath();
        if (cli.isEmpty() || !QFileInfo::exists(cli))
            QSKIP("LIVEDNA_CLI is not set (run through ctest)");
        const QString out = m_dir.filePath(QStringLiteral("real"));
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("bash"), {QDir(livedna::test::sourceDir()).filePath(QStringLiteral("scripts/build-real-commons.sh")),
                                         out, QStringLiteral("--cli"), cli, QStringLiteral("--data"), livedna::test::sharedDataDir()});
        QVERIFY(p.waitForFinished(600000));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAll().right(4000).constData());
        m_realCache = m_dir.filePath(QStringLiteral("real.sqlite"));
        Cache real;
        QVERIFY(real.open(m_realCache).ok);
        const Result<SyncReport> r = Syncer(&real).run(out);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QVERIFY(!real.areas().isEmpty());
    }

    void init()
    {
        MyAreaView::forgetArea();
    }

    void finderFindsConstituencyByMpSurname()
    {
        auto w = makeWindow(m_realCache);
        MyAreaView *view = w->myArea()->show();
        QVERIFY(view && view->hasAreas());
        findAndChoose(view, QStringLiteral("baker"), QStringLiteral("Alex Baker"));
        QCOMPARE(view->currentConstituency(), kAldershot);
        QVERIFY(!view->results()->isVisible());
        QCOMPARE(MyAreaView::rememberedArea(), kAldershot);
        // Type-ahead over every constituency, MP, council and trust: one keystroke's matching
        // stays well under what a typist notices, even for one letter (most entries match).
        AreaFinder finder;
        Cache cache;
        QVERIFY(cache.open(m_realCache).ok);
        const Result<AreaData> areas = AreaData::fromJson(cache.areas(), QStringLiteral("areas"));
        QVERIFY(areas.ok());
        AreaData data = areas.value();
        data.reindex();
        finder.build(&data, cache.organisations());
        QVERIFY2(finder.entries().size() > 650 + 600 + 500, qPrintable(QString::number(finder.entries().size())));
        QElapsedTimer timer;
        qint64 slowest = 0;
        for (char c = 'a'; c <= 'z'; ++c) {
            timer.start();
            finder.match(QString(QLatin1Char(c)));
            slowest = std::max(slowest, timer.elapsed());
        }
        qInfo("finder: %lld entries, slowest one-letter match %lld ms", qint64(finder.entries().size()), slowest);
        QVERIFY2(slowest < 250, qPrintable(QString::number(slowest)));
    }

    void finderFindsCouncilByName()
    {
        auto w = makeWindow(m_realCache);
        MyAreaView *view = w->myArea()->show();
        findAndChoose(view, QStringLiteral("rushm"), QStringLiteral("Rushmoor Borough Council"));
        QCOMPARE(view->currentOrganisation(), kRushmoor);
        QCOMPARE(view->shownOrganisations(), QStringList{kRushmoor});
        // The council's card carries its headline: its reported year and sources, never £0.
        auto *figures = view->findChild<QLabel *>(QStringLiteral("headline:") + kRushmoor);
        QVERIFY(figures);
        QVERIFY2(figures->text().contains(QLatin1String("2023-24")), qPrintable(figures->text()));
        QVERIFY2(figures->text().contains(QLatin1String("rsx-2023-24")), qPrintable(figures->text()));
        QVERIFY2(!figures->text().contains(QLatin1String("£0<")), qPrintable(figures->text()));
        // Against its class's published distribution (the commons' peer benchmarks).
        QVERIFY2(figures->text().contains(QLatin1String("median")), qPrintable(figures->text()));
    }

    void twoTierConstituencyListsTheCounty()
    {
        auto w = makeWindow(m_realCache);
        MyAreaView *view = w->myArea()->show();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(view->showConstituency(kAldershot));
        qInfo("Aldershot with %lld organisations' headlines shown in %lld ms", qint64(view->shownOrganisations().size()), timer.elapsed());
        const QStringList shown = view->shownOrganisations();
        QVERIFY2(shown.contains(kHampshire), qPrintable(shown.join(QLatin1Char(','))));
        QVERIFY(shown.contains(kRushmoor));
        QVERIFY2(shown.contains(QStringLiteral("RDU")), qPrintable(shown.join(QLatin1Char(',')))); // Frimley Health
        QVERIFY(view->findChild<QPushButton *>(QStringLiteral("exportBriefing")));
    }

    void clickingAnOrganisationSelectsItInTheExplorer()
    {
        auto w = makeWindow(m_realCache);
        MyAreaView *view = w->myArea()->show();
        QVERIFY(view->showConstituency(kAldershot));
        auto *open = view->findChild<QPushButton *>(QStringLiteral("open:") + kHampshire);
        QVERIFY(open);
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(w->currentOrganisation(), kHampshire);
        QVERIFY(w->organisationView()->currentIndex().isValid());
        QVERIFY(w->organisationView()->currentIndex().siblingAtColumn(0).data().toString().contains(QLatin1String("Hampshire")));
        QCOMPARE(w->wiring()->tabs()->currentIndex(), int(MainWindow::ServicesTab));
    }

    void suggestARedesignStartsFromTheReportedComposition()
    {
        auto w = makeWindow(m_realCache);
        MyAreaView *view = w->myArea()->show();
        QVERIFY(view->showConstituency(kAldershot));
        auto *button = view->findChild<QToolButton *>(QStringLiteral("redesign:") + kRushmoor);
        QVERIFY(button && button->menu());
        QAction *planning = button->menu()->findChild<QAction *>(QStringLiteral("redesign:%1:planning-development").arg(kRushmoor));
        QVERIFY(planning);
        planning->trigger();
        ProposalWorkspace *ws = w->wiring()->currentWorkspace();
        QVERIFY(ws);
        const Proposal &p = ws->model()->proposal();
        QVERIFY(p.baseline);
        QVERIFY(p.baseline->fromReported);
        // The published RSX 2023-24 lines of Rushmoor's planning and development (line 394).
        Cache cache;
        QVERIFY(cache.open(m_realCache).ok);
        const std::optional<Service> published = cache.service(kRushmoor, QStringLiteral("planning-development"));
        QVERIFY(published && published->reported && published->reported->employeesGbp && published->reported->runningGbp);
        QVERIFY(published->bricks.isEmpty());
        QHash<QString, double> lines;
        for (const BrickInstance &b : p.baseline->service.bricks) {
            lines.insert(b.id, b.annualCostGbp);
            QCOMPARE(b.source, published->reported->source);
        }
        QCOMPARE(lines.value(QStringLiteral("employees")), *published->reported->employeesGbp);
        QCOMPARE(lines.value(QStringLiteral("running-costs")), *published->reported->runningGbp);
        QCOMPARE(p.baseline->service.systems.size(), published->systems.size());
        QCOMPARE(p.service.bricks.size(), p.baseline->service.bricks.size());
        QVERIFY(ws->canvas()->nodeCount() >= 2); // not an empty canvas
        // Its baseline check derives the same lines from what is published: no change.
        QCOMPARE(Baselines::check(p, cache).state, BaselineCheck::Current);
        // The exported proposal names the MP's constituency.
        QVERIFY(p.area);
        QCOMPARE(p.area->constituency, kAldershot);
        const QJsonObject json = QJsonDocument::fromJson(ProposalFile::toJson(p)).object();
        QCOMPARE(json.value(QStringLiteral("area")).toObject().value(QStringLiteral("constituency")).toString(), kAldershot);
        QCOMPARE(json.value(QStringLiteral("baseline")).toObject().value(QStringLiteral("composition_from")).toString(),
                 QStringLiteral("reported"));
        const Result<Proposal> back = ProposalFile::fromJson(ProposalFile::toJson(p), QStringLiteral("p.json"));
        QVERIFY2(back.ok(), qPrintable(back.errorString()));
        QVERIFY(back.value().area && back.value().baseline->fromReported);
        QVERIFY(Exporter::fromProposal(p).provenance.join(QLatin1Char('\n')).contains(QLatin1String("Aldershot")));
    }

    void firstStartOfferAppearsOnceAndNotAfterAnAreaIsChosen()
    {
        {
            auto w = makeWindow(m_realCache);
            QVERIFY(w->myArea()->isFirstStart());
            QVERIFY(w->myArea()->offerOnFirstStart());
            QVERIFY(w->myArea()->view());
            QCOMPARE(w->wiring()->tabs()->currentWidget(), w->myArea()->view());
            QVERIFY(!w->myArea()->offerOnFirstStart()); // once
            w->myArea()->view()->showConstituency(kAldershot);
        }
        auto w = makeWindow(m_realCache);
        QVERIFY(!w->myArea()->isFirstStart());
        QVERIFY(!w->myArea()->offerOnFirstStart());
        QVERIFY(!w->myArea()->view());
        // Later, from the menu: it opens on the remembered area.
        w->myArea()->action()->trigger();
        QVERIFY(w->myArea()->view());
        QCOMPARE(w->myArea()->view()->currentConstituency(), kAldershot);
    }

    void demoCommonsSaysThereIsNoAreaData()
    {
        auto w = makeWindow(m_demoCache);
        QVERIFY(!w->myArea()->isFirstStart());
        QVERIFY(!w->myArea()->offerOnFirstStart());
        MyAreaView *view = w->myArea()->show();
        QVERIFY(!view->hasAreas());
        QVERIFY2(view->noticeText().contains(QLatin1String("publishes no areas")), qPrintable(view->noticeText()));
        // Organisation search still works, accents aside, and the official Welsh name stays.
        findAndChoose(view, QStringLiteral("ynys mon"), QStringLiteral("Cyngor Sir Ynys Môn"));
        QCOMPARE(view->currentOrganisation(), QStringLiteral("W06000001"));
        QCOMPARE(view->shownOrganisations(), QStringList{QStringLiteral("W06000001")});
        QVERIFY(view->currentConstituency().isEmpty());
        QTest::keyClicks(view->finder(), QStringLiteral("baker"));
        QCOMPARE(rowStartingWith(view->results(), QStringLiteral("Alex Baker")), -1);
    }

    void fitsA1024By700Screen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QString();
        QTest::newRow("Welsh") << QStringLiteral(":/i18n/livedna_cy.qm");
    }

    void fitsA1024By700Screen()
    {
        QFETCH(QString, language);
        QTranslator welsh;
        if (!language.isEmpty()) {
            QVERIFY(welsh.load(language));
            QCoreApplication::installTranslator(&welsh);
        }
        auto w = makeWindow(m_realCache);
        MyAreaView *view = w->myArea()->show();
        QVERIFY(view->showConstituency(kAldershot));
        const int width = w->minimumSizeHint().width();
        const int viewWidth = view->minimumSizeHint().width();
        QCoreApplication::removeTranslator(&welsh);
        QVERIFY2(width <= 1024, qPrintable(QStringLiteral("window minimum width %1").arg(width)));
        QVERIFY2(viewWidth <= 1024 - 300, qPrintable(QString::number(viewWidth)));
        QVERIFY(w->minimumSizeHint().height() <= 700);
    }
};

QTEST_MAIN(TestGuiMyArea)
#include "tst_gui_myarea.moc"
