#pragma once

// Commons format 1.1 fixtures shared by tst_reader11 (the C++ reader) and tst_schema (the
// JSON Schemas): valid 1.1 documents that use every addition, and the table of 1.1 rules,
// one violation each, in the same RuleCase form as the version 1 table.

#include "tests/tst_reader_fixtures.h"

namespace livedna::test {

const char *const Index11Json = R"({
  "format": "livedna-commons/1",
  "commons": "england-local",
  "version": 18,
  "published": "2026-11-01T09:00:00Z",
  "documents": [
    {"path": "bricks.json", "type": "bricks",
     "sha256": "9f2c000000000000000000000000000000000000000000000000000000000abc", "bytes": 48213},
    {"path": "orgs/E06000001/2022-23.json", "type": "organisation", "org": "E06000001", "period": "2022-23",
     "sha256": "1ab0000000000000000000000000000000000000000000000000000000000def", "bytes": 81234},
    {"path": "orgs/E06000001/2023-24.json", "type": "organisation", "org": "E06000001", "period": "2023-24",
     "sha256": "1ab1000000000000000000000000000000000000000000000000000000000def", "bytes": 81235},
    {"path": "orgs/W06000001.json", "type": "organisation", "org": "W06000001",
     "sha256": "2ab0000000000000000000000000000000000000000000000000000000000def", "bytes": 10},
    {"path": "orgs/E06000002.json", "type": "organisation", "org": "E06000002", "period": "2023-24",
     "sha256": "3ab0000000000000000000000000000000000000000000000000000000000def", "bytes": 11}
  ]
})";

const char *const Bricks11Json = R"({
  "format": "livedna-bricks/1",
  "sources": [
    {"id": "govuk-pay-pricing", "title": "GOV.UK Pay pricing", "publisher": "Government Digital Service",
     "licence": "OGL-UK-3.0", "url": "https://www.payments.service.gov.uk/pricing/", "retrieved": "2026-10-01"},
    {"id": "libraries-catalogues", "title": "Library management systems of English library services"},
    {"id": "spare", "title": "A source no figure names"}
  ],
  "capabilities": [
    {"id": "payments", "name": "Take payments", "layer": "overhead", "work": "digital"},
    {"id": "assessment", "name": "Assess needs", "layer": "frontline", "work": "people"},
    {"id": "library-management", "name": "Library management system", "layer": "overhead",
     "source": "libraries-catalogues#capability"},
    {"id": "case-management", "name": "Manage cases", "layer": "overhead"}
  ],
  "products": [
    {"id": "spydus", "name": "Spydus", "vendor": "Civica", "capability": "library-management",
     "source": "libraries-catalogues#line 2: Spydus"},
    {"id": "arena", "name": "Arena", "capability": "library-management"}
  ],
  "bricks": [
    {"id": "payments.govuk-pay", "name": "GOV.UK Pay", "capability": "payments",
     "standard_annual_cost_gbp": 12000, "source": "govuk-pay-pricing#annual",
     "pricing": {"fixed_gbp": 0, "per_unit_gbp": 0.18, "unit": "transaction", "source": "govuk-pay-pricing#card"}},
    {"id": "case.commons", "name": "Commons case system", "capability": "case-management",
     "standard_annual_cost_gbp": 20000}
  ]
})";

