#include "core/export/servicelayout.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace livedna {

ServiceLayout ServiceLayout::compute(const Service &service, const QHash<QString, QPointF> &fixed, const QPointF &origin)
{
    ServiceLayout out;
    QHash<QString, int> column;
    QHash<QString, QStringList> successors;
    QHash<QString, int> indegree;
    QSet<QString> ids;
    for (const BrickInstance &b : service.bricks)
        ids.insert(b.id);
    for (const Flow &f : service.flows) {
        if (ids.contains(f.from) && ids.contains(f.to) && f.from != f.to) {
            successors[f.from].append(f.to);
            indegree[f.to] += 1;
        }
    }
    // Longest-path layering by a depth-first walk; a brick on the current path is not
    // revisited, which breaks cycles deterministically.
    QSet<QString> onPath;
    std::function<void(const QString &, int)> visit = [&](const QString &id, int depth) {
        if (onPath.contains(id) || column.value(id, -1) >= depth || depth > ids.size())
            return;
        column.insert(id, depth);
        onPath.insert(id);
        for (const QString &next : successors.value(id))
            visit(next, depth + 1);
        onPath.remove(id);
    };
    for (const BrickInstance &b : service.bricks) {
        if (indegree.value(b.id) == 0)
            visit(b.id, 0);
    }
    for (const BrickInstance &b : service.bricks) {
        if (!column.contains(b.id))
            visit(b.id, 0);
    }
    QHash<int, int> rows;
    for (const BrickInstance &b : service.bricks) {
        QRectF box;
        if (fixed.contains(b.id)) {
            box = QRectF(fixed.value(b.id), QSizeF(BoxWidth, BoxHeight));
        } else {
            const int c = column.value(b.id);
            const int r = rows[c]++;
            box = QRectF(c * (BoxWidth + ColumnGap), r * (BoxHeight + RowGap), BoxWidth, BoxHeight);
        }
        out.boxes.insert(b.id, box);
        out.bounds = out.bounds.isNull() ? box : out.bounds.united(box);
    }
    const QPointF shift = origin - out.bounds.topLeft();
    for (auto it = out.boxes.begin(); it != out.boxes.end(); ++it)
        it->translate(shift);
    out.bounds.translate(shift);
    return out;
}

} // namespace livedna
