// The mapping workspace's core (issue 14): allocation invariants, a peer's composition
// copied and scaled exactly, every edit undoable to the byte, estimated bricks keeping their
// method and reason, and drafts in their own SQLite file surviving SIGKILL mid-edit.
#include "core/analysis/analysisinput.h"
#include "core/commons/commonsreader.h"
#include "core/commons/commonswriter.h"
#include "core/mapping/mappingcommands.h"
#include "core/mapping/mappingdraftstore.h"
#include "core/mapping/mappingmodel.h"
#include "core/mapping/mappingpeers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace livedna;

static const char *const CrashChildEnv = "LIVEDNA_TEST_MAPPING_CRASH_CHILD";
static const QString Cultural = QStringLiteral("cultural");

static Catalogue catalogue()
{
    Catalogue c;
    c.capabilities = {{QStringLiteral("library-management"), QStringLiteral("Library management system"), Layer::Overhead},
                      {QStringLiteral("assessment"), QStringLiteral("Assess needs"), Layer::Frontline},
                      {QStringLiteral("case-management"), QStringLiteral("Case management"), Layer::Overhead}};
    CatalogueBrick b;
    b.id = QStringLiteral("case.standard");
    b.name = QStringLiteral("Standard case system");
    b.capability = QStringLiteral("case-management");
    b.standardAnnualCostGbp = 12000;
    c.bricks = {b};
    c.products = {{QStringLiteral("civica-spydus"), QStringLiteral("Spydus"), QStringLiteral("Civica"),
                   QStringLiteral("library-management"), QString()}};
    c.reindex();
    return c;
}

static Service cultural(std::optional<double> reported)
{
    Service s;
    s.id = Cultural;
    s.name = QStringLiteral("Cultural and related services");
    s.reportedCostGbp = reported;
    return s;
}

static BrickInstance brick(const QString &id, const QString &capability, double cost, std::optional<double> fte)
{
    BrickInstance b;
    b.id = id;
    b.name = id;
    b.capability = capability;
    b.annualCostGbp = cost;
    b.fte = fte;
    return b;
}

// This organisation: £1,000,000 reported for cultural services, none mapped, a library
// system known (id "lms", which a copied brick must not reuse); housing reports nothing.
static Organisation self()
{
    Organisation o;
    o.code = QStringLiteral("E00000001");
    o.name = QStringLiteral("Self Council");
    o.kind = OrgKind::Council;
    o.population = 100000;
    o.neighbours = {QStringLiteral("E00000004"), QStringLiteral("E00000003")};
    o.period = QStringLiteral("2023-24");
    o.sources = {Source{QStringLiteral("rsx-2023-24"), QStringLiteral("RSX 2023-24"), {}, {}, {}, {}, {}}};
    Service s = cultural(1000000);
    s.source = QStringLiteral("rsx-2023-24#line 2: E00000001, Cultural and related services, C7");
    s.systems = {{QStringLiteral("lms"), QStringLiteral("Library catalogue"), QStringLiteral("library-management"),
                  QStringLiteral("civica-spydus"), QString()}};
    Service housing;
    housing.id = QStringLiteral("housing");
    housing.name = QStringLiteral("Housing services");
    o.services = {s, housing};
    return o;
}

// A neighbour with £400,000 reported, 50,000 residents and two bricks.
static Organisation neighbour()
{
    Organisation o;
    o.code = QStringLiteral("E00000003");
    o.name = QStringLiteral("Neighbour Council");
    o.kind = OrgKind::Council;
    o.population = 50000;
    o.period = QStringLiteral("2023-24");
    Service s = cultural(400000);
    s.bricks = {brick(QStringLiteral("lms"), QStringLiteral("library-management"), 30000, 1.5),
                brick(QStringLiteral("staff"), QStringLiteral("assessment"), 250000, 8)};
    s.flows = {Flow{QStringLiteral("lms"), QStringLiteral("staff"), QStringLiteral("loans")}};
    o.services = {s};
    return o;
}

static Organisation other(const QString &code, const QList<BrickInstance> &bricks)
{
    Organisation o;
    o.code = code;
    o.name = QStringLiteral("Council ") + code;
    o.kind = OrgKind::Council;
    o.period = QStringLiteral("2023-24");
    Service s = cultural(500000);
    s.bricks = bricks;
    o.services = {s};
    return o;
}

static MappingDraft draft()
{
    MappingDraft d;
    d.commons = QStringLiteral("test");
    d.commonsVersion = 1;
    d.org = self();
    d.catalogue = catalogue();
    d.serviceId = Cultural;
    d.created = QDateTime(QDate(2026, 11, 30), QTime(1, 0), Qt::UTC);
    d.modified = d.created;
    return d;
}

