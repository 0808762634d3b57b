#include "core/importers/benchmarkimporter.h"

#include "core/importers/csvreader.h"
#include "core/importers/importcommon.h"
#include "core/util/logging.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>

namespace livedna {

namespace {

// Where the three files come from (../shared/data/benchmarks/SOURCE.md): one analysis
// repository, built from MHCLG Revenue Outturn and ONS mid-year population.
const QString repoUrl = QStringLiteral("https://github.com/dominicm2023/open-data-uk/tree/1956f2e2");
const QString publisher = QStringLiteral("dominicm2023/open-data-uk (from MHCLG Revenue Outturn and ONS mid-year "
                                         "population)");
const QString licence = QStringLiteral("MIT (repository); underlying data Crown copyright, OGL-UK-3.0");

// The source's class codes, labelled as its library file labels them (SD is not in that file).
const QList<BenchmarkClass> knownClasses = {
    {QStringLiteral("LB"), QStringLiteral("London borough")},
    {QStringLiteral("MD"), QStringLiteral("Metropolitan district")},
    {QStringLiteral("SC"), QStringLiteral("Shire county")},
    {QStringLiteral("SD"), QStringLiteral("Shire district")},
    {QStringLiteral("UA"), QStringLiteral("Unitary authority")},
};

// A CSV with the columns an importer needs, located by name.
struct Table
{
    CsvTable csv;
    QHash<QString, int> col;
    QString field(int row, const char *name) const
    {
        const int c = col.value(QLatin1String(name), -1);
        const QStringList &r = csv.rows.at(row);
        return c >= 0 && c < r.size() ? r.at(c).trimmed() : QString();
    }
};

Result<Table> openTable(const QString &path, const QStringList &columns)
{
    Result<CsvTable> t = CsvReader::readFile(path);
    if (!t.ok())
        return Result<Table>::failure(t.problems());
    Table out{t.take(), {}};
    for (const QString &c : columns) {
        const int i = out.csv.column(c);
        if (i < 0)
            return Result<Table>::failure(path, QString(), BenchmarkImporter::tr("No column \"%1\".").arg(c));
        out.col.insert(c, i);
    }
    return out;
}

// A figure of the source: a number, or unknown when blank. False (with *why) when it is
// neither, so the row is skipped rather than a figure invented.
bool figure(const QString &text, const char *name, std::optional<double> *out, QString *why)
{
    const ImportCommon::Amount a = ImportCommon::parseAmount(text);
    if (a.state == ImportCommon::AmountState::Invalid) {
        *why = BenchmarkImporter::tr("%1 is not a number: \"%2\"").arg(QLatin1String(name), text);
        return false;
    }
    *out = a.state == ImportCommon::AmountState::Value ? std::optional<double>(a.value) : std::nullopt;
    return true;
}

bool wholeNumber(const QString &text, const char *name, std::optional<int> *out, QString *why)
{
    std::optional<double> v;
    if (!figure(text, name, &v, why))
        return false;
    if (v && (*v < 0 || *v != double(qint64(*v)))) {
        *why = BenchmarkImporter::tr("%1 is not a whole number: \"%2\"").arg(QLatin1String(name), text);
        return false;
    }
    *out = v ? std::optional<int>(int(*v)) : std::nullopt;
    return true;
}

bool isKnownClass(const QString &code)
{
    for (const BenchmarkClass &c : knownClasses) {
        if (c.code == code)
            return true;
    }
    return false;
}

QString ref(const QString &id, int line)
{
    return QStringLiteral("%1#line %2").arg(id).arg(line);
}

class Importer
{
public:
    Importer(const QDir &dir, ImportReport *report, BenchmarkData *data) : m_dir(dir), m_report(report), m_data(data) {}

    Status distributions();
    Status libraries();
    Status dispersion();

private:
    bool distributionRow(const Table &t, int i, BenchmarkDistribution *d, QString *why);
    void addSource(const QString &id, const QString &title, const QString &year, const char *file, const QString &folder)
    {
        m_data->sources.append({id, title, publisher, licence, repoUrl + folder, year, QLatin1String(file)});
        m_report->sources.append(m_dir.filePath(QLatin1String(file)));
    }

