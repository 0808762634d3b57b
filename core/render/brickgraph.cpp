#include "core/render/brickgraph.h"

#include "core/domain/measures.h"
#include "core/layout/graphlayout.h"
#include "core/models/figures.h"
#include "core/models/format.h"

#include <QFontMetricsF>
#include <QHash>
#include <QLineF>
#include <QPainter>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace livedna {

namespace {

constexpr double kLabelGap = 3.0;
constexpr double kNodePad = 6.0;
constexpr double kArrowLength = 9.0;

QString costLine(const BrickNodeVisual &n)
{
    if (n.system)
        return BrickGraphBuilder::tr("cost not published");
    QString text = n.estimated ? BrickGraphBuilder::tr("est. %1").arg(Format::gbp(n.cost)) : Format::gbp(n.cost);
    if (n.fte)
        text += QStringLiteral(" · ") + Format::fte(*n.fte);
    return text;
}

// Where the ray from the shape's centre towards `outside` leaves the shape.
QPointF shapeBoundary(const BrickNodeVisual &n, const QPointF &outside)
{
    const QPointF c = n.shapeRect.center();
    QLineF ray(c, outside);
    if (ray.length() < 0.001)
        return c;
    if (n.shape == NodeShape::Circle) {
        ray.setLength(n.shapeRect.width() / 2.0 + 1.0);
        return ray.p2();
    }
    const double hx = n.shapeRect.width() / 2.0 + 1.0;
    const double hy = n.shapeRect.height() / 2.0 + 1.0;
    const double dx = outside.x() - c.x();
    const double dy = outside.y() - c.y();
    const double t = std::min(dx != 0.0 ? hx / std::abs(dx) : 1e9, dy != 0.0 ? hy / std::abs(dy) : 1e9);
    return c + QPointF(dx * t, dy * t);
}

QPolygonF arrowAt(const QPointF &tip, const QPointF &from)
{
    QLineF axis(tip, from);
    axis.setLength(kArrowLength);
    QLineF normal = axis.normalVector();
    normal.setLength(kArrowLength * 0.42);
    const QPointF offset = normal.p2() - normal.p1();
    return QPolygonF() << tip << (axis.p2() + offset) << (axis.p2() - offset);
}

// Graphviz ends a flow at the node's box, which also holds the labels; carry it on to the
// shape itself so arrows touch what they point at.
void attachToShapes(FlowVisual &flow, const BrickNodeVisual &from, const BrickNodeVisual &to)
{
    if (flow.path.isEmpty() || flow.from == flow.to)
        return;
    const QPointF start = flow.path.pointAtPercent(0.0);
    QPointF tip = flow.arrowHead.isEmpty() ? flow.path.pointAtPercent(1.0) : flow.arrowHead.first();
    QPainterPath path;
    const QPointF s = shapeBoundary(from, start);
    if (!from.shapeRect.contains(start) && QLineF(s, start).length() > 1.0) {
        path.moveTo(s);
        path.lineTo(start);
        path.connectPath(flow.path);
    } else {
        path = flow.path;
    }
    const QPointF t = shapeBoundary(to, tip);
    if (!to.shapeRect.contains(tip) && QLineF(tip, t).length() > 1.0) {
        QLineF axis(t, tip);
        axis.setLength(kArrowLength);
        path.lineTo(tip);
        path.lineTo(axis.p2());
        flow.arrowHead = arrowAt(t, tip);
    } else if (flow.arrowHead.isEmpty()) {
        flow.arrowHead = arrowAt(tip, path.pointAtPercent(0.95));
    }
    flow.path = path;
}

// Rows of nodes, largest first, `columns` ≈ √(2n) so the grid is about twice as wide as
// tall; each row as tall as its tallest node. Results are in the input's order.
GraphLayoutResult gridLayout(const LayoutInput &input)
{
    constexpr double gap = 18.0;
    const int n = int(input.nodes.size());
    const int columns = std::max(1, int(std::ceil(std::sqrt(2.0 * n))));
    QList<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&input](int a, int b) {
        return input.nodes.at(a).size.height() > input.nodes.at(b).size.height();
    });
    double columnWidth = 0.0;
    for (const LayoutNode &node : input.nodes)
        columnWidth = std::max(columnWidth, node.size.width());
    GraphLayoutResult out;
    out.nodes = QList<QRectF>(n);
    double y = 0.0;
    for (int start = 0; start < n; start += columns) {
        const int end = std::min(n, start + columns);
        double rowHeight = 0.0;
        for (int k = start; k < end; ++k)
            rowHeight = std::max(rowHeight, input.nodes.at(order.at(k)).size.height());
        for (int k = start; k < end; ++k) {
            const QSizeF size = input.nodes.at(order.at(k)).size;
            const double cx = (k - start) * (columnWidth + gap) + columnWidth / 2.0;
            const QRectF r(cx - size.width() / 2.0, y + (rowHeight - size.height()) / 2.0, size.width(), size.height());
            out.nodes[order.at(k)] = r;
            out.bounds |= r;
        }
        y += rowHeight + gap;
    }
    return out;
}

