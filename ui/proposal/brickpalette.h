#pragma once

#include "core/domain/catalogue.h"

#include <QWidget>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace livedna {

// The commons palette: every standard brick, grouped by capability and cheapest first
// within each, filtered as the user types. Activating a brick asks to add it.
class BrickPalette : public QWidget
{
    Q_OBJECT

public:
    explicit BrickPalette(QWidget *parent = nullptr);

    void setCatalogue(const Catalogue &catalogue);
    void setFilter(const QString &text);
    QStringList visibleBricks() const; // ids, in display order
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void addRequested(const QString &catalogueBrickId);

private:
    void refilter();

    Catalogue m_catalogue;
    QLineEdit *m_search;
    QTreeWidget *m_tree;
};

} // namespace livedna
