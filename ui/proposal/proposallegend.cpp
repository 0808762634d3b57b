#include "ui/proposal/proposallegend.h"

#include <QPainter>

#include <algorithm>

namespace livedna {

namespace {
constexpr int Pad = 6;
}

ProposalLegend::ProposalLegend(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Proposal legend"));
    setAutoFillBackground(false);
}

void ProposalLegend::setGraph(const BrickGraphScene &graph)
{
    m_graph = graph;
    update();
}

int ProposalLegend::heightFor(int width) const
{
    if (m_graph.nodes.isEmpty())
        return 0;
    return int(std::ceil(brickpaint::legendSize(m_graph, std::max(200, width - 2 * Pad)).height())) + 2 * Pad;
}

void ProposalLegend::paintEvent(QPaintEvent *)
{
    if (m_graph.nodes.isEmpty())
        return;
    QPainter p(this);
    p.fillRect(rect(), QColor(0xFB, 0xFB, 0xFC));
    p.setPen(QColor(0xE5, 0xE7, 0xEB));
    p.drawLine(rect().topLeft(), rect().topRight());
    brickpaint::paintLegend(&p, m_graph, QRectF(Pad, Pad, width() - 2 * Pad, height() - 2 * Pad));
}

} // namespace livedna
