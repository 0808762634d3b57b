#include "core/commons/commonsreader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace livedna;

namespace {

const char *const IndexJson = R"({
  "format": "livedna-commons/1",
  "commons": "england-local",
  "title": "England local public services",
  "version": 17,
  "published": "2026-11-01T09:00:00Z",
  "expires": "2027-02-01T00:00:00Z",
  "documents": [
    {"path": "bricks.json", "type": "bricks",
     "sha256": "9f2c000000000000000000000000000000000000000000000000000000000abc", "bytes": 48213},
    {"path": "orgs/E06000001.json", "type": "organisation", "org": "E06000001",
     "sha256": "1ab0000000000000000000000000000000000000000000000000000000000def", "bytes": 81234},
    {"path": "orgs/W06000001.json", "type": "organisation", "org": "W06000001",
     "sha256": "2ab0000000000000000000000000000000000000000000000000000000000def", "bytes": 0}
  ]
})";

const char *const BricksJson = R"({
  "format": "livedna-bricks/1",
  "capabilities": [
    {"id": "payments", "name": "Take payments", "layer": "overhead"},
    {"id": "assessment", "name": "Assess needs", "layer": "frontline"},
    {"id": "case-management", "name": "Manage cases", "layer": "overhead"},
    {"id": "forms", "name": "Collect forms", "layer": "overhead"}
  ],
  "bricks": [
    {"id": "payments.govuk-pay", "name": "GOV.UK Pay", "capability": "payments",
     "provider": "Government Digital Service", "evolution": "commodity",
     "standard_annual_cost_gbp": 12000, "description": "Card and wallet payments"},
    {"id": "forms.govuk-forms", "name": "GOV.UK Forms", "capability": "forms",
     "standard_annual_cost_gbp": 0}
  ]
})";

const char *const OrgJson = R"({
  "format": "livedna-org/1",
  "organisation": {"code": "E06000001", "name": "Hartlepool Borough Council",
                   "kind": "council", "type": "unitary", "region": "North East",
                   "population": 92338, "neighbours": ["E06000002", "E06000003"]},
  "period": "2025-26",
  "services": [
    {
      "id": "blue-badge",
      "name": "Blue Badge applications",
      "lgsl": 1111,
      "category": "Transport",
      "volume": 2400,
      "reported_cost_gbp": 410500,
      "value": {"satisfaction": 0.71, "outcome": 0.64},
      "bricks": [
        {"id": "apply", "name": "Online application form", "uses": "forms.govuk-forms",
         "annual_cost_gbp": 1500},
        {"id": "case", "name": "In-house case system", "capability": "case-management",
         "annual_cost_gbp": 84000, "fte": 1.5},
        {"id": "assess", "name": "Mobility assessment", "capability": "assessment",
         "annual_cost_gbp": 120000, "fte": 3}
      ],
      "flows": [{"from": "apply", "to": "case"},
                {"from": "case", "to": "assess", "label": "referral"}]
    },
    {"id": "parking", "name": "Parking permits", "reported_cost_gbp": -25000.5, "bricks": []}
  ]
})";

QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test fixture is not valid JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

