#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace livedna {

// Rows as tall as their wrapped text in the column's current width: QTreeView's word wrap
// alone keeps one-line rows (it asks the delegate for a size without the column's width),
// so a long name or title was cut. Installs itself on `view`, turns word wrap on and lays
// the rows out again whenever a column is resized.
class WrapDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static WrapDelegate *install(QTreeView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    explicit WrapDelegate(QTreeView *view);
    QTreeView *m_view;
};

} // namespace livedna
