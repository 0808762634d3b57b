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

    void cheapestBrickWins()
    {
        const Catalogue cat = catalogue();
        QCOMPARE(cat.cheapestBrick(QStringLiteral("payments"))->id, QStringLiteral("payments.cheap"));
        QVERIFY(!cat.cheapestBrick(QStringLiteral("assessment")));
    }
};

QTEST_GUILESS_MAIN(TestMeasures)
#include "tst_measures.moc"
