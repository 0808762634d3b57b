#pragma once

#include "core/domain/catalogue.h"
#include "core/domain/organisation.h"
#include "core/render/palette.h"
#include "core/util/problem.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <optional>

class QPainter;

namespace livedna {

// One brick of a service graph as it is drawn: geometry from Graphviz, style from the
// capability (colour), layer (shape) and standard/bespoke (fill and outline).
struct BrickNodeVisual
{
    int brickIndex = -1; // index into Service::bricks; bricks.size() + i for systems[i]
    QString id;
    QString name;
    QString capabilityId;
    QString capabilityName;
    QString catalogueBrickId;   // empty for bespoke
    QString catalogueBrickName;
    QString alternative;        // cheapest commons alternative, human readable; empty if none
    Layer layer = Layer::Overhead;
    bool standard = false;
    double cost = 0.0;
    std::optional<double> fte;
    QColor fill;
    NodeShape shape = NodeShape::Square;
    QRectF bounds;    // whole node: shape plus its label underneath
    QRectF shapeRect; // the shape; its area is proportional to cost
    QString toolTip;  // rich text
    // 1.1
    bool system = false;    // a SystemUse: no published cost, drawn unfilled at a fixed size
    QString productId;      // systems: the product run, empty when unknown
    QString productName;
    bool estimated = false; // bricks[].basis estimated: marked distinctly from published
    QString source;         // "<source id>#<locator>", empty when not stated
};

struct FlowVisual
{
    int from = -1; // indices into BrickGraphScene::nodes
    int to = -1;
    QString label;
    QPainterPath path;
    QPolygonF arrowHead;
    QPointF labelPos;
    bool hasLabel = false;
};

struct LegendEntry
{
    QString text;
    QColor colour;
};

struct BrickGraphScene
{
    QString title;
    QString subtitle;
    QList<BrickNodeVisual> nodes;
    QList<FlowVisual> flows;
    QRectF bounds; // of the graph alone (nodes and flows)
    QList<LegendEntry> capabilities; // the capabilities present, in catalogue order
};

struct BrickGraphOptions
{
    // Compact enough that a service of half a dozen bricks fits a 1024 px window's graph pane
    // at a legible scale (issue 13); area stays proportional to cost.
    double maxShapeSide = 72.0; // side of the square of the most expensive brick
    double minShapeSide = 14.0;  // below this, a shape is too small to see or click
    double maxLabelWidth = 130.0; // names wrap onto up to three lines of this width
    double systemShapeSide = 30.0; // systems have no cost, so one fixed small size
    QList<Source> sources;         // the organisation's, to name each figure's source in tooltips
};

class BrickGraphBuilder
{
    Q_DECLARE_TR_FUNCTIONS(BrickGraphBuilder)

public:
    // Lays the service's bricks out with Graphviz and styles them. Needs a QGuiApplication
    // (text is measured to size the nodes).
    static Result<BrickGraphScene> build(const Service &service, const Catalogue &catalogue,
                                         const BrickGraphOptions &options = {});

private:
    static BrickNodeVisual brickNode(const BrickInstance &brick, const Catalogue &catalogue);
    static BrickNodeVisual systemNode(const SystemUse &system, const Catalogue &catalogue);
    static void sizeNode(BrickNodeVisual &node, double maxCost, const BrickGraphOptions &options);
    static QString subtitle(const Service &service, const Catalogue &catalogue);
};

// Painting shared by the canvas (one QGraphicsItem per node or flow) and the headless
// renderers, so a saved picture looks exactly like the screen.
namespace brickpaint {
QFont nameFont();
QFont detailFont();
QFont flowFont();
// A brick's name wrapped at word boundaries into at most `maxLines` lines of `width`
// (in nameFont()); only a last line still too long is elided.
QStringList wrapName(const QString &name, double width, int maxLines = 3);
// The lines the node's name is drawn in (within node.bounds' width).
QStringList nameLines(const BrickNodeVisual &node);
// `lod` is the view's scale: below about 0.45 labels give way to shapes.
void paintNode(QPainter *p, const BrickNodeVisual &node, double lod, bool selected = false, bool hovered = false);
void paintFlow(QPainter *p, const FlowVisual &flow, double lod, bool highlighted = false);
QPainterPath nodeShapePath(const BrickNodeVisual &node);
// Title, graph and legend laid out on one page; returns the page size.
QSizeF documentSize(const BrickGraphScene &scene);
void paintDocument(QPainter *p, const BrickGraphScene &scene);
// Legend explaining colour, shape and fill; painted at `origin`, returns its size.
QSizeF legendSize(const BrickGraphScene &scene, double width);
void paintLegend(QPainter *p, const BrickGraphScene &scene, const QRectF &rect);
} // namespace brickpaint

} // namespace livedna
