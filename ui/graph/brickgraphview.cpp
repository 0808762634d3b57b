#include "ui/graph/brickgraphview.h"

#include "ui/accessibility.h"

#include <QGraphicsScene>
#include <QGraphicsSceneHoverEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyleOptionGraphicsItem>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace livedna {

class FlowItem : public QGraphicsItem
{
public:
    explicit FlowItem(const FlowVisual &flow)
        : m_flow(flow)
    {
        setZValue(0);
        setAcceptHoverEvents(false);
        m_bounds = m_flow.path.boundingRect() | m_flow.arrowHead.boundingRect();
        if (m_flow.hasLabel)
            m_bounds |= QRectF(m_flow.labelPos - QPointF(80, 12), QSizeF(160, 24));
        m_bounds.adjust(-3, -3, 3, 3);
    }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        brickpaint::paintFlow(p, m_flow, option->levelOfDetailFromTransform(p->worldTransform()), m_highlighted);
    }
    void setHighlighted(bool on)
    {
        if (on != m_highlighted) {
            m_highlighted = on;
            update();
        }
    }
    const FlowVisual &flow() const { return m_flow; }

private:
    FlowVisual m_flow;
    QRectF m_bounds;
    bool m_highlighted = false;
};

class BrickNodeItem : public QGraphicsItem
{
public:
    explicit BrickNodeItem(const BrickNodeVisual &node)
        : m_node(node)
    {
        setZValue(1);
        setFlag(ItemIsSelectable);
        setFlag(ItemIsFocusable);
        setAcceptHoverEvents(true);
        setToolTip(node.toolTip);
        m_shape = brickpaint::nodeShapePath(node);
    }
    QRectF boundingRect() const override { return m_node.bounds.adjusted(-6, -6, 6, 6); }
    QPainterPath shape() const override
    {
        // The whole node box is clickable, not only the (possibly tiny) shape.
        QPainterPath p;
        p.addRect(m_node.bounds);
        return p;
    }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        brickpaint::paintNode(p, m_node, option->levelOfDetailFromTransform(p->worldTransform()), isSelected(), m_hovered);
    }
    const BrickNodeVisual &node() const { return m_node; }

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *) override
    {
        m_hovered = true;
        update();
    }
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *) override
    {
        m_hovered = false;
        update();
    }

private:
    BrickNodeVisual m_node;
    QPainterPath m_shape;
    bool m_hovered = false;
};

BrickGraphView::BrickGraphView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Service brick graph"));
    setAccessibleDescription(tr("Bricks of the selected service; use the arrow keys or Tab to move between bricks, + and - to zoom, 0 to fit"));
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &BrickGraphView::onSelectionChanged);
}

BrickGraphView::~BrickGraphView()
{
    // QWidget's destructor deletes the scene (our child) after our members are gone, and the
    // scene emits selectionChanged while it deletes a selected item: that must not reach
    // onSelectionChanged any more.
    disconnect(m_scene, nullptr, this, nullptr);
    m_nodes.clear();
    m_flows.clear();
}

void BrickGraphView::clearItems()
{
    // The lists must be empty before the items die: deleting a selected item emits
    // selectionChanged synchronously, and onSelectionChanged walks the lists.
    m_nodes.clear();
    m_flows.clear();
    m_scene->clear();
}

void BrickGraphView::setGraph(BrickGraphScene graph)
{
    clearItems();
    m_selected = -1;
    m_graph = std::move(graph);
    for (const FlowVisual &f : std::as_const(m_graph.flows)) {
        auto *item = new FlowItem(f);
        m_scene->addItem(item);
        m_flows.append(item);
    }
    for (const BrickNodeVisual &n : std::as_const(m_graph.nodes)) {
        auto *item = new BrickNodeItem(n);
        m_scene->addItem(item);
        m_nodes.append(item);
    }
    const QRectF r = m_graph.bounds.adjusted(-40, -40, 40, 40);
    m_scene->setSceneRect(r);
    m_autoFit = true;
    fitGraph();
    viewport()->update();
    Q_EMIT graphChanged();
}

void BrickGraphView::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

void BrickGraphView::selectBrick(int brickIndex)
{
    for (BrickNodeItem *item : std::as_const(m_nodes)) {
        const bool on = item->node().brickIndex == brickIndex;
        item->setSelected(on);
        if (on)
            ensureVisible(item, 40, 40);
    }
}

