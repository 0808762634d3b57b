#include "core/commons/benchmarkdata.h"

#include "core/commons/extrareader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace livedna {

namespace {

QJsonValue numberOrNull(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonValue intOrNull(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonObject sourceJson(const BenchmarkSource &s)
{
    return {{QStringLiteral("id"), s.id},           {QStringLiteral("title"), s.title},
            {QStringLiteral("publisher"), s.publisher}, {QStringLiteral("licence"), s.licence},
            {QStringLiteral("url"), s.url},         {QStringLiteral("year"), s.year},
            {QStringLiteral("file"), s.file}};
}

QJsonObject distributionJson(const BenchmarkDistribution &d)
{
    return {{QStringLiteral("year"), d.year},       {QStringLiteral("class"), d.cls},
            {QStringLiteral("service"), d.service}, {QStringLiteral("n"), intOrNull(d.n)},
            {QStringLiteral("p10"), numberOrNull(d.p10)}, {QStringLiteral("p25"), numberOrNull(d.p25)},
            {QStringLiteral("median"), numberOrNull(d.median)}, {QStringLiteral("p75"), numberOrNull(d.p75)},
            {QStringLiteral("p90"), numberOrNull(d.p90)}, {QStringLiteral("source"), d.source}};
}

QJsonObject councilJson(const BenchmarkCouncilFigure &c)
{
    QJsonObject o{{QStringLiteral("code"), c.code},       {QStringLiteral("name"), c.name},
                  {QStringLiteral("class"), c.cls},       {QStringLiteral("service"), c.service},
                  {QStringLiteral("year"), c.year},       {QStringLiteral("per_head"), numberOrNull(c.perHead)},
                  {QStringLiteral("source"), c.source}};
    o.insert(QStringLiteral("note"), c.note.isEmpty() ? QJsonValue() : QJsonValue(c.note));
    return o;
}

QJsonObject dispersionJson(const BenchmarkDispersion &d)
{
    return {{QStringLiteral("service"), d.service},   {QStringLiteral("county"), d.county},
            {QStringLiteral("districts"), intOrNull(d.districts)},
            {QStringLiteral("min_name"), d.minName},  {QStringLiteral("min_per_head"), numberOrNull(d.minPerHead)},
            {QStringLiteral("max_name"), d.maxName},  {QStringLiteral("max_per_head"), numberOrNull(d.maxPerHead)},
            {QStringLiteral("ratio"), numberOrNull(d.ratio)}, {QStringLiteral("source"), d.source}};
}

// The extras reader plus what only the benchmarks have: financial years and row sources.
class BenchmarkReader : public ExtraReader
{
public:
    using ExtraReader::ExtraReader;

    QString year(const QJsonObject &o, const QString &at)
    {
        static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}$"));
        const QString y = text(o, at, "year", true);
        if (!y.isEmpty() && !re.match(y).hasMatch())
            problem(at + QStringLiteral("/year"), BenchmarkData::tr("expected a financial year YYYY-YY"));
        return y;
    }

    // "<source id>#<locator>" whose id the document lists.
    QString sourceRef(const QJsonObject &o, const QString &at, const QSet<QString> &ids)
    {
        const QString s = text(o, at, "source", true);
        const int hash = int(s.indexOf(QLatin1Char('#')));
        if (!s.isEmpty() && (hash <= 0 || hash == s.size() - 1 || !ids.contains(s.left(hash))))
            problem(at + QStringLiteral("/source"),
                    BenchmarkData::tr("expected \"<source id>#<row>\" naming a source of /sources"));
        return s;
    }
};

void readSources(const QJsonObject &root, BenchmarkReader &r, BenchmarkData *d, QSet<QString> *ids)
{
    static const QRegularExpression idRe(QStringLiteral("^[a-z0-9][a-z0-9.-]*$"));
    const QJsonArray a = r.array(root, "sources", true);
    if (a.isEmpty())
        r.problem(QStringLiteral("/sources"), BenchmarkData::tr("expected at least one source"));
    for (int i = 0; i < a.size(); ++i) {
        const QString at = QStringLiteral("/sources/%1").arg(i);
        const QJsonObject o = r.object(a, i, at);
        BenchmarkSource s{r.text(o, at, "id", true),      r.text(o, at, "title", true), r.text(o, at, "publisher", true),
                          r.text(o, at, "licence", true), r.text(o, at, "url", false),  r.text(o, at, "year", false),
                          r.text(o, at, "file", true)};
        if (!s.id.isEmpty() && !idRe.match(s.id).hasMatch())
            r.problem(at + QStringLiteral("/id"), BenchmarkData::tr("expected an id of [a-z0-9][a-z0-9.-]*"));
        else if (ids->contains(s.id))
            r.problem(at + QStringLiteral("/id"), BenchmarkData::tr("a second source with the id \"%1\"").arg(s.id));
        ids->insert(s.id);
        d->sources.append(s);
    }
}

void readClasses(const QJsonObject &root, BenchmarkReader &r, BenchmarkData *d, QSet<QString> *codes)
{
    const QJsonArray a = r.array(root, "classes", true);
    for (int i = 0; i < a.size(); ++i) {
        const QString at = QStringLiteral("/classes/%1").arg(i);
        const QJsonObject o = r.object(a, i, at);
        const BenchmarkClass c{r.text(o, at, "code", true), r.text(o, at, "label", true)};
        if (codes->contains(c.code))
            r.problem(at + QStringLiteral("/code"), BenchmarkData::tr("a second class with the code \"%1\"").arg(c.code));
        codes->insert(c.code);
        d->classes.append(c);
    }
}

QString readClassRef(const QJsonObject &o, const QString &at, BenchmarkReader &r, const QSet<QString> &classes)
{
    const QString cls = r.text(o, at, "class", true);
    if (!cls.isEmpty() && !classes.contains(cls))
        r.problem(at + QStringLiteral("/class"), BenchmarkData::tr("\"%1\" is not a class of /classes").arg(cls));
    return cls;
}

void readDistributions(const QJsonObject &root, BenchmarkReader &r, const QSet<QString> &ids,
                       const QSet<QString> &classes, BenchmarkData *d)
{
    const QJsonArray a = r.array(root, "distributions", true);
    QSet<QString> seen;
    for (int i = 0; i < a.size(); ++i) {
        const QString at = QStringLiteral("/distributions/%1").arg(i);
        const QJsonObject o = r.object(a, i, at);
        BenchmarkDistribution x;
        x.year = r.year(o, at);
        x.cls = readClassRef(o, at, r, classes);
        x.service = r.text(o, at, "service", true);
        x.n = r.count(o, at, "n");
        x.p10 = r.number(o, at, "p10");
        x.p25 = r.number(o, at, "p25");
        x.median = r.number(o, at, "median");
        x.p75 = r.number(o, at, "p75");
        x.p90 = r.number(o, at, "p90");
        x.source = r.sourceRef(o, at, ids);
        // Percentiles never decrease; a document where they do was built wrong.
        const std::optional<double> qs[] = {x.p10, x.p25, x.median, x.p75, x.p90};
        static const char *const names[] = {"p10", "p25", "median", "p75", "p90"};
        for (int k = 1; k < 5; ++k) {
            if (qs[k - 1] && qs[k] && *qs[k] < *qs[k - 1] - 1e-9)
                r.problem(at + QLatin1Char('/') + QLatin1String(names[k]),
                          BenchmarkData::tr("less than %1").arg(QLatin1String(names[k - 1])));
        }
        const QString key = x.year + QLatin1Char('|') + x.cls + QLatin1Char('|') + x.service;
        if (seen.contains(key))
            r.problem(at, BenchmarkData::tr("a second distribution for %1, %2, %3").arg(x.year, x.cls, x.service));
        seen.insert(key);
        d->distributions.append(x);
    }
}

void readCouncils(const QJsonObject &root, BenchmarkReader &r, const QSet<QString> &ids,
                  const QSet<QString> &classes, BenchmarkData *d)
{
    const QJsonArray a = r.array(root, "councils", false);
    for (int i = 0; i < a.size(); ++i) {
        const QString at = QStringLiteral("/councils/%1").arg(i);
        const QJsonObject o = r.object(a, i, at);
        BenchmarkCouncilFigure c;
        c.code = r.text(o, at, "code", true);
        c.name = r.text(o, at, "name", true);
        c.cls = readClassRef(o, at, r, classes);
        c.service = r.text(o, at, "service", true);
        c.year = r.year(o, at);
        c.perHead = r.number(o, at, "per_head");
        c.note = r.text(o, at, "note", false);
        c.source = r.sourceRef(o, at, ids);
        d->councils.append(c);
    }
}

void readDispersion(const QJsonObject &root, BenchmarkReader &r, const QSet<QString> &ids, BenchmarkData *d)
{
    const QJsonArray a = r.array(root, "dispersion", false);
    for (int i = 0; i < a.size(); ++i) {
        const QString at = QStringLiteral("/dispersion/%1").arg(i);
        const QJsonObject o = r.object(a, i, at);
        BenchmarkDispersion x;
        x.service = r.text(o, at, "service", true);
        x.county = r.text(o, at, "county", true);
        x.districts = r.count(o, at, "districts");
        x.minName = r.text(o, at, "min_name", false);
        x.minPerHead = r.number(o, at, "min_per_head");
        x.maxName = r.text(o, at, "max_name", false);
        x.maxPerHead = r.number(o, at, "max_per_head");
        x.ratio = r.number(o, at, "ratio");
        x.source = r.sourceRef(o, at, ids);
        d->dispersion.append(x);
    }
}

} // namespace

const BenchmarkSource *BenchmarkData::source(const QString &id) const
{
    for (const BenchmarkSource &s : sources) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

const BenchmarkSource *BenchmarkData::sourceOf(const QString &ref) const
{
    return source(ref.section(QLatin1Char('#'), 0, 0));
}

QString BenchmarkData::classLabel(const QString &code) const
{
    for (const BenchmarkClass &c : classes) {
        if (c.code == code)
            return c.label;
    }
    return code;
}

QStringList BenchmarkData::years(const QString &cls, const QString &service) const
{
    QStringList out;
    for (const BenchmarkDistribution &d : distributions) {
        if (d.cls == cls && d.service == service && !out.contains(d.year))
            out.append(d.year);
    }
    out.sort();
    return out;
}

const BenchmarkDistribution *BenchmarkData::distribution(const QString &year, const QString &cls,
                                                         const QString &service) const
{
    for (const BenchmarkDistribution &d : distributions) {
        if (d.year == year && d.cls == cls && d.service == service)
            return &d;
    }
    return nullptr;
}

const BenchmarkCouncilFigure *BenchmarkData::council(const QString &code, const QString &service,
                                                     const QString &year) const
{
    for (const BenchmarkCouncilFigure &c : councils) {
        if (c.code == code && c.service == service && (year.isEmpty() || c.year == year))
            return &c;
    }
    return nullptr;
}

QByteArray BenchmarkData::toJson() const
{
    QJsonArray src, cls, dist, cou, disp;
    for (const BenchmarkSource &s : sources)
        src.append(sourceJson(s));
    for (const BenchmarkClass &c : classes)
        cls.append(QJsonObject{{QStringLiteral("code"), c.code}, {QStringLiteral("label"), c.label}});
    for (const BenchmarkDistribution &d : distributions)
        dist.append(distributionJson(d));
    for (const BenchmarkCouncilFigure &c : councils)
        cou.append(councilJson(c));
    for (const BenchmarkDispersion &d : dispersion)
        disp.append(dispersionJson(d));
    const QJsonObject root{{QStringLiteral("format"), QLatin1String(Format)}, {QStringLiteral("method"), method},
                           {QStringLiteral("sources"), src},                  {QStringLiteral("classes"), cls},
                           {QStringLiteral("distributions"), dist},           {QStringLiteral("councils"), cou},
                           {QStringLiteral("dispersion"), disp}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<BenchmarkData> BenchmarkData::fromJson(const QByteArray &bytes, const QString &file)
{
    const Result<QJsonObject> opened = ExtraReader::root(bytes, file, QLatin1String(Format));
    if (!opened.ok())
        return Result<BenchmarkData>::failure(opened.problems());
    const QJsonObject &root = opened.value();
    BenchmarkReader reader(file);
    BenchmarkData d;
    QSet<QString> ids, classes;
    readSources(root, reader, &d, &ids);
    readClasses(root, reader, &d, &classes);
    readDistributions(root, reader, ids, classes, &d);
    readCouncils(root, reader, ids, classes, &d);
    readDispersion(root, reader, ids, &d);
    d.method = reader.text(root, QString(), "method", false);
    if (!reader.problems().isEmpty())
        return Result<BenchmarkData>::failure(reader.problems());
    return d;
}

} // namespace livedna
