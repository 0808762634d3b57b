#pragma once

#include "core/domain/catalogue.h"
#include "core/domain/measures.h"
#include "core/domain/organisation.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace livedna {

enum class OrgChangeKind { Added, Changed, Removed };
QString orgChangeKindToString(OrgChangeKind kind); // "added", "changed", "removed"

struct OrgBrickChange
{
    OrgChangeKind kind = OrgChangeKind::Changed;
    QString id;
    std::optional<BrickInstance> before; // absent when added
    std::optional<BrickInstance> after;  // absent when removed
    QStringList fields; // changed fields by their JSON names (name, uses, annual_cost_gbp, …)
};

struct OrgServiceChange
{
    OrgChangeKind kind = OrgChangeKind::Changed;
    QString id;
    QString name;
    QStringList fields;       // changed service fields other than bricks (name, reported_cost_gbp, flows, …)
    QList<OrgBrickChange> bricks; // only bricks that differ
    CostSplit before;          // mapped cost of the service before (zero when added)
    CostSplit after;
};

// "Publish my organisation" (issue 14 item 4): what a new organisation document changes
// against the version in the cache — services and bricks added, changed and removed, and
// the change in mapped, frontline and overhead spend (the spec's measures, by brick layer),
// beside the reported spend, which mapping does not change.
struct OrgDiff
{
    Q_DECLARE_TR_FUNCTIONS(OrgDiff)

public:
    QString code;
    QString name;
    QString period;
    bool newDocument = false;   // the cache holds no document of this organisation and period
    QStringList sourcesAdded;   // source ids
    QStringList sourcesRemoved;
    QStringList headerFields;   // organisation fields that changed (name, kind, population, …)
    QList<OrgServiceChange> services; // only services that differ, in the new document's order, removed last
    CostSplit before;           // the whole organisation's mapped spend
    CostSplit after;

    bool isEmpty() const;
    // Counts for a one-line summary.
    int count(OrgChangeKind kind) const;       // services
    int brickCount(OrgChangeKind kind) const; // bricks over every service

    QString toText() const;
    QJsonObject toJson() const;

    // `before` is the cache's document for the same organisation and period (nullopt: new).
    static OrgDiff compute(const std::optional<Organisation> &before, const Organisation &after,
                           const Catalogue &catalogue);
};

} // namespace livedna
