#include "ui/proposal/proposalcanvas.h"

#include "core/domain/measures.h"
#include "core/models/format.h"
#include "core/proposal/proposalcommands.h"
#include "core/proposal/proposalmodel.h"
#include "core/proposal/proposalundo.h"
#include "ui/accessibility.h"
#include "ui/proposal/proposallegend.h"
#include "ui/graph/brickgraphview.h"

#include <algorithm>

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsSceneMouseEvent>
#include <QMenu>
#include <QResizeEvent>
#include <QShowEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QWheelEvent>

#include <cmath>

namespace livedna {

class ProposalBrickItem : public QGraphicsItem
{
public:
    ProposalBrickItem(ProposalCanvas *canvas, const BrickNodeVisual &node, bool movable)
        : m_canvas(canvas)
        , m_node(node)
    {
        // The item's origin is the node's top-left corner, so pos() is the stored position.
        m_node.bounds.translate(-node.bounds.topLeft());
        m_node.shapeRect.translate(-node.bounds.topLeft());
        setPos(node.bounds.topLeft());
        setZValue(1);
        setFlag(ItemIsSelectable);
        setFlag(ItemIsMovable, movable);
        setFlag(ItemSendsGeometryChanges);
        setToolTip(node.toolTip);
    }
    QRectF boundingRect() const override { return m_node.bounds.adjusted(-8, -8, 8, 8); }
    QPainterPath shape() const override
    {
        QPainterPath p;
        p.addRect(m_node.bounds);
        return p;
    }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        if (m_highlight)
            paintHighlight(p, *m_highlight);
        brickpaint::paintNode(p, m_node, option->levelOfDetailFromTransform(p->worldTransform()), isSelected(), false);
    }
    // The change is told by the outline's dash and a sign in its corner as well as by its
    // colour: solid and "+" added, dashed and "~" changed, dotted and "−" removed.
    void paintHighlight(QPainter *p, ChangeKind kind) const
    {
        const QColor c = kind == ChangeKind::Added ? QColor(0x2e, 0x9e, 0x44) : QColor(0xe0, 0x8a, 0x00);
        const Qt::PenStyle style = kind == ChangeKind::Added  ? Qt::SolidLine
                                   : kind == ChangeKind::Changed ? Qt::DashLine
                                                                 : Qt::DotLine;
        p->setPen(QPen(c, 3, style));
        p->setBrush(Qt::NoBrush);
        const QRectF outline = m_node.bounds.adjusted(-5, -5, 5, 5);
        p->drawRoundedRect(outline, 6, 6);
        const QString sign = kind == ChangeKind::Added ? QStringLiteral("+")
                             : kind == ChangeKind::Changed ? QStringLiteral("~")
                                                           : QString(QChar(0x2212));
        const QRectF badge(outline.right() - 9, outline.top() - 9, 18, 18);
        p->setPen(QPen(QColor(0x1f, 0x29, 0x37), 1));
        p->setBrush(Qt::white);
        p->drawEllipse(badge);
        QFont f = p->font();
        f.setBold(true);
        f.setPixelSize(14);
        p->setFont(f);
        p->drawText(badge, Qt::AlignCenter, sign);
    }
    const BrickNodeVisual &node() const { return m_node; }
    QPointF centre() const { return pos() + m_node.shapeRect.center(); }
    void setHighlight(std::optional<ChangeKind> kind)
    {
        m_highlight = kind;
        update();
    }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override
    {
        if (change == ItemPositionHasChanged && scene())
            scene()->update(); // flows follow
        return QGraphicsItem::itemChange(change, value);
    }
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override
    {
        m_pressPos = pos();
        QGraphicsItem::mousePressEvent(event);
    }
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override
    {
        QGraphicsItem::mouseReleaseEvent(event);
        if (pos() != m_pressPos)
            m_canvas->brickMoved(m_node.id, pos());
    }

private:
    ProposalCanvas *m_canvas;
    BrickNodeVisual m_node;
    QPointF m_pressPos;
    std::optional<ChangeKind> m_highlight;
};

