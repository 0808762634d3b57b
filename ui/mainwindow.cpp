#include "ui/mainwindow.h"

#include "core/models/figures.h"
#include "core/models/format.h"
#include "core/models/orgperiods.h"
#include "core/models/organisationlistmodel.h"
#include "core/models/servicetablemodel.h"
#include "core/render/export.h"
#include "core/util/logging.h"
#include "ui/area/myarea.h"
#include "ui/briefingdialog.h"
#include "ui/bundlechooser.h"
#include "ui/graph/brickgraphview.h"
#include "ui/syncrunner.h"
#include "ui/sourcesview.h"
#include "ui/instancesview.h"
#include "ui/views.h"
#include "ui/workspacewiring.h"
#include "ui/wrapdelegate.h"

#include <QAction>
#include <QApplication>
#include <QGuiApplication>
#include <QScreen>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace livedna {

namespace {

QLabel *sectionHeader(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    f.setWeight(QFont::DemiBold);
    label->setFont(f);
    label->setContentsMargins(4, 6, 4, 4);
    label->setTextFormat(Qt::RichText);
    return label;
}

void configureTable(QTreeView *view)
{
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAllColumnsShowFocus(true);
    view->header()->setStretchLastSection(false);
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Cache> cache, QWidget *parent)
    : QMainWindow(parent)
    , m_cache(std::move(cache))
{
    setWindowTitle(tr("LiveDNA"));
    m_sync = new SyncRunner(m_cache->path(), this);
    connect(m_sync, &SyncRunner::progress, this, [this](qint64 done, qint64 total, const QString &what) {
        if (!m_progress)
            return;
        if (total > 0) {
            // QProgressDialog takes int; scale bytes to per-mille.
            m_progress->setMaximum(1000);
            m_progress->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
        } else {
            m_progress->setMaximum(0);
        }
        // The source is on the first line; a document is named relative to it, not by the
        // whole address a second time.
        QString item = what;
        const QString prefix = m_syncSourceRaw.endsWith(QLatin1Char('/')) ? m_syncSourceRaw : m_syncSourceRaw + QLatin1Char('/');
        if (!m_syncSourceRaw.isEmpty() && item.startsWith(prefix))
            item = item.mid(prefix.size());
        m_progress->setLabelText(tr("Syncing from %1\n%2").arg(m_syncSource, item));
    });
    connect(m_sync, &SyncRunner::finished, this,
            [this](bool ok, const QString &message, const SyncReport &) { onSyncFinished(ok, message); });

    buildActions();
    buildUi();
    reload();
    restoreState();
    // Last, so its menus go between the explorer's and Help, and its tabs after the explorer's.
    m_wiring = new WorkspaceWiring(this, m_cache.get(), m_tabs);
    m_myArea = new MyArea(this, m_cache.get(), m_tabs, m_wiring);
}

MainWindow::~MainWindow()
{
    // Proposal workspaces use the cache and the drafts store: they close while both live.
    delete m_wiring;
}

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_syncFolderAction = file->addAction(QIcon::fromTheme(QStringLiteral("folder-open")), tr("Sync from &Folder…"),
                                         this, &MainWindow::syncFromFolder);
    m_syncFolderAction->setShortcut(QKeySequence::Open);
    m_syncUrlAction = file->addAction(QIcon::fromTheme(QStringLiteral("network-server")), tr("Sync from &URL…"), this,
                                      &MainWindow::syncFromUrl);
    m_syncUrlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_syncBundleAction = file->addAction(QIcon::fromTheme(QStringLiteral("package-x-generic")), tr("Sync from &Bundle…"),
                                         this, [this]() {
                                             if (const QString bundle = BundleChooser::choose(this); !bundle.isEmpty())
                                                 startSync(bundle);
                                         });
    m_syncDemoAction = file->addAction(tr("Load the &Demo Commons"), this, [this]() { startSync(QStringLiteral("demo")); });
    file->addSeparator();
    // Import Spending CSV… and Publish Commons… are added before Quit by WorkspaceWiring.
    m_exportAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("&Export View…"), this,
                                     &MainWindow::exportCurrentView);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addAction(tr("Export B&riefing…"), this, [this]() {
        if (const QString path = BriefingDialog::exportFrom(this, *m_cache); !path.isEmpty())
            statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 8000);
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->setObjectName(QStringLiteral("goMenu")); // My Area finds it by name (ui/area/myarea.cpp)
    m_backAction = go->addAction(QIcon::fromTheme(QStringLiteral("go-previous")), tr("&Back"), this, &MainWindow::goBack);
    m_backAction->setShortcuts(QKeySequence::Back);
    m_forwardAction = go->addAction(QIcon::fromTheme(QStringLiteral("go-next")), tr("&Forward"), this, &MainWindow::goForward);
    m_forwardAction->setShortcuts(QKeySequence::Forward);
    go->addSeparator();
    QAction *find = go->addAction(tr("Sea&rch…"), this, [this]() {
        if (m_search)
            m_search->focusSearch();
    });
    find->setShortcuts({QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_L)});
    go->addSeparator();
    const QStringList tabNames = {tr("&Services and Bricks"), tr("&Dashboard"), tr("Spend &Treemap"), tr("DNA &Matrix"),
                                  tr("&Capability"), tr("Separately Run &Instances"), tr("S&ources")};
    for (int i = 0; i < tabNames.size(); ++i) {
        QAction *a = go->addAction(tabNames.at(i), this, [this, i]() { showTab(Tab(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
    }

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_fitAction = view->addAction(QIcon::fromTheme(QStringLiteral("zoom-fit-best")), tr("&Fit Graph"), this, [this]() {
        m_graphView->fitGraph();
    });
    m_fitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_zoomInAction = view->addAction(QIcon::fromTheme(QStringLiteral("zoom-in")), tr("Zoom &In"), this, [this]() {
        m_graphView->zoomIn();
    });
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    m_zoomOutAction = view->addAction(QIcon::fromTheme(QStringLiteral("zoom-out")), tr("Zoom &Out"), this, [this]() {
        m_graphView->zoomOut();
    });
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About LiveDNA"), this, &MainWindow::showAbout);

    QToolBar *bar = addToolBar(tr("Navigation"));
    bar->setObjectName(QStringLiteral("navigationToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_backAction);
    bar->addAction(m_forwardAction);
    bar->addSeparator();
    m_search = new SearchBox(this);
    bar->addWidget(m_search);
    bar->addSeparator();
    bar->addAction(m_fitAction);
    bar->addAction(m_exportAction);
    connect(m_search, &SearchBox::organisationChosen, this, &MainWindow::showOrganisation);
    connect(m_search, &SearchBox::serviceChosen, this, &MainWindow::showService);
    connect(m_search, &SearchBox::capabilityChosen, this, &MainWindow::showCapability);
    updateNavigationActions();
}

void MainWindow::buildUi()
{
    // Left: organisations with a name filter and a kind filter.
    auto *orgPanel = new QWidget(this);
    auto *orgLayout = new QVBoxLayout(orgPanel);
    orgLayout->setContentsMargins(6, 6, 0, 6);
    orgLayout->setSpacing(6);
    orgLayout->addWidget(sectionHeader(tr("Organisations"), orgPanel));
    auto *filterRow = new QHBoxLayout;
    m_orgFilterEdit = new QLineEdit(orgPanel);
    m_orgFilterEdit->setPlaceholderText(tr("Filter by name or code"));
    m_orgFilterEdit->setClearButtonEnabled(true);
    m_orgFilterEdit->setAccessibleName(tr("Filter organisations by name"));
    m_kindCombo = new QComboBox(orgPanel);
    m_kindCombo->addItem(tr("All kinds"), -1);
    m_kindCombo->addItem(tr("Councils"), int(OrgKind::Council));
    m_kindCombo->addItem(tr("NHS trusts"), int(OrgKind::NhsTrust));
    m_kindCombo->addItem(tr("Other"), int(OrgKind::Other));
    m_kindCombo->setAccessibleName(tr("Filter organisations by kind"));
    // One above the other: side by side, a narrow panel cut the filter's placeholder
    // ("Fi…") and the longer Welsh kind names.
    filterRow->addWidget(m_orgFilterEdit, 1);
    orgLayout->addLayout(filterRow);
    orgLayout->addWidget(m_kindCombo);

    m_orgModel = new OrganisationListModel(this);
    m_orgFilter = new OrganisationFilterModel(this);
    m_orgFilter->setSourceModel(m_orgModel);
    m_orgView = new QTreeView(orgPanel);
    m_orgView->setObjectName(QStringLiteral("organisationView"));
    configureTable(m_orgView);
    m_orgView->setModel(m_orgFilter);
    m_orgView->setAccessibleName(tr("Organisations"));
    // A name longer than the list is wide takes a second line instead of being cut
    // ("University Hospitals Birmingham NHS Foundation Tr…").
    WrapDelegate::install(m_orgView);
    m_orgView->sortByColumn(OrganisationListModel::NameColumn, Qt::AscendingOrder);
    m_orgView->header()->setSectionResizeMode(OrganisationListModel::NameColumn, QHeaderView::Stretch);
    // Name and the two spend figures; kind, type, region and year are in each row's tooltip.
    for (int c : {int(OrganisationListModel::KindColumn), int(OrganisationListModel::TypeColumn),
                  int(OrganisationListModel::RegionColumn), int(OrganisationListModel::ServicesColumn),
                  int(OrganisationListModel::PeriodColumn)})
        m_orgView->setColumnHidden(c, true);
    m_orgView->header()->setSectionResizeMode(OrganisationListModel::ReportedColumn, QHeaderView::ResizeToContents);
    m_orgView->header()->setSectionResizeMode(OrganisationListModel::TotalColumn, QHeaderView::ResizeToContents);
    orgPanel->setMinimumWidth(300);
    m_orgView->viewport()->installEventFilter(this);
    orgLayout->addWidget(m_orgView, 1);
    connect(m_orgFilterEdit, &QLineEdit::textChanged, m_orgFilter, &OrganisationFilterModel::setText);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, [this]() {
        const int kind = m_kindCombo->currentData().toInt();
        m_orgFilter->setKind(kind < 0 ? std::nullopt : std::optional<OrgKind>(OrgKind(kind)));
    });
    connect(m_orgView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onOrganisationChanged);

    // Services tab: the services table above the brick graph and its detail panel.
    auto *servicesPage = new QWidget(this);
    auto *servicesLayout = new QVBoxLayout(servicesPage);
    servicesLayout->setContentsMargins(0, 0, 0, 0);
    m_serviceSplitter = new QSplitter(Qt::Vertical, servicesPage);
    m_serviceSplitter->setObjectName(QStringLiteral("serviceSplitter"));
    auto *tablePanel = new QWidget(m_serviceSplitter);
    auto *tableLayout = new QVBoxLayout(tablePanel);
    tableLayout->setContentsMargins(6, 0, 6, 0);
    tableLayout->setSpacing(2);
    auto *headerRow = new QHBoxLayout;
    headerRow->setSpacing(8);
    m_orgHeader = sectionHeader(tr("Select an organisation"), tablePanel);
    m_orgHeader->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    headerRow->addWidget(m_orgHeader);
    m_periodLabel = new QLabel(tr("&Year:"), tablePanel);
    m_periodCombo = new QComboBox(tablePanel);
    m_periodCombo->setObjectName(QStringLiteral("periodCombo"));
    m_periodCombo->setAccessibleName(tr("Financial year shown"));
    m_periodCombo->setToolTip(tr("Every year the commons holds for this organisation; the latest is shown first"));
    m_periodLabel->setBuddy(m_periodCombo);
    headerRow->addWidget(m_periodLabel);
    headerRow->addWidget(m_periodCombo);
    headerRow->addStretch(1);
    tableLayout->addLayout(headerRow);
    m_orgSummary = new QLabel(tablePanel);
    m_orgSummary->setObjectName(QStringLiteral("organisationSummary"));
    m_orgSummary->setTextFormat(Qt::RichText);
    m_orgSummary->setWordWrap(true);
    m_orgSummary->setContentsMargins(4, 0, 4, 4);
    m_orgSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tableLayout->addWidget(m_orgSummary);
    connect(m_periodCombo, &QComboBox::activated, this, [this]() {
        const QString period = m_periodCombo->currentData().toString();
        if (!m_currentOrg.isEmpty() && m_org && period != m_org->period)
            loadOrganisation(m_currentOrg, period);
    });
    m_serviceModel = new ServiceTableModel(this);
    m_serviceProxy = new QSortFilterProxyModel(this);
    m_serviceProxy->setSourceModel(m_serviceModel);
    m_serviceProxy->setSortRole(SortRole);
    m_serviceView = new QTreeView(tablePanel);
    m_serviceView->setObjectName(QStringLiteral("serviceView"));
    configureTable(m_serviceView);
    m_serviceView->setModel(m_serviceProxy);
    m_serviceView->setAccessibleName(tr("Services of the selected organisation"));
    // Whole service names and figures: at 1024 px the stretched name column was cut to 83 px
    // by the figures; the table scrolls sideways instead.
    for (int c = 0; c < ServiceTableModel::ColumnCount; ++c)
        m_serviceView->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_serviceView->header()->setMinimumSectionSize(40);
    m_serviceView->sortByColumn(ServiceTableModel::ReportedColumn, Qt::DescendingOrder);
    tableLayout->addWidget(m_serviceView);
    connect(m_serviceView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onServiceChanged);

    auto *graphPanel = new QWidget(m_serviceSplitter);
    auto *graphLayout = new QVBoxLayout(graphPanel);
    graphLayout->setContentsMargins(6, 0, 6, 0);
    graphLayout->setSpacing(2);
    m_graphHeader = sectionHeader(tr("Bricks"), graphPanel);
    graphLayout->addWidget(m_graphHeader);
    m_graphSplitter = new QSplitter(Qt::Horizontal, graphPanel);
    m_graphSplitter->setObjectName(QStringLiteral("graphSplitter"));
    auto *canvasPanel = new QWidget(m_graphSplitter);
    auto *canvasLayout = new QVBoxLayout(canvasPanel);
    canvasLayout->setContentsMargins(0, 0, 0, 0);
    canvasLayout->setSpacing(0);
    m_graphView = new BrickGraphView(canvasPanel);
    m_graphView->setPlaceholder(tr("Select a service to see its bricks."));
    canvasLayout->addWidget(m_graphView, 1);
    auto *legend = new GraphLegend(m_graphView, canvasPanel);
    canvasLayout->addWidget(legend);
    canvasPanel->setObjectName(QStringLiteral("canvasPanel"));
    canvasPanel->setStyleSheet(QStringLiteral("#canvasPanel { border: 1px solid palette(mid); }"));
    m_detail = new QTextBrowser(m_graphSplitter);
    m_detail->setAccessibleName(tr("Brick details"));
    m_detail->setOpenLinks(false);
    // Source titles link to the publisher's page.
    connect(m_detail, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
            QDesktopServices::openUrl(url);
    });
    m_detail->setMinimumWidth(200);
    m_detail->setFrameShape(QFrame::StyledPanel);
    m_graphSplitter->setStretchFactor(0, 4);
    m_graphSplitter->setStretchFactor(1, 1);
    // The graph gets most of the width from the start: its names show only above a scale.
    m_graphSplitter->setSizes({3000, 1000});
    graphLayout->addWidget(m_graphSplitter, 1);
    // The graph gets most of the height: its labels need a legible scale (issue 13).
    m_serviceSplitter->setStretchFactor(0, 2);
    m_serviceSplitter->setStretchFactor(1, 5);
    servicesLayout->addWidget(m_serviceSplitter);
    connect(m_graphView, &BrickGraphView::brickSelected, this, &MainWindow::onBrickSelected);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(servicesPage, tr("Services && Bricks"));
    m_dashboard = new DashboardView(this);
    m_tabs->addTab(m_dashboard, tr("Dashboard"));
    m_treemap = new TreemapView(this);
    m_tabs->addTab(m_treemap, tr("Spend Treemap"));
    m_matrix = new MatrixView(this);
    m_tabs->addTab(m_matrix, tr("DNA Matrix"));
    m_capabilityView = new CapabilityView(this);
    m_tabs->addTab(m_capabilityView, tr("Capability"));
    m_instancesView = new InstancesView(this);
    m_tabs->addTab(m_instancesView, tr("Instances"));
    m_sourcesView = new SourcesView(this);
    m_tabs->addTab(m_sourcesView, tr("Sources"));
    connect(m_instancesView, &InstancesView::organisationActivated, this, &MainWindow::showOrganisation);
    connect(m_instancesView, &InstancesView::capabilityActivated, this, &MainWindow::showCapability);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this]() {
        const bool graph = m_tabs->currentIndex() == ServicesTab;
        m_fitAction->setEnabled(graph);
        m_zoomInAction->setEnabled(graph);
        m_zoomOutAction->setEnabled(graph);
        pushHistory();
    });
    connect(m_matrix, &MatrixView::cellActivated, this, [this](const QString &org, const QString &capability) {
        showOrganisation(org);
        m_capabilityView->setFocusOrganisation(org);
        showCapability(capability);
    });
    connect(m_matrix, &MatrixView::organisationActivated, this, &MainWindow::showOrganisation);
    connect(m_dashboard, &DashboardView::serviceActivated, this, [this](const QString &id) { showService(m_currentOrg, id); });
    connect(m_dashboard, &DashboardView::organisationActivated, this, &MainWindow::showOrganisation);
    connect(m_treemap, &TreemapView::serviceActivated, this, [this](const QString &id) { showService(m_currentOrg, id); });
    connect(m_capabilityView, &CapabilityView::serviceActivated, this, &MainWindow::showService);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(orgPanel);
    m_mainSplitter->addWidget(m_tabs);
    // A wide window gives the organisation list some of its width, so names are not cut.
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 4);
    m_mainSplitter->setSizes({330, 1000});
    setCentralWidget(m_mainSplitter);

    m_statusCommons = new QLabel(this);
    m_statusCommons->setAccessibleName(tr("Commons status"));
    // A long commons title would otherwise set the window's minimum width and push it past a
    // 1024 px screen: the label is clipped instead, and its tooltip has the whole text.
    m_statusCommons->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_statusCommons->setMinimumWidth(0);
    statusBar()->addPermanentWidget(m_statusCommons, 1);
    // A message (a sync's result, a saved file) takes the bar while it shows: beside the
    // commons line, which spans the bar, it had no room and was not seen (issue 13).
    connect(statusBar(), &QStatusBar::messageChanged, m_statusCommons,
            [this](const QString &message) { m_statusCommons->setVisible(message.isEmpty()); });
    // The first start fits the screen (a saved geometry is restored later).
    QSize size(1400, 900);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size());
    resize(size);
}

