#include "core/proposal/proposalmodel.h"

namespace livedna {

ProposalModel::ProposalModel(QObject *parent)
    : QObject(parent)
{
}

ProposalModel::~ProposalModel()
{
    // Commands hold no pointers into the proposal, but clearing first keeps their
    // destruction independent of member order.
    m_undoStack.clear();
}

void ProposalModel::setProposal(Proposal proposal)
{
    m_undoStack.clear();
    m_proposal = std::move(proposal);
    m_proposal.catalogue.reindex();
    Q_EMIT reset();
    Q_EMIT changed();
}

void ProposalModel::setPalette(const Catalogue &palette)
{
    mergeCatalogue(m_proposal.catalogue, palette);
}

int ProposalModel::brickIndex(const QString &id) const
{
    for (int i = 0; i < m_proposal.service.bricks.size(); ++i) {
        if (m_proposal.service.bricks.at(i).id == id)
            return i;
    }
    return -1;
}

const BrickInstance *ProposalModel::brick(const QString &id) const
{
    const int i = brickIndex(id);
    return i < 0 ? nullptr : &m_proposal.service.bricks.at(i);
}

int ProposalModel::flowIndex(const QString &from, const QString &to) const
{
    for (int i = 0; i < m_proposal.service.flows.size(); ++i) {
        const Flow &f = m_proposal.service.flows.at(i);
        if (f.from == from && f.to == to)
            return i;
    }
    return -1;
}

std::optional<QPointF> ProposalModel::position(const QString &id) const
{
    const auto it = m_proposal.layout.constFind(id);
    if (it == m_proposal.layout.cend())
        return std::nullopt;
    return *it;
}

void ProposalModel::setBrick(int index, const BrickInstance &brick)
{
    Q_ASSERT(index >= 0 && index < m_proposal.service.bricks.size());
    m_proposal.service.bricks[index] = brick;
    Q_EMIT brickChanged(brick.id);
    Q_EMIT changed();
}

void ProposalModel::insertBrick(int index, const BrickInstance &brick)
{
    Q_ASSERT(index >= 0 && index <= m_proposal.service.bricks.size());
    m_proposal.service.bricks.insert(index, brick);
    Q_EMIT bricksChanged();
    Q_EMIT changed();
}

BrickInstance ProposalModel::takeBrick(int index)
{
    Q_ASSERT(index >= 0 && index < m_proposal.service.bricks.size());
    BrickInstance b = m_proposal.service.bricks.takeAt(index);
    Q_EMIT bricksChanged();
    Q_EMIT changed();
    return b;
}

void ProposalModel::insertFlow(int index, const Flow &flow)
{
    Q_ASSERT(index >= 0 && index <= m_proposal.service.flows.size());
    m_proposal.service.flows.insert(index, flow);
    Q_EMIT flowsChanged();
    Q_EMIT changed();
}

Flow ProposalModel::takeFlow(int index)
{
    Q_ASSERT(index >= 0 && index < m_proposal.service.flows.size());
    Flow f = m_proposal.service.flows.takeAt(index);
    Q_EMIT flowsChanged();
    Q_EMIT changed();
    return f;
}

void ProposalModel::setPosition(const QString &id, const std::optional<QPointF> &pos)
{
    if (pos)
        m_proposal.layout.insert(id, *pos);
    else
        m_proposal.layout.remove(id);
    Q_EMIT positionChanged(id);
    Q_EMIT changed();
}

void ProposalModel::setTitle(const QString &title)
{
    m_proposal.title = title;
    Q_EMIT metadataChanged();
    Q_EMIT changed();
}

void ProposalModel::setRationale(const QString &rationale)
{
    m_proposal.rationale = rationale;
    Q_EMIT metadataChanged();
    Q_EMIT changed();
}

void ProposalModel::setAuthor(const QString &author)
{
    m_proposal.author = author;
    Q_EMIT metadataChanged();
    Q_EMIT changed();
}

} // namespace livedna
