#pragma once

#include "core/domain/catalogue.h"
#include "core/domain/organisation.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>
#include <vector>

namespace livedna {

// The compact, immutable table every analysis runs over: organisations, services and one
// row per brick instance with its effective capability (interned) and layer already
// resolved with capabilityOf()/layerOf(). Built either from hand-made Organisations (tests,
// proposals) or from the cache in one scan (analysiscacheloader.h). Indices, not pointers,
// link the rows so the table can be copied and shared between threads.
struct AnalysisOrg
{
    QString code;
    QString name;
    OrgKind kind = OrgKind::Other;
    std::optional<qint64> population; // units of a per-resident price; unknown when absent
};

struct AnalysisService
{
    int org = -1;
    QString id;
    QString name;
    std::optional<int> lgsl;
    std::optional<double> volume;
    QMap<QString, double> value; // Public Value Index inputs; empty when none
    double cost = 0.0;           // measureService().total
    std::optional<double> reportedCost; // reported_cost_gbp; unknown when absent
    int bricks = 0;                     // 0: the service is not mapped into bricks yet
    qint64 rowId = 0;                   // service.id when loaded from the cache, else 0

    bool isMapped() const { return bricks > 0; }
};

struct AnalysisInstance
{
    int org = -1;
    int service = -1;
    int capability = -1; // index into AnalysisInput::capabilityIds
    QString bid;         // brick id inside its service
    QString uses;        // catalogue brick id, empty for bespoke
    double cost = 0.0;
    std::optional<double> fte; // units of a per-user price; unknown when absent
    Layer layer = Layer::Overhead;
    qint64 rowId = 0;    // brick_instance.id when loaded from the cache, else 0

    bool isStandard() const { return !uses.isEmpty(); }
};

class AnalysisInput
{
public:
    Catalogue catalogue;
    QList<AnalysisOrg> orgs;
    QList<AnalysisService> services;
    std::vector<AnalysisInstance> instances;
    // Catalogue capabilities first, in catalogue order, then any capability an instance
    // names that the catalogue lacks (a reader refuses those, but analysis must not crash).
    QStringList capabilityIds;
    // The instances' names, parallel to `instances` where a loader read them (the drill-down
    // shows names, issue 13); empty for the bulk load, which keeps only what analysis needs.
    std::vector<QString> instanceNames;
    QString instanceName(size_t instance) const
    {
        return instance < instanceNames.size() ? instanceNames[instance] : QString();
    }

    static AnalysisInput fromOrganisations(const Catalogue &catalogue,
                                           const QList<Organisation> &organisations);

    // Interns a capability id, appending it when new. Builders call this; analyses only read.
    int internCapability(const QString &id);
    int capabilityIndex(const QString &id) const; // -1 when unknown
    int orgIndex(const QString &code) const;      // -1 when unknown
    QString capabilityName(int capability) const; // catalogue name, else the id
    // Rebuilds the lookups after editing the lists by hand.
    void reindex();

private:
    QHash<QString, int> m_capabilityIndex;
    QHash<QString, int> m_orgIndex;
};

} // namespace livedna
