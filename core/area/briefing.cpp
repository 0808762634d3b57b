#include "core/area/briefing.h"

#include "core/cache/cache.h"
#include "core/models/format.h"

#include <QDate>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSaveFile>

#include <algorithm>

namespace livedna {

namespace {

// The trusts a briefing lists: the ones serving at least this share of the residents.
constexpr double briefingMinTrustShare = 0.05;

// Numbers the sources in the order the briefing first cites them, and collects the rows
// of each that the figures use.
class SourceIndex
{
public:
    // " [1, 2]" for a figure's references; a figure that names none says so.
    QString marks(const QStringList &refs)
    {
        QList<int> numbers;
        for (const QString &ref : refs) {
            const SourceRef r = SourceRef::parse(ref);
            const QString id = r.sourceId.isEmpty() ? ref : r.sourceId;
            if (!m_number.contains(id)) {
                m_number.insert(id, int(m_order.size()) + 1);
                m_order.append(id);
            }
            const QString row = r.locator.section(QStringLiteral(", "), 0, 0).trimmed();
            if (!row.isEmpty() && !m_rows[id].contains(row))
                m_rows[id].append(row);
            if (!numbers.contains(m_number.value(id)))
                numbers.append(m_number.value(id));
        }
        if (numbers.isEmpty())
            return Briefing::tr(" (source not stated)");
        std::sort(numbers.begin(), numbers.end());
        QStringList parts;
        for (int n : std::as_const(numbers))
            parts.append(QString::number(n));
        return QStringLiteral(" [%1]").arg(parts.join(QStringLiteral(", ")));
    }

