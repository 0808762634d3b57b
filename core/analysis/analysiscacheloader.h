#pragma once

#include "core/analysis/analysisinput.h"
#include "core/analysis/analysissummary.h"
#include "core/util/problem.h"

#include <QCoreApplication>
#include <QSqlDatabase>
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
    // ServicesOnly: organisations and services (value inputs included), no instances: all the
    // Public Value ranking reads.
    enum class Parts { All, NoValueInputs, ServicesOnly };
    static Result<AnalysisInput> load(const Cache &cache, const QString &commonsId = QString(),
                                      Parts parts = Parts::All);
    // What load(ServicesOnly) reads, the same rows in the same order, through a connection
    // that may be inside a writer's transaction (the sync ranks services before it commits).
    static Result<AnalysisInput> loadServices(QSqlDatabase db, qint64 commonsRef);
    // The cache's per-organisation, per-capability summary (analysissummary.h) of the
    // latest period of every organisation: a few thousand rows where load() reads a million.
    static Result<AnalysisSummary> loadSummary(const Cache &cache, const QString &commonsId = QString());
    // The drill-down behind one figure, read on demand: every organisation (same indices as
    // loadSummary's) and only the services and instances of `orgCode` whose effective
    // capability is `capabilityId`, in document order.
    static Result<AnalysisInput> loadDetail(const Cache &cache, const QString &commonsId, const QString &orgCode,
                                            const QString &capabilityId);
    // A service's value inputs from the cache's JSON column: the numbers only.
    static QMap<QString, double> valueInputs(const QString &json);
    static QMap<QString, double> valueInputs(const QByteArray &utf8);
    // Forces the QSqlQuery path the loader otherwise uses only when Qt's SQLite driver is
    // not the SQLite this build links (tests run both paths and compare).
    static void setPortableReadsOnly(bool on);
};

} // namespace livedna