void MainWindow::reload()
{
    const QString keepOrg = m_currentOrg;
    const QString keepService = m_currentService;
    m_catalogue = m_cache->catalogue();
    m_catalogue.reindex();
    const QList<OrgSummary> orgs = m_cache->organisations();
    m_orgModel->setOrganisations(orgs);
    m_anyMapped = std::any_of(orgs.cbegin(), orgs.cend(), [](const OrgSummary &o) { return o.cost.bricks > 0; });
    m_orgModel->setBricksColumnShown(m_anyMapped); // the widest the figures can be, to measure
    sizeOrganisationPanel();
    updateOrganisationColumns();
    m_matrix->setData(m_cache.get(), m_catalogue);
    m_capabilityView->setData(m_cache.get(), m_catalogue);
    m_instancesView->setData(m_cache.get(), m_catalogue);
    m_search->setData(m_cache.get(), m_catalogue);
    if (m_myArea)
        m_myArea->refresh();
    updateStatus();
    m_currentOrg.clear();
    m_currentService.clear();
    if (!keepOrg.isEmpty() && m_orgModel->rowOf(keepOrg) >= 0) {
        showOrganisation(keepOrg);
        if (!keepService.isEmpty())
            showService(keepOrg, keepService);
    } else if (!orgs.isEmpty()) {
        const QModelIndex first = m_orgFilter->index(0, 0);
        m_orgView->setCurrentIndex(first);
    } else {
        loadOrganisation(QString());
    }
}

