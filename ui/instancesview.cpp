#include "ui/instancesview.h"

#include "core/models/instancestree.h"
#include "core/models/roles.h"
#include "core/util/logging.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace livedna {

InstancesView::InstancesView(QWidget *parent)
    : QWidget(parent)
    , m_model(new InstancesModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    layout->addWidget(m_header);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("instancesTree"));
    m_tree->setAccessibleName(tr("Separately run instances"));
    m_tree->setModel(m_model);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(InstancesModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(InstancesModel::OrganisationsColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_tree, 1);
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: #4b5563"));
    m_empty->setText(tr("No organisation in this commons states a system or a bespoke brick, so no separately run "
                        "instance can be counted."));
    layout->addWidget(m_empty, 1);
    m_empty->setVisible(false);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex first = index.siblingAtColumn(0);
        if (InstancesModel::level(first) == InstancesModel::OrganisationLevel)
            Q_EMIT organisationActivated(first.data(CodeRole).toString());
        else if (InstancesModel::level(first) == InstancesModel::CapabilityLevel && !m_tree->isExpanded(first))
            m_tree->expand(first);
    });
}

void InstancesView::setData(Cache *cache, const Catalogue &catalogue)
{
    m_cache = cache;
    m_catalogue = catalogue;
    m_loaded = false;
    if (isVisible())
        ensureLoaded();
}

void InstancesView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureLoaded();
}

// Every organisation is read once, when the view is first shown.
void InstancesView::ensureLoaded()
{
    if (m_loaded || !m_cache)
        return;
    m_loaded = true;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<QList<CapabilityInstances>> loaded = Instances::fromCache(*m_cache);
    QApplication::restoreOverrideCursor();
    if (!loaded)
        qCWarning(lcUi) << loaded.errorString();
    const QList<CapabilityInstances> instances = loaded ? loaded.value() : QList<CapabilityInstances>();
    m_model->setInstances(instances);
    m_tree->setVisible(!instances.isEmpty());
    m_empty->setVisible(instances.isEmpty());
    QString header = tr("<b>Separately run instances</b> — organisations that each run their own instance of a "
                        "capability (a bespoke brick or a system), by product. Double-click an organisation to open it.");
    if (!instances.isEmpty())
        header += QStringLiteral("<br/>") + Instances::sentence(instances.first()).toHtmlEscaped();
    m_header->setText(header);
}

} // namespace livedna