    QList<BriefingSource> sources(const QList<Source> &known) const;

private:
    QHash<QString, int> m_number;
    QStringList m_order;
    QHash<QString, QStringList> m_rows;
};

QList<BriefingSource> SourceIndex::sources(const QList<Source> &known) const
{
    QList<BriefingSource> out;
    for (int i = 0; i < m_order.size(); ++i) {
        const QString &id = m_order.at(i);
        const Source *s = findSource(known, id);
        QStringList parts;
        parts.append(s && !s->title.isEmpty() ? QStringLiteral("%1 (%2)").arg(s->title, id) : id);
        if (s && !s->publisher.isEmpty())
            parts.append(s->publisher);
        parts.append(s && !s->licence.isEmpty() ? Briefing::tr("Licence: %1").arg(s->licence)
                                                : Briefing::tr("Licence not stated"));
        if (s && !s->period.isEmpty())
            parts.append(Briefing::tr("Period: %1").arg(s->period));
        const QStringList rows = m_rows.value(id);
        if (!rows.isEmpty())
            parts.append(Briefing::tr("Rows used: %1").arg(rows.join(QStringLiteral("; "))));
        out.append({i + 1, id, parts.join(QStringLiteral(". ")) + QLatin1Char('.'), s ? s->url : QString()});
    }
    return out;
}

QString kindWords(const QString &kind)
{
    if (kind == QLatin1String("district"))
        return Briefing::tr("district council");
    if (kind == QLatin1String("unitary"))
        return Briefing::tr("unitary council");
    if (kind == QLatin1String("county"))
        return Briefing::tr("county council");
    return Briefing::tr("NHS acute trust");
}

QString subheading(const HeadlineOrg &o)
{
    const QString share = o.kind == QLatin1String("trust")
                              ? Briefing::tr("%1 of the residents live in its catchment").arg(Format::percent(o.share))
                              : Briefing::tr("%1 of the residents live in its area").arg(Format::percent(o.share));
    const QString years = o.figurePeriods.isEmpty() ? Briefing::tr("year of the figures unknown")
                                                    : Briefing::tr("figures for %1").arg(o.figurePeriods.join(QStringLiteral(", ")));
    return QStringLiteral("%1 · %2 · %3 · %4").arg(o.code, kindWords(o.kind), share, years);
}

QString spendFact(const HeadlineOrg &o, SourceIndex *src)
{
    QStringList parts;
    if (o.netSpendGbp) {
        QString s = Briefing::tr("Net spend %1%2").arg(Format::gbp(*o.netSpendGbp), src->marks(o.refsOf(HeadlineOrg::FigureNetSpend)));
        if (o.netSpendUnknown > 0)
            s += Briefing::tr(" (%n service(s) not reported)", nullptr, o.netSpendUnknown);
        parts.append(s);
    } else {
        parts.append(Briefing::tr("Net spend: unknown"));
    }
    if (o.spendPerHeadGbp && o.population)
        parts.append(Briefing::tr("%1 per head (population %2%3)")
                         .arg(Format::gbp(*o.spendPerHeadGbp), QLocale(QLocale::English, QLocale::UnitedKingdom).toString(*o.population),
                              src->marks(o.refsOf(HeadlineOrg::FigurePopulation))));
    else
        parts.append(Briefing::tr("per head: unknown"));
    if (o.peerComparison && o.peerComparison->medianPerHeadGbp) {
        const HeadlinePeerComparison &p = *o.peerComparison;
        QString peers = Briefing::tr("%1 among %n peer(s) (%2, %3): median %4", nullptr, p.peers)
                            .arg(p.position, p.peerGroup, p.period, Format::gbp(*p.medianPerHeadGbp));
        if (p.lowPerHeadGbp && p.highPerHeadGbp)
            peers += Briefing::tr(", middle half %1 to %2").arg(Format::gbp(*p.lowPerHeadGbp), Format::gbp(*p.highPerHeadGbp));
        parts.append(peers + src->marks(p.sources) + (p.note.isEmpty() ? QString() : QStringLiteral("; ") + p.note));
    }
    return parts.join(QStringLiteral(" · "));
}

QString amountOrUnknown(const std::optional<double> &v)
{
    return v ? Format::gbp(*v) : Briefing::tr("unknown");
}

QString splitFacts(const HeadlineOrg &o, SourceIndex *src)
{
    QString reported;
    if (!o.reported.total().value()) {
        reported = Briefing::tr("Reported frontline / overhead: unknown");
    } else {
        reported = Briefing::tr("Reported: frontline %1, overhead %2")
                       .arg(amountOrUnknown(o.reported.frontlineGbp()), amountOrUnknown(o.reported.overheadGbp()));
        if (o.reported.unclassifiedGbp())
            reported += Briefing::tr(", unclassified %1").arg(Format::gbp(*o.reported.unclassifiedGbp()));
        reported += src->marks(o.refsOf(HeadlineOrg::FigureReportedSplit));
    }
    QString mapped;
    if (!o.isMapped()) {
        mapped = Briefing::tr("Mapped into bricks: not yet");
    } else {
        // A layer no mapped brick belongs to is "none mapped", not £0: the mapping is partial.
        const QString none = Briefing::tr("none mapped");
        mapped = Briefing::tr("Mapped into bricks: frontline %1, overhead %2 (%n brick(s))", nullptr, o.mapped.bricks)
                     .arg(o.mapped.frontline > 0 ? Format::gbp(o.mapped.frontline) : none,
                          o.mapped.overhead > 0 ? Format::gbp(o.mapped.overhead) : none)
                 + src->marks(o.refsOf(HeadlineOrg::FigureMappedSplit));
    }
    return reported + QStringLiteral(" · ") + mapped;
}

QString systemsFact(const HeadlineOrg &o, SourceIndex *src)
{
    if (o.systems.isEmpty())
        return Briefing::tr("Separately run systems: none recorded");
    QStringList parts;
    for (const HeadlineSystem &s : o.systems)
        parts.append(QStringLiteral("%1: %2%3").arg(s.capabilityName, s.productName.isEmpty() ? s.name : s.productName,
                                                    src->marks({s.source})));
    return Briefing::tr("Separately run systems: %1").arg(parts.join(QStringLiteral("; ")));
}

QString savingsFact(const HeadlineOrg &o, SourceIndex *src)
{
    if (o.savings.isEmpty())
        return Briefing::tr("Largest estimated savings: none can be estimated from the commons");
    QStringList parts;
    for (const HeadlineSaving &s : o.savings)
        parts.append(Briefing::tr("%1 %2 (range %3 to %4)%5")
                         .arg(s.capabilityName, Format::gbp(s.rangeGbp.central), Format::gbp(s.rangeGbp.low),
                              Format::gbp(s.rangeGbp.high), src->marks(s.sources)));
    return Briefing::tr("Largest estimated savings: %1").arg(parts.join(QStringLiteral("; ")));
}

QList<BriefingBar> chartOf(const HeadlineOrg &o)
{
    BriefingBar reported{Briefing::tr("Reported"), {}};
    const auto add = [](BriefingBar *bar, BriefingBar::Part part, const std::optional<double> &v) {
        if (v && *v > 0)
            bar->parts.append({part, *v});
    };
    add(&reported, BriefingBar::Frontline, o.reported.frontlineGbp());
    add(&reported, BriefingBar::Overhead, o.reported.overheadGbp());
    add(&reported, BriefingBar::Unclassified, o.reported.unclassifiedGbp());
    BriefingBar mapped{Briefing::tr("Mapped"), {}};
    if (o.isMapped()) {
        add(&mapped, BriefingBar::Frontline, o.mapped.frontline);
        add(&mapped, BriefingBar::Overhead, o.mapped.overhead);
    }
    return {reported, mapped};
}

QString chartTitle(const HeadlineOrg &o)
{
    const QString reported = o.reported.total().value()
                                 ? Briefing::tr("reported spend: frontline %1, overhead %2")
                                       .arg(amountOrUnknown(o.reported.frontlineGbp()), amountOrUnknown(o.reported.overheadGbp()))
                                 : Briefing::tr("reported spend unknown");
    const QString mapped = o.isMapped() ? Briefing::tr("mapped into bricks: frontline %1, overhead %2")
                                              .arg(Format::gbp(o.mapped.frontline), Format::gbp(o.mapped.overhead))
                                        : Briefing::tr("not mapped into bricks");
    return Briefing::tr("Chart of %1: %2; %3.").arg(o.name, reported, mapped);
}

BriefingOrg orgOf(const HeadlineOrg &o, SourceIndex *src)
{
    BriefingOrg b;
    b.heading = o.name;
    b.subheading = subheading(o);
    b.facts = {spendFact(o, src), splitFacts(o, src), systemsFact(o, src), savingsFact(o, src)};
    b.chart = chartOf(o);
    b.chartTitle = chartTitle(o);
    if (!o.unknowns.isEmpty())
        b.unknown = Briefing::tr("Unknown: %1").arg(o.unknowns.join(QLatin1Char(' ')));
    return b;
}

QString dataDate(const AreaHeadline &h)
{
    QStringList periods;
    for (const HeadlineOrg *o : h.organisations())
        for (const QString &p : o->figurePeriods)
            if (!periods.contains(p))
                periods.append(p);
    std::sort(periods.begin(), periods.end());
    const QString published = h.published.isValid() ? h.published.date().toString(Qt::ISODate) : Briefing::tr("date not stated");
    const QString synced = h.syncedAt.isValid() ? h.syncedAt.date().toString(Qt::ISODate) : Briefing::tr("unknown");
    const QString commons = h.commonsTitle.isEmpty() ? h.commonsId : QStringLiteral("%1 (%2)").arg(h.commonsTitle, h.commonsId);
    if (periods.isEmpty())
        return Briefing::tr("Data: the commons %1, published %2, synced %3. It holds no figures for the organisations "
                            "serving this constituency.")
            .arg(commons, published, synced);
    const QString years = periods.size() == 1 ? periods.constFirst()
                                              : Briefing::tr("%1 to %2").arg(periods.constFirst(), periods.constLast());
    return Briefing::tr("Data: the commons %1, published %2, synced %3. The figures are for %4; each organisation "
                        "gives its own years.")
        .arg(commons, published, synced, years);
}

QStringList areaUnknowns(const AreaHeadline &h)
{
    QStringList out;
    for (const AreaOrg &o : h.unmatched)
        out.append(Briefing::tr("%1 (%2, %3 of the residents): %4").arg(o.name, o.code, Format::percent(o.share), o.reason));
    if (h.smallTrusts > 0)
        out.append(Briefing::tr("%n more NHS trust(s) each serve under %1 of the residents and are not listed.", nullptr, h.smallTrusts)
                       .arg(Format::percent(h.minTrustShare)));
    if (h.councils.isEmpty() && h.trusts.isEmpty())
        out.append(Briefing::tr("The commons in the cache holds none of the organisations serving this constituency."));
    return out;
}

QString summary(const AreaHeadline &h)
{
    return Briefing::tr("%1 is served by %n council(s)", nullptr, int(h.councils.size())).arg(h.name)
           + Briefing::tr(" and %n NHS acute trust(s) listed here.", nullptr, int(h.trusts.size()));
}

QString redesign(const AreaHeadline &h)
{
    const QList<const HeadlineOrg *> orgs = h.organisations();
    const QString code = orgs.isEmpty() ? QStringLiteral("CODE") : orgs.constFirst()->code;
    return Briefing::tr("To suggest a better design for one of these services, open LiveDNA, find %1 in My area, press "
                        "Suggest a redesign on an organisation's card and choose one of its services: the proposal "
                        "starts from the service's reported composition (its cost lines and systems), and the "
                        "exported proposal names the constituency. From the command line: "
                        "livedna-cli proposal new %2 SERVICE --out proposal.json.")
        .arg(h.name, code);
}

} // namespace

double BriefingBar::total() const
{
    double t = 0;
    for (const auto &p : parts)
        t += p.second;
    return t;
}

HeadlineOptions Briefing::headlineOptions()
{
    HeadlineOptions o;
    o.minTrustShare = briefingMinTrustShare;
    o.maxSavings = 2;
    return o;
}

std::optional<BriefingFormat> Briefing::formatFromPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return BriefingFormat::Pdf;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml"))
        return BriefingFormat::Html;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return BriefingFormat::Markdown;
    return std::nullopt;
}

