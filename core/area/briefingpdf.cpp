// The briefing as an A4 PDF drawn with QPainter: text drawn line by line, top to bottom,
// so it extracts in reading order; each chart is pure graphics beside its organisation's
// figures (its words are in the figures and the legend), so it never splits their text.
#include "core/area/briefing.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextOption>

namespace livedna {

namespace {

const QColor frontlineColour(0x2e, 0x7d, 0x32);
const QColor overheadColour(0x1f, 0x5f, 0xa8);
const QColor unclassifiedColour(0x9e, 0x9e, 0x9e);
const QColor greyText(0x44, 0x44, 0x44);

QColor colourOf(BriefingBar::Part part)
{
    switch (part) {
    case BriefingBar::Frontline:
        return frontlineColour;
    case BriefingBar::Overhead:
        return overheadColour;
    case BriefingBar::Unclassified:
        break;
    }
    return unclassifiedColour;
}

struct TextStyle
{
    double size = 9;
    bool bold = false;
    QColor colour = Qt::black;
};

// A top-to-bottom page composer in points (the writer runs at 72 dpi) whose type is scaled
// by `scale`, so the briefing can be set smaller until it fits two pages.
class Composer
{
public:
    Composer(QPdfWriter *writer, QPainter *painter, double scale)
        : m_writer(writer)
        , m_painter(painter)
        , m_scale(scale)
    {
        m_page = QRectF(QPointF(0, 0), writer->pageLayout().paintRect(QPageLayout::Point).size());
        m_option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    }

    int pages() const { return m_pages; }
    double width() const { return m_page.width(); }
    double scale() const { return m_scale; }
    double y() const { return m_y; }

    double measure(const QString &text, const TextStyle &style, double width)
    {
        setFont(style);
        return m_painter->boundingRect(QRectF(0, 0, width, 1e6), text, m_option).height();
    }
    // Starts a new page unless `height` still fits on this one.
    void ensure(double height)
    {
        if (m_y > 0 && m_y + height > m_page.height()) {
            m_writer->newPage();
            ++m_pages;
            m_y = 0;
        }
    }
    void skip(double points) { m_y += points * m_scale; }
    // Draws wrapped text at (x, y) and returns its height, leaving the cursor alone.
    double textAt(double x, double y, double width, const QString &text, const TextStyle &style)
    {
        const double h = measure(text, style, width);
        m_painter->setPen(style.colour);
        m_painter->drawText(QRectF(x, y, width, h), text, m_option);
        return h;
    }
    void text(const QString &text, const TextStyle &style, double after = 2)
    {
        if (text.isEmpty())
            return;
        ensure(measure(text, style, width()));
        m_y += textAt(0, m_y, width(), text, style) + after * m_scale;
    }
    void rule()
    {
        m_painter->setPen(QPen(QColor(0x99, 0x99, 0x99), 0.5));
        m_painter->drawLine(QPointF(0, m_y), QPointF(width(), m_y));
        m_y += 3 * m_scale;
    }
    QPainter *painter() { return m_painter; }
    void advanceTo(double y) { m_y = y; }
    TextStyle style(double size, bool bold = false, const QColor &colour = Qt::black) const
    {
        return {size * m_scale, bold, colour};
    }

private:
    void setFont(const TextStyle &style)
    {
        QFont f = m_painter->font();
        f.setPointSizeF(style.size);
        f.setBold(style.bold);
        // No ligatures: "fi" and "ffi" stay two and three letters in the PDF's text, so
        // "Sheffield" extracts as Sheffield, not as "She\ufb03eld" (Latin needs no shaping).
        f.setStyleStrategy(QFont::PreferNoShaping);
        m_painter->setFont(f);
    }