    QDir m_dir;
    ImportReport *m_report;
    BenchmarkData *m_data;
};

bool Importer::distributionRow(const Table &t, int i, BenchmarkDistribution *d, QString *why)
{
    static const QRegularExpression yearRe(QStringLiteral("^\\d{4}-\\d{2}$"));
    d->year = t.field(i, "year");
    d->cls = t.field(i, "cls");
    d->service = t.field(i, "service");
    if (!yearRe.match(d->year).hasMatch()) {
        *why = BenchmarkImporter::tr("year is not a financial year YYYY-YY: \"%1\"").arg(d->year);
        return false;
    }
    if (!isKnownClass(d->cls)) {
        *why = BenchmarkImporter::tr("unknown council class \"%1\"").arg(d->cls);
        return false;
    }
    if (d->service.isEmpty()) {
        *why = BenchmarkImporter::tr("no service");
        return false;
    }
    if (!wholeNumber(t.field(i, "n"), "n", &d->n, why) || !figure(t.field(i, "p10"), "p10", &d->p10, why)
        || !figure(t.field(i, "p25"), "p25", &d->p25, why) || !figure(t.field(i, "median"), "median", &d->median, why)
        || !figure(t.field(i, "p75"), "p75", &d->p75, why) || !figure(t.field(i, "p90"), "p90", &d->p90, why))
        return false;
    const std::optional<double> qs[] = {d->p10, d->p25, d->median, d->p75, d->p90};
    for (int k = 1; k < 5; ++k) {
        if (qs[k - 1] && qs[k] && *qs[k] < *qs[k - 1]) {
            *why = BenchmarkImporter::tr("percentiles decrease (p10 ≤ p25 ≤ median ≤ p75 ≤ p90 expected)");
            return false;
        }
    }
    return true;
}

Status Importer::distributions()
{
    const QString path = m_dir.filePath(QLatin1String(BenchmarkImporter::DistributionsFile));
    Result<Table> t = openTable(path, {QStringLiteral("year"), QStringLiteral("cls"), QStringLiteral("service"),
                                       QStringLiteral("n"), QStringLiteral("p10"), QStringLiteral("p25"),
                                       QStringLiteral("median"), QStringLiteral("p75"), QStringLiteral("p90")});
    if (!t.ok())
        return Status::failure(t.errorString());
    const QString id = QStringLiteral("ro-per-head");
    QSet<QString> seen, years;
    for (int i = 0; i < t.value().csv.rows.size(); ++i) {
        const int line = t.value().csv.lines.at(i);
        ++m_report->rowsIn;
        BenchmarkDistribution d;
        QString why;
        if (!distributionRow(t.value(), i, &d, &why)) {
            m_report->skip(line, why);
            continue;
        }
        const QString key = d.year + QLatin1Char('|') + d.cls + QLatin1Char('|') + d.service;
        if (seen.contains(key)) {
            m_report->skip(line, BenchmarkImporter::tr("a second row for %1, %2, %3").arg(d.year, d.cls, d.service));
            continue;
        }
        seen.insert(key);
        years.insert(d.year);
        if (!d.p10 || !d.p25 || !d.median || !d.p75 || !d.p90)
            m_report->note(line, BenchmarkImporter::tr("a percentile is blank: kept as unknown"));
        d.source = ref(id, line);
        m_data->distributions.append(d);
        ++m_report->imported;
    }
    QStringList y(years.cbegin(), years.cend());
    y.sort();
    addSource(id, BenchmarkImporter::tr("Council spend per head by service: distribution within each council class "
                                        "(p10, p25, median, p75, p90)"),
              y.join(QStringLiteral(", ")), BenchmarkImporter::DistributionsFile, QStringLiteral("/analysis/ro"));
    return Status::success();
}

Status Importer::libraries()
{
    static const QRegularExpression gss(QStringLiteral("^[ENSW]\\d{8}$"));
    const QString path = m_dir.filePath(QLatin1String(BenchmarkImporter::LibrariesFile));
    Result<Table> t = openTable(path, {QStringLiteral("ons_code"), QStringLiteral("name"), QStringLiteral("cls"),
                                       QStringLiteral("value"), QStringLiteral("note")});
    if (!t.ok())
        return Status::failure(t.errorString());
    const QString id = QStringLiteral("library-spend-2024-25");
    const QString year = QStringLiteral("2024-25");
    for (int i = 0; i < t.value().csv.rows.size(); ++i) {
        const int line = t.value().csv.lines.at(i);
        ++m_report->rowsIn;
        BenchmarkCouncilFigure c{t.value().field(i, "ons_code"), t.value().field(i, "name"), t.value().field(i, "cls"),
                                 QStringLiteral("libraries"), year, std::nullopt, t.value().field(i, "note"), ref(id, line)};
        QString why;
        if (!gss.match(c.code).hasMatch())
            why = BenchmarkImporter::tr("not a GSS code: \"%1\"").arg(c.code);
        else if (!isKnownClass(c.cls))
            why = BenchmarkImporter::tr("unknown council class \"%1\"").arg(c.cls);
        if (!why.isEmpty() || !figure(t.value().field(i, "value"), "value", &c.perHead, &why)) {
            m_report->skip(line, why);
            continue;
        }
        if (!c.perHead)
            m_report->note(line, BenchmarkImporter::tr("%1: no figure, kept as unknown").arg(c.code));
        m_data->councils.append(c);
        ++m_report->imported;
    }
    addSource(id, BenchmarkImporter::tr("Library spend per resident of each library authority"), year,
              BenchmarkImporter::LibrariesFile, QStringLiteral("/analysis/strands/libraries"));
    return Status::success();
}

Status Importer::dispersion()
{
    const QString path = m_dir.filePath(QLatin1String(BenchmarkImporter::DispersionFile));
    Result<Table> t = openTable(path, {QStringLiteral("service"), QStringLiteral("county"), QStringLiteral("districts"),
                                       QStringLiteral("min_name"), QStringLiteral("min_per_head"), QStringLiteral("max_name"),
                                       QStringLiteral("max_per_head"), QStringLiteral("ratio")});
    if (!t.ok())
        return Status::failure(t.errorString());
    const QString id = QStringLiteral("county-dispersion");
    for (int i = 0; i < t.value().csv.rows.size(); ++i) {
        const int line = t.value().csv.lines.at(i);
        ++m_report->rowsIn;
        const Table &tb = t.value();
        BenchmarkDispersion d;
        d.service = tb.field(i, "service");
        d.county = tb.field(i, "county");
        d.minName = tb.field(i, "min_name");
        d.maxName = tb.field(i, "max_name");
        d.source = ref(id, line);
        QString why;
        if (d.service.isEmpty() || d.county.isEmpty())
            why = BenchmarkImporter::tr("no service or county");
        if (!why.isEmpty() || !wholeNumber(tb.field(i, "districts"), "districts", &d.districts, &why)
            || !figure(tb.field(i, "min_per_head"), "min_per_head", &d.minPerHead, &why)
            || !figure(tb.field(i, "max_per_head"), "max_per_head", &d.maxPerHead, &why)
            || !figure(tb.field(i, "ratio"), "ratio", &d.ratio, &why)) {
            m_report->skip(line, why);
            continue;
        }
        m_data->dispersion.append(d);
        ++m_report->imported;
    }
    // The file states no year; the source does not say which one either.
    addSource(id, BenchmarkImporter::tr("Within each two-tier county, the cheapest and dearest district per head "
                                        "(gross spend)"),
              QString(), BenchmarkImporter::DispersionFile, QStringLiteral("/analysis/ro"));
    return Status::success();
}

} // namespace

Result<BenchmarkImporter::Output> BenchmarkImporter::run(const QString &dir)
{
    using R = Result<Output>;
    const QDir d(dir);
    if (!d.exists())
        return R::failure(dir, QString(), tr("No such folder."));
    Output out;
    out.report.kind = QStringLiteral("benchmarks");
    out.benchmarks.classes = knownClasses;
    out.benchmarks.method =
        tr("Pounds per head as the source publishes them, built from MHCLG Revenue Outturn and ONS mid-year "
           "population, summarised within each council class (LB, MD, SC, SD, UA) as p10, p25, median, p75 and "
           "p90 for each year. Library figures are net spend per resident (the source's notes flag where "
           "income distorts them); the county dispersion is gross spend per head.");
    Importer im(d, &out.report, &out.benchmarks);
    for (Status (Importer::*step)() : {&Importer::distributions, &Importer::libraries, &Importer::dispersion}) {
        const Status st = (im.*step)();
        if (!st)
            return R::failure(dir, QString(), st.error);
    }
    // What the importer wrote must pass the one reader, or nothing is written.
    const Result<BenchmarkData> check = BenchmarkData::fromJson(out.benchmarks.toJson(), QStringLiteral("benchmarks.json"));
    if (!check.ok())
        return R::failure(check.problems());
    qCInfo(lcImport) << "benchmarks:" << out.report.imported << "imported," << out.report.skipped.size() << "skipped";
    return out;
}

} // namespace livedna
