// Issue 13, item 3: text contrast meets WCAG AA (4.5:1 for normal text, 3:1 for graphical
// objects that carry meaning). The ratio is computed for every text colour the application
// paints: the ink colours on the backgrounds they are painted on, the label colour chosen
// over every palette colour (textColourOn), the treemap's and charts' labels, the style's
// own text/background pairs (Fusion, as the application sets it), and every colour written
// into a style sheet or rich text in ui/ and core/ (found by reading the sources, so a new
// colour is checked as soon as it is written).

#include "core/render/palette.h"
#include "tests/support/testenv.h"
#include "ui/accessibility.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

using namespace livedna;

namespace {

// `over` with alpha composited on an opaque `under`.
QColor composite(const QColor &over, const QColor &under)
{
    const double a = over.alphaF();
    auto mix = [a](int o, int u) { return int(std::lround(o * a + u * (1.0 - a))); };
    return QColor(mix(over.red(), under.red()), mix(over.green(), under.green()), mix(over.blue(), under.blue()));
}

QString pair(const QColor &fg, const QColor &bg)
{
    return QStringLiteral("%1 on %2: %3:1").arg(fg.name(), bg.name()).arg(contrastRatio(fg, bg), 0, 'f', 2);
}

// The capability colours of a long catalogue: the palette and its darker rounds.
QList<QColor> capabilityColours()
{
    Catalogue catalogue;
    for (int i = 0; i < 3 * int(categoricalPalette().size()); ++i) {
        Capability c;
        c.id = QStringLiteral("c%1").arg(i);
        catalogue.capabilities.append(c);
    }
    QList<QColor> out;
    for (const Capability &c : std::as_const(catalogue.capabilities))
        out.append(capabilityColour(catalogue, c.id));
    out << colours::frontline() << colours::overhead() << colours::standard() << colours::bespoke()
        << colours::unmapped();
    return out;
}

} // namespace

class TestGuiContrast : public QObject
{
    Q_OBJECT

    QStringList m_failures;