    QPdfWriter *m_writer;
    QPainter *m_painter;
    double m_scale;
    QRectF m_page;
    QTextOption m_option;
    double m_y = 0;
    int m_pages = 1;
};

void drawChart(QPainter *p, const QRectF &area, const QList<BriefingBar> &bars)
{
    double scale = 0;
    for (const BriefingBar &b : bars)
        scale = std::max(scale, b.total());
    const double barHeight = std::min(10.0, area.height() / std::max<qsizetype>(1, bars.size()) - 3);
    for (int i = 0; i < bars.size(); ++i) {
        const BriefingBar &b = bars.at(i);
        const double y = area.top() + i * (barHeight + 3);
        if (b.unknown() || scale <= 0) {
            p->setPen(QPen(unclassifiedColour, 0.6, Qt::DashLine));
            p->setBrush(Qt::NoBrush);
            p->drawRect(QRectF(area.left(), y, area.width(), barHeight));
            continue;
        }
        double x = area.left();
        p->setPen(Qt::NoPen);
        for (const auto &part : b.parts) {
            const double w = part.second / scale * area.width();
            p->setBrush(colourOf(part.first));
            p->drawRect(QRectF(x, y, w, barHeight));
            x += w;
        }
    }
    p->setBrush(Qt::NoBrush);
}

// One organisation: name, subheading, figures beside the chart, then what is unknown.
void drawOrg(Composer &c, const BriefingOrg &o)
{
    const double chartWidth = 120 * c.scale();
    const double gap = 10 * c.scale();
    const double factsWidth = c.width() - chartWidth - gap;
    const TextStyle heading = c.style(10.5, true), sub = c.style(7.5, false, greyText), fact = c.style(8.5),
                    unknown = c.style(7.5, false, greyText);
    double factsHeight = 0;
    for (const QString &f : o.facts)
        factsHeight += c.measure(f, fact, factsWidth) + 1.5 * c.scale();
    const double block = c.measure(o.heading, heading, c.width()) + c.measure(o.subheading, sub, c.width()) + factsHeight
                         + c.measure(o.unknown, unknown, c.width()) + 12 * c.scale();
    c.ensure(block);
    c.skip(4);
    c.text(o.heading, heading, 0.5);
    c.text(o.subheading, sub, 2);
    const double top = c.y();
    double y = top;
    for (const QString &f : o.facts)
        y += c.textAt(0, y, factsWidth, f, fact) + 1.5 * c.scale();
    drawChart(c.painter(), QRectF(factsWidth + gap, top + 2 * c.scale(), chartWidth, 26 * c.scale()), o.chart);
    c.advanceTo(std::max(y, top + 30 * c.scale()));
    c.text(o.unknown, unknown, 2);
}

void drawSection(Composer &c, const QString &heading, const QList<BriefingOrg> &orgs)
{
    if (orgs.isEmpty())
        return;
    c.ensure(60 * c.scale());
    c.skip(6);
    c.text(heading, c.style(12, true), 1);
    c.rule();
    for (const BriefingOrg &o : orgs)
        drawOrg(c, o);
}

void drawDocument(Composer &c, const BriefingDocument &d)
{
    c.text(d.title, c.style(15, true), 2);
    c.text(d.mp, c.style(11.5, true), 3);
    c.text(d.summary, c.style(9), 2);
    c.text(d.dataDate, c.style(8, false, greyText), 2);
    c.text(d.legend, c.style(8, false, greyText), 2);
    drawSection(c, d.councilsHeading, d.councils);
    drawSection(c, d.trustsHeading, d.trusts);
    if (!d.unknown.isEmpty()) {
        c.skip(6);
        c.text(d.unknownHeading, c.style(12, true), 1);
        c.rule();
        for (const QString &u : d.unknown)
            c.text(QStringLiteral("• ") + u, c.style(8), 1.5);
    }
    c.skip(6);
    c.text(d.sourcesHeading, c.style(12, true), 1);
    c.rule();
    for (const BriefingSource &s : d.sources)
        c.text(QStringLiteral("[%1] %2%3").arg(s.number).arg(s.text, s.url.isEmpty() ? QString() : Briefing::tr(" Copy used: %1").arg(s.url)),
               c.style(7), 1.5);
    c.text(d.areaSources, c.style(7, false, greyText), 2);
    c.skip(4);
    c.text(d.redesignHeading, c.style(12, true), 1);
    c.rule();
    c.text(d.redesign, c.style(8.5), 4);
    c.text(d.footer, c.style(7, false, greyText), 0);
}

// The document at one scale of type; *pages gets how many pages it took.
QByteArray renderAt(const BriefingDocument &d, double scale, int *pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(36, 34, 36, 34), QPageLayout::Point);
        writer.setResolution(72);
        writer.setTitle(d.title);
        writer.setCreator(QStringLiteral("LiveDNA"));
        QPainter painter(&writer);
        Composer c(&writer, &painter, scale);
        drawDocument(c, d);
        *pages = c.pages();
    }
    return bytes;
}

} // namespace

Result<QByteArray> Briefing::toPdf(const BriefingDocument &doc)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Result<QByteArray>::failure(QString(), QString(), tr("Writing a PDF needs fonts, and so a QGuiApplication."));
    // Two pages at most: set the type smaller, step by step, until the whole briefing fits.
    for (double scale : {1.0, 0.93, 0.86, 0.8, 0.74, 0.68}) {
        int pages = 0;
        QByteArray bytes = renderAt(doc, scale, &pages);
        if (pages <= 2)
            return bytes;
    }
    return Result<QByteArray>::failure(QString(), QString(),
                                       tr("The briefing does not fit on two pages even in small type: too many "
                                          "organisations serve this constituency."));
}

} // namespace livedna
