#include "ui/views.h"

#include "core/models/format.h"
#include "core/models/organisationlistmodel.h"
#include "core/render/export.h"
#include "ui/accessibility.h"

#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QScrollBar>
#include <QSet>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace livedna {

MatrixCanvas::MatrixCanvas(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("DNA matrix"));
    setAccessibleDescription(tr("Organisations as rows, capabilities as columns; arrow keys move, Enter opens the cell"));
    setFrameShape(QFrame::NoFrame);
}

void MatrixCanvas::setMatrix(const DnaMatrix *matrix, QList<int> rows, QList<int> cols)
{
    m_matrix = matrix;
    m_rows = std::move(rows);
    m_cols = std::move(cols);
    m_hoverRow = m_hoverCol = -1;
    m_cursorRow = std::clamp(m_cursorRow, 0, std::max(0, int(m_rows.size()) - 1));
    m_cursorCol = std::clamp(m_cursorCol, 0, std::max(0, int(m_cols.size()) - 1));
    updateScrollBars();
    viewport()->update();
}

void MatrixCanvas::updateScrollBars()
{
    const QSize vp = viewport()->size();
    // Small matrices get larger cells so they fill the view; large ones stay compact.
    if (!m_cols.isEmpty())
        m_geometry.cellWidth = std::clamp(std::floor((vp.width() - m_geometry.rowHeaderWidth - 100) / m_cols.size()), 16.0, 34.0);
    if (!m_rows.isEmpty())
        m_geometry.cellHeight = std::clamp(std::floor((vp.height() - m_geometry.columnHeaderHeight - 12) / m_rows.size()), 14.0, 26.0);
    // Room on the right for the last column's slanted name.
    const double contentW = m_geometry.rowHeaderWidth + m_cols.size() * m_geometry.cellWidth + 90;
    const double contentH = m_geometry.columnHeaderHeight + m_rows.size() * m_geometry.cellHeight + 10;
    horizontalScrollBar()->setRange(0, std::max(0, int(contentW) - vp.width()));
    horizontalScrollBar()->setPageStep(vp.width());
    verticalScrollBar()->setRange(0, std::max(0, int(contentH) - vp.height()));
    verticalScrollBar()->setPageStep(vp.height());
    verticalScrollBar()->setSingleStep(int(m_geometry.cellHeight) * 3);
}

void MatrixCanvas::resizeEvent(QResizeEvent *)
{
    updateScrollBars();
}

void MatrixCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.fillRect(viewport()->rect(), Qt::white);
    if (!m_matrix || m_rows.isEmpty()) {
        p.setPen(colours::mutedInk());
        p.drawText(viewport()->rect(), Qt::AlignCenter, tr("No organisation matches the filter."));
        return;
    }
    const int dx = horizontalScrollBar()->value();
    const int dy = verticalScrollBar()->value();
    const MatrixGeometry &g = m_geometry;
    const QPointF cellsOrigin(g.rowHeaderWidth - dx, g.columnHeaderHeight - dy);
    // Only the visible rows are painted: the cost of a frame is what is on screen.
    const int first = std::max(0, int((dy) / g.cellHeight) - 1);
    const int last = std::min(int(m_rows.size()) - 1, int((dy + viewport()->height()) / g.cellHeight) + 1);
    p.save();
    p.setClipRect(QRectF(g.rowHeaderWidth, g.columnHeaderHeight, viewport()->width(), viewport()->height()));
    matrixpaint::paintCells(&p, *m_matrix, m_rows, m_cols, g, cellsOrigin, first, last, m_hoverRow, m_hoverCol);
    if (hasFocus() && m_cursorRow >= first && m_cursorRow <= last) {
        p.setPen(QPen(QColor(0x11, 0x18, 0x27), 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(cellsOrigin.x() + m_cursorCol * g.cellWidth, cellsOrigin.y() + m_cursorRow * g.cellHeight,
                          g.cellWidth, g.cellHeight));
    }
    p.restore();
    // Frozen headers: row names stay at the left, capability names at the top.
    p.fillRect(QRectF(0, g.columnHeaderHeight, g.rowHeaderWidth, viewport()->height()), Qt::white);
    p.save();
    p.setClipRect(QRectF(0, g.columnHeaderHeight, g.rowHeaderWidth, viewport()->height()));
    matrixpaint::paintRowHeaders(&p, *m_matrix, m_rows, g, QPointF(0, cellsOrigin.y()), first, last, m_hoverRow);
    p.restore();
    p.fillRect(QRectF(0, 0, viewport()->width(), g.columnHeaderHeight), Qt::white);
    p.save();
    p.setClipRect(QRectF(g.rowHeaderWidth - 40, 0, viewport()->width(), g.columnHeaderHeight));
    matrixpaint::paintColumnHeaders(&p, *m_matrix, m_cols, g, QPointF(cellsOrigin.x(), 0), m_hoverCol);
    p.restore();
    p.setPen(QColor(0xE5, 0xE7, 0xEB));
    p.drawLine(QPointF(0, g.columnHeaderHeight - 0.5), QPointF(viewport()->width(), g.columnHeaderHeight - 0.5));
}

