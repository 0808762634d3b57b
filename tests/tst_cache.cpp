#include "core/cache/cache.h"
#include "core/cache/cachewriter.h"
#include "core/cache/cacheschema.h"
#include "core/util/migrator.h"
#include "tests/support/cachedump.h"
#include "tests/support/oldcache.h"
#include "tests/support/synchelpers.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace livedna;

class TestCache : public QObject
{
    Q_OBJECT

private:
    static Catalogue sampleCatalogue()
    {
        Catalogue c;
        c.capabilities = {{QStringLiteral("payments"), QStringLiteral("Take payments"), Layer::Overhead},
                          {QStringLiteral("assessment"), QStringLiteral("Assess needs"), Layer::Frontline},
                          {QStringLiteral("case-management"), QStringLiteral("Manage cases"), Layer::Overhead}};
        CatalogueBrick pay;
        pay.id = QStringLiteral("payments.govuk-pay");
        pay.name = QStringLiteral("GOV.UK Pay");
        pay.capability = QStringLiteral("payments");
        pay.provider = QStringLiteral("Government Digital Service");
        pay.evolution = QStringLiteral("commodity");
        pay.standardAnnualCostGbp = 12000;
        c.bricks = {pay};
        c.reindex();
        return c;
    }

    static Organisation sampleOrg(const QString &code, const QString &name)
    {
        Organisation o;
        o.code = code;
        o.name = name;
        o.kind = OrgKind::Council;
        o.type = QStringLiteral("unitary");
        o.region = QStringLiteral("Wales");
        o.population = 68000;
        o.neighbours = {QStringLiteral("W06000002")};
        o.period = QStringLiteral("2025-26");
        Service s;
        s.id = QStringLiteral("blue-badge");
        s.name = QStringLiteral("Blue Badge, parking & permits");
        s.lgsl = 1111;
        s.category = QStringLiteral("Transport");
        s.volume = 2400;
        s.value = {{QStringLiteral("satisfaction"), 0.71}};
        s.reportedCostGbp = 300000;
        BrickInstance pay;
        pay.id = QStringLiteral("pay");
        pay.name = QStringLiteral("Pay");
        pay.uses = QStringLiteral("payments.govuk-pay");
        pay.annualCostGbp = 1500;
        BrickInstance cas;
        cas.id = QStringLiteral("case");
        cas.name = QStringLiteral("In-house case system");
        cas.capability = QStringLiteral("case-management");
        cas.annualCostGbp = 84000;
        cas.fte = 1.5;
        BrickInstance assess;
        assess.id = QStringLiteral("assess");
        assess.name = QStringLiteral("Asesiad symudedd");
        assess.capability = QStringLiteral("assessment");
        assess.annualCostGbp = 120000;
        s.bricks = {pay, cas, assess};
        s.flows = {{QStringLiteral("pay"), QStringLiteral("case"), QString()},
                   {QStringLiteral("case"), QStringLiteral("assess"), QStringLiteral("referral")}};
        Service empty;
        empty.id = QStringLiteral("unmapped");
        empty.name = QStringLiteral("Not yet mapped");
        o.services = {s, empty};
        return o;
    }

