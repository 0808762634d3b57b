#include "ui/mapping/mappingwiring.h"

#include "core/mapping/mappingdraftstore.h"
#include "core/mapping/mappingmodel.h"
#include "ui/mainwindow.h"
#include "ui/mapping/mappingworkspace.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoGroup>

namespace livedna {

MappingWiring::MappingWiring(MainWindow *window, Cache *cache, QTabWidget *tabs, const QString &draftsPath)
    : QObject(window)
    , m_window(window)
    , m_cache(cache)
    , m_tabs(tabs)
    , m_store(std::make_unique<MappingDraftStore>())
    , m_undoGroup(new QUndoGroup(this))
{
    const QString path = draftsPath.isEmpty() ? MappingDraftStore::defaultPath() : draftsPath;
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (const Status st = m_store->open(path); !st)
        m_storeError = st.error;
    buildMenus();
    if (m_tabs)
        connect(m_tabs, &QTabWidget::currentChanged, this, &MappingWiring::onTabChanged);
}

MappingWiring::~MappingWiring()
{
    // The workspace saves through the store: it goes first, then the store closes cleanly.
    delete m_workspace.data();
    m_store->close();
}

QAction *MappingWiring::action(const QString &objectName) const
{
    for (QMenu *menu : {m_menu, m_edit})
        for (QAction *a : menu->actions())
            if (a->objectName() == objectName)
                return a;
    return nullptr;
}

void MappingWiring::buildMenus()
{
    QMenuBar *bar = m_window->menuBar();
    const QList<QAction *> top = bar->actions();
    // File, Go, View, Analysis, Proposal, Help: Edit goes second, Map before Proposal (map
    // what exists, then propose), so Proposal stays last but Help.
    QAction *second = top.size() > 1 ? top.at(1) : nullptr;
    QAction *proposal = top.size() > 1 ? top.at(top.size() - 2) : nullptr;

    m_edit = new QMenu(tr("&Edit"), m_window);
    m_edit->setObjectName(QStringLiteral("editMenu"));
    // The mapping in front is the active stack; elsewhere the actions are disabled, so the
    // proposal workspace's own Ctrl+Z is never ambiguous with these.
    QAction *undo = m_undoGroup->createUndoAction(m_edit, tr("&Undo"));
    undo->setObjectName(QStringLiteral("editUndoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(m_edit, tr("&Redo"));
    redo->setObjectName(QStringLiteral("editRedoAction"));
    redo->setShortcut(QKeySequence::Redo);
    m_edit->addAction(undo);
    m_edit->addAction(redo);

    m_menu = new QMenu(tr("&Map"), m_window);
    m_menu->setObjectName(QStringLiteral("mapMenu"));
    QAction *map = m_menu->addAction(tr("&Map an Organisation's Spend into Bricks"), this, [this] { showMapping(); });
    map->setObjectName(QStringLiteral("mapOrganisationAction"));
    map->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_menu->addSeparator();
    const QList<QPair<QString, QString>> items = {
        {QStringLiteral("mapImportCsvAction"), tr("&Import Mapping CSV…")},
        {QStringLiteral("mapExportCsvAction"), tr("&Export Mapping CSV…")},
        {QStringLiteral("mapChangesAction"), tr("Show &Changes Against the Cache…")},
        {QStringLiteral("mapPublishAction"), tr("&Publish Organisation Document…")}};
    for (const auto &item : items) {
        QAction *a = m_menu->addAction(item.second);
        a->setObjectName(item.first);
        const QString name = item.first;
        connect(a, &QAction::triggered, this, [this, name] {
            MappingWorkspace *w = current();
            if (!w)
                return;
            if (name == QLatin1String("mapImportCsvAction"))
                w->importCsv();
            else if (name == QLatin1String("mapExportCsvAction"))
                w->exportCsvInteractive();
            else if (name == QLatin1String("mapChangesAction"))
                w->showChanges();
            else
                w->publish();
        });
    }
    connect(m_menu, &QMenu::aboutToShow, this, [this] {
        const bool has = current() != nullptr;
        for (QAction *a : m_menu->actions()) {
            if (a->objectName() != QLatin1String("mapOrganisationAction") && !a->isSeparator()) {
                a->setEnabled(has);
                a->setToolTip(has ? QString() : tr("Open the Map tab (Ctrl+M) first: these act on the mapping in front."));
            }
        }
    });
    bar->insertMenu(second, m_edit);
    bar->insertMenu(proposal, m_menu);
}

MappingWorkspace *MappingWiring::current() const
{
    return m_tabs && m_workspace && m_tabs->currentWidget() == m_workspace ? m_workspace.data() : nullptr;
}

void MappingWiring::onTabChanged()
{
    MappingWorkspace *w = current();
    m_undoGroup->setActiveStack(w ? w->model()->undoStack() : nullptr);
}

MappingWorkspace *MappingWiring::showMapping(const QString &orgCode, const QString &serviceId)
{
    if (!m_tabs)
        return nullptr;
    if (!m_store->isOpen()) {
        QMessageBox::warning(m_window, tr("Mapping"),
                             tr("The mapping drafts file could not be opened, so no mapping can be kept: %1").arg(m_storeError));
        return nullptr;
    }
    const bool fresh = !m_workspace;
    if (fresh) {
        m_workspace = new MappingWorkspace(m_cache, m_store.get());
        m_undoGroup->addStack(m_workspace->model()->undoStack());
        const int i = m_tabs->addTab(m_workspace, tr("Map"));
        auto *close = new QToolButton(m_tabs->tabBar());
        close->setAutoRaise(true);
        close->setText(QStringLiteral("\u00d7"));
        close->setToolTip(tr("Close the Map tab (the draft is already saved)"));
        close->setAccessibleName(tr("Close tab"));
        close->setFocusPolicy(Qt::NoFocus); // the keyboard closes the tab with Ctrl+W
        connect(close, &QToolButton::clicked, this, [this] {
            if (m_workspace) {
                m_tabs->removeTab(m_tabs->indexOf(m_workspace));
                delete m_workspace.data();
            }
        });
        m_tabs->tabBar()->setTabButton(i, QTabBar::RightSide, close);
        connect(m_workspace, &MappingWorkspace::titleChanged, this, [this](const QString &title) {
            // "&" would mark a shortcut letter ("Brighton _Hove"): doubled, it shows as itself.
            QString shown = title.size() > 32 ? title.left(31) + QChar(0x2026) : title;
            m_tabs->setTabText(m_tabs->indexOf(m_workspace), shown.replace(QLatin1Char('&'), QStringLiteral("&&")));
            m_tabs->setTabToolTip(m_tabs->indexOf(m_workspace), title);
        });
        connect(m_workspace, &MappingWorkspace::message, this,
                [this](const QString &text) { m_window->statusBar()->showMessage(text, 10000); });
    }
    const QString org = !orgCode.isEmpty() ? orgCode : (fresh ? m_window->currentOrganisation() : QString());
    const QString service = !orgCode.isEmpty() ? serviceId : (fresh ? m_window->currentService() : QString());
    if (!org.isEmpty()) {
        if (const Status st = m_workspace->openOrganisation(org, service); !st)
            m_window->statusBar()->showMessage(st.error, 10000);
    }
    m_tabs->setCurrentWidget(m_workspace);
    onTabChanged();
    return m_workspace;
}

} // namespace livedna
