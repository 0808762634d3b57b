#pragma once

#include "core/domain/cataloguechange.h"
#include "core/util/problem.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>

#include <utility>
#include <vector>

namespace livedna {

// The cached columns a catalogue decides (issue 12: a bricks.json change applied in well
// under a second at national scale): the effective capability of standard instances, the
// frontline/overhead split of services and organisations, and the analysis summary's
// per-capability rows. An instance's layer is not stored (it is its capability's), so a
// layer change rewrites no instance row. Each step visits only the rows the change reaches,
// through the brick_instance(capability, service_ref) index, and re-sums a service or an
// organisation in document order exactly as the sync's measureService() does, so the result
// equals, bit for bit, a cache synced from scratch with the new catalogue. Runs inside the
// caller's transaction; the capability table must already hold the new catalogue.
class DerivedRecompute
{
public:
    DerivedRecompute(const QSqlDatabase &db, qint64 commonsRef);

    // Only what `change` reaches.
    Status apply(const CatalogueChange &change);
    // Every row of the commons (when no previous catalogue is known).
    Status all();

private:
    Status prepare();
    Status moveBricks(const QList<CatalogueChange::Brick> &moved);
    Status markServicesWith(const QString &capability);
    Status markOrganisations(const QHash<QString, Layer> &layers);
    Status resumServices();
    Status resumOrganisations();
    Status relayerSummary(const QHash<QString, Layer> &layers);
    Status finish(Status st);
    Status failed(const QString &error) const;

    QSqlDatabase m_db;
    qint64 m_commons;
    bool m_raw = false;
    bool m_onlyCommons = false; // the cache holds this commons only
    // The new catalogue's capabilities and layers: a few dozen, looked up for every instance
    // visited, from SQLite's bytes (a linear scan beats hashing them).
    std::vector<std::pair<QByteArray, Layer>> m_layers;
    QSet<qint64> m_splitOrgs;           // organisations whose service splits moved
    QList<qint64> m_summaryOrgs;        // organisations whose summary is rebuilt whole
};

} // namespace livedna
