#include "core/mapping/mappingundo.h"

namespace livedna::mappingundo {

static bool sameBrick(const BrickInstance &a, const BrickInstance &b)
{
    return a.id == b.id && a.name == b.name && a.uses == b.uses && a.capability == b.capability
        && a.annualCostGbp == b.annualCostGbp && a.fte == b.fte && a.basis == b.basis && a.source == b.source;
}

ChangeBrick::ChangeBrick(MappingModel *model, QString serviceId, BrickInstance after, Field field, const QString &text)
    : m_model(model)
    , m_serviceId(std::move(serviceId))
    , m_value(std::move(after))
    , m_field(field)
{
    setText(text);
}

int ChangeBrick::id() const
{
    switch (m_field) {
    case Name: return ChangeNameId;
    case Cost: return ChangeCostId;
    case Fte: return ChangeFteId;
    case Evidence: return ChangeEvidenceId;
    case Whole: break;
    }
    return -1; // never merged
}

bool ChangeBrick::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeBrick *>(other);
    if (o->m_model != m_model || o->m_serviceId != m_serviceId || o->m_value.id != m_value.id || o->m_field != m_field)
        return false;
    // This command keeps the value from before the first edit; the merged step is a no-op
    // (and dropped) when the user typed their way back to it.
    setText(o->text());
    const BrickInstance *now = m_model->brick(m_serviceId, m_value.id);
    setObsolete(now && sameBrick(*now, m_value));
    return true;
}

void ChangeBrick::swap()
{
    const int index = m_model->brickIndex(m_serviceId, m_value.id);
    if (index < 0)
        return;
    BrickInstance old = m_model->service(m_serviceId)->bricks.at(index);
    m_model->setBrick(m_serviceId, index, m_value);
    m_value = std::move(old);
}

AddRemoveFlow::AddRemoveFlow(MappingModel *model, QString serviceId, int index, Flow flow, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_serviceId(std::move(serviceId))
    , m_index(index)
    , m_flow(std::move(flow))
{
}

void AddRemoveFlow::addFlow()
{
    m_model->insertFlow(m_serviceId, m_index, m_flow);
}

void AddRemoveFlow::removeFlow()
{
    m_flow = m_model->takeFlow(m_serviceId, m_index);
}

AddFlow::AddFlow(MappingModel *model, const QString &serviceId, int index, const Flow &flow)
    : AddRemoveFlow(model, serviceId, index, flow, nullptr)
{
    setText(tr("Connect “%1” to “%2”").arg(flow.from, flow.to));
}

RemoveFlow::RemoveFlow(MappingModel *model, const QString &serviceId, int index, QUndoCommand *parent)
    : AddRemoveFlow(model, serviceId, index, model->service(serviceId)->flows.at(index), parent)
{
    setText(tr("Disconnect “%1” from “%2”").arg(m_flow.from, m_flow.to));
}

AddRemoveBrick::AddRemoveBrick(MappingModel *model, QString serviceId, int index, BrickInstance brick)
    : m_model(model)
    , m_serviceId(std::move(serviceId))
    , m_index(index)
    , m_brick(std::move(brick))
{
}

void AddRemoveBrick::addBrick()
{
    m_model->insertBrick(m_serviceId, m_index, m_brick);
}

void AddRemoveBrick::removeBrick()
{
    m_brick = m_model->takeBrick(m_serviceId, m_index);
}

AddBrick::AddBrick(MappingModel *model, const QString &serviceId, const BrickInstance &brick)
    : AddRemoveBrick(model, serviceId, int(model->service(serviceId)->bricks.size()), brick)
{
    setText(tr("Add “%1”").arg(brick.name.isEmpty() ? brick.id : brick.name));
}

RemoveBrick::RemoveBrick(MappingModel *model, const QString &serviceId, int index)
    : AddRemoveBrick(model, serviceId, index, model->service(serviceId)->bricks.at(index))
{
    setText(tr("Remove “%1”").arg(m_brick.name.isEmpty() ? m_brick.id : m_brick.name));
    // Highest index first, so each child's index is still right when it runs.
    const QList<Flow> &flows = model->service(serviceId)->flows;
    for (int i = int(flows.size()) - 1; i >= 0; --i)
        if (flows.at(i).from == m_brick.id || flows.at(i).to == m_brick.id)
            new RemoveFlow(model, serviceId, i, this);
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

ReplaceComposition::ReplaceComposition(MappingModel *model, QString serviceId, QList<BrickInstance> bricks,
                                       QList<Flow> flows, const QString &text, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_serviceId(std::move(serviceId))
    , m_bricks(std::move(bricks))
    , m_flows(std::move(flows))
{
    setText(text);
}

void ReplaceComposition::swap()
{
    auto old = m_model->swapComposition(m_serviceId, std::move(m_bricks), std::move(m_flows));
    m_bricks = std::move(old.first);
    m_flows = std::move(old.second);
}

SetSources::SetSources(MappingModel *model, QList<Source> sources, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_sources(std::move(sources))
{
}

void SetSources::swap()
{
    m_sources = m_model->swapSources(std::move(m_sources));
}

} // namespace livedna::mappingundo
