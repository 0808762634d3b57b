#include "core/cache/cacheschema.h"

namespace livedna {

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
    return list;
}

} // namespace livedna
