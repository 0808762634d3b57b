// A bricks.json change is applied only to the cached rows it reaches (issue 12,
// core/cache/cachederived.h), and the cache afterwards is the cache a sync from scratch with
// the new catalogue writes: every row of every table the catalogue can reach (instances,
// services, organisations, the analysis summary, the stored value ranking), compared as text
// with the exact bits of every figure. Costs carry pence, so a sum in another order would
// differ. Real SQLite files, the real Syncer, a generated commons.
#include "bench/commonsgenerator.h"
#include "core/cache/cache.h"
#include "core/cache/cachewriter.h"
#include "core/commons/commonsreader.h"
#include "core/domain/cataloguechange.h"
#include "tests/support/cachedump.h"
#include "tests/support/synchelpers.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace livedna;

namespace {

// Every table a catalogue decides or that a from-scratch sync writes the same way; not the
// commons row or the index history, which record when and which version was synced.
const QStringList kTables = {
    QStringLiteral("organisation"),   QStringLiteral("service"),        QStringLiteral("brick_instance"),
    QStringLiteral("flow"),           QStringLiteral("service_system"), QStringLiteral("capability"),
    QStringLiteral("catalogue_brick"), QStringLiteral("product"),       QStringLiteral("capability_summary"),
    QStringLiteral("org_summary"),    QStringLiteral("value_rank"),     QStringLiteral("value_org_rank"),
    QStringLiteral("document"),
};

bench::GeneratorOptions options()
{
    bench::GeneratorOptions o;
    o.organisations = 20;
    o.services = 30;
    o.bricksPerService = 8;
    return o;
}

// The generated commons with pence on every cost (different on every instance), so that
// floating-point sums depend on their order.
bool writeCommons(const QString &dir, QList<bench::GeneratedDocument> *docs)
{
    if (bench::generateCommons(dir, options(), {}, docs) < 0)
        return false;
    static const QRegularExpression cost(QStringLiteral("\"annual_cost_gbp\": (\\d+)"));
    for (bench::GeneratedDocument &d : *docs) {
        if (d.org.isEmpty())
            continue;
        QFile f(QDir(dir).filePath(d.path));
        if (!f.open(QIODevice::ReadOnly))
            return false;
        QString text = QString::fromUtf8(f.readAll());
        f.close();
        QString out;
        qsizetype last = 0;
        int k = 0;
        for (auto it = cost.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            out += text.mid(last, m.capturedStart() - last);
            out += QStringLiteral("\"annual_cost_gbp\": %1.%2").arg(m.captured(1)).arg(++k * 7 % 100, 2, 10, QLatin1Char('0'));
            last = m.capturedEnd();
        }
        out += text.mid(last);
        const QByteArray bytes = out.toUtf8();
        if (!bench::writeBytes(QDir(dir).filePath(d.path), bytes))
            return false;
        d = bench::describe(d.path, d.org, bytes);
    }
    return bench::writeIndex(dir, *docs, 1);
}

// bricks.json with each replacement applied (each must match), at `version`.
bool changeBricks(const QString &dir, QList<bench::GeneratedDocument> docs, const QList<std::pair<QByteArray, QByteArray>> &edits,
                  qint64 version)
{
    QFile f(QDir(dir).filePath(QStringLiteral("bricks.json")));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QByteArray bricks = f.readAll();
    f.close();
    for (const auto &[from, to] : edits) {
        if (!bricks.contains(from))
            return false;
        bricks.replace(from, to);
    }
    if (!bench::writeBytes(QDir(dir).filePath(QStringLiteral("bricks.json")), bricks))
        return false;
    for (bench::GeneratedDocument &d : docs) {
        if (d.org.isEmpty())
            d = bench::describe(d.path, QString(), bricks);
    }
    return bench::writeIndex(dir, docs, version);
}

QByteArray capabilityLine(const char *id, const char *layer)
{
    return QByteArray("{\"id\": \"") + id + "\", \"name\": \"Capability " + id + "\", \"layer\": \"" + layer + "\"}";
}

QByteArray brickCapability(const char *brick, const char *capability)
{
    return QByteArray("\"id\": \"") + brick + "\", \"name\": \"Standard " + brick + "\", \"capability\": \"" + capability
           + "\"";
}

QString dumpOf(const QString &path)
{
    Cache cache;
    if (!cache.open(path).ok)
        return QStringLiteral("cannot open ") + path;
    return test::dumpTables(cache.database(), kTables);
}

// The first line that differs, for a readable failure.
QString firstDifference(const QString &a, const QString &b)
{
    const QStringList la = a.split(QLatin1Char('\n')), lb = b.split(QLatin1Char('\n'));
    for (int i = 0; i < qMin(la.size(), lb.size()); ++i) {
        if (la.at(i) != lb.at(i))
            return QStringLiteral("line %1:\n  applied: %2\n  scratch: %3").arg(i).arg(la.at(i), lb.at(i));
    }
    return QStringLiteral("lengths differ (%1 and %2 lines)").arg(la.size()).arg(lb.size());
}

} // namespace

