#pragma once

#include "core/analysis/analysisinput.h"
#include "core/domain/organisation.h"
#include "core/util/problem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace livedna {

class Cache;

// How a peer's composition is scaled to this organisation: by the ratio of the two
// services' reported spend, or of the two organisations' populations. The choice is part
// of every copied brick's stated method.
enum class PeerScaling { ReportedSpend, Population };

// An organisation whose composition of the same service can be copied: it has bricks in it.
struct PeerCandidate
{
    QString code;
    QString name;
    QString serviceId;      // its service in the same peer group (PublicValue::peerKey)
    bool neighbour = false; // named in this organisation's `neighbours`
    std::optional<double> similarity; // Jaccard of capability sets, when this one is mapped too
    double mappedGbp = 0.0;
    int bricks = 0;
    std::optional<double> reported;
    std::optional<qint64> population;
};

// What is copied: one service of one peer.
struct PeerComposition
{
    QString orgCode;
    QString orgName;
    std::optional<qint64> population;
    Service service;
};

struct ScaledComposition
{
    QList<BrickInstance> bricks; // every one estimated, its method in `source`
    QList<Flow> flows;
    double factor = 1.0;
    QString method; // "scaled by reported spend: £A ÷ £B"
};

class MappingPeers
{
    Q_DECLARE_TR_FUNCTIONS(MappingPeers)

public:
    // Neighbours first (in the order the organisation lists them), then the other mapped
    // members of the service's similarity group, most similar first: by Jaccard similarity
    // to this organisation's own bricks when it has some, else nearest the group's standard
    // composition. Only peers with bricks in the service are listed; never itself.
    static QList<PeerCandidate> candidates(const AnalysisInput &input, const Organisation &self,
                                           const Service &service);
    // The factor and its stated method; fails with the reason when a figure it needs is
    // unknown or not positive (an estimate is never made from an unknown).
    static Result<ScaledComposition> scale(const Organisation &self, const Service &target,
                                           const PeerComposition &peer, PeerScaling scaling);
    // Reads the candidate's service from the cache.
    static Result<PeerComposition> load(const Cache &cache, const PeerCandidate &candidate,
                                        const QString &commonsId = QString());
};

} // namespace livedna
