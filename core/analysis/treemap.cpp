#include "core/analysis/treemap.h"

#include <algorithm>
#include <numeric>

namespace livedna {

namespace {

// Worst aspect ratio of a row of areas laid along a side of length `side`.
double worst(double sum, double minArea, double maxArea, double side)
{
    if (sum <= 0 || minArea <= 0)
        return 1e300;
    const double s2 = side * side;
    const double sum2 = sum * sum;
    return std::max(s2 * maxArea / sum2, sum2 / (s2 * minArea));
}

} // namespace

QList<QRectF> squarify(const QList<double> &values, const QRectF &rect)
{
    QList<QRectF> out(values.size());
    const double total = std::accumulate(values.begin(), values.end(), 0.0,
                                         [](double a, double v) { return a + std::max(0.0, v); });
    if (total <= 0 || rect.isEmpty())
        return out;

    // Largest first gives the best ratios; remember where each value came from.
    QList<int> order;
    for (int i = 0; i < values.size(); ++i) {
        if (values.at(i) > 0)
            order.append(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return values.at(a) > values.at(b); });
    const double scale = rect.width() * rect.height() / total;

    QRectF free = rect;
    int start = 0;
    while (start < order.size()) {
        const double side = std::min(free.width(), free.height());
        double sum = 0, minA = 1e300, maxA = 0;
        int end = start;
        double current = 1e300;
        while (end < order.size()) {
            const double a = values.at(order.at(end)) * scale;
            const double nextWorst = worst(sum + a, std::min(minA, a), std::max(maxA, a), side);
            if (end > start && nextWorst > current)
                break;
            sum += a;
            minA = std::min(minA, a);
            maxA = std::max(maxA, a);
            current = nextWorst;
            ++end;
        }
        if (end == order.size()) {
            // The last row takes the whole remaining rectangle, absorbing rounding.
            sum = 0;
            for (int k = start; k < end; ++k)
                sum += values.at(order.at(k)) * scale;
        }
        const bool horizontal = free.width() >= free.height(); // row runs down the left side
        const double thickness = horizontal ? sum / free.height() : sum / free.width();
        double offset = 0;
        for (int k = start; k < end; ++k) {
            const double a = values.at(order.at(k)) * scale;
            if (horizontal) {
                const double h = a / thickness;
                out[order.at(k)] = QRectF(free.left(), free.top() + offset, thickness, h);
                offset += h;
            } else {
                const double w = a / thickness;
                out[order.at(k)] = QRectF(free.left() + offset, free.top(), w, thickness);
                offset += w;
            }
        }
        if (horizontal)
            free.setLeft(free.left() + thickness);
        else
            free.setTop(free.top() + thickness);
        start = end;
    }
    return out;
}

} // namespace livedna

#include "core/domain/measures.h"
#include "core/domain/organisation.h"

#include "core/models/format.h"

#include <QCoreApplication>

namespace livedna {

TreemapItem buildSpendTree(const Organisation &org, const Catalogue &catalogue)
{
    TreemapItem root;
    root.id = org.code;
    root.label = org.name;
    for (const Service &s : org.services) {
        TreemapItem item;
        item.id = s.id;
        // A service whose figures are of another year than the organisation's says so.
        item.label = s.period.isEmpty() || s.period == org.period
                         ? s.name
                         : QCoreApplication::translate("Treemap", "%1 (%2)").arg(s.name, s.period);
        item.kind = TreemapService;
        for (const BrickInstance &b : s.bricks) {
            TreemapItem brick;
            brick.id = b.id;
            brick.label = b.name.isEmpty() ? b.id : b.name;
            brick.kind = TreemapBrick;
            brick.value = b.annualCostGbp;
            brick.colourKey = capabilityOf(b, catalogue);
            brick.standard = b.isStandard();
            brick.estimated = b.basis == Basis::Estimated;
            brick.source = b.source;
            item.value += b.annualCostGbp;
            item.children.append(brick);
        }
        // A service is as large as what it reportedly costs; the part not yet mapped into
        // bricks is its own labelled area inside it.
        const double gap = s.reportedCostGbp ? *s.reportedCostGbp - item.value : 0.0;
        if (gap > 0) {
            TreemapItem rest;
            rest.id = QStringLiteral("unmapped");
            rest.label = QCoreApplication::translate("Treemap", "Unmapped reported spend");
            rest.kind = TreemapUnmapped;
            rest.value = gap;
            rest.source = s.source;
            item.children.append(rest);
            item.value += gap;
        }
        if (item.value > 0)
            root.children.append(item);
        root.value += item.value;
    }
    return root;
}

QString spendTreeTotalText(const TreemapItem &root)
{
    double mapped = 0.0;
    double unmapped = 0.0;
    for (const TreemapItem &service : root.children) {
        for (const TreemapItem &child : service.children)
            (child.kind == TreemapUnmapped ? unmapped : mapped) += child.value;
    }
    if (unmapped <= 0.0)
        return QCoreApplication::translate("Treemap", "%1 drawn, all of it mapped into bricks.").arg(Format::gbp(root.value));
    if (mapped <= 0.0)
        return QCoreApplication::translate("Treemap", "%1 drawn: reported spend, none of it mapped into bricks yet.")
            .arg(Format::gbp(root.value));
    return QCoreApplication::translate("Treemap", "%1 drawn: %2 mapped into bricks (the organisation's total in the list "
                                                  "and the dashboard) and %3 of reported spend not mapped into bricks.")
        .arg(Format::gbp(root.value), Format::gbp(mapped), Format::gbp(unmapped));
}

} // namespace livedna