const char *const Org11Json = R"({
  "format": "livedna-org/1",
  "organisation": {"code": "E06000001", "name": "Hartlepool Borough Council", "kind": "council",
                   "population": 92338},
  "period": "2023-24",
  "sources": [
    {"id": "rsx-2023-24", "title": "Revenue Outturn Service Expenditure Summary (RSX) 2023-24",
     "publisher": "Ministry of Housing, Communities and Local Government", "licence": "OGL-UK-3.0",
     "url": "https://www.gov.uk/government/statistics", "period": "2023-24", "retrieved": "2026-11-01"},
    {"id": "libraries-catalogues", "title": "Library management systems of English library services"},
    {"id": "estimates", "title": "LiveDNA estimates from published figures"}
  ],
  "services": [
    {"id": "cultural", "name": "Cultural and related services", "reported_cost_gbp": 6838000,
     "layer": "frontline", "source": "rsx-2023-24#line 25: E06000001, Cultural and related services, C7",
     "reported": {"employees_gbp": 4120000, "running_gbp": 4010000, "income_gbp": 1292000,
                  "net_gbp": 6838000, "source": "rsx-2023-24#line 25: E06000001, Cultural and related services"},
     "bricks": [
       {"id": "case", "name": "Case system", "capability": "case-management", "annual_cost_gbp": 84000,
        "basis": "published", "source": "rsx-2023-24#line 25: E06000001, C3"},
       {"id": "assess", "name": "Assessment", "capability": "assessment", "annual_cost_gbp": 5000,
        "basis": "estimated", "source": "estimates#cultural: employees × 0.1"}
     ],
     "systems": [
       {"id": "lms", "name": "Library catalogue and circulation", "capability": "library-management",
        "product": "spydus", "source": "libraries-catalogues#Hartlepool"},
       {"id": "lms-schools", "name": "Schools library service", "capability": "library-management"}
     ]},
    {"id": "central-services", "name": "Central services", "period": "2022-23", "layer": "overhead",
     "reported_cost_gbp": -1000,
     "reported": {"employees_gbp": null, "running_gbp": null, "income_gbp": 1000, "net_gbp": -1000},
     "bricks": []}
  ]
})";

inline Catalogue catalogue11()
{
    Result<Catalogue> r = CommonsReader::readBricks(QByteArray(Bricks11Json), QStringLiteral("bricks.json"));
    if (!r)
        qFatal("1.1 fixture catalogue invalid: %s", qPrintable(r.errorString()));
    return r.take();
}

inline const char *fixture11(const QString &document)
{
    if (document == QLatin1String("index"))
        return Index11Json;
    if (document == QLatin1String("bricks"))
        return Bricks11Json;
    return Org11Json;
}

inline QList<Problem> problemsFor11(const QString &document, const QByteArray &bytes)
{
    if (document == QLatin1String("index"))
        return CommonsReader::readIndex(bytes, QStringLiteral("index.json")).problems();
    if (document == QLatin1String("bricks"))
        return CommonsReader::readBricks(bytes, QStringLiteral("bricks.json")).problems();
    return CommonsReader::readOrganisation(bytes, QStringLiteral("orgs/E06000001/2023-24.json"), catalogue11())
        .problems();
}

