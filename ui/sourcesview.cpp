#include "ui/sourcesview.h"

#include "core/models/figures.h"
#include "ui/wrapdelegate.h"

#include <QDesktopServices>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace livedna {

namespace {

enum SourceColumn { TitleColumn, PublisherColumn, LicenceColumn, PeriodColumn, FiguresColumn, IdColumn, ColumnCount };

// How many figures of the organisation cite each source id.
QHash<QString, int> citations(const Organisation &org)
{
    QHash<QString, int> count;
    auto cite = [&count](const QString &ref) {
        const SourceRef r = SourceRef::parse(ref);
        if (!r.sourceId.isEmpty())
            ++count[r.sourceId];
    };
    for (const Service &s : org.services) {
        cite(s.source);
        if (s.reported)
            cite(s.reported->source);
        for (const BrickInstance &b : s.bricks)
            cite(b.source);
        for (const SystemUse &sys : s.systems)
            cite(sys.source);
    }
    return count;
}

QTreeWidgetItem *sourceItem(const Source &s, const QString &figures)
{
    auto *item = new QTreeWidgetItem;
    item->setText(TitleColumn, s.title.isEmpty() ? s.id : s.title);
    item->setText(PublisherColumn, s.publisher);
    item->setText(LicenceColumn, s.licence);
    item->setText(PeriodColumn, s.period);
    item->setText(FiguresColumn, figures);
    item->setTextAlignment(FiguresColumn, Qt::AlignRight | Qt::AlignVCenter);
    item->setText(IdColumn, s.id);
    item->setData(TitleColumn, Qt::UserRole, s.url);
    QString tip = Figures::describeSource(s);
    if (!s.url.isEmpty())
        tip += QLatin1Char('\n') + s.url;
    if (!s.retrieved.isEmpty())
        tip += QLatin1Char('\n') + SourcesView::tr("Retrieved %1").arg(s.retrieved);
    for (int c = 0; c < ColumnCount; ++c)
        item->setToolTip(c, tip);
    return item;
}

} // namespace

SourcesView::SourcesView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    layout->addWidget(m_header);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("sourcesTree"));
    m_tree->setAccessibleName(tr("Sources"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Source"), tr("Publisher"), tr("Licence"), tr("Year"), tr("Figures"), tr("Id")});
    m_tree->setAlternatingRowColors(true);
    // Long titles and publishers wrap onto more lines rather than being cut (issue 13).
    WrapDelegate::install(m_tree);
    m_tree->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    for (int c = LicenceColumn; c < ColumnCount; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // Publishers' names are long; the title must keep most of the width.
    m_tree->header()->setSectionResizeMode(PublisherColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(PublisherColumn, 190);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(false);
    layout->addWidget(m_tree, 1);
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: #4b5563"));
    layout->addWidget(m_empty, 1);
    connect(m_tree, &QTreeWidget::itemActivated, this, [](QTreeWidgetItem *item) {
        const QUrl url(item->data(TitleColumn, Qt::UserRole).toString());
        if (url.isValid() && !url.isEmpty())
            QDesktopServices::openUrl(url);
    });
    clear();
}

void SourcesView::clear()
{
    m_tree->clear();
    m_tree->setVisible(false);
    m_header->setText(tr("Select an organisation to see where its figures come from."));
    m_empty->setVisible(false);
}

void SourcesView::setOrganisation(const Organisation &org, const Catalogue &catalogue)
{
    m_tree->clear();
    const QHash<QString, int> cited = citations(org);
    int uncited = 0;
    for (const Service &s : org.services)
        uncited += (s.reportedCostGbp && s.source.isEmpty()) ? 1 : 0;
    if (!org.sources.isEmpty()) {
        auto *group = new QTreeWidgetItem(m_tree, {tr("%1, %2").arg(org.name, org.period)});
        group->setFirstColumnSpanned(true);
        for (const Source &s : org.sources)
            group->addChild(sourceItem(s, QString::number(cited.value(s.id))));
    }
    if (!catalogue.sources.isEmpty()) {
        auto *group = new QTreeWidgetItem(m_tree, {tr("Brick catalogue")});
        group->setFirstColumnSpanned(true);
        for (const Source &s : catalogue.sources)
            group->addChild(sourceItem(s, QString()));
    }
    m_tree->expandAll();
    const bool any = m_tree->topLevelItemCount() > 0;
    m_tree->setVisible(any);
    m_empty->setVisible(!any);
    m_empty->setText(tr("%1's document lists no sources: its figures are not traced to a published row.").arg(org.name));
    QString header = tr("<b>Sources of %1, %2</b> — each figure's tooltip and detail panel name its row.")
                         .arg(org.name.toHtmlEscaped(), org.period.toHtmlEscaped());
    if (uncited > 0)
        header += QStringLiteral(" <span style='color:#92400e'>")
            + tr("%n reported figure(s) state no source.", nullptr, uncited).toHtmlEscaped() + QStringLiteral("</span>");
    m_header->setText(header);
}

} // namespace livedna
