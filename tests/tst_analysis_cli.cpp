// livedna-cli duplication / savings / scenario / value / similarity, end to end: the real
// binary on a real cache synced from the bundled demo commons. Expected duplication figures
// are computed here straight from the demo JSON with the spec's formula, independently of
// core/analysis.
#include "tests/support/clirunner.h"
#include "tests/support/testenv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <limits>

using namespace livedna::test;

namespace {

struct Expected
{
    double bespokeGbp = 0.0;
    int bespoke = 0;
    int standard = 0;
    QSet<QString> orgs;
    QHash<QString, double> bespokeByOrg;
    std::optional<double> cheapest;
    QString cheapestId;
    std::optional<double> saving() const
    {
        if (!cheapest)
            return std::nullopt;
        double s = 0.0;
        for (double b : bespokeByOrg)
            s += std::max(0.0, b - *cheapest);
        return s;
    }
};

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestAnalysisCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_cache;
    QHash<QString, Expected> m_expected; // by capability
    QHash<QString, QString> m_capabilityOfBrick;
    QHash<QString, double> m_savingByOrg;

    void computeExpected()
    {
        const QJsonObject bricks = readJson(QStringLiteral(":/demo/bricks.json"));
        for (const QJsonValue &c : bricks.value(QStringLiteral("capabilities")).toArray())
            m_expected.insert(c.toObject().value(QStringLiteral("id")).toString(), Expected());
        for (const QJsonValue &v : bricks.value(QStringLiteral("bricks")).toArray()) {
            const QJsonObject b = v.toObject();
            const QString cap = b.value(QStringLiteral("capability")).toString();
            const double cost = b.value(QStringLiteral("standard_annual_cost_gbp")).toDouble();
            m_capabilityOfBrick.insert(b.value(QStringLiteral("id")).toString(), cap);
            Expected &e = m_expected[cap];
            const QString id = b.value(QStringLiteral("id")).toString();
            if (!e.cheapest || cost < *e.cheapest || (cost == *e.cheapest && id < e.cheapestId)) {
                e.cheapest = cost;
                e.cheapestId = id;
            }
        }
        const QStringList files = QDir(QStringLiteral(":/demo/orgs")).entryList({QStringLiteral("*.json")});
        QVERIFY(!files.isEmpty());
        for (const QString &file : files) {
            const QJsonObject doc = readJson(QStringLiteral(":/demo/orgs/") + file);
            const QString org = doc.value(QStringLiteral("organisation")).toObject().value(QStringLiteral("code")).toString();
            for (const QJsonValue &s : doc.value(QStringLiteral("services")).toArray()) {
                for (const QJsonValue &bv : s.toObject().value(QStringLiteral("bricks")).toArray()) {
                    const QJsonObject b = bv.toObject();
                    const QString uses = b.value(QStringLiteral("uses")).toString();
                    const QString cap = uses.isEmpty() ? b.value(QStringLiteral("capability")).toString()
                                                       : m_capabilityOfBrick.value(uses);
                    Expected &e = m_expected[cap];
                    e.orgs.insert(org);
                    const double cost = b.value(QStringLiteral("annual_cost_gbp")).toDouble();
                    if (uses.isEmpty()) {
                        ++e.bespoke;
                        e.bespokeGbp += cost;
                        e.bespokeByOrg[org] += cost;
                    } else {
                        ++e.standard;
                    }
                }
            }
        }
        for (const Expected &e : std::as_const(m_expected)) {
            if (!e.cheapest)
                continue;
            for (auto it = e.bespokeByOrg.cbegin(); it != e.bespokeByOrg.cend(); ++it)
                m_savingByOrg[it.key()] += std::max(0.0, it.value() - *e.cheapest);
        }
    }

