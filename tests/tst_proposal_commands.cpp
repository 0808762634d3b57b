// Every edit of the proposal workspace through redo -> undo -> redo, checking each time
// both the model and the draft as persisted in a real SQLite drafts file.
#include "core/proposal/draftstore.h"
#include "core/proposal/proposalcommands.h"
#include "core/proposal/proposalmodel.h"
#include "tests/support/proposalfixture.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace livedna;
using namespace livedna::test;

using Edit = std::function<Status(ProposalModel &)>;
Q_DECLARE_METATYPE(Edit)

class TestProposalCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QJsonObject persisted(DraftStore &store, qint64 id)
    {
        const Result<Proposal> r = store.load(id);
        if (!r) {
            qWarning() << r.errorString();
            return {};
        }
        return comparable(r.value());
    }

    static QString diffText(const QJsonObject &a, const QJsonObject &b)
    {
        return QString::fromUtf8(QJsonDocument(a).toJson()) + QStringLiteral("\n---- vs ----\n")
            + QString::fromUtf8(QJsonDocument(b).toJson());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void redoUndoRedo_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("undoText");
        QTest::newRow("replace bespoke with commons brick")
            << Edit([](ProposalModel &m) { return edit::replaceBrick(m, QStringLiteral("pay"), QStringLiteral("payments.local-pay")); })
            << QStringLiteral("Replace “Payments, \"legacy\" pages” with Local Pay Co-op");
        QTest::newRow("add from palette")
            << Edit([](ProposalModel &m) {
                   const auto r = edit::addStandardBrick(m, QStringLiteral("notifications.govuk-notify"), QPointF(40, 300));
                   return r ? Status::success() : Status::failure(r.errorString());
               })
            << QStringLiteral("Add “GOV.UK Notify”");
        QTest::newRow("add bespoke")
            << Edit([](ProposalModel &m) {
                   const auto r = edit::addBespokeBrick(m, QStringLiteral("Home visit"), QStringLiteral("assessment"), 15000);
                   return r ? Status::success() : Status::failure(r.errorString());
               })
            << QStringLiteral("Add “Home visit”");
        QTest::newRow("remove brick with flows")
            << Edit([](ProposalModel &m) { return edit::removeBrick(m, QStringLiteral("case")); })
            << QStringLiteral("Remove “In-house case system — Môn”");
        QTest::newRow("change cost")
            << Edit([](ProposalModel &m) { return edit::setBrickCost(m, QStringLiteral("case"), 61000.5); })
            << QStringLiteral("Change cost of “In-house case system — Môn” to £61,001");
        QTest::newRow("change fte")
            << Edit([](ProposalModel &m) { return edit::setBrickFte(m, QStringLiteral("assess"), 4.5); })
            << QStringLiteral("Change FTE of “Mobility assessment” to 4.5");
        QTest::newRow("clear fte")
            << Edit([](ProposalModel &m) { return edit::setBrickFte(m, QStringLiteral("assess"), std::nullopt); })
            << QStringLiteral("Clear FTE of “Mobility assessment”");
        QTest::newRow("rename")
            << Edit([](ProposalModel &m) { return edit::setBrickName(m, QStringLiteral("apply"), QStringLiteral("Apply, online")); })
            << QStringLiteral("Rename “Online application form” to “Apply, online”");
        QTest::newRow("connect")
            << Edit([](ProposalModel &m) { return edit::connectBricks(m, QStringLiteral("apply"), QStringLiteral("assess"), QStringLiteral("fast track")); })
            << QStringLiteral("Connect “Online application form” to “Mobility assessment”");
        QTest::newRow("disconnect")
            << Edit([](ProposalModel &m) { return edit::disconnectBricks(m, QStringLiteral("pay"), QStringLiteral("case")); })
            << QStringLiteral("Disconnect “Payments, \"legacy\" pages” from “In-house case system — Môn”");
        QTest::newRow("move node")
            << Edit([](ProposalModel &m) { return edit::moveBrick(m, QStringLiteral("assess"), QPointF(512.5, 96)); })
            << QStringLiteral("Move “Mobility assessment”");
        QTest::newRow("title")
            << Edit([](ProposalModel &m) { return edit::setTitle(m, QStringLiteral("A better Blue Badge")); })
            << QStringLiteral("Change title");
        QTest::newRow("rationale")
            << Edit([](ProposalModel &m) { return edit::setRationale(m, QStringLiteral("Because *cheaper*.")); })
            << QStringLiteral("Edit rationale");
    }

    void redoUndoRedo()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, undoText);
        DraftStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("%1.sqlite")).arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')))).ok);
        ProposalModel model;
        Proposal start = sampleProposal();
        start.layout.insert(QStringLiteral("case"), QPointF(250, 0));
        model.setProposal(start);
        const Result<qint64> id = store.create(model.proposal());
        QVERIFY(id.ok());
        DraftAutosaver saver(&model, &store, id.value());
        const QJsonObject before = comparable(model.proposal());
        QCOMPARE(persisted(store, id.value()), before);

        const Status st = edit(model); // pushes, which runs redo()
        QVERIFY2(st.ok, qPrintable(st.error));
        QCOMPARE(model.undoStack()->count(), 1);
        QCOMPARE(model.undoStack()->undoText(), undoText);
        const QJsonObject after = comparable(model.proposal());
        QVERIFY2(after != before, "the edit changed nothing");
        QVERIFY2(persisted(store, id.value()) == after, qPrintable(diffText(persisted(store, id.value()), after)));

        model.undoStack()->undo();
        QVERIFY2(comparable(model.proposal()) == before, qPrintable(diffText(comparable(model.proposal()), before)));
        QCOMPARE(persisted(store, id.value()), before);

        model.undoStack()->redo();
        QVERIFY2(comparable(model.proposal()) == after, qPrintable(diffText(comparable(model.proposal()), after)));
        QCOMPARE(persisted(store, id.value()), after);
        QVERIFY(store.info(id.value())->edits >= 3);
    }

    void replacementsAreSameCapabilityCheapestFirst()
    {
        ProposalModel model;
        model.setProposal(sampleProposal());
        const auto list = edit::replacementsFor(model, QStringLiteral("pay"));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0)->id, QStringLiteral("payments.local-pay"));
        QCOMPARE(list.at(1)->id, QStringLiteral("payments.govuk-pay"));
        QVERIFY(!edit::replaceBrick(model, QStringLiteral("pay"), QStringLiteral("forms.govuk-forms")).ok);
        QCOMPARE(model.undoStack()->count(), 0);
    }

    void replaceKeepsIdFlowsAndPosition()
    {
        ProposalModel model;
        Proposal p = sampleProposal();
        p.layout.insert(QStringLiteral("pay"), QPointF(10, 20));
        model.setProposal(p);
        QVERIFY(edit::replaceBrick(model, QStringLiteral("pay"), QStringLiteral("payments.govuk-pay")).ok);
        const BrickInstance *b = model.brick(QStringLiteral("pay"));
        QVERIFY(b);
        QCOMPARE(b->uses, QStringLiteral("payments.govuk-pay"));
        QCOMPARE(b->annualCostGbp, 12000.0);
        QVERIFY(b->capability.isEmpty());
        QVERIFY(!b->fte);
        QCOMPARE(model.flowIndex(QStringLiteral("apply"), QStringLiteral("pay")), 0);
        QCOMPARE(*model.position(QStringLiteral("pay")), QPointF(10, 20));
    }

    void removeRestoresFlowsInOrder()
    {
        ProposalModel model;
        model.setProposal(sampleProposal());
        const QList<Flow> flowsBefore = model.service().flows;
        QVERIFY(edit::removeBrick(model, QStringLiteral("case")).ok);
        QCOMPARE(model.service().flows.size(), 1); // only apply -> pay is left
        model.undoStack()->undo();
        QCOMPARE(model.service().flows.size(), flowsBefore.size());
        for (int i = 0; i < flowsBefore.size(); ++i) {
            QCOMPARE(model.service().flows.at(i).from, flowsBefore.at(i).from);
            QCOMPARE(model.service().flows.at(i).to, flowsBefore.at(i).to);
            QCOMPARE(model.service().flows.at(i).label, flowsBefore.at(i).label);
        }
        QCOMPARE(model.brickIndex(QStringLiteral("case")), 2);
    }

    void typingACostIsOneUndoStep()
    {
        ProposalModel model;
        model.setProposal(sampleProposal());
        for (double v : {1.0, 12.0, 123.0, 1234.0})
            QVERIFY(edit::setBrickCost(model, QStringLiteral("case"), v).ok);
        QCOMPARE(model.undoStack()->count(), 1);
        QCOMPARE(model.brick(QStringLiteral("case"))->annualCostGbp, 1234.0);
        model.undoStack()->undo();
        QCOMPARE(model.brick(QStringLiteral("case"))->annualCostGbp, 84000.0);
    }

    void dragIsOneUndoStep()
    {
        ProposalModel model;
        model.setProposal(sampleProposal());
        for (int x = 0; x < 5; ++x)
            QVERIFY(edit::moveBrick(model, QStringLiteral("apply"), QPointF(x * 10, 5)).ok);
        QCOMPARE(model.undoStack()->count(), 1);
        model.undoStack()->undo();
        QVERIFY(!model.position(QStringLiteral("apply")));
    }

    void refusedEditsChangeNothing()
    {
        ProposalModel model;
        model.setProposal(sampleProposal());
        const QJsonObject before = comparable(model.proposal());
        QVERIFY(!edit::setBrickCost(model, QStringLiteral("case"), -5).ok);
        QVERIFY(!edit::setBrickCost(model, QStringLiteral("case"), std::nan("")).ok);
        QVERIFY(!edit::setBrickFte(model, QStringLiteral("case"), -1.0).ok);
        QVERIFY(!edit::removeBrick(model, QStringLiteral("nope")).ok);
        QVERIFY(!edit::connectBricks(model, QStringLiteral("apply"), QStringLiteral("pay")).ok); // exists
        QVERIFY(!edit::connectBricks(model, QStringLiteral("apply"), QStringLiteral("nope")).ok);
        QVERIFY(!edit::disconnectBricks(model, QStringLiteral("assess"), QStringLiteral("apply")).ok);
        QVERIFY(!edit::addStandardBrick(model, QStringLiteral("no.such")).ok());
        QVERIFY(!edit::addBespokeBrick(model, QStringLiteral("X"), QStringLiteral("no-such-capability"), 1).ok());
        QCOMPARE(model.undoStack()->count(), 0);
        QCOMPARE(comparable(model.proposal()), before);
    }

    void addedBricksGetUniqueIds()
    {
        ProposalModel model;
        model.setProposal(sampleProposal());
        const auto a = edit::addStandardBrick(model, QStringLiteral("payments.govuk-pay"));
        const auto b = edit::addStandardBrick(model, QStringLiteral("payments.govuk-pay"));
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a.value() != b.value());
        // The result is still a valid proposal file.
        const Result<Proposal> r = ProposalFile::fromJson(ProposalFile::toJson(model.proposal()), QStringLiteral("mem"));
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestProposalCommands)
#include "tst_proposal_commands.moc"