void BrickGraphView::onSelectionChanged()
{
    int selected = -1;
    int nodeIndex = -1;
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i)->isSelected()) {
            selected = m_nodes.at(i)->node().brickIndex;
            nodeIndex = i;
            break;
        }
    }
    for (FlowItem *f : std::as_const(m_flows))
        f->setHighlighted(nodeIndex >= 0 && (f->flow().from == nodeIndex || f->flow().to == nodeIndex));
    if (selected != m_selected) {
        m_selected = selected;
        if (nodeIndex >= 0) {
            const BrickNodeVisual &node = m_nodes.at(nodeIndex)->node();
            accessibility::announce(this, node.capabilityName.isEmpty() || node.capabilityName == node.name
                                              ? node.name
                                              : QStringLiteral("%1 (%2)").arg(node.name, node.capabilityName));
        }
        Q_EMIT brickSelected(selected);
    }
}

double BrickGraphView::currentScale() const
{
    return transform().m11();
}

void BrickGraphView::fitGraph()
{
    if (m_nodes.isEmpty()) {
        resetTransform();
        return;
    }
    fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
    // The graph fills its pane, but its labels stay legible (a large graph scrolls) and a
    // small one is not blown up until its text looks bloated.
    const double s = std::clamp(currentScale(), kMinFitScale, kMaxFitScale);
    if (s != currentScale()) {
        resetTransform();
        scale(s, s);
        centerOn(m_scene->sceneRect().center());
    }
    m_autoFit = true;
}

void BrickGraphView::zoomBy(double factor)
{
    const double s = currentScale() * factor;
    if (s < 0.05 || s > 8.0)
        return;
    scale(factor, factor);
    m_autoFit = false;
}

void BrickGraphView::zoomIn()
{
    zoomBy(1.25);
}

void BrickGraphView::zoomOut()
{
    zoomBy(0.8);
}

void BrickGraphView::resetZoom()
{
    resetTransform();
    m_autoFit = false;
}

void BrickGraphView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.15, steps));
    event->accept();
}

void BrickGraphView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
    case Qt::Key_Home:
        fitGraph();
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        if (m_nodes.isEmpty())
            break;
        // Move the selection to the nearest brick in the arrow's direction.
        int current = -1;
        for (int i = 0; i < m_nodes.size(); ++i) {
            if (m_nodes.at(i)->isSelected())
                current = i;
        }
        if (current < 0) {
            selectBrick(m_nodes.first()->node().brickIndex);
            return;
        }
        QList<QPointF> centres;
        for (const auto *node : std::as_const(m_nodes))
            centres << node->node().shapeRect.center();
        const int best = accessibility::nearestInDirection(centres.at(current), centres, event->key(), current);
        if (best >= 0) {
            m_scene->clearSelection();
            selectBrick(m_nodes.at(best)->node().brickIndex);
        }
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected >= 0) {
            Q_EMIT brickActivated(m_selected);
            return;
        }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void BrickGraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitGraph();
}

void BrickGraphView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, QColor(0xFB, 0xFB, 0xFC));
    // A faint dot grid gives a sense of scale while zooming and panning.
    const double step = 24.0;
    if (currentScale() * step < 8.0)
        return;
    painter->setPen(QPen(QColor(0xE2, 0xE5, 0xEA), 1.4 / currentScale()));
    const double left = std::floor(rect.left() / step) * step;
    const double top = std::floor(rect.top() / step) * step;
    QVector<QPointF> points;
    for (double x = left; x < rect.right(); x += step)
        for (double y = top; y < rect.bottom(); y += step)
            points.append(QPointF(x, y));
    painter->drawPoints(points.constData(), int(points.size()));
}

void BrickGraphView::drawForeground(QPainter *painter, const QRectF &)
{
    if (!m_nodes.isEmpty() || m_placeholder.isEmpty())
        return;
    painter->save();
    painter->resetTransform();
    painter->setPen(colours::mutedInk()); // 4.5:1 and more on the canvas
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.1);
    painter->setFont(f);
    painter->drawText(viewport()->rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
    painter->restore();
}

} // namespace livedna