// The names come first: a figure column shows only when it fits beside the names
// ("Guy's and St Thomas' NHS Foundation Trust" was cut to "Guy's and St Thom…"); the row's
// tooltip always has every figure. "In bricks" only when the commons maps anything.
int MainWindow::organisationColumnWidth(int column) const
{
    // QTreeView's override is protected; QAbstractItemView's is the same function, public.
    return std::max(static_cast<const QAbstractItemView *>(m_orgView)->sizeHintForColumn(column),
                    m_orgView->header()->sectionSizeHint(column));
}

void MainWindow::updateOrganisationColumns()
{
    const int room = m_orgView->viewport()->width();
    // A long name wraps onto a second line (WrapDelegate), so it needs only ~190 px: the
    // reported spend, what an MP opens the list for, stays in view at 1024 px.
    const int name = std::min(organisationColumnWidth(OrganisationListModel::NameColumn), 190);
    const int reportedWidth = organisationColumnWidth(OrganisationListModel::ReportedColumn);
    const bool reported = name + reportedWidth <= room;
    const bool total = m_anyMapped && reported
        && name + reportedWidth + organisationColumnWidth(OrganisationListModel::TotalColumn) <= room;
    m_orgView->setColumnHidden(OrganisationListModel::ReportedColumn, !reported);
    m_orgView->setColumnHidden(OrganisationListModel::TotalColumn, !total);
    m_orgModel->setBricksColumnShown(total);
}

