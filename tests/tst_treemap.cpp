#include "core/analysis/treemap.h"
#include "core/domain/catalogue.h"
#include "core/domain/organisation.h"

#include <QRandomGenerator>
#include <QTest>

using namespace livedna;

class TestTreemap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void areasProportional_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::newRow("classic") << QList<double>{6, 6, 4, 3, 2, 2, 1};
        QTest::newRow("one") << QList<double>{42};
        QTest::newRow("skewed") << QList<double>{1e6, 10, 5, 1};
        QList<double> random;
        QRandomGenerator rng(7);
        for (int i = 0; i < 250; ++i)
            random << 1 + rng.bounded(100000);
        QTest::newRow("250 random") << random;
    }
    void areasProportional()
    {
        QFETCH(QList<double>, values);
        const QRectF rect(10, 20, 800, 500);
        const QList<QRectF> rects = squarify(values, rect);
        QCOMPARE(rects.size(), values.size());
        double total = 0;
        for (double v : values)
            total += v;
        const double area = rect.width() * rect.height();
        for (int i = 0; i < values.size(); ++i) {
            const double expected = values.at(i) / total * area;
            const double got = rects.at(i).width() * rects.at(i).height();
            QVERIFY2(std::abs(got - expected) <= expected * 0.01 + 1e-6,
                     qPrintable(QStringLiteral("item %1: %2 vs %3").arg(i).arg(got).arg(expected)));
            QVERIFY(rect.adjusted(-0.01, -0.01, 0.01, 0.01).contains(rects.at(i)));
            for (int j = 0; j < i; ++j) {
                const QRectF overlap = rects.at(i).intersected(rects.at(j));
                QVERIFY(overlap.width() * overlap.height() < 1e-6);
            }
        }
    }
    void zerosAndEmpty()
    {
        QVERIFY(squarify({}, QRectF(0, 0, 10, 10)).isEmpty());
        const QList<QRectF> r = squarify({0, 5, 0}, QRectF(0, 0, 10, 10));
        QVERIFY(r.at(0).isEmpty());
        QCOMPARE(r.at(1), QRectF(0, 0, 10, 10));
    }
    void aspectRatiosReasonable()
    {
        const QList<QRectF> r = squarify({6, 6, 4, 3, 2, 2, 1}, QRectF(0, 0, 600, 400));
        for (const QRectF &x : r)
            QVERIFY(std::max(x.width() / x.height(), x.height() / x.width()) < 4.0);
    }
    void unmappedSpendIsItsOwnArea()
    {
        Organisation org;
        org.code = QStringLiteral("X");
        Service s;
        s.id = QStringLiteral("s");
        s.reportedCostGbp = 1000;
        s.bricks = {{QStringLiteral("b"), {}, {}, QStringLiteral("c"), 600, {}}};
        Service empty;
        empty.id = QStringLiteral("e");
        empty.reportedCostGbp = 500; // not mapped at all
        org.services = {s, empty};
        const TreemapItem root = buildSpendTree(org, Catalogue());
        QCOMPARE(root.value, 600.0 + 400.0 + 500.0);
        QCOMPARE(root.children.size(), 2);
        QCOMPARE(root.children.first().value, 1000.0);
        QCOMPARE(root.children.last().value, 500.0);
        QCOMPARE(root.children.last().children.size(), 1);
        QCOMPARE(root.children.last().children.first().kind, int(TreemapUnmapped));
        QCOMPARE(root.children.first().children.last().kind, int(TreemapUnmapped));
        QCOMPARE(root.children.first().children.last().value, 400.0);
    }
    // Figures of another year than the organisation's carry their year; net income (negative
    // net) and unknown costs are not areas (the view lists them instead), never £0 boxes.
    void yearsAndNetIncome()
    {
        Organisation org;
        org.code = QStringLiteral("RJ1");
        org.period = QStringLiteral("2024-25");
        Service estates;
        estates.id = QStringLiteral("estates");
        estates.name = QStringLiteral("Estates and facilities");
        estates.period = QStringLiteral("2016-17");
        estates.bricks = {{QStringLiteral("cleaning"), {}, {}, QStringLiteral("cleaning"), 15900000, {}}};
        Service income;
        income.id = QStringLiteral("highways");
        income.name = QStringLiteral("Highways");
        income.reportedCostGbp = -74000;
        Service unknown;
        unknown.id = QStringLiteral("police");
        org.services = {estates, income, unknown};
        const TreemapItem root = buildSpendTree(org, Catalogue());
        QCOMPARE(root.children.size(), 1);
        QCOMPARE(root.children.first().label, QStringLiteral("Estates and facilities (2016-17)"));
        QCOMPARE(root.value, 15900000.0);
        for (const TreemapItem &child : root.children)
            QVERIFY(child.value > 0);
    }
};

QTEST_MAIN(TestTreemap)
#include "tst_treemap.moc"