QColor tint(const QColor &c, double towardsWhite)
{
    return QColor(int(c.red() + (255 - c.red()) * towardsWhite), int(c.green() + (255 - c.green()) * towardsWhite),
                  int(c.blue() + (255 - c.blue()) * towardsWhite));
}

} // namespace

QString BrickGraphBuilder::subtitle(const Service &service, const Catalogue &catalogue)
{
    const CostSplit split = measureService(service, catalogue);
    QString text = service.bricks.isEmpty()
                       ? tr("not mapped into bricks")
                       : tr("%n brick(s) · %1 a year · %2 bespoke", nullptr, int(service.bricks.size()))
                             .arg(Format::gbp(split.total))
                             .arg(split.bespoke);
    if (!service.systems.isEmpty())
        text += QStringLiteral(" · ") + tr("%n system(s), cost not published", nullptr, int(service.systems.size()));
    return text;
}

BrickNodeVisual BrickGraphBuilder::brickNode(const BrickInstance &b, const Catalogue &catalogue)
{
    BrickNodeVisual n;
    n.id = b.id;
    n.name = b.name.isEmpty() ? b.id : b.name;
    n.standard = b.isStandard();
    n.cost = b.annualCostGbp;
    n.fte = b.fte;
    n.estimated = b.basis == Basis::Estimated;
    n.source = b.source;
    n.capabilityId = capabilityOf(b, catalogue);
    const Capability *cap = catalogue.capability(n.capabilityId);
    n.capabilityName = cap ? cap->name : n.capabilityId;
    n.layer = layerOf(b, catalogue);
    n.shape = shapeForLayer(n.layer);
    n.fill = capabilityColour(catalogue, n.capabilityId);
    if (n.standard) {
        n.catalogueBrickId = b.uses;
        const CatalogueBrick *cb = catalogue.brick(b.uses);
        n.catalogueBrickName = cb ? cb->name : b.uses;
    }
    const CatalogueBrick *cheapest = catalogue.cheapestBrick(n.capabilityId);
    if (!cheapest) {
        n.alternative = tr("None in the commons yet");
    } else if (n.standard && cheapest->id == b.uses) {
        n.alternative = tr("Already the cheapest commons brick");
    } else {
        n.alternative = tr("%1 — %2 a year").arg(cheapest->name, Format::gbpFull(cheapest->standardAnnualCostGbp));
        const double saving = b.annualCostGbp - cheapest->standardAnnualCostGbp;
        if (saving > 0)
            n.alternative += tr(" (up to %1 less)").arg(Format::gbp(saving));
    }
    n.toolTip = QStringLiteral("<b>%1</b><br/>").arg(n.name.toHtmlEscaped())
        + tr("Capability: %1 (%2)").arg(n.capabilityName.toHtmlEscaped(),
                                        n.layer == Layer::Frontline ? tr("frontline") : tr("overhead"))
        + QStringLiteral("<br/>")
        + (n.standard ? tr("Standard: uses commons brick %1").arg(n.catalogueBrickName.toHtmlEscaped())
                      : tr("Bespoke: built or bought by this organisation"))
        + QStringLiteral("<br/>")
        + (n.estimated ? tr("Annual cost: %1 (estimated)").arg(Format::gbpFull(n.cost))
                       : tr("Annual cost: %1").arg(Format::gbpFull(n.cost)))
        + (n.fte ? QStringLiteral("<br/>") + tr("Staff: %1").arg(Format::fte(*n.fte)) : QString())
        + QStringLiteral("<br/>") + tr("Cheapest commons alternative: %1").arg(n.alternative.toHtmlEscaped());
    return n;
}

