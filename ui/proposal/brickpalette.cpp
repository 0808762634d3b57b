#include "ui/proposal/brickpalette.h"

#include "core/models/format.h"
#include "core/proposal/proposalundo.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace livedna {

BrickPalette::BrickPalette(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search->setPlaceholderText(tr("Search commons bricks…"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_tree->setHeaderLabels({tr("Brick"), tr("£ a year")});
    // Whole brick names (a narrow side panel scrolls sideways rather than cut them).
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setRootIsDecorated(true);
    m_tree->setToolTip(tr("Double-click a brick to add it to the service."));
    layout->addWidget(m_tree);
    connect(m_search, &QLineEdit::textChanged, this, &BrickPalette::refilter);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, Qt::UserRole).toString();
        if (!id.isEmpty())
            Q_EMIT addRequested(id);
    });
}

void BrickPalette::setCatalogue(const Catalogue &catalogue)
{
    m_catalogue = catalogue;
    m_catalogue.reindex();
    refilter();
}

void BrickPalette::setFilter(const QString &text)
{
    m_search->setText(text);
}

void BrickPalette::refilter()
{
    m_tree->clear();
    const QString needle = m_search->text().trimmed();
    for (const Capability &cap : m_catalogue.capabilities) {
        const QList<const CatalogueBrick *> bricks = m_catalogue.bricksOf(cap.id);
        QTreeWidgetItem *group = nullptr;
        for (const CatalogueBrick *b : bricks) {
            const bool match = needle.isEmpty() || b->name.contains(needle, Qt::CaseInsensitive)
                || b->id.contains(needle, Qt::CaseInsensitive) || cap.name.contains(needle, Qt::CaseInsensitive)
                || b->provider.contains(needle, Qt::CaseInsensitive);
            if (!match)
                continue;
            if (!group) {
                group = new QTreeWidgetItem(m_tree, {cap.name.isEmpty() ? cap.id : cap.name});
                group->setFlags(Qt::ItemIsEnabled);
                QFont f = group->font(0);
                f.setBold(true);
                group->setFont(0, f);
            }
            auto *item = new QTreeWidgetItem(group, {b->name, Format::gbp(b->standardAnnualCostGbp)});
            item->setData(0, Qt::UserRole, b->id);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(0, b->provider.isEmpty() ? b->description : b->provider + QStringLiteral(" — ") + b->description);
        }
    }
    m_tree->expandAll();
}

QStringList BrickPalette::visibleBricks() const
{
    QStringList ids;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *g = m_tree->topLevelItem(i);
        for (int j = 0; j < g->childCount(); ++j)
            ids << g->child(j)->data(0, Qt::UserRole).toString();
    }
    return ids;
}

} // namespace livedna