bool MatrixCanvas::cellAt(const QPoint &pos, int *ri, int *ci) const
{
    const MatrixGeometry &g = m_geometry;
    const double x = pos.x() + horizontalScrollBar()->value() - g.rowHeaderWidth;
    const double y = pos.y() + verticalScrollBar()->value() - g.columnHeaderHeight;
    *ri = y >= 0 && pos.y() >= g.columnHeaderHeight ? int(y / g.cellHeight) : -1;
    *ci = x >= 0 && pos.x() >= g.rowHeaderWidth ? int(x / g.cellWidth) : -1;
    if (*ri >= m_rows.size())
        *ri = -1;
    if (*ci >= m_cols.size())
        *ci = -1;
    return *ri >= 0 && *ci >= 0;
}

void MatrixCanvas::mouseMoveEvent(QMouseEvent *e)
{
    int ri = -1, ci = -1;
    cellAt(e->pos(), &ri, &ci);
    if (e->pos().x() < m_geometry.rowHeaderWidth && ri >= 0)
        ci = -1;
    if (ri != m_hoverRow || ci != m_hoverCol) {
        m_hoverRow = ri;
        m_hoverCol = ci;
        viewport()->update();
    }
}

void MatrixCanvas::leaveEvent(QEvent *)
{
    m_hoverRow = m_hoverCol = -1;
    viewport()->update();
}

void MatrixCanvas::mousePressEvent(QMouseEvent *e)
{
    int ri = -1, ci = -1;
    if (cellAt(e->pos(), &ri, &ci)) {
        m_cursorRow = ri;
        m_cursorCol = ci;
        Q_EMIT cellActivated(m_rows.at(ri), m_cols.at(ci));
    } else if (ri >= 0 && e->pos().x() < m_geometry.rowHeaderWidth) {
        Q_EMIT rowActivated(m_rows.at(ri));
    }
}

