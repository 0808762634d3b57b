#include "core/layout/graphlayout.h"

#include "core/util/logging.h"

#include <QCoreApplication>
#include <QLineF>
#include <QMutex>
#include <QMutexLocker>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <cmath>

namespace livedna {

namespace {

// Graphviz keeps global state (its GVC context, the cgraph string pool), so one context
// is shared and every layout holds this lock.
QMutex &graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

GVC_t *sharedContext()
{
    static GVC_t *context = gvContext();
    return context;
}

// cgraph's API predates const; it does not modify these strings.
char *cstr(const char *text)
{
    return const_cast<char *>(text);
}

void setAttr(void *object, const char *name, const QByteArray &value)
{
    agsafeset(object, cstr(name), const_cast<char *>(value.constData()), cstr(""));
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'f', 4);
}

} // namespace

Result<GraphLayoutResult> layoutGraph(const LayoutInput &input)
{
    GraphLayoutResult result;
    if (input.nodes.isEmpty())
        return result;

    QMutexLocker locker(&graphvizMutex());
    GVC_t *gvc = sharedContext();
    if (!gvc) {
        return Result<GraphLayoutResult>::failure(
            QString(), QString(), QCoreApplication::translate("GraphLayout", "Graphviz could not start"));
    }

    Agraph_t *g = agopen(cstr("livedna"), Agdirected, nullptr);
    setAttr(g, "rankdir", input.leftToRight ? QByteArrayLiteral("LR") : QByteArrayLiteral("TB"));
    setAttr(g, "nodesep", number(input.nodeSeparation / 72.0));
    setAttr(g, "ranksep", number(input.rankSeparation / 72.0));
    setAttr(g, "splines", QByteArrayLiteral("true"));
    setAttr(g, "outputorder", QByteArrayLiteral("edgesfirst"));
    // Keep disconnected pieces close instead of spreading them along one rank.
    setAttr(g, "pack", QByteArrayLiteral("16"));

    QList<Agnode_t *> nodes;
    nodes.reserve(input.nodes.size());
    for (int i = 0; i < input.nodes.size(); ++i) {
        const QByteArray name = "n" + QByteArray::number(i);
        Agnode_t *n = agnode(g, const_cast<char *>(name.constData()), 1);
        const QSizeF size = input.nodes.at(i).size;
        setAttr(n, "shape", QByteArrayLiteral("box"));
        setAttr(n, "fixedsize", QByteArrayLiteral("true"));
        setAttr(n, "label", QByteArray());
        setAttr(n, "width", number(std::max(1.0, size.width()) / 72.0));
        setAttr(n, "height", number(std::max(1.0, size.height()) / 72.0));
        nodes.append(n);
    }

    QList<Agedge_t *> edges;
    edges.reserve(input.edges.size());
    for (int i = 0; i < input.edges.size(); ++i) {
        const LayoutEdge &le = input.edges.at(i);
        if (le.from < 0 || le.to < 0 || le.from >= nodes.size() || le.to >= nodes.size()) {
            edges.append(nullptr);
            continue;
        }
        // A unique key keeps parallel flows between the same bricks as separate edges.
        const QByteArray key = "e" + QByteArray::number(i);
        Agedge_t *e = agedge(g, nodes.at(le.from), nodes.at(le.to), const_cast<char *>(key.constData()), 1);
        setAttr(e, "arrowsize", QByteArrayLiteral("0.8"));
        if (!le.label.isEmpty()) {
            setAttr(e, "label", le.label.toUtf8());
            setAttr(e, "fontsize", number(input.labelFontSize));
        }
        edges.append(e);
    }

    if (gvLayout(gvc, g, "dot") != 0) {
        agclose(g);
        return Result<GraphLayoutResult>::failure(
            QString(), QString(), QCoreApplication::translate("GraphLayout", "Graphviz could not lay the graph out"));
    }

    const boxf bb = GD_bb(g);
    const double top = bb.UR.y;
    auto toQt = [top](pointf p) { return QPointF(p.x, top - p.y); };

    result.bounds = QRectF(QPointF(bb.LL.x, 0), QPointF(bb.UR.x, bb.UR.y - bb.LL.y));
    for (int i = 0; i < nodes.size(); ++i) {
        const QPointF c = toQt(ND_coord(nodes.at(i)));
        const QSizeF size = input.nodes.at(i).size;
        result.nodes.append(QRectF(c.x() - size.width() / 2, c.y() - size.height() / 2, size.width(), size.height()));
    }

    for (Agedge_t *e : std::as_const(edges)) {
        EdgeGeometry geom;
        if (e && ED_spl(e) && ED_spl(e)->size > 0) {
            const bezier &bz = ED_spl(e)->list[0];
            if (bz.size > 0) {
                QPointF start = toQt(bz.list[0]);
                geom.path.moveTo(start);
                for (int k = 1; k + 2 < bz.size; k += 3)
                    geom.path.cubicTo(toQt(bz.list[k]), toQt(bz.list[k + 1]), toQt(bz.list[k + 2]));
                const QPointF end = toQt(bz.list[bz.size - 1]);
                QPointF tip = end;
                QPointF base = bz.size >= 2 ? toQt(bz.list[bz.size - 2]) : start;
                if (bz.eflag) {
                    tip = toQt(bz.ep);
                    base = end;
                }
                QLineF axis(tip, base);
                if (axis.length() > 0.01) {
                    axis.setLength(std::max(axis.length(), 6.0));
                    const QPointF b = axis.p2();
                    QLineF normal = axis.normalVector();
                    normal.setLength(axis.length() * 0.42);
                    const QPointF offset = normal.p2() - normal.p1();
                    geom.arrowHead << tip << (b + offset) << (b - offset);
                }
            }
            if (textlabel_t *label = ED_label(e)) {
                geom.labelPos = toQt(label->pos);
                geom.hasLabel = true;
            }
        }
        result.edges.append(geom);
    }

    gvFreeLayout(gvc, g);
    agclose(g);
    return result;
}

} // namespace livedna
