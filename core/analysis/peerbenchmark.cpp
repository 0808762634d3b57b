#include "core/analysis/peerbenchmark.h"

#include "core/cache/cache.h"
#include "core/models/format.h"

#include <QHash>
#include <QJsonArray>

#include <cmath>
#include <cstdlib>

namespace livedna {

namespace {

const QString librariesId = QStringLiteral("libraries");

// The register's population column, as areas.json names it in its sources.
QString areasPopulationSource(const AreaData &areas)
{
    for (const QString &s : areas.sources) {
        if (s.contains(QLatin1String("pop-")))
            return QStringLiteral("areas.json: %1").arg(s);
    }
    return QStringLiteral("areas.json");
}

QString areasPopulationYear(const AreaData &areas)
{
    for (const QString &s : areas.sources) {
        const int at = int(s.indexOf(QLatin1String("pop-")));
        if (at >= 0 && s.size() >= at + 8)
            return s.mid(at + 4, 4);
    }
    return QString();
}

struct Population
{
    std::optional<qint64> value;
    QString source;
    QString year;
};

// The areas document names where its populations come from; the organisation document's
// `population` does not, so it is named as a field of that document.
Population populationOf(const Organisation &org, const AreaData *areas)
{
    if (areas) {
        if (const AreaCouncil *c = areas->council(org.code); c && c->population)
            return {c->population, areasPopulationSource(*areas), areasPopulationYear(*areas)};
    }
    if (org.population)
        return {org.population,
                PeerBenchmarks::tr("organisation document %1 %2: organisation.population (no source stated)")
                    .arg(org.code, org.period),
                QString()};
    return {};
}

PerHeadFigure reportedPerHead(const Organisation &org, const QString &serviceId, const Population &pop)
{
    PerHeadFigure f;
    f.period = org.period;
    f.population = pop.value;
    f.populationSource = pop.source;
    f.populationYear = pop.year;
    const Service *s = org.service(serviceId);
    if (!s) {
        f.note = PeerBenchmarks::tr("no such service in %1 %2").arg(org.code, org.period);
        return f;
    }
    if (!s->period.isEmpty())
        f.period = s->period;
    f.netCostGbp = s->reportedCostGbp;
    f.costSource = s->source;
    if (!f.netCostGbp)
        f.note = PeerBenchmarks::tr("reported cost not published");
    else if (!f.population || *f.population <= 0)
        f.note = PeerBenchmarks::tr("population unknown");
    else
        f.perHead = *f.netCostGbp / double(*f.population);
    return f;
}

// Libraries: the source's own per head figure for the council (its population, its year).
PerHeadFigure publishedPerHead(const BenchmarkCouncilFigure *c, const QString &year)
{
    PerHeadFigure f;
    f.period = year;
    if (!c) {
        f.note = PeerBenchmarks::tr("not in the library spend per head file");
        return f;
    }
    f.perHead = c->perHead;
    f.perHeadSource = c->source;
    f.note = c->note;
    if (!f.perHead && f.note.isEmpty())
        f.note = PeerBenchmarks::tr("no figure in the source");
    return f;
}

int startYear(const QString &period)
{
    return period.left(4).toInt();
}

QString describeSource(const BenchmarkData &data, const QString &ref)
{
    const BenchmarkSource *s = data.sourceOf(ref);
    if (!s)
        return ref;
    return PeerBenchmarks::tr("%1 (%2; %3), file %4, %5")
        .arg(s->title, s->publisher, s->licence, s->file, ref.section(QLatin1Char('#'), 1));
}

struct ServiceRow
{
    QString id;
    QString name;
};

QList<ServiceRow> serviceRows(const Organisation &org, const BenchmarkData &data)
{
    QList<ServiceRow> rows;
    for (const Service &s : org.services)
        rows.append({s.id, s.name});
    // Only library authorities have a figure of their own in the source.
    if (data.council(org.code, librariesId, QString()) && !org.service(librariesId))
        rows.append({librariesId, PeerBenchmarks::tr("Library service")});
    return rows;
}

void attachDistribution(const BenchmarkData &data, const QString &cls, PeerServiceBenchmark *row)
{
    if (row->benchmarkService.isEmpty()) {
        row->noBenchmarkReason = PeerBenchmarks::tr("the benchmark source has no such service");
        return;
    }
    if (cls.isEmpty()) {
        row->noBenchmarkReason = PeerBenchmarks::tr("no benchmark class for this type of organisation");
        return;
    }
    const QStringList years = data.years(cls, row->benchmarkService);
    row->benchmarkYear = PeerBenchmarks::closestYear(row->council.period, years);
    const BenchmarkDistribution *d = data.distribution(row->benchmarkYear, cls, row->benchmarkService);
    if (!d) {
        row->noBenchmarkReason = PeerBenchmarks::tr("no distribution for this class and service");
        return;
    }
    row->distribution = *d;
    row->distributionSource = describeSource(data, d->source);
    row->yearDiffers = row->benchmarkYear != row->council.period;
    if (row->yearDiffers)
        row->yearNote = PeerBenchmarks::tr("spend of %1 compared with the class distribution of %2, the closest "
                                           "published year")
                            .arg(row->council.period, row->benchmarkYear);
    row->position = PeerBenchmarks::position(row->council.perHead, *d);
}

void attachNeighbours(const QStringList &codes, const QHash<QString, const Organisation *> &byCode,
                      const BenchmarkData &data, const AreaData *areas, PeerServiceBenchmark *row)
{
    for (const QString &code : codes) {
        PeerNeighbourFigure n;
        n.code = code;
        const Organisation *o = byCode.value(code);
        if (row->serviceId == librariesId) {
            n.figure = publishedPerHead(data.council(code, librariesId, row->council.period), row->council.period);
            if (o)
                n.name = o->name;
            else if (const BenchmarkCouncilFigure *c = data.council(code, librariesId, row->council.period))
                n.name = c->name;
        } else if (!o) {
            n.figure.period = row->council.period;
            n.figure.note = PeerBenchmarks::tr("the commons holds no document of %1 for %2").arg(code, row->council.period);
        } else {
            n.name = o->name;
            n.figure = reportedPerHead(*o, row->serviceId, populationOf(*o, areas));
        }
        if (row->distribution)
            n.position = PeerBenchmarks::position(n.figure.perHead, *row->distribution);
        row->neighbours.append(n);
    }
}

QJsonValue num(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject figureJson(const PerHeadFigure &f)
{
    return {{QStringLiteral("period"), f.period},
            {QStringLiteral("net_cost_gbp"), num(f.netCostGbp)},
            {QStringLiteral("cost_source"), textOrNull(f.costSource)},
            {QStringLiteral("population"), f.population ? QJsonValue(double(*f.population)) : QJsonValue()},
            {QStringLiteral("population_source"), textOrNull(f.populationSource)},
            {QStringLiteral("population_year"), textOrNull(f.populationYear)},
            {QStringLiteral("per_head_gbp"), num(f.perHead)},
            {QStringLiteral("per_head_source"), textOrNull(f.perHeadSource)},
            {QStringLiteral("note"), textOrNull(f.note)}};
}

QJsonObject distributionJson(const PeerServiceBenchmark &s)
{
    const BenchmarkDistribution &d = *s.distribution;
    return {{QStringLiteral("year"), d.year},
            {QStringLiteral("class"), d.cls},
            {QStringLiteral("n"), d.n ? QJsonValue(*d.n) : QJsonValue()},
            {QStringLiteral("p10"), num(d.p10)},
            {QStringLiteral("p25"), num(d.p25)},
            {QStringLiteral("median"), num(d.median)},
            {QStringLiteral("p75"), num(d.p75)},
            {QStringLiteral("p90"), num(d.p90)},
            {QStringLiteral("source"), d.source},
            {QStringLiteral("source_text"), s.distributionSource}};
}

QJsonObject serviceJson(const PeerServiceBenchmark &s)
{
    QJsonArray neighbours;
    for (const PeerNeighbourFigure &n : s.neighbours) {
        QJsonObject o = figureJson(n.figure);
        o.insert(QStringLiteral("code"), n.code);
        o.insert(QStringLiteral("name"), textOrNull(n.name));
        o.insert(QStringLiteral("position"), PeerBenchmarks::positionId(n.position));
        neighbours.append(o);
    }
    return {{QStringLiteral("service"), s.serviceId},
            {QStringLiteral("name"), s.serviceName},
            {QStringLiteral("benchmark_service"), textOrNull(s.benchmarkService)},
            {QStringLiteral("no_benchmark_reason"), textOrNull(s.noBenchmarkReason)},
            {QStringLiteral("council"), figureJson(s.council)},
            {QStringLiteral("benchmark_year"), textOrNull(s.benchmarkYear)},
            {QStringLiteral("year_differs"), s.yearDiffers},
            {QStringLiteral("year_note"), textOrNull(s.yearNote)},
            {QStringLiteral("distribution"), s.distribution ? QJsonValue(distributionJson(s)) : QJsonValue()},
            {QStringLiteral("position"), PeerBenchmarks::positionId(s.position)},
            {QStringLiteral("neighbours"), neighbours}};
}

} // namespace

QString PeerBenchmarks::benchmarkServiceFor(const QString &rsxServiceId)
{
    // RSX group ids (shared decision 3) -> ro_per_head_distributions.csv `service`.
    static const QHash<QString, QString> map{
        {QStringLiteral("education"), QStringLiteral("education")},
        {QStringLiteral("highways-transport"), QStringLiteral("highways_transport")},
        {QStringLiteral("childrens-social-care"), QStringLiteral("children_social_care")},
        {QStringLiteral("adult-social-care"), QStringLiteral("adult_social_care")},
        {QStringLiteral("public-health"), QStringLiteral("public_health")},
        {QStringLiteral("housing"), QStringLiteral("housing_gfra")},
        {QStringLiteral("cultural"), QStringLiteral("cultural")},
        {QStringLiteral("environmental-regulatory"), QStringLiteral("environmental_regulatory")},
        {QStringLiteral("planning-development"), QStringLiteral("planning_development")},
        {QStringLiteral("police"), QStringLiteral("police")},
        {QStringLiteral("fire-rescue"), QStringLiteral("fire_rescue")},
        {QStringLiteral("central-services"), QStringLiteral("central")},
        {QStringLiteral("other"), QStringLiteral("other")},
        {QStringLiteral("libraries"), QStringLiteral("libraries")},
    };
    return map.value(rsxServiceId);
}

QString PeerBenchmarks::classForType(const QString &organisationType)
{
    // The register's type names (the council importer's organisation.type), and the short
    // forms of the spec's example ("unitary"); case aside. The source puts the City of London
    // among the London boroughs (library_spend_per_head_2024-25.csv).
    static const QHash<QString, QString> map{
        {QStringLiteral("london borough"), QStringLiteral("LB")},
        {QStringLiteral("city corporation"), QStringLiteral("LB")},
        {QStringLiteral("metropolitan district"), QStringLiteral("MD")},
        {QStringLiteral("county"), QStringLiteral("SC")},
        {QStringLiteral("non-metropolitan district"), QStringLiteral("SD")},
        {QStringLiteral("district"), QStringLiteral("SD")},
        {QStringLiteral("unitary authority"), QStringLiteral("UA")},
        {QStringLiteral("unitary"), QStringLiteral("UA")},
    };
    return map.value(organisationType.trimmed().toLower());
}

QString PeerBenchmarks::classLabelText(const QString &cls, const BenchmarkData &benchmarks)
{
    // The source's five classes, in the reader's language; any other as the document labels it.
    if (cls == QLatin1String("LB"))
        return tr("London borough");
    if (cls == QLatin1String("MD"))
        return tr("Metropolitan district");
    if (cls == QLatin1String("SC"))
        return tr("Shire county");
    if (cls == QLatin1String("SD"))
        return tr("Shire district");
    if (cls == QLatin1String("UA"))
        return tr("Unitary authority");
    return benchmarks.classLabel(cls);
}

QString PeerBenchmarks::closestYear(const QString &period, const QStringList &years)
{
    QString best;
    int bestGap = 0;
    for (const QString &y : years) {
        const int gap = std::abs(startYear(y) - startYear(period));
        if (best.isEmpty() || gap < bestGap || (gap == bestGap && y > best)) {
            best = y;
            bestGap = gap;
        }
    }
    return best;
}

BenchmarkPosition PeerBenchmarks::position(std::optional<double> perHead, const BenchmarkDistribution &d)
{
    if (!perHead || !d.p10 || !d.p25 || !d.median || !d.p75 || !d.p90)
        return BenchmarkPosition::Unknown;
    const double v = *perHead;
    if (v < *d.p10)
        return BenchmarkPosition::BelowP10;
    if (v < *d.p25)
        return BenchmarkPosition::P10ToP25;
    if (v < *d.median)
        return BenchmarkPosition::P25ToMedian;
    if (v <= *d.p75)
        return BenchmarkPosition::MedianToP75;
    if (v <= *d.p90)
        return BenchmarkPosition::P75ToP90;
    return BenchmarkPosition::AboveP90;
}

QString PeerBenchmarks::positionId(BenchmarkPosition p)
{
    switch (p) {
    case BenchmarkPosition::BelowP10: return QStringLiteral("below-p10");
    case BenchmarkPosition::P10ToP25: return QStringLiteral("p10-p25");
    case BenchmarkPosition::P25ToMedian: return QStringLiteral("p25-median");
    case BenchmarkPosition::MedianToP75: return QStringLiteral("median-p75");
    case BenchmarkPosition::P75ToP90: return QStringLiteral("p75-p90");
    case BenchmarkPosition::AboveP90: return QStringLiteral("above-p90");
    case BenchmarkPosition::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString PeerBenchmarks::positionText(BenchmarkPosition p)
{
    switch (p) {
    case BenchmarkPosition::BelowP10: return tr("below p10");
    case BenchmarkPosition::P10ToP25: return tr("between p10 and p25");
    case BenchmarkPosition::P25ToMedian: return tr("between p25 and the median");
    case BenchmarkPosition::MedianToP75: return tr("between the median and p75");
    case BenchmarkPosition::P75ToP90: return tr("between p75 and p90");
    case BenchmarkPosition::AboveP90: return tr("above p90");
    case BenchmarkPosition::Unknown: break;
    }
    return tr("unknown");
}

PeerBenchmark PeerBenchmarks::compute(const Organisation &org, const QList<Organisation> &neighbours,
                                      const BenchmarkData &benchmarks, const AreaData *areas)
{
    PeerBenchmark out;
    out.code = org.code;
    out.name = org.name;
    out.period = org.period;
    out.type = org.type;
    out.cls = classForType(org.type);
    out.classLabel = out.cls.isEmpty() ? QString() : classLabelText(out.cls, benchmarks);
    out.sources = benchmarks.sources;
    out.method = benchmarks.method;
    const Population pop = populationOf(org, areas);
    out.population = pop.value;
    out.populationSource = pop.source;
    out.populationYear = pop.year;
    if (out.cls.isEmpty())
        out.notes.append(tr("%1 has no benchmark class (type \"%2\"): no distribution to compare with")
                             .arg(org.code, org.type.isEmpty() ? tr("not stated") : org.type));
    if (!pop.value)
        out.notes.append(tr("population unknown: no spend per head can be computed"));
    else if (!pop.year.isEmpty() && !org.period.startsWith(pop.year))
        out.notes.append(tr("spend per head divides spend of %1 by the population of %2; the class distributions use "
                            "ONS mid-year population")
                             .arg(org.period, pop.year));

    // The source leaves some councils out of its distributions (the City of London, the Isles
    // of Scilly) and says so in its library file; that caution belongs beside every row.
    for (const BenchmarkCouncilFigure &c : benchmarks.councils) {
        if (c.code == org.code && c.note.startsWith(QLatin1String("Excluded")))
            out.notes.append(tr("the benchmark source says of %1: %2").arg(c.name, c.note));
    }

    QHash<QString, const Organisation *> byCode;
    for (const Organisation &n : neighbours)
        byCode.insert(n.code, &n);
    for (const ServiceRow &r : serviceRows(org, benchmarks)) {
        PeerServiceBenchmark row;
        row.serviceId = r.id;
        row.serviceName = r.name;
        row.benchmarkService = benchmarkServiceFor(r.id);
        if (r.id == librariesId && !org.service(librariesId)) {
            const BenchmarkCouncilFigure *c = benchmarks.council(org.code, librariesId, QString());
            row.council = publishedPerHead(c, c ? c->year : QString());
        } else {
            row.council = reportedPerHead(org, r.id, pop);
        }
        attachDistribution(benchmarks, out.cls, &row);
        if (!row.benchmarkService.isEmpty())
            attachNeighbours(org.neighbours, byCode, benchmarks, areas, &row);
        out.services.append(row);
    }
    return out;
}

Result<PeerBenchmark> PeerBenchmarks::fromCache(const Cache &cache, const QString &code, const QString &period,
                                                const QString &commonsId)
{
    if (cache.benchmarks().isEmpty())
        return forOrganisation(cache, Organisation(), commonsId); // says there are none
    const std::optional<Organisation> org = cache.organisation(code, commonsId, period);
    if (!org)
        return Result<PeerBenchmark>::failure(cache.path(), QString(),
                                              period.isEmpty() ? tr("No organisation %1 in the cache.").arg(code)
                                                               : tr("No organisation %1 for %2 in the cache.").arg(code, period));
    return forOrganisation(cache, *org, commonsId);
}

Result<PeerBenchmark> PeerBenchmarks::forOrganisation(const Cache &cache, const Organisation &org,
                                                      const QString &commonsId)
{
    const QByteArray bytes = cache.benchmarks();
    if (bytes.isEmpty())
        return Result<PeerBenchmark>::failure(cache.path(), QString(),
                                              tr("The cache holds no benchmarks: sync a commons that publishes "
                                                 "benchmarks.json, or run 'livedna-cli import benchmarks'."));
    Result<BenchmarkData> data = BenchmarkData::fromJson(bytes, QStringLiteral("benchmarks.json"));
    if (!data.ok())
        return Result<PeerBenchmark>::failure(data.problems());
    QList<Organisation> neighbours;
    for (const QString &n : org.neighbours) {
        if (std::optional<Organisation> o = cache.organisation(n, commonsId, org.period))
            neighbours.append(*o);
    }
    std::optional<AreaData> areas;
    if (const QByteArray a = cache.areas(); !a.isEmpty()) {
        Result<AreaData> parsed = AreaData::fromJson(a, QStringLiteral("areas.json"));
        if (parsed.ok())
            areas = parsed.take();
    }
    return compute(org, neighbours, data.value(), areas ? &*areas : nullptr);
}

QJsonObject PeerBenchmarks::toJson(const PeerBenchmark &b)
{
    QJsonArray services, sources, notes;
    for (const PeerServiceBenchmark &s : b.services)
        services.append(serviceJson(s));
    for (const BenchmarkSource &s : b.sources)
        sources.append(QJsonObject{{QStringLiteral("id"), s.id},           {QStringLiteral("title"), s.title},
                                   {QStringLiteral("publisher"), s.publisher}, {QStringLiteral("licence"), s.licence},
                                   {QStringLiteral("url"), s.url},         {QStringLiteral("year"), s.year},
                                   {QStringLiteral("file"), s.file}});
    for (const QString &n : b.notes)
        notes.append(n);
    return {{QStringLiteral("code"), b.code},
            {QStringLiteral("name"), b.name},
            {QStringLiteral("period"), b.period},
            {QStringLiteral("type"), textOrNull(b.type)},
            {QStringLiteral("class"), textOrNull(b.cls)},
            {QStringLiteral("class_label"), textOrNull(b.classLabel)},
            {QStringLiteral("population"), b.population ? QJsonValue(double(*b.population)) : QJsonValue()},
            {QStringLiteral("population_source"), textOrNull(b.populationSource)},
            {QStringLiteral("population_year"), textOrNull(b.populationYear)},
            {QStringLiteral("services"), services},
            {QStringLiteral("notes"), notes},
            {QStringLiteral("sources"), sources}};
}

namespace {

QString money(const std::optional<double> &v)
{
    return v ? Format::gbpPerUnit(*v) : PeerBenchmarks::tr("unknown");
}

QString serviceText(const PeerServiceBenchmark &s)
{
    QString t = QStringLiteral("%1 (%2)\n").arg(s.serviceName, s.serviceId);
    t += PeerBenchmarks::tr("  per head %1 (%2)").arg(money(s.council.perHead), s.council.period);
    if (!s.council.note.isEmpty())
        t += QStringLiteral(" — ") + s.council.note;
    t += QLatin1Char('\n');
    if (!s.council.costSource.isEmpty())
        t += PeerBenchmarks::tr("  cost: %1\n").arg(s.council.costSource);
    if (!s.council.perHeadSource.isEmpty())
        t += PeerBenchmarks::tr("  per head: %1\n").arg(s.council.perHeadSource);
    if (!s.distribution) {
        t += PeerBenchmarks::tr("  no benchmark: %1\n").arg(s.noBenchmarkReason);
        return t;
    }
    const BenchmarkDistribution &d = *s.distribution;
    t += PeerBenchmarks::tr("  class %1 %2 (n=%3): p10 %4, p25 %5, median %6, p75 %7, p90 %8 — %9\n")
             .arg(d.cls, d.year, d.n ? QString::number(*d.n) : PeerBenchmarks::tr("unknown"), money(d.p10),
                  money(d.p25), money(d.median), money(d.p75), money(d.p90), PeerBenchmarks::positionText(s.position));
    if (s.yearDiffers)
        t += QStringLiteral("  ") + s.yearNote + QLatin1Char('\n');
    t += PeerBenchmarks::tr("  benchmark: %1\n").arg(s.distributionSource);
    for (const PeerNeighbourFigure &n : s.neighbours) {
        t += QStringLiteral("    %1 %2: %3").arg(n.code, n.name, money(n.figure.perHead));
        if (!n.figure.perHead && !n.figure.note.isEmpty())
            t += QStringLiteral(" (") + n.figure.note + QLatin1Char(')');
        t += QLatin1Char('\n');
    }
    return t;
}

} // namespace

QString PeerBenchmarks::toText(const PeerBenchmark &b)
{
    QString t = tr("%1 %2, %3 — class %4\n").arg(b.code, b.name, b.period, b.cls.isEmpty() ? tr("none") : b.classLabel);
    t += tr("Population: %1 (%2)\n")
             .arg(b.population ? QString::number(*b.population) : tr("unknown"),
                  b.populationSource.isEmpty() ? tr("no source") : b.populationSource);
    for (const QString &n : b.notes)
        t += QStringLiteral("! ") + n + QLatin1Char('\n');
    for (const PeerServiceBenchmark &s : b.services)
        t += serviceText(s);
    t += tr("Sources:\n");
    for (const BenchmarkSource &s : b.sources)
        t += QStringLiteral("  %1: %2, %3, %4 (%5; %6)\n").arg(s.id, s.title, s.publisher, s.licence, s.file, s.url);
    return t;
}

} // namespace livedna
