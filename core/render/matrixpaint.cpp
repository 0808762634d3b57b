#include "core/render/matrixpaint.h"

#include "core/render/palette.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QStaticText>

namespace livedna {

namespace matrixpaint {

namespace {
// Elided, laid-out names are reused between frames: text layout is most of a frame's cost.
const QStaticText &cachedText(const QString &text, const QFont &font, double width)
{
    static QHash<QString, QStaticText> cache;
    const QString key = text + QLatin1Char('\x1f') + QString::number(font.pointSizeF()) + QLatin1Char('\x1f')
        + QString::number(int(width));
    auto it = cache.find(key);
    if (it == cache.end()) {
        if (cache.size() > 20000)
            cache.clear();
        QStaticText st(QFontMetricsF(font).elidedText(text, Qt::ElideRight, width));
        st.setTextFormat(Qt::PlainText);
        st.prepare(QTransform(), font);
        it = cache.insert(key, st);
    }
    return *it;
}
} // namespace

QColor cellColour(quint8 state, double intensity)
{
    if (state & DnaMatrix::HasBespoke)
        return intensityColour(colours::bespoke(), intensity);
    if (state & DnaMatrix::HasStandard)
        return intensityColour(colours::standard(), intensity);
    return QColor(0xF3, 0xF4, 0xF6);
}

void paintCells(QPainter *p, const DnaMatrix &m, const QList<int> &rows, const QList<int> &cols,
                const MatrixGeometry &g, const QPointF &origin, int firstRow, int lastRow, int hoverRow, int hoverCol)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing, false);
    const double w = g.cellWidth;
    const double h = g.cellHeight;
    // Colours are looked up from ramps, not computed per cell: a frame paints thousands.
    constexpr int kLevels = 32;
    static const QVector<QColor> standardRamp = [] {
        QVector<QColor> ramp;
        for (int i = 0; i < kLevels; ++i)
            ramp << intensityColour(colours::standard(), double(i) / (kLevels - 1));
        return ramp;
    }();
    static const QVector<QColor> bespokeRamp = [] {
        QVector<QColor> ramp;
        for (int i = 0; i < kLevels; ++i)
            ramp << intensityColour(colours::bespoke(), double(i) / (kLevels - 1));
        return ramp;
    }();
    const QColor absent(0xD1, 0xD5, 0xDB);
    const QColor notch(0x11, 0x18, 0x27);
    firstRow = std::max(0, firstRow);
    lastRow = std::min(int(rows.size()) - 1, lastRow);
    for (int ri = firstRow; ri <= lastRow; ++ri) {
        const int r = rows.at(ri);
        const double y = origin.y() + ri * h;
        if (ri % 2 == 1)
            p->fillRect(QRectF(origin.x(), y, cols.size() * w, h), QColor(0xFA, 0xFA, 0xFB));
        for (int ci = 0; ci < cols.size(); ++ci) {
            const int c = cols.at(ci);
            const quint8 st = m.state(r, c);
            const QRectF cell(origin.x() + ci * w + 1, y + 1, w - 2, h - 2);
            if (st == DnaMatrix::Absent) {
                p->fillRect(QRectF(cell.center() - QPointF(1, 1), QSizeF(2, 2)), absent);
                continue;
            }
            if (st == DnaMatrix::HasSystem) {
                // A system with no published cost: an outline, never a cost colour.
                p->setPen(QPen(colours::mutedInk(), 1, Qt::DashLine));
                p->setBrush(Qt::NoBrush);
                p->drawRect(cell.adjusted(0.5, 0.5, -0.5, -0.5));
                continue;
            }
            const int level = std::clamp(int(m.intensity(r, c) * (kLevels - 1) + 0.5), 0, kLevels - 1);
            if ((st & DnaMatrix::HasBespoke) && (st & DnaMatrix::HasStandard)) {
                // Both: upper half bespoke, lower half standard.
                p->fillRect(QRectF(cell.left(), cell.top(), cell.width(), cell.height() / 2), bespokeRamp.at(level));
                p->fillRect(QRectF(cell.left(), cell.top() + cell.height() / 2, cell.width(), cell.height() / 2),
                            standardRamp.at(level));
            } else {
                p->fillRect(cell, (st & DnaMatrix::HasBespoke) ? bespokeRamp.at(level) : standardRamp.at(level));
            }
            // A dark corner marks bespoke without relying on colour.
            if (st & DnaMatrix::HasBespoke)
                p->fillRect(QRectF(cell.right() - 4, cell.top(), 4, 4), notch);
        }
    }
    if (hoverRow >= firstRow && hoverRow <= lastRow) {
        p->setPen(QPen(QColor(0x25, 0x63, 0xEB, 140), 1));
        p->setBrush(Qt::NoBrush);
        p->drawRect(QRectF(origin.x(), origin.y() + hoverRow * h, cols.size() * w, h));
    }
    if (hoverCol >= 0 && hoverCol < cols.size()) {
        p->setPen(QPen(QColor(0x25, 0x63, 0xEB, 140), 1));
        p->drawRect(QRectF(origin.x() + hoverCol * w, origin.y() + firstRow * h, w, (lastRow - firstRow + 1) * h));
    }
    p->restore();
}

