#include "core/area/areaheadline.h"

#include "core/analysis/analysisinput.h"
#include "core/analysis/peerbenchmark.h"
#include "core/cache/cache.h"
#include "core/importers/realsources.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

Q_LOGGING_CATEGORY(lcHeadline, "livedna.area.headline")

namespace livedna {

namespace {

// The areas document's populations are the council register's pop-2020 (docs/areas.md).
const QString populationSourceId = QStringLiteral("la-register");

QJsonValue opt(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonValue optText(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject rangeJson(const EstimateRange &r)
{
    return {{QStringLiteral("low"), r.low}, {QStringLiteral("central"), r.central}, {QStringLiteral("high"), r.high}};
}

QString capabilityName(const Catalogue &catalogue, const QString &id)
{
    const Capability *c = catalogue.capability(id);
    return c && !c->name.isEmpty() ? c->name : id;
}

void addRef(QStringList *refs, const QString &ref)
{
    if (!ref.isEmpty() && !refs->contains(ref))
        refs->append(ref);
}

QStringList figurePeriods(const Organisation &org)
{
    QStringList out;
    for (const Service &s : org.services) {
        const QString p = s.period.isEmpty() ? org.period : s.period;
        if (!p.isEmpty() && !out.contains(p))
            out.append(p);
    }
    if (out.isEmpty() && !org.period.isEmpty())
        out.append(org.period);
    std::sort(out.begin(), out.end());
    return out;
}

void addSpend(HeadlineOrg *h, const Organisation &org, const AreaCouncil *council)
{
    h->reported = reportedSplit(org);
    const KnownSum total = h->reported.total();
    h->netSpendGbp = total.value();
    h->netSpendUnknown = total.unknown;
    QStringList refs;
    for (const Service &s : org.services)
        if (s.reportedCostGbp)
            addRef(&refs, s.source);
    h->figureSources.append({QString::fromLatin1(HeadlineOrg::FigureNetSpend), refs});
    h->figureSources.append({QString::fromLatin1(HeadlineOrg::FigureReportedSplit), refs});
    if (council && council->population && *council->population > 0) {
        h->population = council->population;
        h->populationSource = RealSources::ref(populationSourceId, QStringLiteral("%1, pop-2020").arg(council->code));
        h->figureSources.append({QString::fromLatin1(HeadlineOrg::FigurePopulation), {h->populationSource}});
        if (h->netSpendGbp)
            h->spendPerHeadGbp = *h->netSpendGbp / double(*h->population);
    }
}

void addMapped(HeadlineOrg *h, const Organisation &org, const Catalogue &catalogue)
{
    h->mapped = measureOrganisation(org, catalogue);
    QStringList refs;
    for (const Service &s : org.services)
        for (const BrickInstance &b : s.bricks)
            addRef(&refs, b.source);
    h->figureSources.append({QString::fromLatin1(HeadlineOrg::FigureMappedSplit), refs});
}

void addSystems(HeadlineOrg *h, const Organisation &org, const Catalogue &catalogue)
{
    QStringList refs;
    for (const Service &s : org.services) {
        for (const SystemUse &u : s.systems) {
            const Product *p = u.product.isEmpty() ? nullptr : catalogue.product(u.product);
            h->systems.append({u.capability, capabilityName(catalogue, u.capability), u.name, u.product,
                               p && !p->name.isEmpty() ? p->name : u.product, s.name, u.source});
            addRef(&refs, u.source);
        }
    }
    h->figureSources.append({QString::fromLatin1(HeadlineOrg::FigureSystems), refs});
}

// The organisation's 1.1 estimates, largest central first, and what keeps the others unknown.
void addSavings(HeadlineOrg *h, const Organisation &org, const Catalogue &catalogue, int maxSavings)
{
    const AnalysisInput input = AnalysisInput::fromOrganisations(catalogue, {org});
    const DuplicationIndex index = computeDuplication(input);
    QList<HeadlineSaving> all;
    QStringList noBrick, noUnits;
    QStringList refs;
    for (const SavingsOpportunity &op : savingsOpportunities(index, 0)) {
        const OrgCapabilityFigure &f = *op.figure;
        const QString name = op.capability->capabilityName.isEmpty() ? op.capability->capabilityId : op.capability->capabilityName;
        if (f.estimateStatus == EstimateStatus::NoBrick)
            noBrick.append(name);
        else if (f.estimateStatus == EstimateStatus::UnitsUnknown)
            noUnits.append(name);
        if (!f.estimatedSavingGbp || f.estimatedSavingGbp->central <= 0)
            continue;
        HeadlineSaving s{op.capability->capabilityId, name, *f.estimatedSavingGbp, f.bespokeGbp, f.estimateBrick,
                         f.estimateBrickCostGbp, {}};
        for (int i : f.instances) {
            const AnalysisInstance &in = input.instances[size_t(i)];
            if (in.isStandard())
                continue;
            // One organisation in the input: its service indices are org.services' own.
            const Service &svc = org.services.at(in.service);
            for (const BrickInstance &b : svc.bricks)
                if (b.id == in.bid)
                    addRef(&s.sources, b.source);
        }
        if (const CatalogueBrick *b = catalogue.brick(f.estimateBrick))
            addRef(&s.sources, b->pricing && !b->pricing->source.isEmpty() ? b->pricing->source : b->source);
        all.append(s);
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const HeadlineSaving &a, const HeadlineSaving &b) { return a.rangeGbp.central > b.rangeGbp.central; });
    h->savings = all.mid(0, maxSavings);
    for (const HeadlineSaving &s : std::as_const(h->savings))
        for (const QString &r : s.sources)
            addRef(&refs, r);
    h->figureSources.append({QString::fromLatin1(HeadlineOrg::FigureSavings), refs});
    if (!noUnits.isEmpty())
        h->unknowns.append(AreaHeadlines::tr("Estimated saving on %1: the units its brick's price needs are not published.")
                               .arg(noUnits.join(QStringLiteral(", "))));
    if (!noBrick.isEmpty())
        h->unknowns.append(AreaHeadlines::tr("Estimated saving on %1: the commons prices no standard brick to compare with.")
                               .arg(noBrick.join(QStringLiteral(", "))));
    if (input.instances.empty())
        h->unknowns.append(AreaHeadlines::tr("Estimated savings: nothing it runs is mapped into bricks, so nothing can "
                                             "be compared with the commons' bricks."));
}

// The class's distribution of total service expenditure per head, closest year.
const QString totalService = QStringLiteral("total_service_expenditure");

void addPeers(HeadlineOrg *h, const BenchmarkData *data)
{
    if (h->orgKind != OrgKind::Council || !h->spendPerHeadGbp)
        return;
    if (!data) {
        h->unknowns.append(AreaHeadlines::tr("Spend per head against peers: the commons holds no peer benchmarks."));
        return;
    }
    const QString cls = PeerBenchmarks::classForType(h->type);
    const QString period = h->figurePeriods.isEmpty() ? h->period : h->figurePeriods.constLast();
    const QString year = PeerBenchmarks::closestYear(period, data->years(cls, totalService));
    const BenchmarkDistribution *d = cls.isEmpty() ? nullptr : data->distribution(year, cls, totalService);
    if (!d || !d->median) {
        h->unknowns.append(AreaHeadlines::tr("Spend per head against peers: the benchmarks have no distribution for "
                                             "councils of type '%1'.").arg(h->type));
        return;
    }
    HeadlinePeerComparison p;
    p.peerGroup = AreaHeadlines::tr("%1 councils").arg(data->classLabel(cls));
    p.peers = d->n.value_or(0);
    p.medianPerHeadGbp = d->median;
    p.lowPerHeadGbp = d->p25;
    p.highPerHeadGbp = d->p75;
    p.p10PerHeadGbp = d->p10;
    p.p90PerHeadGbp = d->p90;
    p.period = d->year;
    p.sources = {d->source};
    p.position = PeerBenchmarks::positionText(PeerBenchmarks::position(h->spendPerHeadGbp, *d));
    p.note = year == period
                 ? AreaHeadlines::tr("peers' figures: total service expenditure per head of the ONS mid-year population")
                 : AreaHeadlines::tr("peers' figures: total service expenditure per head of the ONS mid-year population, "
                                     "%1 (the published year closest to %2)")
                       .arg(d->year, period);
    h->figureSources.append({QString::fromLatin1(HeadlineOrg::FigurePeers), p.sources});
    h->peerComparison = p;
}

void addUnknowns(HeadlineOrg *h)
{
    QStringList u;
    if (!h->netSpendGbp)
        u.append(AreaHeadlines::tr("Net spend: no service reports one."));
    else if (h->netSpendUnknown > 0)
        u.append(AreaHeadlines::tr("Net spend: %n service(s) report no figure; the sum is over the others.", nullptr,
                                   h->netSpendUnknown));
    if (!h->population)
        u.append(h->orgKind == OrgKind::NhsTrust
                     ? AreaHeadlines::tr("Spend per head: no population from a named source for a trust's catchment.")
                     : AreaHeadlines::tr("Spend per head: no population from a named source."));
    else if (!h->spendPerHeadGbp)
        u.append(AreaHeadlines::tr("Spend per head: the net spend is unknown."));
    if (h->netSpendGbp && !h->reported.frontlineGbp())
        u.append(AreaHeadlines::tr("Reported frontline spend: no frontline service reports a figure."));
    if (h->netSpendGbp && !h->reported.overheadGbp())
        u.append(AreaHeadlines::tr("Reported overhead spend: no overhead service reports a figure."));
    if (!h->isMapped())
        u.append(AreaHeadlines::tr("Mapped frontline / overhead: no service is mapped into bricks yet."));
    if (h->systems.isEmpty())
        u.append(AreaHeadlines::tr("Systems: none recorded in the commons (which is not the same as none run)."));
    h->unknowns = u + h->unknowns;
}

// The Source records of every id the figures name: the document's, the catalogue's, and
// the council register for the population.
void addSources(HeadlineOrg *h, const Organisation &org, const Catalogue &catalogue, const BenchmarkData *benchmarks)
{
    QStringList ids;
    for (const HeadlineFigureSources &f : std::as_const(h->figureSources))
        for (const QString &r : f.refs) {
            const QString id = SourceRef::parse(r).sourceId;
            if (!id.isEmpty() && !ids.contains(id))
                ids.append(id);
        }
    for (const QString &id : std::as_const(ids)) {
        const Source *s = findSource(org.sources, id);
        if (!s)
            s = findSource(catalogue.sources, id);
        const BenchmarkSource *b = !s && benchmarks ? benchmarks->source(id) : nullptr;
        if (b) {
            h->sources.append(Source{b->id, b->title, b->publisher, b->licence, b->url, b->year, QString()});
        } else if (s) {
            h->sources.append(*s);
        } else {
            Source named = RealSources::byId(id);
            if (named.id.isEmpty())
                named.id = id; // named by the figure but described nowhere: keep the id
            h->sources.append(named);
        }
    }
}

QJsonArray stringsJson(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject sourceJson(const Source &s)
{
    return {{QStringLiteral("id"), s.id},          {QStringLiteral("title"), optText(s.title)},
            {QStringLiteral("publisher"), optText(s.publisher)}, {QStringLiteral("licence"), optText(s.licence)},
            {QStringLiteral("url"), optText(s.url)}, {QStringLiteral("period"), optText(s.period)}};
}

QJsonObject reportedJson(const ReportedSplit &r)
{
    return {{QStringLiteral("frontline_gbp"), opt(r.frontlineGbp())},
            {QStringLiteral("overhead_gbp"), opt(r.overheadGbp())},
            {QStringLiteral("unclassified_gbp"), opt(r.unclassifiedGbp())},
            {QStringLiteral("services_unknown"), r.unknown}};
}

QJsonObject mappedJson(const HeadlineOrg &o)
{
    if (!o.isMapped())
        return {{QStringLiteral("total_gbp"), QJsonValue()}, {QStringLiteral("frontline_gbp"), QJsonValue()},
                {QStringLiteral("overhead_gbp"), QJsonValue()}, {QStringLiteral("bricks"), 0}};
    return {{QStringLiteral("total_gbp"), o.mapped.total}, {QStringLiteral("frontline_gbp"), o.mapped.frontline},
            {QStringLiteral("overhead_gbp"), o.mapped.overhead}, {QStringLiteral("bricks"), o.mapped.bricks}};
}

QJsonValue peersJson(const std::optional<HeadlinePeerComparison> &p)
{
    if (!p)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("peer_group"), p->peerGroup},
                       {QStringLiteral("peers"), p->peers},
                       {QStringLiteral("median_per_head_gbp"), opt(p->medianPerHeadGbp)},
                       {QStringLiteral("low_per_head_gbp"), opt(p->lowPerHeadGbp)},
                       {QStringLiteral("high_per_head_gbp"), opt(p->highPerHeadGbp)},
                       {QStringLiteral("rank"), p->rank ? QJsonValue(*p->rank) : QJsonValue()},
                       {QStringLiteral("p10_per_head_gbp"), opt(p->p10PerHeadGbp)},
                       {QStringLiteral("p90_per_head_gbp"), opt(p->p90PerHeadGbp)},
                       {QStringLiteral("position"), optText(p->position)},
                       {QStringLiteral("note"), optText(p->note)},
                       {QStringLiteral("period"), optText(p->period)},
                       {QStringLiteral("sources"), stringsJson(p->sources)}};
}

} // namespace

QStringList HeadlineOrg::refsOf(const char *figure) const
{
    for (const HeadlineFigureSources &f : figureSources)
        if (f.figure == QLatin1String(figure))
            return f.refs;
    return {};
}

QJsonObject HeadlineOrg::toJson() const
{
    QJsonArray systemsJson, savingsJson, sourcesJson;
    for (const HeadlineSystem &s : systems)
        systemsJson.append(QJsonObject{{QStringLiteral("capability"), s.capability}, {QStringLiteral("name"), s.name},
                                       {QStringLiteral("product"), optText(s.product)},
                                       {QStringLiteral("service"), s.service}, {QStringLiteral("source"), optText(s.source)}});
    for (const HeadlineSaving &s : savings)
        savingsJson.append(QJsonObject{{QStringLiteral("capability"), s.capability},
                                       {QStringLiteral("estimated_saving_gbp"), rangeJson(s.rangeGbp)},
                                       {QStringLiteral("bespoke_gbp"), s.bespokeGbp},
                                       {QStringLiteral("brick"), optText(s.brick)},
                                       {QStringLiteral("brick_cost_gbp"), opt(s.brickCostGbp)},
                                       {QStringLiteral("sources"), stringsJson(s.sources)}});
    QJsonObject figures;
    for (const HeadlineFigureSources &f : figureSources)
        figures.insert(f.figure, stringsJson(f.refs));
    for (const Source &s : sources)
        sourcesJson.append(sourceJson(s));
    return {{QStringLiteral("code"), code},
            {QStringLiteral("name"), name},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("share"), AreaResolver::rounded(share)},
            {QStringLiteral("period"), optText(period)},
            {QStringLiteral("figure_periods"), stringsJson(figurePeriods)},
            {QStringLiteral("net_spend_gbp"), opt(netSpendGbp)},
            {QStringLiteral("net_spend_services_unknown"), netSpendUnknown},
            {QStringLiteral("population"), population ? QJsonValue(double(*population)) : QJsonValue()},
            {QStringLiteral("spend_per_head_gbp"), opt(spendPerHeadGbp)},
            {QStringLiteral("peer_comparison"), peersJson(peerComparison)},
            {QStringLiteral("reported_split"), reportedJson(reported)},
            {QStringLiteral("mapped_split"), mappedJson(*this)},
            {QStringLiteral("systems"), systemsJson},
            {QStringLiteral("savings"), savingsJson},
            {QStringLiteral("unknown"), stringsJson(unknowns)},
            {QStringLiteral("figure_sources"), figures},
            {QStringLiteral("sources"), sourcesJson}};
}

