#pragma once

#include "core/util/problem.h"

#include <QList>
#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace livedna {

// Input to the Graphviz adapter. Sizes are in device-independent pixels (Graphviz points).
struct LayoutNode
{
    QSizeF size;
};

struct LayoutEdge
{
    int from = -1; // indices into LayoutInput::nodes
    int to = -1;
    QString label;
};

struct LayoutInput
{
    QList<LayoutNode> nodes;
    QList<LayoutEdge> edges;
    bool leftToRight = true;
    double nodeSeparation = 24.0; // between nodes of one rank
    double rankSeparation = 56.0; // between ranks
    double labelFontSize = 9.0;   // points, for Graphviz's estimate of edge label size
};

struct EdgeGeometry
{
    QPainterPath path;     // the spline, ending at the base of the arrow head
    QPolygonF arrowHead;   // filled triangle at the target
    QPointF labelPos;      // centre of the label, valid when hasLabel
    bool hasLabel = false;
};

struct GraphLayoutResult
{
    QList<QRectF> nodes;         // same order as LayoutInput::nodes, y grows downwards
    QList<EdgeGeometry> edges;   // same order as LayoutInput::edges
    QRectF bounds;
};

// Lays a directed graph out with Graphviz `dot`. Safe to call from any thread: Graphviz
// itself is not re-entrant, so calls are serialised.
Result<GraphLayoutResult> layoutGraph(const LayoutInput &input);

} // namespace livedna
