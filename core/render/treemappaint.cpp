#include "core/render/treemappaint.h"

#include "core/models/format.h"
#include "core/render/palette.h"

#include <QFontMetricsF>
#include <QPainter>

namespace livedna {

namespace treemappaint {

namespace {
constexpr double kTitleStrip = 18.0;
constexpr double kPad = 2.0;

QColor serviceColour(int index)
{
    // Services get soft neutral-blue tones; capabilities carry the strong colours.
    static const QList<QColor> tones = {QColor(0xDB, 0xE4, 0xF0), QColor(0xE4, 0xEA, 0xE0), QColor(0xF0, 0xE6, 0xDA),
                                        QColor(0xE8, 0xE0, 0xEE), QColor(0xDD, 0xEC, 0xEA)};
    return tones.at(index % tones.size());
}

void hatch(QPainter *p, const QRectF &r, const QColor &c)
{
    p->save();
    p->setClipRect(r, Qt::IntersectClip);
    p->setPen(QPen(c, 1.0));
    for (double x = r.left() - r.height(); x < r.right(); x += 6.0)
        p->drawLine(QPointF(x, r.bottom()), QPointF(x + r.height(), r.top()));
    p->restore();
}
} // namespace

QList<TreemapCell> layout(const TreemapItem &root, const QRectF &rect, bool nested)
{
    QList<TreemapCell> cells;
    QList<double> values;
    for (const TreemapItem &c : root.children)
        values.append(c.value);
    const QList<QRectF> rects = squarify(values, rect);
    for (int i = 0; i < root.children.size(); ++i) {
        const TreemapItem &child = root.children.at(i);
        if (rects.at(i).isEmpty())
            continue;
        cells.append(TreemapCell{rects.at(i), &child, 0, {i}});
        if (!nested || child.children.isEmpty())
            continue;
        const QRectF inner = rects.at(i).adjusted(kPad, kTitleStrip, -kPad, -kPad);
        if (inner.width() < 8 || inner.height() < 8)
            continue;
        QList<double> sub;
        for (const TreemapItem &g : child.children)
            sub.append(g.value);
        const QList<QRectF> subRects = squarify(sub, inner);
        for (int j = 0; j < child.children.size(); ++j) {
            if (!subRects.at(j).isEmpty())
                cells.append(TreemapCell{subRects.at(j), &child.children.at(j), 1, {i, j}});
        }
    }
    return cells;
}

void paint(QPainter *p, const QList<TreemapCell> &cells, const Catalogue &catalogue, const TreemapItem *hovered)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing, false);
    QFont titleFont;
    titleFont.setPointSizeF(8.5);
    titleFont.setWeight(QFont::DemiBold);
    QFont small;
    small.setPointSizeF(7.5);
    const QFontMetricsF tm(titleFont);
    const QFontMetricsF sm(small);
    for (const TreemapCell &cell : cells) {
        const TreemapItem &it = *cell.item;
        const QRectF r = cell.rect.adjusted(0.5, 0.5, -0.5, -0.5);
        QColor fill;
        if (it.kind == TreemapUnmapped)
            fill = QColor(0xEE, 0xEE, 0xEE);
        else if (it.kind == TreemapBrick)
            fill = capabilityColour(catalogue, it.colourKey);
        else
            fill = serviceColour(cell.path.value(0));
        if (it.kind == TreemapBrick && !it.standard)
            fill = QColor(int(fill.red() + (255 - fill.red()) * 0.45), int(fill.green() + (255 - fill.green()) * 0.45),
                          int(fill.blue() + (255 - fill.blue()) * 0.45));
        p->fillRect(r, fill);
        if (it.kind == TreemapUnmapped)
            hatch(p, r, QColor(0xC8, 0xC8, 0xC8));
        else if (it.kind == TreemapBrick && !it.standard)
            hatch(p, r, capabilityColour(catalogue, it.colourKey).darker(110));
        const bool isHovered = hovered == &it;
        p->setPen(QPen(isHovered ? QColor(0x25, 0x63, 0xEB) : QColor(255, 255, 255), isHovered ? 2.0 : 1.0));
        p->setBrush(Qt::NoBrush);
        p->drawRect(r);
        if (it.estimated && r.width() > 8 && r.height() > 8) {
            // Estimated, not published: a dashed inner border, not a colour.
            p->setPen(QPen(colours::ink(), 1.0, Qt::DashLine));
            p->drawRect(r.adjusted(2.5, 2.5, -2.5, -2.5));
        }

        // Labels only where they fit; the tooltip carries the rest.
        const bool container = cell.depth == 0 && !it.children.isEmpty() && r.height() > kTitleStrip + 8;
        const QColor ink = it.kind == TreemapBrick && it.standard ? textColourOn(fill) : colours::ink();
        if (container) {
            p->setFont(titleFont);
            p->setPen(colours::ink());
            const QString text = tm.elidedText(it.label + QStringLiteral("  ") + Format::gbp(it.value), Qt::ElideRight, r.width() - 6);
            p->drawText(QRectF(r.left() + 4, r.top() + 1, r.width() - 6, kTitleStrip - 2), Qt::AlignLeft | Qt::AlignVCenter, text);
        } else if (r.width() > 36 && r.height() > sm.height() + 4) {
            p->setFont(cell.depth == 0 ? titleFont : small);
            p->setPen(ink);
            const QFontMetricsF &fm = cell.depth == 0 ? tm : sm;
            const QRectF tr = r.adjusted(4, 2, -3, -2);
            const QString name = fm.elidedText(it.label, Qt::ElideRight, tr.width());
            const bool twoLines = r.height() > 2 * fm.height() + 4;
            const bool hatched = it.kind == TreemapUnmapped || (it.kind == TreemapBrick && !it.standard);
            if (hatched) {
                // Hatching behind text hurts reading: give the label a quiet backing.
                const double w = std::max(fm.horizontalAdvance(name), twoLines ? fm.horizontalAdvance(Format::gbp(it.value)) : 0.0);
                p->fillRect(QRectF(tr.left() - 2, tr.top() - 1, std::min(w + 4, tr.width() + 2), fm.height() * (twoLines ? 2 : 1) + 2),
                            QColor(255, 255, 255, 190));
            }
            p->drawText(tr, Qt::AlignLeft | Qt::AlignTop, name);
            if (twoLines)
                p->drawText(tr.adjusted(0, fm.height(), 0, 0), Qt::AlignLeft | Qt::AlignTop, Format::gbp(it.value));
        }
    }
    p->restore();
}

void paintDocument(QPainter *p, const TreemapItem &root, const QString &title, const QSizeF &size, const Catalogue &catalogue,
                   const QString &note)
{
    p->fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    QFont f;
    f.setPointSizeF(13);
    f.setWeight(QFont::Bold);
    p->setFont(f);
    p->setPen(colours::ink());
    p->drawText(QRectF(20, 12, size.width() - 40, 26), Qt::AlignLeft | Qt::AlignVCenter, title);
    double top = 46;
    if (!note.isEmpty()) {
        QFont nf;
        nf.setPointSizeF(10);
        p->setFont(nf);
        p->setPen(colours::mutedInk());
        p->drawText(QRectF(20, 40, size.width() - 40, 20), Qt::AlignLeft | Qt::AlignVCenter, note);
        top = 66;
    }
    const QList<TreemapCell> cells = layout(root, QRectF(20, top, size.width() - 40, size.height() - top - 20));
    paint(p, cells, catalogue);
}

} // namespace treemappaint

} // namespace livedna