    CliRun cli(const QStringList &args) { return runCli(m_cache, args); }

private Q_SLOTS:
    void initTestCase()
    {
        if (cliPath().isEmpty() || !QFile::exists(cliPath()))
            QSKIP("LIVEDNA_CLI does not name a built livedna-cli; run through ctest");
        QVERIFY(m_tmp.isValid());
        m_cache = m_tmp.filePath(QStringLiteral("cache.sqlite"));
        const CliRun r = cli({QStringLiteral("sync"), QStringLiteral("demo")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        computeExpected();
    }

    void duplicationJsonMatchesTheSpecFormula()
    {
        const CliRun r = cli({QStringLiteral("duplication"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray arr = r.json().array();
        QCOMPARE(arr.size(), m_expected.size());
        bool seenNull = false;
        double last = std::numeric_limits<double>::max();
        for (const QJsonValue &v : arr) {
            const QJsonObject o = v.toObject();
            const QString cap = o.value(QStringLiteral("capability")).toString();
            QVERIFY2(m_expected.contains(cap), qPrintable(cap));
            const Expected &e = m_expected[cap];
            QCOMPARE(o.value(QStringLiteral("organisations")).toInt(), int(e.orgs.size()));
            QCOMPARE(o.value(QStringLiteral("standard_instances")).toInt(), e.standard);
            QCOMPARE(o.value(QStringLiteral("bespoke_instances")).toInt(), e.bespoke);
            QVERIFY(qAbs(o.value(QStringLiteral("bespoke_gbp")).toDouble() - e.bespokeGbp) < 0.01);
            const QJsonValue saving = o.value(QStringLiteral("saving_gbp"));
            if (!e.cheapest) {
                QVERIFY(o.value(QStringLiteral("standard_brick")).isNull());
                QVERIFY(o.value(QStringLiteral("standard_cost_gbp")).isNull());
                QVERIFY(saving.isNull());
                seenNull = true;
                continue;
            }
            QVERIFY2(!seenNull, "a null saving sorted before a number");
            QCOMPARE(o.value(QStringLiteral("standard_brick")).toString(), e.cheapestId);
            QCOMPARE(o.value(QStringLiteral("standard_cost_gbp")).toDouble(), *e.cheapest);
            QVERIFY(qAbs(saving.toDouble() - *e.saving()) < 0.01);
            QVERIFY(saving.toDouble() <= last);
            last = saving.toDouble();
        }
    }

    void duplicationOfOneCapabilityExpandsToInstances()
    {
        // The capability with the largest bespoke spend and no brick, if the demo has one.
        QString cap;
        for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it) {
            if (!it->cheapest && it->bespoke > 0 && (cap.isEmpty() || it->bespokeGbp > m_expected[cap].bespokeGbp))
                cap = it.key();
        }
        if (cap.isEmpty())
            QSKIP("the demo commons has a brick for every capability it uses");
        const CliRun r = cli({QStringLiteral("duplication"), QStringLiteral("--capability"), cap, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray arr = r.json().array();
        QCOMPARE(arr.size(), 1);
        const QJsonObject o = arr.first().toObject();
        QCOMPARE(o.value(QStringLiteral("commons_lacks_brick")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("would_benefit_organisations")).toInt(), int(m_expected[cap].bespokeByOrg.size()));
        double sum = 0.0;
        int instances = 0;
        for (const QJsonValue &f : o.value(QStringLiteral("by_organisation")).toArray()) {
            for (const QJsonValue &i : f.toObject().value(QStringLiteral("instances")).toArray()) {
                QCOMPARE(i.toObject().value(QStringLiteral("capability")).toString(), cap);
                if (i.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("bespoke")) {
                    sum += i.toObject().value(QStringLiteral("cost_gbp")).toDouble();
                    ++instances;
                }
            }
        }
        QVERIFY(qAbs(sum - m_expected[cap].bespokeGbp) < 0.01);
        QCOMPARE(instances, m_expected[cap].bespoke);
        QVERIFY(cli({QStringLiteral("duplication"), QStringLiteral("--capability"), cap}).out.contains(cap));
    }

    void savingsOfAnOrganisation()
    {
        const QString org = m_savingByOrg.keys().constFirst();
        const CliRun r = cli({QStringLiteral("savings"), org, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("org")).toString(), org);
        QVERIFY(qAbs(o.value(QStringLiteral("saving_gbp")).toDouble() - m_savingByOrg.value(org)) < 0.01);
        std::optional<double> last;
        for (const QJsonValue &v : o.value(QStringLiteral("opportunities")).toArray()) {
            const QJsonValue s = v.toObject().value(QStringLiteral("saving_gbp"));
            if (s.isNull())
                continue;
            if (last)
                QVERIFY(s.toDouble() <= *last);
            last = s.toDouble();
        }
        const CliRun text = cli({QStringLiteral("savings"), org});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(org));
    }

    void valueAndScenarioAndSimilarity()
    {
        const CliRun v = cli({QStringLiteral("value"), QStringLiteral("--json")});
        QVERIFY2(v.exitCode == 0, qPrintable(v.describe()));
        const QJsonArray services = v.json().object().value(QStringLiteral("services")).toArray();
        QVERIFY(!services.isEmpty());
        bool seenNoInputs = false;
        for (const QJsonValue &s : services) {
            const QJsonObject o = s.toObject();
            if (o.value(QStringLiteral("status")).toString() == QLatin1String("no inputs")) {
                QVERIFY(o.value(QStringLiteral("pvi")).isNull()); // never scored as zero
                seenNoInputs = true;
            } else {
                QVERIFY2(!seenNoInputs, "an unscored service ranked above a scored one");
                const double pvi = o.value(QStringLiteral("pvi")).toDouble();
                QVERIFY(pvi >= 0.0 && pvi <= 100.0);
            }
        }
        const CliRun vo = cli({QStringLiteral("value"), m_savingByOrg.keys().constFirst(), QStringLiteral("--json")});
        QCOMPARE(vo.exitCode, 0);
        QCOMPARE(vo.json().object().value(QStringLiteral("organisations")).toArray().size(), 1);

        const CliRun sc = cli({QStringLiteral("scenario"), QStringLiteral("--share"), QStringLiteral("1"),
                               QStringLiteral("--post"), QStringLiteral("nurse=50000"), QStringLiteral("--json")});
        QVERIFY2(sc.exitCode == 0, qPrintable(sc.describe()));
        const QJsonObject all = sc.json().object().value(QStringLiteral("roll_up")).toArray().last().toObject();
        double total = 0.0;
        for (double s : std::as_const(m_savingByOrg))
            total += s;
        QVERIFY(qAbs(all.value(QStringLiteral("saving_gbp")).toDouble() - total) < 0.01);
        QVERIFY(qAbs(all.value(QStringLiteral("posts")).toObject().value(QStringLiteral("nurse")).toDouble() - total / 50000.0) < 1e-6);

        const CliRun groups = cli({QStringLiteral("value"), QStringLiteral("--json")});
        const QString service = groups.json().object().value(QStringLiteral("services")).toArray().first().toObject()
                                    .value(QStringLiteral("service")).toString();
        const CliRun sim = cli({QStringLiteral("similarity"), service, QStringLiteral("--json")});
        QVERIFY2(sim.exitCode == 0, qPrintable(sim.describe()));
        const QJsonObject so = sim.json().object();
        QVERIFY(!so.value(QStringLiteral("standard_playlist")).toObject().value(QStringLiteral("capabilities")).toArray().isEmpty());
        for (const QJsonValue &m : so.value(QStringLiteral("organisations")).toArray()) {
            const double d = m.toObject().value(QStringLiteral("distance")).toDouble();
            QVERIFY(d >= 0.0 && d <= 1.0);
        }
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("unknown capability") << QStringList{QStringLiteral("duplication"), QStringLiteral("--capability"), QStringLiteral("no-such")} << 2;
        QTest::newRow("unknown org") << QStringList{QStringLiteral("savings"), QStringLiteral("XX999")} << 2;
        QTest::newRow("savings without org") << QStringList{QStringLiteral("savings")} << 1;
        QTest::newRow("unknown option") << QStringList{QStringLiteral("duplication"), QStringLiteral("--frobnicate")} << 1;
        QTest::newRow("unknown value org") << QStringList{QStringLiteral("value"), QStringLiteral("XX999")} << 2;
        QTest::newRow("unknown service") << QStringList{QStringLiteral("similarity"), QStringLiteral("no such service")} << 2;
        QTest::newRow("similarity without service") << QStringList{QStringLiteral("similarity")} << 1;
        QTest::newRow("share out of range") << QStringList{QStringLiteral("scenario"), QStringLiteral("--share"), QStringLiteral("2")} << 1;
        QTest::newRow("bad post") << QStringList{QStringLiteral("scenario"), QStringLiteral("--post"), QStringLiteral("wizard=1")} << 1;
        QTest::newRow("help") << QStringList{QStringLiteral("duplication"), QStringLiteral("--help")} << 0;
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        const CliRun r = cli(args);
        QVERIFY2(r.exitCode == code, qPrintable(r.describe()));
        if (code != 0)
            QVERIFY(!r.err.isEmpty());
    }

    void emptyCacheIsRefused()
    {
        const CliRun r = runCli(m_tmp.filePath(QStringLiteral("empty.sqlite")), {QStringLiteral("duplication"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY(r.err.contains(QStringLiteral("sync")));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnalysisCli)
#include "tst_analysis_cli.moc"
