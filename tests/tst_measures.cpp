#include "core/domain/measures.h"

#include <QTest>

using namespace livedna;

class TestMeasures : public QObject
{
    Q_OBJECT

private:
    static Catalogue catalogue()
    {
        Catalogue c;
        c.capabilities = {{QStringLiteral("payments"), QStringLiteral("Take payments"), Layer::Overhead},
                          {QStringLiteral("assessment"), QStringLiteral("Assess needs"), Layer::Frontline}};
        c.bricks = {{QStringLiteral("payments.pay"), QStringLiteral("Pay"), QStringLiteral("payments"), {}, {}, {}, 12000},
                    {QStringLiteral("payments.cheap"), QStringLiteral("Cheap"), QStringLiteral("payments"), {}, {}, {}, 9000}};
        c.reindex();
        return c;
    }

private Q_SLOTS:
    void serviceSplitsByLayer()
    {
        const Catalogue cat = catalogue();
        Service s;
        s.bricks.append({QStringLiteral("a"), {}, QStringLiteral("payments.pay"), {}, 1500, {}});
        s.bricks.append({QStringLiteral("b"), {}, {}, QStringLiteral("assessment"), 120000, 3.0});
        s.bricks.append({QStringLiteral("c"), {}, {}, QStringLiteral("payments"), 84000, 1.5});
        s.reportedCostGbp = 410500;
        const CostSplit split = measureService(s, cat);
        QCOMPARE(split.total, 205500.0);
        QCOMPARE(split.frontline, 120000.0);
        QCOMPARE(split.overhead, 85500.0);
        QCOMPARE(split.bricks, 3);
        QCOMPARE(split.bespoke, 2);
        QCOMPARE(*mappingCoverage(split), 205500.0 / 410500.0);
    }

    void coverageUndefinedWithoutPositiveReport()
    {
        CostSplit split;
        split.total = 10;
        QVERIFY(!mappingCoverage(split));
        split.reported = -5.0;
        QVERIFY(!mappingCoverage(split));
    }

    // Spec 1.1: reported spend by the layer of its service; no layer is unclassified; a
    // service with no reported cost is counted as unknown, never added as 0.
    void reportedSplitByLayer()
    {
        Organisation o;
        const auto add = [&](std::optional<double> cost, std::optional<Layer> layer) {
            Service s;
            s.id = QString::number(o.services.size());
            s.reportedCostGbp = cost;
            s.layer = layer;
            o.services.append(s);
        };
        add(100.0, Layer::Frontline);
        add(50.0, Layer::Frontline);
        add(30.0, Layer::Overhead);
        add(7.0, std::nullopt);
        add(std::nullopt, Layer::Overhead);
        add(std::nullopt, std::nullopt);
        add(-4.0, std::nullopt); // net can be negative
        const ReportedSplit r = reportedSplit(o);
        QCOMPARE(r.frontlineGbp().value_or(-1), 150.0);
        QCOMPARE(r.overheadGbp().value_or(-1), 30.0);
        QCOMPARE(r.unclassifiedGbp().value_or(-1), 3.0);
        QCOMPARE(r.unknown, 2);
        QCOMPARE(r.frontlineServices, 2);
        const KnownSum total = r.total();
        QCOMPARE(total.known, 183.0);
        QCOMPARE(total.knownCount, 5);
        QCOMPARE(total.unknown, 2);

        Organisation none;
        none.services.append(Service());
        const ReportedSplit n = reportedSplit(none);
        QVERIFY(!n.frontlineGbp() && !n.overheadGbp() && !n.unclassifiedGbp());
        QCOMPARE(n.unknown, 1);
        QVERIFY(!n.total().value());
    }

    void knownSumCountsUnknowns()
    {
        KnownSum sum;
        QVERIFY(!sum.value());
        sum.add(std::nullopt);
        QVERIFY(!sum.value());
        sum.add(0.0); // a published zero is known
        QCOMPARE(sum.value().value_or(-1), 0.0);
        sum.add(4.2);
        KnownSum more;
        more.add(std::nullopt);
        sum += more;
        QCOMPARE(sum.known, 4.2);
        QCOMPARE(sum.knownCount, 2);
        QCOMPARE(sum.unknown, 2);
    }

    void cheapestBrickWins()
    {
        const Catalogue cat = catalogue();
        QCOMPARE(cat.cheapestBrick(QStringLiteral("payments"))->id, QStringLiteral("payments.cheap"));
        QVERIFY(!cat.cheapestBrick(QStringLiteral("assessment")));
    }
};

QTEST_GUILESS_MAIN(TestMeasures)
#include "tst_measures.moc"
