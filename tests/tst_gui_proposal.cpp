// The proposal workspace widgets, driven as a user would (palette, brick details, undo,
// compare, export), with the draft checked in its real SQLite file after each step.
#include "core/cache/cache.h"
#include "core/proposal/baseline.h"
#include "core/proposal/draftstore.h"
#include "core/proposal/proposalcommands.h"
#include "core/proposal/proposalmodel.h"
#include "core/proposal/proposalundo.h"
#include "tests/support/proposalfixture.h"
#include "ui/proposal/brickpalette.h"
#include "ui/proposal/compareview.h"
#include "ui/proposal/draftlist.h"
#include "ui/proposal/effectpanel.h"
#include "ui/proposal/proposalcanvas.h"
#include "ui/proposal/proposallegend.h"
#include "ui/proposal/proposalworkspace.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTabWidget>
#include <QTreeWidget>

using namespace livedna;
using namespace livedna::test;

class TestGuiProposal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QPushButton *button(QWidget *root, const QString &text)
    {
        for (QPushButton *b : root->findChildren<QPushButton *>()) {
            if (b->text() == text)
                return b;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void editThroughTheWidgets()
    {
        DraftStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("gui.sqlite"))).ok);
        ProposalWorkspace ws;
        ws.resize(1400, 900);
        const Result<qint64> id = ws.startDraft(&store, sampleProposal());
        QVERIFY2(id.ok(), qPrintable(id.errorString()));
        ws.show();
        QVERIFY(QTest::qWaitForWindowExposed(&ws));
        QCOMPARE(ws.canvas()->nodeCount(), 4);
        QCOMPARE(ws.effectPanel()->effect().annualSaving, 0.0);
        const qint64 editsAtStart = store.info(id.value())->edits;

        // Palette: search, then activate a brick to add it.
        ws.palette()->setFilter(QStringLiteral("notify"));
        QCOMPARE(ws.palette()->visibleBricks(), QStringList{QStringLiteral("notifications.govuk-notify")});
        QTreeWidget *tree = ws.palette()->tree();
        QTreeWidgetItem *notify = tree->topLevelItem(0)->child(0);
        Q_EMIT tree->itemActivated(notify, 0);
        QCOMPARE(ws.model()->service().bricks.size(), 5);
        QCOMPARE(ws.canvas()->nodeCount(), 5);
        QCOMPARE(ws.effectPanel()->effect().after.total, 229500.0 + 800.0);
        QVERIFY(store.info(id.value())->edits > editsAtStart);
        QCOMPARE(comparable(store.load(id.value()).value()), comparable(ws.model()->proposal()));

        // Select the bespoke case system and replace it with the commons brick offered.
        ws.canvas()->selectBrick(QStringLiteral("case"));
        QCOMPARE(ws.canvas()->selectedBrick(), QStringLiteral("case"));
        auto *combo = ws.findChild<QComboBox *>();
        QVERIFY(combo);
        QCOMPARE(combo->count(), 1);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("case-management.shared-case"));
        QPushButton *replace = button(&ws, QStringLiteral("Replace"));
        QVERIFY(replace);
        QTest::mouseClick(replace, Qt::LeftButton);
        QCOMPARE(ws.model()->brick(QStringLiteral("case"))->uses, QStringLiteral("case-management.shared-case"));
        QCOMPARE(ws.effectPanel()->effect().annualSaving, 84000.0 - 30000.0 - 800.0);
        QVERIFY2(ws.effectPanel()->summaryText().contains(QStringLiteral("Saving: £53.2k a year")), qPrintable(ws.effectPanel()->summaryText()));
        QVERIFY(ws.effectPanel()->summaryText().contains(QStringLiteral("Bespoke bricks removed: 1")));
        QCOMPARE(ws.undoAction()->toolTip(), QStringLiteral("Undo Replace “In-house case system — Môn” with Shared case system"));

        // Cost typed into the spin box.
        auto *cost = ws.findChild<QDoubleSpinBox *>();
        QVERIFY(cost);
        cost->setValue(25000);
        QCOMPARE(ws.model()->brick(QStringLiteral("case"))->annualCostGbp, 25000.0);
        QCOMPARE(comparable(store.load(id.value()).value()), comparable(ws.model()->proposal()));

        // Undo twice, redo once: the panel and the draft follow.
        ws.undoAction()->trigger();
        ws.undoAction()->trigger();
        QVERIFY(ws.model()->brick(QStringLiteral("case"))->uses.isEmpty());
        QCOMPARE(ws.effectPanel()->effect().annualSaving, -800.0);
        QCOMPARE(comparable(store.load(id.value()).value()), comparable(ws.model()->proposal()));
        ws.redoAction()->trigger();
        QCOMPARE(ws.effectPanel()->effect().annualSaving, 54000.0 - 800.0);
        QCOMPARE(comparable(store.load(id.value()).value()), comparable(ws.model()->proposal()));

        // A real mouse drag on the canvas is one move command, persisted.
        {
            ProposalCanvas *canvas = ws.canvas();
            ws.findChild<QTabWidget *>()->setCurrentWidget(canvas);
            const QPointF start = canvas->brickPosition(QStringLiteral("apply"));
            const QPoint from = canvas->mapFromScene(start + QPointF(4, 4));
            const QPoint to = from + QPoint(60, 80);
            const int before = ws.model()->undoStack()->index();
            QTest::mousePress(canvas->viewport(), Qt::LeftButton, {}, from);
            for (int i = 1; i <= 6; ++i)
                QTest::mouseMove(canvas->viewport(), from + (to - from) * i / 6, 5);
            QTest::mouseRelease(canvas->viewport(), Qt::LeftButton, {}, to);
            QCOMPARE(ws.model()->undoStack()->index(), before + 1);
            QCOMPARE(ws.model()->undoStack()->undoText(), QStringLiteral("Move “Online application form”"));
            const QPointF moved = *ws.model()->position(QStringLiteral("apply"));
            QVERIFY(moved.x() > start.x() && moved.y() > start.y());
            QCOMPARE(store.load(id.value()).value().layout.value(QStringLiteral("apply")), moved);
        }
        // What an item reports when a drag ends.
        ws.canvas()->brickMoved(QStringLiteral("assess"), QPointF(700, 40));
        QCOMPARE(ws.canvas()->brickPosition(QStringLiteral("assess")), QPointF(700, 40));
        QCOMPARE(store.load(id.value()).value().layout.value(QStringLiteral("assess")), QPointF(700, 40));

        if (qEnvironmentVariableIsSet("LIVEDNA_SHOT_DIR"))
            ws.grab().save(qEnvironmentVariable("LIVEDNA_SHOT_DIR") + QStringLiteral("/workspace-canvas.png"));

        // Compare with the baseline: a list and highlighted bricks.
        ws.compareWithBaseline();
        const QString lines = ws.compareView()->lines().join(QLatin1Char('\n'));
        QVERIFY2(lines.contains(QStringLiteral("Replaced “In-house case system — Môn” with commons brick “Shared case system”")), qPrintable(lines));
        QVERIFY(lines.contains(QStringLiteral("Added brick “GOV.UK Notify”")));
        QCOMPARE(ws.compareView()->canvas()->nodeCount(), 5);

        // Export from the workspace.
        const QString pdf = m_dir.filePath(QStringLiteral("ws.pdf"));
        QVERIFY(ws.exportTo(ExportFormat::Pdf, pdf).ok);
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (!pdftotext.isEmpty()) {
            QProcess p;
            p.start(pdftotext, {pdf, QStringLiteral("-")});
            QVERIFY(p.waitForFinished());
            const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
            QVERIFY(text.contains(sampleProposal().title));
            QVERIFY(text.contains(QStringLiteral("£53.2k")));
        }
        const QImage shot = ws.grab().toImage();
        QVERIFY(!shot.isNull());
        shot.save(m_dir.filePath(QStringLiteral("workspace.png")));
        if (qEnvironmentVariableIsSet("LIVEDNA_SHOT_DIR"))
            shot.save(qEnvironmentVariable("LIVEDNA_SHOT_DIR") + QStringLiteral("/workspace.png"));
    }

    void compareTwoProposalFiles()
    {
        DraftStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("cmp.sqlite"))).ok);
        ProposalWorkspace ws;
        QVERIFY(ws.startDraft(&store, sampleProposal()).ok());
        ProposalModel other;
        other.setProposal(sampleProposal());
        QVERIFY(edit::removeBrick(other, QStringLiteral("pay")).ok);
        Proposal p = other.proposal();
        p.title = QStringLiteral("Alternative");
        const QString file = m_dir.filePath(QStringLiteral("alt.livedna-proposal.json"));
        QVERIFY(ProposalFile::write(p, file).ok);
        QVERIFY(ws.compareWithFile(file).ok);
        QVERIFY(ws.compareView()->lines().join(QLatin1Char('\n')).contains(QStringLiteral("Removed brick “Payments, \"legacy\" pages” (−£24k a year)")));
        QCOMPARE(ws.compareView()->diff().flows.size(), 2);
        // A hostile file is refused with its name, and nothing else changes.
        const QString bad = m_dir.filePath(QStringLiteral("bad.livedna-proposal.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\":\"livedna-proposal/1\"");
        f.close();
        const Status st = ws.compareWithFile(bad);
        QVERIFY(!st.ok);
        QVERIFY(st.error.contains(bad));
        QCOMPARE(ws.model()->service().bricks.size(), 4);
        QVERIFY(!ws.importFile(&store, bad).ok());
        QCOMPARE(store.drafts().size(), 1);
    }

    void recoveryIsAnnounced()
    {
        const QString path = m_dir.filePath(QStringLiteral("recover.sqlite"));
        qint64 id = 0;
        {
            DraftStore store;
            QVERIFY(store.open(path).ok);
            id = store.create(sampleProposal()).value();
            // What a crash leaves behind: the session still marked open.
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("UPDATE session SET open = 1")));
            store.database().close(); // skip the clean close
        }
        DraftStore store;
        QVERIFY(store.open(path).ok);
        QVERIFY(store.recoveredAfterCrash());
        ProposalWorkspace ws;
        QVERIFY(ws.openDraft(&store, id).ok);
        QVERIFY2(ws.bannerText().contains(QStringLiteral("did not close properly")), qPrintable(ws.bannerText()));
        DraftList list;
        QSignalSpy open(&list, &DraftList::openRequested);
        list.setStore(&store);
        QCOMPARE(list.count(), 1);
        QVERIFY(list.notice().contains(QStringLiteral("1 draft")));
    }

    void outOfDateBaselineIsShown()
    {
        Cache cache;
        QVERIFY(cache.open(m_dir.filePath(QStringLiteral("baseline-cache.sqlite"))).ok);
        QCOMPARE(publishToCache(cache, 3, sampleService(), QStringLiteral("ab").repeated(32)), QString());
        const Result<Proposal> started = Baselines::startFromService(cache, QStringLiteral("W06000001"), QStringLiteral("blue-badge"));
        QVERIFY(started.ok());
        DraftStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("baseline-drafts.sqlite"))).ok);
        const qint64 id = store.create(started.value()).value();
        {
            ProposalWorkspace ws;
            ws.setCache(&cache);
            QVERIFY(ws.openDraft(&store, id).ok);
            QVERIFY2(ws.bannerText().isEmpty(), qPrintable(ws.bannerText()));
            QCOMPARE(ws.palette()->visibleBricks().size(), 5); // the whole catalogue from the cache
        }
        Service changed = sampleService();
        changed.bricks[3].annualCostGbp = 130000;
        QCOMPARE(publishToCache(cache, 4, changed, QStringLiteral("12").repeated(32)), QString());
        ProposalWorkspace ws;
        ws.setCache(&cache);
        QVERIFY(ws.openDraft(&store, id).ok);
        QVERIFY2(ws.bannerText().contains(QStringLiteral("changed since this draft started (version 3 → 4)")), qPrintable(ws.bannerText()));
        QVERIFY(ws.bannerText().contains(QStringLiteral("Changed brick “Mobility assessment”: annual_cost_gbp (+£10k a year)")));
        // The draft itself still holds what it was started from.
        QCOMPARE(store.load(id).value().baseline->service.bricks[3].annualCostGbp, 120000.0);
    }

    // Issue 13: removing a brick recoloured the others (colours went to the capabilities
    // present), and the canvas had no key.
    void canvasColoursStayAndHaveALegend()
    {
        DraftStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("colours.sqlite"))).ok);
        ProposalWorkspace ws;
        ws.resize(1200, 800);
        QVERIFY(ws.startDraft(&store, sampleProposal()).ok());
        ws.show();
        QVERIFY(QTest::qWaitForWindowExposed(&ws));
        ProposalCanvas *canvas = ws.canvas();
        QHash<QString, QColor> before;
        for (const QString &id : {QStringLiteral("pay"), QStringLiteral("case"), QStringLiteral("assess")})
            before.insert(id, canvas->brickColour(id));
        QVERIFY(before.value(QStringLiteral("pay")) != before.value(QStringLiteral("case")));
        // The first capability in the catalogue's order goes: a palette by the set present
        // moved every other capability one colour along.
        QVERIFY(edit::removeBrick(*ws.model(), QStringLiteral("apply")).ok);
        QCOMPARE(canvas->nodeCount(), 3);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(canvas->brickColour(it.key()), it.value());
        // Undo brings it back with its own colour again.
        ws.undoAction()->trigger();
        QCOMPARE(canvas->nodeCount(), 4);
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(canvas->brickColour(it.key()), it.value());

        // The legend: below the bricks, never over them, naming each capability present in
        // the colour its bricks have.
        ProposalLegend *legend = canvas->legend();
        QVERIFY(legend->isVisible());
        QVERIFY(legend->height() > 20);
        QVERIFY(legend->geometry().top() >= canvas->viewport()->geometry().bottom());
        QStringList names;
        for (const LegendEntry &e : legend->graph().capabilities)
            names << e.text;
        QVERIFY2(names.contains(QStringLiteral("Take payments")), qPrintable(names.join(QLatin1Char('|'))));
        for (const LegendEntry &e : legend->graph().capabilities) {
            bool used = false;
            for (const QString &id : {QStringLiteral("apply"), QStringLiteral("pay"), QStringLiteral("case"), QStringLiteral("assess")})
                used = used || canvas->brickColour(id) == e.colour;
            QVERIFY2(used, qPrintable(e.text));
        }
        if (qEnvironmentVariableIsSet("LIVEDNA_SHOT_DIR"))
            ws.grab().save(qEnvironmentVariable("LIVEDNA_SHOT_DIR") + QStringLiteral("/proposal-legend.png"));
    }

    // Issue 13: the Compare tab was empty until a button was pressed.
    void compareTabIsNeverEmpty()
    {
        DraftStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("compare.sqlite"))).ok);
        ProposalWorkspace ws;
        QVERIFY(ws.startDraft(&store, sampleProposal()).ok());
        QVERIFY(edit::removeBrick(*ws.model(), QStringLiteral("pay")).ok);
        auto *tabs = qobject_cast<QTabWidget *>(ws.compareView()->parentWidget()->parentWidget());
        QVERIFY(tabs);
        tabs->setCurrentWidget(ws.compareView());
        QVERIFY2(ws.compareView()->lines().join(QLatin1Char('\n')).contains(QStringLiteral("Removed brick")),
                 qPrintable(ws.compareView()->lines().join(QLatin1Char('\n'))));
        QVERIFY(ws.compareView()->heading().contains(QStringLiteral("the published service")));

        // A new service has no baseline: the tab says so and what to do instead.
        Proposal p;
        p.title = QStringLiteral("New");
        p.service.id = QStringLiteral("new");
        p.service.name = p.title;
        p.catalogue = sampleCatalogue();
        ProposalWorkspace fresh;
        QVERIFY(fresh.startDraft(&store, p).ok());
        qobject_cast<QTabWidget *>(fresh.compareView()->parentWidget()->parentWidget())->setCurrentWidget(fresh.compareView());
        QVERIFY2(fresh.compareView()->heading().contains(QStringLiteral("no published service")),
                 qPrintable(fresh.compareView()->heading()));
    }

    void newServiceFromScratch()
    {
        DraftStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("popup.sqlite"))).ok);
        Proposal p;
        p.title = QStringLiteral("Pop-up warm spaces service");
        p.service.id = QStringLiteral("warm-spaces");
        p.service.name = p.title;
        p.catalogue = sampleCatalogue();
        ProposalWorkspace ws;
        const Result<qint64> id = ws.startDraft(&store, p);
        QVERIFY2(id.ok(), qPrintable(id.errorString()));
        QCOMPARE(ws.palette()->visibleBricks().size(), 5);
        for (const QString &b : {QStringLiteral("forms.govuk-forms"), QStringLiteral("case-management.shared-case"),
                                 QStringLiteral("notifications.govuk-notify")})
            QVERIFY(edit::addStandardBrick(*ws.model(), b).ok());
        QVERIFY(edit::connectBricks(*ws.model(), QStringLiteral("forms.govuk-forms"), QStringLiteral("case-management.shared-case")).ok);
        QCOMPARE(ws.canvas()->nodeCount(), 3);
        QVERIFY(ws.effectPanel()->summaryText().contains(QStringLiteral("New service: £32.3k a year")));
        const Result<Proposal> saved = store.load(id.value());
        QVERIFY(saved.ok());
        QCOMPARE(saved.value().service.bricks.size(), 3);
        QVERIFY(!saved.value().baseline);
    }
};

QTEST_MAIN(TestGuiProposal)
#include "tst_gui_proposal.moc"