QList<const HeadlineOrg *> AreaHeadline::organisations() const
{
    QList<const HeadlineOrg *> out;
    for (const HeadlineOrg &o : councils)
        out.append(&o);
    for (const HeadlineOrg &o : trusts)
        out.append(&o);
    return out;
}

QList<Source> AreaHeadline::allSources() const
{
    QList<Source> out;
    QSet<QString> seen;
    for (const HeadlineOrg *o : organisations())
        for (const Source &s : o->sources)
            if (!seen.contains(s.id)) {
                seen.insert(s.id);
                out.append(s);
            }
    return out;
}

QJsonObject AreaHeadline::toJson() const
{
    QJsonArray c, t, u;
    for (const HeadlineOrg &o : councils)
        c.append(o.toJson());
    for (const HeadlineOrg &o : trusts)
        t.append(o.toJson());
    for (const AreaOrg &o : unmatched)
        u.append(QJsonObject{{QStringLiteral("code"), o.code}, {QStringLiteral("name"), o.name},
                             {QStringLiteral("kind"), o.kind}, {QStringLiteral("share"), AreaResolver::rounded(o.share)},
                             {QStringLiteral("reason"), o.reason}});
    return {{QStringLiteral("constituency"), constituency},
            {QStringLiteral("name"), name},
            {QStringLiteral("mp"), optText(mp)},
            {QStringLiteral("party"), optText(party)},
            {QStringLiteral("councils"), c},
            {QStringLiteral("trusts"), t},
            {QStringLiteral("unmatched"), u},
            {QStringLiteral("small_trusts"), smallTrusts},
            {QStringLiteral("commons"), QJsonObject{{QStringLiteral("id"), commonsId},
                                                    {QStringLiteral("title"), optText(commonsTitle)},
                                                    {QStringLiteral("published"), published.isValid() ? QJsonValue(published.toString(Qt::ISODate)) : QJsonValue()},
                                                    {QStringLiteral("synced_at"), syncedAt.isValid() ? QJsonValue(syncedAt.toString(Qt::ISODate)) : QJsonValue()}}},
            {QStringLiteral("area_sources"), stringsJson(areaSources)}};
}

