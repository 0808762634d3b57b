#pragma once

#include "core/render/brickgraph.h"

#include <QWidget>

namespace livedna {

// The key of the proposal canvas (issue 13: it had none): shapes, fills and the colour of
// each capability present, painted by the same brickpaint::paintLegend as the explorer's
// graph and its exports, so a capability reads the same everywhere.
class ProposalLegend : public QWidget
{
    Q_OBJECT

public:
    explicit ProposalLegend(QWidget *parent = nullptr);
    void setGraph(const BrickGraphScene &graph);
    const BrickGraphScene &graph() const { return m_graph; }
    // The height the legend needs at `width`; 0 with nothing to explain.
    int heightFor(int width) const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    BrickGraphScene m_graph;
};

} // namespace livedna
