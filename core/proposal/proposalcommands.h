#pragma once

#include "core/proposal/proposalmodel.h"
#include "core/util/problem.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

// The workspace's edits as plain functions in front of the undo commands (as Subsurface's
// commands/command.h): views call these, never construct commands. Each checks its
// arguments, pushes one command with readable undo text onto the model's stack, and
// returns a failure without touching anything when the edit makes no sense.
namespace livedna::edit {

// Standard bricks that can replace `brickId`: the catalogue's bricks of the same
// capability, cheapest first, without the one it already uses.
QList<const CatalogueBrick *> replacementsFor(const ProposalModel &model, const QString &brickId);
Status replaceBrick(ProposalModel &model, const QString &brickId, const QString &catalogueBrickId);

// Adds an instance of a catalogue brick at its standard cost; returns the new brick's id.
Result<QString> addStandardBrick(ProposalModel &model, const QString &catalogueBrickId,
                                 const std::optional<QPointF> &pos = std::nullopt);
Result<QString> addBespokeBrick(ProposalModel &model, const QString &name, const QString &capability,
                                double annualCostGbp, const std::optional<QPointF> &pos = std::nullopt);
Status removeBrick(ProposalModel &model, const QString &brickId);

Status setBrickName(ProposalModel &model, const QString &brickId, const QString &name);
Status setBrickCost(ProposalModel &model, const QString &brickId, double annualCostGbp);
Status setBrickFte(ProposalModel &model, const QString &brickId, std::optional<double> fte);

Status connectBricks(ProposalModel &model, const QString &from, const QString &to, const QString &label = QString());
Status disconnectBricks(ProposalModel &model, const QString &from, const QString &to);
Status moveBrick(ProposalModel &model, const QString &brickId, const QPointF &pos);

Status setTitle(ProposalModel &model, const QString &title);
Status setRationale(ProposalModel &model, const QString &rationale);

} // namespace livedna::edit