// The first time there are organisations, the list gets the width its names and figures
// need, up to a third of the window (a saved splitter state replaces this).
void MainWindow::sizeOrganisationPanel()
{
    if (m_orgPanelSized || m_orgModel->rowCount() == 0)
        return;
    m_orgPanelSized = true;
    const int want = organisationColumnWidth(OrganisationListModel::NameColumn)
        + organisationColumnWidth(OrganisationListModel::ReportedColumn) + 40;
    const int panel = std::clamp(want, m_mainSplitter->widget(0)->minimumWidth(), std::max(300, width() * 35 / 100));
    m_mainSplitter->setSizes({panel, std::max(1, width() - panel)});
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_orgView->viewport() && event->type() == QEvent::Resize)
        updateOrganisationColumns();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::updateStatus()
{
    const std::optional<CommonsInfo> info = m_cache->commons();
    if (!info) {
        m_statusCommons->setText(tr("No commons synced yet — use File ▸ Sync"));
        return;
    }
    const QString title = info->title.isEmpty() ? info->id : info->title;
    // The age of the data, not only of the sync: a replayed or frozen commons syncs "today"
    // but was published long ago (issue 12).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString text = tr("Commons: %1 (%2) · version %3 · %4")
                       .arg(title, info->id)
                       .arg(info->version)
                       .arg(Format::dataAge(info->published, now));
    if (info->expires.isValid() && info->expires < now)
        text += QStringLiteral(" · ") + tr("expired");
    m_statusCommons->setText(text);
    m_statusCommons->setToolTip(text + QLatin1Char('\n')
                                + tr("Source: %1\nPublished: %2\nLast synced: %3")
                                      .arg(info->source, QLocale().toString(info->published.toLocalTime()),
                                           QLocale().toString(info->syncedAt.toLocalTime(), QLocale::ShortFormat)));
    setWindowTitle(tr("LiveDNA — %1").arg(title));
}

