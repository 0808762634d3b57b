#include "core/render/export.h"
#include "tests/support/testenv.h"

#include <QXmlStreamReader>
#include <QFile>
#include <QImage>
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
};

QTEST_MAIN(TestRender)
#include "tst_render.moc"