static PeerComposition peerOf(const Organisation &o)
{
    return PeerComposition{o.code, o.name, o.population, o.services.first()};
}

// The draft as bytes, its timestamps aside (a save stamps `modified`).
static QByteArray canon(MappingDraft d)
{
    d.created = QDateTime();
    d.modified = QDateTime();
    return MappingDraftFile::toJson(d);
}

// Edit n (1-based) of the crash child, deterministic so the state after n is known: a cost,
// then an estimate with a reason naming n.
static void applyEdit(MappingModel &model, int n)
{
    if (n % 2)
        mapedit::setBrickCost(model, Cultural, QStringLiteral("desk"), 1000.0 + n);
    else
        mapedit::setBrickEvidence(model, Cultural, QStringLiteral("desk"),
                                  {Basis::Estimated, mappingsource::estimated(QStringLiteral("staff rota"),
                                                                              QStringLiteral("reason %1").arg(n))});
}

static MappingDraft startingDraft()
{
    MappingModel model;
    model.setDraft(draft());
    mapedit::addBrick(model, Cultural, mapedit::bespoke(model, Cultural, QStringLiteral("desk"), QStringLiteral("assessment")));
    return model.draft();
}

static MappingDraft expectedAfter(int edits)
{
    MappingModel model;
    model.setDraft(startingDraft());
    for (int n = 1; n <= edits; ++n)
        applyEdit(model, n);
    return model.draft();
}

static int crashChild(const QString &path)
{
    MappingDraftStore store;
    if (!store.open(path))
        return 3;
    MappingModel model;
    model.setDraft(startingDraft());
    const Result<qint64> id = store.create(model.draft());
    if (!id)
        return 3;
    MappingAutosaver saver(&model, &store, id.value());
    for (int n = 1;; ++n) {
        applyEdit(model, n);
        std::printf("persisted %d draft %lld\n", n, static_cast<long long>(id.value()));
        std::fflush(stdout);
    }
}

class TestMappingModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void allocationInvariants()
    {
        MappingModel model;
        model.setDraft(draft());
        Allocation a = allocationOf(*model.currentService());
        QCOMPARE(a.reported, std::optional<double>(1000000));
        QCOMPARE(a.mapped, 0.0);
        QCOMPARE(a.unmapped, std::optional<double>(1000000));
        QVERIFY(!a.isOverAllocated());

        BrickInstance b = mapedit::bespoke(model, Cultural, QStringLiteral("Library staff"), QStringLiteral("assessment"));
        b.annualCostGbp = 600000;
        b.source = mappingsource::published(QStringLiteral("budget book 2023-24 p. 41"));
        const Result<QString> staff = mapedit::addBrick(model, Cultural, b);
        QVERIFY2(staff.ok(), qPrintable(staff.errorString()));
        BrickInstance c = mapedit::fromCatalogue(model, Cultural, QStringLiteral("case.standard"));
        c.basis = Basis::Estimated;
        c.source = mappingsource::estimated(QStringLiteral("catalogue standard cost"), QStringLiteral("no invoice yet"));
        QVERIFY(mapedit::addBrick(model, Cultural, c).ok());
        a = allocationOf(*model.currentService());
        QCOMPARE(a.mapped, 612000.0);
        QCOMPARE(a.published, 600000.0);
        QCOMPARE(a.estimated, 12000.0);
        QCOMPARE(a.estimatedBricks, 1);
        QCOMPARE(a.unmapped, std::optional<double>(388000));
        QCOMPARE(a.mapped + *a.unmapped, *a.reported); // mapped + unmapped = reported
        QCOMPARE(a.overAllocated, std::optional<double>(0));
        QCOMPARE(a.mappedShare(), std::optional<double>(0.612));

        // Over-allocated: the remainder is 0, never negative, and the excess is its own figure.
        QVERIFY(mapedit::setBrickCost(model, Cultural, staff.value(), 1050000).ok);
        a = allocationOf(*model.currentService());
        QCOMPARE(a.mapped, 1062000.0);
        QCOMPARE(a.unmapped, std::optional<double>(0));
        QVERIFY(a.isOverAllocated());
        QCOMPARE(a.overAllocated, std::optional<double>(62000));
        QCOMPARE(a.mappedShare(), std::optional<double>(1.0));

        // Unknown reported spend stays unknown: no remainder, no over-allocation, no share.
        model.setCurrentService(QStringLiteral("housing"));
        BrickInstance h = mapedit::bespoke(model, QStringLiteral("housing"), QStringLiteral("Lettings"),
                                           QStringLiteral("case-management"));
        h.annualCostGbp = 5000;
        QVERIFY(mapedit::addBrick(model, QStringLiteral("housing"), h).ok());
        a = allocationOf(*model.service(QStringLiteral("housing")));
        QCOMPARE(a.mapped, 5000.0);
        QVERIFY(!a.reported);
        QVERIFY(!a.unmapped);
        QVERIFY(!a.overAllocated);
        QVERIFY(!a.mappedShare());
    }

    void figuresAreChecked()
    {
        MappingModel model;
        model.setDraft(draft());
        BrickInstance b = mapedit::bespoke(model, Cultural, QStringLiteral("x"), QStringLiteral("assessment"));
        for (const double bad : {-1.0, qQNaN(), qInf(), 1e16}) {
            b.annualCostGbp = bad;
            QVERIFY(!mapedit::addBrick(model, Cultural, b).ok());
        }
        b.annualCostGbp = 10;
        b.basis = Basis::Estimated; // with no method: refused
        QVERIFY(mapedit::addBrick(model, Cultural, b).errorString().contains(QLatin1String("method")));
        b.basis = Basis::Published;
        b.source = QStringLiteral("nowhere#row 1"); // a source the document does not list
        QVERIFY(!mapedit::addBrick(model, Cultural, b).ok());
        b.source = QStringLiteral("rsx-2023-24#line 2");
        QVERIFY(mapedit::addBrick(model, Cultural, b).ok());
        b.capability = QStringLiteral("no-such-capability");
        QVERIFY(!mapedit::addBrick(model, Cultural, b).ok());
        QCOMPARE(model.undoStack()->count(), 1); // refused edits push nothing
    }

    void peerCopyScaledByReportedSpend()
    {
        MappingModel model;
        model.setDraft(draft());
        QVERIFY(mapedit::copyFromPeer(model, Cultural, peerOf(neighbour()), PeerScaling::ReportedSpend, false).ok);
        const Service &s = *model.currentService();
        // factor = 1,000,000 / 400,000 = 2.5
        QCOMPARE(s.bricks.size(), 2);
        QCOMPARE(s.bricks.at(0).id, QStringLiteral("lms-2")); // "lms" is this service's system
        QCOMPARE(s.bricks.at(0).annualCostGbp, 75000.0);      // 30,000 × 2.5
        QCOMPARE(s.bricks.at(0).fte, std::optional<double>(3.75)); // 1.5 × 2.5
        QCOMPARE(s.bricks.at(1).annualCostGbp, 625000.0);     // 250,000 × 2.5
        QCOMPARE(s.bricks.at(1).fte, std::optional<double>(20));
        QCOMPARE(s.flows.size(), 1);
        QCOMPARE(s.flows.at(0).from, QStringLiteral("lms-2"));
        QCOMPARE(s.flows.at(0).to, QStringLiteral("staff"));
        for (const BrickInstance &b : s.bricks) {
            QCOMPARE(b.basis, Basis::Estimated);
            QVERIFY2(b.source.startsWith(QLatin1String("mapping-estimate#copied from Neighbour Council (E00000003) cultural/")),
                     qPrintable(b.source));
            QVERIFY2(b.source.contains(QStringLiteral("scaled by reported spend: £1,000,000 / £400,000")), qPrintable(b.source));
        }
        const Allocation a = allocationOf(s);
        QCOMPARE(a.mapped, 700000.0);
        QCOMPARE(a.mapped + *a.unmapped, 1000000.0);
        // Copying again over bricks is refused unless asked, and is one undo step.
        QVERIFY(!mapedit::copyFromPeer(model, Cultural, peerOf(neighbour()), PeerScaling::Population, false).ok);
        QCOMPARE(model.undoStack()->count(), 1);
        model.undoStack()->undo();
        QVERIFY(model.currentService()->bricks.isEmpty());
        QVERIFY(model.currentService()->flows.isEmpty());
    }

    void peerCopyScaledByPopulation()
    {
        MappingModel model;
        model.setDraft(draft());
        QVERIFY(mapedit::copyFromPeer(model, Cultural, peerOf(neighbour()), PeerScaling::Population, false).ok);
        const Service &s = *model.currentService();
        // factor = 100,000 / 50,000 residents = 2
        QCOMPARE(s.bricks.at(0).annualCostGbp, 60000.0);
        QCOMPARE(s.bricks.at(1).annualCostGbp, 500000.0);
        QCOMPARE(s.bricks.at(1).fte, std::optional<double>(16));
        QVERIFY(s.bricks.at(0).source.contains(QLatin1String("scaled by population: 100,000 / 50,000 residents")));

        // An unknown figure gives no estimate, never a guess.
        PeerComposition noPop = peerOf(neighbour());
        noPop.population.reset();
        const Status st = mapedit::copyFromPeer(model, Cultural, noPop, PeerScaling::Population, true);
        QVERIFY(!st.ok);
        QVERIFY2(st.error.contains(QLatin1String("population")), qPrintable(st.error));
        PeerComposition noSpend = peerOf(neighbour());
        noSpend.service.reportedCostGbp.reset();
        QVERIFY(!mapedit::copyFromPeer(model, Cultural, noSpend, PeerScaling::ReportedSpend, true).ok);
    }

    void peersNeighboursFirstThenMostSimilar()
    {
        const Catalogue cat = catalogue();
        Organisation unmappedNeighbour = other(QStringLiteral("E00000004"), {});
        // More similar to this organisation than its neighbour is, yet listed after it.
        Organisation near = other(QStringLiteral("E00000005"), {brick(QStringLiteral("b"), QStringLiteral("assessment"), 1, {})});
        Organisation far = other(QStringLiteral("E00000006"), {brick(QStringLiteral("c"), QStringLiteral("case-management"), 1, {})});
        Organisation me = self();
        me.services[0].bricks = {brick(QStringLiteral("mine"), QStringLiteral("assessment"), 10, {})};
        const AnalysisInput input = AnalysisInput::fromOrganisations(cat, {me, far, near, neighbour(), unmappedNeighbour});
        const QList<PeerCandidate> peers = MappingPeers::candidates(input, me, me.services.first());
        QStringList codes;
        for (const PeerCandidate &p : peers)
            codes << p.code;
        // The unmapped neighbour has nothing to copy; itself is never a peer.
        QCOMPARE(codes, (QStringList{QStringLiteral("E00000003"), QStringLiteral("E00000005"), QStringLiteral("E00000006")}));
        QVERIFY(peers.at(0).neighbour);
        QCOMPARE(peers.at(0).bricks, 2);
        QCOMPARE(peers.at(0).reported, std::optional<double>(400000));
        QCOMPARE(peers.at(0).similarity, std::optional<double>(0.5)); // {assessment} vs {lib, assessment}
        QCOMPARE(peers.at(1).similarity, std::optional<double>(1.0)); // {assessment} vs {assessment}
        QCOMPARE(peers.at(2).similarity, std::optional<double>(0.0));
    }

    void undoRedoRestoreExactly()
    {
        MappingModel model;
        model.setDraft(draft());
        QList<QByteArray> states{canon(model.draft())};
        const auto step = [&](bool ok) {
            QVERIFY(ok);
            model.undoStack()->setClean(); // no merging: one state per step
            states.append(canon(model.draft()));
        };
        step(mapedit::copyFromPeer(model, Cultural, peerOf(neighbour()), PeerScaling::ReportedSpend, false).ok);
        step(mapedit::setBrickCost(model, Cultural, QStringLiteral("staff"), 640000.5).ok);
        step(mapedit::setBrickFte(model, Cultural, QStringLiteral("staff"), std::nullopt).ok);
        step(mapedit::setBrickEvidence(model, Cultural, QStringLiteral("staff"),
                                       {Basis::Published, mappingsource::published(QStringLiteral("payroll extract"))}).ok);
        BrickInstance sys = mapedit::fromSystem(model, Cultural, QStringLiteral("lms"));
        sys.annualCostGbp = 41000;
        step(mapedit::addBrick(model, Cultural, sys).ok());
        step(mapedit::connectBricks(model, Cultural, QStringLiteral("staff"), sys.id).ok);
        step(mapedit::removeBrick(model, Cultural, QStringLiteral("lms-2")).ok); // takes its flow with it
        step(mapedit::setBrickName(model, Cultural, QStringLiteral("staff"), QStringLiteral("Library staff")).ok);
        QCOMPARE(model.undoStack()->count(), states.size() - 1);
        for (int i = int(states.size()) - 2; i >= 0; --i) {
            model.undoStack()->undo();
            QCOMPARE(canon(model.draft()), states.at(i));
        }
        for (int i = 1; i < states.size(); ++i) {
            model.undoStack()->redo();
            QCOMPARE(canon(model.draft()), states.at(i));
        }
    }

    void typingACostIsOneStep()
    {
        MappingModel model;
        model.setDraft(startingDraft());
        const QByteArray before = canon(model.draft());
        for (const double v : {1.0, 12.0, 123.0, 1234.0})
            QVERIFY(mapedit::setBrickCost(model, Cultural, QStringLiteral("desk"), v).ok);
        QCOMPARE(model.undoStack()->count(), 1);
        model.undoStack()->undo();
        QCOMPARE(canon(model.draft()), before);
    }

    void estimatedBricksKeepTheirReason()
    {
        const QString path = m_dir.filePath(QStringLiteral("reason.sqlite"));
        MappingDraftStore store;
        QVERIFY(store.open(path).ok);
        MappingModel model;
        model.setDraft(startingDraft());
        const qint64 id = store.create(model.draft()).value();
        MappingAutosaver saver(&model, &store, id);
        const QString reason = QStringLiteral("contract value is commercially confidential; invoices 2023-24 only");
        const QString source = mappingsource::estimated(QStringLiteral("sum of invoices × 12 / 9 months"), reason);
        QVERIFY(mapedit::setBrickEvidence(model, Cultural, QStringLiteral("desk"), {Basis::Estimated, source}).ok);
        const Result<MappingDraft> back = store.load(id);
        QVERIFY2(back.ok(), qPrintable(back.errorString()));
        const BrickInstance &b = back.value().service()->bricks.first();
        QCOMPARE(b.basis, Basis::Estimated);
        QCOMPARE(b.source, source);
        QCOMPARE(mappingsource::reasonOf(b.source), reason);
        // The published document lists the source the estimate names, and reads back.
        Organisation org = back.value().org;
        mappingsource::reconcile(org);
        const QByteArray bytes = CommonsWriter::organisationBytes(org);
        const Result<Organisation> read = CommonsReader::readOrganisation(bytes, QStringLiteral("mapped.json"), catalogue());
        QVERIFY2(read.ok(), qPrintable(read.errorString()));
        QCOMPARE(read.value().service(Cultural)->bricks.first().source, source);
        QVERIFY(findSource(read.value().sources, mappingsource::estimateId()));
        QVERIFY(!findSource(read.value().sources, mappingsource::ownRecordsId())); // nothing cites it
    }

    void oneDraftPerOrganisationAndYear()
    {
        MappingDraftStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("full.sqlite"))).ok);
        QVERIFY(MappingDraftStore::defaultPath().endsWith(QLatin1String("mapping-drafts.sqlite"))
                || !qEnvironmentVariableIsEmpty("LIVEDNA_MAPPING_DRAFTS"));
        const qint64 id = store.create(draft()).value();
        QCOMPARE(store.findDraft(QStringLiteral("E00000001"), QStringLiteral("2023-24")), std::optional<qint64>(id));
        QVERIFY(!store.findDraft(QStringLiteral("E00000001"), QStringLiteral("2022-23")));
    }

    void sigkillMidEditLosesNothingPersisted()
    {
        const QString path = m_dir.filePath(QStringLiteral("crash.sqlite"));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(CrashChildEnv), path);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        int lastReported = 0;
        qint64 draftId = 0;
        QByteArray buffer;
        while (lastReported < 40) {
            QVERIFY2(child.waitForReadyRead(20000), "the child reported no edits");
            buffer += child.readAllStandardOutput();
            const QList<QByteArray> lines = buffer.split('\n');
            for (int i = 0; i + 1 < lines.size(); ++i) {
                const QList<QByteArray> parts = lines.at(i).split(' ');
                if (parts.size() == 4 && parts.at(0) == "persisted") {
                    lastReported = parts.at(1).toInt();
                    draftId = parts.at(3).toLongLong();
                }
            }
            buffer = lines.last();
        }
        child.kill(); // SIGKILL, mid-edit
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        MappingDraftStore store;
        QVERIFY(store.open(path).ok);
        QVERIFY(store.recoveredAfterCrash());
        const QList<MappingDraftInfo> all = store.drafts();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().id, draftId);
        const qint64 edits = all.first().edits;
        QVERIFY2(edits >= lastReported, qPrintable(QStringLiteral("%1 < %2").arg(edits).arg(lastReported)));
        const Result<MappingDraft> back = store.load(draftId);
        QVERIFY2(back.ok(), qPrintable(back.errorString()));
        // Exactly the state after the last persisted edit, reason included.
        QCOMPARE(canon(back.value()), canon(expectedAfter(int(edits))));
    }
};

int main(int argc, char *argv[])
{
    const QString child = qEnvironmentVariable(CrashChildEnv);
    QCoreApplication app(argc, argv);
    if (!child.isEmpty())
        return crashChild(child);
    TestMappingModel test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mapping_model.moc"