Result<AreaHeadlines> AreaHeadlines::load(const Cache &cache, const QString &commonsId)
{
    const QByteArray bytes = cache.areas();
    if (bytes.isEmpty())
        return Result<AreaHeadlines>::failure(cache.path(), QString(),
                                              tr("The cache holds no areas: sync a commons that publishes areas.json, "
                                                 "or run 'livedna-cli import constituencies DIR'."));
    Result<AreaData> data = AreaData::fromJson(bytes, tr("areas in the cache"));
    if (!data.ok())
        return Result<AreaHeadlines>::failure(data.problems());
    AreaHeadlines h;
    h.m_cache = &cache;
    h.m_areas = data.take();
    h.m_areas.reindex();
    const std::optional<CommonsInfo> info = cache.commons(commonsId);
    h.m_commonsId = info ? info->id : commonsId;
    for (const OrgSummary &o : cache.organisations(h.m_commonsId))
        h.m_held.insert(o.code, o.name);
    h.m_catalogue = cache.catalogue(h.m_commonsId);
    h.m_catalogue.reindex();
    // Peer benchmarks are optional: without them the headline says no comparison was made.
    if (const QByteArray b = cache.benchmarks(); !b.isEmpty()) {
        Result<BenchmarkData> benchmarks = BenchmarkData::fromJson(b, tr("benchmarks in the cache"));
        if (!benchmarks.ok())
            return Result<AreaHeadlines>::failure(benchmarks.problems());
        h.m_benchmarks = benchmarks.take();
    }
    return h;
}