void paintRowHeaders(QPainter *p, const DnaMatrix &m, const QList<int> &rows, const MatrixGeometry &g,
                     const QPointF &origin, int firstRow, int lastRow, int hoverRow)
{
    p->save();
    QFont f;
    f.setPointSizeF(std::min(8.5, g.cellHeight * 0.58));
    p->setFont(f);
    const QFontMetricsF fm(f);
    firstRow = std::max(0, firstRow);
    lastRow = std::min(int(rows.size()) - 1, lastRow);
    for (int ri = firstRow; ri <= lastRow; ++ri) {
        const DnaMatrix::Row &row = m.row(rows.at(ri));
        const QRectF r(origin.x(), origin.y() + ri * g.cellHeight, g.rowHeaderWidth - 8, g.cellHeight);
        if (ri == hoverRow)
            p->fillRect(r, QColor(0xDB, 0xEA, 0xFE));
        p->setPen(ri == hoverRow ? QColor(0x1e, 0x40, 0xaf) : colours::ink());
        const QStaticText &text = cachedText(row.name, f, r.width() - 6);
        p->drawStaticText(QPointF(r.left() + 4, r.center().y() - fm.height() / 2.0), text);
    }
    p->restore();
}

void paintColumnHeaders(QPainter *p, const DnaMatrix &m, const QList<int> &cols, const MatrixGeometry &g,
                        const QPointF &origin, int hoverCol)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::TextAntialiasing);
    QFont f;
    f.setPointSizeF(std::min(8.5, g.cellWidth * 0.55));
    p->setFont(f);
    const QFontMetricsF fm(f);
    for (int ci = 0; ci < cols.size(); ++ci) {
        const DnaMatrix::Column &col = m.column(cols.at(ci));
        const double x = origin.x() + ci * g.cellWidth + g.cellWidth / 2.0;
        const double bottom = origin.y() + g.columnHeaderHeight;
        // Layer strip: frontline solid, overhead outlined.
        const QRectF strip(x - g.cellWidth / 2.0 + 1, bottom - 6, g.cellWidth - 2, 4);
        if (col.layer == Layer::Frontline)
            p->fillRect(strip, colours::frontline());
        else {
            p->setPen(QPen(colours::overhead(), 1));
            p->setBrush(Qt::NoBrush);
            p->drawRect(strip.adjusted(0.5, 0.5, -0.5, -0.5));
        }
        p->save();
        p->translate(x + fm.ascent() / 2.0 - 1, bottom - 10);
        p->rotate(-60);
        p->setPen(ci == hoverCol ? QColor(0x1e, 0x40, 0xaf) : colours::ink());
        p->drawStaticText(QPointF(0, -fm.ascent()), cachedText(col.name, f, (g.columnHeaderHeight - 14) / 0.87));
        p->restore();
    }
    p->restore();
}

