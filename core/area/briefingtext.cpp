// The briefing as Markdown and as HTML (XHTML5 polyglot: both an HTML and an XML parser
// accept it). The HTML's charts are SVG images inside the file (data: URIs), so it loads
// nothing from anywhere and carries no script.
#include "core/area/briefing.h"
#include "core/models/format.h"

#include <QColor>

#include <cmath>

namespace livedna {

namespace {

QString partColour(BriefingBar::Part part)
{
    switch (part) {
    case BriefingBar::Frontline:
        return QStringLiteral("#2e7d32");
    case BriefingBar::Overhead:
        return QStringLiteral("#1f5fa8");
    case BriefingBar::Unclassified:
        break;
    }
    return QStringLiteral("#9e9e9e");
}

double chartScale(const QList<BriefingBar> &bars)
{
    double most = 0;
    for (const BriefingBar &b : bars)
        most = std::max(most, b.total());
    return most;
}

// ---- Markdown ----

QString md(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('*') || c == QLatin1Char('_') || c == QLatin1Char('`')
            || c == QLatin1Char('<'))
            out += QLatin1Char('\\');
        out += c;
    }
    return Format::terminalText(out);
}

// A bar as text: one character per 2.5% of the organisation's scale.
QString textBar(const BriefingBar &bar, double scale)
{
    const int width = 40;
    if (bar.unknown() || scale <= 0)
        return Briefing::tr("unknown");
    QString s;
    for (const auto &p : bar.parts) {
        const int n = std::max(1, int(std::lround(p.second / scale * width)));
        const QChar fill = p.first == BriefingBar::Frontline ? QChar(0x2588) : p.first == BriefingBar::Overhead ? QChar(0x2592) : QChar(0x2591);
        s += QString(n, fill);
    }
    return s;
}

void mdOrg(QString *s, const BriefingOrg &o)
{
    *s += QStringLiteral("### %1\n\n%2\n\n").arg(md(o.heading), md(o.subheading));
    for (const QString &f : o.facts)
        *s += QStringLiteral("- %1\n").arg(md(f));
    const double scale = chartScale(o.chart);
    *s += QStringLiteral("\n```text\n");
    for (const BriefingBar &b : o.chart)
        *s += QStringLiteral("%1  %2\n").arg(b.label.leftJustified(10), textBar(b, scale));
    *s += QStringLiteral("```\n\n");
    if (!o.unknown.isEmpty())
        *s += md(o.unknown) + QStringLiteral("\n\n");
}

// ---- HTML ----

QString esc(const QString &text)
{
    return Format::xmlText(text).toHtmlEscaped();
}

QString svgChart(const BriefingOrg &o)
{
    const double width = 300, barHeight = 12, gap = 4;
    const double scale = chartScale(o.chart);
    const double height = o.chart.size() * (barHeight + gap);
    QString s = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\">"
                               "<title>%3</title>")
                    .arg(width)
                    .arg(height)
                    .arg(esc(o.chartTitle));
    for (int i = 0; i < o.chart.size(); ++i) {
        const BriefingBar &b = o.chart.at(i);
        const double y = i * (barHeight + gap) + 1;
        if (b.unknown() || scale <= 0) {
            s += QStringLiteral("<rect x=\"0.5\" y=\"%1\" width=\"%2\" height=\"%3\" fill=\"none\" stroke=\"#9e9e9e\" "
                                "stroke-dasharray=\"3 2\"/>")
                     .arg(y)
                     .arg(width - 1)
                     .arg(barHeight);
            continue;
        }
        double x = 0;
        for (const auto &p : b.parts) {
            const double w = p.second / scale * (width - 1);
            s += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"/>")
                     .arg(x, 0, 'f', 2)
                     .arg(y)
                     .arg(w, 0, 'f', 2)
                     .arg(barHeight)
                     .arg(partColour(p.first));
            x += w;
        }
    }
    return s + QStringLiteral("</svg>");
}

void htmlOrg(QString *s, const BriefingOrg &o)
{
    *s += QStringLiteral("<div class=\"org\">\n<h3>%1</h3>\n<p class=\"sub\">%2</p>\n")
              .arg(esc(o.heading), esc(o.subheading));
    const QByteArray svg = svgChart(o).toUtf8();
    *s += QStringLiteral("<img class=\"chart\" width=\"300\" height=\"%1\" alt=\"%2\" src=\"data:image/svg+xml;base64,%3\"/>\n")
              .arg(o.chart.size() * 16)
              .arg(esc(o.chartTitle), QString::fromLatin1(svg.toBase64()));
    *s += QStringLiteral("<ul>\n");
    for (const QString &f : o.facts)
        *s += QStringLiteral("<li>%1</li>\n").arg(esc(f));
    *s += QStringLiteral("</ul>\n");
    if (!o.unknown.isEmpty())
        *s += QStringLiteral("<p class=\"unknown\">%1</p>\n").arg(esc(o.unknown));
    *s += QStringLiteral("</div>\n");
}

