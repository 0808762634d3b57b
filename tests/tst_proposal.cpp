// The proposal file: round trip, untrusted import (size cap, depth, schema rules, clear
// file + JSON Pointer + message), effect and compare.
#include "core/cache/cache.h"
#include "core/proposal/compare.h"
#include "core/proposal/draftstore.h"
#include "core/proposal/effect.h"
#include "core/proposal/proposal.h"
#include "core/proposal/proposalcommands.h"
#include "core/proposal/proposalmodel.h"
#include "tests/support/cachedump.h"
#include "tests/support/clirunner.h"
#include "tests/support/proposalfixture.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace livedna;
using namespace livedna::test;

using Mutation = std::function<void(QJsonObject &)>;
Q_DECLARE_METATYPE(Mutation)

static QJsonObject brickAt(const QJsonObject &o, int i)
{
    return o.value(QStringLiteral("service")).toObject().value(QStringLiteral("bricks")).toArray().at(i).toObject();
}

static void setBrick(QJsonObject &o, int i, const QJsonObject &b)
{
    QJsonObject s = o.value(QStringLiteral("service")).toObject();
    QJsonArray a = s.value(QStringLiteral("bricks")).toArray();
    a.replace(i, b);
    s.insert(QStringLiteral("bricks"), a);
    o.insert(QStringLiteral("service"), s);
}