BrickNodeVisual BrickGraphBuilder::systemNode(const SystemUse &sys, const Catalogue &catalogue)
{
    BrickNodeVisual n;
    n.system = true;
    n.id = sys.id;
    n.capabilityId = sys.capability;
    const Capability *cap = catalogue.capability(sys.capability);
    n.capabilityName = cap ? cap->name : sys.capability;
    n.layer = cap ? cap->layer : Layer::Overhead;
    n.shape = shapeForLayer(n.layer);
    n.fill = capabilityColour(catalogue, n.capabilityId);
    n.productId = sys.product;
    const Product *product = catalogue.product(sys.product);
    n.productName = product ? product->name : sys.product;
    // The label says what is run: the product where known, else the system's own name.
    n.name = n.productName.isEmpty() ? (sys.name.isEmpty() ? sys.id : sys.name) : n.productName;
    n.source = sys.source;
    const QString vendor = product && !product->vendor.isEmpty() ? tr(" (%1)").arg(product->vendor) : QString();
    n.toolTip = QStringLiteral("<b>%1</b><br/>").arg((sys.name.isEmpty() ? sys.id : sys.name).toHtmlEscaped())
        + tr("Capability: %1").arg(n.capabilityName.toHtmlEscaped()) + QStringLiteral("<br/>")
        + (n.productName.isEmpty() ? tr("Product: not stated")
                                   : tr("Product: %1").arg((n.productName + vendor).toHtmlEscaped()))
        + QStringLiteral("<br/>") + tr("Annual cost: not published");
    return n;
}

// Area, not side, is proportional to cost; a circle gets the same area as the square. A
// system has no cost, so it has one fixed small size instead.
void BrickGraphBuilder::sizeNode(BrickNodeVisual &n, double maxCost, const BrickGraphOptions &options)
{
    const QFontMetricsF nameMetrics(brickpaint::nameFont());
    const QFontMetricsF detailMetrics(brickpaint::detailFont());
    double side = options.systemShapeSide;
    if (!n.system) {
        // Written so that an infinite or undefined cost (inf/inf, inf/0) still gives a finite
        // size between the bounds: a nan here becomes width="nan" in the SVG.
        const double ratio = maxCost > 0 && std::isfinite(maxCost) ? n.cost / maxCost : 0.0;
        side = ratio > 0 ? options.maxShapeSide * std::sqrt(std::min(ratio, 1.0)) : options.minShapeSide;
        side = std::max(side, options.minShapeSide);
    }
    const double extent = n.shape == NodeShape::Circle ? side * 2.0 / std::sqrt(M_PI) : side;
    // The name wraps onto more lines rather than being cut ("Social care case syst…").
    const QStringList lines = brickpaint::wrapName(n.name, options.maxLabelWidth);
    double labelWidth = detailMetrics.horizontalAdvance(costLine(n));
    for (const QString &line : lines)
        labelWidth = std::max(labelWidth, nameMetrics.horizontalAdvance(line));
    const double width = std::max(extent, labelWidth) + kNodePad;
    // The shape stays at the centre (edges aim at it): as much room below as above.
    const double label = std::max(nameMetrics.height() * lines.size(), detailMetrics.height());
    const double height = label + kLabelGap + extent + kLabelGap + label;
    n.bounds = QRectF(0, 0, width, height);
    n.shapeRect = QRectF(0, 0, extent, extent);
}

