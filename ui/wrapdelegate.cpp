#include "ui/wrapdelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QTimer>
#include <QTreeView>

namespace livedna {

WrapDelegate::WrapDelegate(QTreeView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
}

WrapDelegate *WrapDelegate::install(QTreeView *view)
{
    auto *d = new WrapDelegate(view);
    view->setItemDelegate(d);
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    // Row heights are cached: a new column width means new heights (once per layout pass).
    auto *pending = new QTimer(d);
    pending->setSingleShot(true);
    pending->setInterval(0);
    QObject::connect(pending, &QTimer::timeout, view, &QTreeView::doItemsLayout);
    QObject::connect(view->header(), &QHeaderView::sectionResized, pending, qOverload<>(&QTimer::start));
    return d;
}

QSize WrapDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty() || !m_view)
        return size;
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QStyle *style = m_view->style();
    const int margin = 2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1);
    int width = m_view->header()->sectionSize(index.column()) - margin;
    if (index.column() == m_view->header()->logicalIndex(0)) {
        int depth = 0;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            ++depth;
        width -= m_view->indentation() * (depth + (m_view->rootIsDecorated() ? 1 : 0));
    }
    if (!opt.icon.isNull())
        width -= opt.decorationSize.width() + 4;
    if (width <= 0)
        return size;
    const QRect bounds = opt.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, text);
    size.setHeight(std::max(size.height(), bounds.height() + 4));
    return size;
}

} // namespace livedna