void MatrixCanvas::keyPressEvent(QKeyEvent *e)
{
    if (m_rows.isEmpty() || m_cols.isEmpty())
        return QAbstractScrollArea::keyPressEvent(e);
    switch (e->key()) {
    case Qt::Key_Up: m_cursorRow = std::max(0, m_cursorRow - 1); break;
    case Qt::Key_Down: m_cursorRow = std::min(int(m_rows.size()) - 1, m_cursorRow + 1); break;
    case Qt::Key_Left: m_cursorCol = std::max(0, m_cursorCol - 1); break;
    case Qt::Key_Right: m_cursorCol = std::min(int(m_cols.size()) - 1, m_cursorCol + 1); break;
    case Qt::Key_PageDown: m_cursorRow = std::min(int(m_rows.size()) - 1, m_cursorRow + 20); break;
    case Qt::Key_PageUp: m_cursorRow = std::max(0, m_cursorRow - 20); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        Q_EMIT cellActivated(m_rows.at(m_cursorRow), m_cols.at(m_cursorCol));
        return;
    default:
        return QAbstractScrollArea::keyPressEvent(e);
    }
    // Keep the cursor cell in view.
    const MatrixGeometry &g = m_geometry;
    const int top = int(m_cursorRow * g.cellHeight);
    const int visibleH = viewport()->height() - int(g.columnHeaderHeight);
    if (top < verticalScrollBar()->value())
        verticalScrollBar()->setValue(top);
    else if (top + g.cellHeight > verticalScrollBar()->value() + visibleH)
        verticalScrollBar()->setValue(int(top + g.cellHeight - visibleH));
    const int left = int(m_cursorCol * g.cellWidth);
    const int visibleW = viewport()->width() - int(g.rowHeaderWidth);
    if (left < horizontalScrollBar()->value())
        horizontalScrollBar()->setValue(left);
    else if (left + g.cellWidth > horizontalScrollBar()->value() + visibleW)
        horizontalScrollBar()->setValue(int(left + g.cellWidth - visibleW));
    m_hoverRow = m_cursorRow;
    m_hoverCol = m_cursorCol;
    viewport()->update();
    const int r = m_rows.at(m_cursorRow);
    const int c = m_cols.at(m_cursorCol);
    accessibility::announce(this, QStringLiteral("%1, %2: %3")
                                      .arg(m_matrix->row(r).name, m_matrix->column(c).name, stateText(m_matrix->state(r, c))));
}

QString MatrixCanvas::stateText(quint8 st)
{
    return st == DnaMatrix::Absent ? tr("absent")
        : st == DnaMatrix::HasSystem ? tr("runs its own system, cost not published")
        : (st & DnaMatrix::HasBespoke) && (st & DnaMatrix::HasStandard) ? tr("standard and bespoke")
        : (st & DnaMatrix::HasBespoke) ? tr("bespoke") : tr("standard");
}