class TestCatalogueChange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appliedChangeEqualsSyncFromScratch_data()
    {
        using Edits = QList<std::pair<QByteArray, QByteArray>>;
        QTest::addColumn<Edits>("edits");
        QTest::addColumn<bool>("rowsChange"); // false: only the catalogue tables differ
        QTest::addColumn<bool>("besideDemo"); // another commons in the cache, synced first
        // One capability, in the ways a catalogue edit can reach the cached rows.
        QTest::newRow("a capability changes layer")
            << Edits{{capabilityLine("payments", "overhead"), capabilityLine("payments", "frontline")}} << true << false;
        QTest::newRow("a brick moves to a capability of the same layer")
            << Edits{{brickCapability("payments.std-1", "payments"), brickCapability("payments.std-1", "forms")}} << true << false;
        QTest::newRow("a brick moves to a frontline capability")
            << Edits{{brickCapability("payments.std-2", "payments"), brickCapability("payments.std-2", "eligibility")}}
            << true << false;
        QTest::newRow("a capability changes layer and gains a brick")
            << Edits{{capabilityLine("forms", "overhead"), capabilityLine("forms", "frontline")},
                     {brickCapability("identity.std-3", "identity"), brickCapability("identity.std-3", "forms")}}
            << true << false;
        QTest::newRow("a capability and a brick are renamed, a provider changes")
            << Edits{{"\"name\": \"Capability mapping\"", "\"name\": \"Maps and places\""},
                     {"\"name\": \"Standard hr.std-2\", \"capability\": \"hr\", \"provider\": \"Commons Ltd\"",
                      "\"name\": \"People records\", \"capability\": \"hr\", \"provider\": \"Another Ltd\""}}
            << false << false;
        QTest::newRow("a capability changes layer, beside another commons")
            << Edits{{capabilityLine("payments", "overhead"), capabilityLine("payments", "frontline")}} << true << true;
        QTest::newRow("a brick moves across layers, beside another commons")
            << Edits{{brickCapability("payments.std-2", "payments"), brickCapability("payments.std-2", "eligibility")}}
            << true << true;
    }

    void appliedChangeEqualsSyncFromScratch()
    {
        using Edits = QList<std::pair<QByteArray, QByteArray>>;
        QFETCH(Edits, edits);
        QFETCH(bool, rowsChange);
        QFETCH(bool, besideDemo);
        if (besideDemo && !QFile::exists(Syncer::demoSource() + QStringLiteral("/index.json")))
            QSKIP("the demo commons is not in this build (resources/demo)");
        // The demo commons has capabilities of the same ids (payments): its rows must not move.
        const auto demoFirst = [&](Cache &cache) {
            return !besideDemo || test::syncOnce(cache, Syncer::demoSource()).ok();
        };
        QTemporaryDir dir;
        const QString commons = dir.filePath(QStringLiteral("commons"));
        QList<bench::GeneratedDocument> docs;
        QVERIFY(writeCommons(commons, &docs));
        const QString applied = dir.filePath(QStringLiteral("applied.sqlite"));
        const QString scratch = dir.filePath(QStringLiteral("scratch.sqlite"));
        QString before;
        {
            Cache cache;
            QVERIFY(cache.open(applied).ok);
            QVERIFY(demoFirst(cache));
            Result<SyncReport> r = test::syncOnce(cache, commons);
            QVERIFY2(r.ok(), qPrintable(r.errorString()));
            before = test::dumpTables(cache.database(), {QStringLiteral("service"), QStringLiteral("brick_instance"),
                                                         QStringLiteral("capability_summary"),
                                                         QStringLiteral("organisation")});
            QVERIFY(changeBricks(commons, docs, edits, 2));
            r = test::syncOnce(cache, commons);
            QVERIFY2(r.ok(), qPrintable(r.errorString()));
            QCOMPARE(r.value().changed, QStringList{QStringLiteral("bricks.json")});
            QCOMPARE(r.value().documentsFetched, 1);
            const QString after = test::dumpTables(cache.database(), {QStringLiteral("service"),
                                                                      QStringLiteral("brick_instance"),
                                                                      QStringLiteral("capability_summary"),
                                                                      QStringLiteral("organisation")});
            QCOMPARE(after != before, rowsChange); // the edit reached the rows, or left them alone
        }
        {
            Cache cache;
            QVERIFY(cache.open(scratch).ok);
            QVERIFY(demoFirst(cache));
            const Result<SyncReport> r = test::syncOnce(cache, commons);
            QVERIFY2(r.ok(), qPrintable(r.errorString()));
            QCOMPARE(r.value().version, qint64(2));
        }
        const QString a = dumpOf(applied);
        const QString b = dumpOf(scratch);
        QVERIFY(a.contains(besideDemo ? QLatin1String("== brick_instance (") : QLatin1String("== brick_instance (4800 rows)")));
        QVERIFY2(a == b, qPrintable(firstDifference(a, b)));
    }

    // CacheWriter::recomputeDerived without a known previous catalogue (every row) gives the
    // same cache as well.
    void fullRecomputationEqualsSyncFromScratch()
    {
        QTemporaryDir dir;
        const QString commons = dir.filePath(QStringLiteral("commons"));
        QList<bench::GeneratedDocument> docs;
        QVERIFY(writeCommons(commons, &docs));
        const QString applied = dir.filePath(QStringLiteral("applied.sqlite"));
        {
            Cache cache;
            QVERIFY(cache.open(applied).ok);
            QVERIFY(test::syncOnce(cache, commons).ok());
        }
        QVERIFY(changeBricks(commons, docs,
                             {{capabilityLine("payments", "overhead"), capabilityLine("payments", "frontline")},
                              {brickCapability("forms.std-1", "forms"), brickCapability("forms.std-1", "advice")}},
                             1));
        QFile f(QDir(commons).filePath(QStringLiteral("bricks.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        Result<Catalogue> catalogue = CommonsReader::readBricks(f.readAll(), QStringLiteral("bricks.json"));
        QVERIFY(catalogue.ok());
        {
            Cache cache;
            QVERIFY(cache.open(applied).ok);
            CacheWriter w(cache.database());
            QVERIFY(w.begin().ok);
            const qint64 ref = cache.commons()->rowId;
            QVERIFY(w.replaceCatalogue(ref, catalogue.value()).ok);
            const Status st = w.recomputeDerived(ref);
            QVERIFY2(st.ok, qPrintable(st.error));
            QVERIFY(w.commit().ok);
        }
        const QString scratch = dir.filePath(QStringLiteral("scratch.sqlite"));
        {
            Cache cache;
            QVERIFY(cache.open(scratch).ok);
            QVERIFY(test::syncOnce(cache, commons).ok());
        }
        const QStringList derived = {QStringLiteral("organisation"), QStringLiteral("service"),
                                     QStringLiteral("brick_instance"), QStringLiteral("capability_summary"),
                                     QStringLiteral("org_summary")};
        Cache a, b;
        QVERIFY(a.open(applied).ok && b.open(scratch).ok);
        const QString da = test::dumpTables(a.database(), derived), db = test::dumpTables(b.database(), derived);
        QVERIFY2(da == db, qPrintable(firstDifference(da, db)));
    }

    // A cold sync of many organisations builds the capability index once, at commit
    // (CacheWriter::deferCapabilityIndex()); a refused one leaves it as the cache had it.
    void coldSyncIndexesCapabilitiesAtCommit()
    {
        QTemporaryDir dir;
        const QString commons = dir.filePath(QStringLiteral("commons"));
        bench::GeneratorOptions o;
        o.organisations = 120;
        o.services = 2;
        o.bricksPerService = 3;
        QList<bench::GeneratedDocument> docs;
        QVERIFY(bench::generateCommons(commons, o, {}, &docs) > 0);
        const auto indexSql = [](const Cache &cache) {
            QSqlQuery q(cache.database());
            q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'brick_instance_capability'"));
            return q.next() ? q.value(0).toString() : QString();
        };
        Cache fresh;
        QVERIFY(fresh.open(dir.filePath(QStringLiteral("fresh.sqlite"))).ok);
        const QString migrated = indexSql(fresh);
        QVERIFY(migrated.contains(QLatin1String("brick_instance(capability, service_ref)")));

        // The last document's entry lies about its hash: refused after the others went in.
        QList<bench::GeneratedDocument> lying = docs;
        lying.last().sha256 = QByteArray(64, 'a');
        QVERIFY(bench::writeIndex(commons, lying, 1));
        Cache refused;
        QVERIFY(refused.open(dir.filePath(QStringLiteral("refused.sqlite"))).ok);
        QVERIFY(!test::syncOnce(refused, commons).ok());
        QCOMPARE(indexSql(refused), migrated);

        QVERIFY(bench::writeIndex(commons, docs, 1));
        Cache cold;
        QVERIFY(cold.open(dir.filePath(QStringLiteral("cold.sqlite"))).ok);
        const Result<SyncReport> r = test::syncOnce(cold, commons);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QCOMPARE(r.value().documentsFetched, 121);
        QCOMPARE(indexSql(cold), migrated);
        QSqlQuery plan(cold.database());
        QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT service_ref FROM brick_instance WHERE capability = 'forms'")));
        QVERIFY(plan.next());
        QVERIFY2(plan.value(3).toString().contains(QLatin1String("brick_instance_capability")),
                 qPrintable(plan.value(3).toString()));
    }

    // What the change between two catalogues is: only layers that differ, bricks whose
    // capability differs, and what was removed.
    void changeBetweenCatalogues()
    {
        const auto capability = [](const char *id, Layer layer) {
            Capability c;
            c.id = QString::fromLatin1(id);
            c.name = c.id.toUpper();
            c.layer = layer;
            return c;
        };
        const auto brick = [](const char *id, const char *capabilityId) {
            CatalogueBrick b;
            b.id = QString::fromLatin1(id);
            b.name = b.id.toUpper();
            b.capability = QString::fromLatin1(capabilityId);
            return b;
        };
        Catalogue before;
        before.capabilities = {capability("a", Layer::Overhead), capability("b", Layer::Frontline),
                               capability("c", Layer::Overhead)};
        before.bricks = {brick("a.1", "a"), brick("a.2", "a"), brick("c.1", "c")};
        Catalogue after = before;
        after.capabilities[0].name = QStringLiteral("Renamed");     // no row depends on it
        after.capabilities[1].layer = Layer::Overhead;              // b changes layer
        after.capabilities.removeAt(2);                             // c goes, with c.1
        after.capabilities.append(capability("d", Layer::Frontline));
        after.bricks[1].capability = QStringLiteral("b");           // a.2 moves
        after.bricks.removeAt(2);
        before.reindex();
        after.reindex();
        const CatalogueChange change = CatalogueChange::between(before, after);
        // d is new and frontline: an instance naming it (none can yet) would change layer.
        QCOMPARE(change.layers.size(), 2);
        QCOMPARE(change.layers.value(QStringLiteral("b")), Layer::Overhead);
        QCOMPARE(change.layers.value(QStringLiteral("d")), Layer::Frontline);
        QCOMPARE(change.movedBricks.size(), 1);
        QCOMPARE(change.movedBricks.first().id, QStringLiteral("a.2"));
        QCOMPARE(change.movedBricks.first().from, QStringLiteral("a"));
        QCOMPARE(change.movedBricks.first().to, QStringLiteral("b"));
        QCOMPARE(change.removedBricks.size(), 1);
        QCOMPARE(change.removedBricks.first().id, QStringLiteral("c.1"));
        QCOMPARE(change.removedCapabilities, QStringList{QStringLiteral("c")});
        QVERIFY(change.changesRows());
        QVERIFY(!CatalogueChange::between(after, after).changesRows());
    }
};

QTEST_GUILESS_MAIN(TestCatalogueChange)
#include "tst_catalogue_change.moc"
