#include "ui/area/headlinetext.h"

#include "core/models/figures.h"
#include "core/models/format.h"

#include <QLocale>

namespace livedna {

namespace {

const QString kMuted = QStringLiteral("<span style='color:#4b5563'>%1</span>");

QString line(const QString &label, const QString &text)
{
    return QStringLiteral("<b>%1</b> %2<br/>").arg(label.toHtmlEscaped(), text);
}

QString gbpOrUnknown(const std::optional<double> &v)
{
    return v ? Format::gbp(*v).toHtmlEscaped() : HeadlineText::tr("unknown");
}

} // namespace

QString HeadlineText::cite(const HeadlineOrg &h, const char *figure, const QStringList &more)
{
    QStringList ids;
    for (const QString &ref : h.refsOf(figure) + more) {
        const QString id = SourceRef::parse(ref).sourceId;
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    return ids.isEmpty() ? QString() : QStringLiteral(" ") + kMuted.arg(QStringLiteral("[%1]").arg(ids.join(QStringLiteral(", ")).toHtmlEscaped()));
}

QString HeadlineText::spendLines(const HeadlineOrg &h)
{
    QString net = gbpOrUnknown(h.netSpendGbp);
    if (h.netSpendGbp && h.netSpendUnknown > 0)
        net += QStringLiteral(" ") + kMuted.arg(tr("+ %n service(s) reporting nothing", nullptr, h.netSpendUnknown));
    QString out = line(tr("Net spend:"), net + cite(h, HeadlineOrg::FigureNetSpend));
    QString perHead;
    if (h.spendPerHeadGbp) {
        perHead = tr("%1 per resident (population %2)")
                      .arg(Format::gbpFull(*h.spendPerHeadGbp).toHtmlEscaped(), QLocale().toString(*h.population))
                  + cite(h, HeadlineOrg::FigurePopulation);
    } else {
        perHead = h.orgKind == OrgKind::NhsTrust ? tr("unknown: no population from a named source for a trust's catchment")
                                                 : tr("unknown");
    }
    out += line(tr("Spend per head:"), perHead);
    out += peerLine(h);
    return out;
}

QString HeadlineText::peerLine(const HeadlineOrg &h)
{
    if (!h.spendPerHeadGbp)
        return QString();
    // Why no comparison was made is among the unknowns below.
    if (!h.peerComparison || !h.peerComparison->medianPerHeadGbp)
        return line(tr("Against its peers:"), kMuted.arg(tr("no comparison (see what is unknown below)")));
    const HeadlinePeerComparison &p = *h.peerComparison;
    QString text = p.position.isEmpty() ? QString() : p.position.toHtmlEscaped() + QStringLiteral("; ");
    text += tr("median %1 per resident among %n peer(s)", nullptr, p.peers).arg(gbpOrUnknown(p.medianPerHeadGbp));
    if (p.lowPerHeadGbp && p.highPerHeadGbp)
        text += tr(", middle half %1–%2").arg(Format::gbp(*p.lowPerHeadGbp).toHtmlEscaped(), Format::gbp(*p.highPerHeadGbp).toHtmlEscaped());
    if (p.p10PerHeadGbp && p.p90PerHeadGbp)
        text += tr(", 10th to 90th percentile %1–%2").arg(Format::gbp(*p.p10PerHeadGbp).toHtmlEscaped(), Format::gbp(*p.p90PerHeadGbp).toHtmlEscaped());
    if (p.rank)
        text += tr("; ranked %1 (1 = the lowest spend per head)").arg(*p.rank);
    text += QStringLiteral(" ") + kMuted.arg(QStringLiteral("(%1, %2)").arg(p.peerGroup.toHtmlEscaped(), p.period.toHtmlEscaped()));
    if (!p.note.isEmpty())
        text += QStringLiteral(" ") + kMuted.arg(p.note.toHtmlEscaped());
    return line(tr("Against its peers:"), text + cite(h, HeadlineOrg::FigurePeers, p.sources));
}

QString HeadlineText::splitLines(const HeadlineOrg &h)
{
    QString reported = tr("frontline %1 · overhead %2").arg(gbpOrUnknown(h.reported.frontlineGbp()), gbpOrUnknown(h.reported.overheadGbp()));
    if (h.reported.unclassifiedGbp())
        reported += tr(" · unclassified %1").arg(Format::gbp(*h.reported.unclassifiedGbp()).toHtmlEscaped());
    if (h.reported.unknown > 0)
        reported += QStringLiteral(" ") + kMuted.arg(tr("+ %n unknown", nullptr, h.reported.unknown));
    QString out = line(tr("Reported:"), reported + cite(h, HeadlineOrg::FigureReportedSplit));
    const QString mapped = h.isMapped()
                               ? tr("frontline %1 · overhead %2 (%n brick(s)", nullptr, h.mapped.bricks)
                                         .arg(Format::gbp(h.mapped.frontline).toHtmlEscaped(), Format::gbp(h.mapped.overhead).toHtmlEscaped())
                                     + tr(", %n bespoke)", nullptr, h.mapped.bespoke) + cite(h, HeadlineOrg::FigureMappedSplit)
                               : kMuted.arg(tr("not mapped into bricks yet"));
    return out + line(tr("Mapped into bricks:"), mapped);
}

QString HeadlineText::systemsLine(const HeadlineOrg &h)
{
    if (h.systems.isEmpty())
        return line(tr("Separately run systems:"), kMuted.arg(tr("none recorded in the commons")));
    QStringList parts;
    for (const HeadlineSystem &s : h.systems) {
        const QString what = s.productName.isEmpty() ? s.name : s.productName;
        parts << tr("%1 (%2)").arg(what.toHtmlEscaped(), s.capabilityName.toHtmlEscaped());
    }
    return line(tr("Separately run systems:"), QStringLiteral("%1 · %2").arg(QString::number(h.systems.size()), parts.join(QStringLiteral(", ")))
                                                    + cite(h, HeadlineOrg::FigureSystems));
}

QString HeadlineText::savingsLines(const HeadlineOrg &h)
{
    if (h.savings.isEmpty())
        return line(tr("Largest estimated savings:"), kMuted.arg(tr("none estimated (see what is unknown below)")));
    QStringList parts;
    for (const HeadlineSaving &s : h.savings) {
        parts << tr("%1: %2–%3 a year (central %4)")
                     .arg(s.capabilityName.toHtmlEscaped(), Format::gbp(s.rangeGbp.low).toHtmlEscaped(),
                          Format::gbp(s.rangeGbp.high).toHtmlEscaped(), Format::gbp(s.rangeGbp.central).toHtmlEscaped());
    }
    return line(tr("Largest estimated savings:"), parts.join(QStringLiteral("; ")) + cite(h, HeadlineOrg::FigureSavings));
}

QString HeadlineText::footer(const HeadlineOrg &h)
{
    QString out = kMuted.arg(tr("Figures for %1 (latest document %2).")
                                 .arg(h.figurePeriods.join(QStringLiteral(", ")).toHtmlEscaped(), h.period.toHtmlEscaped()));
    if (!h.unknowns.isEmpty()) {
        out += QStringLiteral("<br/>") + kMuted.arg(tr("Unknown: %1").arg(h.unknowns.join(QStringLiteral(" ")).toHtmlEscaped()));
    }
    QStringList sources;
    for (const Source &s : h.sources)
        sources << QStringLiteral("[%1] %2").arg(s.id.toHtmlEscaped(), Figures::describeSource(s).toHtmlEscaped());
    if (!sources.isEmpty())
        out += QStringLiteral("<br/>") + kMuted.arg(tr("Sources: %1").arg(sources.join(QStringLiteral("; "))));
    return out;
}

QString HeadlineText::html(const HeadlineOrg &h)
{
    return spendLines(h) + splitLines(h) + systemsLine(h) + savingsLines(h) + footer(h);
}

} // namespace livedna
