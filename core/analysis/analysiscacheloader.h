#pragma once

#include "core/analysis/analysisinput.h"
#include "core/util/problem.h"

#include <QCoreApplication>
#include <QString>

namespace livedna {

class Cache;

// Loads the analysis table of one commons from the cache: the catalogue, then one prepared
// scan each over organisation, service and brick_instance (joined to service and
// organisation). On Qt's SQLite driver the scans step the driver's own connection handle
// with the SQLite C API (a QVariant per cell is most of the cost of a million rows). The cache already stores each instance's effective capability (resolved
// with capabilityOf at sync); its layer is that capability's, as layerOf defines it.
// Kept apart from analysisinput.cpp so the pure analyses link without the cache.
class AnalysisCacheLoader
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisCacheLoader)

public:
    // An empty commons id means the most recently synced commons. Fails with a message
    // when the cache holds no commons or a query fails.
    // Parsing every service's value inputs costs a third of a national-scale load, and only
    // the Public Value Index reads them: NoValueInputs leaves AnalysisService::value empty.
    enum class Parts { All, NoValueInputs };
    static Result<AnalysisInput> load(const Cache &cache, const QString &commonsId = QString(),
                                      Parts parts = Parts::All);
    // Forces the QSqlQuery path the loader otherwise uses only when Qt's SQLite driver is
    // not the SQLite this build links (tests run both paths and compare).
    static void setPortableReadsOnly(bool on);
};

} // namespace livedna
