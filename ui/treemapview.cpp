#include "ui/views.h"

#include "core/domain/measures.h"
#include "core/models/figures.h"
#include "core/models/format.h"
#include "core/render/export.h"
#include "core/render/treemappaint.h"
#include "ui/accessibility.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace livedna {

class TreemapCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit TreemapCanvas(QWidget *parent)
        : QWidget(parent)
    {
        setMouseTracking(true);
        setFocusPolicy(Qt::StrongFocus);
        setAccessibleName(tr("Spend treemap"));
        setMinimumSize(300, 200);
    }
    void setRoot(const TreemapItem *root, const Catalogue *catalogue, bool nested)
    {
        m_root = root;
        m_catalogue = catalogue;
        m_nested = nested;
        m_hover = nullptr;
        m_cursor = -1;
        relayout();
    }
    const QList<TreemapCell> &cells() const { return m_cells; }
    void setSources(const QList<Source> *sources) { m_sources = sources; }

Q_SIGNALS:
    void cellClicked(const QList<int> &path);
    void upRequested(); // Backspace: the level above


protected:
    void resizeEvent(QResizeEvent *) override { relayout(); }
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), Qt::white);
        if (!m_root || m_cells.isEmpty()) {
            p.setPen(colours::mutedInk());
            p.drawText(rect().adjusted(20, 0, -20, 0), Qt::AlignCenter | Qt::TextWordWrap,
                       tr("Nothing to draw: no service of this organisation has a published cost above zero or a "
                          "brick."));
            return;
        }
        treemappaint::paint(&p, m_cells, *m_catalogue, m_hover);
    }
    void mouseMoveEvent(QMouseEvent *e) override
    {
        const TreemapCell *c = cellAt(e->pos());
        const TreemapItem *item = c ? c->item : nullptr;
        if (item != m_hover) {
            m_hover = item;
            update();
        }
        if (item) {
            QString tip = QStringLiteral("<b>%1</b><br/>%2").arg(item->label.toHtmlEscaped(), Format::gbpFull(item->value));
            if (m_root && m_root->value > 0)
                tip += tr("<br/>%1 of this view").arg(Format::percent(item->value / m_root->value, 1));
            if (item->kind == TreemapBrick)
                tip += QStringLiteral("<br/>") + (item->standard ? tr("Standard commons brick") : tr("Bespoke"));
            if (item->estimated)
                tip += tr("<br/>Estimated cost");
            if (item->kind == TreemapUnmapped)
                tip += tr("<br/>Reported in official returns but not yet mapped into bricks");
            if (m_sources && (item->kind != TreemapService || !item->source.isEmpty()))
                tip += tr("<br/><b>Source</b> %1").arg(Figures::sourceHtml(item->source, *m_sources));
            if (!item->children.isEmpty())
                tip += tr("<br/><i>Click to look inside</i>");
            QToolTip::showText(e->globalPosition().toPoint(), tip, this);
        }
    }
    void mousePressEvent(QMouseEvent *e) override
    {
        if (const TreemapCell *c = cellAt(e->pos())) {
            // Clicking a brick drills into its service.
            QList<int> path = c->path;
            if (c->depth == 1)
                path.removeLast();
            Q_EMIT cellClicked(path);
        }
    }
    void leaveEvent(QEvent *) override
    {
        m_hover = m_cursor >= 0 ? m_cells.at(m_cursor).item : nullptr;
        update();
    }
    // The keyboard's cursor walks the rectangles of this level (the arrows go to the nearest
    // in their direction), Enter looks inside as a click does, Backspace goes back up. The
    // cursor is drawn as the hover is, and a screen reader reads it in the description.
    void keyPressEvent(QKeyEvent *e) override
    {
        switch (e->key()) {
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Up:
        case Qt::Key_Down:
            moveCursor(e->key());
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space:
            if (m_cursor >= 0) {
                Q_EMIT cellClicked(m_cells.at(m_cursor).path);
                return;
            }
            break;
        case Qt::Key_Backspace:
            Q_EMIT upRequested();
            return;
        default:
            break;
        }
        QWidget::keyPressEvent(e);
    }
    bool event(QEvent *e) override
    {
        // Backspace is also Go ▸ Back on some desktops: here it means the level above.
        if (e->type() == QEvent::ShortcutOverride && static_cast<QKeyEvent *>(e)->key() == Qt::Key_Backspace
            && static_cast<QKeyEvent *>(e)->modifiers() == Qt::NoModifier) {
            e->accept();
            return true;
        }
        return QWidget::event(e);
    }
    void focusInEvent(QFocusEvent *e) override
    {
        if (m_cursor < 0)
            moveCursor(0);
        QWidget::focusInEvent(e);
    }

