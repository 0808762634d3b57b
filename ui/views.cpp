#include "ui/views.h"

#include "core/models/cachequeries.h"
#include "core/models/organisationlistmodel.h"
#include "core/util/logging.h"
#include "core/render/brickgraph.h"
#include "ui/graph/brickgraphview.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QGuiApplication>
#include <QPainter>
#include <QStandardItemModel>

namespace livedna {

GraphLegend::GraphLegend(BrickGraphView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAutoFillBackground(false);
    setAccessibleName(tr("Graph legend"));
    connect(view, &BrickGraphView::graphChanged, this, [this]() {
        const int h = heightForWidth(width());
        setFixedHeight(h);
        setVisible(h > 0);
        update();
    });
}

int GraphLegend::heightForWidth(int w) const
{
    if (m_view->graph().nodes.isEmpty())
        return 0;
    return int(brickpaint::legendSize(m_view->graph(), std::max(200, w - 16)).height()) + 10;
}

QSize GraphLegend::sizeHint() const
{
    return QSize(400, heightForWidth(width() > 0 ? width() : 800));
}

void GraphLegend::resizeEvent(QResizeEvent *)
{
    // The legend wraps, so its height follows its width.
    const int h = heightForWidth(width());
    if (h != height() && h > 0)
        setFixedHeight(h);
}

void GraphLegend::paintEvent(QPaintEvent *)
{
    if (m_view->graph().nodes.isEmpty())
        return;
    QPainter p(this);
    p.fillRect(rect(), QColor(0xFB, 0xFB, 0xFC));
    p.setPen(QColor(0xE5, 0xE7, 0xEB));
    p.drawLine(rect().topLeft(), rect().topRight());
    brickpaint::paintLegend(&p, m_view->graph(), QRectF(8, 5, width() - 16, height() - 10));
}

enum SearchRole { SearchKindRole = Qt::UserRole + 40, SearchOrgRole, SearchIdRole };
enum SearchKind { SearchOrg, SearchService, SearchCapability, SearchBrick };

SearchBox::SearchBox(QWidget *parent)
    : QLineEdit(parent)
    , m_model(new QStandardItemModel(this))
    , m_completer(new QCompleter(this))
{
    setPlaceholderText(tr("Search organisations, services, bricks, capabilities  (Ctrl+F)"));
    setClearButtonEnabled(true);
    setMinimumWidth(380);
    setAccessibleName(tr("Search"));
    m_completer->setModel(m_model);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionRole(Qt::DisplayRole);
    m_completer->setMaxVisibleItems(14);
    setCompleter(m_completer);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &SearchBox::choose);
    connect(this, &QLineEdit::textEdited, this, [this]() { ensureIndex(); });
    connect(this, &QLineEdit::returnPressed, this, [this]() {
        ensureIndex();
        // Enter without picking: take the first match.
        if (m_completer->completionCount() > 0) {
            m_completer->setCurrentRow(0);
            choose(m_completer->currentIndex());
        }
    });
}

void SearchBox::setData(Cache *cache, const Catalogue &catalogue)
{
    m_cache = cache;
    m_catalogue = catalogue;
    m_indexed = false;
    m_model->clear();
}

void SearchBox::focusSearch()
{
    ensureIndex();
    setFocus(Qt::ShortcutFocusReason);
    selectAll();
}

void SearchBox::ensureIndex()
{
    if (m_indexed || !m_cache)
        return;
    m_indexed = true;
    auto add = [this](const QString &text, int kind, const QString &org, const QString &id) {
        auto *item = new QStandardItem(text);
        item->setData(kind, SearchKindRole);
        item->setData(org, SearchOrgRole);
        item->setData(id, SearchIdRole);
        m_model->appendRow(item);
    };
    const Result<QList<SearchEntry>> entries = CacheQueries::searchEntries(*m_cache);
    if (!entries) {
        qCWarning(lcUi) << entries.errorString();
        return;
    }
    for (const SearchEntry &e : entries.value()) {
        if (e.kind == SearchEntry::Organisation)
            add(tr("%1 — organisation (%2)").arg(e.orgName, e.orgCode), SearchOrg, e.orgCode, e.orgCode);
    }
    for (const Capability &c : m_catalogue.capabilities)
        add(tr("%1 — capability").arg(c.name), SearchCapability, QString(), c.id);
    for (const CatalogueBrick &b : m_catalogue.bricks)
        add(tr("%1 — commons brick").arg(b.name), SearchCapability, QString(), b.capability);
    for (const SearchEntry &e : entries.value()) {
        if (e.kind == SearchEntry::Service)
            add(tr("%1 — service, %2").arg(e.serviceName, e.orgName), SearchService, e.orgCode, e.serviceId);
        else if (e.kind == SearchEntry::Brick)
            add(tr("%1 — brick in %2, %3").arg(e.name, e.serviceName, e.orgName), SearchBrick, e.orgCode, e.serviceId);
    }
}

void SearchBox::choose(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const int kind = index.data(SearchKindRole).toInt();
    const QString org = index.data(SearchOrgRole).toString();
    const QString id = index.data(SearchIdRole).toString();
    switch (kind) {
    case SearchOrg:
        Q_EMIT organisationChosen(org);
        break;
    case SearchService:
    case SearchBrick:
        Q_EMIT serviceChosen(org, id);
        break;
    case SearchCapability:
        Q_EMIT capabilityChosen(id);
        break;
    }
}

} // namespace livedna
