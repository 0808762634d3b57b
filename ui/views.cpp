#include "ui/views.h"

#include "core/models/organisationlistmodel.h"
#include "core/render/brickgraph.h"
#include "ui/graph/brickgraphview.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QGuiApplication>
#include <QPainter>
#include <QStandardItemModel>

namespace livedna {

namespace {
QList<Organisation> g_allOrgs;
QString g_allOrgsKey;
} // namespace

const QList<Organisation> &OrganisationStore::all(Cache *cache)
{
    const std::optional<CommonsInfo> info = cache ? cache->commons() : std::nullopt;
    const QString key = info ? info->id + QLatin1Char('@') + QString::number(info->version) + info->indexSha256 : QString();
    if (key == g_allOrgsKey)
        return g_allOrgs;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    g_allOrgs.clear();
    if (cache) {
        for (const OrgSummary &s : cache->organisations()) {
            if (std::optional<Organisation> o = cache->organisation(s.code))
                g_allOrgs.append(std::move(*o));
        }
    }
    g_allOrgsKey = key;
    QGuiApplication::restoreOverrideCursor();
    return g_allOrgs;
}

void OrganisationStore::invalidate()
{
    g_allOrgsKey = QStringLiteral("-");
}

GraphLegend::GraphLegend(BrickGraphView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAutoFillBackground(false);
    setAccessibleName(tr("Graph legend"));
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

void GraphLegend::paintEvent(QPaintEvent *)
{
    setMinimumHeight(heightForWidth(width()));
    setMaximumHeight(heightForWidth(width()));
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
    const QList<Organisation> &orgs = OrganisationStore::all(m_cache);
    for (const Organisation &o : orgs)
        add(tr("%1 — organisation (%2)").arg(o.name, o.code), SearchOrg, o.code, o.code);
    for (const Capability &c : m_catalogue.capabilities)
        add(tr("%1 — capability").arg(c.name), SearchCapability, QString(), c.id);
    for (const CatalogueBrick &b : m_catalogue.bricks)
        add(tr("%1 — commons brick").arg(b.name), SearchCapability, QString(), b.capability);
    for (const Organisation &o : orgs) {
        for (const Service &s : o.services) {
            add(tr("%1 — service, %2").arg(s.name, o.name), SearchService, o.code, s.id);
            for (const BrickInstance &b : s.bricks) {
                if (!b.isStandard())
                    add(tr("%1 — brick in %2, %3").arg(b.name.isEmpty() ? b.id : b.name, s.name, o.name), SearchBrick, o.code, s.id);
            }
        }
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