Result<BrickGraphScene> BrickGraphBuilder::build(const Service &service, const Catalogue &catalogue,
                                                 const BrickGraphOptions &options)
{
    BrickGraphScene scene;
    scene.title = service.name;
    scene.subtitle = subtitle(service, catalogue);
    if (service.bricks.isEmpty() && service.systems.isEmpty())
        return scene;

    double maxCost = 0.0;
    for (const BrickInstance &b : service.bricks)
        maxCost = std::max(maxCost, b.annualCostGbp);

    LayoutInput input;
    QHash<QString, int> indexOf;
    QSet<QString> present;
    for (int i = 0; i < service.bricks.size(); ++i) {
        BrickNodeVisual n = brickNode(service.bricks.at(i), catalogue);
        n.brickIndex = i;
        indexOf.insert(n.id, i);
        scene.nodes.append(n);
    }
    for (int i = 0; i < service.systems.size(); ++i) {
        BrickNodeVisual n = systemNode(service.systems.at(i), catalogue);
        n.brickIndex = int(service.bricks.size()) + i;
        scene.nodes.append(n);
    }
    for (BrickNodeVisual &n : scene.nodes) {
        n.toolTip += QStringLiteral("<br/>") + tr("Source: %1").arg(Figures::sourceHtml(n.source, options.sources, catalogue.sources));
        sizeNode(n, maxCost, options);
        present.insert(n.capabilityId);
        input.nodes.append(LayoutNode{n.bounds.size()});
    }
    // Each node keeps capabilityColour(): a capability's colour never depends on which other
    // capabilities a picture shows (issue 13: removing a brick recoloured the others).

    for (const Flow &f : service.flows) {
        const int from = indexOf.value(f.from, -1);
        const int to = indexOf.value(f.to, -1);
        if (from < 0 || to < 0)
            continue; // the reader refuses these; a hand-built service may still have them
        input.edges.append(LayoutEdge{from, to, f.label});
        FlowVisual fv;
        fv.from = from;
        fv.to = to;
        fv.label = f.label;
        scene.flows.append(fv);
    }
    input.labelFontSize = brickpaint::flowFont().pointSizeF();

    // Without flows there is nothing for Graphviz to order: a compact grid, wider than tall
    // like the canvas, keeps the names readable (published facility costs have no flows).
    Result<GraphLayoutResult> laid = input.edges.isEmpty() && input.nodes.size() > 3 ? gridLayout(input)
                                                                                      : layoutGraph(input);
    if (!laid)
        return Result<BrickGraphScene>::failure(laid.problems());
    const GraphLayoutResult &layout = laid.value();
    for (int i = 0; i < scene.nodes.size(); ++i) {
        BrickNodeVisual &n = scene.nodes[i];
        n.bounds = layout.nodes.at(i);
        const double extent = n.shapeRect.width();
        n.shapeRect = QRectF(n.bounds.center().x() - extent / 2.0, n.bounds.center().y() - extent / 2.0, extent, extent);
    }
    for (int i = 0; i < scene.flows.size(); ++i) {
        FlowVisual &fv = scene.flows[i];
        const EdgeGeometry &g = layout.edges.at(i);
        fv.path = g.path;
        fv.arrowHead = g.arrowHead;
        fv.labelPos = g.labelPos;
        fv.hasLabel = g.hasLabel && !fv.label.isEmpty();
        attachToShapes(fv, scene.nodes.at(fv.from), scene.nodes.at(fv.to));
    }
    scene.bounds = layout.bounds;
    for (const BrickNodeVisual &n : std::as_const(scene.nodes))
        scene.bounds |= n.bounds;

    for (const Capability &c : catalogue.capabilities) {
        if (present.contains(c.id))
            scene.capabilities.append(LegendEntry{c.name, capabilityColour(catalogue, c.id)});
    }
    for (const QString &id : std::as_const(present)) {
        if (!catalogue.capability(id))
            scene.capabilities.append(LegendEntry{id.isEmpty() ? tr("unknown capability") : id, capabilityColour(catalogue, id)});
    }
    return scene;
}