QStringList AreaHeadlines::byMp(const QString &name) const
{
    return AreaResolver(m_areas, m_held).byMp(name);
}

QStringList AreaHeadlines::byCouncil(const QString &code) const
{
    return AreaResolver(m_areas, m_held).byCouncil(code);
}

HeadlineOrg AreaHeadlines::headlineOf(const Organisation &org, const Catalogue &catalogue, const AreaOrg &area,
                                      const AreaCouncil *council, const HeadlineOptions &options,
                                      const BenchmarkData *benchmarks)
{
    HeadlineOrg h;
    h.code = org.code;
    h.name = org.name.isEmpty() ? area.name : org.name;
    h.kind = area.kind;
    h.orgKind = org.kind;
    h.share = area.share;
    h.type = org.type;
    h.period = org.period;
    h.figurePeriods = figurePeriods(org);
    addSpend(&h, org, council);
    addMapped(&h, org, catalogue);
    addSystems(&h, org, catalogue);
    addSavings(&h, org, catalogue, options.maxSavings);
    addPeers(&h, benchmarks);
    addUnknowns(&h);
    addSources(&h, org, catalogue, benchmarks);
    return h;
}

Result<AreaHeadline> AreaHeadlines::headline(const QString &constituencyCode, const HeadlineOptions &options) const
{
    AreaResolver resolver(m_areas, m_held);
    resolver.setMinTrustShare(options.minTrustShare);
    const std::optional<AreaResult> r = resolver.resolve(constituencyCode);
    if (!r)
        return Result<AreaHeadline>::failure(QString(), QString(),
                                             tr("'%1' is not a 2024 constituency code in the areas data.").arg(constituencyCode));
    AreaHeadline out;
    out.constituency = r->constituency;
    out.name = r->name;
    out.mp = r->mp;
    out.party = r->party;
    out.unmatched = r->unmatched;
    out.smallTrusts = r->smallTrusts;
    out.minTrustShare = options.minTrustShare;
    out.areaSources = m_areas.sources;
    out.areaMethod = m_areas.method;
    if (const std::optional<CommonsInfo> info = m_cache->commons(m_commonsId)) {
        out.commonsId = info->id;
        out.commonsTitle = info->title;
        out.published = info->published;
        out.syncedAt = info->syncedAt;
    }
    const auto add = [&](const AreaOrg &a, QList<HeadlineOrg> *into) {
        const std::optional<Organisation> org = m_cache->organisation(a.code, m_commonsId);
        if (!org) {
            qCWarning(lcHeadline) << "listed as held but not loadable:" << a.code;
            AreaOrg missing = a;
            missing.reason = tr("the commons lists it but its document could not be read from the cache");
            out.unmatched.append(missing);
            return;
        }
        into->append(headlineOf(*org, m_catalogue, a, m_areas.council(a.code), options, benchmarks()));
    };
    for (const AreaOrg &a : r->councils)
        add(a, &out.councils);
    for (const AreaOrg &a : r->trusts)
        add(a, &out.trusts);
    return out;
}

} // namespace livedna