bool MatrixCanvas::viewportEvent(QEvent *e)
{
    if (e->type() == QEvent::ToolTip && m_matrix) {
        auto *he = static_cast<QHelpEvent *>(e);
        int ri = -1, ci = -1;
        if (cellAt(he->pos(), &ri, &ci)) {
            const int r = m_rows.at(ri);
            const int c = m_cols.at(ci);
            const quint8 st = m_matrix->state(r, c);
            const QString what = stateText(st);
            QString tip = QStringLiteral("<b>%1</b><br/>%2: %3").arg(m_matrix->row(r).name.toHtmlEscaped(),
                                                                   m_matrix->column(c).name.toHtmlEscaped(), what);
            if (st != DnaMatrix::Absent && st != DnaMatrix::HasSystem) {
                tip += QStringLiteral("<br/>") + tr("%1 a year").arg(Format::gbpFull(m_matrix->cost(r, c)));
                if (m_matrix->bespokeCost(r, c) > 0)
                    tip += tr(", of which bespoke %1").arg(Format::gbpFull(m_matrix->bespokeCost(r, c)));
                tip += tr("<br/><i>Click to see these bricks</i>");
            }
            QToolTip::showText(he->globalPos(), tip, viewport());
        } else if (ri >= 0) {
            const DnaMatrix::Row &row = m_matrix->row(m_rows.at(ri));
            QToolTip::showText(he->globalPos(),
                               tr("<b>%1</b><br/>%2 · %3 · %4<br/>%5 a year; bespoke in %6 capabilities")
                                   .arg(row.name.toHtmlEscaped(), OrganisationListModel::kindLabel(row.kind),
                                        row.type.toHtmlEscaped(), row.region.toHtmlEscaped(), Format::gbp(row.total))
                                   .arg(row.bespokeCapabilities),
                               viewport());
        } else if (ci >= 0) {
            const DnaMatrix::Column &col = m_matrix->column(m_cols.at(ci));
            QToolTip::showText(he->globalPos(),
                               tr("<b>%1</b> (%2)<br/>bespoke in %3 organisations, standard in %4")
                                   .arg(col.name.toHtmlEscaped(), layerToString(col.layer))
                                   .arg(col.organisationsWithBespoke)
                                   .arg(col.organisationsWithStandard),
                               viewport());
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(e);
}

MatrixView::MatrixView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    auto *bar = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter organisations"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter matrix rows by name"));
    m_filter->setMinimumWidth(140);
    auto combo = [this](const QString &name) {
        auto *c = new QComboBox(this);
        c->setAccessibleName(name);
        // Sized to about 14 characters, not to the longest region or sort name, so the bar
        // never widens the window past a 1024 px screen; the popup still shows whole names.
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(14);
        c->setToolTip(name);
        return c;
    };
    m_kind = combo(tr("Kind"));
    m_kind->addItem(tr("All kinds"), -1);
    m_kind->addItem(tr("Councils"), int(OrgKind::Council));
    m_kind->addItem(tr("NHS trusts"), int(OrgKind::NhsTrust));
    m_kind->addItem(tr("Other"), int(OrgKind::Other));
    m_type = combo(tr("Type"));
    m_region = combo(tr("Region"));
    m_rowSort = combo(tr("Sort rows"));
    m_rowSort->addItem(tr("Rows by name"), int(DnaMatrix::RowSort::Name));
    m_rowSort->addItem(tr("Rows by total spend"), int(DnaMatrix::RowSort::Total));
    m_rowSort->addItem(tr("Rows by bespoke capabilities"), int(DnaMatrix::RowSort::BespokeCapabilities));
    m_rowSort->addItem(tr("Rows by kind and type"), int(DnaMatrix::RowSort::Kind));
    m_rowSort->addItem(tr("Rows by region"), int(DnaMatrix::RowSort::Region));
    m_colSort = combo(tr("Sort columns"));
    m_colSort->addItem(tr("Columns as catalogued"), int(DnaMatrix::ColumnSort::Catalogue));
    m_colSort->addItem(tr("Columns by most bespoke"), int(DnaMatrix::ColumnSort::MostBespoke));
    m_colSort->addItem(tr("Columns by layer"), int(DnaMatrix::ColumnSort::Layer));
    m_colSort->addItem(tr("Columns by name"), int(DnaMatrix::ColumnSort::Name));
    m_layer = combo(tr("Layer"));
    m_layer->addItem(tr("All layers"), -1);
    m_layer->addItem(tr("Frontline"), int(Layer::Frontline));
    m_layer->addItem(tr("Overhead"), int(Layer::Overhead));
    // Two rows: which rows to show, then how to order them.
    bar->addWidget(m_filter, 1);
    for (QComboBox *c : {m_kind, m_type, m_region})
        bar->addWidget(c);
    layout->addLayout(bar);
    auto *order = new QHBoxLayout;
    // The second row has room for whole sort names ("Columns as catalogued" was cut).
    for (QComboBox *c : {m_rowSort, m_colSort})
        c->setMinimumContentsLength(24);
    for (QComboBox *c : {m_rowSort, m_colSort, m_layer})
        order->addWidget(c);
    order->addStretch(1);
    layout->addLayout(order);
    m_summary = new QLabel(this);
    m_summary->setStyleSheet(QStringLiteral("color:#4b5563"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_canvas = new MatrixCanvas(this);
    layout->addWidget(m_canvas, 1);
    struct LegendPainter : QWidget
    {
        using QWidget::QWidget;
        void paintEvent(QPaintEvent *) override
        {
            QPainter p(this);
            matrixpaint::paintLegend(&p, QRectF(4, 3, width() - 8, 16));
        }
    };
    auto *lp = new LegendPainter(this);
    lp->setFixedHeight(22);
    layout->addWidget(lp);

    connect(m_filter, &QLineEdit::textChanged, this, &MatrixView::applyOrder);
    for (QComboBox *c : {m_kind, m_type, m_region, m_rowSort, m_colSort, m_layer})
        connect(c, &QComboBox::currentIndexChanged, this, &MatrixView::applyOrder);
    connect(m_canvas, &MatrixCanvas::cellActivated, this, [this](int r, int c) {
        Q_EMIT cellActivated(m_matrix.row(r).code, m_matrix.column(c).id);
    });
    connect(m_canvas, &MatrixCanvas::rowActivated, this, [this](int r) { Q_EMIT organisationActivated(m_matrix.row(r).code); });
}

void MatrixView::setData(Cache *cache, const Catalogue &catalogue)
{
    m_cache = cache;
    m_catalogue = catalogue;
    m_loaded = false;
    if (isVisible())
        ensureLoaded();
}

void MatrixView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureLoaded();
}

