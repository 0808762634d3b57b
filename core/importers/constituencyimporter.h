#pragma once

#include "core/area/areadata.h"
#include "core/importers/importreport.h"
#include "core/util/problem.h"

#include <QCoreApplication>
#include <QString>

namespace livedna {

// Builds the areas document (areas.json, docs/areas.md) from the constituency data of
// ../shared/data/constituencies: the MPs (current_mps.csv), which districts each 2024
// constituency overlaps (lad24_to_pcon24.json) and the acute trusts' catchments by 2021
// district (nhs_trust22_to_ltla21.csv), joined through the council register, whose
// replaced-by maps the 2021 districts of the 2023 reorganisations to today's councils.
struct ConstituencyImportOptions
{
    QString dir;          // folder holding the three files above
    QString registerFile; // uk_local_authorities.csv; empty: DIR/../local-authorities/
    QString odsFile;      // etr_with_header.csv for trust names; empty: DIR/../nhs-orgs/ if present
};

class ConstituencyImporter
{
    Q_DECLARE_TR_FUNCTIONS(ConstituencyImporter)

public:
    struct Output
    {
        ImportReport report;
        AreaData areas;
    };
    static Result<Output> run(const ConstituencyImportOptions &options);
};

} // namespace livedna