void MainWindow::onOrganisationChanged()
{
    const QModelIndex idx = m_orgView->currentIndex();
    const QString code = idx.isValid() ? idx.siblingAtColumn(0).data(CodeRole).toString() : QString();
    if (code == m_currentOrg)
        return;
    loadOrganisation(code);
    pushHistory();
}

void MainWindow::loadOrganisation(const QString &code, const QString &period)
{
    m_currentOrg = code;
    m_currentService.clear();
    m_org = code.isEmpty() ? std::nullopt : OrgPeriods::organisation(*m_cache, code, period);
    m_previousOrg.reset();
    const QStringList periods = m_org ? OrgPeriods::periods(*m_cache, code) : QStringList();
    {
        const QSignalBlocker block(m_periodCombo);
        m_periodCombo->clear();
        for (auto it = periods.crbegin(); it != periods.crend(); ++it)
            m_periodCombo->addItem(*it, *it);
        if (m_org)
            m_periodCombo->setCurrentIndex(m_periodCombo->findData(m_org->period));
    }
    // One year: the combo would offer no choice, so the year is only stated in the summary.
    m_periodCombo->setVisible(periods.size() > 1);
    m_periodLabel->setVisible(periods.size() > 1);
    if (!m_org) {
        m_serviceModel->setServices({});
        m_orgHeader->setText(tr("Select an organisation"));
        m_orgSummary->clear();
        m_orgSummary->setVisible(false);
        m_dashboard->clear();
        m_treemap->clear();
        m_sourcesView->clear();
        loadService(QString());
        return;
    }
    const QString before = OrgPeriods::previous(periods, m_org->period);
    if (!before.isEmpty())
        m_previousOrg = OrgPeriods::organisation(*m_cache, code, before);
    m_serviceModel->setOrganisation(*m_org, m_catalogue, m_previousOrg ? &*m_previousOrg : nullptr);
    for (int c = ServiceTableModel::ReportedColumn; c < ServiceTableModel::ColumnCount; ++c)
        m_serviceView->setColumnHidden(c, !m_serviceModel->columnHasInformation(c));
    updateOrganisationHeader();
    m_dashboard->setOrganisation(m_cache.get(), *m_org, m_catalogue);
    m_treemap->setOrganisation(*m_org, m_catalogue);
    m_sourcesView->setOrganisation(*m_org, m_catalogue);
    // Select the most expensive service so the graph is never empty on arrival.
    if (m_serviceProxy->rowCount() > 0)
        m_serviceView->setCurrentIndex(m_serviceProxy->index(0, 0));
    else
        loadService(QString());
}

void MainWindow::showPeriod(const QString &period)
{
    if (!m_currentOrg.isEmpty())
        loadOrganisation(m_currentOrg, period);
}

// Name and kind above; below, the reported split beside the mapped one, with the year.
void MainWindow::updateOrganisationHeader()
{
    const OrgFigures f = organisationFigures(*m_org, m_catalogue);
    m_orgHeader->setText(tr("%1 <span style='font-weight:normal;color:#4b5563'>· %2</span>")
                             .arg(m_org->name.toHtmlEscaped(), OrganisationListModel::kindLabel(m_org->kind)));
    m_orgSummary->setVisible(true);
    m_orgSummary->setText(Figures::organisationSummaryHtml(*m_org, f));
    m_orgSummary->setToolTip(Figures::sourcesList(m_org->sources));
}

void MainWindow::onServiceChanged()
{
    const QModelIndex idx = m_serviceView->currentIndex();
    const QString id = idx.isValid() ? idx.siblingAtColumn(0).data(IdRole).toString() : QString();
    if (id == m_currentService)
        return;
    loadService(id);
    pushHistory();
}

