// Commons format 1.1 in CommonsReader: every addition read into the domain, every rule
// refused with file, pointer and message (the table in tst_reader11_fixtures.h, shared with
// tst_schema), the shared length + hash check, the entry/period match, services and
// catalogues embedded in other documents, and writer -> reader round trips.

#include "core/commons/commonswriter.h"
#include "tests/tst_reader11_fixtures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace livedna;
using namespace livedna::test;

Q_DECLARE_METATYPE(livedna::test::RuleCase)
Q_DECLARE_METATYPE(livedna::test::AcceptedCase)

namespace {

QJsonObject entryFor(const QString &path, const QByteArray &bytes, const QString &org, const QString &period)
{
    QJsonObject e{{QStringLiteral("path"), path},
                  {QStringLiteral("type"), org.isEmpty() ? QStringLiteral("bricks") : QStringLiteral("organisation")},
                  {QStringLiteral("sha256"), QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())},
                  {QStringLiteral("bytes"), bytes.size()}};
    if (!org.isEmpty())
        e.insert(QStringLiteral("org"), org);
    if (!period.isEmpty())
        e.insert(QStringLiteral("period"), period);
    return e;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray orgForPeriod(const QString &period)
{
    return bytesOf(edited(Org11Json, QStringLiteral("/period"), period));
}

// A commons with two periods of one organisation at orgs/<CODE>/<PERIOD>.json.
// `indexPeriodOf2023` is what the index says the 2023-24 document's period is.
bool writeTwoPeriodCommons(const QString &dir, const QString &indexPeriodOf2023 = QStringLiteral("2023-24"))
{
    const QByteArray bricks(Bricks11Json);
    const QByteArray y1 = orgForPeriod(QStringLiteral("2022-23"));
    const QByteArray y2 = orgForPeriod(QStringLiteral("2023-24"));
    QJsonObject index = parse(Index11Json);
    index.insert(QStringLiteral("documents"),
                 QJsonArray{entryFor(QStringLiteral("bricks.json"), bricks, {}, {}),
                            entryFor(QStringLiteral("orgs/E06000001/2022-23.json"), y1, QStringLiteral("E06000001"),
                                     QStringLiteral("2022-23")),
                            entryFor(QStringLiteral("orgs/E06000001/2023-24.json"), y2, QStringLiteral("E06000001"),
                                     indexPeriodOf2023)});
    const QDir d(dir);
    return writeFile(d.filePath(QStringLiteral("bricks.json")), bricks)
           && writeFile(d.filePath(QStringLiteral("orgs/E06000001/2022-23.json")), y1)
           && writeFile(d.filePath(QStringLiteral("orgs/E06000001/2023-24.json")), y2)
           && writeFile(d.filePath(QStringLiteral("index.json")), bytesOf(index));
}

} // namespace