ProposalCanvas::ProposalCanvas(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
    , m_legend(new ProposalLegend(this))
{
    setScene(m_scene);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Proposal canvas"));
    setAccessibleDescription(tr("Arrow keys choose a brick, Enter opens its menu, Delete removes it."));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setBackgroundBrush(QColor(0xfa, 0xfb, 0xfc));
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate); // flows are painted in the foreground
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        const QList<QGraphicsItem *> sel = m_scene->selectedItems();
        const QString id = sel.size() == 1 ? static_cast<ProposalBrickItem *>(sel.first())->node().id : QString();
        if (id != m_selected) {
            m_selected = id;
            if (!id.isEmpty())
                accessibility::announce(this, static_cast<ProposalBrickItem *>(sel.first())->node().name);
            Q_EMIT brickSelected(id);
        }
    });
}

ProposalCanvas::~ProposalCanvas()
{
    // The scene announces selection changes while it deletes its items; nobody listens now.
    disconnect(m_scene, nullptr, this, nullptr);
    const QSignalBlocker block(m_scene);
    m_items.clear();
    m_scene->clear();
}

void ProposalCanvas::setModel(ProposalModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_fitted = false;
    if (model)
        connect(model, &ProposalModel::changed, this, &ProposalCanvas::rebuild);
    rebuild();
}

void ProposalCanvas::setService(const Service &service, const Catalogue &catalogue, const QHash<QString, QPointF> &layout)
{
    setModel(nullptr);
    m_readOnly = true;
    m_fitted = false;
    build(service, catalogue, layout);
}

void ProposalCanvas::rebuild()
{
    if (!m_model)
        return;
    build(m_model->service(), m_model->catalogue(), m_model->proposal().layout);
}

void ProposalCanvas::build(const Service &service, const Catalogue &catalogue, const QHash<QString, QPointF> &layout)
{
    const QString keep = m_selected;
    const QSignalBlocker block(m_scene);
    m_scene->clear();
    m_items.clear();
    m_flows.clear();
    m_flowLabels.clear();
    const Result<BrickGraphScene> graph = BrickGraphBuilder::build(service, catalogue);
    if (!graph) {
        Q_EMIT editFailed(graph.errorString());
        return;
    }
    m_legend->setGraph(graph.value());
    placeLegend();
    for (const BrickNodeVisual &node : graph.value().nodes) {
        BrickNodeVisual n = node;
        if (layout.contains(n.id))
            n.bounds.moveTopLeft(layout.value(n.id));
        auto *item = new ProposalBrickItem(this, n, !m_readOnly);
        m_scene->addItem(item);
        m_items.insert(n.id, item);
        if (m_highlights.contains(n.id))
            item->setHighlight(m_highlights.value(n.id));
    }
    for (const Flow &f : service.flows) {
        m_flows.append({f.from, f.to});
        if (!f.label.isEmpty())
            m_flowLabels.insert({f.from, f.to}, f.label);
    }
    QRectF bounds = m_scene->itemsBoundingRect().adjusted(-60, -60, 60, 60);
    m_scene->setSceneRect(bounds);
    if (ProposalBrickItem *item = m_items.value(keep)) {
        item->setSelected(true);
    } else if (!keep.isEmpty()) {
        m_selected.clear();
        Q_EMIT brickSelected(QString());
    }
    if (!m_fitted) {
        fit();
        m_fitted = true;
    }
    viewport()->update();
}

QColor ProposalCanvas::brickColour(const QString &id) const
{
    const ProposalBrickItem *item = m_items.value(id);
    return item ? item->node().fill : QColor();
}

// The legend sits in a margin below the viewport, so it never covers a brick.
void ProposalCanvas::placeLegend()
{
    const int f = frameWidth();
    const int w = width() - 2 * f;
    const int h = std::min(m_legend->heightFor(w), height() / 3);
    setViewportMargins(0, 0, 0, h);
    m_legend->setGeometry(f, height() - f - h, w, h);
    m_legend->setVisible(h > 0);
}

void ProposalCanvas::setHighlights(const QHash<QString, ChangeKind> &highlights)
{
    m_highlights = highlights;
    for (auto it = m_items.begin(); it != m_items.end(); ++it) {
        it.value()->setHighlight(highlights.contains(it.key()) ? std::optional<ChangeKind>(highlights.value(it.key()))
                                                               : std::nullopt);
    }
}

void ProposalCanvas::selectBrick(const QString &id)
{
    m_scene->clearSelection();
    if (ProposalBrickItem *item = m_items.value(id)) {
        item->setSelected(true);
        ensureVisible(item);
    }
}

