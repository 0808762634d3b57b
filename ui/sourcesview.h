#pragma once

#include "core/domain/catalogue.h"
#include "core/domain/organisation.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace livedna {

// The organisation's "Sources" tab: every published dataset its figures are traced to
// (title, publisher, licence, year, link) with how many figures cite each, and the
// catalogue's own sources below.
class SourcesView : public QWidget
{
    Q_OBJECT
public:
    explicit SourcesView(QWidget *parent = nullptr);
    void setOrganisation(const Organisation &org, const Catalogue &catalogue);
    void clear();
    QTreeWidget *tree() const { return m_tree; }

private:
    QLabel *m_header;
    QTreeWidget *m_tree;
    QLabel *m_empty;
};

} // namespace livedna
