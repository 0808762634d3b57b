#include "ui/proposal/compareview.h"

#include "core/models/format.h"
#include "core/proposal/proposalundo.h"
#include "core/render/palette.h"
#include "ui/proposal/proposalcanvas.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace livedna {

CompareView::CompareView(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_canvas(new ProposalCanvas(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    auto *split = new QSplitter(Qt::Vertical, this);
    m_list->setHeaderLabels({tr("Change"), tr("£ a year")});
    // Whole change lines; a narrow pane scrolls sideways rather than cut them.
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_list->setRootIsDecorated(false);
    split->addWidget(m_list);
    m_canvas->setReadOnly(true);
    split->addWidget(m_canvas);
    split->setStretchFactor(1, 2);
    layout->addWidget(split);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            m_canvas->selectBrick(item->data(0, Qt::UserRole).toString());
    });
}

void CompareView::compare(const Service &earlier, const QString &earlierLabel, const Service &later,
                          const QString &laterLabel, const Catalogue &catalogue, const QHash<QString, QPointF> &laterLayout)
{
    m_diff = Compare::services(earlier, later);
    m_heading->setText(tr("<b>%1</b> compared with <b>%2</b>: %3 → %4 a year")
                           .arg(laterLabel.toHtmlEscaped(), earlierLabel.toHtmlEscaped(), Format::gbp(m_diff.costBefore),
                                Format::gbp(m_diff.costAfter)));
    m_list->clear();
    const QStringList described = Compare::describe(m_diff);
    QHash<QString, ChangeKind> highlights;
    int line = 0;
    for (const BrickChange &c : m_diff.bricks) {
        auto *item = new QTreeWidgetItem(m_list, {described.value(line++),
                                                  Format::gbpSigned(c.costEffect)});
        item->setData(0, Qt::UserRole, c.id);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setForeground(0, c.kind == ChangeKind::Added ? colours::positiveInk()
                               : c.kind == ChangeKind::Removed ? colours::errorInk() : colours::warningInk());
        if (c.kind != ChangeKind::Removed)
            highlights.insert(c.id, c.kind);
    }
    for (; line < described.size(); ++line)
        new QTreeWidgetItem(m_list, {described.at(line)});
    m_canvas->setService(later, catalogue, laterLayout);
    m_canvas->setHighlights(highlights);
}

QString CompareView::heading() const
{
    return m_heading->text();
}

void CompareView::showNothingToCompare(const QString &why)
{
    m_diff = ServiceDiff();
    m_heading->setText(why.toHtmlEscaped());
    m_list->clear();
}

QStringList CompareView::lines() const
{
    QStringList out;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        out << m_list->topLevelItem(i)->text(0);
    return out;
}

} // namespace livedna
