#pragma once

#include "core/analysis/treemap.h"
#include "core/domain/catalogue.h"

#include <QList>
#include <QRectF>

class QPainter;

namespace livedna {

// A laid-out treemap cell; `path` is the chain of child indices from the shown root.
struct TreemapCell
{
    QRectF rect;
    const TreemapItem *item = nullptr;
    int depth = 0;
    QList<int> path;
};

namespace treemappaint {
// Lays out `root`'s children in `rect`, and one level of grandchildren inside each child
// below a title strip when `nested`.
QList<TreemapCell> layout(const TreemapItem &root, const QRectF &rect, bool nested = true);
void paint(QPainter *p, const QList<TreemapCell> &cells, const Catalogue &catalogue, const TreemapItem *hovered = nullptr);
// `note` (one line under the title) says what the total includes (spendTreeTotalText).
void paintDocument(QPainter *p, const TreemapItem &root, const QString &title, const QSizeF &size,
                   const Catalogue &catalogue, const QString &note = QString());
} // namespace treemappaint

} // namespace livedna
