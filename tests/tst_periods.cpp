// Commons 1.1 end to end on real SQLite files: a commons with two periods of one
// organisation and every 1.1 field, written with CommonsWriter, synced by the Syncer, read
// back from the cache and through livedna-cli's JSON contract (issue 9).

#include "core/analysis/instances.h"
#include "core/cache/cache.h"
#include "tests/support/clirunner.h"
#include "tests/support/commons11.h"
#include "tests/support/synchelpers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace livedna;
using namespace livedna::test;

namespace {

QSet<QString> keysOf(const QJsonObject &o)
{
    const QStringList keys = o.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

QSet<QString> set(std::initializer_list<const char *> keys)
{
    QSet<QString> s;
    for (const char *k : keys)
        s.insert(QLatin1String(k));
    return s;
}

QJsonObject serviceById(const QJsonObject &org, const QString &id)
{
    for (const QJsonValue &v : org.value(QStringLiteral("services")).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestPeriods : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_counter = 0;

    // A fresh commons folder and cache file, synced once.
    bool syncSample(const Commons11 &commons, QString *dir, QString *cachePath)
    {
        ++m_counter;
        *dir = m_tmp.filePath(QStringLiteral("commons-%1").arg(m_counter));
        *cachePath = m_tmp.filePath(QStringLiteral("cache-%1.sqlite").arg(m_counter));
        const QString error = commons.writeTo(*dir);
        if (!error.isEmpty()) {
            qWarning() << error;
            return false;
        }
        Cache cache;
        if (!cache.open(*cachePath).ok)
            return false;
        const Result<SyncReport> r = syncOnce(cache, *dir);
        if (!r.ok())
            qWarning() << r.errorString();
        return r.ok();
    }

private Q_SLOTS:
    void latestByDefaultOtherOnRequest()
    {
        QString dir;
        QString path;
        QVERIFY(syncSample(Commons11::sample(), &dir, &path));
        Cache cache;
        QVERIFY(cache.open(path).ok);
        // One row per organisation, whatever number of periods it has.
        const QList<OrgSummary> orgs = cache.organisations();
        QCOMPARE(orgs.size(), 4);
        const auto hartlepool = std::find_if(orgs.cbegin(), orgs.cend(),
                                             [](const OrgSummary &o) { return o.code == QLatin1String("E06000001"); });
        QVERIFY(hartlepool != orgs.cend());
        QCOMPARE(hartlepool->period, QStringLiteral("2023-24"));
        QCOMPARE(hartlepool->periods, (QStringList{QStringLiteral("2022-23"), QStringLiteral("2023-24")}));
        QCOMPARE(cache.periods(QStringLiteral("E06000001")), hartlepool->periods);
        QCOMPARE(cache.periods(QStringLiteral("E06000002")), QStringList{QStringLiteral("2023-24")});
        // Reported split, computed independently from the fixture's figures.
        QCOMPARE(hartlepool->reported.frontlineGbp().value_or(-1), 6838000.0);
        QCOMPARE(hartlepool->reported.overheadGbp().value_or(-1), 3100000.0);
        QCOMPARE(hartlepool->reported.unclassifiedGbp().value_or(-1), 250000.0);
        QCOMPARE(hartlepool->reported.unknown, 1);

        const std::optional<Organisation> latest = cache.organisation(QStringLiteral("E06000001"));
        QVERIFY(latest);
        QCOMPARE(latest->period, QStringLiteral("2023-24"));
        QCOMPARE(latest->service(QStringLiteral("cultural"))->systems.at(0).product, QStringLiteral("spydus"));
        const std::optional<Organisation> older
            = cache.organisation(QStringLiteral("E06000001"), QString(), QStringLiteral("2022-23"));
        QVERIFY(older);
        QCOMPARE(older->period, QStringLiteral("2022-23"));
        QCOMPARE(older->service(QStringLiteral("cultural"))->reportedCostGbp.value_or(-1), 6500000.0);
        QCOMPARE(older->service(QStringLiteral("cultural"))->systems.at(0).product, QStringLiteral("arena"));
        QVERIFY(!cache.organisation(QStringLiteral("E06000001"), QString(), QStringLiteral("2019-20")));
        QCOMPARE(cache.services(QStringLiteral("E06000001"), QString(), QStringLiteral("2022-23")).size(), 4);
        QCOMPARE(cache.service(QStringLiteral("E06000001"), QStringLiteral("central-services"), QString(),
                               QStringLiteral("2022-23"))
                     ->reportedCostGbp.value_or(-1),
                 2900000.0);
    }

    void everyField11RoundTrips()
    {
        QString dir;
        QString path;
        const Commons11 commons = Commons11::sample();
        QVERIFY(syncSample(commons, &dir, &path));
        Cache cache;
        QVERIFY(cache.open(path).ok);
        const Organisation expected = Commons11::hartlepool(QStringLiteral("2023-24"));
        const Organisation got = *cache.organisation(QStringLiteral("E06000001"));
        QCOMPARE(got.sources.size(), expected.sources.size());
        for (int i = 0; i < got.sources.size(); ++i) {
            QCOMPARE(got.sources.at(i).id, expected.sources.at(i).id);
            QCOMPARE(got.sources.at(i).title, expected.sources.at(i).title);
            QCOMPARE(got.sources.at(i).publisher, expected.sources.at(i).publisher);
            QCOMPARE(got.sources.at(i).licence, expected.sources.at(i).licence);
        }
        QCOMPARE(got.services.size(), expected.services.size());
        for (int i = 0; i < got.services.size(); ++i) {
            const Service &g = got.services.at(i);
            const Service &e = expected.services.at(i);
            QCOMPARE(g.id, e.id);
            QCOMPARE(g.period, e.period);
            QCOMPARE(g.layer.has_value(), e.layer.has_value());
            if (e.layer)
                QCOMPARE(*g.layer, *e.layer);
            QCOMPARE(g.source, e.source);
            QCOMPARE(g.reported.has_value(), e.reported.has_value());
            if (e.reported) {
                QCOMPARE(g.reported->employeesGbp, e.reported->employeesGbp);
                QCOMPARE(g.reported->runningGbp, e.reported->runningGbp);
                QCOMPARE(g.reported->incomeGbp, e.reported->incomeGbp);
                QCOMPARE(g.reported->netGbp, e.reported->netGbp);
                QCOMPARE(g.reported->source, e.reported->source);
            }
            QCOMPARE(g.systems.size(), e.systems.size());
            for (int y = 0; y < g.systems.size(); ++y) {
                QCOMPARE(g.systems.at(y).id, e.systems.at(y).id);
                QCOMPARE(g.systems.at(y).name, e.systems.at(y).name);
                QCOMPARE(g.systems.at(y).capability, e.systems.at(y).capability);
                QCOMPARE(g.systems.at(y).product, e.systems.at(y).product);
                QCOMPARE(g.systems.at(y).source, e.systems.at(y).source);
            }
            QCOMPARE(g.bricks.size(), e.bricks.size());
            for (int b = 0; b < g.bricks.size(); ++b) {
                QCOMPARE(g.bricks.at(b).basis, e.bricks.at(b).basis);
                QCOMPARE(g.bricks.at(b).source, e.bricks.at(b).source);
            }
        }
        // The catalogue: work, sources, products and pricing.
        const Catalogue cat = cache.catalogue();
        const Capability *lms = cat.capability(QStringLiteral("library-management"));
        QVERIFY(lms && lms->work && *lms->work == Work::Digital);
        QCOMPARE(lms->source, QStringLiteral("libraries-catalogues#capability"));
        QVERIFY(!cat.capability(QStringLiteral("advice"))->work);
        QCOMPARE(cat.products.size(), 2);
        QCOMPARE(cat.product(QStringLiteral("spydus"))->vendor, QStringLiteral("Civica"));
        QCOMPARE(cat.product(QStringLiteral("spydus"))->source, QStringLiteral("libraries-catalogues#line 2"));
        const CatalogueBrick *brick = cat.brick(QStringLiteral("lms.shared"));
        QVERIFY(brick && brick->pricing);
        QCOMPARE(brick->pricing->fixedGbp, 5000.0);
        QCOMPARE(brick->pricing->perUnitGbp, 0.05);
        QCOMPARE(brick->pricing->unit, PricingUnit::Resident);
        QCOMPARE(brick->pricing->source, QStringLiteral("libraries-catalogues#pricing"));
        QCOMPARE(brick->source, QStringLiteral("libraries-catalogues#brick"));
        QCOMPARE(cat.sources.size(), 1);
        QCOMPARE(cat.sources.at(0).id, QStringLiteral("libraries-catalogues"));
    }

    void resyncThatRemovesAPeriodRemovesIt()
    {
        QString dir;
        QString path;
        Commons11 commons = Commons11::sample();
        QVERIFY(syncSample(commons, &dir, &path));
        commons.version = 2;
        commons.remove(QStringLiteral("orgs/E06000001/2023-24.json"));
        // Left with one document, the organisation keeps its path but needs no period.
        QCOMPARE(commons.writeTo(dir), QString());
        Cache cache;
        QVERIFY(cache.open(path).ok);
        const Result<SyncReport> r = syncOnce(cache, dir);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QCOMPARE(r.value().removed, QStringList{QStringLiteral("orgs/E06000001/2023-24.json")});
        // The remaining document's entry lost its period: it is fetched again and checked.
        QCOMPARE(r.value().changed, QStringList{QStringLiteral("orgs/E06000001/2022-23.json")});
        QCOMPARE(cache.periods(QStringLiteral("E06000001")), QStringList{QStringLiteral("2022-23")});
        const std::optional<OrgSummary> o = cache.organisationSummary(QStringLiteral("E06000001"));
        QVERIFY(o);
        QCOMPARE(o->period, QStringLiteral("2022-23"));
        QCOMPARE(o->reported.frontlineGbp().value_or(-1), 6500000.0);
        QCOMPARE(cache.organisations().size(), 4);
        QVERIFY(!cache.organisation(QStringLiteral("E06000001"), QString(), QStringLiteral("2023-24")));
        // The instance count follows the latest period: Hartlepool is back on Arena.
        const auto inst = Instances::fromCache(cache, {QStringLiteral("library-management")});
        QVERIFY(inst.ok());
        QCOMPARE(inst.value().at(0).byProduct.at(0).product, QStringLiteral("arena"));
        QCOMPARE(inst.value().at(0).byProduct.at(0).organisations.size(), 2);
    }

    void indexListingAPeriodTwiceIsRefused()
    {
        QString dir;
        QString path;
        Commons11 commons = Commons11::sample();
        // Two documents claiming the same period of one organisation.
        commons.documents[0].second.period = QStringLiteral("2023-24");
        ++m_counter;
        dir = m_tmp.filePath(QStringLiteral("twice-%1").arg(m_counter));
        QCOMPARE(commons.writeTo(dir), QString());
        Cache cache;
        QVERIFY(cache.open(m_tmp.filePath(QStringLiteral("twice-%1.sqlite").arg(m_counter))).ok);
        const Result<SyncReport> r = syncOnce(cache, dir);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorString().contains(QLatin1String("2023-24")), qPrintable(r.errorString()));
        QVERIFY(cache.isEmpty());
    }

    void instancesCountByProduct()
    {
        QString dir;
        QString path;
        QVERIFY(syncSample(Commons11::sample(), &dir, &path));
        Cache cache;
        QVERIFY(cache.open(path).ok);
        const auto result = Instances::fromCache(cache);
        QVERIFY(result.ok());
        QCOMPARE(result.value().size(), 2); // library-management, and the bespoke advice brick
        const CapabilityInstances &lms = result.value().at(0);
        QCOMPARE(lms.capability, QStringLiteral("library-management"));
        QCOMPARE(lms.organisations.size(), 4);
        QCOMPARE(lms.byProduct.size(), 3);
        QCOMPARE(lms.byProduct.at(0).product, QStringLiteral("spydus")); // Hartlepool (latest) and Stockton
        QCOMPARE(lms.byProduct.at(0).organisations.size(), 2);
        QCOMPARE(lms.byProduct.at(1).product, QStringLiteral("arena"));
        QCOMPARE(lms.byProduct.at(1).organisations.at(0).code, QStringLiteral("E06000002"));
        QVERIFY(lms.byProduct.at(2).product.isEmpty());
        QCOMPARE(lms.byProduct.at(2).organisations.at(0).code, QStringLiteral("E06000003"));
        QCOMPARE(Instances::sentence(lms),
                 QStringLiteral("4 organisations each run their own library management system: 2 on Spydus, "
                                "1 on Arena, 1 on a product not known."));
        // The same from the domain values of the latest periods.
        QList<Organisation> latest;
        for (const OrgSummary &o : cache.organisations())
            latest.append(*cache.organisation(o.code));
        const QList<CapabilityInstances> fromValues = Instances::fromOrganisations(latest, cache.catalogue());
        QCOMPARE(fromValues.size(), result.value().size());
        QCOMPARE(fromValues.at(0).byProduct.size(), lms.byProduct.size());
        for (int i = 0; i < lms.byProduct.size(); ++i)
            QCOMPARE(fromValues.at(0).byProduct.at(i).organisations.size(), lms.byProduct.at(i).organisations.size());
    }

    void cliJsonContract()
    {
        QString dir;
        QString path;
        QVERIFY(syncSample(Commons11::sample(), &dir, &path));
        CliRun r = runCli(path, {QStringLiteral("orgs"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QHash<QString, QJsonObject> orgs;
        for (const QJsonValue &v : r.json().array())
            orgs.insert(v[QStringLiteral("code")].toString(), v.toObject());
        QCOMPARE(orgs.size(), 4);
        const QJsonObject h = orgs.value(QStringLiteral("E06000001"));
        QCOMPARE(h.value(QStringLiteral("period")).toString(), QStringLiteral("2023-24"));
        QCOMPARE(h.value(QStringLiteral("reported_frontline_gbp")).toDouble(), 6838000.0);
        QCOMPARE(h.value(QStringLiteral("reported_overhead_gbp")).toDouble(), 3100000.0);
        QCOMPARE(h.value(QStringLiteral("reported_unclassified_gbp")).toDouble(), 250000.0);
        // None of Middlesbrough's spend is overhead or unclassified: null, not 0.
        const QJsonObject m = orgs.value(QStringLiteral("E06000002"));
        QCOMPARE(m.value(QStringLiteral("reported_frontline_gbp")).toDouble(), 5000000.0);
        QVERIFY(m.value(QStringLiteral("reported_overhead_gbp")).isNull());
        QVERIFY(m.value(QStringLiteral("reported_unclassified_gbp")).isNull());

        r = runCli(path, {QStringLiteral("show"), QStringLiteral("E06000001"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("period")).toString(), QStringLiteral("2023-24"));
        QCOMPARE(o.value(QStringLiteral("periods")).toArray(),
                 (QJsonArray{QStringLiteral("2022-23"), QStringLiteral("2023-24")}));
        const QJsonArray sources = o.value(QStringLiteral("sources")).toArray();
        QCOMPARE(sources.size(), 2);
        QCOMPARE(sources.at(0)[QStringLiteral("id")].toString(), QStringLiteral("rsx-2023-24"));
        QCOMPARE(sources.at(0)[QStringLiteral("licence")].toString(), QStringLiteral("OGL-UK-3.0"));

        const QJsonObject cultural = serviceById(o, QStringLiteral("cultural"));
        QVERIFY(keysOf(cultural).contains(set({"period", "layer", "reported", "source", "instances", "systems",
                                               "bricks", "bespoke"})));
        QCOMPARE(cultural.value(QStringLiteral("period")).toString(), QStringLiteral("2023-24"));
        QCOMPARE(cultural.value(QStringLiteral("layer")).toString(), QStringLiteral("frontline"));
        const QJsonObject reported = cultural.value(QStringLiteral("reported")).toObject();
        QCOMPARE(keysOf(reported), set({"employees_gbp", "running_gbp", "income_gbp", "net_gbp", "source"}));
        QCOMPARE(reported.value(QStringLiteral("employees_gbp")).toDouble(), 4120000.0);
        QCOMPARE(reported.value(QStringLiteral("running_gbp")).toDouble(), 4010000.0);
        QCOMPARE(reported.value(QStringLiteral("income_gbp")).toDouble(), 1292000.0);
        QCOMPARE(reported.value(QStringLiteral("net_gbp")).toDouble(), 6838000.0);
        QCOMPARE(cultural.value(QStringLiteral("source")).toString(),
                 QStringLiteral("rsx-2023-24#line 25: E06000001, Cultural and related services"));
        const QJsonArray systems = cultural.value(QStringLiteral("systems")).toArray();
        QCOMPARE(systems.size(), 1);
        QCOMPARE(keysOf(systems.at(0).toObject()), set({"id", "name", "capability", "product"}));
        QCOMPARE(systems.at(0)[QStringLiteral("product")].toString(), QStringLiteral("spydus"));
        QCOMPARE(cultural.value(QStringLiteral("bricks")).toInt(-1), 0);

        // Unknown figures are null, never 0.
        const QJsonObject central = serviceById(o, QStringLiteral("central-services"));
        QVERIFY(central.value(QStringLiteral("reported"))[QStringLiteral("employees_gbp")].isNull());
        QVERIFY(central.value(QStringLiteral("source")).isNull());
        const QJsonObject unpublished = serviceById(o, QStringLiteral("unpublished"));
        QVERIFY(unpublished.value(QStringLiteral("layer")).isNull());
        QVERIFY(unpublished.value(QStringLiteral("reported")).isNull());
        QVERIFY(unpublished.value(QStringLiteral("reported_gbp")).isNull());

        const QJsonObject other = serviceById(o, QStringLiteral("other"));
        QCOMPARE(other.value(QStringLiteral("period")).toString(), QStringLiteral("2021-22"));
        const QJsonArray instances = other.value(QStringLiteral("instances")).toArray();
        QCOMPARE(instances.size(), 1);
        const QJsonObject advice = instances.at(0).toObject();
        QCOMPARE(keysOf(advice), set({"id", "name", "capability", "uses", "annual_cost_gbp", "basis", "source"}));
        QCOMPARE(advice.value(QStringLiteral("basis")).toString(), QStringLiteral("estimated"));
        QVERIFY(advice.value(QStringLiteral("uses")).isNull());
        QCOMPARE(advice.value(QStringLiteral("annual_cost_gbp")).toDouble(), 40000.0);
        QCOMPARE(other.value(QStringLiteral("bricks")).toInt(-1), 1);
        QCOMPARE(other.value(QStringLiteral("bespoke")).toInt(-1), 1);

        // --period picks the other year; a year not held is a usage error naming those held.
        r = runCli(path, {QStringLiteral("show"), QStringLiteral("E06000001"), QStringLiteral("--period"),
                          QStringLiteral("2022-23"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json()[QStringLiteral("period")].toString(), QStringLiteral("2022-23"));
        QCOMPARE(serviceById(r.json().object(), QStringLiteral("cultural"))[QStringLiteral("reported_gbp")].toDouble(),
                 6500000.0);
        r = runCli(path, {QStringLiteral("show"), QStringLiteral("E06000001"), QStringLiteral("--period"),
                          QStringLiteral("2019-20")});
        QVERIFY2(r.exitCode == 1 && r.err.contains(QLatin1String("2022-23, 2023-24")), qPrintable(r.describe()));
    }

    void cliInstancesAndText()
    {
        QString dir;
        QString path;
        QVERIFY(syncSample(Commons11::sample(), &dir, &path));
        CliRun r = runCli(path, {QStringLiteral("instances"), QStringLiteral("library-management"),
                                 QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray list = r.json().array();
        QCOMPARE(list.size(), 1);
        const QJsonObject c = list.at(0).toObject();
        QVERIFY(keysOf(c).contains(set({"capability", "organisations", "by_product"})));
        QCOMPARE(c.value(QStringLiteral("capability")).toString(), QStringLiteral("library-management"));
        QCOMPARE(c.value(QStringLiteral("organisations")).toInt(), 4);
        QCOMPARE(c.value(QStringLiteral("members")).toArray().size(), 4);
        const QJsonArray byProduct = c.value(QStringLiteral("by_product")).toArray();
        QCOMPARE(byProduct.size(), 3);
        QCOMPARE(keysOf(byProduct.at(0).toObject()), set({"product", "name", "vendor", "organisations", "members"}));
        QCOMPARE(byProduct.at(0)[QStringLiteral("product")].toString(), QStringLiteral("spydus"));
        QCOMPARE(byProduct.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Spydus"));
        QCOMPARE(byProduct.at(0)[QStringLiteral("vendor")].toString(), QStringLiteral("Civica"));
        QCOMPARE(byProduct.at(0)[QStringLiteral("organisations")].toInt(), 2);
        QVERIFY(byProduct.at(2)[QStringLiteral("product")].isNull());
        QCOMPARE(byProduct.at(2)[QStringLiteral("members")].toArray().at(0)[QStringLiteral("code")].toString(),
                 QStringLiteral("E06000003"));

        r = runCli(path, {QStringLiteral("instances"), QStringLiteral("--verbose"), QStringLiteral("library-management")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.startsWith(QLatin1String("4 organisations each run their own library management system: "
                                                "2 on Spydus, 1 on Arena, 1 on a product not known.")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("E06000004  Stockton-on-Tees")), qPrintable(r.out));
        // The sync report names the organisation of a document kept per period.
        r = runCli(path + QStringLiteral("-cli"), {QStringLiteral("sync"), QStringLiteral("-q"), dir});
        QVERIFY2(r.exitCode == 0 && r.out.contains(QLatin1String("orgs/E06000001/2022-23.json (Hartlepool)")),
                 qPrintable(r.describe()));
        r = runCli(path, {QStringLiteral("instances"), QStringLiteral("no-such-capability")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(runCli(path, {QStringLiteral("instances"), QStringLiteral("--help")}).exitCode, 0);

        const auto lineOf = [](const QString &text, const QString &start) {
            for (const QString &line : text.split(QLatin1Char('\n'))) {
                if (line.startsWith(start))
                    return line;
            }
            return QString();
        };
        // Text: the reported figure and "unknown" with a count, never £0 for what is unknown.
        r = runCli(path, {QStringLiteral("show"), QStringLiteral("E06000001")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QStringLiteral("Reported 2023-24: £10,188,000 + 1 unknown")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("period 2023-24")), qPrintable(r.out));
        // The change from the year before, where both years publish the figure.
        QVERIFY2(r.out.contains(QStringLiteral("Reported 2022-23: £9,650,000 + 1 unknown")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("SINCE 2022-23")), qPrintable(r.out));
        QVERIFY2(lineOf(r.out, QStringLiteral("cultural ")).contains(QStringLiteral("+£338,000")), qPrintable(r.out));
        // A service with nothing published and no bricks: unknown and not mapped, no £0.
        const QString unpublished = lineOf(r.out, QStringLiteral("unpublished "));
        QVERIFY2(unpublished.contains(QLatin1String("unknown")) && unpublished.contains(QLatin1String("not mapped"))
                     && !unpublished.contains(QStringLiteral("£0")),
                 qPrintable(r.out));
        r = runCli(path, {QStringLiteral("orgs")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString stockton = lineOf(r.out, QStringLiteral("E06000004 "));
        QVERIFY2(stockton.contains(QLatin1String("2023-24")) && stockton.contains(QStringLiteral("£4,500,000 + 1 unknown"))
                     && stockton.contains(QLatin1String("not mapped")) && !stockton.contains(QStringLiteral("£0")),
                 qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestPeriods)
#include "tst_periods.moc"
