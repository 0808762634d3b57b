#include "ui/proposal/draftlist.h"

#include "core/proposal/draftstore.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace livedna {

DraftList::DraftList(QWidget *parent)
    : QWidget(parent)
    , m_notice(new QLabel(this))
    , m_list(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("background:#fff4d6;border:1px solid #e0b84c;padding:6px;"));
    m_notice->hide();
    layout->addWidget(m_notice);
    layout->addWidget(m_list);
    m_list->setAccessibleName(tr("Drafts"));
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT openRequested(item->data(Qt::UserRole).toLongLong());
    });
}

void DraftList::setStore(DraftStore *store)
{
    m_store = store;
    refresh();
}

void DraftList::refresh()
{
    m_list->clear();
    if (!m_store || !m_store->isOpen())
        return;
    const QString notice = m_store->recoveryMessage();
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
    const QLocale locale;
    for (const DraftInfo &d : m_store->drafts()) {
        const QString where = d.org.isEmpty() ? tr("new service") : tr("%1 / %2").arg(d.org, d.serviceId);
        auto *item = new QListWidgetItem(tr("%1 — %2, saved %3")
                                             .arg(d.title.isEmpty() ? tr("(untitled)") : d.title, where,
                                                  locale.toString(d.modified.toLocalTime(), QLocale::ShortFormat)),
                                         m_list);
        item->setData(Qt::UserRole, d.id);
    }
}

int DraftList::count() const
{
    return m_list->count();
}

QString DraftList::notice() const
{
    return m_notice->text();
}

} // namespace livedna