private:
    const QList<Source> *m_sources = nullptr; // the organisation's and the catalogue's
    void moveCursor(int key)
    {
        // Only the rectangles of the level shown; the first of them when nothing is chosen yet.
        QList<QPointF> centres;
        QList<int> cells;
        for (int i = 0; i < m_cells.size(); ++i) {
            if (m_cells.at(i).depth == 0) {
                centres << m_cells.at(i).rect.center();
                cells << i;
            }
        }
        int best = -1;
        if (m_cursor < 0) {
            best = cells.isEmpty() ? -1 : cells.first();
        } else {
            const int at = accessibility::nearestInDirection(m_cells.at(m_cursor).rect.center(), centres, key,
                                                              int(cells.indexOf(m_cursor)));
            best = at < 0 ? -1 : cells.at(at);
        }
        if (best < 0)
            return;
        m_cursor = best;
        const TreemapItem *item = m_cells.at(best).item;
        m_hover = item;
        accessibility::announce(this, QStringLiteral("%1: %2").arg(item->label, Format::gbpFull(item->value)));
        update();
    }
    void relayout()
    {
        m_cursor = -1;
        m_cells = m_root ? treemappaint::layout(*m_root, QRectF(rect()).adjusted(2, 2, -2, -2), m_nested) : QList<TreemapCell>();
        update();
    }
    const TreemapCell *cellAt(const QPoint &pos) const
    {
        const TreemapCell *best = nullptr;
        for (const TreemapCell &c : m_cells) {
            if (c.rect.contains(pos) && (!best || c.depth > best->depth))
                best = &c;
        }
        return best;
    }

    const TreemapItem *m_root = nullptr;
    const Catalogue *m_catalogue = nullptr;
    bool m_nested = true;
    QList<TreemapCell> m_cells;
    const TreemapItem *m_hover = nullptr;
    int m_cursor = -1; // the keyboard's cell in m_cells, -1 none
};

TreemapView::TreemapView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    m_crumbs = new QWidget(this);
    auto *crumbLayout = new QHBoxLayout(m_crumbs);
    crumbLayout->setContentsMargins(0, 0, 0, 0);
    crumbLayout->setSpacing(2);
    layout->addWidget(m_crumbs);
    m_canvas = new TreemapCanvas(this);
    layout->addWidget(m_canvas, 1);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color:#4b5563"));
    layout->addWidget(m_note);
    connect(m_canvas, &TreemapCanvas::cellClicked, this, [this](const QList<int> &rel) {
        QList<int> path = m_path + rel;
        // Drill only into items that have something inside.
        const TreemapItem *item = &m_root;
        for (int i : path) {
            if (i < 0 || i >= item->children.size())
                return;
            item = &item->children.at(i);
        }
        if (item->children.isEmpty())
            return;
        drillTo(path);
    });
    connect(m_canvas, &TreemapCanvas::upRequested, this, [this]() {
        if (!m_path.isEmpty())
            drillTo(m_path.mid(0, m_path.size() - 1));
    });
}

void TreemapView::clear()
{
    m_root = TreemapItem();
    m_notDrawn.clear();
    m_totalText.clear();
    m_path.clear();
    m_canvas->setRoot(nullptr, &m_catalogue, true);
    updateBreadcrumbs();
}

void TreemapView::setOrganisation(const Organisation &org, const Catalogue &catalogue)
{
    m_catalogue = catalogue;
    m_root = buildSpendTree(org, catalogue);
    if (!org.period.isEmpty())
        m_root.label = tr("%1, %2").arg(org.name, org.period);
    m_notDrawn = notDrawnText(org, catalogue);
    m_totalText = spendTreeTotalText(spendTreeTotals(org));
    m_sources = org.sources + catalogue.sources;
    m_canvas->setSources(&m_sources);
    drillTo({});
}

// What an area cannot show, said in words: net income (negative net), published zeros and
// services with no published cost at all.
QString TreemapView::notDrawnText(const Organisation &org, const Catalogue &catalogue)
{
    QStringList income;
    QStringList incomeSources;
    int zero = 0;
    int unknown = 0;
    for (const Service &s : org.services) {
        if (measureService(s, catalogue).bricks > 0)
            continue;
        if (!s.reportedCostGbp)
            ++unknown;
        else if (*s.reportedCostGbp < 0) {
            income << tr("%1 (%2)").arg(s.name, Format::gbp(*s.reportedCostGbp));
            // A named list: findSource points into it, so it must outlive `source`.
            const QList<Source> sources = org.sources + catalogue.sources;
            const Source *source = findSource(sources, SourceRef::parse(s.source).sourceId);
            const QString name = source ? (source->title.isEmpty() ? source->id : source->title) : QString();
            if (!name.isEmpty() && !incomeSources.contains(name))
                incomeSources << name;
        }
        else if (*s.reportedCostGbp == 0)
            ++zero;
    }
    QStringList parts;
    if (!income.isEmpty())
        parts << (incomeSources.isEmpty()
                      ? tr("Net income, income above spending: %1.").arg(income.join(QStringLiteral(", ")))
                      : tr("Net income, income above spending (net expenditure as published in %1): %2.")
                            .arg(incomeSources.join(QStringLiteral("; ")), income.join(QStringLiteral(", "))));
    if (zero > 0)
        parts << tr("%n service(s) reported £0.", nullptr, zero);
    if (unknown > 0)
        parts << tr("%n service(s) publish no cost (unknown).", nullptr, unknown);
    return parts.isEmpty() ? QString() : tr("Not drawn: %1").arg(parts.join(QLatin1Char(' ')));
}

