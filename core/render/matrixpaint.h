#pragma once

#include "core/models/dnamatrix.h"

#include <QList>
#include <QRectF>

class QPainter;

namespace livedna {

struct MatrixGeometry
{
    double cellWidth = 16.0;
    double cellHeight = 14.0;
    double rowHeaderWidth = 230.0;
    double columnHeaderHeight = 150.0;
};

namespace matrixpaint {
QColor cellColour(quint8 state, double intensity);
// Paints the cells of rows [firstRow, lastRow] (positions in `rows`) with the cell grid's
// origin at `origin`; only these are touched, so scrolling costs what is visible.
void paintCells(QPainter *p, const DnaMatrix &m, const QList<int> &rows, const QList<int> &cols,
                const MatrixGeometry &g, const QPointF &origin, int firstRow, int lastRow, int hoverRow = -1,
                int hoverCol = -1);
void paintRowHeaders(QPainter *p, const DnaMatrix &m, const QList<int> &rows, const MatrixGeometry &g,
                     const QPointF &origin, int firstRow, int lastRow, int hoverRow = -1);
void paintColumnHeaders(QPainter *p, const DnaMatrix &m, const QList<int> &cols, const MatrixGeometry &g,
                        const QPointF &origin, int hoverCol = -1);
void paintLegend(QPainter *p, const QRectF &rect);
QSizeF documentSize(const DnaMatrix &m, const QList<int> &rows, const QList<int> &cols, const MatrixGeometry &g);
void paintDocument(QPainter *p, const DnaMatrix &m, const QList<int> &rows, const QList<int> &cols,
                   const MatrixGeometry &g, const QString &title);
} // namespace matrixpaint

} // namespace livedna
