#pragma once

#include "core/cache/cache.h"
#include "core/util/problem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace livedna {

// Read-only queries the explorer views need across every organisation at once. They read
// the cache's tables directly so a national commons (a million brick instances) is never
// loaded organisation by organisation.
struct CapabilityInstance
{
    QString orgCode;
    QString orgName;
    QString serviceId;
    QString serviceName;
    QString brickId;
    QString brickName;
    QString uses; // empty for bespoke
    double cost = 0.0;
};

struct SearchEntry
{
    enum Kind { Organisation, Service, Brick };
    Kind kind = Organisation;
    QString orgCode;
    QString orgName;
    QString serviceId;
    QString serviceName;
    QString name; // brick name for Brick entries
};

class CacheQueries
{
    Q_DECLARE_TR_FUNCTIONS(CacheQueries)

public:
    static Result<QList<CapabilityInstance>> capabilityInstances(const Cache &cache, const QString &capabilityId);
    // Organisations, services and distinct bespoke brick names (with one service each).
    static Result<QList<SearchEntry>> searchEntries(const Cache &cache);
};

} // namespace livedna