void MatrixView::ensureLoaded()
{
    if (m_loaded || !m_cache)
        return;
    m_loaded = true;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Result<DnaMatrix> m = DnaMatrix::fromCache(*m_cache, m_catalogue);
    QGuiApplication::restoreOverrideCursor();
    setMatrix(m ? m.take() : DnaMatrix());
    if (!m)
        m_summary->setText(m.errorString());
}

void MatrixView::setMatrix(DnaMatrix matrix)
{
    m_loaded = true;
    m_matrix = std::move(matrix);
    QSet<QString> types, regions;
    for (int r = 0; r < m_matrix.rowCount(); ++r) {
        if (!m_matrix.row(r).type.isEmpty())
            types.insert(m_matrix.row(r).type);
        if (!m_matrix.row(r).region.isEmpty())
            regions.insert(m_matrix.row(r).region);
    }
    auto fill = [](QComboBox *c, const QString &all, QSet<QString> values) {
        const QSignalBlocker block(c);
        const QString keep = c->currentData().toString();
        c->clear();
        c->addItem(all, QString());
        QStringList sorted(values.begin(), values.end());
        sorted.sort(Qt::CaseInsensitive);
        for (const QString &v : sorted)
            c->addItem(v, v);
        c->setCurrentIndex(std::max(0, c->findData(keep)));
    };
    fill(m_type, tr("All types"), types);
    fill(m_region, tr("All regions"), regions);
    applyOrder();
}

void MatrixView::applyOrder()
{
    DnaMatrix::RowFilter filter;
    filter.text = m_filter->text();
    const int kind = m_kind->currentData().toInt();
    if (kind >= 0)
        filter.kind = OrgKind(kind);
    filter.type = m_type->currentData().toString();
    filter.region = m_region->currentData().toString();
    const QList<int> rows = m_matrix.rowOrder(DnaMatrix::RowSort(m_rowSort->currentData().toInt()), filter);
    const int layer = m_layer->currentData().toInt();
    const QList<int> cols = m_matrix.columnOrder(DnaMatrix::ColumnSort(m_colSort->currentData().toInt()),
                                                 layer < 0 ? std::nullopt : std::optional<Layer>(Layer(layer)));
    m_canvas->setMatrix(&m_matrix, rows, cols);
    if (m_matrix.rowCount() > 0 && !m_matrix.hasAnyCell()) {
        // Say why the grid is empty rather than show hundreds of rows of "absent".
        m_canvas->setVisible(false);
        m_summary->setAlignment(Qt::AlignCenter);
        m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
        m_summary->setStyleSheet(QStringLiteral("color:#4b5563; font-size: 11pt"));
        m_summary->setText(tr("No organisation in this commons is mapped into bricks or states a system yet, so every "
                              "cell is absent. Their reported spend is in the organisation list and each header."));
        return;
    }
    m_canvas->setVisible(true);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_summary->setStyleSheet(QStringLiteral("color:#4b5563"));
    m_summary->setText(tr("%1 of %2 organisations × %3 capabilities, each organisation's latest year. Click a cell to see that organisation's bricks of that capability.")
                           .arg(rows.size())
                           .arg(m_matrix.rowCount())
                           .arg(cols.size()));
}

Status MatrixView::exportTo(const QString &path)
{
    ensureLoaded();
    const QList<int> rows = m_canvas->rows();
    const QList<int> cols = m_canvas->columns();
    const MatrixGeometry g = m_canvas->geometry();
    const QString title = tr("DNA matrix — %1 organisations × %2 capabilities").arg(rows.size()).arg(cols.size());
    return savePainting(path, matrixpaint::documentSize(m_matrix, rows, cols, g),
                        [&](QPainter *p) { matrixpaint::paintDocument(p, m_matrix, rows, cols, g, title); }, title);
}

} // namespace livedna