// Every 1.1 rule: one violation per row, fed into an otherwise valid 1.1 document.
// `schema` false marks the rules a JSON Schema cannot state (uniqueness, references...).
inline QList<RuleCase> rule11Cases()
{
    QList<RuleCase> cases;
    const QJsonValue removed(QJsonValue::Undefined);
    const auto row = [&cases](const char *name, const char *document, const char *pointer, const QJsonValue &value,
                              const char *expectedPointer, const char *expectedMessage, bool schema = true) {
        cases.append({QString::fromUtf8(name), QString::fromUtf8(document), QString::fromUtf8(pointer), value,
                      QString::fromUtf8(expectedPointer), QString::fromUtf8(expectedMessage), 1, schema});
    };
    const auto s = [](const char *text) { return QJsonValue(QString::fromUtf8(text)); };
    const bool readerOnly = false;

    // index.json: documents[].period
    row("index11: period malformed", "index", "/documents/1/period", s("2022/23"), "/documents/1/period",
        "“period” must be a financial year written YYYY-YY, such as 2025-26; found “2022/23”");
    row("index11: period not a string", "index", "/documents/1/period", 2022, "/documents/1/period",
        "“period” must be a string; found the number 2022");
    row("index11: period not following year", "index", "/documents/1/period", s("2022-24"), "/documents/1/period",
        "“period” “2022-24” must end with the year after 2022 (2022-23)", readerOnly);
    row("index11: period missing on one of several", "index", "/documents/1/period", removed, "/documents/1/period",
        "organisation “E06000001” has 2 documents in this index, so each of its entries must carry “period”", readerOnly);
    row("index11: bricks entry period malformed", "index", "/documents/0/period", s("always"), "/documents/0/period",
        "“period” must be a financial year written YYYY-YY, such as 2025-26; found “always”");
    row("index11: org and period twice", "index", "/documents/2/period", s("2022-23"), "/documents/2/period",
        "organisation “E06000001” is listed twice for the period “2022-23” (also at /documents/1/period)", readerOnly);

    // bricks.json: sources, work, products, pricing, source
    row("bricks11: sources not an array", "bricks", "/sources", s("GOV.UK"), "/sources",
        "“sources” must be an array; found the string “GOV.UK”");
    row("bricks11: source not an object", "bricks", "/sources/2", s("spare"), "/sources/2",
        "a source must be an object; found the string “spare”");
    row("bricks11: source id malformed", "bricks", "/sources/2/id", s("Spare"), "/sources/2/id",
        "“id” must be an id of lower-case letters");
    row("bricks11: source id duplicate", "bricks", "/sources/2/id", s("govuk-pay-pricing"), "/sources/2/id",
        "duplicate source id “govuk-pay-pricing” (first at /sources/0)", readerOnly);
    row("bricks11: source title missing", "bricks", "/sources/2/title", removed, "/sources/2/title",
        "required field “title” is missing");
    row("bricks11: source url not a string", "bricks", "/sources/0/url", 5, "/sources/0/url",
        "“url” must be a string; found the number 5");
    row("bricks11: retrieved not a date", "bricks", "/sources/0/retrieved", s("October 2026"), "/sources/0/retrieved",
        "“retrieved” must be an RFC 3339 date such as 2026-11-01; found “October 2026”");
    row("bricks11: retrieved impossible date", "bricks", "/sources/0/retrieved", s("2026-02-30"), "/sources/0/retrieved",
        "“retrieved” must be an RFC 3339 date such as 2026-11-01; found “2026-02-30”", readerOnly);
    row("bricks11: work unknown", "bricks", "/capabilities/0/work", s("automated"), "/capabilities/0/work",
        "“work” must be one of “digital”, “people”; found the string “automated”");
    row("bricks11: capability source without locator", "bricks", "/capabilities/2/source", s("libraries-catalogues"),
        "/capabilities/2/source", "“source” must be “<source id>#<locator>”");
    row("bricks11: capability source empty locator", "bricks", "/capabilities/2/source", s("libraries-catalogues#"),
        "/capabilities/2/source", "“source” must be “<source id>#<locator>”");
    row("bricks11: capability source unlisted", "bricks", "/capabilities/2/source", s("nope#row 1"),
        "/capabilities/2/source", "“source” names the source “nope”, which is not listed in this document's “sources”",
        readerOnly);
    row("bricks11: products not an array", "bricks", "/products", s("spydus"), "/products",
        "“products” must be an array; found the string “spydus”");
    row("bricks11: product id malformed", "bricks", "/products/1/id", s("Arena"), "/products/1/id",
        "“id” must be an id of lower-case letters");
    row("bricks11: product id duplicate", "bricks", "/products/1/id", s("spydus"), "/products/1/id",
        "duplicate product id “spydus” (first at /products/0)", readerOnly);
    row("bricks11: product name missing", "bricks", "/products/1/name", removed, "/products/1/name",
        "required field “name” is missing");
    row("bricks11: product capability missing", "bricks", "/products/1/capability", removed, "/products/1/capability",
        "required field “capability” is missing");
    row("bricks11: product capability unknown", "bricks", "/products/1/capability", s("libraries"),
        "/products/1/capability", "capability “libraries” is not one of the capabilities in this file", readerOnly);
    row("bricks11: product vendor not a string", "bricks", "/products/0/vendor", 1, "/products/0/vendor",
        "“vendor” must be a string; found the number 1");
    row("bricks11: product source unlisted", "bricks", "/products/0/source", s("libs#line 2"), "/products/0/source",
        "“source” names the source “libs”", readerOnly);
    row("bricks11: pricing not an object", "bricks", "/bricks/0/pricing", 0.18, "/bricks/0/pricing",
        "“pricing” must be an object; found the number 0.18");
    row("bricks11: pricing fixed negative", "bricks", "/bricks/0/pricing/fixed_gbp", -1, "/bricks/0/pricing/fixed_gbp",
        "“fixed_gbp” must be a number ≥ 0; found the number -1");
    row("bricks11: pricing fixed missing", "bricks", "/bricks/0/pricing/fixed_gbp", removed,
        "/bricks/0/pricing/fixed_gbp", "required field “fixed_gbp” is missing");
    row("bricks11: pricing per unit negative", "bricks", "/bricks/0/pricing/per_unit_gbp", -0.18,
        "/bricks/0/pricing/per_unit_gbp", "“per_unit_gbp” must be a number ≥ 0; found the number -0.18");
    row("bricks11: pricing per unit missing", "bricks", "/bricks/0/pricing/per_unit_gbp", removed,
        "/bricks/0/pricing/per_unit_gbp", "required field “per_unit_gbp” is missing");
    row("bricks11: pricing unit unknown", "bricks", "/bricks/0/pricing/unit", s("household"),
        "/bricks/0/pricing/unit", "“unit” must be one of “resident”, “transaction”, “user”; found the string “household”");
    row("bricks11: pricing unit missing", "bricks", "/bricks/0/pricing/unit", removed, "/bricks/0/pricing/unit",
        "required field “unit” is missing");
    row("bricks11: pricing source unlisted", "bricks", "/bricks/0/pricing/source", s("pay#card"),
        "/bricks/0/pricing/source", "“source” names the source “pay”", readerOnly);
    row("bricks11: brick source not a string", "bricks", "/bricks/0/source", 3, "/bricks/0/source",
        "“source” must be a string; found the number 3");

    // orgs/<code>.json: sources, service period/layer/source/reported, basis, systems
    row("org11: source title empty", "org", "/sources/2/title", s(""), "/sources/2/title",
        "“title” must not be empty");
    row("org11: service period malformed", "org", "/services/1/period", s("2022/23"), "/services/1/period",
        "“period” must be a financial year written YYYY-YY, such as 2025-26; found “2022/23”");
    row("org11: service period not following year", "org", "/services/1/period", s("2022-22"), "/services/1/period",
        "“period” “2022-22” must end with the year after 2022 (2022-23)", readerOnly);
    row("org11: service layer unknown", "org", "/services/1/layer", s("backoffice"), "/services/1/layer",
        "“layer” must be one of “frontline”, “overhead”; found the string “backoffice”");
    row("org11: service source malformed", "org", "/services/0/source", s("rsx-2023-24 line 25"),
        "/services/0/source", "“source” must be “<source id>#<locator>”");
    row("org11: service source unlisted", "org", "/services/0/source", s("rsx-2022-23#line 25"), "/services/0/source",
        "“source” names the source “rsx-2022-23”, which is not listed in this document's “sources”", readerOnly);
    row("org11: reported not an object", "org", "/services/0/reported", 6838000, "/services/0/reported",
        "“reported” must be an object; found the number 6838000");
    row("org11: reported employees a string", "org", "/services/0/reported/employees_gbp", s("4,120,000"),
        "/services/0/reported/employees_gbp",
        "“employees_gbp” must be a number, or null when not published; found the string “4,120,000”");
    row("org11: reported running a boolean", "org", "/services/0/reported/running_gbp", false,
        "/services/0/reported/running_gbp", "“running_gbp” must be a number, or null when not published; found false");
    row("org11: reported income an array", "org", "/services/0/reported/income_gbp", QJsonArray{1},
        "/services/0/reported/income_gbp", "“income_gbp” must be a number, or null when not published; found an array");
    row("org11: reported net differs from reported cost", "org", "/services/0/reported/net_gbp", 6838001,
        "/services/0/reported/net_gbp", "“net_gbp” 6838001 must equal the service's “reported_cost_gbp” 6838000",
        readerOnly);
    row("org11: reported source unlisted", "org", "/services/0/reported/source", s("rs-2017-18#line 1"),
        "/services/0/reported/source", "“source” names the source “rs-2017-18”", readerOnly);
    row("org11: basis unknown", "org", "/services/0/bricks/0/basis", s("guessed"), "/services/0/bricks/0/basis",
        "“basis” must be one of “published”, “estimated”; found the string “guessed”");
    row("org11: estimated brick without source", "org", "/services/0/bricks/1/source", removed,
        "/services/0/bricks/1/source", "an estimated brick must name its method and inputs in “source”");
    row("org11: brick source unlisted", "org", "/services/0/bricks/0/source", s("rsx#C3"),
        "/services/0/bricks/0/source", "“source” names the source “rsx”", readerOnly);
    row("org11: systems not an array", "org", "/services/0/systems", s("lms"), "/services/0/systems",
        "“systems” must be an array; found the string “lms”");
    row("org11: system not an object", "org", "/services/0/systems/1", s("lms"), "/services/0/systems/1",
        "a system must be an object; found the string “lms”");
    row("org11: system id missing", "org", "/services/0/systems/1/id", removed, "/services/0/systems/1/id",
        "required field “id” is missing");
    row("org11: system id duplicate", "org", "/services/0/systems/1/id", s("lms"), "/services/0/systems/1/id",
        "duplicate system id “lms” in this service (first at /services/0/systems/0)", readerOnly);
    row("org11: system id is a brick's", "org", "/services/0/systems/1/id", s("case"), "/services/0/systems/1/id",
        "system id “case” is also the id of a brick of this service", readerOnly);
    row("org11: system name missing", "org", "/services/0/systems/1/name", removed, "/services/0/systems/1/name",
        "required field “name” is missing");
    row("org11: system capability missing", "org", "/services/0/systems/1/capability", removed,
        "/services/0/systems/1/capability", "required field “capability” is missing");
    row("org11: system capability unknown", "org", "/services/0/systems/1/capability", s("libraries"),
        "/services/0/systems/1/capability", "“capability” names “libraries”, which is not a capability in bricks.json",
        readerOnly);
    row("org11: system product empty", "org", "/services/0/systems/0/product", s(""), "/services/0/systems/0/product",
        "“product” must name a product from bricks.json; found an empty string");
    row("org11: system product unknown", "org", "/services/0/systems/0/product", s("civica-spydus"),
        "/services/0/systems/0/product", "“product” names “civica-spydus”, which is not a product in bricks.json",
        readerOnly);
    row("org11: system source unlisted", "org", "/services/0/systems/0/source", s("libraries#Hartlepool"),
        "/services/0/systems/0/source", "“source” names the source “libraries”", readerOnly);
    // Upper bounds on figures (issue 12): beyond them sums overflow and printing breaks.
    row("bricks11: standard cost beyond the money bound", "bricks", "/bricks/0/standard_annual_cost_gbp", 1.7e308,
        "/bricks/0/standard_annual_cost_gbp",
        "“standard_annual_cost_gbp” must be at most 1e+15 pounds (the format's upper bound); found 1.7e+308");
    row("bricks11: pricing fixed beyond the money bound", "bricks", "/bricks/0/pricing/fixed_gbp", 1e16,
        "/bricks/0/pricing/fixed_gbp", "“fixed_gbp” must be at most 1e+15 pounds");
    row("bricks11: pricing per unit beyond the money bound", "bricks", "/bricks/0/pricing/per_unit_gbp", 2e15,
        "/bricks/0/pricing/per_unit_gbp", "“per_unit_gbp” must be at most 1e+15 pounds");
    row("org11: brick cost beyond the money bound", "org", "/services/0/bricks/0/annual_cost_gbp", 1e19,
        "/services/0/bricks/0/annual_cost_gbp",
        "“annual_cost_gbp” must be at most 1e+15 pounds (the format's upper bound); found 1e+19");
    row("org11: reported cost below the money bound", "org", "/services/0/reported_cost_gbp", -2e15,
        "/services/0/reported_cost_gbp", "“reported_cost_gbp” must be between -1e+15 and 1e+15 pounds");
    row("org11: reported employees beyond the money bound", "org", "/services/0/reported/employees_gbp", 1e16,
        "/services/0/reported/employees_gbp", "“employees_gbp” must be between -1e+15 and 1e+15 pounds");
    row("org11: population beyond its bound", "org", "/organisation/population", 2e10, "/organisation/population",
        "“population” must be at most 10000000000 people (the format's upper bound); found 20000000000");
    // Control characters (issue 12): refused in names and codes, with the pointer.
    row("org11: organisation name with ESC", "org", "/organisation/name", s("Hartlepool\u001b[2J"),
        "/organisation/name", "“name” must not contain control characters; found U+001B at character 11", readerOnly);
    row("org11: service name with BEL", "org", "/services/0/name", s("Cultural\u0007"), "/services/0/name",
        "“name” must not contain control characters; found U+0007", readerOnly);
    row("org11: brick name with CR LF", "org", "/services/0/bricks/0/name", s("Case\r\nsystem"),
        "/services/0/bricks/0/name", "“name” must not contain control characters; found U+000D", readerOnly);
    row("org11: system name with NUL", "org", "/services/0/systems/1/name", QJsonValue(QString(QChar(0))),
        "/services/0/systems/1/name", "“name” must not contain control characters; found U+0000", readerOnly);
    row("bricks11: product name with DEL", "bricks", "/products/1/name", s("Arena\u007f"), "/products/1/name",
        "“name” must not contain control characters; found U+007F", readerOnly);
    row("bricks11: source title with LF", "bricks", "/sources/2/title", s("Line one\nline two"), "/sources/2/title",
        "“title” must not contain control characters; found U+000A", readerOnly);
    row("index11: org code with a right-to-left override", "index", "/documents/1/org", s("E0600\u202e1000"),
        "/documents/1/org", "“org” must not contain control characters; found U+202E", readerOnly);
    row("org11: service id with ESC", "org", "/services/0/id", s("cultural\u001b[2J"), "/services/0/id",
        "“id” must not contain control characters; found U+001B at character 9", readerOnly);
    row("org11: system id with a right-to-left override", "org", "/services/0/systems/0/id", s("lms\u202e"),
        "/services/0/systems/0/id", "“id” must not contain control characters; found U+202E", readerOnly);
    return cases;
}

