#include "core/layout/graphlayout.h"
#include "core/render/brickgraph.h"

#include <QTest>

using namespace livedna;

static void checkNoOverlap(const QList<QRectF> &rects)
{
    for (int i = 0; i < rects.size(); ++i)
        for (int j = 0; j < i; ++j)
            QVERIFY2(!rects.at(i).adjusted(0.5, 0.5, -0.5, -0.5).intersects(rects.at(j)),
                     qPrintable(QStringLiteral("nodes %1 and %2 overlap").arg(i).arg(j)));
}

class TestLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chainLeftToRight()
    {
        LayoutInput in;
        for (int i = 0; i < 4; ++i)
            in.nodes.append(LayoutNode{QSizeF(60, 40)});
        in.edges = {{0, 1, QStringLiteral("referral")}, {1, 2, {}}, {2, 3, {}}};
        const Result<GraphLayoutResult> r = layoutGraph(in);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QCOMPARE(r.value().nodes.size(), 4);
        QCOMPARE(r.value().edges.size(), 3);
        for (int i = 1; i < 4; ++i)
            QVERIFY(r.value().nodes.at(i).left() > r.value().nodes.at(i - 1).right()); // rankdir=LR
        for (const QRectF &n : r.value().nodes) {
            QCOMPARE(n.size(), QSizeF(60, 40));
            QVERIFY(r.value().bounds.adjusted(-1, -1, 1, 1).contains(n));
        }
        QVERIFY(r.value().edges.at(0).hasLabel);
        QVERIFY(!r.value().edges.at(1).hasLabel);
        for (const EdgeGeometry &e : r.value().edges) {
            QVERIFY(!e.path.isEmpty());
            QCOMPARE(e.arrowHead.size(), 3);
        }
        checkNoOverlap(r.value().nodes);
    }

    void cyclesSelfLoopsAndDisconnected()
    {
        LayoutInput in;
        for (int i = 0; i < 9; ++i)
            in.nodes.append(LayoutNode{QSizeF(20 + i * 10, 30 + (i % 3) * 20)});
        in.edges = {{0, 1, {}}, {1, 2, {}}, {2, 0, QStringLiteral("back")}, {3, 3, {}}, {4, 5, {}}, {5, 4, {}},
                    {0, 1, QStringLiteral("parallel")}, {7, 99, {}} /* dangling: ignored */};
        const Result<GraphLayoutResult> r = layoutGraph(in);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QCOMPARE(r.value().nodes.size(), 9);
        QCOMPARE(r.value().edges.size(), in.edges.size());
        for (int i = 0; i < 7; ++i)
            QVERIFY2(!r.value().edges.at(i).path.isEmpty(), qPrintable(QString::number(i)));
        QVERIFY(r.value().edges.at(7).path.isEmpty());
        checkNoOverlap(r.value().nodes);
    }

    void emptyGraph()
    {
        const Result<GraphLayoutResult> r = layoutGraph({});
        QVERIFY(r.ok());
        QVERIFY(r.value().nodes.isEmpty());
    }

    void brickGraphStyles()
    {
        Catalogue cat;
        cat.capabilities = {{QStringLiteral("forms"), QStringLiteral("Forms"), Layer::Overhead},
                            {QStringLiteral("assess"), QStringLiteral("Assess"), Layer::Frontline}};
        cat.bricks = {{QStringLiteral("forms.gov"), QStringLiteral("GOV.UK Forms"), QStringLiteral("forms"), {}, {}, {}, 1000}};
        cat.reindex();
        Service s;
        s.name = QStringLiteral("Blue Badge");
        s.bricks = {{QStringLiteral("apply"), QStringLiteral("Apply"), QStringLiteral("forms.gov"), {}, 1500, {}},
                    {QStringLiteral("assess"), QStringLiteral("Assess"), {}, QStringLiteral("assess"), 6000, 3.0},
                    {QStringLiteral("lonely"), QStringLiteral("Lonely"), {}, QStringLiteral("forms"), 0, {}}};
        s.flows = {{QStringLiteral("apply"), QStringLiteral("assess"), QStringLiteral("referral")},
                   {QStringLiteral("assess"), QStringLiteral("apply"), {}}};
        const Result<BrickGraphScene> g = BrickGraphBuilder::build(s, cat);
        QVERIFY2(g.ok(), qPrintable(g.errorString()));
        const BrickGraphScene &scene = g.value();
        QCOMPARE(scene.nodes.size(), 3);
        QCOMPARE(scene.flows.size(), 2);
        QVERIFY(scene.nodes.at(0).standard);
        QVERIFY(!scene.nodes.at(1).standard);
        QCOMPARE(scene.nodes.at(0).shape, NodeShape::Square);
        QCOMPARE(scene.nodes.at(1).shape, NodeShape::Circle);
        // Area ∝ cost: 6000 vs 1500 → 4× the area (circle and square of equal area).
        const auto area = [](const BrickNodeVisual &n) {
            const double w = n.shapeRect.width();
            return n.shape == NodeShape::Circle ? M_PI * w * w / 4.0 : w * w;
        };
        QVERIFY(std::abs(area(scene.nodes.at(1)) / area(scene.nodes.at(0)) - 4.0) < 0.01);
        QVERIFY(scene.nodes.at(2).shapeRect.width() >= 14.0); // zero cost still visible
        QVERIFY(scene.nodes.at(1).alternative.contains(QStringLiteral("None")));
        QVERIFY(scene.nodes.at(2).alternative.contains(QStringLiteral("GOV.UK Forms")));
        QList<QRectF> rects;
        for (const BrickNodeVisual &n : scene.nodes) {
            QVERIFY(n.bounds.contains(n.shapeRect));
            rects << n.bounds;
        }
        checkNoOverlap(rects);
        QCOMPARE(scene.capabilities.size(), 2);
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