class TestProposal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTrip()
    {
        Proposal p = sampleProposal();
        p.layout.insert(QStringLiteral("pay"), QPointF(12.5, -3));
        p.service.bricks[1].uses = QStringLiteral("payments.govuk-pay");
        p.service.bricks[1].capability.clear();
        const QByteArray bytes = ProposalFile::toJson(p);
        const Result<Proposal> r = ProposalFile::fromJson(bytes, QStringLiteral("mem.json"));
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QCOMPARE(ProposalFile::toJson(r.value()), bytes);
        QCOMPARE(r.value().title, p.title);
        QCOMPARE(r.value().rationale, p.rationale);
        QCOMPARE(r.value().baseline->documentSha256, p.baseline->documentSha256);
        QCOMPARE(r.value().layout.value(QStringLiteral("pay")), QPointF(12.5, -3));
        // Only what the compositions use travels with the file.
        QVERIFY(!r.value().catalogue.brick(QStringLiteral("notifications.govuk-notify")));
        QVERIFY(r.value().catalogue.brick(QStringLiteral("payments.govuk-pay")));
    }

    // Commons 1.1 members of a service survive a proposal file, and the catalogue carries
    // the products its systems name and the sources its entries cite.
    void roundTrip11()
    {
        Proposal p = sampleProposal();
        Source src;
        src.id = QStringLiteral("vendor-prices");
        src.title = QStringLiteral("Vendor price list");
        p.catalogue.sources = {src};
        p.catalogue.products = {{QStringLiteral("govuk-forms"), QStringLiteral("GOV.UK Forms"), QStringLiteral("GDS"),
                                 QStringLiteral("forms"), QStringLiteral("vendor-prices#row 3")}};
        p.catalogue.reindex();
        Service &s = p.service;
        s.layer = Layer::Frontline;
        s.period = QStringLiteral("2022-23");
        s.source = QStringLiteral("rsx-2023-24#line 25: E06000001, C7");
        Reported rep;
        rep.employeesGbp = 200000;
        rep.netGbp = s.reportedCostGbp;
        s.reported = rep;
        s.systems = {{QStringLiteral("sys"), QStringLiteral("Forms platform"), QStringLiteral("forms"),
                      QStringLiteral("govuk-forms"), {}}};
        s.bricks[1].basis = Basis::Estimated;
        s.bricks[1].source = QStringLiteral("estimates#pay: 2 staff");
        Source rsx;
        rsx.id = QStringLiteral("rsx-2023-24");
        rsx.title = QStringLiteral("RSX 2023-24");
        Source estimates;
        estimates.id = QStringLiteral("estimates");
        estimates.title = QStringLiteral("Estimates");
        Source unused;
        unused.id = QStringLiteral("eric-2016-17");
        unused.title = QStringLiteral("ERIC 2016-17");
        p.sources = {rsx, unused, estimates};
        const QByteArray bytes = ProposalFile::toJson(p);
        const Result<Proposal> r = ProposalFile::fromJson(bytes, QStringLiteral("mem.json"));
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QCOMPARE(ProposalFile::toJson(r.value()), bytes);
        const Service &back = r.value().service;
        QCOMPARE(back.layer, std::optional<Layer>(Layer::Frontline));
        QCOMPARE(back.reported->employeesGbp, std::optional<double>(200000));
        QVERIFY(!back.reported->runningGbp.has_value());
        QCOMPARE(back.systems.size(), 1);
        QCOMPARE(back.bricks.at(1).basis, Basis::Estimated);
        QVERIFY(r.value().catalogue.product(QStringLiteral("govuk-forms")));
        QCOMPARE(r.value().catalogue.sources.size(), 1);
        // Only the sources the figures cite travel with the file.
        QCOMPARE(r.value().sources.size(), 2);
        QCOMPARE(r.value().sources.at(0).id, QStringLiteral("rsx-2023-24"));
        QCOMPARE(r.value().sources.at(1).id, QStringLiteral("estimates"));

        // With sources present, a figure citing another source is refused, with its pointer.
        QJsonObject o = QJsonDocument::fromJson(bytes).object();
        QJsonObject so = o.value(QStringLiteral("service")).toObject();
        so.insert(QStringLiteral("source"), QStringLiteral("rs-2017-18#line 9"));
        o.insert(QStringLiteral("service"), so);
        const Result<Proposal> bad = ProposalFile::fromJson(QJsonDocument(o).toJson(), QStringLiteral("mem.json"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.problems().size(), 1);
        QCOMPARE(bad.problems().at(0).pointer, QStringLiteral("/service/source"));
    }

    void rejectsInvalid_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong format") << Mutation([](QJsonObject &o) { o.insert(QStringLiteral("format"), QStringLiteral("livedna-org/1")); })
                                      << QStringLiteral("/format") << QStringLiteral("not a LiveDNA proposal");
        QTest::newRow("future format") << Mutation([](QJsonObject &o) { o.insert(QStringLiteral("format"), QStringLiteral("livedna-proposal/2")); })
                                       << QStringLiteral("/format") << QStringLiteral("does not read");
        QTest::newRow("no title") << Mutation([](QJsonObject &o) { o.remove(QStringLiteral("title")); })
                                  << QStringLiteral("/title") << QStringLiteral("is required");
        QTest::newRow("bad created") << Mutation([](QJsonObject &o) { o.insert(QStringLiteral("created"), QStringLiteral("yesterday")); })
                                     << QStringLiteral("/created") << QStringLiteral("RFC 3339");
        QTest::newRow("negative cost") << Mutation([](QJsonObject &o) {
            QJsonObject b = brickAt(o, 2);
            b.insert(QStringLiteral("annual_cost_gbp"), -1);
            setBrick(o, 2, b);
        }) << QStringLiteral("/service/bricks/2/annual_cost_gbp") << QStringLiteral("must be a number ≥ 0");
        QTest::newRow("cost as text") << Mutation([](QJsonObject &o) {
            QJsonObject b = brickAt(o, 0);
            b.insert(QStringLiteral("annual_cost_gbp"), QStringLiteral("1500"));
            setBrick(o, 0, b);
        }) << QStringLiteral("/service/bricks/0/annual_cost_gbp") << QStringLiteral("must be a number");
        QTest::newRow("unknown commons brick") << Mutation([](QJsonObject &o) {
            QJsonObject b = brickAt(o, 0);
            b.insert(QStringLiteral("uses"), QStringLiteral("forms.nowhere"));
            setBrick(o, 0, b);
        }) << QStringLiteral("/service/bricks/0/uses") << QStringLiteral("which is not a brick in the document's catalogue");
        QTest::newRow("bespoke without capability") << Mutation([](QJsonObject &o) {
            QJsonObject b = brickAt(o, 1);
            b.remove(QStringLiteral("capability"));
            setBrick(o, 1, b);
        }) << QStringLiteral("/service/bricks/1/capability") << QStringLiteral("must state its “capability”");
        QTest::newRow("duplicate brick id") << Mutation([](QJsonObject &o) {
            QJsonObject b = brickAt(o, 1);
            b.insert(QStringLiteral("id"), QStringLiteral("apply"));
            setBrick(o, 1, b);
        }) << QStringLiteral("/service/bricks/1/id") << QStringLiteral("duplicate brick id “apply”");
        QTest::newRow("empty brick id") << Mutation([](QJsonObject &o) {
            QJsonObject b = brickAt(o, 1);
            b.insert(QStringLiteral("id"), QString());
            setBrick(o, 1, b);
        }) << QStringLiteral("/service/bricks/1/id") << QStringLiteral("“id” must not be empty");
        // The commons reader's rule, not a truncation to 12: one checker for both.
        QTest::newRow("lgsl not an integer") << Mutation([](QJsonObject &o) {
            QJsonObject s = o.value(QStringLiteral("service")).toObject();
            s.insert(QStringLiteral("lgsl"), 12.7);
            o.insert(QStringLiteral("service"), s);
        }) << QStringLiteral("/service/lgsl") << QStringLiteral("must be an integer ≥ 1 (a Local Government Service List id); found the number 12.7");
        QTest::newRow("baseline lgsl not an integer") << Mutation([](QJsonObject &o) {
            QJsonObject b = o.value(QStringLiteral("baseline")).toObject();
            QJsonObject s = b.value(QStringLiteral("composition")).toObject();
            s.insert(QStringLiteral("lgsl"), 12.7);
            b.insert(QStringLiteral("composition"), s);
            o.insert(QStringLiteral("baseline"), b);
        }) << QStringLiteral("/baseline/composition/lgsl") << QStringLiteral("found the number 12.7");
        QTest::newRow("reported net differs") << Mutation([](QJsonObject &o) {
            QJsonObject s = o.value(QStringLiteral("service")).toObject();
            s.insert(QStringLiteral("reported"), QJsonObject{{QStringLiteral("net_gbp"), 1}});
            o.insert(QStringLiteral("service"), s);
        }) << QStringLiteral("/service/reported/net_gbp") << QStringLiteral("must equal the service's “reported_cost_gbp”");
        QTest::newRow("system product unknown") << Mutation([](QJsonObject &o) {
            QJsonObject s = o.value(QStringLiteral("service")).toObject();
            s.insert(QStringLiteral("systems"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("sys")},
                                                                       {QStringLiteral("name"), QStringLiteral("Forms")},
                                                                       {QStringLiteral("capability"), QStringLiteral("forms")},
                                                                       {QStringLiteral("product"), QStringLiteral("nowhere")}}});
            o.insert(QStringLiteral("service"), s);
        }) << QStringLiteral("/service/systems/0/product") << QStringLiteral("not a product in the document's catalogue");
        QTest::newRow("flow to nowhere") << Mutation([](QJsonObject &o) {
            QJsonObject s = o.value(QStringLiteral("service")).toObject();
            QJsonArray f = s.value(QStringLiteral("flows")).toArray();
            f.append(QJsonObject{{QStringLiteral("from"), QStringLiteral("apply")}, {QStringLiteral("to"), QStringLiteral("ghost")}});
            s.insert(QStringLiteral("flows"), f);
            o.insert(QStringLiteral("service"), s);
        }) << QStringLiteral("/service/flows/4/to") << QStringLiteral("“ghost”");
        QTest::newRow("bad sha") << Mutation([](QJsonObject &o) {
            QJsonObject b = o.value(QStringLiteral("baseline")).toObject();
            b.insert(QStringLiteral("document_sha256"), QStringLiteral("XYZ"));
            o.insert(QStringLiteral("baseline"), b);
        }) << QStringLiteral("/baseline/document_sha256") << QStringLiteral("64 lowercase hex");
        QTest::newRow("value out of range") << Mutation([](QJsonObject &o) {
            QJsonObject s = o.value(QStringLiteral("service")).toObject();
            s.insert(QStringLiteral("value"), QJsonObject{{QStringLiteral("satisfaction"), 7}});
            o.insert(QStringLiteral("service"), s);
        }) << QStringLiteral("/service/value/satisfaction") << QStringLiteral("between 0 and 1");
        QTest::newRow("bad layer") << Mutation([](QJsonObject &o) {
            QJsonObject c = o.value(QStringLiteral("catalogue")).toObject();
            QJsonArray caps = c.value(QStringLiteral("capabilities")).toArray();
            QJsonObject cap = caps.at(0).toObject();
            cap.insert(QStringLiteral("layer"), QStringLiteral("middle"));
            caps.replace(0, cap);
            c.insert(QStringLiteral("capabilities"), caps);
            o.insert(QStringLiteral("catalogue"), c);
        }) << QStringLiteral("/catalogue/capabilities/0/layer") << QStringLiteral("must be one of “frontline”, “overhead”");
        QTest::newRow("layout not a point") << Mutation([](QJsonObject &o) {
            o.insert(QStringLiteral("layout"), QJsonObject{{QStringLiteral("apply"), QStringLiteral("here")}});
        }) << QStringLiteral("/layout/apply") << QStringLiteral("[x, y]");
        QTest::newRow("service is a list") << Mutation([](QJsonObject &o) { o.insert(QStringLiteral("service"), QJsonArray()); })
                                           << QStringLiteral("/service") << QStringLiteral("must be an object");
    }

    void rejectsInvalid()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, pointer);
        QFETCH(QString, message);
        QJsonObject o = QJsonDocument::fromJson(ProposalFile::toJson(sampleProposal())).object();
        mutate(o);
        const QString path = writeFile(QStringLiteral("bad.livedna-proposal.json"), QJsonDocument(o).toJson());
        const Result<Proposal> r = ProposalFile::read(path);
        QVERIFY(!r.ok());
        bool found = false;
        for (const Problem &p : r.problems()) {
            QCOMPARE(p.file, path);
            if (p.pointer == pointer && p.message.contains(message))
                found = true;
        }
        QVERIFY2(found, qPrintable(r.errorString()));
    }

    void hostileBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
        QTest::newRow("garbage") << QByteArray("\x00\xff{{{", 6) << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("must be a JSON object");
        QTest::newRow("deep") << (QByteArray("{\"a\":").repeated(1) + QByteArray("[").repeated(100000) + QByteArray("]").repeated(100000) + "}")
                              << QStringLiteral("nested more than");
        QTest::newRow("truncated") << ProposalFile::toJson(sampleProposal()).left(300) << QStringLiteral("not valid JSON");
    }

    void hostileBytes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const Result<Proposal> r = ProposalFile::fromJson(bytes, QStringLiteral("sent.livedna-proposal.json"));
        QVERIFY(!r.ok());
        QVERIFY2(r.errorString().contains(message), qPrintable(r.errorString()));
        QVERIFY(r.errorString().contains(QStringLiteral("sent.livedna-proposal.json")));
    }

    void sizeCapped()
    {
        const QString path = m_dir.filePath(QStringLiteral("huge.livedna-proposal.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(ProposalFile::MaxBytes + 1)); // sparse: costs no disk
        f.close();
        const Result<Proposal> r = ProposalFile::read(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorString().contains(QStringLiteral("larger than")), qPrintable(r.errorString()));
        QVERIFY(!ProposalFile::read(m_dir.filePath(QStringLiteral("missing.json"))).ok());
    }

    void everyProblemListed()
    {
        QJsonObject o = QJsonDocument::fromJson(ProposalFile::toJson(sampleProposal())).object();
        o.remove(QStringLiteral("title"));
        QJsonObject b = brickAt(o, 2);
        b.insert(QStringLiteral("annual_cost_gbp"), -1);
        setBrick(o, 2, b);
        const Result<Proposal> r = ProposalFile::fromJson(QJsonDocument(o).toJson(), QStringLiteral("x"));
        QCOMPARE(r.problems().size(), 2);
    }

    void cliValidate()
    {
        if (cliPath().isEmpty())
            QSKIP("LIVEDNA_CLI is not set; run through ctest");
        const QString good = writeFile(QStringLiteral("good.livedna-proposal.json"), ProposalFile::toJson(sampleProposal()));
        const QString cache = m_dir.filePath(QStringLiteral("unused-cache.sqlite"));
        CliRun run = runCli(cache, {QStringLiteral("proposal"), QStringLiteral("validate"), good});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.out.contains(QStringLiteral("valid")));

        QJsonObject o = QJsonDocument::fromJson(ProposalFile::toJson(sampleProposal())).object();
        o.remove(QStringLiteral("title"));
        QJsonObject b = brickAt(o, 2);
        b.insert(QStringLiteral("annual_cost_gbp"), -1);
        setBrick(o, 2, b);
        const QString bad = writeFile(QStringLiteral("bad2.livedna-proposal.json"), QJsonDocument(o).toJson());
        run = runCli(cache, {QStringLiteral("proposal"), QStringLiteral("validate"), bad});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("/title")) && run.err.contains(QStringLiteral("/service/bricks/2/annual_cost_gbp"))
                     && run.err.contains(bad), qPrintable(run.describe()));
        run = runCli(cache, {QStringLiteral("proposal"), QStringLiteral("validate")});
        QCOMPARE(run.exitCode, 1);

        // An LGSL id of 12.7 is refused as the commons refuses it, never truncated to 12.
        o = QJsonDocument::fromJson(ProposalFile::toJson(sampleProposal())).object();
        QJsonObject s = o.value(QStringLiteral("service")).toObject();
        s.insert(QStringLiteral("lgsl"), 12.7);
        o.insert(QStringLiteral("service"), s);
        const QString fractional = writeFile(QStringLiteral("lgsl.livedna-proposal.json"), QJsonDocument(o).toJson());
        run = runCli(cache, {QStringLiteral("proposal"), QStringLiteral("validate"), fractional});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("/service/lgsl")) && run.err.contains(QStringLiteral("12.7")),
                 qPrintable(run.describe()));
    }

    void cliCompare()
    {
        if (cliPath().isEmpty())
            QSKIP("LIVEDNA_CLI is not set; run through ctest");
        ProposalModel model;
        model.setProposal(sampleProposal());
        QVERIFY(edit::replaceBrick(model, QStringLiteral("case"), QStringLiteral("case-management.shared-case")).ok);
        const QString a = writeFile(QStringLiteral("cmp-a.livedna-proposal.json"), ProposalFile::toJson(model.proposal()));
        QVERIFY(edit::removeBrick(model, QStringLiteral("pay")).ok);
        const QString b = writeFile(QStringLiteral("cmp-b.livedna-proposal.json"), ProposalFile::toJson(model.proposal()));
        const QString cache = m_dir.filePath(QStringLiteral("unused-cache.sqlite"));
        CliRun run = runCli(cache, {QStringLiteral("proposal"), QStringLiteral("compare"), a});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.contains(QStringLiteral("Replaced “In-house case system — Môn” with commons brick “Shared case system” (−£54k a year)")),
                 qPrintable(run.out));
        run = runCli(cache, {QStringLiteral("proposal"), QStringLiteral("compare"), a, b});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.out.contains(QStringLiteral("Removed brick “Payments, \"legacy\" pages” (−£24k a year)")));
        QVERIFY(run.out.contains(QStringLiteral("Removed flow apply → pay")));
        QVERIFY(!run.out.contains(QStringLiteral("Replaced")));
    }

    void importNeverTouchesCacheOrDrafts()
    {
        if (cliPath().isEmpty())
            QSKIP("LIVEDNA_CLI is not set; run through ctest");
        // A real cache and a drafts file with one draft.
        const QString cachePath = m_dir.filePath(QStringLiteral("import-cache.sqlite"));
        CliRun run = runCli(cachePath, {QStringLiteral("sync"), QStringLiteral("demo")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString draftsPath = m_dir.filePath(QStringLiteral("import-drafts.sqlite"));
        qint64 existing = 0;
        {
            DraftStore store;
            QVERIFY(store.open(draftsPath).ok);
            existing = store.create(sampleProposal()).value();
        }
        auto dump = [](const QString &path) {
            QString text;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dump"));
                db.setDatabaseName(path);
                if (db.open())
                    text = dumpDatabase(db);
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("dump"));
            return text;
        };
        const QString cacheBefore = dump(cachePath);
        // A hostile file that names the cache's own commons and the existing draft's data.
        QJsonObject o = QJsonDocument::fromJson(ProposalFile::toJson(sampleProposal())).object();
        o.insert(QStringLiteral("title"), QStringLiteral("'); DROP TABLE drafts; --"));
        QJsonObject b = brickAt(o, 0);
        b.insert(QStringLiteral("annual_cost_gbp"), -1);
        setBrick(o, 0, b);
        const QString bad = writeFile(QStringLiteral("hostile.livedna-proposal.json"), QJsonDocument(o).toJson());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LIVEDNA_DRAFTS"), draftsPath);
        run = runCli(cachePath, {QStringLiteral("proposal"), QStringLiteral("validate"), bad}, env);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(dump(cachePath), cacheBefore);

        // A valid one imported as a new draft: the other draft is untouched.
        DraftStore store;
        QVERIFY(store.open(draftsPath).ok);
        const QJsonObject existingBefore = comparable(store.load(existing).value());
        o.insert(QStringLiteral("title"), QStringLiteral("'); DROP TABLE drafts; --"));
        setBrick(o, 0, brickAt(QJsonDocument::fromJson(ProposalFile::toJson(sampleProposal())).object(), 0));
        const QString good = writeFile(QStringLiteral("sent.livedna-proposal.json"), QJsonDocument(o).toJson());
        const Result<Proposal> imported = ProposalFile::read(good);
        QVERIFY2(imported.ok(), qPrintable(imported.errorString()));
        const qint64 id = store.create(imported.value()).value();
        QVERIFY(id != existing);
        QCOMPARE(store.drafts().size(), 2);
        QCOMPARE(store.load(id).value().title, QStringLiteral("'); DROP TABLE drafts; --"));
        QCOMPARE(comparable(store.load(existing).value()), existingBefore);
        QCOMPARE(dump(cachePath), cacheBefore);
    }

    void effectOfReplacingBespoke()
    {
        ProposalModel model;
        model.setProposal(sampleProposal());
        QVERIFY(edit::replaceBrick(model, QStringLiteral("case"), QStringLiteral("case-management.shared-case")).ok);
        QVERIFY(edit::setBrickFte(model, QStringLiteral("assess"), 4.0).ok);
        const Proposal &p = model.proposal();
        const Effect e = computeEffect(&p.baseline->service, p.service, p.catalogue);
        const CostSplit before = measureService(p.baseline->service, p.catalogue);
        const CostSplit after = measureService(p.service, p.catalogue);
        QCOMPARE(e.before.total, before.total);
        QCOMPARE(e.after.total, after.total);
        QCOMPARE(e.annualSaving, 84000.0 - 30000.0);
        QCOMPARE(e.after.frontline, e.before.frontline);
        QCOMPARE(e.overheadFteBefore, 2.0);
        QCOMPARE(e.overheadFteAfter, 0.5);
        QCOMPARE(e.frontlineFteAfter, 4.0);
        QCOMPARE(e.fteMovedToFrontline, 1.0);
        QCOMPARE(e.bespokeRemoved, 1);
        // Public Value Index as docs/analysis.md defines it, worked by hand: Q is the weighted
        // mean of the inputs (outcome 2, satisfaction 1); alone in its peer group the
        // service's cost per transaction is the median, so E = 0.5; PVI = 100 (0.7 Q + 0.3 E).
        const double q = (2.0 * 0.6 + 1.0 * 0.7) / 3.0;
        QVERIFY(qAbs(*e.pviBefore - 100.0 * (0.7 * q + 0.3 * 0.5)) < 1e-9);
        QVERIFY(qAbs(*e.pviChange()) < 1e-9);
        // Against peers, the cheaper proposal scores higher on economy.
        const double peer = 50.0; // another council's cost per Blue Badge application
        const double cptBefore = before.total / 2400.0;
        const double cptAfter = after.total / 2400.0;
        const double mBefore = (peer + cptBefore) / 2.0;
        const double mAfter = (peer + cptAfter) / 2.0;
        const Effect peered = computeEffect(&p.baseline->service, p.service, p.catalogue, {peer});
        QVERIFY(qAbs(*peered.pviBefore - 100.0 * (0.7 * q + 0.3 * mBefore / (mBefore + cptBefore))) < 1e-9);
        QVERIFY(qAbs(*peered.pviAfter - 100.0 * (0.7 * q + 0.3 * mAfter / (mAfter + cptAfter))) < 1e-9);
        QVERIFY(*peered.pviChange() > 0.0);
        // No value inputs: no index, never 0.
        Service silent = p.service;
        silent.value.clear();
        QVERIFY(!computeEffect(nullptr, silent, p.catalogue).pviAfter.has_value());
        // A new service has nothing before it.
        const Effect fresh = computeEffect(nullptr, p.service, p.catalogue);
        QCOMPARE(fresh.before.total, 0.0);
        // Its overhead is new spend (a negative saving), its frontline new money; no cut.
        QCOMPARE(fresh.annualSaving, -after.overhead);
        QCOMPARE(fresh.movedToFrontlineGbp, after.frontline);
        QVERIFY(!fresh.cutsFrontline());
    }

    void compareTwoProposals()
    {
        ProposalModel a;
        a.setProposal(sampleProposal());
        QVERIFY(edit::replaceBrick(a, QStringLiteral("pay"), QStringLiteral("payments.local-pay")).ok);
        ProposalModel b;
        b.setProposal(sampleProposal());
        QVERIFY(edit::replaceBrick(b, QStringLiteral("pay"), QStringLiteral("payments.govuk-pay")).ok);
        QVERIFY(edit::removeBrick(b, QStringLiteral("case")).ok);
        const auto added = edit::addStandardBrick(b, QStringLiteral("case-management.shared-case"));
        QVERIFY(added.ok());
        QVERIFY(edit::connectBricks(b, QStringLiteral("pay"), added.value()).ok);

        const ServiceDiff d = Compare::services(a.service(), b.service());
        QCOMPARE(d.brick(QStringLiteral("pay"))->kind, ChangeKind::Changed);
        QCOMPARE(d.brick(QStringLiteral("pay"))->costEffect, 5000.0);
        QCOMPARE(d.brick(QStringLiteral("case"))->kind, ChangeKind::Removed);
        QCOMPARE(d.brick(QStringLiteral("case"))->costEffect, -84000.0);
        QCOMPARE(d.brick(added.value())->kind, ChangeKind::Added);
        QCOMPARE(d.costAfter - d.costBefore, 5000.0 - 84000.0 + 30000.0);
        int removedFlows = 0, addedFlows = 0;
        for (const FlowChange &f : d.flows) {
            removedFlows += f.kind == ChangeKind::Removed;
            addedFlows += f.kind == ChangeKind::Added;
        }
        QCOMPARE(removedFlows, 3);
        QCOMPARE(addedFlows, 1);
        const QStringList lines = Compare::describe(d);
        QVERIFY(lines.join(QLatin1Char('\n')).contains(QStringLiteral("Removed brick “In-house case system — Môn” (−£84k a year)")));
        QVERIFY(lines.last().startsWith(QStringLiteral("Total:")));
        QVERIFY(Compare::services(a.service(), a.service()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProposal)
#include "tst_proposal.moc"