BriefingDocument Briefing::document(const AreaHeadline &h)
{
    BriefingDocument d;
    SourceIndex src;
    d.title = tr("Briefing: %1 (%2)").arg(h.name, h.constituency);
    d.mp = h.mp.isEmpty() ? tr("MP: none in the data")
                          : tr("MP: %1 (%2)").arg(h.mp, h.party.isEmpty() ? tr("party unknown") : h.party);
    d.summary = summary(h);
    d.dataDate = dataDate(h);
    d.councilsHeading = tr("Councils");
    d.trustsHeading = tr("NHS acute trusts");
    for (const HeadlineOrg &o : h.councils)
        d.councils.append(orgOf(o, &src));
    for (const HeadlineOrg &o : h.trusts)
        d.trusts.append(orgOf(o, &src));
    d.legend = tr("Each chart: the top bar is the reported spend and the bottom bar the spend mapped into bricks, to "
                  "one scale per organisation; green is frontline, blue overhead, grey unclassified; an empty outline "
                  "is unknown.");
    d.unknownHeading = tr("What is unknown");
    d.unknown = areaUnknowns(h);
    d.sourcesHeading = tr("Sources and licences");
    d.sources = src.sources(h.allSources());
    d.areaSources = tr("Constituencies, MPs, council areas and NHS catchments: %1.").arg(h.areaSources.join(QStringLiteral("; ")));
    d.redesignHeading = tr("Suggest a redesign");
    d.redesign = redesign(h);
    d.footer = tr("Made with LiveDNA %1 on %2. An unknown figure is written as unknown, never as £0.")
                   .arg(QStringLiteral(LIVEDNA_VERSION), QDate::currentDate().toString(Qt::ISODate));
    return d;
}