QPointF ProposalCanvas::brickPosition(const QString &id) const
{
    const ProposalBrickItem *item = m_items.value(id);
    return item ? item->pos() : QPointF();
}

void ProposalCanvas::fit()
{
    if (m_scene->items().isEmpty())
        return;
    fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
    // As the explorer's graph: never so small the labels are illegible (the canvas scrolls),
    // nor so large they look bloated.
    const double s = std::clamp(transform().m11(), BrickGraphView::kMinFitScale, BrickGraphView::kMaxFitScale);
    if (s != transform().m11()) {
        setTransform(QTransform::fromScale(s, s));
        centerOn(m_scene->sceneRect().center());
    }
}

void ProposalCanvas::report(const Status &status)
{
    if (!status)
        Q_EMIT editFailed(status.error);
}

void ProposalCanvas::brickMoved(const QString &id, const QPointF &topLeft)
{
    if (m_model && !m_readOnly)
        report(edit::moveBrick(*m_model, id, topLeft));
}

void ProposalCanvas::showBrickMenu(const QString &id, const QPoint &globalPos)
{
    if (!m_model || m_readOnly)
        return;
    const BrickInstance *brick = m_model->brick(id);
    if (!brick)
        return;
    QMenu menu(this);
    QMenu *replace = menu.addMenu(tr("Replace with commons brick"));
    const QList<const CatalogueBrick *> options = edit::replacementsFor(*m_model, id);
    for (const CatalogueBrick *c : options) {
        const double delta = c->standardAnnualCostGbp - brick->annualCostGbp;
        QAction *a = replace->addAction(tr("%1 — %2 a year (%3)")
                                            .arg(c->name, Format::gbp(c->standardAnnualCostGbp),
                                                 Format::gbpSigned(delta)));
        const QString target = c->id;
        connect(a, &QAction::triggered, this, [this, id, target] { report(edit::replaceBrick(*m_model, id, target)); });
    }
    replace->setEnabled(!options.isEmpty());
    QMenu *connectMenu = menu.addMenu(tr("Connect to"));
    QMenu *disconnectMenu = menu.addMenu(tr("Disconnect from"));
    for (const BrickInstance &other : m_model->service().bricks) {
        if (other.id == id)
            continue;
        const QString label = other.name.isEmpty() ? other.id : other.name;
        const QString to = other.id;
        if (m_model->flowIndex(id, to) < 0) {
            connect(connectMenu->addAction(label), &QAction::triggered, this,
                    [this, id, to] { report(edit::connectBricks(*m_model, id, to)); });
        } else {
            connect(disconnectMenu->addAction(label), &QAction::triggered, this,
                    [this, id, to] { report(edit::disconnectBricks(*m_model, id, to)); });
        }
    }
    connectMenu->setEnabled(!connectMenu->actions().isEmpty());
    disconnectMenu->setEnabled(!disconnectMenu->actions().isEmpty());
    menu.addSeparator();
    connect(menu.addAction(tr("Remove “%1”").arg(brick->name.isEmpty() ? id : brick->name)), &QAction::triggered, this,
            [this, id] { report(edit::removeBrick(*m_model, id)); });
    menu.exec(globalPos);
}

void ProposalCanvas::contextMenuEvent(QContextMenuEvent *event)
{
    // The Menu key (or Shift+F10) opens the selected brick's menu, not whatever is under a
    // point the user did not choose.
    if (event->reason() == QContextMenuEvent::Keyboard && m_items.contains(m_selected)) {
        showBrickMenu(m_selected, brickGlobalCentre(m_selected));
        return;
    }
    for (QGraphicsItem *item : items(event->pos())) {
        if (auto *brick = dynamic_cast<ProposalBrickItem *>(item)) {
            showBrickMenu(brick->node().id, event->globalPos());
            return;
        }
    }
    QGraphicsView::contextMenuEvent(event);
}

QPoint ProposalCanvas::brickGlobalCentre(const QString &id) const
{
    const ProposalBrickItem *item = m_items.value(id);
    return item ? viewport()->mapToGlobal(mapFromScene(item->centre())) : mapToGlobal(rect().center());
}

