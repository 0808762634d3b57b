#include "core/proposal/proposalundo.h"

#include "core/models/format.h"

#include <QLocale>

namespace livedna {

static QString brickLabel(ProposalModel *model, const QString &id)
{
    const BrickInstance *b = model->brick(id);
    return b && !b->name.isEmpty() ? b->name : id;
}

ChangeBrickName::ChangeBrickName(ProposalModel *model, const QString &brickId, const QString &name)
    : ChangeBrickValue<QString>(model, brickId, name)
{
    setText(tr("Rename “%1” to “%2”").arg(brickLabel(model, brickId), name));
}

ChangeBrickCost::ChangeBrickCost(ProposalModel *model, const QString &brickId, double cost)
    : ChangeBrickValue<double>(model, brickId, cost)
{
    setText(tr("Change cost of “%1” to %2").arg(brickLabel(model, brickId), Format::gbpFull(cost)));
}

ChangeBrickFte::ChangeBrickFte(ProposalModel *model, const QString &brickId, std::optional<double> fte)
    : ChangeBrickValue<std::optional<double>>(model, brickId, fte)
{
    setText(fte ? tr("Change FTE of “%1” to %2").arg(brickLabel(model, brickId)).arg(*fte)
                : tr("Clear FTE of “%1”").arg(brickLabel(model, brickId)));
}

ReplaceBrick::ReplaceBrick(ProposalModel *model, const BrickInstance &before, const BrickInstance &after,
                           const QString &catalogueName)
    : ChangeBrickValue<BrickInstance>(model, before.id, after)
{
    setText(tr("Replace “%1” with %2").arg(before.name.isEmpty() ? before.id : before.name, catalogueName));
}

MoveBrick::MoveBrick(ProposalModel *model, const QString &brickId, const std::optional<QPointF> &pos)
    : m_model(model)
    , m_brickId(brickId)
    , m_pos(pos)
{
    setText(tr("Move “%1”").arg(brickLabel(model, brickId)));
}

bool MoveBrick::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const MoveBrick *>(other);
    if (o->m_model != m_model || o->m_brickId != m_brickId)
        return false;
    setObsolete(m_model->position(m_brickId) == m_pos);
    return true;
}

void MoveBrick::swap()
{
    const std::optional<QPointF> old = m_model->position(m_brickId);
    m_model->setPosition(m_brickId, m_pos);
    m_pos = old;
}

AddRemoveFlow::AddRemoveFlow(ProposalModel *model, int index, const Flow &flow, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_index(index)
    , m_flow(flow)
{
}

void AddRemoveFlow::addFlow()
{
    m_model->insertFlow(m_index, m_flow);
}

void AddRemoveFlow::removeFlow()
{
    m_flow = m_model->takeFlow(m_index);
}

AddFlow::AddFlow(ProposalModel *model, int index, const Flow &flow, QUndoCommand *parent)
    : AddRemoveFlow(model, index, flow, parent)
{
    setText(tr("Connect “%1” to “%2”").arg(brickLabel(model, flow.from), brickLabel(model, flow.to)));
}

RemoveFlow::RemoveFlow(ProposalModel *model, int index, QUndoCommand *parent)
    : AddRemoveFlow(model, index, model->service().flows.at(index), parent)
{
    setText(tr("Disconnect “%1” from “%2”").arg(brickLabel(model, m_flow.from), brickLabel(model, m_flow.to)));
}

AddRemoveBrick::AddRemoveBrick(ProposalModel *model, int index, const BrickInstance &brick,
                               const std::optional<QPointF> &pos, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_index(index)
    , m_brick(brick)
    , m_pos(pos)
{
}

void AddRemoveBrick::addBrick()
{
    m_model->insertBrick(m_index, m_brick);
    if (m_pos)
        m_model->setPosition(m_brick.id, m_pos);
}

void AddRemoveBrick::removeBrick()
{
    m_pos = m_model->position(m_brick.id);
    if (m_pos)
        m_model->setPosition(m_brick.id, std::nullopt);
    m_brick = m_model->takeBrick(m_index);
}

AddBrick::AddBrick(ProposalModel *model, int index, const BrickInstance &brick, const std::optional<QPointF> &pos)
    : AddRemoveBrick(model, index, brick, pos, nullptr)
{
    setText(tr("Add “%1”").arg(brick.name.isEmpty() ? brick.id : brick.name));
}

RemoveBrick::RemoveBrick(ProposalModel *model, int index)
    : AddRemoveBrick(model, index, model->service().bricks.at(index), model->position(model->service().bricks.at(index).id), nullptr)
{
    setText(tr("Remove “%1”").arg(m_brick.name.isEmpty() ? m_brick.id : m_brick.name));
    // Highest index first, so each child's index is still right when it runs.
    const QList<Flow> &flows = model->service().flows;
    for (int i = flows.size() - 1; i >= 0; --i) {
        if (flows.at(i).from == m_brick.id || flows.at(i).to == m_brick.id)
            new RemoveFlow(model, i, this);
    }
}

void RemoveBrick::redo()
{
    QUndoCommand::redo(); // the flows first
    removeBrick();
}

void RemoveBrick::undo()
{
    addBrick();
    QUndoCommand::undo(); // then the flows, in reverse order
}

ChangeProposalText::ChangeProposalText(ProposalModel *model, Field field, const QString &value)
    : m_model(model)
    , m_field(field)
    , m_value(value)
{
    setText(field == Title ? tr("Change title") : tr("Edit rationale"));
}

bool ChangeProposalText::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeProposalText *>(other);
    if (o->m_model != m_model || o->m_field != m_field)
        return false;
    const QString now = m_field == Title ? m_model->proposal().title : m_model->proposal().rationale;
    setObsolete(now == m_value);
    return true;
}

void ChangeProposalText::swap()
{
    const QString old = m_field == Title ? m_model->proposal().title : m_model->proposal().rationale;
    if (m_field == Title)
        m_model->setTitle(m_value);
    else
        m_model->setRationale(m_value);
    m_value = old;
}

} // namespace livedna
