#include "core/mapping/mappingmodel.h"

#include <utility>

namespace livedna {

MappingModel::MappingModel(QObject *parent)
    : QObject(parent)
{
}

MappingModel::~MappingModel()
{
    m_undoStack.clear();
}

void MappingModel::setDraft(MappingDraft draft)
{
    m_undoStack.clear();
    m_draft = std::move(draft);
    m_draft.catalogue.reindex();
    Q_EMIT reset();
    Q_EMIT changed();
}

void MappingModel::setCurrentService(const QString &serviceId)
{
    if (serviceId == m_draft.serviceId || !m_draft.org.service(serviceId))
        return;
    m_draft.serviceId = serviceId;
    Q_EMIT currentServiceChanged(serviceId);
    Q_EMIT changed();
}

int MappingModel::brickIndex(const QString &serviceId, const QString &brickId) const
{
    const Service *s = service(serviceId);
    if (!s)
        return -1;
    for (int i = 0; i < s->bricks.size(); ++i)
        if (s->bricks.at(i).id == brickId)
            return i;
    return -1;
}

const BrickInstance *MappingModel::brick(const QString &serviceId, const QString &brickId) const
{
    const int i = brickIndex(serviceId, brickId);
    return i < 0 ? nullptr : &service(serviceId)->bricks.at(i);
}

int MappingModel::flowIndex(const QString &serviceId, const QString &from, const QString &to) const
{
    const Service *s = service(serviceId);
    if (!s)
        return -1;
    for (int i = 0; i < s->flows.size(); ++i)
        if (s->flows.at(i).from == from && s->flows.at(i).to == to)
            return i;
    return -1;
}

Service &MappingModel::mutableService(const QString &serviceId)
{
    Service *s = m_draft.org.service(serviceId);
    Q_ASSERT(s); // commands address services that exist: the list of services never changes
    return *s;
}

void MappingModel::setBrick(const QString &serviceId, int index, const BrickInstance &brick)
{
    Service &s = mutableService(serviceId);
    Q_ASSERT(index >= 0 && index < s.bricks.size());
    s.bricks[index] = brick;
    Q_EMIT brickChanged(serviceId, brick.id);
    Q_EMIT changed();
}

void MappingModel::insertBrick(const QString &serviceId, int index, const BrickInstance &brick)
{
    Service &s = mutableService(serviceId);
    Q_ASSERT(index >= 0 && index <= s.bricks.size());
    s.bricks.insert(index, brick);
    Q_EMIT bricksChanged(serviceId);
    Q_EMIT changed();
}

BrickInstance MappingModel::takeBrick(const QString &serviceId, int index)
{
    Service &s = mutableService(serviceId);
    Q_ASSERT(index >= 0 && index < s.bricks.size());
    BrickInstance b = s.bricks.takeAt(index);
    Q_EMIT bricksChanged(serviceId);
    Q_EMIT changed();
    return b;
}

void MappingModel::insertFlow(const QString &serviceId, int index, const Flow &flow)
{
    Service &s = mutableService(serviceId);
    Q_ASSERT(index >= 0 && index <= s.flows.size());
    s.flows.insert(index, flow);
    Q_EMIT flowsChanged(serviceId);
    Q_EMIT changed();
}

Flow MappingModel::takeFlow(const QString &serviceId, int index)
{
    Service &s = mutableService(serviceId);
    Q_ASSERT(index >= 0 && index < s.flows.size());
    Flow f = s.flows.takeAt(index);
    Q_EMIT flowsChanged(serviceId);
    Q_EMIT changed();
    return f;
}

QPair<QList<BrickInstance>, QList<Flow>> MappingModel::swapComposition(const QString &serviceId,
                                                                       QList<BrickInstance> bricks, QList<Flow> flows)
{
    Service &s = mutableService(serviceId);
    QPair<QList<BrickInstance>, QList<Flow>> old{std::move(s.bricks), std::move(s.flows)};
    s.bricks = std::move(bricks);
    s.flows = std::move(flows);
    Q_EMIT bricksChanged(serviceId);
    Q_EMIT flowsChanged(serviceId);
    Q_EMIT changed();
    return old;
}

QList<Source> MappingModel::swapSources(QList<Source> sources)
{
    QList<Source> old = std::exchange(m_draft.org.sources, std::move(sources));
    Q_EMIT sourcesChanged();
    Q_EMIT changed();
    return old;
}

} // namespace livedna