namespace brickpaint {

QFont nameFont()
{
    QFont f;
    f.setPointSizeF(9.0);
    f.setWeight(QFont::DemiBold);
    return f;
}

QFont detailFont()
{
    QFont f;
    f.setPointSizeF(9.0); // 9 pt: the legible minimum at the view's smallest scale (1)
    return f;
}

QFont flowFont()
{
    QFont f;
    f.setPointSizeF(9.0);
    f.setItalic(true);
    return f;
}

QStringList wrapName(const QString &name, double width, int maxLines)
{
    const QFontMetricsF fm(nameFont());
    QStringList lines;
    QString line;
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i < words.size(); ++i) {
        const QString candidate = line.isEmpty() ? words.at(i) : line + QLatin1Char(' ') + words.at(i);
        if (line.isEmpty() || fm.horizontalAdvance(candidate) <= width) {
            line = candidate;
            continue;
        }
        lines << line;
        if (lines.size() == maxLines - 1) {
            // The last line takes the rest, cut only when even that is too long.
            line = QStringList(words.mid(i)).join(QLatin1Char(' '));
            break;
        }
        line = words.at(i);
    }
    if (!line.isEmpty())
        lines << line;
    for (QString &l : lines)
        l = fm.elidedText(l, Qt::ElideRight, width);
    return lines;
}

QStringList nameLines(const BrickNodeVisual &node)
{
    return wrapName(node.name, node.bounds.width() - kNodePad + 0.5);
}

QPainterPath nodeShapePath(const BrickNodeVisual &node)
{
    QPainterPath path;
    if (node.shape == NodeShape::Circle)
        path.addEllipse(node.shapeRect);
    else
        path.addRoundedRect(node.shapeRect, 2.5, 2.5);
    return path;
}

static void paintShape(QPainter *p, const QPainterPath &shape, const QRectF &rect, const QColor &colour, bool standard)
{
    if (standard) {
        p->setPen(QPen(colour.darker(155), 1.2));
        p->setBrush(colour);
        p->drawPath(shape);
        return;
    }
    // Bespoke: a pale tint crossed by hatching and a dashed outline, so it reads as
    // "made by hand" in greyscale print as well as in colour.
    p->setPen(Qt::NoPen);
    p->setBrush(tint(colour, 0.55));
    p->drawPath(shape);
    p->save();
    p->setClipPath(shape, Qt::IntersectClip);
    p->setPen(QPen(colour.darker(115), 1.6));
    const double step = 5.0;
    for (double x = rect.left() - rect.height(); x < rect.right(); x += step)
        p->drawLine(QPointF(x, rect.bottom()), QPointF(x + rect.height(), rect.top()));
    p->restore();
    QPen outline(colour.darker(170), 1.6, Qt::DashLine);
    outline.setDashPattern({3.0, 2.0});
    p->setPen(outline);
    p->setBrush(Qt::NoBrush);
    p->drawPath(shape);
}

// A system: no fill and a dashed outline in its capability's colour, so it never reads as
// a costed brick (its size is fixed, not proportional to any cost).
static void paintSystemShape(QPainter *p, const QPainterPath &shape, const QColor &colour)
{
    p->setBrush(Qt::white);
    QPen outline(colour.darker(130), 2.0, Qt::DashLine);
    outline.setDashPattern({2.5, 2.0});
    p->setPen(outline);
    p->drawPath(shape);
}

// Estimated cost: a dotted amber ring outside the shape, also in greyscale print.
static void paintEstimatedMark(QPainter *p, const BrickNodeVisual &node)
{
    BrickNodeVisual ring = node;
    ring.shapeRect = node.shapeRect.adjusted(-3.5, -3.5, 3.5, 3.5);
    QPen pen(QColor(0xB4, 0x53, 0x09), 1.6, Qt::DotLine);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    p->drawPath(nodeShapePath(ring));
}