void paintLegend(QPainter *p, const QRectF &rect)
{
    p->save();
    QFont f;
    f.setPointSizeF(8);
    p->setFont(f);
    const QFontMetricsF fm(f);
    double x = rect.left();
    const double y = rect.top();
    auto swatch = [&](quint8 st, double t, const QString &text) {
        const QRectF cell(x, y + 2, 12, 12);
        if (st == DnaMatrix::Absent)
            p->fillRect(QRectF(cell.center() - QPointF(1, 1), QSizeF(2, 2)), QColor(0xD1, 0xD5, 0xDB));
        else
            p->fillRect(cell, cellColour(st, t));
        if (st & DnaMatrix::HasBespoke)
            p->fillRect(QRectF(cell.right() - 4, cell.top(), 4, 4), QColor(0x11, 0x18, 0x27));
        p->setPen(colours::mutedInk());
        p->drawText(QPointF(x + 16, y + 2 + fm.ascent()), text);
        x += 16 + fm.horizontalAdvance(text) + 18;
    };
    swatch(DnaMatrix::Absent, 0, DnaMatrix::tr("absent"));
    swatch(DnaMatrix::HasStandard, 0.2, QString());
    x -= 34;
    swatch(DnaMatrix::HasStandard, 1.0, DnaMatrix::tr("standard (commons), low → high cost"));
    swatch(DnaMatrix::HasBespoke, 0.2, QString());
    x -= 34;
    swatch(DnaMatrix::HasBespoke, 1.0, DnaMatrix::tr("bespoke (dark corner), low → high cost"));
    p->fillRect(QRectF(x, y + 6, 12, 4), colours::frontline());
    p->setPen(colours::mutedInk());
    p->drawText(QPointF(x + 16, y + 2 + fm.ascent()), DnaMatrix::tr("frontline column"));
    x += 16 + fm.horizontalAdvance(DnaMatrix::tr("frontline column")) + 18;
    p->setPen(QPen(colours::overhead(), 1));
    p->drawRect(QRectF(x + 0.5, y + 6.5, 11, 3));
    p->setPen(colours::mutedInk());
    p->drawText(QPointF(x + 16, y + 2 + fm.ascent()), DnaMatrix::tr("overhead column"));
    p->restore();
}

QSizeF documentSize(const DnaMatrix &, const QList<int> &rows, const QList<int> &cols, const MatrixGeometry &g)
{
    return QSizeF(std::max(1180.0, 40 + g.rowHeaderWidth + cols.size() * g.cellWidth + 20),
                  60 + g.columnHeaderHeight + rows.size() * g.cellHeight + 50);
}

void paintDocument(QPainter *p, const DnaMatrix &m, const QList<int> &rows, const QList<int> &cols,
                   const MatrixGeometry &g, const QString &title)
{
    const QSizeF size = documentSize(m, rows, cols, g);
    p->fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    QFont f;
    f.setPointSizeF(13);
    f.setWeight(QFont::Bold);
    p->setFont(f);
    p->setPen(colours::ink());
    p->drawText(QRectF(20, 14, size.width() - 40, 26), Qt::AlignLeft | Qt::AlignVCenter, title);
    paintLegend(p, QRectF(20, 42, size.width() - 40, 16));
    const QPointF cellsOrigin(20 + g.rowHeaderWidth, 60 + g.columnHeaderHeight);
    paintColumnHeaders(p, m, cols, g, QPointF(cellsOrigin.x(), 60));
    paintRowHeaders(p, m, rows, g, QPointF(20, cellsOrigin.y()), 0, int(rows.size()) - 1);
    paintCells(p, m, rows, cols, g, cellsOrigin, 0, int(rows.size()) - 1);
}

} // namespace matrixpaint

} // namespace livedna