class TestReader11 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<RuleCase>("rule");
        for (const RuleCase &c : rule11Cases())
            QTest::newRow(qPrintable(c.name)) << c;
    }

    void rules()
    {
        QFETCH(RuleCase, rule);
        const QByteArray bytes = bytesOf(edited(fixture11(rule.document), rule.pointer, rule.value));
        const QList<Problem> problems = problemsFor11(rule.document, bytes);
        QVERIFY2(!problems.isEmpty(), "the violation was accepted");
        bool found = false;
        for (const Problem &p : problems) {
            QVERIFY2(!p.file.isEmpty(), "a problem must name its file");
            if (p.pointer == rule.expectedPointer && p.message.contains(rule.expectedMessage))
                found = true;
        }
        QVERIFY2(found, qPrintable(QStringLiteral("expected %1: …%2…; got:\n%3")
                                       .arg(rule.expectedPointer, rule.expectedMessage, problemsToString(problems))));
        QCOMPARE(problems.size(), rule.count);
    }

    void accepted_data()
    {
        QTest::addColumn<AcceptedCase>("accepted");
        for (const AcceptedCase &c : accepted11Cases())
            QTest::newRow(qPrintable(c.name)) << c;
    }

    void accepted()
    {
        QFETCH(AcceptedCase, accepted);
        const QByteArray bytes = bytesOf(edited(fixture11(accepted.document), accepted.pointer, accepted.value));
        const QList<Problem> problems = problemsFor11(accepted.document, bytes);
        QVERIFY2(problems.isEmpty(), qPrintable(problemsToString(problems)));
    }

    void indexPeriodsRead()
    {
        const Result<CommonsIndex> r = CommonsReader::readIndex(QByteArray(Index11Json), QStringLiteral("index.json"));
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        const QList<IndexEntry> &docs = r.value().documents;
        QCOMPARE(docs.size(), 5);
        QCOMPARE(docs.at(1).period, QStringLiteral("2022-23"));
        QCOMPARE(docs.at(2).period, QStringLiteral("2023-24"));
        QCOMPARE(docs.at(2).path, QStringLiteral("orgs/E06000001/2023-24.json"));
        QVERIFY(docs.at(3).period.isEmpty());
        QCOMPARE(docs.at(4).period, QStringLiteral("2023-24"));
    }

    void catalogueRead()
    {
        const Catalogue cat = catalogue11();
        QCOMPARE(cat.sources.size(), 3);
        QCOMPARE(cat.sources.at(0).retrieved, QStringLiteral("2026-10-01"));
        QCOMPARE(cat.sources.at(0).licence, QStringLiteral("OGL-UK-3.0"));
        QCOMPARE(cat.capability(QStringLiteral("payments"))->work, std::optional<Work>(Work::Digital));
        QCOMPARE(cat.capability(QStringLiteral("assessment"))->work, std::optional<Work>(Work::People));
        QVERIFY(!cat.capability(QStringLiteral("case-management"))->work.has_value());
        QCOMPARE(cat.capability(QStringLiteral("library-management"))->source, QStringLiteral("libraries-catalogues#capability"));
        QCOMPARE(cat.products.size(), 2);
        const Product *spydus = cat.product(QStringLiteral("spydus"));
        QVERIFY(spydus);
        QCOMPARE(spydus->vendor, QStringLiteral("Civica"));
        QCOMPARE(spydus->capability, QStringLiteral("library-management"));
        const CatalogueBrick *pay = cat.brick(QStringLiteral("payments.govuk-pay"));
        QVERIFY(pay && pay->pricing);
        QCOMPARE(pay->pricing->fixedGbp, 0.0);
        QCOMPARE(pay->pricing->perUnitGbp, 0.18);
        QCOMPARE(pay->pricing->unit, PricingUnit::Transaction);
        QCOMPARE(pay->pricing->source, QStringLiteral("govuk-pay-pricing#card"));
        QCOMPARE(pay->source, QStringLiteral("govuk-pay-pricing#annual"));
        QVERIFY(!cat.brick(QStringLiteral("case.commons"))->pricing);
    }

    void organisationRead()
    {
        const Result<Organisation> r = CommonsReader::readOrganisation(QByteArray(Org11Json), QStringLiteral("o.json"), catalogue11());
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        const Organisation &org = r.value();
        QCOMPARE(org.sources.size(), 3);
        QCOMPARE(org.sources.at(0).publisher, QStringLiteral("Ministry of Housing, Communities and Local Government"));
        const Service &cultural = org.services.at(0);
        QCOMPARE(cultural.layer, std::optional<Layer>(Layer::Frontline));
        QVERIFY(cultural.period.isEmpty());
        QCOMPARE(cultural.source, QStringLiteral("rsx-2023-24#line 25: E06000001, Cultural and related services, C7"));
        QVERIFY(cultural.reported);
        QCOMPARE(cultural.reported->employeesGbp, std::optional<double>(4120000));
        QCOMPARE(cultural.reported->runningGbp, std::optional<double>(4010000));
        QCOMPARE(cultural.reported->incomeGbp, std::optional<double>(1292000));
        QCOMPARE(cultural.reported->netGbp, std::optional<double>(6838000));
        QCOMPARE(cultural.bricks.at(0).basis, Basis::Published);
        QCOMPARE(cultural.bricks.at(1).basis, Basis::Estimated);
        QCOMPARE(cultural.bricks.at(1).source, QStringLiteral("estimates#cultural: employees × 0.1"));
        QCOMPARE(cultural.systems.size(), 2);
        QCOMPARE(cultural.systems.at(0).product, QStringLiteral("spydus"));
        QCOMPARE(cultural.systems.at(0).capability, QStringLiteral("library-management"));
        QVERIFY(cultural.systems.at(1).product.isEmpty());
        const Service &central = org.services.at(1);
        QCOMPARE(central.period, QStringLiteral("2022-23"));
        QCOMPARE(central.layer, std::optional<Layer>(Layer::Overhead));
        // Unknown is never 0: a null figure stays unknown.
        QVERIFY(!central.reported->employeesGbp.has_value());
        QVERIFY(!central.reported->runningGbp.has_value());
        QCOMPARE(central.reported->netGbp, std::optional<double>(-1000));
    }

    // What CommonsWriter writes, CommonsReader reads back to the same document.
    void writerRoundTrip()
    {
        const Result<Organisation> org = CommonsReader::readOrganisation(QByteArray(Org11Json), QStringLiteral("o.json"), catalogue11());
        QVERIFY(org.ok());
        const QByteArray written = CommonsWriter::organisationBytes(org.value());
        const Result<Organisation> again = CommonsReader::readOrganisation(written, QStringLiteral("w.json"), catalogue11());
        QVERIFY2(again.ok(), qPrintable(again.errorString()));
        QCOMPARE(CommonsWriter::organisationJson(again.value()), CommonsWriter::organisationJson(org.value()));
        // "published" is the default basis, so the writer leaves it out.
        QCOMPARE(CommonsWriter::organisationJson(org.value()),
                 edited(Org11Json, QStringLiteral("/services/0/bricks/0/basis"), QJsonValue(QJsonValue::Undefined)));

        const QByteArray cat = CommonsWriter::catalogueBytes(catalogue11());
        const Result<Catalogue> catAgain = CommonsReader::readBricks(cat, QStringLiteral("bricks.json"));
        QVERIFY2(catAgain.ok(), qPrintable(catAgain.errorString()));
        QCOMPARE(CommonsWriter::catalogueJson(catAgain.value()), parse(Bricks11Json));

        const Result<CommonsIndex> index = CommonsReader::readIndex(QByteArray(Index11Json), QStringLiteral("index.json"));
        QVERIFY(index.ok());
        QCOMPARE(CommonsWriter::indexJson(index.value()), parse(Index11Json));
    }

    void versionOneDocumentsUnchanged()
    {
        // A v1 document has no 1.1 member, and reading it fills none.
        const Result<Organisation> r = CommonsReader::readOrganisation(QByteArray(OrgJson), QStringLiteral("o.json"), catalogue());
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QVERIFY(r.value().sources.isEmpty());
        for (const Service &s : r.value().services) {
            QVERIFY(!s.reported && !s.layer && s.systems.isEmpty() && s.period.isEmpty() && s.source.isEmpty());
            for (const BrickInstance &b : s.bricks)
                QVERIFY(b.basis == Basis::Published && b.source.isEmpty());
        }
        const Catalogue cat = catalogue();
        QVERIFY(cat.products.isEmpty() && cat.sources.isEmpty());
        for (const Capability &c : cat.capabilities)
            QVERIFY(!c.work);
    }

    // Without a catalogue, references are not checked; everything else is.
    void organisationWithoutCatalogue()
    {
        QJsonObject org = edited(Org11Json, QStringLiteral("/services/0/systems/0/product"), QStringLiteral("not-in-any-catalogue"));
        QVERIFY(CommonsReader::readOrganisation(bytesOf(org), QStringLiteral("o.json"), nullptr).ok());
        QVERIFY(!CommonsReader::readOrganisation(bytesOf(org), QStringLiteral("o.json"), catalogue11()).ok());
        org = setAt(org, {QStringLiteral("services"), QStringLiteral("0"), QStringLiteral("layer")}, 3).toObject();
        const Result<Organisation> r = CommonsReader::readOrganisation(bytesOf(org), QStringLiteral("o.json"), nullptr, QStringLiteral("E06000001"));
        QCOMPARE(r.problems().size(), 1);
        QCOMPARE(r.problems().at(0).pointer, QStringLiteral("/services/0/layer"));
    }

    void entryPeriodMustMatchDocument()
    {
        IndexEntry entry;
        entry.org = QStringLiteral("E06000001");
        entry.period = QStringLiteral("2024-25");
        const Result<Organisation> r = CommonsReader::readOrganisation(QByteArray(Org11Json), QStringLiteral("o.json"), catalogue11(), entry);
        QVERIFY(!r.ok());
        QCOMPARE(r.problems().size(), 1);
        QCOMPARE(r.problems().at(0).pointer, QStringLiteral("/period"));
        QVERIFY2(r.problems().at(0).message.contains(QStringLiteral("“period” “2023-24” does not match the index entry's “period” “2024-25”")),
                 qPrintable(r.errorString()));

        entry.period = QStringLiteral("2023-24");
        QVERIFY(CommonsReader::readOrganisation(QByteArray(Org11Json), QStringLiteral("o.json"), catalogue11(), entry).ok());
        entry.period.clear(); // an entry without period matches any document period
        QVERIFY(CommonsReader::readOrganisation(QByteArray(Org11Json), QStringLiteral("o.json"), catalogue11(), entry).ok());

        Organisation org;
        org.code = QStringLiteral("E06000002");
        org.period = QStringLiteral("2023-24");
        entry.period = QStringLiteral("2022-23");
        const QList<Problem> both = CommonsReader::checkEntryMatches(org, entry, QStringLiteral("x.json"));
        QCOMPARE(both.size(), 2);
        QCOMPARE(both.at(0).pointer, QStringLiteral("/organisation/code"));
        QCOMPARE(both.at(1).pointer, QStringLiteral("/period"));
        QCOMPARE(both.at(1).file, QStringLiteral("x.json"));
    }

    void documentBytesCheck()
    {
        const QByteArray bytes("{\"format\": \"livedna-bricks/1\"}");
        IndexEntry entry;
        entry.bytes = bytes.size();
        entry.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QCOMPARE(CommonsReader::sha256Hex(bytes), entry.sha256);
        QVERIFY(CommonsReader::checkDocumentBytes(bytes, entry, QStringLiteral("b.json")).isEmpty());

        QList<Problem> p = CommonsReader::checkDocumentBytes(bytes + "\n", entry, QStringLiteral("b.json"));
        QCOMPARE(p.size(), 1);
        QCOMPARE(p.at(0).file, QStringLiteral("b.json"));
        QCOMPARE(p.at(0).message, QStringLiteral("is larger than the %1 bytes index.json gives for it").arg(bytes.size()));
        p = CommonsReader::checkDocumentBytes(bytes.left(5), entry, QStringLiteral("b.json"));
        QCOMPARE(p.at(0).message, QStringLiteral("is 5 bytes long but index.json says %1").arg(bytes.size()));
        QByteArray tampered = bytes;
        tampered[3] = 'F';
        p = CommonsReader::checkDocumentBytes(tampered, entry, QStringLiteral("b.json"));
        QCOMPARE(p.size(), 1);
        QVERIFY(p.at(0).message.startsWith(QStringLiteral("SHA-256 is %1 but index.json says %2")
                                               .arg(CommonsReader::sha256Hex(tampered), entry.sha256)));
    }

    void validateFolderTwoPeriods()
    {
        QTemporaryDir dir;
        QVERIFY(writeTwoPeriodCommons(dir.path()));
        const QList<Problem> problems = CommonsReader::validateFolder(dir.path());
        QVERIFY2(problems.isEmpty(), qPrintable(problemsToString(problems)));
    }

    void validateFolderPeriodMismatch()
    {
        QTemporaryDir dir;
        QVERIFY(writeTwoPeriodCommons(dir.path(), QStringLiteral("2024-25")));
        const QList<Problem> problems = CommonsReader::validateFolder(dir.path());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.at(0).file, QDir(dir.path()).filePath(QStringLiteral("orgs/E06000001/2023-24.json")));
        QCOMPARE(problems.at(0).pointer, QStringLiteral("/period"));
    }

    // The proposal file's service goes through this: same rules, pointers under a prefix.
    void embeddedServiceUsesReaderRules()
    {
        QJsonObject service = parse(OrgJson).value(QStringLiteral("services")).toArray().at(0).toObject();
        const Catalogue cat = catalogue();
        const Result<Service> ok = CommonsReader::readService(service, QStringLiteral("/service"), QStringLiteral("p.json"), &cat);
        QVERIFY2(ok.ok(), qPrintable(ok.errorString()));
        QCOMPARE(ok.value().lgsl, std::optional<int>(1111));
        QCOMPARE(ok.value().bricks.size(), 3);

        service.insert(QStringLiteral("lgsl"), 12.7);
        const Result<Service> bad = CommonsReader::readService(service, QStringLiteral("/baseline/composition"), QStringLiteral("p.json"), &cat);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.problems().size(), 1);
        QCOMPARE(bad.problems().at(0).file, QStringLiteral("p.json"));
        QCOMPARE(bad.problems().at(0).pointer, QStringLiteral("/baseline/composition/lgsl"));
        QVERIFY(bad.problems().at(0).message.contains(QStringLiteral("the number 12.7")));

        // Without a sources list, source strings are checked for their form only.
        QJsonObject cultural = parse(Org11Json).value(QStringLiteral("services")).toArray().at(0).toObject();
        const Catalogue cat11 = catalogue11();
        QVERIFY(CommonsReader::readService(cultural, QStringLiteral("/service"), QStringLiteral("p.json"), &cat11).ok());
        const QList<Source> none;
        const Result<Service> unlisted = CommonsReader::readService(cultural, QStringLiteral("/service"), QStringLiteral("p.json"), &cat11, &none);
        QCOMPARE(unlisted.problems().size(), 5); // service, reported, two bricks, one system
        cultural.insert(QStringLiteral("source"), QStringLiteral("no locator"));
        const Result<Service> malformed = CommonsReader::readService(cultural, QStringLiteral("/service"), QStringLiteral("p.json"), &cat11);
        QCOMPARE(malformed.problems().size(), 1);
        QCOMPARE(malformed.problems().at(0).pointer, QStringLiteral("/service/source"));
    }

    void embeddedCatalogue()
    {
        QJsonObject cat = parse(Bricks11Json);
        cat.remove(QStringLiteral("format"));
        const Result<Catalogue> ok = CommonsReader::readCatalogue(cat, QStringLiteral("/catalogue"), QStringLiteral("p.json"));
        QVERIFY2(ok.ok(), qPrintable(ok.errorString()));
        QVERIFY(ok.value().product(QStringLiteral("arena")));
        cat = setAt(cat, {QStringLiteral("bricks"), QStringLiteral("1"), QStringLiteral("capability")}, QStringLiteral("nope")).toObject();
        const Result<Catalogue> bad = CommonsReader::readCatalogue(cat, QStringLiteral("/catalogue"), QStringLiteral("p.json"));
        QCOMPARE(bad.problems().size(), 1);
        QCOMPARE(bad.problems().at(0).pointer, QStringLiteral("/catalogue/bricks/1/capability"));
    }
};

QTEST_GUILESS_MAIN(TestReader11)
#include "tst_reader11.moc"
