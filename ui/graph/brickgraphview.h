#pragma once

#include "core/render/brickgraph.h"

#include <QGraphicsObject>
#include <QGraphicsView>

namespace livedna {

class BrickNodeItem;
class FlowItem;

// The service brick graph canvas: Graphviz positions, one item per brick and per flow,
// zoom with the wheel or +/-, pan by dragging, fit with 0 or Home.
class BrickGraphView : public QGraphicsView
{
    Q_OBJECT

public:
    // Fitting keeps the scale between these: below 1 the 9 pt labels are no longer legible
    // (the graph scrolls instead); above the largest, text would look bloated.
    static constexpr double kMinFitScale = 1.0;
    static constexpr double kMaxFitScale = 1.6;

    explicit BrickGraphView(QWidget *parent = nullptr);
    ~BrickGraphView() override;

    void setGraph(BrickGraphScene graph);
    const BrickGraphScene &graph() const { return m_graph; }
    int nodeCount() const { return int(m_nodes.size()); }
    int flowCount() const { return int(m_flows.size()); }
    int selectedBrick() const { return m_selected; } // index into Service::bricks, -1 none
    void selectBrick(int brickIndex);
    void setPlaceholder(const QString &text);

public Q_SLOTS:
    void fitGraph();
    void zoomIn();
    void zoomOut();
    void resetZoom();

Q_SIGNALS:
    void brickSelected(int brickIndex);
    void brickActivated(int brickIndex);
    void graphChanged();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void onSelectionChanged();
    void clearItems();
    void zoomBy(double factor);
    double currentScale() const;

    QGraphicsScene *m_scene;
    BrickGraphScene m_graph;
    QList<BrickNodeItem *> m_nodes;
    QList<FlowItem *> m_flows;
    int m_selected = -1;
    bool m_autoFit = true; // refit on resize until the user zooms
    QString m_placeholder;
};

} // namespace livedna
