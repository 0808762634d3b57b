#include "tests/tst_reader_fixtures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace livedna;
using namespace livedna::test;

Q_DECLARE_METATYPE(livedna::test::RuleCase)
Q_DECLARE_METATYPE(livedna::test::AcceptedCase)

namespace {

// A commons folder written by the test: bricks.json, two organisations and an index whose
// hashes and lengths match unless a test changes them afterwards.
struct CommonsFolder
{
    QTemporaryDir tmp;
    QJsonArray entries;

    QString dir() const { return tmp.path(); }
    QString file(const QString &relative) const { return QDir(tmp.path()).filePath(relative); }

    bool write(const QString &relative, const QByteArray &bytes) const
    {
        QDir(tmp.path()).mkpath(QFileInfo(file(relative)).path());
        QFile f(file(relative));
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }

    void add(const QString &relative, const QByteArray &bytes, const QString &org = {})
    {
        QVERIFY(write(relative, bytes));
        QJsonObject e{{QStringLiteral("path"), relative},
                      {QStringLiteral("type"), org.isEmpty() ? QStringLiteral("bricks") : QStringLiteral("organisation")},
                      {QStringLiteral("sha256"), QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())},
                      {QStringLiteral("bytes"), bytes.size()}};
        if (!org.isEmpty())
            e.insert(QStringLiteral("org"), org);
        entries.append(e);
    }

    void writeIndex() const
    {
        QJsonObject index = parse(IndexJson);
        index.insert(QStringLiteral("documents"), entries);
        QVERIFY(write(QStringLiteral("index.json"), bytesOf(index)));
    }

    static QByteArray org(const QString &code, const QString &name)
    {
        QJsonObject o = parse(OrgJson);
        o = setAt(o, {QStringLiteral("organisation"), QStringLiteral("code")}, code).toObject();
        o = setAt(o, {QStringLiteral("organisation"), QStringLiteral("name")}, name).toObject();
        return QJsonDocument(o).toJson();
    }

    void populate()
    {
        add(QStringLiteral("bricks.json"), QByteArray(BricksJson));
        add(QStringLiteral("orgs/E06000001.json"), org(QStringLiteral("E06000001"), QStringLiteral("Hartlepool Borough Council")),
            QStringLiteral("E06000001"));
        add(QStringLiteral("orgs/W06000001.json"), org(QStringLiteral("W06000001"), QStringLiteral("Cyngor Sir Ynys Môn")),
            QStringLiteral("W06000001"));
        writeIndex();
    }
};

} // namespace

class TestReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<RuleCase>("rule");
        for (const RuleCase &c : ruleCases())
            QTest::newRow(qPrintable(c.name)) << c;
    }

    void rules()
    {
        QFETCH(RuleCase, rule);
        const QByteArray bytes = bytesOf(edited(fixture(rule.document), rule.pointer, rule.value));
        const QList<Problem> problems = problemsFor(rule.document, bytes);
        QVERIFY2(!problems.isEmpty(), "the violation was accepted");
        bool found = false;
        for (const Problem &p : problems) {
            QVERIFY2(!p.file.isEmpty(), "a problem must name its file");
            if (p.pointer == rule.expectedPointer && p.message.contains(rule.expectedMessage))
                found = true;
        }
        QVERIFY2(found, qPrintable(QStringLiteral("expected %1: …%2…; got:\n%3")
                                       .arg(rule.expectedPointer, rule.expectedMessage, problemsToString(problems))));
        // One violation is one problem: nothing cascades from it.
        QCOMPARE(problems.size(), rule.count);
    }

    void unknownFieldsIgnored()
    {
        const QJsonObject extra{{QStringLiteral("future"), QJsonArray{1, QStringLiteral("x")}}};
        QJsonObject index = edited(IndexJson, QStringLiteral("/x-extension"), extra);
        index = setAt(index, {QStringLiteral("documents"), QStringLiteral("0"), QStringLiteral("mirror")}, true).toObject();
        QVERIFY2(CommonsReader::readIndex(bytesOf(index), QStringLiteral("index.json")).ok(), "index with unknown fields");
        QJsonObject bricks = edited(BricksJson, QStringLiteral("/capabilities/0/colour"), QStringLiteral("red"));
        bricks = setAt(bricks, {QStringLiteral("bricks"), QStringLiteral("0"), QStringLiteral("licence")}, extra).toObject();
        QVERIFY(CommonsReader::readBricks(bytesOf(bricks), QStringLiteral("bricks.json")).ok());
        QJsonObject org = edited(OrgJson, QStringLiteral("/services/0/bricks/0/notes"), QStringLiteral("n"));
        org = setAt(org, {QStringLiteral("services"), QStringLiteral("0"), QStringLiteral("flows"), QStringLiteral("0"),
                          QStringLiteral("weight")}, 3).toObject();
        org = setAt(org, {QStringLiteral("organisation"), QStringLiteral("website")}, QStringLiteral("https://x")).toObject();
        org = setAt(org, {QStringLiteral("licence")}, QStringLiteral("OGL-3.0")).toObject();
        QVERIFY(CommonsReader::readOrganisation(bytesOf(org), QStringLiteral("o.json"), catalogue()).ok());
    }

    // The spec knows one format string per document; "1.1" is not a version it defines.
    void onlyVersionOneAccepted()
    {
        for (const char *format : {"livedna-org/1.3", "livedna-org/1x", "livedna-org/", "livedna-org/01"}) {
            const QJsonObject org = edited(OrgJson, QStringLiteral("/format"), QString::fromUtf8(format));
            const Result<Organisation> r = CommonsReader::readOrganisation(bytesOf(org), QStringLiteral("o.json"), catalogue());
            QVERIFY(!r.ok());
            QCOMPARE(r.problems().size(), 1);
            QCOMPARE(r.problems().first().message,
                     QStringLiteral("unsupported format version “%1”: this version of LiveDNA reads livedna-org/1 only")
                         .arg(QString::fromUtf8(format)));
        }
    }

    void everyProblemReported()
    {
        QJsonObject org = edited(OrgJson, QStringLiteral("/period"), QStringLiteral("2025"));
        org = setAt(org, {QStringLiteral("services"), QStringLiteral("0"), QStringLiteral("bricks"), QStringLiteral("1"),
                          QStringLiteral("annual_cost_gbp")}, -1).toObject();
        org = setAt(org, {QStringLiteral("services"), QStringLiteral("1"), QStringLiteral("id")}, QStringLiteral("blue-badge")).toObject();
        org = setAt(org, {QStringLiteral("organisation"), QStringLiteral("kind")}, QStringLiteral("trust")).toObject();
        const Result<Organisation> r
            = CommonsReader::readOrganisation(bytesOf(org), QStringLiteral("orgs/E06000001.json"), catalogue());
        QVERIFY(!r.ok());
        QStringList pointers;
        for (const Problem &p : r.problems()) {
            QCOMPARE(p.file, QStringLiteral("orgs/E06000001.json"));
            pointers.append(p.pointer);
        }
        QCOMPARE(pointers, (QStringList{QStringLiteral("/organisation/kind"), QStringLiteral("/period"),
                                        QStringLiteral("/services/0/bricks/1/annual_cost_gbp"),
                                        QStringLiteral("/services/1/id")}));
        QVERIFY(r.errorString().contains(QStringLiteral("orgs/E06000001.json: /services/0/bricks/1/annual_cost_gbp: ")));
    }

    void orgCodeMustMatchIndex()
    {
        const QByteArray bytes(OrgJson);
        QVERIFY(CommonsReader::readOrganisation(bytes, QStringLiteral("o.json"), catalogue(), QStringLiteral("E06000001")).ok());
        const QList<Problem> problems = problemsFor(QStringLiteral("org"), bytes, QStringLiteral("E06000002"));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().pointer, QStringLiteral("/organisation/code"));
        QCOMPARE(problems.first().message,
                 QStringLiteral("organisation code “E06000001” does not match the index entry's “org” “E06000002”"));
    }

    void acceptedEdgeValues_data()
    {
        QTest::addColumn<AcceptedCase>("accepted");
        for (const AcceptedCase &c : acceptedCases())
            QTest::newRow(qPrintable(c.name)) << c;
    }

    void acceptedEdgeValues()
    {
        QFETCH(AcceptedCase, accepted);
        const QList<Problem> problems
            = problemsFor(accepted.document, bytesOf(edited(fixture(accepted.document), accepted.pointer, accepted.value)));
        QVERIFY2(problems.isEmpty(), qPrintable(problemsToString(problems)));
    }

    void rfc3339Values()
    {
        const auto published = [](const char *text) {
            const QJsonObject index = edited(IndexJson, QStringLiteral("/published"), QString::fromUtf8(text));
            return CommonsReader::readIndex(bytesOf(index), QStringLiteral("index.json")).value().published;
        };
        QCOMPARE(published("2026-11-01T09:00:00.5Z"), QDateTime(QDate(2026, 11, 1), QTime(9, 0, 0, 500), QTimeZone::utc()));
        QCOMPARE(published("2016-12-31T23:59:60Z"), QDateTime(QDate(2017, 1, 1), QTime(0, 0), QTimeZone::utc()));
        const QJsonObject index = edited(IndexJson, QStringLiteral("/expires"), QStringLiteral("2027-02-01T01:30:00+01:30"));
        QCOMPARE(CommonsReader::readIndex(bytesOf(index), QStringLiteral("i")).value().expires,
                 QDateTime(QDate(2027, 2, 1), QTime(0, 0), QTimeZone::utc()));
    }

    void safePaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("safe");
        QTest::newRow("plain") << QStringLiteral("bricks.json") << true;
        QTest::newRow("folder") << QStringLiteral("orgs/E06000001.json") << true;
        QTest::newRow("deep") << QStringLiteral("a/b/c/d.json") << true;
        QTest::newRow("dots in name") << QStringLiteral("orgs/..hidden.json") << true;
        QTest::newRow("welsh") << QStringLiteral("orgs/Ynys-Môn.json") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("absolute") << QStringLiteral("/orgs/x.json") << false;
        QTest::newRow("parent") << QStringLiteral("..") << false;
        QTest::newRow("parent first") << QStringLiteral("../x.json") << false;
        QTest::newRow("parent inside") << QStringLiteral("orgs/../x.json") << false;
        QTest::newRow("parent last") << QStringLiteral("orgs/..") << false;
        QTest::newRow("backslash") << QStringLiteral("orgs\\x.json") << false;
        QTest::newRow("backslash parent") << QStringLiteral("..\\x.json") << false;
        QTest::newRow("unc") << QStringLiteral("\\\\server\\share") << false;
        QTest::newRow("http") << QStringLiteral("http://example.org/x.json") << false;
        QTest::newRow("https") << QStringLiteral("https:x.json") << false;
        QTest::newRow("drive") << QStringLiteral("C:/x.json") << false;
        QTest::newRow("drive relative") << QStringLiteral("c:x.json") << false;
        QTest::newRow("protocol relative") << QStringLiteral("//example.org/x.json") << false;
        QTest::newRow("trailing slash") << QStringLiteral("orgs/") << false;
        QTest::newRow("dot") << QStringLiteral("./x.json") << false;
        QTest::newRow("encoded parent") << QStringLiteral("%2e%2e/x.json") << false;
        QTest::newRow("query") << QStringLiteral("x.json?a=1") << false;
        QTest::newRow("fragment") << QStringLiteral("x.json#a") << false;
        QTest::newRow("nul") << QString(QStringLiteral("x") + QChar(0) + QStringLiteral(".json")) << false;
    }

    void safePaths()
    {
        QFETCH(QString, path);
        QFETCH(bool, safe);
        QString why;
        QCOMPARE(CommonsReader::isSafePath(path, &why), safe);
        QCOMPARE(why.isEmpty(), safe);
    }

    void depth_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("depth");
        QTest::newRow("scalar") << QByteArray("1") << 0;
        QTest::newRow("flat") << QByteArray("{\"a\":[1,2],\"b\":{}}") << 2;
        QTest::newRow("brackets in strings") << QByteArray("{\"a\":\"[[[[{{{{\"}") << 1;
        QTest::newRow("escaped quote") << QByteArray("{\"a\":\"\\\"[[[\",\"b\":[]}") << 2;
        QTest::newRow("escaped backslash") << QByteArray("{\"a\":\"\\\\\",\"b\":[[]]}") << 3;
        QTest::newRow("deep") << nested(64).toUtf8() << 64;
        QTest::newRow("deeper") << nested(65).toUtf8() << 65;
        QTest::newRow("unterminated string") << QByteArray("[\"[[[[") << 1;
    }

    void depth()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, depth);
        QVERIFY(!CommonsReader::exceedsDepth(json, depth));
        QCOMPARE(CommonsReader::exceedsDepth(json, depth - 1), depth > 0);
    }

    // Depth counts the document's own object: 63 arrays inside it make 64 levels.
    void depthCapOnDocuments()
    {
        const auto withNesting = [](const char *json, int arrays) {
            QByteArray bytes(json);
            bytes.insert(bytes.indexOf('{') + 1, "\"x\":" + nested(arrays).toUtf8() + ",");
            return bytes;
        };
        QVERIFY(CommonsReader::readOrganisation(withNesting(OrgJson, 63), QStringLiteral("o"), catalogue()).ok());
        QVERIFY(CommonsReader::readBricks(withNesting(BricksJson, 63), QStringLiteral("b")).ok());
        QVERIFY(CommonsReader::readIndex(withNesting(IndexJson, 63), QStringLiteral("i")).ok());
        const QString expected = QStringLiteral("JSON nesting is deeper than 64 levels; refused before parsing");
        for (const QList<Problem> &problems :
             {CommonsReader::readOrganisation(withNesting(OrgJson, 64), QStringLiteral("o"), catalogue()).problems(),
              CommonsReader::readBricks(withNesting(BricksJson, 64), QStringLiteral("o")).problems(),
              CommonsReader::readIndex(withNesting(IndexJson, 64), QStringLiteral("o")).problems()}) {
            QCOMPARE(problems.size(), 1);
            QCOMPARE(problems.first().message, expected);
            QCOMPARE(problems.first().file, QStringLiteral("o"));
        }
        // A million brackets would make a recursive parser overflow its stack.
        const QByteArray hostile(1000000, '[');
        QCOMPARE(CommonsReader::readIndex(hostile, QStringLiteral("i")).problems().first().message, expected);
    }

    void hugeIndexRefused()
    {
        QByteArray huge(IndexJson);
        huge.append(QByteArray(CommonsReader::MaxIndexBytes - huge.size() + 1, ' '));
        const Result<CommonsIndex> r = CommonsReader::readIndex(huge, QStringLiteral("index.json"));
        QVERIFY(!r.ok());
        QCOMPARE(r.problems().size(), 1);
        QCOMPARE(r.problems().first().file, QStringLiteral("index.json"));
        QVERIFY2(r.problems().first().message.contains(QStringLiteral("over the limit of 67108864 bytes (64 MiB)")),
                 qPrintable(r.errorString()));
        huge.chop(1); // exactly 64 MiB of valid JSON is still read
        QVERIFY2(CommonsReader::readIndex(huge, QStringLiteral("index.json")).ok(), "64 MiB exactly");
    }

    void malformedInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("the file is empty");
        QTest::newRow("truncated") << QByteArray(OrgJson).left(200) << QStringLiteral("not valid JSON:");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("the document must be a JSON object; found an array");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << QStringLiteral("not valid JSON:");
        QTest::newRow("nan") << QByteArray("{\"format\":NaN}") << QStringLiteral("not valid JSON:");
    }

    void malformedInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        for (const QList<Problem> &problems :
             {CommonsReader::readIndex(bytes, QStringLiteral("f.json")).problems(),
              CommonsReader::readBricks(bytes, QStringLiteral("f.json")).problems(),
              CommonsReader::readOrganisation(bytes, QStringLiteral("f.json"), catalogue()).problems()}) {
            QCOMPARE(problems.size(), 1);
            QCOMPARE(problems.first().file, QStringLiteral("f.json"));
            QVERIFY2(problems.first().message.startsWith(message), qPrintable(problems.first().message));
        }
    }

    void hostileStringsQuotedShort()
    {
        const QString longText(100000, QLatin1Char('A'));
        const QJsonObject bricks = edited(BricksJson, QStringLiteral("/capabilities/0/layer"), longText);
        const QList<Problem> problems = problemsFor(QStringLiteral("bricks"), bytesOf(bricks));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().message.size() < 300);
    }

    void namesSurvive()
    {
        const QString council = QStringLiteral("Cyngor Sir Ynys Môn");
        const QString service = QStringLiteral("Parks, Gardens & Children's Play \"Chwarae\"");
        const QString brick = QStringLiteral("Gwasanaeth ŵ ŷ â ê î ô û ẁ ỳ, O'Brien & Co");
        QJsonObject org = edited(OrgJson, QStringLiteral("/organisation/name"), council);
        org = setAt(org, {QStringLiteral("organisation"), QStringLiteral("region")}, QStringLiteral("Cymru / Wales")).toObject();
        org = setAt(org, {QStringLiteral("services"), QStringLiteral("0"), QStringLiteral("name")}, service).toObject();
        org = setAt(org, {QStringLiteral("services"), QStringLiteral("0"), QStringLiteral("bricks"), QStringLiteral("1"),
                          QStringLiteral("name")}, brick).toObject();
        const Result<Organisation> r = CommonsReader::readOrganisation(bytesOf(org), QStringLiteral("o.json"), catalogue());
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QCOMPARE(r.value().name, council);
        QCOMPARE(r.value().region, QStringLiteral("Cymru / Wales"));
        QCOMPARE(r.value().services.at(0).name, service);
        QCOMPARE(r.value().services.at(0).bricks.at(1).name, brick);

        // Problems quote such values intact too.
        const QJsonObject bad = edited(OrgJson, QStringLiteral("/services/0/bricks/1/capability"), council);
        const QList<Problem> problems = problemsFor(QStringLiteral("org"), bytesOf(bad));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().message.contains(QStringLiteral("“Cyngor Sir Ynys Môn”")));
    }

    void pointerEscapesValueKeys()
    {
        const QJsonObject org = edited(OrgJson, QStringLiteral("/services/0/value"),
                                       QJsonObject{{QStringLiteral("a/b~c"), 2}});
        const QList<Problem> problems = problemsFor(QStringLiteral("org"), bytesOf(org));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().pointer, QStringLiteral("/services/0/value/a~1b~0c"));
    }

    void largeServiceUsesHashes()
    {
        QJsonArray bricks;
        for (int i = 0; i < 40; ++i)
            bricks.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("b%1").arg(i)},
                                      {QStringLiteral("capability"), QStringLiteral("forms")},
                                      {QStringLiteral("annual_cost_gbp"), i}});
        QJsonObject org = edited(OrgJson, QStringLiteral("/services/1/bricks"), bricks);
        org = setAt(org, {QStringLiteral("services"), QStringLiteral("1"), QStringLiteral("flows")},
                    QJsonArray{QJsonObject{{QStringLiteral("from"), QStringLiteral("b39")}, {QStringLiteral("to"), QStringLiteral("b0")}},
                               QJsonObject{{QStringLiteral("from"), QStringLiteral("b1")}, {QStringLiteral("to"), QStringLiteral("b40")}}})
                  .toObject();
        bricks.append(bricks.at(7));
        org = setAt(org, {QStringLiteral("services"), QStringLiteral("0"), QStringLiteral("bricks")}, bricks).toObject();
        org = setAt(org, {QStringLiteral("services"), QStringLiteral("0"), QStringLiteral("flows")},
                    QJsonArray{QJsonObject{{QStringLiteral("from"), QStringLiteral("case")}, {QStringLiteral("to"), QStringLiteral("b3")}}})
                  .toObject();
        const QList<Problem> problems = problemsFor(QStringLiteral("org"), bytesOf(org));
        QCOMPARE(problems.size(), 3);
        QCOMPARE(problems.at(0).pointer, QStringLiteral("/services/0/bricks/40/id"));
        QVERIFY(problems.at(0).message.contains(QStringLiteral("(first at /services/0/bricks/7)")));
        QCOMPARE(problems.at(1).pointer, QStringLiteral("/services/0/flows/0/from"));
        QCOMPARE(problems.at(2).pointer, QStringLiteral("/services/1/flows/1/to"));
    }

    void validateFolderAcceptsValidCommons()
    {
        CommonsFolder c;
        c.populate();
        const QList<Problem> problems = CommonsReader::validateFolder(c.dir());
        QVERIFY2(problems.isEmpty(), qPrintable(problemsToString(problems)));
    }

    void validateFolderChecksEveryDocument()
    {
        CommonsFolder c;
        c.populate();
        const QByteArray good = CommonsFolder::org(QStringLiteral("W06000001"), QStringLiteral("Cyngor Sir Ynys Môn"));
        // Same length, different bytes: only the hash can tell.
        QByteArray tampered = good;
        tampered.replace("Cyngor", "Cyngon");
        QCOMPARE(tampered.size(), good.size());
        QVERIFY(c.write(QStringLiteral("orgs/W06000001.json"), tampered));
        // Longer than the index says.
        QVERIFY(c.write(QStringLiteral("orgs/E06000001.json"),
                        CommonsFolder::org(QStringLiteral("E06000001"), QStringLiteral("Hartlepool Borough Council")) + "\n\n"));
        const QList<Problem> problems = CommonsReader::validateFolder(c.dir());
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).file, c.file(QStringLiteral("orgs/E06000001.json")));
        QVERIFY2(problems.at(0).message.contains(QStringLiteral("is larger than the %1 bytes index.json gives for it")
                                                      .arg(CommonsFolder::org(QStringLiteral("E06000001"),
                                                                                QStringLiteral("Hartlepool Borough Council")).size())),
                 qPrintable(problems.at(0).message));
        QCOMPARE(problems.at(1).file, c.file(QStringLiteral("orgs/W06000001.json")));
        const QString actual = QString::fromLatin1(QCryptographicHash::hash(tampered, QCryptographicHash::Sha256).toHex());
        QVERIFY2(problems.at(1).message.startsWith(QStringLiteral("SHA-256 is %1 but index.json says ").arg(actual)),
                 qPrintable(problems.at(1).message));
    }

    void validateFolderShortFile()
    {
        CommonsFolder c;
        c.populate();
        QVERIFY(c.write(QStringLiteral("bricks.json"), QByteArray(BricksJson).left(100)));
        const QList<Problem> problems = CommonsReader::validateFolder(c.dir());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().file, c.file(QStringLiteral("bricks.json")));
        QCOMPARE(problems.first().message,
                 QStringLiteral("is 100 bytes long but index.json says %1").arg(QByteArray(BricksJson).size()));
    }

    void validateFolderMissingFile()
    {
        CommonsFolder c;
        c.populate();
        QVERIFY(QFile::remove(c.file(QStringLiteral("orgs/E06000001.json"))));
        const QList<Problem> problems = CommonsReader::validateFolder(c.dir());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().file, c.file(QStringLiteral("orgs/E06000001.json")));
        QCOMPARE(problems.first().message, QStringLiteral("listed in index.json but missing"));
    }

    void validateFolderOrgMismatch()
    {
        CommonsFolder c;
        c.add(QStringLiteral("bricks.json"), QByteArray(BricksJson));
        c.add(QStringLiteral("orgs/E06000002.json"), CommonsFolder::org(QStringLiteral("E06000001"), QStringLiteral("Hartlepool")),
              QStringLiteral("E06000002"));
        c.writeIndex();
        const QList<Problem> problems = CommonsReader::validateFolder(c.dir());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().file, c.file(QStringLiteral("orgs/E06000002.json")));
        QCOMPARE(problems.first().pointer, QStringLiteral("/organisation/code"));
        QVERIFY(problems.first().message.contains(QStringLiteral("does not match the index entry's “org” “E06000002”")));
    }

    void validateFolderUnsafePath()
    {
        CommonsFolder c;
        QTemporaryDir outside;
        c.add(QStringLiteral("bricks.json"), QByteArray(BricksJson));
        const QByteArray org = CommonsFolder::org(QStringLiteral("E06000001"), QStringLiteral("Hartlepool"));
        QFile f(QDir(outside.path()).filePath(QStringLiteral("E06000001.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(org);
        f.close();
        const QString relative = QDir(c.dir()).relativeFilePath(f.fileName());
        QVERIFY(relative.startsWith(QStringLiteral("../")));
        c.entries.append(QJsonObject{{QStringLiteral("path"), relative}, {QStringLiteral("type"), QStringLiteral("organisation")},
                                     {QStringLiteral("org"), QStringLiteral("E06000001")},
                                     {QStringLiteral("sha256"), QString::fromLatin1(QCryptographicHash::hash(org, QCryptographicHash::Sha256).toHex())},
                                     {QStringLiteral("bytes"), org.size()}});
        c.writeIndex();
        const QList<Problem> problems = CommonsReader::validateFolder(c.dir());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().file, c.file(QStringLiteral("index.json")));
        QCOMPARE(problems.first().pointer, QStringLiteral("/documents/1/path"));
        QVERIFY(problems.first().message.contains(QStringLiteral("it must not contain “..”")));
    }

    void validateFolderSymlinkOutside()
    {
        CommonsFolder c;
        QTemporaryDir outside;
        c.add(QStringLiteral("bricks.json"), QByteArray(BricksJson));
        c.add(QStringLiteral("orgs/E06000001.json"), CommonsFolder::org(QStringLiteral("E06000001"), QStringLiteral("H")),
              QStringLiteral("E06000001"));
        c.writeIndex();
        QVERIFY(QFile::rename(c.file(QStringLiteral("orgs/E06000001.json")), QDir(outside.path()).filePath(QStringLiteral("o.json"))));
        if (!QFile::link(QDir(outside.path()).filePath(QStringLiteral("o.json")), c.file(QStringLiteral("orgs/E06000001.json"))))
            QSKIP("symbolic links are not available here");
        const QList<Problem> problems = CommonsReader::validateFolder(c.dir());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().message, QStringLiteral("leads outside the commons folder"));
    }

    void validateFolderReportsContentProblems()
    {
        CommonsFolder c;
        QJsonObject org = parse(OrgJson);
        org = setAt(org, {QStringLiteral("services"), QStringLiteral("0"), QStringLiteral("bricks"), QStringLiteral("0"),
                          QStringLiteral("uses")}, QStringLiteral("forms.unknown")).toObject();
        c.add(QStringLiteral("bricks.json"), QByteArray(BricksJson));
        c.add(QStringLiteral("orgs/E06000001.json"), bytesOf(org), QStringLiteral("E06000001"));
        c.writeIndex();
        const QList<Problem> problems = CommonsReader::validateFolder(c.dir());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().file, c.file(QStringLiteral("orgs/E06000001.json")));
        QCOMPARE(problems.first().pointer, QStringLiteral("/services/0/bricks/0/uses"));
    }

    void validateFolderWithoutIndex()
    {
        QTemporaryDir empty;
        const QList<Problem> problems = CommonsReader::validateFolder(empty.path());
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().message.contains(QStringLiteral("no index.json")));
    }

    void validateFolderHugeIndex()
    {
        CommonsFolder c;
        QFile f(c.file(QStringLiteral("index.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(CommonsReader::MaxIndexBytes + 1)); // sparse: costs no disk
        f.close();
        const QList<Problem> problems = CommonsReader::validateFolder(c.dir());
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().message.contains(QStringLiteral("64 MiB")));
    }

    void validateFileFindsCatalogueAbove()
    {
        CommonsFolder c;
        c.populate();
        QVERIFY(CommonsReader::validateFile(c.file(QStringLiteral("orgs/E06000001.json"))).isEmpty());
        QVERIFY(CommonsReader::validateFile(c.file(QStringLiteral("bricks.json"))).isEmpty());
        QVERIFY(CommonsReader::validateFile(c.file(QStringLiteral("index.json"))).isEmpty());
        QJsonObject org = parse(OrgJson);
        org = setAt(org, {QStringLiteral("services"), QStringLiteral("0"), QStringLiteral("bricks"), QStringLiteral("2"),
                          QStringLiteral("capability")}, QStringLiteral("nursing")).toObject();
        QVERIFY(c.write(QStringLiteral("orgs/E06000001.json"), bytesOf(org)));
        const QList<Problem> problems = CommonsReader::validateFile(c.file(QStringLiteral("orgs/E06000001.json")));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().pointer, QStringLiteral("/services/0/bricks/2/capability"));
        // Alone, without a catalogue, the same file is checked for everything but references.
        QTemporaryDir alone;
        const QString lone = QDir(alone.path()).filePath(QStringLiteral("x.json"));
        QVERIFY(QFile::copy(c.file(QStringLiteral("orgs/E06000001.json")), lone));
        QVERIFY(CommonsReader::validateFile(lone).isEmpty());
    }

    void validateFileUnknownFormat()
    {
        QTemporaryDir tmp;
        const QString path = QDir(tmp.path()).filePath(QStringLiteral("x.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"geojson\"}");
        f.close();
        QList<Problem> problems = CommonsReader::validateFile(path);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().pointer, QStringLiteral("/format"));
        QVERIFY(problems.first().message.contains(QStringLiteral("unknown format")));
        problems = CommonsReader::validateFile(QDir(tmp.path()).filePath(QStringLiteral("absent.json")));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().message, QStringLiteral("no such file"));
    }

    // Random damage to valid documents: never a crash, and a refusal always says why.
    void mutatedDocumentsNeverCrash()
    {
        QRandomGenerator rng(20261122);
        const Catalogue cat = catalogue();
        const QList<QByteArray> originals{QByteArray(IndexJson), QByteArray(BricksJson), QByteArray(OrgJson)};
        // The length is the literal's own (it holds a NUL, so strlen would stop short);
        // a hand-counted 45 read 8 bytes past its end (AddressSanitizer).
        static const char alphabetBytes[] = "{}[]\",:\\0123456789-.eE truefalsn\x00\xff\xc3\xb4";
        const QByteArray alphabet(alphabetBytes, qsizetype(sizeof alphabetBytes) - 1);
        for (int round = 0; round < 3000; ++round) {
            QByteArray bytes = originals.at(round % 3);
            const int edits = 1 + int(rng.bounded(4));
            for (int e = 0; e < edits; ++e) {
                const int at = int(rng.bounded(bytes.size()));
                switch (rng.bounded(3)) {
                case 0:
                    bytes[at] = alphabet.at(int(rng.bounded(alphabet.size())));
                    break;
                case 1:
                    bytes.remove(at, 1 + int(rng.bounded(8)));
                    break;
                default:
                    bytes.insert(at, alphabet.at(int(rng.bounded(alphabet.size()))));
                    break;
                }
            }
            const QString file = QStringLiteral("fuzz-%1.json").arg(round);
            for (const QList<Problem> &problems :
                 {CommonsReader::readIndex(bytes, file).problems(), CommonsReader::readBricks(bytes, file).problems(),
                  CommonsReader::readOrganisation(bytes, file, cat).problems()}) {
                for (const Problem &p : problems) {
                    QCOMPARE(p.file, file);
                    QVERIFY(!p.message.isEmpty());
                }
            }
        }
    }

    // The commons bundled in the binary must pass the same validation as any other.
    void demoCommonsValid()
    {
        if (!QFile::exists(QStringLiteral(":/demo/index.json")))
            QSKIP("no demo commons embedded yet (:/demo/index.json)");
        const QList<Problem> problems = CommonsReader::validateFolder(QStringLiteral(":/demo"));
        QVERIFY2(problems.isEmpty(), qPrintable(problemsToString(problems)));
    }

    void problemListIsBounded()
    {
        QJsonArray bricks;
        for (int i = 0; i < 2500; ++i)
            bricks.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("b%1").arg(i)},
                                      {QStringLiteral("capability"), QStringLiteral("forms")},
                                      {QStringLiteral("annual_cost_gbp"), -1}});
        const QJsonObject org = edited(OrgJson, QStringLiteral("/services/1/bricks"), bricks);
        const QList<Problem> problems = problemsFor(QStringLiteral("org"), bytesOf(org));
        QCOMPARE(problems.size(), CommonsReader::MaxProblems + 1);
        QCOMPARE(problems.at(999).pointer, QStringLiteral("/services/1/bricks/999/annual_cost_gbp"));
        QCOMPARE(problems.last().message, QStringLiteral("… and 1500 more problem(s) not listed"));
    }

    void validIndexParses()
    {
        const Result<CommonsIndex> r = CommonsReader::readIndex(QByteArray(IndexJson), QStringLiteral("index.json"));
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        const CommonsIndex &index = r.value();
        QCOMPARE(index.format, QStringLiteral("livedna-commons/1"));
        QCOMPARE(index.commons, QStringLiteral("england-local"));
        QCOMPARE(index.title, QStringLiteral("England local public services"));
        QCOMPARE(index.version, 17);
        QCOMPARE(index.published, QDateTime(QDate(2026, 11, 1), QTime(9, 0), QTimeZone::utc()));
        QCOMPARE(index.expires, QDateTime(QDate(2027, 2, 1), QTime(0, 0), QTimeZone::utc()));
        QCOMPARE(index.documents.size(), 3);
        QCOMPARE(index.documents.at(0).type, DocumentType::Bricks);
        QCOMPARE(index.documents.at(0).bytes, 48213);
        QCOMPARE(index.documents.at(1).type, DocumentType::Organisation);
        QCOMPARE(index.documents.at(1).org, QStringLiteral("E06000001"));
        QCOMPARE(index.documents.at(1).path, QStringLiteral("orgs/E06000001.json"));
        QCOMPARE(index.documents.at(2).bytes, 0);
        QVERIFY(index.bricksEntry());
        QCOMPARE(index.bricksEntry()->path, QStringLiteral("bricks.json"));
    }

    void validBricksParse()
    {
        const Catalogue cat = catalogue();
        QCOMPARE(cat.capabilities.size(), 4);
        QCOMPARE(cat.bricks.size(), 2);
        QVERIFY(cat.capability(QStringLiteral("assessment")));
        QCOMPARE(cat.capability(QStringLiteral("assessment"))->layer, Layer::Frontline);
        QCOMPARE(cat.capability(QStringLiteral("payments"))->layer, Layer::Overhead);
        QCOMPARE(cat.capability(QStringLiteral("payments"))->name, QStringLiteral("Take payments"));
        const CatalogueBrick *pay = cat.brick(QStringLiteral("payments.govuk-pay"));
        QVERIFY(pay);
        QCOMPARE(pay->name, QStringLiteral("GOV.UK Pay"));
        QCOMPARE(pay->capability, QStringLiteral("payments"));
        QCOMPARE(pay->provider, QStringLiteral("Government Digital Service"));
        QCOMPARE(pay->evolution, QStringLiteral("commodity"));
        QCOMPARE(pay->description, QStringLiteral("Card and wallet payments"));
        QCOMPARE(pay->standardAnnualCostGbp, 12000.0);
        QCOMPARE(cat.brick(QStringLiteral("forms.govuk-forms"))->evolution, QString());
    }

    void validOrganisationParses()
    {
        const Result<Organisation> r = CommonsReader::readOrganisation(
            QByteArray(OrgJson), QStringLiteral("orgs/E06000001.json"), catalogue(), QStringLiteral("E06000001"));
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        const Organisation &org = r.value();
        QCOMPARE(org.code, QStringLiteral("E06000001"));
        QCOMPARE(org.name, QStringLiteral("Hartlepool Borough Council"));
        QCOMPARE(org.kind, OrgKind::Council);
        QCOMPARE(org.type, QStringLiteral("unitary"));
        QCOMPARE(org.region, QStringLiteral("North East"));
        QCOMPARE(*org.population, 92338);
        QCOMPARE(org.neighbours, (QStringList{QStringLiteral("E06000002"), QStringLiteral("E06000003")}));
        QCOMPARE(org.period, QStringLiteral("2025-26"));
        QCOMPARE(org.services.size(), 2);
        const Service &s = org.services.at(0);
        QCOMPARE(s.id, QStringLiteral("blue-badge"));
        QCOMPARE(s.name, QStringLiteral("Blue Badge applications"));
        QCOMPARE(*s.lgsl, 1111);
        QCOMPARE(s.category, QStringLiteral("Transport"));
        QCOMPARE(*s.volume, 2400.0);
        QCOMPARE(*s.reportedCostGbp, 410500.0);
        QCOMPARE(s.value.value(QStringLiteral("satisfaction")), 0.71);
        QCOMPARE(s.value.value(QStringLiteral("outcome")), 0.64);
        QCOMPARE(s.bricks.size(), 3);
        QCOMPARE(s.bricks.at(0).uses, QStringLiteral("forms.govuk-forms"));
        QVERIFY(s.bricks.at(0).isStandard());
        QVERIFY(!s.bricks.at(0).fte);
        QCOMPARE(s.bricks.at(1).capability, QStringLiteral("case-management"));
        QVERIFY(!s.bricks.at(1).isStandard());
        QCOMPARE(s.bricks.at(1).annualCostGbp, 84000.0);
        QCOMPARE(*s.bricks.at(1).fte, 1.5);
        QCOMPARE(s.flows.size(), 2);
        QCOMPARE(s.flows.at(1).from, QStringLiteral("case"));
        QCOMPARE(s.flows.at(1).to, QStringLiteral("assess"));
        QCOMPARE(s.flows.at(1).label, QStringLiteral("referral"));
        const Service &parking = org.services.at(1);
        QVERIFY(parking.bricks.isEmpty());
        QCOMPARE(*parking.reportedCostGbp, -25000.5);
        QVERIFY(!parking.lgsl);
        QVERIFY(!parking.volume);
    }
};

QTEST_GUILESS_MAIN(TestReader)
#include "tst_reader.moc"