const char *const htmlStyle =
    "@page { size: A4; margin: 14mm; }\n"
    "body { font-family: sans-serif; font-size: 9.5pt; line-height: 1.3; color: #111; max-width: 48em; margin: 1em auto; }\n"
    "h1 { font-size: 15pt; margin: 0 0 0.2em; } h2 { font-size: 11.5pt; margin: 0.9em 0 0.3em; "
    "border-bottom: 1px solid #999; } h3 { font-size: 10pt; margin: 0.6em 0 0.1em; }\n"
    ".mp { font-size: 11pt; font-weight: bold; margin: 0; } .sub, .data, .unknown, .legend, .footer { color: #444; "
    "font-size: 8.5pt; margin: 0.1em 0; }\n"
    ".org { break-inside: avoid; } .org ul { margin: 0.2em 0; padding-left: 1.2em; } .chart { display: block; margin: 0.2em 0; }\n"
    "ol.sources { font-size: 8pt; padding-left: 1.6em; } ol.sources li { overflow-wrap: anywhere; }\n";

void htmlHead(QString *s, const BriefingDocument &d)
{
    const QString lang = Briefing::tr("en", "language code of the briefing (BCP 47)");
    *s += QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"%1\" xml:lang=\"%1\">\n<head>\n"
                         "<meta charset=\"utf-8\"/>\n<title>%2</title>\n<style>\n%3</style>\n</head>\n<body>\n")
              .arg(esc(lang), esc(d.title), QString::fromLatin1(htmlStyle));
}

void htmlSection(QString *s, const QString &heading, const QList<BriefingOrg> &orgs)
{
    if (orgs.isEmpty())
        return;
    *s += QStringLiteral("<h2>%1</h2>\n").arg(esc(heading));
    for (const BriefingOrg &o : orgs)
        htmlOrg(s, o);
}

} // namespace

QByteArray Briefing::toMarkdown(const BriefingDocument &d)
{
    QString s = QStringLiteral("# %1\n\n**%2**\n\n%3\n\n%4\n\n").arg(md(d.title), md(d.mp), md(d.summary), md(d.dataDate));
    s += md(d.legend) + QStringLiteral("\n\n");
    for (const auto &[heading, orgs] : {std::pair{d.councilsHeading, &d.councils}, std::pair{d.trustsHeading, &d.trusts}}) {
        if (orgs->isEmpty())
            continue;
        s += QStringLiteral("## %1\n\n").arg(md(heading));
        for (const BriefingOrg &o : *orgs)
            mdOrg(&s, o);
    }
    if (!d.unknown.isEmpty()) {
        s += QStringLiteral("## %1\n\n").arg(md(d.unknownHeading));
        for (const QString &u : d.unknown)
            s += QStringLiteral("- %1\n").arg(md(u));
        s += QLatin1Char('\n');
    }
    s += QStringLiteral("## %1\n\n").arg(md(d.sourcesHeading));
    for (const BriefingSource &src : d.sources)
        s += QStringLiteral("%1. %2%3\n")
                 .arg(src.number)
                 .arg(md(src.text), src.url.isEmpty() ? QString() : Briefing::tr(" Copy used: <%1>").arg(Format::terminalText(src.url)));
    s += QStringLiteral("\n%1\n\n## %2\n\n%3\n\n_%4_\n").arg(md(d.areaSources), md(d.redesignHeading), md(d.redesign), md(d.footer));
    return s.toUtf8();
}

QByteArray Briefing::toHtml(const BriefingDocument &d)
{
    QString s;
    htmlHead(&s, d);
    s += QStringLiteral("<h1>%1</h1>\n<p class=\"mp\">%2</p>\n<p>%3</p>\n<p class=\"data\">%4</p>\n<p class=\"legend\">%5</p>\n")
             .arg(esc(d.title), esc(d.mp), esc(d.summary), esc(d.dataDate), esc(d.legend));
    htmlSection(&s, d.councilsHeading, d.councils);
    htmlSection(&s, d.trustsHeading, d.trusts);
    if (!d.unknown.isEmpty()) {
        s += QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(esc(d.unknownHeading));
        for (const QString &u : d.unknown)
            s += QStringLiteral("<li>%1</li>\n").arg(esc(u));
        s += QStringLiteral("</ul>\n");
    }
    s += QStringLiteral("<h2>%1</h2>\n<ol class=\"sources\">\n").arg(esc(d.sourcesHeading));
    for (const BriefingSource &src : d.sources)
        s += QStringLiteral("<li value=\"%1\">%2%3</li>\n")
                 .arg(src.number)
                 .arg(esc(src.text), src.url.isEmpty() ? QString() : esc(Briefing::tr(" Copy used: %1").arg(src.url)));
    s += QStringLiteral("</ol>\n<p class=\"data\">%1</p>\n<h2>%2</h2>\n<p>%3</p>\n<p class=\"footer\">%4</p>\n</body>\n</html>\n")
             .arg(esc(d.areaSources), esc(d.redesignHeading), esc(d.redesign), esc(d.footer));
    return s.toUtf8();
}

} // namespace livedna