Result<QByteArray> Briefing::render(const AreaHeadline &headline, BriefingFormat format)
{
    const BriefingDocument doc = document(headline);
    switch (format) {
    case BriefingFormat::Pdf:
        return toPdf(doc);
    case BriefingFormat::Html:
        return toHtml(doc);
    case BriefingFormat::Markdown:
        return toMarkdown(doc);
    }
    return Result<QByteArray>::failure(QString(), QString(), tr("Unknown briefing format."));
}

Status Briefing::write(const AreaHeadline &headline, const QString &path)
{
    const std::optional<BriefingFormat> format = formatFromPath(path);
    if (!format)
        return Status::failure(tr("A briefing is written as .pdf, .html or .md, not %1.").arg(QFileInfo(path).fileName()));
    const Result<QByteArray> bytes = render(headline, *format);
    if (!bytes.ok())
        return Status::failure(bytes.errorString());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(path, f.errorString()));
    f.write(bytes.value());
    if (!f.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, f.errorString()));
    return Status::success();
}

Status exportBriefing(const Cache &cache, const QString &constituencyCode, const QString &path)
{
    if (!Briefing::formatFromPath(path))
        return Status::failure(Briefing::tr("A briefing is written as .pdf, .html or .md, not %1.").arg(QFileInfo(path).fileName()));
    const Result<AreaHeadlines> areas = AreaHeadlines::load(cache);
    if (!areas.ok())
        return Status::failure(areas.errorString());
    const Result<AreaHeadline> h = areas.value().headline(constituencyCode, Briefing::headlineOptions());
    if (!h.ok())
        return Status::failure(h.errorString());
    return Briefing::write(h.value(), path);
}

} // namespace livedna
