#pragma once

#include "core/importers/importreport.h"
#include "core/util/problem.h"

#include <QCoreApplication>
#include <QString>

namespace livedna {

// Current English councils from mySociety's register, one organisation document each
// (code = GSS code), with neighbours derived from mySociety's similarity clusters.
//
// Neighbours: the similarity package labels every council on four measures (physical
// region, emissions profile, deprivation quintile, rural-urban class). Its pairwise distance
// table is not in the shared data, so a council's neighbours are the councils of the same
// tier (county; district; single tier = unitary, metropolitan, London borough, City of
// London) that share at least `minShared` of the four labels, most labels shared first, then
// nearest population, then code; at most `maxNeighbours`. Combined authorities and the GLA
// are in no cluster and get none.
struct CouncilImportOptions
{
    QString registerFile;   // uk_local_authorities.csv
    QString similarityDir;  // folder of *_la_labels.csv; empty: no neighbours
    QString outDir;
    QString period;         // YYYY-YY for new documents
    int maxNeighbours = 10;
    int minShared = 3;
};

class CouncilImporter
{
    Q_DECLARE_TR_FUNCTIONS(CouncilImporter)

public:
    static Result<ImportReport> run(const CouncilImportOptions &options);
};

} // namespace livedna