void paintNode(QPainter *p, const BrickNodeVisual &node, double lod, bool selected, bool hovered)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QPainterPath shape = nodeShapePath(node);
    if (selected || hovered) {
        const double grow = selected ? 4.0 : 3.0;
        BrickNodeVisual halo = node;
        halo.shapeRect = node.shapeRect.adjusted(-grow, -grow, grow, grow);
        p->setPen(QPen(selected ? QColor(0x25, 0x63, 0xEB) : QColor(0x93, 0xC5, 0xFD), selected ? 2.5 : 2.0));
        p->setBrush(Qt::NoBrush);
        p->drawPath(nodeShapePath(halo));
    }
    if (node.system)
        paintSystemShape(p, shape, node.fill);
    else
        paintShape(p, shape, node.shapeRect, node.fill, node.standard);
    if (node.estimated)
        paintEstimatedMark(p, node);

    if (lod >= 0.45) {
        const QFont nf = nameFont();
        const QFont df = detailFont();
        const QFontMetricsF nm(nf);
        const QFontMetricsF dm(df);
        const QStringList lines = nameLines(node);
        const QRectF detailRect(node.bounds.left(), node.shapeRect.bottom() + kLabelGap, node.bounds.width(), dm.height());
        p->setFont(nf);
        p->setPen(colours::ink());
        double y = node.shapeRect.top() - kLabelGap - nm.height() * lines.size();
        for (const QString &line : lines) {
            p->drawText(QRectF(node.bounds.left(), y, node.bounds.width(), nm.height()), Qt::AlignHCenter | Qt::AlignVCenter, line);
            y += nm.height();
        }
        p->setFont(df);
        p->setPen(colours::mutedInk());
        p->drawText(detailRect, Qt::AlignHCenter | Qt::AlignVCenter, costLine(node));
    }
    p->restore();
}

void paintFlow(QPainter *p, const FlowVisual &flow, double lod, bool highlighted)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QColor c = highlighted ? QColor(0x25, 0x63, 0xEB) : colours::edge();
    p->setPen(QPen(c, highlighted ? 2.0 : 1.3));
    p->setBrush(Qt::NoBrush);
    p->drawPath(flow.path);
    p->setPen(Qt::NoPen);
    p->setBrush(c);
    p->drawPolygon(flow.arrowHead);
    if (flow.hasLabel && lod >= 0.45) {
        const QFont f = flowFont();
        const QFontMetricsF fm(f);
        const double w = fm.horizontalAdvance(flow.label) + 6.0;
        const double h = fm.height() + 2.0;
        const QRectF r(flow.labelPos.x() - w / 2.0, flow.labelPos.y() - h / 2.0, w, h);
        p->setBrush(QColor(255, 255, 255, 225));
        p->drawRoundedRect(r, 3, 3);
        p->setFont(f);
        p->setPen(colours::mutedInk());
        p->drawText(r, Qt::AlignCenter, flow.label);
    }
    p->restore();
}

namespace {
constexpr double kMargin = 24.0;
constexpr double kTitleHeight = 46.0;
constexpr double kSwatch = 11.0;

struct LegendItem
{
    QString text;
    QColor colour;
    int kind = 0; // 0 capability swatch, 1 circle, 2 square, 3 standard, 4 bespoke, 5 system, 6 estimated
};

QList<LegendItem> legendItems(const BrickGraphScene &scene)
{
    QList<LegendItem> items;
    items.append({BrickGraphBuilder::tr("Frontline (circle)"), QColor(0x9c, 0xa3, 0xaf), 1});
    items.append({BrickGraphBuilder::tr("Overhead (square)"), QColor(0x9c, 0xa3, 0xaf), 2});
    items.append({BrickGraphBuilder::tr("Standard commons brick (solid)"), QColor(0x9c, 0xa3, 0xaf), 3});
    items.append({BrickGraphBuilder::tr("Bespoke (hatched, dashed edge)"), QColor(0x9c, 0xa3, 0xaf), 4});
    bool systems = false;
    bool estimated = false;
    for (const BrickNodeVisual &n : scene.nodes) {
        systems = systems || n.system;
        estimated = estimated || n.estimated;
    }
    if (systems)
        items.append({BrickGraphBuilder::tr("System: cost not published (no fill, fixed size)"), QColor(0x6b, 0x72, 0x80), 5});
    if (estimated)
        items.append({BrickGraphBuilder::tr("Estimated cost (dotted ring)"), QColor(0x9c, 0xa3, 0xaf), 6});
    items.append({BrickGraphBuilder::tr("Area ∝ annual cost"), QColor(), -1});
    for (const LegendEntry &e : scene.capabilities)
        items.append({e.text, e.colour, 0});
    return items;
}

QList<QRectF> legendLayout(const QList<LegendItem> &items, double width, double *height)
{
    const QFontMetricsF fm(detailFont());
    QList<QRectF> rects;
    double x = 0, y = 0;
    const double rowH = std::max(fm.height(), kSwatch) + 6.0;
    for (const LegendItem &it : items) {
        const double w = (it.kind >= 0 ? kSwatch + 5.0 : 0.0) + fm.horizontalAdvance(it.text) + 16.0;
        if (x > 0 && x + w > width) {
            x = 0;
            y += rowH;
        }
        rects.append(QRectF(x, y, w, rowH));
        x += w;
    }
    *height = items.isEmpty() ? 0 : y + rowH;
    return rects;
}
} // namespace

