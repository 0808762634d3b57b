#include "core/cache/cacheschema.h"

#include "core/cache/cachesummary.h"
#include "core/analysis/valuerankstore.h"

namespace livedna {

namespace {

Migration cacheMigrationV4()
{
    Migration m;
    m.version = 4;
    m.foreignKeysOff = true;
    m.statements = {
        QStringLiteral(
            "CREATE TABLE organisation_v4 ("
            " id INTEGER PRIMARY KEY,"
            " commons_ref INTEGER NOT NULL REFERENCES commons(id) ON DELETE CASCADE,"
            " code TEXT NOT NULL,"
            " name TEXT NOT NULL,"
            " kind TEXT NOT NULL,"
            " type TEXT,"
            " region TEXT,"
            " population INTEGER,"
            " neighbours TEXT NOT NULL DEFAULT '[]',"
            " period TEXT NOT NULL,"
            " doc_path TEXT NOT NULL,"
            " latest INTEGER NOT NULL DEFAULT 1," // 1 on the row of the greatest period
            " sources TEXT," // JSON array of the document's sources, NULL when none
            " service_count INTEGER NOT NULL DEFAULT 0,"
            " total_cost REAL NOT NULL DEFAULT 0,"
            " frontline_cost REAL NOT NULL DEFAULT 0,"
            " overhead_cost REAL NOT NULL DEFAULT 0,"
            " reported_cost REAL,"
            " brick_count INTEGER NOT NULL DEFAULT 0,"
            " bespoke_count INTEGER NOT NULL DEFAULT 0,"
            // Reported split: each sum is NULL when no service of that kind reports a cost.
            " reported_frontline REAL,"
            " reported_frontline_services INTEGER NOT NULL DEFAULT 0,"
            " reported_overhead REAL,"
            " reported_overhead_services INTEGER NOT NULL DEFAULT 0,"
            " reported_unclassified REAL,"
            " reported_unclassified_services INTEGER NOT NULL DEFAULT 0,"
            " reported_unknown INTEGER NOT NULL DEFAULT 0," // services with no reported cost
            " UNIQUE (commons_ref, code, period))"),
        QStringLiteral(
            "INSERT INTO organisation_v4 (id, commons_ref, code, name, kind, type, region, population,"
            " neighbours, period, doc_path, latest, service_count, total_cost, frontline_cost,"
            " overhead_cost, reported_cost, brick_count, bespoke_count, reported_unclassified,"
            " reported_unclassified_services, reported_unknown)"
            " SELECT o.id, o.commons_ref, o.code, o.name, o.kind, o.type, o.region, o.population,"
            " o.neighbours, o.period, o.doc_path, 1, o.service_count, o.total_cost, o.frontline_cost,"
            " o.overhead_cost, o.reported_cost, o.brick_count, o.bespoke_count,"
            " (SELECT SUM(s.reported_cost) FROM service s WHERE s.org_ref = o.id),"
            " (SELECT COUNT(s.reported_cost) FROM service s WHERE s.org_ref = o.id),"
            " (SELECT COUNT(*) - COUNT(s.reported_cost) FROM service s WHERE s.org_ref = o.id)"
            " FROM organisation o"),
        QStringLiteral("DROP TABLE organisation"),
        QStringLiteral("ALTER TABLE organisation_v4 RENAME TO organisation"),
        QStringLiteral("CREATE INDEX organisation_latest ON organisation(commons_ref, latest)"),
        QStringLiteral("CREATE INDEX organisation_doc ON organisation(commons_ref, doc_path)"),
        // Services: 1.1 period, layer, reported breakdown and source. `reported` is present
        // (has_reported = 1) even when all four figures are unknown.
        QStringLiteral("ALTER TABLE service ADD COLUMN period TEXT"),
        QStringLiteral("ALTER TABLE service ADD COLUMN layer TEXT CHECK (layer IN ('frontline','overhead'))"),
        QStringLiteral("ALTER TABLE service ADD COLUMN has_reported INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE service ADD COLUMN reported_employees REAL"),
        QStringLiteral("ALTER TABLE service ADD COLUMN reported_running REAL"),
        QStringLiteral("ALTER TABLE service ADD COLUMN reported_income REAL"),
        QStringLiteral("ALTER TABLE service ADD COLUMN reported_net REAL"),
        QStringLiteral("ALTER TABLE service ADD COLUMN reported_source TEXT"),
        QStringLiteral("ALTER TABLE service ADD COLUMN source TEXT"),
        QStringLiteral("ALTER TABLE service ADD COLUMN system_count INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE brick_instance ADD COLUMN basis TEXT"), // NULL: published
        QStringLiteral("ALTER TABLE brick_instance ADD COLUMN source TEXT"),
        QStringLiteral(
            "CREATE TABLE service_system ("
            " service_ref INTEGER NOT NULL REFERENCES service(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL,"
            " sid TEXT NOT NULL,"
            " name TEXT NOT NULL,"
            " capability TEXT NOT NULL,"
            " product TEXT," // NULL when the product is not known
            " source TEXT)"),
        QStringLiteral("CREATE INDEX service_system_service ON service_system(service_ref)"),
        // Catalogue 1.1: capability work, products, pricing, sources.
        QStringLiteral("ALTER TABLE capability ADD COLUMN work TEXT CHECK (work IN ('digital','people'))"),
        QStringLiteral("ALTER TABLE capability ADD COLUMN source TEXT"),
        QStringLiteral("ALTER TABLE catalogue_brick ADD COLUMN source TEXT"),
        QStringLiteral("ALTER TABLE catalogue_brick ADD COLUMN pricing_unit TEXT"), // NULL: no pricing
        QStringLiteral("ALTER TABLE catalogue_brick ADD COLUMN pricing_fixed REAL"),
        QStringLiteral("ALTER TABLE catalogue_brick ADD COLUMN pricing_per_unit REAL"),
        QStringLiteral("ALTER TABLE catalogue_brick ADD COLUMN pricing_source TEXT"),
        QStringLiteral(
            "CREATE TABLE product ("
            " commons_ref INTEGER NOT NULL REFERENCES commons(id) ON DELETE CASCADE,"
            " id TEXT NOT NULL,"
            " name TEXT NOT NULL,"
            " vendor TEXT,"
            " capability TEXT NOT NULL,"
            " source TEXT,"
            " position INTEGER NOT NULL,"
            " PRIMARY KEY (commons_ref, id))"),
        QStringLiteral("ALTER TABLE commons ADD COLUMN catalogue_sources TEXT"), // JSON array
        // The period an index entry listed, so a changed listing of unchanged bytes is noticed.
        QStringLiteral("ALTER TABLE document ADD COLUMN period TEXT"),
    };
    return m;
}

} // namespace

QList<Migration> cacheMigrations()
{
    QList<Migration> list;
    // Version 1. Brick instances carry their effective capability and layer (resolved from
    // the catalogue at sync) and services carry their cost split, so the national-scale
    // queries (organisation totals, duplication) are single indexed scans with no joins.
    list.append({1, {
        QStringLiteral(
            "CREATE TABLE commons ("
            " id INTEGER PRIMARY KEY,"
            " commons_id TEXT NOT NULL UNIQUE,"
            " title TEXT NOT NULL DEFAULT '',"
            " version INTEGER NOT NULL,"
            " published TEXT NOT NULL,"
            " expires TEXT,"
            " source TEXT NOT NULL DEFAULT '',"
            " synced_at TEXT NOT NULL,"
            " index_sha256 TEXT NOT NULL,"
            " public_key BLOB)"),
        QStringLiteral(
            "CREATE TABLE index_history ("
            " id INTEGER PRIMARY KEY,"
            " commons_ref INTEGER NOT NULL REFERENCES commons(id) ON DELETE CASCADE,"
            " version INTEGER NOT NULL,"
            " accepted_at TEXT NOT NULL,"
            " index_sha256 TEXT NOT NULL,"
            " source TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX index_history_commons ON index_history(commons_ref, version)"),
        QStringLiteral(
            "CREATE TABLE index_history_change ("
            " history_ref INTEGER NOT NULL REFERENCES index_history(id) ON DELETE CASCADE,"
            " path TEXT NOT NULL,"
            " change TEXT NOT NULL CHECK (change IN ('added','changed','removed')))"),
        QStringLiteral("CREATE INDEX index_history_change_ref ON index_history_change(history_ref)"),
        QStringLiteral(
            "CREATE TABLE document ("
            " commons_ref INTEGER NOT NULL REFERENCES commons(id) ON DELETE CASCADE,"
            " path TEXT NOT NULL,"
            " type TEXT NOT NULL CHECK (type IN ('bricks','organisation')),"
            " org TEXT,"
            " sha256 TEXT NOT NULL,"
            " bytes INTEGER NOT NULL,"
            " PRIMARY KEY (commons_ref, path))"),
        QStringLiteral(
            "CREATE TABLE capability ("
            " commons_ref INTEGER NOT NULL REFERENCES commons(id) ON DELETE CASCADE,"
            " id TEXT NOT NULL,"
            " name TEXT NOT NULL,"
            " layer TEXT NOT NULL CHECK (layer IN ('frontline','overhead')),"
            " position INTEGER NOT NULL,"
            " PRIMARY KEY (commons_ref, id))"),
        QStringLiteral(
            "CREATE TABLE catalogue_brick ("
            " commons_ref INTEGER NOT NULL REFERENCES commons(id) ON DELETE CASCADE,"
            " id TEXT NOT NULL,"
            " name TEXT NOT NULL,"
            " capability TEXT NOT NULL,"
            " provider TEXT,"
            " evolution TEXT,"
            " description TEXT,"
            " standard_cost REAL NOT NULL,"
            " position INTEGER NOT NULL,"
            " PRIMARY KEY (commons_ref, id))"),
        QStringLiteral(
            "CREATE TABLE organisation ("
            " id INTEGER PRIMARY KEY,"
            " commons_ref INTEGER NOT NULL REFERENCES commons(id) ON DELETE CASCADE,"
            " code TEXT NOT NULL,"
            " name TEXT NOT NULL,"
            " kind TEXT NOT NULL,"
            " type TEXT,"
            " region TEXT,"
            " population INTEGER,"
            " neighbours TEXT NOT NULL DEFAULT '[]'," // JSON array of codes
            " period TEXT NOT NULL,"
            " doc_path TEXT NOT NULL,"
            // Totals over the organisation's services, kept by the sync so the list of
            // organisations never aggregates services or brick instances.
            " service_count INTEGER NOT NULL DEFAULT 0,"
            " total_cost REAL NOT NULL DEFAULT 0,"
            " frontline_cost REAL NOT NULL DEFAULT 0,"
            " overhead_cost REAL NOT NULL DEFAULT 0,"
            " reported_cost REAL," // NULL when no service reports a cost
            " brick_count INTEGER NOT NULL DEFAULT 0,"
            " bespoke_count INTEGER NOT NULL DEFAULT 0,"
            " UNIQUE (commons_ref, code))"),
        QStringLiteral(
            "CREATE TABLE service ("
            " id INTEGER PRIMARY KEY,"
            " org_ref INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL,"
            " sid TEXT NOT NULL,"
            " name TEXT NOT NULL,"
            " lgsl INTEGER,"
            " category TEXT,"
            " volume REAL,"
            " value TEXT," // JSON object of Public Value Index inputs, NULL when none
            " reported_cost REAL,"
            " total_cost REAL NOT NULL,"
            " frontline_cost REAL NOT NULL,"
            " overhead_cost REAL NOT NULL,"
            " brick_count INTEGER NOT NULL,"
            " bespoke_count INTEGER NOT NULL,"
            " UNIQUE (org_ref, sid))"),
        QStringLiteral(
            "CREATE TABLE brick_instance ("
            " id INTEGER PRIMARY KEY,"
            " service_ref INTEGER NOT NULL REFERENCES service(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL,"
            " bid TEXT NOT NULL,"
            " name TEXT,"
            " uses TEXT," // catalogue brick id; NULL for bespoke
            " capability TEXT NOT NULL," // effective capability
            // what a standard instance's document stated (usually nothing); bespoke: NULL
            " declared_capability TEXT,"
            " layer TEXT NOT NULL,"      // effective layer
            " cost REAL NOT NULL,"
            " fte REAL)"),
        QStringLiteral("CREATE INDEX brick_instance_service ON brick_instance(service_ref)"),
        QStringLiteral(
            "CREATE TABLE flow ("
            " service_ref INTEGER NOT NULL REFERENCES service(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL,"
            " from_bid TEXT NOT NULL,"
            " to_bid TEXT NOT NULL,"
            " label TEXT)"),
        QStringLiteral("CREATE INDEX flow_service ON flow(service_ref)"),
    }});
    // Version 2 (issue 6): the Local Government Service List, national rather than per
    // commons, so services from any commons can be named and grouped by their LGSL id.
    list.append({2, {
        QStringLiteral(
            "CREATE TABLE lgsl ("
            " id INTEGER PRIMARY KEY,"
            " label TEXT NOT NULL,"
            " status TEXT NOT NULL DEFAULT '',"
            " description TEXT,"
            " tier TEXT)"),
    }});
    // Version 3: the sync records the lgsl.json extra of a commons in `document` (type
    // 'lgsl') to fetch it only when its hash changes. SQLite cannot alter a CHECK constraint,
    // so the table is rebuilt; nothing references it.
    list.append({3, {
        QStringLiteral(
            "CREATE TABLE document_v3 ("
            " commons_ref INTEGER NOT NULL REFERENCES commons(id) ON DELETE CASCADE,"
            " path TEXT NOT NULL,"
            " type TEXT NOT NULL CHECK (type IN ('bricks','organisation','lgsl')),"
            " org TEXT,"
            " sha256 TEXT NOT NULL,"
            " bytes INTEGER NOT NULL,"
            " PRIMARY KEY (commons_ref, path))"),
        QStringLiteral("INSERT INTO document_v3 (commons_ref, path, type, org, sha256, bytes)"
                       " SELECT commons_ref, path, type, org, sha256, bytes FROM document"),
        QStringLiteral("DROP TABLE document"),
        QStringLiteral("ALTER TABLE document_v3 RENAME TO document"),
    }});
    // Version 4 (commons format 1.1, issue 9). Several periods per organisation: rows are
    // unique per (commons, code, period) and `latest` marks the greatest period, which is
    // what every list shows. SQLite cannot change a UNIQUE constraint, so the organisation
    // table is rebuilt with the same row ids, with foreign keys off so that dropping the old
    // table does not cascade into the services that reference it. The reported split is
    // kept per row like the mapped one, so the organisation list stays a single scan; for
    // data synced before 1.1 no service has a layer, so every reported cost is unclassified.
    list.append(cacheMigrationV4());
    // Version 5 (issue 11): the areas.json extra (constituencies, the councils and trusts that
    // serve them) is recorded in `document` as type 'areas' and kept whole in `areas`, one
    // national document like the LGSL. The CHECK constraint needs the table rebuilt again.
    list.append({5, {
        QStringLiteral(
            "CREATE TABLE document_v5 ("
            " commons_ref INTEGER NOT NULL REFERENCES commons(id) ON DELETE CASCADE,"
            " path TEXT NOT NULL,"
            " type TEXT NOT NULL CHECK (type IN ('bricks','organisation','lgsl','areas')),"
            " org TEXT,"
            " sha256 TEXT NOT NULL,"
            " bytes INTEGER NOT NULL,"
            " period TEXT,"
            " PRIMARY KEY (commons_ref, path))"),
        QStringLiteral("INSERT INTO document_v5 (commons_ref, path, type, org, sha256, bytes, period)"
                       " SELECT commons_ref, path, type, org, sha256, bytes, period FROM document"),
        QStringLiteral("DROP TABLE document"),
        QStringLiteral("ALTER TABLE document_v5 RENAME TO document"),
        QStringLiteral("CREATE TABLE areas (id INTEGER PRIMARY KEY CHECK (id = 1), json BLOB NOT NULL)"),
    }});
    // Version 6 (issue 10 item 8): the per-organisation, per-capability analysis summary,
    // kept by every writer in the sync's transaction so the analysis views never read the
    // million instance rows; filled here from the rows of existing caches.
    list.append(analysisSummaryMigration(6));
    // Version 7 (issue 12): which commons `orgs`, `show` and the GUI show when none is named
    // is the cache's default, set by the first sync or by `sync --make-default`, never by
    // whichever commons happened to be synced last. Existing caches keep what they showed.
    list.append({7, {
        QStringLiteral("ALTER TABLE commons ADD COLUMN is_default INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE commons SET is_default = 1"
                       " WHERE id = (SELECT id FROM commons ORDER BY synced_at DESC, id DESC LIMIT 1)"),
    }});
    // Version 8 (issue 10 item 6): the benchmarks.json extra (peer spend per head by service,
    // docs/benchmarks.md), recorded in `document` as type 'benchmarks' and kept whole in
    // `benchmarks`, national like the areas. Self-contained: the lead may renumber it at merge.
    list.append({8, {
        QStringLiteral(
            "CREATE TABLE document_v8 ("
            " commons_ref INTEGER NOT NULL REFERENCES commons(id) ON DELETE CASCADE,"
            " path TEXT NOT NULL,"
            " type TEXT NOT NULL CHECK (type IN ('bricks','organisation','lgsl','areas','benchmarks')),"
            " org TEXT,"
            " sha256 TEXT NOT NULL,"
            " bytes INTEGER NOT NULL,"
            " period TEXT,"
            " PRIMARY KEY (commons_ref, path))"),
        QStringLiteral("INSERT INTO document_v8 (commons_ref, path, type, org, sha256, bytes, period)"
                       " SELECT commons_ref, path, type, org, sha256, bytes, period FROM document"),
        QStringLiteral("DROP TABLE document"),
        QStringLiteral("ALTER TABLE document_v8 RENAME TO document"),
        QStringLiteral("CREATE TABLE benchmarks (id INTEGER PRIMARY KEY CHECK (id = 1), json BLOB NOT NULL)"),
    }});
    // Version 9 (issue 10 item 8): the Public Value ranking with the default weights, kept
    // by the sync so the value view opens on its first rows.
    list.append(ValueRankStore::migration(9));
    // Version 10 (issue 12): a bricks.json change is applied to the rows it reaches
    // (core/cache/cachederived.h). An instance's layer is its capability's, so it is no longer
    // stored per instance (a layer change rewrote every page of the million-row table); the
    // services with instances of a capability are found through an index, and a service's
    // instances are re-summed from its index alone, in document order. Self-contained: the
    // lead may renumber it at merge.
    list.append({10, {
        QStringLiteral("ALTER TABLE brick_instance DROP COLUMN layer"),
        QStringLiteral("CREATE INDEX brick_instance_capability ON brick_instance(capability, service_ref)"),
        QStringLiteral("DROP INDEX brick_instance_service"),
        QStringLiteral("CREATE INDEX brick_instance_service ON brick_instance(service_ref, position, capability, cost)"),
    }});
    return list;
}

} // namespace livedna
