#pragma once

// Fixtures shared by tst_reader (the C++ reader) and tst_schema (the JSON Schemas): valid
// sample documents, a JSON Pointer editor, and the table of spec rules, one violation each.
// Both tests run the same table so the schemas and the reader cannot drift apart.

#include "core/commons/commonsreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QStringList>

namespace livedna::test {


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

inline QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test fixture is not valid JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

inline QByteArray bytesOf(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Sets (or, with an undefined value, removes) the member a JSON Pointer names.
inline QJsonValue setAt(const QJsonValue &node, QStringList path, const QJsonValue &value)
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

inline QJsonObject edited(const char *json, const QString &pointer, const QJsonValue &value)
{
    if (pointer.isEmpty())
        return parse(json);
    return setAt(parse(json), pointer.mid(1).split(QLatin1Char('/')), value).toObject();
}

inline Catalogue catalogue()
{
    Result<Catalogue> r = CommonsReader::readBricks(QByteArray(BricksJson), QStringLiteral("bricks.json"));
    if (!r)
        qFatal("fixture catalogue invalid: %s", qPrintable(r.errorString()));
    return r.take();
}

inline QList<Problem> problemsFor(const QString &document, const QByteArray &bytes, const QString &expectedCode = {})
{
    if (document == QLatin1String("index"))
        return CommonsReader::readIndex(bytes, QStringLiteral("index.json")).problems();
    if (document == QLatin1String("bricks"))
        return CommonsReader::readBricks(bytes, QStringLiteral("bricks.json")).problems();
    return CommonsReader::readOrganisation(bytes, QStringLiteral("orgs/E06000001.json"), catalogue(), expectedCode)
        .problems();
}

inline const char *fixture(const QString &document)
{
    if (document == QLatin1String("index"))
        return IndexJson;
    if (document == QLatin1String("bricks"))
        return BricksJson;
    return OrgJson;
}

inline QString nested(int depth)
{
    return QString(depth, QLatin1Char('[')) + QString(depth, QLatin1Char(']'));
}



struct RuleCase
{
    QString name;
    QString document; // index, bricks or org
    QString pointer;  // what to change
    QJsonValue value; // undefined removes the member
    QString expectedPointer;
    QString expectedMessage;
    int count = 1;       // problems in all: 1 unless the change breaks two things
    bool schema = true;  // false: a rule JSON Schema cannot express (uniqueness, references...)
};

// Every rule of the spec: one violation per row, fed into an otherwise valid document.
inline QList<RuleCase> ruleCases()
{
    QList<RuleCase> cases;
    const QJsonValue removed(QJsonValue::Undefined);
    const auto row = [&cases](const char *name, const char *document, const char *pointer, const QJsonValue &value,
                              const char *expectedPointer, const char *expectedMessage, int count = 1) {
        cases.append({QString::fromUtf8(name), QString::fromUtf8(document), QString::fromUtf8(pointer), value,
                      QString::fromUtf8(expectedPointer), QString::fromUtf8(expectedMessage), count, true});
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
        row("org: capability empty on standard brick", "org", "/services/0/bricks/0/capability", s(""), "/services/0/bricks/0/capability",
        "“capability” must name a capability from bricks.json; found an empty string");
    row("index: org on bricks entry not string", "index", "/documents/0/org", 5, "/documents/0/org",
        "“org” must be a non-empty string; found the number 5");
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
    
    // Rules a JSON Schema cannot state; the reader alone enforces them.
    const QSet<QString> readerOnly{
        QStringLiteral("index: published impossible date"), QStringLiteral("index: duplicate path"),
        QStringLiteral("index: path differs in case only"), QStringLiteral("index: org twice"),
        QStringLiteral("bricks: capability id duplicate"), QStringLiteral("bricks: brick id duplicate"),
        QStringLiteral("bricks: brick capability unknown"), QStringLiteral("org: period not following year"),
        QStringLiteral("org: period same year"), QStringLiteral("org: service id duplicate"),
        QStringLiteral("org: brick id duplicate"), QStringLiteral("org: uses unknown"),
        QStringLiteral("org: capability unknown"), QStringLiteral("org: flow from unknown"),
        QStringLiteral("org: flow to unknown"), QStringLiteral("org: flow to other service's brick")};
    for (RuleCase &c : cases)
        c.schema = !readerOnly.contains(c.name);
    return cases;
}

struct AcceptedCase
{
    QString name;
    QString document;
    QString pointer;
    QJsonValue value;
};

// Edge values the spec allows: both the reader and the schemas accept them.
inline QList<AcceptedCase> acceptedCases()
{
    QList<AcceptedCase> cases;
    const auto row = [&cases](const char *name, const char *document, const char *pointer, const QJsonValue &value) {
        cases.append({QString::fromUtf8(name), QString::fromUtf8(document), QString::fromUtf8(pointer), value});
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
        return cases;
}

} // namespace livedna::test
