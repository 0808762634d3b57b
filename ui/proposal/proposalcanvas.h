#pragma once

#include "core/proposal/compare.h"
#include "core/render/brickgraph.h"

#include <QGraphicsView>
#include <QHash>
#include <QPointer>

namespace livedna {

class ProposalModel;
class ProposalBrickItem;
class ProposalLegend;

// The editing canvas of a proposal: the explorer's brick painting (core/render) on
// Graphviz positions, with every brick movable. Edits go through the edit:: functions
// (undoable): drag to move, the context menu to replace with a commons brick (cheapest
// first), connect, disconnect or remove. It redraws from the model on every change, so
// undo and redo show at once. In read-only mode it only displays (the compare view).
class ProposalCanvas : public QGraphicsView
{
    Q_OBJECT

public:
    explicit ProposalCanvas(QWidget *parent = nullptr);
    ~ProposalCanvas() override;

    void setModel(ProposalModel *model);
    // Read-only display of a service with no model.
    void setService(const Service &service, const Catalogue &catalogue, const QHash<QString, QPointF> &layout = {});
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    // Bricks outlined by change against a baseline or another proposal.
    void setHighlights(const QHash<QString, ChangeKind> &highlights);

    QString selectedBrick() const { return m_selected; }
    void selectBrick(const QString &id);
    int nodeCount() const { return int(m_items.size()); }
    // The key under the canvas: shapes and each capability's colour (fixed per capability).
    ProposalLegend *legend() const { return m_legend; }
    // The fill of a brick as drawn, for tests of colour stability.
    QColor brickColour(const QString &id) const;
    QPointF brickPosition(const QString &id) const;

    // Called by the items when a drag ends.
    void brickMoved(const QString &id, const QPointF &topLeft);
    // Shows the context menu of a brick at a global position (also for tests).
    void showBrickMenu(const QString &id, const QPoint &globalPos);

public Q_SLOTS:
    void rebuild();
    void fit();

Q_SIGNALS:
    void brickSelected(const QString &id);
    void editFailed(const QString &message);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void build(const Service &service, const Catalogue &catalogue, const QHash<QString, QPointF> &layout);
    void report(const Status &status);
    void placeLegend();
    void selectNearest(int key);
    QPoint brickGlobalCentre(const QString &id) const;

    QGraphicsScene *m_scene;
    ProposalLegend *m_legend;
    QPointer<ProposalModel> m_model;
    QHash<QString, ProposalBrickItem *> m_items;
    QHash<QString, ChangeKind> m_highlights;
    QString m_selected;
    bool m_readOnly = false;
    bool m_fitted = false;
    bool m_autoFit = true; // refit on resize until the user zooms
    QList<QPair<QString, QString>> m_flows;
    QHash<QPair<QString, QString>, QString> m_flowLabels;
};

} // namespace livedna
