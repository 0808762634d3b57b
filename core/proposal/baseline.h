#pragma once

#include "core/proposal/compare.h"
#include "core/proposal/proposal.h"

#include <QCoreApplication>

namespace livedna {

class Cache;

// Whether the published service a draft started from is still what the commons publishes.
struct BaselineCheck
{
    enum State { NoBaseline, Current, Changed, Withdrawn, CommonsMissing };
    State state = NoBaseline;
    qint64 currentVersion = 0;
    QString currentSha256;
    ServiceDiff changes; // baseline as stored -> as published now, for Changed
    QString message;     // one translated sentence for the workspace banner and the CLI
};

class Baselines
{
    Q_DECLARE_TR_FUNCTIONS(Baselines)

public:
    // A new draft of a published service, its baseline pinned to the cache's current data.
    static Result<Proposal> startFromService(const Cache &cache, const QString &orgCode,
                                             const QString &serviceId, const QString &commonsId = QString());
    // The reported composition of a published service that has no bricks: one bespoke brick
    // per published cost line (employees, running costs) in the service's layer, under a
    // "reported-frontline" or "reported-overhead" capability added to `catalogue`, each with
    // the figure's source; its systems stay. Nothing when the service has bricks, publishes
    // no breakdown, or states no layer (a line's layer would then be a guess).
    static std::optional<Service> reportedComposition(const Service &published, Catalogue *catalogue);
    // The capability id reportedComposition() gives a cost line of `layer`.
    static QString reportedCapability(Layer layer);
    // A new service from scratch ("pop-up service") with the whole catalogue as palette.
    static Proposal startBlank(const Catalogue &catalogue, const QString &title);
    // Reads the cache only.
    static BaselineCheck check(const Proposal &proposal, const Cache &cache);
};

} // namespace livedna