void MainWindow::loadService(const QString &serviceId)
{
    m_currentService = serviceId;
    const Service *service = nullptr;
    if (m_org) {
        for (const Service &s : m_org->services) {
            if (s.id == serviceId)
                service = &s;
        }
    }
    if (!service) {
        m_graphView->setGraph({});
        m_graphView->setPlaceholder(m_org ? tr("Select a service to see its bricks.") : tr("Select an organisation."));
        m_graphHeader->setText(tr("Bricks"));
        m_detail->setHtml(QString());
        return;
    }
    BrickGraphOptions options;
    options.sources = m_org->sources;
    Result<BrickGraphScene> graph = BrickGraphBuilder::build(*service, m_catalogue, options);
    if (!graph) {
        m_graphView->setGraph({});
        m_graphView->setPlaceholder(tr("The graph could not be laid out: %1").arg(graph.errorString()));
        return;
    }
    m_graphHeader->setText(tr("%1 <span style='font-weight:normal;color:#4b5563'>· %2</span>")
                               .arg(service->name.toHtmlEscaped(), graph.value().subtitle.toHtmlEscaped()));
    QString placeholder;
    if (service->bricks.isEmpty() && service->systems.isEmpty()) {
        const QString period = service->period.isEmpty() ? m_org->period : service->period;
        placeholder = service->reportedCostGbp
                          ? tr("This service is not mapped into bricks yet.\nReported %1: %2 (%3), from its published return.")
                                .arg(period, Format::gbp(*service->reportedCostGbp), Figures::layerLabel(service->layer).toLower())
                          : tr("This service is not mapped into bricks yet, and no cost is published for it.");
    }
    m_graphView->setPlaceholder(placeholder);
    m_graphView->setGraph(graph.take());
    onBrickSelected(-1);
}