// Without a mouse: the arrows move the selection to the nearest brick in their direction,
// Enter opens the selected brick's menu (replace, connect, disconnect, remove) and Delete
// removes it (undoable, as from the menu).
void ProposalCanvas::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (!m_items.isEmpty()) {
            selectNearest(event->key());
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_items.contains(m_selected) && m_model && !m_readOnly) {
            showBrickMenu(m_selected, brickGlobalCentre(m_selected));
            return;
        }
        break;
    case Qt::Key_Delete:
        if (m_items.contains(m_selected) && m_model && !m_readOnly) {
            report(edit::removeBrick(*m_model, m_selected));
            return;
        }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void ProposalCanvas::selectNearest(int key)
{
    const ProposalBrickItem *current = m_items.value(m_selected);
    if (!current) {
        // The first brick in reading order: top to bottom, then left to right.
        const ProposalBrickItem *first = nullptr;
        for (const ProposalBrickItem *item : std::as_const(m_items)) {
            const QPointF c = item->centre();
            if (!first || c.y() < first->centre().y() - 1
                || (std::abs(c.y() - first->centre().y()) <= 1 && c.x() < first->centre().x()))
                first = item;
        }
        selectBrick(first->node().id);
        return;
    }
    QList<QPointF> centres;
    QList<const ProposalBrickItem *> items;
    for (const ProposalBrickItem *item : std::as_const(m_items)) {
        centres << item->centre();
        items << item;
    }
    const int best = accessibility::nearestInDirection(current->centre(), centres, key, int(items.indexOf(current)));
    if (best >= 0)
        selectBrick(items.at(best)->node().id);
}

void ProposalCanvas::wheelEvent(QWheelEvent *event)
{
    const double factor = std::pow(1.0015, event->angleDelta().y());
    scale(factor, factor);
    m_autoFit = false;
}

void ProposalCanvas::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    placeLegend();
    if (m_autoFit)
        fit();
}

void ProposalCanvas::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_autoFit)
        fit();
}

void ProposalCanvas::drawForeground(QPainter *painter, const QRectF &)
{
    // Flows are drawn here, between the items' current centres, so they follow a drag.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor colour(0x55, 0x5b, 0x66);
    for (const auto &f : m_flows) {
        const ProposalBrickItem *a = m_items.value(f.first);
        const ProposalBrickItem *b = m_items.value(f.second);
        if (!a || !b)
            continue;
        const QRectF ra = a->node().shapeRect.translated(a->pos());
        const QRectF rb = b->node().shapeRect.translated(b->pos());
        QLineF line(ra.center(), rb.center());
        // Clip to the shapes' edges.
        auto clip = [](const QRectF &r, const QLineF &l, bool atStart) {
            const QPointF c = r.center();
            const QPointF d = atStart ? l.p2() - c : l.p1() - c;
            const double sx = d.x() == 0 ? 1e9 : (r.width() / 2) / std::abs(d.x());
            const double sy = d.y() == 0 ? 1e9 : (r.height() / 2) / std::abs(d.y());
            return c + d * std::min(1.0, std::min(sx, sy));
        };
        line = QLineF(clip(ra, line, true), clip(rb, line, false));
        if (m_flows.contains(qMakePair(f.second, f.first))) {
            // A pair of opposite flows is drawn as two parallel arrows, not one on the other.
            const QLineF normal = line.normalVector().unitVector();
            const QPointF shift = (normal.p2() - normal.p1()) * 5.0;
            line.translate(shift);
        }
        painter->setPen(QPen(colour, 1.4));
        painter->drawLine(line);
        const double angle = std::atan2(-line.dy(), line.dx());
        const QPointF tip = line.p2();
        const QPointF p1 = tip - QPointF(std::cos(angle - 0.45) * 9, -std::sin(angle - 0.45) * 9);
        const QPointF p2 = tip - QPointF(std::cos(angle + 0.45) * 9, -std::sin(angle + 0.45) * 9);
        painter->setBrush(colour);
        painter->drawPolygon(QPolygonF({tip, p1, p2}));
        const QString label = m_flowLabels.value(f);
        if (!label.isEmpty()) {
            painter->setFont(brickpaint::flowFont());
            const QLineF normal = line.normalVector().unitVector();
            painter->drawText(line.center() + (normal.p2() - normal.p1()) * 10.0 - QPointF(20, -4), label);
        }
    }
    painter->restore();
}

} // namespace livedna
