#pragma once

#include "core/mapping/mappingmodel.h"
#include "core/mapping/mappingpeers.h"
#include "core/util/problem.h"

#include <optional>

// The mapping workspace's edits as plain functions in front of the undo commands
// (mappingundo.h), as proposalcommands.h does for proposals: each checks its arguments,
// pushes one command with readable undo text, and returns a failure without touching
// anything when the edit makes no sense. Every figure entered is checked: finite, ≥ 0, and
// within the format's bounds; an estimated brick must state its method.
namespace livedna::mapedit {

// Evidence of one brick: published (with a reference into the organisation's own records
// or another listed source) or estimated (with the method and the reason).
struct Evidence
{
    Basis basis = Basis::Published;
    QString source; // a full "<source id>#<locator>" (mappingsource builds the usual ones)
};

// Starting points for a new brick; the caller sets its cost, FTE and evidence before adding.
BrickInstance fromCatalogue(const MappingModel &model, const QString &serviceId, const QString &catalogueBrickId);
BrickInstance fromSystem(const MappingModel &model, const QString &serviceId, const QString &systemId);
BrickInstance fromProduct(const MappingModel &model, const QString &serviceId, const QString &productId);
BrickInstance bespoke(const MappingModel &model, const QString &serviceId, const QString &name,
                      const QString &capability);

// Checks a brick as it would be added (id unique, capability or uses known, figures and
// evidence valid); the same checks every edit applies.
Status check(const MappingModel &model, const QString &serviceId, const BrickInstance &brick, bool isNew);

// Adds `brick` (its id made unique if needed); returns the id it got.
Result<QString> addBrick(MappingModel &model, const QString &serviceId, BrickInstance brick);
Status removeBrick(MappingModel &model, const QString &serviceId, const QString &brickId);
Status setBrickName(MappingModel &model, const QString &serviceId, const QString &brickId, const QString &name);
Status setBrickCost(MappingModel &model, const QString &serviceId, const QString &brickId, double annualCostGbp);
Status setBrickFte(MappingModel &model, const QString &serviceId, const QString &brickId, std::optional<double> fte);
Status setBrickEvidence(MappingModel &model, const QString &serviceId, const QString &brickId, const Evidence &evidence);
Status connectBricks(MappingModel &model, const QString &serviceId, const QString &from, const QString &to,
                     const QString &label = QString());
Status disconnectBricks(MappingModel &model, const QString &serviceId, const QString &from, const QString &to);

// Replaces the service's bricks and flows with `peer`'s composition scaled to this
// organisation (one undo step). `replaceExisting` false refuses when the service already
// has bricks, so nothing the user entered is overwritten unasked.
Status copyFromPeer(MappingModel &model, const QString &serviceId, const PeerComposition &peer, PeerScaling scaling,
                    bool replaceExisting);

// Takes in a spreadsheet import (MappingImporter): the bricks and flows of every service in
// `services` and the imported document's sources replace the draft's, as one undo step.
Status applyImport(MappingModel &model, const Organisation &imported, const QStringList &services);

} // namespace livedna::mapedit