void MainWindow::onBrickSelected(int brickIndex)
{
    const BrickGraphScene &g = m_graphView->graph();
    const BrickNodeVisual *node = nullptr;
    for (const BrickNodeVisual &n : g.nodes) {
        if (n.brickIndex == brickIndex)
            node = &n;
    }
    if (!node) {
        if (m_org) {
            if (const Service *service = m_org->service(m_currentService)) {
                showServiceDetail(*service);
                return;
            }
        }
        m_detail->setHtml(QStringLiteral("<h3>%1</h3><p style='color:#4b5563'>%2</p>")
                              .arg(g.title.toHtmlEscaped(), g.subtitle.toHtmlEscaped()));
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='3'>").arg(node->name.toHtmlEscaped());
    auto row = [&html](const QString &k, const QString &v) {
        html += QStringLiteral("<tr><td style='color:#4b5563'>%1</td><td>%2</td></tr>").arg(k.toHtmlEscaped(), v);
    };
    row(tr("Capability"), QStringLiteral("<span style='color:%1'>■</span> %2").arg(node->fill.name(), node->capabilityName.toHtmlEscaped()));
    row(tr("Layer"), node->layer == Layer::Frontline ? tr("Frontline") : tr("Overhead"));
    row(tr("Build"), node->standard ? tr("Standard: %1").arg(node->catalogueBrickName.toHtmlEscaped()) : tr("Bespoke"));
    if (node->system) {
        row(tr("Product"), node->productName.isEmpty() ? tr("not stated") : node->productName.toHtmlEscaped());
        row(tr("Annual cost"), tr("not published"));
        html += QStringLiteral("</table>");
        html += tr("<p>The service is known to run this system; no cost is published for it. It counts as one "
                   "separately run instance of its capability.</p>");
    } else {
        row(tr("Annual cost"), Format::gbpFull(node->cost).toHtmlEscaped()
                                   + (node->estimated ? tr(" <b>(estimated)</b>") : QString()));
        row(tr("Staff"), node->fte ? Format::fte(*node->fte) : QStringLiteral("—"));
        html += QStringLiteral("</table>");
        html += tr("<p><b>Cheapest commons alternative</b><br/>%1</p>").arg(node->alternative.toHtmlEscaped());
    }
    html += tr("<p><b>Source</b><br/>%1</p>").arg(sourceHtml(node->source));
    m_detail->setHtml(html);
}

QString MainWindow::sourceHtml(const QString &reference) const
{
    return Figures::sourceHtml(reference, m_org ? m_org->sources : QList<Source>(), m_catalogue.sources);
}

// The service's own figures when no brick is selected: reported breakdown, layer, year,
// change from the previous year and where each figure comes from.
void MainWindow::showServiceDetail(const Service &service)
{
    const QString period = service.period.isEmpty() ? m_org->period : service.period;
    QString html = QStringLiteral("<h3>%1</h3>").arg(service.name.toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    auto row = [&html](const QString &k, const QString &v) {
        html += QStringLiteral("<tr><td style='color:#4b5563'>%1</td><td>%2</td></tr>").arg(k.toHtmlEscaped(), v);
    };
    row(tr("Year"), period.toHtmlEscaped());
    row(tr("Reported"), service.reportedCostGbp ? Format::gbpFull(*service.reportedCostGbp).toHtmlEscaped() : tr("unknown"));
    if (service.reportedCostGbp)
        row(tr("Layer"), Figures::layerLabel(service.layer).toHtmlEscaped());
    if (const std::optional<YearChange> c = serviceChange(service, m_previousOrg ? &*m_previousOrg : nullptr))
        row(tr("Change"), Figures::change(*c).toHtmlEscaped());
    const CostSplit split = measureService(service, m_catalogue);
    row(tr("In bricks"), split.bricks > 0 ? Format::gbpFull(split.total).toHtmlEscaped() : tr("not mapped"));
    if (!service.systems.isEmpty())
        row(tr("Systems"), tr("%n, cost not published", nullptr, int(service.systems.size())));
    html += QStringLiteral("</table>");
    if (service.reported) {
        html += tr("<p><b>Published breakdown</b></p>") + Figures::reportedHtml(*service.reported);
        if (!service.reported->source.isEmpty() && service.reported->source != service.source)
            html += tr("<p><b>Source of the breakdown</b><br/>%1</p>").arg(sourceHtml(service.reported->source));
    }
    if (service.reportedCostGbp || !service.source.isEmpty())
        html += tr("<p><b>Source</b><br/>%1</p>").arg(sourceHtml(service.source));
    if (!m_graphView->graph().nodes.isEmpty())
        html += tr("<p style='color:#4b5563'>Click a brick or system, or press an arrow key in the graph, to see its "
                   "capability, cost, source and the cheapest commons alternative.</p>");
    m_detail->setHtml(html);
}

void MainWindow::showOrganisation(const QString &code)
{
    int row = m_orgModel->rowOf(code);
    if (row < 0)
        return;
    QModelIndex idx = m_orgFilter->mapFromSource(m_orgModel->index(row, 0));
    if (!idx.isValid()) {
        // The filter hides it: clear the filter rather than refuse to go there.
        m_orgFilterEdit->clear();
        m_kindCombo->setCurrentIndex(0);
        idx = m_orgFilter->mapFromSource(m_orgModel->index(row, 0));
    }
    m_orgView->setCurrentIndex(idx);
    m_orgView->scrollTo(idx);
}

void MainWindow::showService(const QString &orgCode, const QString &serviceId)
{
    // One history step for the whole jump, not one for the organisation (whose first
    // service is selected on arrival) and another for the service.
    const bool outermost = !m_navigating;
    m_navigating = true;
    showOrganisation(orgCode);
    const int row = m_serviceModel->rowOf(serviceId);
    if (row >= 0) {
        const QModelIndex idx = m_serviceProxy->mapFromSource(m_serviceModel->index(row, 0));
        m_serviceView->setCurrentIndex(idx);
        m_serviceView->scrollTo(idx);
        showTab(ServicesTab);
    }
    if (outermost) {
        m_navigating = false;
        pushHistory();
    }
}

void MainWindow::showCapability(const QString &capabilityId)
{
    m_capabilityView->showCapability(capabilityId);
    showTab(CapabilityTab);
}

void MainWindow::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

Location MainWindow::currentLocation() const
{
    Location loc;
    loc.orgCode = m_currentOrg;
    loc.serviceId = m_currentService;
    loc.tab = m_tabs ? m_tabs->currentIndex() : 0;
    loc.capability = m_capabilityView ? m_capabilityView->capability() : QString();
    return loc;
}

void MainWindow::pushHistory()
{
    if (m_navigating || !m_tabs)
        return;
    const Location loc = currentLocation();
    if (!m_back.isEmpty() && m_back.last() == loc)
        return;
    // Selecting an organisation also selects its first service: fold that into one step.
    if (!m_back.isEmpty() && m_back.last().orgCode == loc.orgCode && m_back.last().serviceId.isEmpty()
        && m_back.last().tab == loc.tab)
        m_back.removeLast();
    m_back.append(loc);
    if (m_back.size() > 200)
        m_back.removeFirst();
    m_forward.clear();
    updateNavigationActions();
}

void MainWindow::applyLocation(const Location &loc)
{
    m_navigating = true;
    if (!loc.orgCode.isEmpty())
        showOrganisation(loc.orgCode);
    if (!loc.serviceId.isEmpty())
        showService(loc.orgCode, loc.serviceId);
    if (!loc.capability.isEmpty())
        m_capabilityView->showCapability(loc.capability);
    m_tabs->setCurrentIndex(loc.tab);
    m_navigating = false;
    updateNavigationActions();
}

void MainWindow::goBack()
{
    if (m_back.size() < 2)
        return;
    m_forward.append(m_back.takeLast());
    applyLocation(m_back.last());
}

void MainWindow::goForward()
{
    if (m_forward.isEmpty())
        return;
    const Location loc = m_forward.takeLast();
    m_back.append(loc);
    applyLocation(loc);
}

void MainWindow::updateNavigationActions()
{
    m_backAction->setEnabled(m_back.size() >= 2);
    m_forwardAction->setEnabled(!m_forward.isEmpty());
}

void MainWindow::offerDemoIfEmpty()
{
    if (!m_cache->isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Welcome to LiveDNA"),
        tr("<p>Your local cache is empty.</p><p>Load the bundled <b>demo commons</b>? Its organisations are real "
           "names but its figures are <b>illustrative, not real</b>. You can sync a real commons later from the "
           "File menu.</p>"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        startSync(QStringLiteral("demo"));
}

void MainWindow::startSync(const QString &source)
{
    if (m_sync->isRunning())
        return;
    m_syncSource = source == QLatin1String("demo") ? tr("the demo commons") : source;
    m_syncSourceRaw = source;
    m_progress = new QProgressDialog(tr("Syncing from %1").arg(m_syncSource), tr("Cancel"), 0, 0, this);
    m_progress->setWindowTitle(tr("Sync"));
    m_progress->setWindowModality(Qt::WindowModal);
    // Shown at once: fetching and checking the index takes seconds with nothing else on
    // screen, and a dialog that appears late reads as a hang (issue 13).
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this]() {
        m_sync->cancel();
        if (m_progress)
            m_progress->setLabelText(tr("Cancelling…"));
    });
    for (QAction *a : {m_syncFolderAction, m_syncUrlAction, m_syncBundleAction, m_syncDemoAction})
        a->setEnabled(false);
    m_progress->show();
    m_sync->start(source);
}

void MainWindow::onSyncFinished(bool ok, const QString &message)
{
    const bool cancelled = m_progress && m_progress->wasCanceled();
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    for (QAction *a : {m_syncFolderAction, m_syncUrlAction, m_syncBundleAction, m_syncDemoAction})
        a->setEnabled(true);
    if (ok) {
        statusBar()->showMessage(message, 10000);
        reload();
        return;
    }
    if (cancelled) {
        statusBar()->showMessage(tr("Sync cancelled; the cache is unchanged."), 10000);
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Sync failed"),
                    tr("Nothing was changed: the cache holds what it held before."), QMessageBox::Ok, this);
    box.setInformativeText(message.left(2000));
    box.setDetailedText(message);
    box.exec();
}

void MainWindow::syncFromFolder()
{
    QSettings settings;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Sync from a commons folder"),
                                                          settings.value(QStringLiteral("sync/lastFolder")).toString());
    if (dir.isEmpty())
        return;
    settings.setValue(QStringLiteral("sync/lastFolder"), dir);
    startSync(dir);
}

void MainWindow::syncFromUrl()
{
    QSettings settings;
    bool ok = false;
    const QString url = QInputDialog::getText(this, tr("Sync from a URL"),
                                              tr("Address of the commons (its folder or its index.json):"),
                                              QLineEdit::Normal,
                                              settings.value(QStringLiteral("sync/lastUrl"), QStringLiteral("https://")).toString(), &ok)
                            .trimmed();
    if (!ok || url.isEmpty())
        return;
    const QUrl parsed(url);
    if (!parsed.isValid() || !QStringList{QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("file")}.contains(parsed.scheme())) {
        QMessageBox::warning(this, tr("Sync from a URL"), tr("“%1” is not an http, https or file URL.").arg(url));
        return;
    }
    settings.setValue(QStringLiteral("sync/lastUrl"), url);
    startSync(url);
}

// Why the current tab has no picture to export, or empty when it has one (issue 13: Ctrl+E
// with nothing selected did nothing and said nothing).
QString MainWindow::exportUnavailableReason() const
{
    switch (m_tabs->currentIndex()) {
    case ServicesTab:
        return m_graphView->graph().nodes.isEmpty() ? tr("Nothing to export: select a service with bricks first.") : QString();
    case DashboardTab:
    case TreemapTab:
        return m_currentOrg.isEmpty() ? tr("Nothing to export: select an organisation first.") : QString();
    case MatrixTab:
        return QString();
    case CapabilityTab:
        return m_capabilityView->capability().isEmpty() ? tr("Nothing to export: pick a capability first.") : QString();
    default:
        return tr("This tab has no picture to export with Ctrl+E; its own menu or buttons export it.");
    }
}

void MainWindow::exportCurrentView()
{
    const QString unavailable = exportUnavailableReason();
    if (!unavailable.isEmpty()) {
        statusBar()->showMessage(unavailable, 8000);
        return;
    }
    QSettings settings;
    const QString base = settings.value(QStringLiteral("export/lastDir")).toString();
    QString suggested;
    switch (m_tabs->currentIndex()) {
    case ServicesTab:
        suggested = m_currentOrg + QLatin1Char('-') + m_currentService + QStringLiteral(".svg");
        break;
    case DashboardTab:
        suggested = m_currentOrg + QStringLiteral("-dashboard.pdf");
        break;
    case TreemapTab:
        suggested = m_currentOrg + QStringLiteral("-treemap.png");
        break;
    case MatrixTab:
        suggested = QStringLiteral("dna-matrix.png");
        break;
    default:
        suggested = QStringLiteral("capability.png");
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export view"), QDir(base).filePath(suggested),
                                                      tr("SVG image (*.svg);;PNG image (*.png);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/lastDir"), QFileInfo(path).absolutePath());
    const Status st = exportCurrentViewTo(path);
    if (!st)
        QMessageBox::warning(this, tr("Export view"), st.error);
    else
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 8000);
}

