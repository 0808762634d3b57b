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
// How the treemap's total is made, against the reported total the list and the dashboard
// show (issue 13: £6.05m there, £7.78m here, with nothing saying why). Drawn = reported +
// bricks of services that publish no cost + bricks above their service's reported figure +
// net income (a negative area cannot be drawn, so it is not subtracted).
struct SpendTreeTotals
{
    double drawn = 0.0;
    double reported = 0.0;         // the sum of the published figures, negatives included
    int reportedServices = 0;      // services with a published figure
    double mapped = 0.0;           // in bricks
    double unmappedReported = 0.0; // reported spend not (yet) mapped into bricks
    double bricksWithoutReported = 0.0;
    double bricksAboveReported = 0.0;
    double netIncome = 0.0;        // the size of the negative published figures
};
SpendTreeTotals spendTreeTotals(const Organisation &org);
// "£7.78m drawn: the reported £6.05m (the list's and the dashboard's figure) + £1.73m of
// bricks in services that publish no cost. Of it, £5.9m is mapped into bricks and £1.88m is
// reported spend not mapped into bricks."
QString spendTreeTotalText(const SpendTreeTotals &totals);
} // namespace livedna
