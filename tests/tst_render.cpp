#include "core/render/brickgraph.h"
#include "core/render/export.h"
#include "tests/support/testenv.h"

#include <QXmlStreamReader>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace livedna;

class TestRender : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cache;

    int cli(const QStringList &args, QByteArray *err = nullptr)
    {
        QProcess p;
        p.start(test::cliPath(), QStringList{QStringLiteral("--cache"), m_cache} + args);
        p.waitForFinished(120000);
        if (err)
            *err = p.readAllStandardError();
        return p.exitCode();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (test::cliPath().isEmpty())
            QSKIP("LIVEDNA_CLI is not set; run through ctest");
        m_cache = m_dir.filePath(QStringLiteral("cache.db"));
        QByteArray err;
        QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("demo")}, &err), 0);
    }

    void serviceGraphSvgHasOneShapePerBrick()
    {
        const QString out = m_dir.filePath(QStringLiteral("graph.svg"));
        QByteArray err;
        QCOMPARE(cli({QStringLiteral("render"), QStringLiteral("E06000043"), QStringLiteral("adult-social-care"),
                      QStringLiteral("--out"), out}, &err), 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        int nodes = 0, edges = 0, shapes = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QStringList classes = xml.attributes().value(QStringLiteral("class")).toString().split(QLatin1Char(' '));
            if (xml.name() == QLatin1String("g") && classes.contains(QStringLiteral("node")))
                ++nodes;
            if (xml.name() == QLatin1String("g") && classes.contains(QStringLiteral("edge")))
                ++edges;
            if (classes.contains(QStringLiteral("shape")))
                ++shapes;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        // The demo's adult social care service in Brighton & Hove: 6 bricks, 6 flows.
        QCOMPARE(nodes, 6);
        QCOMPARE(shapes, 6);
        QCOMPARE(edges, 6);
    }

    void eachTarget_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("file");
        QTest::newRow("graph png") << QStringList{QStringLiteral("E06000043"), QStringLiteral("adult-social-care")} << QStringLiteral("g.png");
        QTest::newRow("graph pdf") << QStringList{QStringLiteral("E06000043"), QStringLiteral("adult-social-care")} << QStringLiteral("g.pdf");
        QTest::newRow("org svg") << QStringList{QStringLiteral("E06000043")} << QStringLiteral("o.svg");
        QTest::newRow("org png") << QStringList{QStringLiteral("E06000043")} << QStringLiteral("o.png");
        QTest::newRow("matrix png") << QStringList{QStringLiteral("--matrix")} << QStringLiteral("m.png");
        QTest::newRow("matrix svg") << QStringList{QStringLiteral("--matrix")} << QStringLiteral("m.svg");
        QTest::newRow("matrix pdf") << QStringList{QStringLiteral("--matrix")} << QStringLiteral("m.pdf");
    }
    void eachTarget()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, file);
        const QString out = m_dir.filePath(file);
        QByteArray err;
        QCOMPARE(cli(QStringList{QStringLiteral("render")} + args + QStringList{QStringLiteral("--out"), out}, &err), 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        if (file.endsWith(QLatin1String(".png"))) {
            QImage img;
            QVERIFY(img.loadFromData(bytes, "PNG"));
            QVERIFY(img.width() > 500 && img.height() > 300);
            // Not blank: more than one colour.
            QSet<QRgb> colours;
            for (int y = 0; y < img.height(); y += 7)
                for (int x = 0; x < img.width(); x += 7)
                    colours.insert(img.pixel(x, y));
            QVERIFY(colours.size() > 10);
        } else if (file.endsWith(QLatin1String(".pdf"))) {
            QVERIFY(bytes.startsWith("%PDF"));
        } else {
            QXmlStreamReader xml(bytes);
            while (!xml.atEnd())
                xml.readNext();
            QVERIFY(!xml.hasError());
            QVERIFY(bytes.count("<path") + bytes.count("<rect") > 20);
        }
    }

    void errors()
    {
        QCOMPARE(cli({QStringLiteral("render"), QStringLiteral("E06000043")}), 1); // no --out
        QCOMPARE(cli({QStringLiteral("render"), QStringLiteral("E06000043"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.gif"))}), 1);
        QCOMPARE(cli({QStringLiteral("render"), QStringLiteral("NOPE"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.svg"))}), 2);
        QCOMPARE(cli({QStringLiteral("render"), QStringLiteral("E06000043"), QStringLiteral("nope"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.svg"))}), 2);
        QCOMPARE(cli({QStringLiteral("render"), QStringLiteral("E06000043"), QStringLiteral("--out"), QStringLiteral("/nonexistent-dir/x.svg")}), 3);
    }

    // Systems (no published cost) are nodes of their capability, one per system, unfilled
    // at one fixed size; estimated bricks are marked apart from published ones.
    void brickGraphSystemsAndEstimates()
    {
        Catalogue cat;
        cat.capabilities = {{QStringLiteral("library-management"), QStringLiteral("Library management system"), Layer::Overhead},
                            {QStringLiteral("lending"), QStringLiteral("Lend books"), Layer::Frontline}};
        cat.products = {{QStringLiteral("spydus"), QStringLiteral("Spydus"), QStringLiteral("Civica"), QStringLiteral("library-management"), {}}};
        cat.reindex();
        Service s;
        s.id = QStringLiteral("cultural");
        s.name = QStringLiteral("Cultural and related services");
        BrickInstance staff{QStringLiteral("staff"), QStringLiteral("Library staff"), {}, QStringLiteral("lending"), 1200000, {}};
        BrickInstance estimate{QStringLiteral("stock"), QStringLiteral("Book stock"), {}, QStringLiteral("lending"), 300000, {}};
        estimate.basis = Basis::Estimated;
        estimate.source = QStringLiteral("rsx-2023-24#method: share of running costs");
        s.bricks = {staff, estimate};
        s.systems = {{QStringLiteral("lms"), QStringLiteral("Library catalogue"), QStringLiteral("library-management"), QStringLiteral("spydus"), QStringLiteral("libraries-catalogues#Hartlepool")},
                     {QStringLiteral("ebooks"), QStringLiteral("E-book lending"), QStringLiteral("library-management"), QString(), {}}};
        BrickGraphOptions options;
        options.sources = {{QStringLiteral("libraries-catalogues"), QStringLiteral("Library catalogues of English library services"), QStringLiteral("Libraries Hacked"), QStringLiteral("CC-BY-4.0"), {}, {}, {}}};
        const Result<BrickGraphScene> built = BrickGraphBuilder::build(s, cat, options);
        QVERIFY2(built.ok(), qPrintable(built.errorString()));
        const BrickGraphScene &g = built.value();
        QCOMPARE(g.nodes.size(), 4);
        QList<const BrickNodeVisual *> systems;
        for (const BrickNodeVisual &n : g.nodes) {
            if (n.system)
                systems.append(&n);
        }
        QCOMPARE(systems.size(), 2);
        QCOMPARE(systems.at(0)->name, QStringLiteral("Spydus")); // labelled with the product
        QCOMPARE(systems.at(0)->capabilityId, QStringLiteral("library-management"));
        QCOMPARE(systems.at(0)->brickIndex, 2);
        QCOMPARE(systems.at(1)->name, QStringLiteral("E-book lending")); // no product: its own name
        // Fixed small size, not area ∝ cost.
        QCOMPARE(systems.at(0)->shapeRect.width(), options.systemShapeSide);
        QCOMPARE(systems.at(1)->shapeRect.width(), options.systemShapeSide);
        QVERIFY(systems.at(0)->toolTip.contains(QStringLiteral("not published")));
        QVERIFY(systems.at(0)->toolTip.contains(QStringLiteral("Library catalogues of English library services")));
        QVERIFY(g.subtitle.contains(QStringLiteral("2 system(s), cost not published")));
        const BrickNodeVisual &est = g.nodes.at(1);
        QVERIFY(est.estimated && !g.nodes.at(0).estimated);
        QVERIFY(est.toolTip.contains(QStringLiteral("estimated")));

        // Drawn distinct: a system's inside is white (no fill), a costed brick's is coloured.
        auto centrePixel = [](const BrickNodeVisual &n) {
            QImage image(n.bounds.size().toSize() + QSize(20, 20), QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter p(&image);
            p.translate(-n.bounds.topLeft() + QPointF(10, 10));
            brickpaint::paintNode(&p, n, 1.0);
            p.end();
            const QPointF c = n.shapeRect.center() - n.bounds.topLeft() + QPointF(10, 10);
            return image.pixelColor(c.toPoint());
        };
        QCOMPARE(centrePixel(*systems.at(0)), QColor(Qt::white));
        QVERIFY(centrePixel(g.nodes.at(0)) != QColor(Qt::white));
        // The legend explains both marks.
        QVERIFY(brickpaint::legendSize(g, 400).height() > brickpaint::legendSize(BrickGraphScene(), 400).height());
    }
};

QTEST_MAIN(TestRender)
#include "tst_render.moc"