void TreemapView::drillTo(const QList<int> &path)
{
    m_path = path;
    const TreemapItem *item = &m_root;
    for (int i : std::as_const(m_path))
        item = &item->children.at(i);
    m_canvas->setRoot(item, &m_catalogue, m_path.isEmpty());
    updateBreadcrumbs();
}

void TreemapView::updateBreadcrumbs()
{
    QLayout *layout = m_crumbs->layout();
    while (QLayoutItem *it = layout->takeAt(0)) {
        delete it->widget();
        delete it;
    }
    if (m_root.label.isEmpty()) {
        m_note->clear();
        return;
    }
    const TreemapItem *item = &m_root;
    QList<const TreemapItem *> chain{item};
    for (int i : std::as_const(m_path)) {
        item = &item->children.at(i);
        chain.append(item);
    }
    for (int depth = 0; depth < chain.size(); ++depth) {
        if (depth > 0) {
            auto *sep = new QLabel(QStringLiteral("›"), m_crumbs);
            sep->setStyleSheet(QStringLiteral("color:#4b5563;font-size:13pt"));
            layout->addWidget(sep);
        }
        auto *b = new QToolButton(m_crumbs);
        // A lone '&' would become a mnemonic ("Brighton & Hove").
        QString crumb = QStringLiteral("%1  %2").arg(chain.at(depth)->label, Format::gbp(chain.at(depth)->value));
        b->setText(crumb.replace(QLatin1Char('&'), QStringLiteral("&&")));
        b->setAutoRaise(true);
        b->setAccessibleName(tr("Go up to %1").arg(chain.at(depth)->label));
        QFont f = b->font();
        f.setWeight(depth == chain.size() - 1 ? QFont::DemiBold : QFont::Normal);
        b->setFont(f);
        const QList<int> target = m_path.mid(0, depth);
        connect(b, &QToolButton::clicked, this, [this, target]() { drillTo(target); });
        layout->addWidget(b);
    }
    if (!m_path.isEmpty()) {
        auto *open = new QToolButton(m_crumbs);
        open->setText(tr("Open its brick graph"));
        const QString id = m_root.children.at(m_path.first()).id;
        connect(open, &QToolButton::clicked, this, [this, id]() { Q_EMIT serviceActivated(id); });
        static_cast<QHBoxLayout *>(layout)->addStretch(1);
        layout->addWidget(open);
    } else {
        static_cast<QHBoxLayout *>(layout)->addStretch(1);
    }
    m_note->setText(m_path.isEmpty()
                        ? tr("Area is annual cost. Services contain their bricks (colour = capability, hatched = bespoke); "
                             "grey hatched areas are reported spend not yet mapped into bricks. Click a service to look inside.")
                        : tr("Area is annual cost. Use the path above to go back up."));
    m_note->setText(m_note->text() + QLatin1Char(' ')
                    + tr("A dashed inner border marks an estimated cost. Keys: arrows choose, Enter looks inside, "
                         "Backspace goes back up."));
    // The total differs from the list's and the dashboard's (bricks only): say by how much.
    if (m_path.isEmpty())
        m_note->setText(m_totalText + QLatin1Char('\n') + m_note->text());
    if (m_path.isEmpty() && !m_notDrawn.isEmpty())
        m_note->setText(m_note->text() + QLatin1Char('\n') + m_notDrawn);
}

Status TreemapView::exportTo(const QString &path)
{
    const TreemapItem *item = &m_root;
    for (int i : std::as_const(m_path))
        item = &item->children.at(i);
    const QString title = tr("Spend treemap — %1").arg(item->label);
    const TreemapItem root = *item;
    const Catalogue catalogue = m_catalogue;
    const QSizeF size(1200, 800);
    const bool nested = m_path.isEmpty();
    const QString totalText = m_totalText;
    return savePainting(path, size, [&](QPainter *p) {
        p->fillRect(QRectF(QPointF(0, 0), size), Qt::white);
        if (nested) {
            treemappaint::paintDocument(p, root, title, size, catalogue, totalText);
        } else {
            QFont f;
            f.setPointSizeF(13);
            f.setWeight(QFont::Bold);
            p->setFont(f);
            p->drawText(QRectF(20, 12, size.width() - 40, 26), Qt::AlignLeft | Qt::AlignVCenter, title);
            treemappaint::paint(p, treemappaint::layout(root, QRectF(20, 46, size.width() - 40, size.height() - 66), false), catalogue);
        }
    }, title);
}

} // namespace livedna

#include "treemapview.moc"