// Edge values 1.1 allows: both the reader and the schemas accept them.
inline QList<AcceptedCase> accepted11Cases()
{
    QList<AcceptedCase> cases;
    const auto row = [&cases](const char *name, const char *document, const char *pointer, const QJsonValue &value) {
        cases.append({QString::fromUtf8(name), QString::fromUtf8(document), QString::fromUtf8(pointer), value});
    };
    const auto s = [](const char *text) { return QJsonValue(QString::fromUtf8(text)); };
    const QJsonValue removed(QJsonValue::Undefined);
    const QJsonValue null(QJsonValue::Null);
    row("index11: one document of an org without period", "index", "/documents/4/period", removed);
    row("bricks11: source with id and title only", "bricks", "/sources/0",
        QJsonObject{{QStringLiteral("id"), s("govuk-pay-pricing")}, {QStringLiteral("title"), s("GOV.UK Pay")}});
    row("bricks11: pricing per user", "bricks", "/bricks/0/pricing/unit", s("user"));
    row("bricks11: pricing per resident", "bricks", "/bricks/0/pricing/unit", s("resident"));
    row("bricks11: empty products", "bricks", "/products", QJsonArray{});
    row("bricks11: locator with #", "bricks", "/products/0/source", s("libraries-catalogues#row #2"));
    row("org11: reported all null", "org", "/services/0/reported",
        QJsonObject{{QStringLiteral("employees_gbp"), null}, {QStringLiteral("running_gbp"), null},
                    {QStringLiteral("income_gbp"), null}, {QStringLiteral("net_gbp"), null}});
    row("org11: reported net without reported cost", "org", "/services/0/reported_cost_gbp", removed);
    row("org11: reported net null beside reported cost", "org", "/services/0/reported/net_gbp", null);
    row("org11: negative income", "org", "/services/0/reported/income_gbp", -5);
    row("org11: brick basis absent", "org", "/services/0/bricks/0/basis", removed);
    row("org11: published brick without source", "org", "/services/0/bricks/0/source", removed);
    row("org11: no systems", "org", "/services/0/systems", QJsonArray{});
    row("org11: service layer overhead", "org", "/services/0/layer", s("overhead"));
    row("bricks11: standard cost at the money bound", "bricks", "/bricks/0/standard_annual_cost_gbp", 1e15);
    row("org11: brick cost at the money bound", "org", "/services/0/bricks/0/annual_cost_gbp", 1e15);
    row("org11: income at the money bound", "org", "/services/0/reported/income_gbp", -1e15);
    row("org11: population at its bound", "org", "/organisation/population", 1e10);
    return cases;
}

} // namespace livedna::test
