#pragma once

#include "core/domain/organisation.h"

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace livedna {

// Box positions of a service's bricks for views that have no user layout: layered left to
// right along the flows (a brick sits one column after the furthest brick that flows to
// it, cycles broken where first met), in document order within a column. Positions the
// user placed (`fixed`, top-left corners) win. Everything is shifted to start at `origin`.
struct ServiceLayout
{
    static constexpr double BoxWidth = 180.0;
    static constexpr double BoxHeight = 64.0;
    static constexpr double ColumnGap = 70.0;
    static constexpr double RowGap = 28.0;

    QHash<QString, QRectF> boxes;
    QRectF bounds;

    static ServiceLayout compute(const Service &service, const QHash<QString, QPointF> &fixed = {},
                                 const QPointF &origin = QPointF(0, 0));
};

} // namespace livedna
