#pragma once

#include "core/util/problem.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace livedna {

// What a folder of organisation documents (OUT/orgs/CODE/PERIOD.json) holds, read back with
// CommonsReader: organisations, documents, services, figures by kind and figures per source.
// build-real-commons.sh prints it so that a gap in the data shows as a number.
struct Coverage
{
    Q_DECLARE_TR_FUNCTIONS(Coverage)

public:
    int councils = 0, trusts = 0, otherOrgs = 0;
    int documents = 0;
    QMap<QString, int> documentsByPeriod;
    int services = 0;
    int servicesWithReportedCost = 0;
    int servicesWithLayer = 0;
    int publishedBricks = 0;
    int estimatedBricks = 0;
    int systems = 0;
    int systemsWithProduct = 0;
    int figuresWithoutSource = 0;
    int unresolvedSources = 0;        // a source id not listed in the document's sources
    QMap<QString, int> figuresBySource; // source id -> figures (reported costs, reported, bricks, systems)

    static Result<Coverage> ofFolder(const QString &dir);
    QString toText() const;
};

} // namespace livedna
