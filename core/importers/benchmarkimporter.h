#pragma once

#include "core/commons/benchmarkdata.h"
#include "core/importers/importreport.h"
#include "core/util/problem.h"

#include <QCoreApplication>
#include <QString>

namespace livedna {

// Builds the benchmarks document (benchmarks.json, docs/benchmarks.md) from the folder
// ../shared/data/benchmarks: ro_per_head_distributions.csv (class distributions of spend per
// head by service and year), library_spend_per_head_2024-25.csv (each library authority's
// own figure) and county_dispersion_gross.csv (cheapest and dearest district per county).
// Every CSV row is either imported or skipped with its line and reason; a blank figure is
// kept as unknown (null), never 0.
class BenchmarkImporter
{
    Q_DECLARE_TR_FUNCTIONS(BenchmarkImporter)

public:
    static constexpr const char *DistributionsFile = "ro_per_head_distributions.csv";
    static constexpr const char *LibrariesFile = "library_spend_per_head_2024-25.csv";
    static constexpr const char *DispersionFile = "county_dispersion_gross.csv";

    struct Output
    {
        ImportReport report;
        BenchmarkData benchmarks;
    };
    static Result<Output> run(const QString &dir);
};

} // namespace livedna
