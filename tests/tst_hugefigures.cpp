// Huge and non-finite figures (issue 12, item 3). The reader bounds every money figure and
// population (its rules are rows of tst_reader11_fixtures.h, checked by tst_reader11 and
// tst_schema); here: the formatters print any double without a float-to-integer cast, and a
// service whose costs sum to infinity still renders a well-formed SVG with no inf or nan.
#include "core/commons/commonsreader.h"
#include "core/models/format.h"
#include "core/render/brickgraph.h"
#include "core/render/export.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>
#include <limits>

using namespace livedna;

class TestHugeFigures : public QObject
{
    Q_OBJECT

    static constexpr double Inf = std::numeric_limits<double>::infinity();
    static constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

private Q_SLOTS:
    void nonFiniteAmountsPrintAsUnknown()
    {
        const QString dash = QStringLiteral("—");
        for (double v : {Inf, -Inf, NaN}) {
            QCOMPARE(Format::gbp(v), dash);
            QCOMPARE(Format::gbpFull(v), dash);
            QCOMPARE(Format::gbpPlain(v), dash);
            QCOMPARE(Format::percent(v), dash);
            QCOMPARE(Format::fte(v), dash);
            QCOMPARE(Format::gbp(std::optional<double>(v)), dash);
        }
    }

    void hugeAmountsPrintTheirDigits()
    {
        // 1e19 is beyond qint64: a cast printed £-9,223,372,036,854,775,808.
        QCOMPARE(Format::gbpPlain(1e19), QStringLiteral("£10,000,000,000,000,000,000"));
        QCOMPARE(Format::gbpPlain(-1e19), QStringLiteral("-£10,000,000,000,000,000,000"));
        QCOMPARE(Format::gbpFull(1e19), QStringLiteral("£10,000,000,000,000,000,000"));
        QCOMPARE(Format::gbpPlain(CommonsReader::MaxMoneyGbp), QStringLiteral("£1,000,000,000,000,000"));
        QCOMPARE(Format::gbpPlain(84000.4), QStringLiteral("£84,000"));
        QCOMPARE(Format::gbpPlain(-1000), QStringLiteral("-£1,000"));
        QCOMPARE(Format::gbpPlain(-0.4), QStringLiteral("£0"));
        QCOMPARE(Format::gbp(1e19), QStringLiteral("£10,000,000,000bn"));
        const QString biggest = Format::gbpPlain(std::numeric_limits<double>::max());
        QVERIFY(biggest.startsWith(QStringLiteral("£179,769,313,486,231,5")));
        QCOMPARE(biggest.size(), 1 + 309 + 102); // £, 309 digits, 102 separators
    }

    void serviceWhoseCostsOverflowRendersWellFormed()
    {
        Catalogue cat;
        cat.capabilities = {{QStringLiteral("case-management"), QStringLiteral("Case management"), Layer::Overhead}};
        cat.reindex();
        Service s;
        s.id = QStringLiteral("huge");
        s.name = QStringLiteral("Huge service");
        // Two figures the reader now refuses, as a proposal or an older cache could hold them.
        s.bricks = {{QStringLiteral("a"), QStringLiteral("A"), {}, QStringLiteral("case-management"), 1.7e308, {}},
                    {QStringLiteral("b"), QStringLiteral("B"), {}, QStringLiteral("case-management"), 1.7e308, {}}};
        QVERIFY(std::isinf(s.bricks.at(0).annualCostGbp + s.bricks.at(1).annualCostGbp));
        const Result<BrickGraphScene> built = BrickGraphBuilder::build(s, cat);
        QVERIFY2(built.ok(), qPrintable(built.errorString()));
        for (const BrickNodeVisual &n : built.value().nodes) {
            QVERIFY(std::isfinite(n.shapeRect.width()) && n.shapeRect.width() > 0);
            QVERIFY(std::isfinite(n.bounds.height()) && n.bounds.height() > 0);
        }
        QVERIFY2(!built.value().subtitle.contains(QStringLiteral("inf")), qPrintable(built.value().subtitle));
        QVERIFY2(!built.value().subtitle.contains(QStringLiteral("nan")), qPrintable(built.value().subtitle));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.svg"));
        const Status st = exportBrickGraph(built.value(), path);
        QVERIFY2(st.ok, qPrintable(st.error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray svg = f.readAll();
        QXmlStreamReader xml(svg);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                for (const QXmlStreamAttribute &a : xml.attributes()) {
                    const QString v = a.value().toString();
                    QVERIFY2(!v.contains(QStringLiteral("nan")) && !v.contains(QStringLiteral("inf")),
                             qPrintable(a.name().toString() + QLatin1Char('=') + v));
                }
            } else if (xml.isCharacters()) {
                QVERIFY2(!xml.text().contains(QStringLiteral("£inf")) && !xml.text().contains(QStringLiteral("nan%")),
                         qPrintable(xml.text().toString()));
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    }
};

QTEST_MAIN(TestHugeFigures)
#include "tst_hugefigures.moc"
