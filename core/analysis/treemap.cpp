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

SpendTreeTotals spendTreeTotals(const Organisation &org)
{
    // The same sums as buildSpendTree, so the words match the areas.
    SpendTreeTotals t;
    for (const Service &s : org.services) {
        double mapped = 0.0;
        for (const BrickInstance &b : s.bricks)
            mapped += b.annualCostGbp;
        t.mapped += mapped;
        if (!s.reportedCostGbp) {
            t.bricksWithoutReported += mapped;
            t.drawn += mapped;
            continue;
        }
        const double r = *s.reportedCostGbp;
        ++t.reportedServices;
        t.reported += r;
        t.drawn += std::max(mapped, r);
        if (r < 0) {
            t.netIncome += -r;
            t.bricksAboveReported += mapped;
        } else if (mapped > r) {
            t.bricksAboveReported += mapped - r;
        } else {
            t.unmappedReported += r - mapped;
        }
    }
    return t;
}

QString spendTreeTotalText(const SpendTreeTotals &t)
{
    const QString drawn = Format::gbp(t.drawn);
    if (t.reportedServices == 0)
        return QCoreApplication::translate("Treemap", "%1 drawn, all of it mapped into bricks (no service publishes a cost).")
            .arg(drawn);
    QStringList added;
    if (t.bricksWithoutReported > 0)
        added << QCoreApplication::translate("Treemap", "%1 of bricks in services that publish no cost")
                     .arg(Format::gbp(t.bricksWithoutReported));
    if (t.bricksAboveReported > 0)
        added << QCoreApplication::translate("Treemap", "%1 of bricks above their service's reported figure")
                     .arg(Format::gbp(t.bricksAboveReported));
    if (t.netIncome > 0)
        added << QCoreApplication::translate("Treemap", "%1 of net income, not subtracted (an area cannot be negative)")
                     .arg(Format::gbp(t.netIncome));
    QString text;
    if (added.isEmpty())
        text = QCoreApplication::translate("Treemap", "%1 drawn: the reported total, as in the list and the dashboard.").arg(drawn);
    else
        text = QCoreApplication::translate("Treemap", "%1 drawn: the reported %2 (the list's and the dashboard's figure) + %3.")
                   .arg(drawn, Format::gbp(t.reported), added.join(QStringLiteral(" + ")));
    text += QLatin1Char(' ');
    if (t.unmappedReported > 0)
        text += QCoreApplication::translate("Treemap", "Of it, %1 is mapped into bricks and %2 is reported spend not mapped "
                                                       "into bricks (grey).")
                    .arg(Format::gbp(t.mapped), Format::gbp(t.unmappedReported));
    else
        text += QCoreApplication::translate("Treemap", "All of it is mapped into bricks.");
    return text;
}

} // namespace livedna
