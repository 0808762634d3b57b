#include "core/models/figures.h"

#include "core/models/format.h"

#include <QLocale>

#include <cmath>

namespace livedna {

OrgFigures organisationFigures(const Organisation &org, const Catalogue &catalogue)
{
    OrgFigures f;
    for (const Service &s : org.services) {
        f.mapped += measureService(s, catalogue);
        f.systems += int(s.systems.size());
        if (!s.period.isEmpty() && s.period != org.period && !f.otherPeriods.contains(s.period))
            f.otherPeriods.append(s.period);
        for (const BrickInstance &b : s.bricks)
            f.estimatedBricks += b.basis == Basis::Estimated ? 1 : 0;
        if (!s.reportedCostGbp) {
            ++f.unknown; // "£4.2m + 3 unknown": counted, never added as 0
            continue;
        }
        ++f.reportedServices;
        if (!s.layer)
            f.reportedUnclassified += *s.reportedCostGbp;
        else if (*s.layer == Layer::Frontline)
            f.reportedFrontline += *s.reportedCostGbp;
        else
            f.reportedOverhead += *s.reportedCostGbp;
    }
    return f;
}

std::optional<YearChange> serviceChange(const Service &service, const Organisation *previous)
{
    if (!previous || !service.reportedCostGbp)
        return std::nullopt;
    const Service *before = previous->service(service.id);
    if (!before || !before->reportedCostGbp)
        return std::nullopt;
    YearChange c;
    c.previousPeriod = before->period.isEmpty() ? previous->period : before->period;
    c.previous = *before->reportedCostGbp;
    c.current = *service.reportedCostGbp;
    if (c.previous != 0.0)
        c.ratio = (c.current - c.previous) / std::abs(c.previous);
    return c;
}

QString Figures::knownPlusUnknown(std::optional<double> known, int unknown)
{
    if (!known)
        return unknown > 0 ? tr("%n unknown", nullptr, unknown) : tr("unknown");
    if (unknown <= 0)
        return Format::gbp(*known);
    return tr("%1 + %n unknown", nullptr, unknown).arg(Format::gbp(*known));
}

QString Figures::layerLabel(std::optional<Layer> layer)
{
    if (!layer)
        return tr("Unclassified");
    return *layer == Layer::Frontline ? tr("Frontline") : tr("Overhead");
}

QString Figures::changeShort(const YearChange &change)
{
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    if (change.ratio) {
        const double pct = *change.ratio * 100.0;
        const QString sign = pct > 0 ? QStringLiteral("+") : (pct < 0 ? QStringLiteral("−") : QString());
        return tr("%1%2%").arg(sign, locale.toString(std::abs(pct), 'f', 1));
    }
    const double diff = change.current - change.previous;
    return (diff >= 0 ? QStringLiteral("+") : QString()) + Format::gbp(diff);
}

QString Figures::change(const YearChange &change)
{
    return tr("%1 on %2").arg(changeShort(change), change.previousPeriod);
}

QString Figures::reportedHtml(const Reported &r)
{
    // Short money (£409.4m): the detail panel is narrow at 1024 px, and full pounds wrapped
    // mid-number there. The exact figure is in the service's Reported cell and the source.
    auto line = [](const QString &label, const std::optional<double> &v) {
        return QStringLiteral("<tr><td style='color:#4b5563'>%1</td><td align='right'>%2</td></tr>")
            .arg(label.toHtmlEscaped(), v ? Format::gbp(*v).toHtmlEscaped() : tr("not published"));
    };
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    html += line(tr("Employees"), r.employeesGbp);
    html += line(tr("Running costs"), r.runningGbp);
    html += line(tr("Income"), r.incomeGbp);
    html += line(tr("Net expenditure"), r.netGbp);
    html += QStringLiteral("</table>");
    html += tr("<p style='color:#4b5563'>Income is sales, fees and charges and other income, as published.</p>");
    if (r.netGbp && *r.netGbp < 0)
        html += tr("<p>Net expenditure is negative: income was above spending.</p>");
    return html;
}

QString Figures::describeSource(const Source &s)
{
    QStringList parts{s.title.isEmpty() ? s.id : s.title};
    if (!s.publisher.isEmpty())
        parts << s.publisher;
    if (!s.licence.isEmpty())
        parts << tr("licence %1").arg(s.licence);
    return parts.join(QStringLiteral(" · "));
}

QString Figures::sourcesList(const QList<Source> &sources)
{
    if (sources.isEmpty())
        return tr("This document lists no sources: its figures are not traced to a published row.");
    QStringList lines{tr("Figures from (each figure's own row is in its tooltip and detail panel):")};
    for (const Source &s : sources)
        lines << QStringLiteral("• ") + describeSource(s);
    return lines.join(QLatin1Char('\n'));
}

QString Figures::sourceText(const QString &reference, const QList<Source> &sources, const QList<Source> &more)
{
    if (reference.isEmpty())
        return {};
    const SourceRef ref = SourceRef::parse(reference);
    const Source *s = findSource(sources, ref.sourceId);
    if (!s)
        s = findSource(more, ref.sourceId);
    if (!s)
        return tr("Source: %1 (not listed in the document's sources)").arg(reference);
    return tr("Source: %1\nRow: %2").arg(describeSource(*s), ref.locator);
}

QString Figures::sourceHtml(const QString &reference, const QList<Source> &sources, const QList<Source> &more)
{
    if (reference.isEmpty())
        return tr("<span style='color:#92400e'>No source stated</span>");
    const SourceRef ref = SourceRef::parse(reference);
    const Source *s = findSource(sources, ref.sourceId);
    if (!s)
        s = findSource(more, ref.sourceId);
    if (!s)
        return tr("%1 <span style='color:#92400e'>(not listed in the document's sources)</span>").arg(reference.toHtmlEscaped());
    QString title = s->title.isEmpty() ? s->id : s->title;
    title = s->url.isEmpty() ? title.toHtmlEscaped()
                             : QStringLiteral("<a href='%1'>%2</a>").arg(s->url.toHtmlEscaped(), title.toHtmlEscaped());
    QStringList meta;
    if (!s->publisher.isEmpty())
        meta << s->publisher.toHtmlEscaped();
    if (!s->licence.isEmpty())
        meta << tr("licence %1").arg(s->licence.toHtmlEscaped());
    return tr("%1<br/><span style='color:#4b5563'>%2</span><br/>Row: %3")
        .arg(title, meta.join(QStringLiteral(" · ")), ref.locator.toHtmlEscaped());
}

QString Figures::reportedSplitText(const OrgFigures &f)
{
    QStringList parts;
    if (f.reportedFrontline != 0.0)
        parts << tr("frontline %1").arg(Format::gbp(f.reportedFrontline));
    if (f.reportedOverhead != 0.0)
        parts << tr("overhead %1").arg(Format::gbp(f.reportedOverhead));
    if (f.reportedUnclassified != 0.0)
        parts << tr("unclassified %1").arg(Format::gbp(f.reportedUnclassified));
    QString text = parts.join(QStringLiteral(" · "));
    if (f.unknown > 0)
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + tr("+ %n unknown", nullptr, f.unknown);
    return text;
}

QString Figures::organisationSummaryHtml(const Organisation &org, const OrgFigures &f)
{
    const QString muted = QStringLiteral("<span style='color:#4b5563'>%1</span>");
    QStringList lines;
    QString reported;
    if (f.hasReported()) {
        reported = tr("<b>Reported %1</b> %2").arg(org.period.toHtmlEscaped(), Format::gbp(f.reportedTotal()).toHtmlEscaped());
        const QString split = reportedSplitText(f);
        if (!split.isEmpty())
            reported += QStringLiteral(" ") + muted.arg(QStringLiteral("(") + split.toHtmlEscaped() + QStringLiteral(")"));
        if (f.reportedTotal() < 0)
            reported += QStringLiteral(" ") + tr("<span style='color:#047857'>net income: income above spending</span>");
    } else {
        reported = tr("<b>Reported %1</b> unknown").arg(org.period.toHtmlEscaped());
        if (f.unknown > 0)
            reported += QStringLiteral(" ") + muted.arg(tr("(%n service(s) publish no cost)", nullptr, f.unknown).toHtmlEscaped());
    }
    lines << reported;
    QString mapped;
    if (f.mapped.bricks > 0) {
        mapped = tr("<b>In bricks</b> %1").arg(Format::gbp(f.mapped.total).toHtmlEscaped());
        QStringList parts;
        if (f.mapped.total > 0)
            parts << tr("%1 frontline").arg(Format::percent(f.mapped.frontline / f.mapped.total));
        parts << tr("%n bespoke brick(s)", nullptr, f.mapped.bespoke);
        if (f.estimatedBricks > 0)
            parts << tr("%n estimated", nullptr, f.estimatedBricks);
        mapped += QStringLiteral(" ") + muted.arg(QStringLiteral("(") + parts.join(QStringLiteral(", ")).toHtmlEscaped() + QStringLiteral(")"));
    } else {
        mapped = tr("<b>In bricks</b> %1").arg(muted.arg(tr("not mapped yet")));
    }
    if (f.systems > 0)
        mapped += QStringLiteral(" · ") + tr("%n system(s), cost not published", nullptr, f.systems).toHtmlEscaped();
    lines << mapped;
    if (!f.otherPeriods.isEmpty()) {
        QStringList periods = f.otherPeriods;
        periods.sort();
        lines << QStringLiteral("<span style='color:#92400e'>%1</span>")
                     .arg(tr("some services' figures are of %1 (shown beside them)").arg(periods.join(QStringLiteral(", "))).toHtmlEscaped());
    }
    return lines.join(QStringLiteral(" &nbsp;·&nbsp; "));
}

} // namespace livedna