QSizeF legendSize(const BrickGraphScene &scene, double width)
{
    double h = 0;
    legendLayout(legendItems(scene), width, &h);
    return QSizeF(width, h);
}

void paintLegend(QPainter *p, const BrickGraphScene &scene, const QRectF &rect)
{
    const QList<LegendItem> items = legendItems(scene);
    double h = 0;
    const QList<QRectF> rects = legendLayout(items, rect.width(), &h);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setFont(detailFont());
    for (int i = 0; i < items.size(); ++i) {
        const LegendItem &it = items.at(i);
        const QRectF r = rects.at(i).translated(rect.topLeft());
        const QRectF sw(r.left(), r.center().y() - kSwatch / 2.0, kSwatch, kSwatch);
        double textLeft = r.left();
        if (it.kind >= 0) {
            BrickNodeVisual n;
            n.shapeRect = sw;
            n.shape = it.kind == 1 ? NodeShape::Circle : NodeShape::Square;
            if (it.kind == 5) {
                paintSystemShape(p, nodeShapePath(n), it.colour);
            } else if (it.kind == 6) {
                n.shapeRect = sw.adjusted(2, 2, -2, -2);
                n.estimated = true;
                paintShape(p, nodeShapePath(n), n.shapeRect, it.colour, true);
                paintEstimatedMark(p, n);
            } else {
                paintShape(p, nodeShapePath(n), sw, it.colour, it.kind != 4);
            }
            textLeft += kSwatch + 5.0;
        }
        p->setPen(colours::mutedInk());
        p->drawText(QRectF(textLeft, r.top(), r.right() - textLeft, r.height()), Qt::AlignLeft | Qt::AlignVCenter, it.text);
    }
    p->restore();
}

QSizeF documentSize(const BrickGraphScene &scene)
{
    const double width = std::max(scene.bounds.width(), 560.0) + 2 * kMargin;
    const QSizeF legend = legendSize(scene, width - 2 * kMargin);
    return QSizeF(width, kMargin + kTitleHeight + scene.bounds.height() + 18.0 + legend.height() + kMargin);
}

void paintDocument(QPainter *p, const BrickGraphScene &scene)
{
    const QSizeF size = documentSize(scene);
    p->save();
    p->fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    QFont title;
    title.setPointSizeF(14.0);
    title.setWeight(QFont::Bold);
    p->setFont(title);
    p->setPen(colours::ink());
    p->drawText(QRectF(kMargin, kMargin, size.width() - 2 * kMargin, 24), Qt::AlignLeft | Qt::AlignVCenter, scene.title);
    QFont sub;
    sub.setPointSizeF(9.5);
    p->setFont(sub);
    p->setPen(colours::mutedInk());
    p->drawText(QRectF(kMargin, kMargin + 24, size.width() - 2 * kMargin, 18), Qt::AlignLeft | Qt::AlignVCenter, scene.subtitle);

    p->save();
    p->translate(kMargin - scene.bounds.left(), kMargin + kTitleHeight - scene.bounds.top());
    for (const FlowVisual &f : scene.flows)
        paintFlow(p, f, 1.0);
    for (const BrickNodeVisual &n : scene.nodes)
        paintNode(p, n, 1.0);
    p->restore();

    const double legendTop = kMargin + kTitleHeight + scene.bounds.height() + 18.0;
    const QSizeF legend = legendSize(scene, size.width() - 2 * kMargin);
    paintLegend(p, scene, QRectF(QPointF(kMargin, legendTop), legend));
    p->restore();
}

} // namespace brickpaint

} // namespace livedna
