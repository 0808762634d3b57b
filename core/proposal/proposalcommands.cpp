#include "core/proposal/proposalcommands.h"

#include "core/domain/measures.h"
#include "core/proposal/proposalundo.h"

#include <cmath>

namespace livedna::edit {

// A class of its own so that lupdate files these texts under the context asked for at run
// time (a free tr() wrapper is filed under the enclosing namespace or class instead).
struct ProposalEdit
{
    Q_DECLARE_TR_FUNCTIONS(ProposalEdit)
};

static Status noBrick(const QString &id)
{
    return Status::failure(ProposalEdit::tr("The service has no brick '%1'.").arg(id));
}

QList<const CatalogueBrick *> replacementsFor(const ProposalModel &model, const QString &brickId)
{
    const BrickInstance *b = model.brick(brickId);
    if (!b)
        return {};
    QList<const CatalogueBrick *> list = model.catalogue().bricksOf(capabilityOf(*b, model.catalogue()));
    list.removeIf([&](const CatalogueBrick *c) { return c->id == b->uses; });
    return list;
}

Status replaceBrick(ProposalModel &model, const QString &brickId, const QString &catalogueBrickId)
{
    const BrickInstance *b = model.brick(brickId);
    if (!b)
        return noBrick(brickId);
    const CatalogueBrick *c = model.catalogue().brick(catalogueBrickId);
    if (!c)
        return Status::failure(ProposalEdit::tr("The commons has no brick '%1'.").arg(catalogueBrickId));
    const QString capability = capabilityOf(*b, model.catalogue());
    if (c->capability != capability) {
        return Status::failure(ProposalEdit::tr("%1 provides '%2', not '%3' like the brick it would replace.")
                                   .arg(c->name, c->capability, capability));
    }
    if (b->uses == c->id)
        return Status::failure(ProposalEdit::tr("'%1' already uses %2.").arg(brickId, c->name));
    BrickInstance after = *b;
    after.uses = c->id;
    after.capability.clear(); // a standard instance takes its capability from the catalogue
    after.name = c->name;
    after.annualCostGbp = c->standardAnnualCostGbp;
    after.fte.reset(); // the in-house staff of a bespoke brick do not come with a commons one
    model.undoStack()->push(new ReplaceBrick(&model, *b, after, c->name));
    return Status::success();
}

Result<QString> addStandardBrick(ProposalModel &model, const QString &catalogueBrickId, const std::optional<QPointF> &pos)
{
    const CatalogueBrick *c = model.catalogue().brick(catalogueBrickId);
    if (!c)
        return Result<QString>::failure({}, {}, ProposalEdit::tr("The commons has no brick '%1'.").arg(catalogueBrickId));
    BrickInstance b;
    b.id = uniqueBrickId(model.service(), c->id);
    b.name = c->name;
    b.uses = c->id;
    b.annualCostGbp = c->standardAnnualCostGbp;
    model.undoStack()->push(new AddBrick(&model, int(model.service().bricks.size()), b, pos));
    return b.id;
}

Result<QString> addBespokeBrick(ProposalModel &model, const QString &name, const QString &capability,
                                double annualCostGbp, const std::optional<QPointF> &pos)
{
    if (!model.catalogue().capability(capability))
        return Result<QString>::failure({}, {}, ProposalEdit::tr("The commons has no capability '%1'.").arg(capability));
    if (!std::isfinite(annualCostGbp) || annualCostGbp < 0)
        return Result<QString>::failure({}, {}, ProposalEdit::tr("A cost must be a number of pounds, zero or more."));
    BrickInstance b;
    b.id = uniqueBrickId(model.service(), name);
    b.name = name;
    b.capability = capability;
    b.annualCostGbp = annualCostGbp;
    model.undoStack()->push(new AddBrick(&model, int(model.service().bricks.size()), b, pos));
    return b.id;
}

Status removeBrick(ProposalModel &model, const QString &brickId)
{
    const int index = model.brickIndex(brickId);
    if (index < 0)
        return noBrick(brickId);
    model.undoStack()->push(new RemoveBrick(&model, index));
    return Status::success();
}

Status setBrickName(ProposalModel &model, const QString &brickId, const QString &name)
{
    const BrickInstance *b = model.brick(brickId);
    if (!b)
        return noBrick(brickId);
    if (b->name == name)
        return Status::success();
    model.undoStack()->push(new ChangeBrickName(&model, brickId, name));
    return Status::success();
}

Status setBrickCost(ProposalModel &model, const QString &brickId, double annualCostGbp)
{
    const BrickInstance *b = model.brick(brickId);
    if (!b)
        return noBrick(brickId);
    if (!std::isfinite(annualCostGbp) || annualCostGbp < 0)
        return Status::failure(ProposalEdit::tr("A cost must be a number of pounds, zero or more."));
    if (b->annualCostGbp == annualCostGbp)
        return Status::success();
    model.undoStack()->push(new ChangeBrickCost(&model, brickId, annualCostGbp));
    return Status::success();
}

Status setBrickFte(ProposalModel &model, const QString &brickId, std::optional<double> fte)
{
    const BrickInstance *b = model.brick(brickId);
    if (!b)
        return noBrick(brickId);
    if (fte && (!std::isfinite(*fte) || *fte < 0))
        return Status::failure(ProposalEdit::tr("FTE must be a number, zero or more."));
    if (b->fte == fte)
        return Status::success();
    model.undoStack()->push(new ChangeBrickFte(&model, brickId, fte));
    return Status::success();
}

Status connectBricks(ProposalModel &model, const QString &from, const QString &to, const QString &label)
{
    if (!model.brick(from))
        return noBrick(from);
    if (!model.brick(to))
        return noBrick(to);
    if (model.flowIndex(from, to) >= 0)
        return Status::failure(ProposalEdit::tr("'%1' already flows to '%2'.").arg(from, to));
    model.undoStack()->push(new AddFlow(&model, int(model.service().flows.size()), Flow{from, to, label}));
    return Status::success();
}

Status disconnectBricks(ProposalModel &model, const QString &from, const QString &to)
{
    const int index = model.flowIndex(from, to);
    if (index < 0)
        return Status::failure(ProposalEdit::tr("'%1' does not flow to '%2'.").arg(from, to));
    model.undoStack()->push(new RemoveFlow(&model, index));
    return Status::success();
}

Status moveBrick(ProposalModel &model, const QString &brickId, const QPointF &pos)
{
    if (!model.brick(brickId))
        return noBrick(brickId);
    if (!std::isfinite(pos.x()) || !std::isfinite(pos.y()))
        return Status::failure(ProposalEdit::tr("A position must be finite."));
    model.undoStack()->push(new MoveBrick(&model, brickId, pos));
    return Status::success();
}

Status setTitle(ProposalModel &model, const QString &title)
{
    if (model.proposal().title == title)
        return Status::success();
    model.undoStack()->push(new ChangeProposalText(&model, ChangeProposalText::Title, title));
    return Status::success();
}

Status setRationale(ProposalModel &model, const QString &rationale)
{
    if (model.proposal().rationale == rationale)
        return Status::success();
    model.undoStack()->push(new ChangeProposalText(&model, ChangeProposalText::Rationale, rationale));
    return Status::success();
}

} // namespace livedna::edit