    static void populate(Cache &cache, const QString &commonsId, const QDateTime &when)
    {
        CacheWriter w(cache.database());
        QVERIFY(w.begin().ok);
        CommonsIndex idx;
        idx.commons = commonsId;
        idx.title = QStringLiteral("Test commons");
        idx.version = 3;
        idx.published = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        IndexEntry e;
        e.path = QStringLiteral("orgs/W06000001.json");
        e.org = QStringLiteral("W06000001");
        e.sha256 = QStringLiteral("ab").repeated(32);
        e.bytes = 10;
        idx.documents = {e};
        const Result<qint64> ref = w.upsertCommons(idx, QStringLiteral("/somewhere"), QStringLiteral("cd").repeated(32), when);
        QVERIFY(ref.ok());
        const Catalogue cat = sampleCatalogue();
        QVERIFY(w.replaceCatalogue(ref.value(), cat).ok);
        const Status st = w.insertOrganisation(ref.value(), sampleOrg(QStringLiteral("W06000001"),
                                                                      QStringLiteral("Cyngor Sir Ynys Môn")), cat, e.path);
        QVERIFY2(st.ok, qPrintable(st.error));
        QVERIFY(w.replaceDocuments(ref.value(), idx.documents).ok);
        QVERIFY(w.addHistory(ref.value(), 3, when, QStringLiteral("cd").repeated(32), QStringLiteral("/somewhere"),
                             {e.path}, {}, {}).ok);
        QVERIFY(w.commit().ok);
    }

private Q_SLOTS:
    void migratesFromEmptyAndReopens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/cache.sqlite"));
        {
            Cache cache;
            const Status st = cache.open(path);
            QVERIFY2(st.ok, qPrintable(st.error));
            QVERIFY(cache.isOpen());
            QVERIFY(cache.isEmpty());
            QSqlQuery q(cache.database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), Cache::schemaVersion());
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            q.finish(); // an unfinished statement would block the commit below
            populate(cache, QStringLiteral("wales-local"), QDateTime::currentDateTimeUtc());
        }
        Cache again;
        QVERIFY(again.open(path).ok);
        QVERIFY(!again.isEmpty());
        QCOMPARE(again.organisations().size(), 1);
    }

    void twoCachesHaveTheirOwnConnections()
    {
        QTemporaryDir dir;
        Cache a;
        Cache b;
        QVERIFY(a.open(dir.filePath(QStringLiteral("a.sqlite"))).ok);
        QVERIFY(b.open(dir.filePath(QStringLiteral("b.sqlite"))).ok);
        QVERIFY(a.database().connectionName() != b.database().connectionName());
        populate(a, QStringLiteral("x"), QDateTime::currentDateTimeUtc());
        QVERIFY(!a.isEmpty());
        QVERIFY(b.isEmpty());
        a.close();
        QVERIFY(!a.isOpen());
        QVERIFY(b.isOpen());
    }

    // A cache of the previous schema, with a national-shaped commons in it, migrates to the
    // current one without losing a row: the result is exactly what a fresh sync of the same
    // commons writes (the new columns of version-1 data take their migrated values).
    void migratesAFileOfThePreviousSchemaWithItsData()
    {
        QTemporaryDir dir;
        const QString current = dir.filePath(QStringLiteral("current.sqlite"));
        const QString older = dir.filePath(QStringLiteral("older.sqlite"));
        QString expected;
        {
            Cache cache;
            QVERIFY(cache.open(current).ok);
            const auto r = test::syncOnce(cache, QStringLiteral("demo"));
            QVERIFY2(r.ok(), qPrintable(r.errorString()));
            // The demo's catalogue is 1.1 (work, pricing, sources), which the previous schema
            // cannot hold: the data an older LiveDNA could have left is the demo without them.
            QSqlQuery q(cache.database());
            for (const char *sql : {"UPDATE capability SET work = NULL",
                                    "UPDATE catalogue_brick SET pricing_unit = NULL, pricing_fixed = NULL,"
                                    " pricing_per_unit = NULL, pricing_source = NULL",
                                    "UPDATE commons SET catalogue_sources = NULL"})
                QVERIFY2(q.exec(QLatin1String(sql)), qPrintable(q.lastError().text()));
            expected = test::dumpDatabase(cache.database());
        }
        const int previous = Cache::schemaVersion() - 1;
        const QString error = test::writeOlderCache(current, older, previous);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        {
            const QString conn = QStringLiteral("check-previous");
            {
                QVERIFY(openSqlite(conn, older, QStringLiteral("NORMAL")).ok);
                QSqlQuery q(QSqlDatabase::database(conn));
                QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
                QCOMPARE(q.value(0).toInt(), previous);
                QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM brick_instance")) && q.next());
                QVERIFY(q.value(0).toInt() > 100);
            }
            QSqlDatabase::removeDatabase(conn);
        }
        Cache cache;
        const Status st = cache.open(older);
        QVERIFY2(st.ok, qPrintable(st.error));
        QCOMPARE(test::dumpDatabase(cache.database()), expected);
        // What the list shows: one row per organisation, every reported cost unclassified
        // (version-1 services have no layer) and the services without one counted.
        const QList<OrgSummary> orgs = cache.organisations();
        QVERIFY(orgs.size() >= 10);
        for (const OrgSummary &o : orgs) {
            const Organisation full = *cache.organisation(o.code);
            QCOMPARE(o.periods, QStringList{o.period});
            QCOMPARE(o.reported.unclassifiedGbp(), o.cost.reported);
            QVERIFY(!o.reported.frontlineGbp() && !o.reported.overheadGbp());
            QCOMPARE(o.reported.unknown, reportedSplit(full).unknown);
            QCOMPARE(o.reported.unclassifiedServices, reportedSplit(full).unclassifiedServices);
        }
        // Foreign keys are back on and still cascade from the rebuilt organisation table.
        QSqlQuery q(cache.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!q.next());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM organisation")));
        QVERIFY(q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM service) + (SELECT COUNT(*) FROM brick_instance)"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    // Several periods of one organisation: one row each, the greatest is the latest, and
    // the flag follows inserts and deletes.
    void periodsAndTheLatestFlag()
    {
        QTemporaryDir dir;
        Cache cache;
        QVERIFY(cache.open(dir.filePath(QStringLiteral("c.sqlite"))).ok);
        populate(cache, QStringLiteral("p"), QDateTime::currentDateTimeUtc());
        const qint64 ref = cache.commons()->rowId;
        const Catalogue cat = sampleCatalogue();
        Organisation older = sampleOrg(QStringLiteral("W06000001"), QStringLiteral("Anglesey then"));
        older.period = QStringLiteral("2024-25");
        older.services.first().reportedCostGbp = 111;
        {
            CacheWriter w(cache.database());
            QVERIFY(w.begin().ok);
            QVERIFY(w.insertOrganisation(ref, older, cat, QStringLiteral("orgs/W06000001/2024-25.json")).ok);
            bool duplicate = false;
            const Status st = w.insertOrganisation(ref, older, cat, QStringLiteral("orgs/W06000001/again.json"), &duplicate);
            QVERIFY(!st.ok && duplicate);
            QVERIFY2(st.error.contains(QLatin1String("2024-25")), qPrintable(st.error));
            QVERIFY(w.commit().ok);
        }
        QCOMPARE(cache.organisations().size(), 1);
        QCOMPARE(cache.organisations().first().period, QStringLiteral("2025-26"));
        QCOMPARE(cache.periods(QStringLiteral("W06000001")),
                 (QStringList{QStringLiteral("2024-25"), QStringLiteral("2025-26")}));
        QCOMPARE(cache.organisationSummary(QStringLiteral("W06000001"), QString(), QStringLiteral("2024-25"))->name,
                 QStringLiteral("Anglesey then"));
        QCOMPARE(cache.services(QStringLiteral("W06000001"), QString(), QStringLiteral("2024-25")).first().cost.reported,
                 std::optional<double>(111));
        {
            CacheWriter w(cache.database());
            QVERIFY(w.begin().ok);
            QVERIFY(w.deleteOrganisationAt(ref, QStringLiteral("orgs/W06000001.json")).ok);
            QVERIFY(w.commit().ok);
        }
        QCOMPARE(cache.organisations().size(), 1);
        QCOMPARE(cache.organisations().first().period, QStringLiteral("2024-25"));
        QCOMPARE(cache.organisation(QStringLiteral("W06000001"))->name, QStringLiteral("Anglesey then"));
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        {
            Cache cache;
            QVERIFY(cache.open(path).ok);
            QSqlQuery q(cache.database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Cache::schemaVersion() + 1)));
        }
        Cache cache;
        const Status st = cache.open(path);
        QVERIFY(!st.ok);
        QVERIFY2(st.error.contains(QLatin1String("newer")), qPrintable(st.error));
        QVERIFY(!cache.isOpen());
    }

    void refusesAFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        Cache cache;
        const Status st = cache.open(path);
        QVERIFY(!st.ok);
        QVERIFY(!st.error.isEmpty());
    }

    void foreignKeysAreEnforced()
    {
        QTemporaryDir dir;
        Cache cache;
        QVERIFY(cache.open(dir.filePath(QStringLiteral("c.sqlite"))).ok);
        QSqlQuery q(cache.database());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO service (org_ref, position, sid, name, total_cost, frontline_cost,"
                                         " overhead_cost, brick_count, bespoke_count) VALUES (?,0,'s','n',0,0,0,0,0)")));
        q.addBindValue(424242);
        QVERIFY(!q.exec());
    }

    void queries()
    {
        QTemporaryDir dir;
        Cache cache;
        QVERIFY(cache.open(dir.filePath(QStringLiteral("c.sqlite"))).ok);
        const QDateTime older = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        const QDateTime newer = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
        populate(cache, QStringLiteral("older"), older);
        populate(cache, QStringLiteral("newer"), newer);

        const QList<CommonsInfo> list = cache.commonsList();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.first().id, QStringLiteral("newer"));
        QCOMPARE(cache.commons()->id, QStringLiteral("newer"));
        QCOMPARE(cache.commons(QStringLiteral("older"))->syncedAt, older);
        QCOMPARE(cache.commons(QStringLiteral("older"))->version, 3);
        QVERIFY(!cache.commons(QStringLiteral("absent")));

        const Catalogue cat = cache.catalogue();
        QCOMPARE(cat.capabilities.size(), 3);
        QCOMPARE(cat.capabilities.at(1).layer, Layer::Frontline);
        QVERIFY(cat.brick(QStringLiteral("payments.govuk-pay")));
        QCOMPARE(cat.brick(QStringLiteral("payments.govuk-pay"))->provider, QStringLiteral("Government Digital Service"));

        const QList<OrgSummary> orgs = cache.organisations(QStringLiteral("older"));
        QCOMPARE(orgs.size(), 1);
        const OrgSummary &o = orgs.first();
        QCOMPARE(o.commons, QStringLiteral("older"));
        QCOMPARE(o.name, QStringLiteral("Cyngor Sir Ynys Môn"));
        QCOMPARE(o.services, 2);
        QCOMPARE(o.cost.total, 205500.0);
        QCOMPARE(o.cost.frontline, 120000.0);
        QCOMPARE(o.cost.overhead, 85500.0);
        QCOMPARE(o.cost.reported.value_or(-1), 300000.0);
        QCOMPARE(o.cost.bricks, 3);
        QCOMPARE(o.cost.bespoke, 2);
        QCOMPARE(o.population.value_or(0), 68000);

        const auto summary = cache.organisationSummary(QStringLiteral("W06000001"));
        QVERIFY(summary);
        QCOMPARE(summary->cost.total, 205500.0);
        QVERIFY(!cache.organisationSummary(QStringLiteral("nope")));

        const QList<ServiceSummary> services = cache.services(QStringLiteral("W06000001"));
        QCOMPARE(services.size(), 2);
        QCOMPARE(services.at(0).name, QStringLiteral("Blue Badge, parking & permits"));
        QCOMPARE(services.at(0).cost.frontline, 120000.0);
        QCOMPARE(services.at(0).cost.bespoke, 2);
        QCOMPARE(services.at(0).lgsl.value_or(0), 1111);
        QVERIFY(!services.at(1).cost.reported);
        QCOMPARE(services.at(1).cost.total, 0.0);

        const auto org = cache.organisation(QStringLiteral("W06000001"));
        QVERIFY(org);
        const Organisation expected = sampleOrg(QStringLiteral("W06000001"), QStringLiteral("Cyngor Sir Ynys Môn"));
        QCOMPARE(org->name, expected.name);
        QCOMPARE(org->neighbours, expected.neighbours);
        QCOMPARE(org->services.size(), 2);
        const Service &s = org->services.first();
        QCOMPARE(s.bricks.size(), 3);
        QCOMPARE(s.bricks.at(0).uses, QStringLiteral("payments.govuk-pay"));
        QVERIFY(s.bricks.at(0).capability.isEmpty()); // as written: standard instances state none
        QCOMPARE(s.bricks.at(1).capability, QStringLiteral("case-management"));
        QCOMPARE(s.bricks.at(1).fte.value_or(0), 1.5);
        QCOMPARE(s.bricks.at(2).name, QStringLiteral("Asesiad symudedd"));
        QCOMPARE(s.flows.size(), 2);
        QCOMPARE(s.flows.at(1).label, QStringLiteral("referral"));
        QCOMPARE(s.value.value(QStringLiteral("satisfaction")), 0.71);
        QCOMPARE(s.volume.value_or(0), 2400.0);
        // The cached measures agree with the domain's own.
        const CostSplit measured = measureService(s, cache.catalogue());
        QCOMPARE(measured.frontline, services.at(0).cost.frontline);

        const auto one = cache.service(QStringLiteral("W06000001"), QStringLiteral("blue-badge"));
        QVERIFY(one);
        QCOMPARE(one->bricks.size(), 3);
        QCOMPARE(one->flows.size(), 2);
        QVERIFY(!cache.service(QStringLiteral("W06000001"), QStringLiteral("nope")));

        const QList<HistoryEntry> history = cache.history();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().version, 3);
        QCOMPARE(history.first().added, QStringList{QStringLiteral("orgs/W06000001.json")});
        QCOMPARE(history.first().acceptedAt, newer);

        const auto hashes = cache.documentHashes(QStringLiteral("older"));
        QCOMPARE(hashes.size(), 1);
        QCOMPARE(hashes.value(QStringLiteral("orgs/W06000001.json")), QStringLiteral("ab").repeated(32));
        QVERIFY(cache.documentHashes(QStringLiteral("absent")).isEmpty());
        const QList<IndexEntry> docs = cache.documents(QStringLiteral("older"));
        QCOMPARE(docs.size(), 1);
        QCOMPARE(docs.first().org, QStringLiteral("W06000001"));
        QCOMPARE(docs.first().type, DocumentType::Organisation);
        QCOMPARE(docs.first().bytes, 10);

        QVERIFY(cache.setPublicKey(QStringLiteral("older"), QByteArray(32, '\x01')).ok);
        QCOMPARE(cache.commons(QStringLiteral("older"))->publicKey, QByteArray(32, '\x01'));
        QVERIFY(!cache.setPublicKey(QStringLiteral("absent"), QByteArray(32, '\x01')).ok);
    }

    void rollbackLeavesTheFileAsItWas()
    {
        QTemporaryDir dir;
        Cache cache;
        QVERIFY(cache.open(dir.filePath(QStringLiteral("c.sqlite"))).ok);
        populate(cache, QStringLiteral("x"), QDateTime::currentDateTimeUtc());
        const QString before = test::dumpDatabase(cache.database());
        {
            CacheWriter w(cache.database());
            QVERIFY(w.begin().ok);
            QVERIFY(w.deleteOrganisationAt(cache.commons()->rowId, QStringLiteral("orgs/W06000001.json")).ok);
            QVERIFY(cache.organisations().isEmpty());
            // Destroyed without commit: rolled back.
        }
        QCOMPARE(test::dumpDatabase(cache.database()), before);
        QCOMPARE(cache.organisations().size(), 1);
    }

    void deletingAnOrganisationCascades()
    {
        QTemporaryDir dir;
        Cache cache;
        QVERIFY(cache.open(dir.filePath(QStringLiteral("c.sqlite"))).ok);
        populate(cache, QStringLiteral("x"), QDateTime::currentDateTimeUtc());
        CacheWriter w(cache.database());
        QVERIFY(w.begin().ok);
        QVERIFY(w.deleteOrganisationAt(cache.commons()->rowId, QStringLiteral("orgs/W06000001.json")).ok);
        QVERIFY(w.commit().ok);
        QSqlQuery q(cache.database());
        for (const char *table : {"service", "brick_instance", "flow"}) {
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
    }

    void defaultPathHonoursTheEnvironment()
    {
        qputenv("LIVEDNA_CACHE", "/tmp/x/livedna-test.sqlite");
        QCOMPARE(Cache::defaultPath(), QStringLiteral("/tmp/x/livedna-test.sqlite"));
        qunsetenv("LIVEDNA_CACHE");
        const QString path = Cache::defaultPath();
        QVERIFY(path.endsWith(QLatin1String("/cache.sqlite")));
        QVERIFY2(path.contains(QLatin1String("livedna")), qPrintable(path));
    }
};

QTEST_GUILESS_MAIN(TestCache)
#include "tst_cache.moc"