Status MainWindow::exportCurrentViewTo(const QString &path)
{
    Status st;
    switch (m_tabs->currentIndex()) {
    case ServicesTab:
        st = exportBrickGraph(m_graphView->graph(), path);
        break;
    case DashboardTab:
        st = m_dashboard->exportTo(path);
        break;
    case TreemapTab:
        st = m_treemap->exportTo(path);
        break;
    case MatrixTab:
        st = m_matrix->exportTo(path);
        break;
    default:
        st = m_capabilityView->exportTo(path);
    }
    return st;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About LiveDNA"),
                       tr("<h3>LiveDNA %1</h3><p>What public services are made of: costs, standard commons bricks and "
                          "bespoke duplication, from a published digital commons.</p>")
                           .arg(QStringLiteral(LIVEDNA_VERSION)));
}

void MainWindow::restoreState()
{
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    QMainWindow::restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    for (QSplitter *sp : {m_mainSplitter, m_serviceSplitter, m_graphSplitter})
        sp->restoreState(s.value(QStringLiteral("window/") + sp->objectName()).toByteArray());
    const QString org = s.value(QStringLiteral("selection/org")).toString();
    const QString service = s.value(QStringLiteral("selection/service")).toString();
    if (!org.isEmpty()) {
        showOrganisation(org);
        if (!service.isEmpty())
            showService(org, service);
    }
    const QString capability = s.value(QStringLiteral("selection/capability")).toString();
    if (!capability.isEmpty())
        m_capabilityView->showCapability(capability);
    m_tabs->setCurrentIndex(s.value(QStringLiteral("selection/tab"), 0).toInt());
    m_back.clear();
    m_forward.clear();
    pushHistory();
}

void MainWindow::saveState()
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), QMainWindow::saveState());
    for (QSplitter *sp : {m_mainSplitter, m_serviceSplitter, m_graphSplitter})
        s.setValue(QStringLiteral("window/") + sp->objectName(), sp->saveState());
    s.setValue(QStringLiteral("selection/org"), m_currentOrg);
    s.setValue(QStringLiteral("selection/service"), m_currentService);
    s.setValue(QStringLiteral("selection/tab"), m_tabs->currentIndex());
    s.setValue(QStringLiteral("selection/capability"), m_capabilityView->capability());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_sync->isRunning()) {
        m_sync->cancel();
        m_sync->wait();
    }
    saveState();
    event->accept();
}

} // namespace livedna
