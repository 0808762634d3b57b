#pragma once

#include "core/util/problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace livedna {

// The benchmarks document of a commons (benchmarks.json, format "livedna-benchmarks/1";
// docs/benchmarks.md): published peer distributions of council spend per head by service,
// built by `livedna-cli import benchmarks` from ../shared/data/benchmarks. It travels as an
// index extra like areas.json, so the shared data itself never enters the repository.
//
// Every row names its source: `source` is "<source id>#line N", N the physical line of the
// CSV file that `sources[].file` names. An unknown figure is absent (nullopt), never 0.

// One dataset the document was built from.
struct BenchmarkSource
{
    QString id;        // [a-z0-9][a-z0-9.-]*, e.g. "ro-per-head"
    QString title;     // the dataset, in words
    QString publisher; // who published it
    QString licence;
    QString url;       // where it was taken from (repository and commit)
    QString year;      // the financial years it covers, e.g. "2013-14, 2018-19, 2024-25"
    QString file;      // the file's name in the source folder
};

// A council class of the source: LB London borough, MD metropolitan district, SC shire
// county, SD shire district, UA unitary authority.
struct BenchmarkClass
{
    QString code;
    QString label;
};

// ro_per_head_distributions.csv: one row per year, class and service.
struct BenchmarkDistribution
{
    QString year;    // YYYY-YY
    QString cls;     // a BenchmarkClass code
    QString service; // the source's service name, e.g. "children_social_care"
    std::optional<int> n; // councils in the class with a figure
    std::optional<double> p10, p25, median, p75, p90; // £ per head
    QString source;  // "<id>#line N"
};

// library_spend_per_head_2024-25.csv: one library authority's spend per resident.
struct BenchmarkCouncilFigure
{
    QString code; // GSS
    QString name;
    QString cls;
    QString service; // "libraries"
    QString year;
    std::optional<double> perHead;
    QString note;    // the source's caution, empty when none
    QString source;
};

// county_dispersion_gross.csv: within a two-tier county, the cheapest and dearest district.
struct BenchmarkDispersion
{
    QString service;
    QString county; // the county's name as the source writes it, e.g. "Devon CC"
    std::optional<int> districts;
    QString minName;
    std::optional<double> minPerHead;
    QString maxName;
    std::optional<double> maxPerHead;
    std::optional<double> ratio;
    QString source;
};

struct BenchmarkData
{
    Q_DECLARE_TR_FUNCTIONS(BenchmarkData)

public:
    static constexpr const char *Format = "livedna-benchmarks/1";

    QList<BenchmarkSource> sources;
    QList<BenchmarkClass> classes;
    QList<BenchmarkDistribution> distributions;
    QList<BenchmarkCouncilFigure> councils;
    QList<BenchmarkDispersion> dispersion;
    QString method; // what the figures are, in words (per head of which population, net or gross)

    const BenchmarkSource *source(const QString &id) const;
    // The source named by a row's "<id>#locator", or nullptr.
    const BenchmarkSource *sourceOf(const QString &ref) const;
    QString classLabel(const QString &code) const; // the code itself when unknown
    // The years with a distribution for this class and service, ascending.
    QStringList years(const QString &cls, const QString &service) const;
    const BenchmarkDistribution *distribution(const QString &year, const QString &cls, const QString &service) const;
    const BenchmarkCouncilFigure *council(const QString &code, const QString &service, const QString &year) const;

    QByteArray toJson() const;
    // The one checker of the format: every problem with its JSON pointer, nothing returned
    // unless the whole document is valid.
    static Result<BenchmarkData> fromJson(const QByteArray &bytes, const QString &file);
};

} // namespace livedna