    void expect(const QString &what, const QColor &fg, const QColor &bg, double minimum = kTextContrastAA)
    {
        if (contrastRatio(fg, bg) + 1e-9 < minimum)
            m_failures << QStringLiteral("%1: %2 (needs %3:1)").arg(what, pair(fg, bg)).arg(minimum);
    }
    void report()
    {
        for (const QString &f : std::as_const(m_failures))
            qWarning("%s", qPrintable(f));
        const int n = int(m_failures.size());
        m_failures.clear();
        QVERIFY2(n == 0, qPrintable(QStringLiteral("%1 colour pair(s) below WCAG AA (listed above)").arg(n)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // As ui/application.cpp sets it.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(accessibility::applicationPalette(QApplication::style()));
    }

    void ratioIsWcags()
    {
        QCOMPARE(contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(contrastRatio(Qt::white, Qt::white), 1.0);
        QVERIFY(std::abs(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
    }

    void inkOnTheBackgroundsItIsPaintedOn()
    {
        const QPalette pal = QApplication::palette();
        const QList<QPair<QString, QColor>> backgrounds = {
            {QStringLiteral("white"), Qt::white},
            {QStringLiteral("window"), pal.color(QPalette::Window)},
            {QStringLiteral("base"), pal.color(QPalette::Base)},
            {QStringLiteral("alternate rows"), pal.color(QPalette::AlternateBase)},
            {QStringLiteral("graph canvas"), QColor(0xFB, 0xFB, 0xFC)},
            {QStringLiteral("proposal canvas"), QColor(0xFA, 0xFB, 0xFC)},
            {QStringLiteral("matrix band"), QColor(0xFA, 0xFA, 0xFB)},
            {QStringLiteral("matrix hover row"), QColor(0xDB, 0xEA, 0xFE)},
            {QStringLiteral("flow label"), composite(QColor(255, 255, 255, 225), colours::edge())},
        };
        const QList<QPair<QString, QColor>> inks = {
            {QStringLiteral("ink"), colours::ink()},
            {QStringLiteral("muted ink"), colours::mutedInk()},
            {QStringLiteral("warning"), colours::warningInk()},
            {QStringLiteral("error"), colours::errorInk()},
            {QStringLiteral("positive"), colours::positiveInk()},
        };
        for (const auto &ink : inks)
            for (const auto &bg : backgrounds)
                expect(ink.first + QStringLiteral(" on ") + bg.first, ink.second, bg.second);
        // Lines and arrows that carry a flow or a selection: 3:1.
        expect(QStringLiteral("flow line"), colours::edge(), QColor(0xFB, 0xFB, 0xFC), kGraphicContrastAA);
        expect(QStringLiteral("selected outline"), QColor(0x25, 0x63, 0xEB), QColor(0xFB, 0xFB, 0xFC), kGraphicContrastAA);
        report();
    }

    void labelsOverEveryPaletteColour()
    {
        for (const QColor &c : capabilityColours()) {
            // Standard bricks: the label colour is chosen for the fill.
            expect(QStringLiteral("label on capability colour"), textColourOn(c), c);
            // Bespoke bricks are a lighter tint, hatched, with a white backing under the label.
            const QColor tint(int(c.red() + (255 - c.red()) * 0.45), int(c.green() + (255 - c.green()) * 0.45),
                              int(c.blue() + (255 - c.blue()) * 0.45));
            expect(QStringLiteral("treemap bespoke label"), colours::ink(), composite(QColor(255, 255, 255, 190), tint));
            expect(QStringLiteral("treemap bespoke label on hatching"), colours::ink(),
                   composite(QColor(255, 255, 255, 190), c.darker(110)));
            // The intensity scale of the DNA matrix and the similarity views.
            for (int step = 0; step <= 20; ++step) {
                const QColor cell = intensityColour(c, step / 20.0);
                expect(QStringLiteral("label on intensity %1").arg(step / 20.0), textColourOn(cell), cell);
            }
        }
        // Treemap services and unmapped spend: ink on pale tones.
        for (const QColor &tone : {QColor(0xDB, 0xE4, 0xF0), QColor(0xE4, 0xEA, 0xE0), QColor(0xF0, 0xE6, 0xDA),
                                   QColor(0xE8, 0xE0, 0xEE), QColor(0xDD, 0xEC, 0xEA), QColor(0xEE, 0xEE, 0xEE)})
            expect(QStringLiteral("treemap service label"), colours::ink(), tone);
        report();
    }

    void styleTextPairs()
    {
        const QPalette pal = QApplication::palette();
        const QList<QPair<QPalette::ColorRole, QPalette::ColorRole>> pairs = {
            {QPalette::WindowText, QPalette::Window}, {QPalette::Text, QPalette::Base},
            {QPalette::Text, QPalette::AlternateBase}, {QPalette::ButtonText, QPalette::Button},
            {QPalette::HighlightedText, QPalette::Highlight}, {QPalette::ToolTipText, QPalette::ToolTipBase},
            {QPalette::PlaceholderText, QPalette::Base}, {QPalette::Link, QPalette::Base}};
        for (const auto &p : pairs)
            expect(QStringLiteral("style role %1 on %2").arg(int(p.first)).arg(int(p.second)), pal.color(p.first),
                   pal.color(p.second));
        report();
    }

    // Every `color:#rrggbb` in a style sheet or rich text of the sources, on the window grey
    // (labels), on white (text browsers, tooltips) and on its own `background:` if it sets one.
    void styleSheetAndRichTextColours()
    {
        const QString sourceDir = test::sourceDir();
        if (sourceDir.isEmpty())
            QSKIP("LIVEDNA_SOURCE_DIR is not set (run through ctest)");
        const QRegularExpression colour(QStringLiteral("(?<![-\\w])color\\s*:\\s*#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\\b"));
        const QRegularExpression background(QStringLiteral("background(?:-color)?\\s*:\\s*#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\\b"));
        const QColor window = QApplication::palette().color(QPalette::Window);
        int found = 0;
        for (const QString &dir : {QStringLiteral("ui"), QStringLiteral("core")}) {
            QDirIterator it(sourceDir + QLatin1Char('/') + dir, {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
                for (int i = 0; i < lines.size(); ++i) {
                    const QString &line = lines.at(i);
                    const QString where = QStringLiteral("%1:%2").arg(path.mid(sourceDir.size() + 1)).arg(i + 1);
                    auto m = colour.globalMatch(line);
                    while (m.hasNext()) {
                        const QColor fg(QLatin1Char('#') + m.next().captured(1));
                        ++found;
                        expect(where, fg, window);
                        expect(where, fg, Qt::white);
                        const QRegularExpressionMatch bg = background.match(line);
                        if (bg.hasMatch())
                            expect(where, fg, QColor(QLatin1Char('#') + bg.captured(1)));
                    }
                }
            }
        }
        QVERIFY2(found > 20, "the sources' text colours were not found");
        report();
    }
};

QTEST_MAIN(TestGuiContrast)
#include "tst_gui_contrast.moc"