QByteArray bytesOf(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Sets (or, with an undefined value, removes) the member a JSON Pointer names.
QJsonValue setAt(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    if (node.isArray()) {
        QJsonArray a = node.toArray();
        const int i = head.toInt();
        if (path.isEmpty()) {
            if (value.isUndefined())
                a.removeAt(i);
            else if (i >= a.size())
                a.append(value);
            else
                a[i] = value;
        } else {
            a[i] = setAt(a.at(i), path, value);
        }
        return a;
    }
    QJsonObject o = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        o.remove(head);
    else
        o[head] = setAt(o.value(head), path, value);
    return o;
}

QJsonObject edited(const char *json, const QString &pointer, const QJsonValue &value)
{
    if (pointer.isEmpty())
        return parse(json);
    return setAt(parse(json), pointer.mid(1).split(QLatin1Char('/')), value).toObject();
}

Catalogue catalogue()
{
    Result<Catalogue> r = CommonsReader::readBricks(QByteArray(BricksJson), QStringLiteral("bricks.json"));
    if (!r)
        qFatal("fixture catalogue invalid: %s", qPrintable(r.errorString()));
    return r.take();
}

QList<Problem> problemsFor(const QString &document, const QByteArray &bytes, const QString &expectedCode = {})
{
    if (document == QLatin1String("index"))
        return CommonsReader::readIndex(bytes, QStringLiteral("index.json")).problems();
    if (document == QLatin1String("bricks"))
        return CommonsReader::readBricks(bytes, QStringLiteral("bricks.json")).problems();
    return CommonsReader::readOrganisation(bytes, QStringLiteral("orgs/E06000001.json"), catalogue(), expectedCode)
        .problems();
}

const char *fixture(const QString &document)
{
    if (document == QLatin1String("index"))
        return IndexJson;
    if (document == QLatin1String("bricks"))
        return BricksJson;
    return OrgJson;
}

QString nested(int depth)
{
    return QString(depth, QLatin1Char('[')) + QString(depth, QLatin1Char(']'));
}


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
    // Every rule of the spec: one violation per row, fed into an otherwise valid document;
    // the reader must name the JSON Pointer and say what is wrong.
    void rules_data()
    {
        QTest::addColumn<QString>("document"); // index, bricks or org
        QTest::addColumn<QString>("pointer");  // what to change; empty: the document as is
        QTest::addColumn<QJsonValue>("value"); // undefined removes the member
        QTest::addColumn<QString>("expectedPointer");
        QTest::addColumn<QString>("expectedMessage");
        QTest::addColumn<int>("count"); // problems in all: 1 unless the change breaks two things

        const QJsonValue removed(QJsonValue::Undefined);
        const auto row = [](const char *name, const char *document, const char *pointer, const QJsonValue &value,
                            const char *expectedPointer, const char *expectedMessage, int count = 1) {
            QTest::newRow(name) << QString::fromUtf8(document) << QString::fromUtf8(pointer) << value
                                << QString::fromUtf8(expectedPointer) << QString::fromUtf8(expectedMessage) << count;
        };
        const auto s = [](const char *text) { return QJsonValue(QString::fromUtf8(text)); };

        // index.json
        row("index: format missing", "index", "/format", removed, "/format", "required field “format” is missing");
        row("index: format major 2", "index", "/format", s("livedna-commons/2"), "/format",
            "unsupported format version “livedna-commons/2”: this version of LiveDNA reads livedna-commons/1 only");
        row("index: format other document", "index", "/format", s("livedna-org/1"), "/format",
            "“format” must be “livedna-commons/1”; found the string “livedna-org/1”");
        row("index: format not a string", "index", "/format", 1, "/format", "“format” must be “livedna-commons/1”; found the number 1");
        row("index: commons missing", "index", "/commons", removed, "/commons", "required field “commons” is missing");
        row("index: commons upper case", "index", "/commons", s("England"), "/commons",
            "“commons” must be an id of lower-case letters, digits, “.” and “-” that starts with a letter or digit "
            "([a-z0-9][a-z0-9.-]*); found the string “England”");
        row("index: commons leading dash", "index", "/commons", s("-x"), "/commons", "found the string “-x”");
        row("index: commons underscore", "index", "/commons", s("a_b"), "/commons", "[a-z0-9][a-z0-9.-]*");
        row("index: commons empty", "index", "/commons", s(""), "/commons", "found the string “”");
        row("index: commons number", "index", "/commons", 7, "/commons", "“commons” must be an id ([a-z0-9][a-z0-9.-]*); found the number 7");
        row("index: title not string", "index", "/title", true, "/title", "“title” must be a string; found true");
        row("index: version missing", "index", "/version", removed, "/version", "required field “version” is missing");
        row("index: version zero", "index", "/version", 0, "/version", "“version” must be an integer ≥ 1; found the number 0");
        row("index: version negative", "index", "/version", -3, "/version", "“version” must be an integer ≥ 1; found the number -3");
        row("index: version fraction", "index", "/version", 1.5, "/version", "“version” must be an integer ≥ 1; found the number 1.5");
        row("index: version string", "index", "/version", s("17"), "/version", "“version” must be an integer ≥ 1; found the string “17”");
        row("index: published missing", "index", "/published", removed, "/published", "required field “published” is missing");
        row("index: published date only", "index", "/published", s("2026-11-01"), "/published",
            "“published” must be an RFC 3339 date-time such as 2026-11-01T09:00:00Z; found “2026-11-01”");
        row("index: published impossible date", "index", "/published", s("2026-02-30T09:00:00Z"), "/published", "RFC 3339");
        row("index: published no offset", "index", "/published", s("2026-11-01T09:00:00"), "/published", "RFC 3339");
        row("index: published hour 24", "index", "/published", s("2026-11-01T24:00:00Z"), "/published", "RFC 3339");
        row("index: published not UTC", "index", "/published", s("2026-11-01T09:00:00+01:00"), "/published",
            "“published” must be a UTC time ending in “Z”; found “2026-11-01T09:00:00+01:00”");
        row("index: published number", "index", "/published", 20261101, "/published", "“published” must be a non-empty string; found the number 20261101");
        row("index: expires not a time", "index", "/expires", s("next spring"), "/expires",
            "“expires” must be an RFC 3339 date-time such as 2026-11-01T09:00:00Z; found “next spring”");
        row("index: documents missing", "index", "/documents", removed, "/documents", "required field “documents” is missing");
        row("index: documents object", "index", "/documents", QJsonObject(), "/documents", "“documents” must be an array; found an object");
        row("index: entry not object", "index", "/documents/2", s("orgs/x.json"), "/documents/2",
            "a document entry must be an object; found the string “orgs/x.json”");
        row("index: path missing", "index", "/documents/1/path", removed, "/documents/1/path", "required field “path” is missing");
        row("index: path absolute", "index", "/documents/1/path", s("/etc/passwd"), "/documents/1/path",
            "unsafe path “/etc/passwd”: it must be relative, not start with “/”");
        row("index: path dotdot", "index", "/documents/1/path", s("orgs/../../secret.json"), "/documents/1/path",
            "unsafe path “orgs/../../secret.json”: it must not contain “..”");
        row("index: path leading dotdot", "index", "/documents/1/path", s("../x.json"), "/documents/1/path", "it must not contain “..”");
        row("index: path backslash", "index", "/documents/1/path", s("orgs\\x.json"), "/documents/1/path",
            "unsafe path “orgs\\x.json”: it must use “/”, not a backslash");
        row("index: path http scheme", "index", "/documents/1/path", s("http://evil.example/x.json"), "/documents/1/path",
            "it must not contain a scheme or drive (“:”)");
        row("index: path file scheme", "index", "/documents/1/path", s("file:x.json"), "/documents/1/path", "scheme or drive");
        row("index: path drive", "index", "/documents/1/path", s("C:/x.json"), "/documents/1/path", "scheme or drive");
        row("index: path empty", "index", "/documents/1/path", s(""), "/documents/1/path", "“path” must not be empty");
        row("index: path empty segment", "index", "/documents/1/path", s("orgs//x.json"), "/documents/1/path", "empty segment");
        row("index: path dot segment", "index", "/documents/1/path", s("./x.json"), "/documents/1/path", "“.” segments");
        row("index: path percent", "index", "/documents/1/path", s("%2e%2e/x.json"), "/documents/1/path", "“%”, “?” or “#”");
        row("index: path control", "index", "/documents/1/path", s("a\nb.json"), "/documents/1/path", "control characters");
        row("index: duplicate path", "index", "/documents/2/path", s("orgs/E06000001.json"), "/documents/2/path",
            "duplicate path “orgs/E06000001.json” (also at /documents/1/path)");
        row("index: path differs in case only", "index", "/documents/2/path", s("ORGS/e06000001.json"), "/documents/2/path",
            "path “ORGS/e06000001.json” differs only in letter case from the path at /documents/1/path");
        row("index: type missing", "index", "/documents/1/type", removed, "/documents/1/type", "required field “type” is missing");
        row("index: type unknown", "index", "/documents/1/type", s("org"), "/documents/1/type",
            "“type” must be one of “bricks”, “organisation”; found the string “org”");
        row("index: organisation without org", "index", "/documents/1/org", removed, "/documents/1/org",
            "an organisation entry must name its organisation code in “org”");
        row("index: org empty", "index", "/documents/1/org", s(""), "/documents/1/org", "“org” must not be empty");
        row("index: org twice", "index", "/documents/2/org", s("E06000001"), "/documents/2/org",
            "organisation “E06000001” is listed twice (also at /documents/1/org)");
        row("index: sha256 missing", "index", "/documents/1/sha256", removed, "/documents/1/sha256", "required field “sha256” is missing");
        row("index: sha256 upper case", "index", "/documents/1/sha256",
            s("1AB0000000000000000000000000000000000000000000000000000000000DEF"), "/documents/1/sha256",
            "“sha256” must be 64 lower-case hexadecimal digits (the SHA-256 of the file); found the string “1AB0");
        row("index: sha256 short", "index", "/documents/1/sha256", s("1ab0"), "/documents/1/sha256", "64 lower-case hexadecimal digits");
        row("index: sha256 not hex", "index", "/documents/1/sha256",
            s("zab0000000000000000000000000000000000000000000000000000000000def"), "/documents/1/sha256", "64 lower-case hexadecimal digits");
        row("index: bytes missing", "index", "/documents/1/bytes", removed, "/documents/1/bytes", "required field “bytes” is missing");
        row("index: bytes negative", "index", "/documents/1/bytes", -1, "/documents/1/bytes", "“bytes” must be an integer ≥ 0; found the number -1");
        row("index: bytes fraction", "index", "/documents/1/bytes", 10.5, "/documents/1/bytes", "“bytes” must be an integer ≥ 0; found the number 10.5");
        row("index: bytes string", "index", "/documents/1/bytes", s("81234"), "/documents/1/bytes", "found the string “81234”");
        row("index: no bricks entry", "index", "/documents/0", removed, "/documents",
            "the index must list exactly one document of type “bricks”; found 0");
        row("index: two bricks entries", "index", "/documents/2/type", s("bricks"), "/documents",
            "the index must list exactly one document of type “bricks”; found 2");

        // bricks.json
        row("bricks: format missing", "bricks", "/format", removed, "/format", "required field “format” is missing");
        row("bricks: format major 2", "bricks", "/format", s("livedna-bricks/2"), "/format",
            "unsupported format version “livedna-bricks/2”: this version of LiveDNA reads livedna-bricks/1 only");
        row("bricks: format major 10", "bricks", "/format", s("livedna-bricks/10"), "/format", "unsupported format version “livedna-bricks/10”");
        row("bricks: capabilities missing", "bricks", "/capabilities", removed, "/capabilities", "required field “capabilities” is missing");
        row("bricks: capability not object", "bricks", "/capabilities/1", 3, "/capabilities/1", "a capability must be an object; found the number 3");
        row("bricks: capability id missing", "bricks", "/capabilities/1/id", removed, "/capabilities/1/id", "required field “id” is missing");
        row("bricks: capability id alphabet", "bricks", "/capabilities/1/id", s("Assess Needs"), "/capabilities/1/id",
            "([a-z0-9][a-z0-9.-]*); found the string “Assess Needs”");
        row("bricks: capability id duplicate", "bricks", "/capabilities/2/id", s("payments"), "/capabilities/2/id",
            "duplicate capability id “payments” (first at /capabilities/0)");
        row("bricks: capability layer missing", "bricks", "/capabilities/0/layer", removed, "/capabilities/0/layer",
            "required field “layer” is missing");
        row("bricks: capability layer unknown", "bricks", "/capabilities/0/layer", s("backoffice"), "/capabilities/0/layer",
            "“layer” must be one of “frontline”, “overhead”; found the string “backoffice”");
        row("bricks: capability name not string", "bricks", "/capabilities/0/name", 5, "/capabilities/0/name", "“name” must be a string; found the number 5");
        row("bricks: bricks missing", "bricks", "/bricks", removed, "/bricks", "required field “bricks” is missing");
        row("bricks: brick not object", "bricks", "/bricks/1", QJsonArray(), "/bricks/1", "a brick must be an object; found an array");
        row("bricks: brick id missing", "bricks", "/bricks/0/id", removed, "/bricks/0/id", "required field “id” is missing");
        row("bricks: brick id alphabet", "bricks", "/bricks/0/id", s("payments/govuk"), "/bricks/0/id", "found the string “payments/govuk”");
        row("bricks: brick id duplicate", "bricks", "/bricks/1/id", s("payments.govuk-pay"), "/bricks/1/id",
            "duplicate brick id “payments.govuk-pay” (first at /bricks/0)");
        row("bricks: brick name missing", "bricks", "/bricks/1/name", removed, "/bricks/1/name", "required field “name” is missing");
        row("bricks: brick name empty", "bricks", "/bricks/1/name", s(""), "/bricks/1/name", "“name” must not be empty");
        row("bricks: brick capability missing", "bricks", "/bricks/0/capability", removed, "/bricks/0/capability",
            "required field “capability” is missing");
        row("bricks: brick capability unknown", "bricks", "/bricks/0/capability", s("billing"), "/bricks/0/capability",
            "capability “billing” is not one of the capabilities in this file");
        row("bricks: cost missing", "bricks", "/bricks/0/standard_annual_cost_gbp", removed, "/bricks/0/standard_annual_cost_gbp",
            "required field “standard_annual_cost_gbp” is missing");
        row("bricks: cost negative", "bricks", "/bricks/0/standard_annual_cost_gbp", -1, "/bricks/0/standard_annual_cost_gbp",
            "“standard_annual_cost_gbp” must be a number ≥ 0; found the number -1");
        row("bricks: cost string", "bricks", "/bricks/0/standard_annual_cost_gbp", s("12,000"), "/bricks/0/standard_annual_cost_gbp",
            "“standard_annual_cost_gbp” must be a number ≥ 0; found the string “12,000”");
        row("bricks: cost null", "bricks", "/bricks/0/standard_annual_cost_gbp", QJsonValue(), "/bricks/0/standard_annual_cost_gbp",
            "must be a number ≥ 0; found null");
        row("bricks: evolution unknown", "bricks", "/bricks/0/evolution", s("mature"), "/bricks/0/evolution",
            "“evolution” must be one of “genesis”, “custom”, “product”, “commodity”; found the string “mature”");
        row("bricks: provider not string", "bricks", "/bricks/0/provider", 1, "/bricks/0/provider", "“provider” must be a string");
        row("bricks: description not string", "bricks", "/bricks/0/description", QJsonObject(), "/bricks/0/description",
            "“description” must be a string; found an object");

        // orgs/<code>.json
        row("org: format missing", "org", "/format", removed, "/format", "required field “format” is missing");
        row("org: format major 2", "org", "/format", s("livedna-org/2"), "/format",
            "unsupported format version “livedna-org/2”: this version of LiveDNA reads livedna-org/1 only");
        row("org: format of bricks", "org", "/format", s("livedna-bricks/1"), "/format", "“format” must be “livedna-org/1”");
        row("org: organisation missing", "org", "/organisation", removed, "/organisation", "required field “organisation” is missing");
        row("org: organisation not object", "org", "/organisation", s("Hartlepool"), "/organisation",
            "“organisation” must be an object; found the string “Hartlepool”");
        row("org: code missing", "org", "/organisation/code", removed, "/organisation/code", "required field “code” is missing");
        row("org: code empty", "org", "/organisation/code", s(""), "/organisation/code", "“code” must not be empty");
        row("org: name missing", "org", "/organisation/name", removed, "/organisation/name", "required field “name” is missing");
        row("org: kind missing", "org", "/organisation/kind", removed, "/organisation/kind", "required field “kind” is missing");
        row("org: kind unknown", "org", "/organisation/kind", s("county"), "/organisation/kind",
            "“kind” must be one of “council”, “nhs-trust”, “other”; found the string “county”");
        row("org: type not string", "org", "/organisation/type", 2, "/organisation/type", "“type” must be a string; found the number 2");
        row("org: region not string", "org", "/organisation/region", QJsonArray(), "/organisation/region", "“region” must be a string");
        row("org: population negative", "org", "/organisation/population", -1, "/organisation/population",
            "“population” must be an integer ≥ 0; found the number -1");
        row("org: population fraction", "org", "/organisation/population", 92338.5, "/organisation/population",
            "“population” must be an integer ≥ 0; found the number 92338.5");
        row("org: neighbours not array", "org", "/organisation/neighbours", s("E06000002"), "/organisation/neighbours",
            "“neighbours” must be an array; found the string “E06000002”");
        row("org: neighbour not string", "org", "/organisation/neighbours/1", 3, "/organisation/neighbours/1",
            "a neighbour must be an organisation code (a non-empty string); found the number 3");
        row("org: period missing", "org", "/period", removed, "/period", "required field “period” is missing");
        row("org: period slash", "org", "/period", s("2025/26"), "/period",
            "“period” must be a financial year written YYYY-YY, such as 2025-26; found “2025/26”");
        row("org: period long", "org", "/period", s("2025-2026"), "/period", "written YYYY-YY");
        row("org: period not following year", "org", "/period", s("2025-27"), "/period",
            "“period” “2025-27” must end with the year after 2025 (2025-26)");
        row("org: period same year", "org", "/period", s("2025-25"), "/period", "the year after 2025");
        row("org: period number", "org", "/period", 2025, "/period", "“period” must be a non-empty string; found the number 2025");
        row("org: services missing", "org", "/services", removed, "/services", "required field “services” is missing");
        row("org: service not object", "org", "/services/1", QJsonValue(), "/services/1", "a service must be an object; found null");
        row("org: service id missing", "org", "/services/1/id", removed, "/services/1/id", "required field “id” is missing");
        row("org: service id duplicate", "org", "/services/1/id", s("blue-badge"), "/services/1/id",
            "duplicate service id “blue-badge” (first at /services/0)");
        row("org: service name missing", "org", "/services/0/name", removed, "/services/0/name", "required field “name” is missing");
        row("org: lgsl string", "org", "/services/0/lgsl", s("1111"), "/services/0/lgsl",
            "“lgsl” must be an integer ≥ 1 (a Local Government Service List id); found the string “1111”");
        row("org: category not string", "org", "/services/0/category", 1, "/services/0/category", "“category” must be a string");
        row("org: volume negative", "org", "/services/0/volume", -2400, "/services/0/volume",
            "“volume” must be a number ≥ 0; found the number -2400");
        row("org: value not object", "org", "/services/0/value", 0.5, "/services/0/value", "“value” must be an object; found the number 0.5");
        row("org: value above one", "org", "/services/0/value/satisfaction", 1.5, "/services/0/value/satisfaction",
            "“satisfaction” must be a number between 0 and 1; found the number 1.5");
        row("org: value below zero", "org", "/services/0/value/outcome", -0.1, "/services/0/value/outcome",
            "“outcome” must be a number between 0 and 1; found the number -0.1");
        row("org: value not number", "org", "/services/0/value/trust", s("high"), "/services/0/value/trust",
            "“trust” must be a number between 0 and 1; found the string “high”");
        row("org: reported cost string", "org", "/services/0/reported_cost_gbp", s("410500"), "/services/0/reported_cost_gbp",
            "“reported_cost_gbp” must be a number; found the string “410500”");
        row("org: bricks missing", "org", "/services/1/bricks", removed, "/services/1/bricks", "required field “bricks” is missing");
        row("org: bricks object", "org", "/services/1/bricks", QJsonObject(), "/services/1/bricks", "“bricks” must be an array; found an object");
        row("org: brick not object", "org", "/services/0/bricks/2", 7, "/services/0/bricks/2", "a brick must be an object; found the number 7");
        row("org: brick id missing", "org", "/services/0/bricks/1/id", removed, "/services/0/bricks/1/id", "required field “id” is missing");
        row("org: brick id duplicate", "org", "/services/0/bricks/2/id", s("apply"), "/services/0/bricks/2/id",
            "duplicate brick id “apply” in this service (first at /services/0/bricks/0)", 2); // and the flow to "assess"
        row("org: uses unknown", "org", "/services/0/bricks/0/uses", s("forms.nope"), "/services/0/bricks/0/uses",
            "“uses” names “forms.nope”, which is not a brick in bricks.json");
        row("org: uses not string", "org", "/services/0/bricks/0/uses", 1, "/services/0/bricks/0/uses", "“uses” must be a string; found the number 1");
        row("org: uses empty", "org", "/services/0/bricks/0/uses", s(""), "/services/0/bricks/0/uses", "“uses” must name a brick from bricks.json");
        row("org: bespoke without capability", "org", "/services/0/bricks/1/capability", removed, "/services/0/bricks/1/capability",
            "a bespoke brick (one without “uses”) must state its “capability”");
        row("org: capability unknown", "org", "/services/0/bricks/2/capability", s("assesment"), "/services/0/bricks/2/capability",
            "“capability” names “assesment”, which is not a capability in bricks.json");
        row("org: capability not string", "org", "/services/0/bricks/2/capability", 4, "/services/0/bricks/2/capability",
            "“capability” must be a string; found the number 4");
        row("org: cost missing", "org", "/services/0/bricks/1/annual_cost_gbp", removed, "/services/0/bricks/1/annual_cost_gbp",
            "required field “annual_cost_gbp” is missing");
        row("org: cost negative", "org", "/services/0/bricks/1/annual_cost_gbp", -84000, "/services/0/bricks/1/annual_cost_gbp",
            "“annual_cost_gbp” must be a number ≥ 0; found the number -84000");
        row("org: cost string", "org", "/services/0/bricks/1/annual_cost_gbp", s("£84,000"), "/services/0/bricks/1/annual_cost_gbp",
            "“annual_cost_gbp” must be a number ≥ 0; found the string “£84,000”");
        row("org: fte negative", "org", "/services/0/bricks/1/fte", -1.5, "/services/0/bricks/1/fte",
            "“fte” must be a number ≥ 0; found the number -1.5");
        row("org: brick name not string", "org", "/services/0/bricks/1/name", false, "/services/0/bricks/1/name", "“name” must be a string; found false");
        row("org: flows not array", "org", "/services/0/flows", QJsonObject(), "/services/0/flows", "“flows” must be an array; found an object");
        row("org: flow not object", "org", "/services/0/flows/0", s("apply->case"), "/services/0/flows/0", "a flow must be an object");
        row("org: flow from missing", "org", "/services/0/flows/0/from", removed, "/services/0/flows/0/from", "required field “from” is missing");
        row("org: flow from unknown", "org", "/services/0/flows/0/from", s("payment"), "/services/0/flows/0/from",
            "“from” names “payment”, which is not a brick of this service");
        row("org: flow to unknown", "org", "/services/0/flows/1/to", s("blue-badge"), "/services/0/flows/1/to",
            "“to” names “blue-badge”, which is not a brick of this service");
        row("org: flow to other service's brick", "org", "/services/1/flows", QJsonArray{QJsonObject{{QStringLiteral("from"), s("apply")}, {QStringLiteral("to"), s("case")}}},
            "/services/1/flows/0/from", "“from” names “apply”, which is not a brick of this service", 2);
        row("org: flow label not string", "org", "/services/0/flows/1/label", 1, "/services/0/flows/1/label", "“label” must be a string");
    }

    void rules()
    {
        QFETCH(QString, document);
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expectedPointer);
        QFETCH(QString, expectedMessage);

        const QByteArray bytes = bytesOf(edited(fixture(document), pointer, value));
        const QList<Problem> problems = problemsFor(document, bytes);
        QVERIFY2(!problems.isEmpty(), "the violation was accepted");
        bool found = false;
        for (const Problem &p : problems) {
            QVERIFY2(!p.file.isEmpty(), "a problem must name its file");
            if (p.pointer == expectedPointer && p.message.contains(expectedMessage))
                found = true;
        }
        QVERIFY2(found, qPrintable(QStringLiteral("expected %1: …%2…; got:\n%3")
                                       .arg(expectedPointer, expectedMessage, problemsToString(problems))));
        // One violation is one problem: nothing cascades from it.
        QFETCH(int, count);
        QCOMPARE(problems.size(), count);
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

    // Minor versions only add optional fields; another major version is refused.
    void minorFormatVersionAccepted()
    {
        const QJsonObject org = edited(OrgJson, QStringLiteral("/format"), QStringLiteral("livedna-org/1.3"));
        QVERIFY(CommonsReader::readOrganisation(bytesOf(org), QStringLiteral("o.json"), catalogue()).ok());
        const QJsonObject bad = edited(OrgJson, QStringLiteral("/format"), QStringLiteral("livedna-org/1x"));
        QVERIFY(!CommonsReader::readOrganisation(bytesOf(bad), QStringLiteral("o.json"), catalogue()).ok());
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
        QTest::addColumn<QString>("document");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QJsonValue>("value");
        const auto row = [](const char *name, const char *document, const char *pointer, const QJsonValue &value) {
            QTest::newRow(name) << QString::fromUtf8(document) << QString::fromUtf8(pointer) << value;
        };
        const auto s = [](const char *text) { return QJsonValue(QString::fromUtf8(text)); };
        row("published with fraction", "index", "/published", s("2026-11-01T09:00:00.123456Z"));
        row("published lower-case t and z", "index", "/published", s("2026-11-01t09:00:00z"));
        row("published +00:00", "index", "/published", s("2026-11-01T09:00:00+00:00"));
        row("published leap second", "index", "/published", s("2016-12-31T23:59:60Z"));
        row("published leap day", "index", "/published", s("2028-02-29T00:00:00Z"));
        row("expires with offset", "index", "/expires", s("2027-02-01T00:00:00-05:30"));
        row("expires absent", "index", "/expires", QJsonValue(QJsonValue::Undefined));
        row("title absent", "index", "/title", QJsonValue(QJsonValue::Undefined));
        row("version huge", "index", "/version", 9007199254740991.0);
        row("version 1.0", "index", "/version", 1.0);
        row("empty documents of an empty bytes file", "index", "/documents/1/bytes", 0);
        row("path with dots in names", "index", "/documents/1/path", s("orgs/v1.2/E06000001.json"));
        row("bricks without optional fields", "bricks", "/bricks/0", QJsonObject{{QStringLiteral("id"), s("p")},
            {QStringLiteral("name"), s("P")}, {QStringLiteral("capability"), s("payments")},
            {QStringLiteral("standard_annual_cost_gbp"), 0}});
        row("capability without name", "bricks", "/capabilities/3/name", QJsonValue(QJsonValue::Undefined));
        row("evolution genesis", "bricks", "/bricks/0/evolution", s("genesis"));
        row("cost zero", "org", "/services/0/bricks/1/annual_cost_gbp", 0);
        row("cost fractional", "org", "/services/0/bricks/1/annual_cost_gbp", 0.01);
        row("reported cost negative", "org", "/services/0/reported_cost_gbp", -1e9);
        row("reported cost zero", "org", "/services/0/reported_cost_gbp", 0);
        row("value bounds", "org", "/services/0/value", QJsonObject{{QStringLiteral("a"), 0}, {QStringLiteral("b"), 1}});
        row("period across a century", "org", "/period", s("2099-00"));
        row("kind nhs-trust", "org", "/organisation/kind", s("nhs-trust"));
        row("kind other", "org", "/organisation/kind", s("other"));
        row("population zero", "org", "/organisation/population", 0);
        row("no flows", "org", "/services/0/flows", QJsonValue(QJsonValue::Undefined));
        row("flow cycle", "org", "/services/0/flows/2", QJsonObject{{QStringLiteral("from"), s("assess")}, {QStringLiteral("to"), s("apply")}});
        row("flow to itself", "org", "/services/0/flows/2", QJsonObject{{QStringLiteral("from"), s("case")}, {QStringLiteral("to"), s("case")}});
        row("standard with capability too", "org", "/services/0/bricks/0/capability", s("forms"));
        row("service ids need not be slugs", "org", "/services/1/id", s("Parking Permits (2)"));
        row("brick id shared across services", "org", "/services/1/bricks", QJsonArray{QJsonObject{{QStringLiteral("id"), s("apply")},
            {QStringLiteral("capability"), s("forms")}, {QStringLiteral("annual_cost_gbp"), 5}}});
    }

    void acceptedEdgeValues()
    {
        QFETCH(QString, document);
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, value);
        const QList<Problem> problems = problemsFor(document, bytesOf(edited(fixture(document), pointer, value)));
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
        QCOMPARE(problems.first().message, QStringLiteral("resolves outside the commons folder"));
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
