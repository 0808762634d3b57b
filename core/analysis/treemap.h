#pragma once

#include <QList>
#include <QRectF>
#include <QString>

namespace livedna {

// Squarified treemap (Bruls, Huizing & van Wijk 2000): lays `values` (≥ 0) out in `rect`
// so each rectangle's area is proportional to its value and aspect ratios stay near 1.
// Returns one rectangle per value, in the input's order; zero values get empty rects.
QList<QRectF> squarify(const QList<double> &values, const QRectF &rect);

// One level of the spend treemap: a labelled area, possibly with children to drill into.
struct TreemapItem
{
    QString id;
    QString label;
    double value = 0.0;
    int kind = 0;      // TreemapKind
    QString colourKey; // capability id for bricks
    bool standard = false;
    bool estimated = false; // a brick whose cost is estimated (basis estimated)
    QString source;         // "<source id>#<locator>" of the area's figure, empty when not stated
    QList<TreemapItem> children;
};

enum TreemapKind { TreemapService = 0, TreemapBrick = 1, TreemapUnmapped = 2 };

} // namespace livedna

namespace livedna {
struct Organisation;
class Catalogue;
// Services with their bricks inside. A service's area is max(mapped, reported): the reported
// spend not yet mapped into bricks is a labelled child area of its own. Nothing is invented:
// areas are published figures or differences of them.
TreemapItem buildSpendTree(const Organisation &org, const Catalogue &catalogue);
// Why the treemap's total differs from the organisation's total elsewhere (the list and the
// dashboard show what is mapped into bricks): "£7.78m drawn: £6.05m mapped into bricks, the
// organisation's total elsewhere, and £1.73m of reported spend not mapped into bricks."
QString spendTreeTotalText(const TreemapItem &root);
} // namespace livedna
