#pragma once

#include "core/cache/cache.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QTextBrowser;
class QTreeView;

namespace livedna {

class BrickGraphView;
class OrganisationFilterModel;
class OrganisationListModel;
class ServiceTableModel;
class SyncRunner;
class DashboardView;
class TreemapView;
class MatrixView;
class CapabilityView;
class InstancesView;
class SourcesView;
class SearchBox;
class WorkspaceWiring;
class MyArea;

// Where the user is; navigation history is a list of these.
struct Location
{
    QString orgCode;
    QString serviceId;
    int tab = 0;
    QString capability; // capability view
    bool operator==(const Location &o) const
    {
        return orgCode == o.orgCode && serviceId == o.serviceId && tab == o.tab && capability == o.capability;
    }
};

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Tab { ServicesTab, DashboardTab, TreemapTab, MatrixTab, CapabilityTab, InstancesTab, SourcesTab };

    explicit MainWindow(std::unique_ptr<Cache> cache, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Offers the bundled demo commons when the cache is empty (first start).
    void offerDemoIfEmpty();
    void reload();

    // Navigation, also used by tests and by the search box.
    void showOrganisation(const QString &code);
    void showService(const QString &orgCode, const QString &serviceId);
    void showCapability(const QString &capabilityId);
    void showTab(Tab tab);
    void startSync(const QString &source);
    // Saves the current tab's picture; the format follows the extension (.svg, .png, .pdf).
    Status exportCurrentViewTo(const QString &path);

    // The year shown; empty when no organisation is selected.
    QString currentPeriod() const { return m_org ? m_org->period : QString(); }
    void showPeriod(const QString &period);

    // For tests.
    BrickGraphView *graphView() const { return m_graphView; }
    QTreeView *organisationView() const { return m_orgView; }
    QTreeView *serviceView() const { return m_serviceView; }
    QString currentOrganisation() const { return m_currentOrg; }
    QString currentService() const { return m_currentService; }
    SyncRunner *syncRunner() const { return m_sync; }
    // Analysis, proposals, import and publish (ui/workspacewiring.h).
    WorkspaceWiring *wiring() const { return m_wiring; }
    // My area: the constituency finder and its first-start offer (ui/area/myarea.h).
    MyArea *myArea() const { return m_myArea; }

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildActions();
    void buildUi();
    void restoreState();
    void saveState();
    void updateStatus();
    void updateOrganisationColumns();
    void sizeOrganisationPanel();
    int organisationColumnWidth(int column) const;
    void onOrganisationChanged();
    void onServiceChanged();
    void onBrickSelected(int brickIndex);
    void loadOrganisation(const QString &code, const QString &period = QString());
    void updateOrganisationHeader();
    void showServiceDetail(const Service &service);
    QString sourceHtml(const QString &reference) const;
    void loadService(const QString &serviceId);
    void syncFromFolder();
    void syncFromUrl();
    void onSyncFinished(bool ok, const QString &message);
    void exportCurrentView();
    QString exportUnavailableReason() const;
    void pushHistory();
    void goBack();
    void goForward();
    void applyLocation(const Location &loc);
    Location currentLocation() const;
    void updateNavigationActions();
    void showAbout();

    std::unique_ptr<Cache> m_cache;
    Catalogue m_catalogue;
    std::optional<Organisation> m_org;
    QString m_currentOrg;
    QString m_currentService;

    OrganisationListModel *m_orgModel = nullptr;
    OrganisationFilterModel *m_orgFilter = nullptr;
    ServiceTableModel *m_serviceModel = nullptr;
    QSortFilterProxyModel *m_serviceProxy = nullptr;

    QLineEdit *m_orgFilterEdit = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QTreeView *m_orgView = nullptr;
    QTreeView *m_serviceView = nullptr;
    QLabel *m_orgHeader = nullptr;
    QLabel *m_orgSummary = nullptr;
    bool m_anyMapped = false; // any organisation of the commons has a brick
    bool m_orgPanelSized = false;
    QLabel *m_periodLabel = nullptr;
    QComboBox *m_periodCombo = nullptr;
    std::optional<Organisation> m_previousOrg; // the year before m_org, for changes
    SourcesView *m_sourcesView = nullptr;
    InstancesView *m_instancesView = nullptr;
    QLabel *m_graphHeader = nullptr;
    BrickGraphView *m_graphView = nullptr;
    QTextBrowser *m_detail = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_serviceSplitter = nullptr;
    QSplitter *m_graphSplitter = nullptr;
    DashboardView *m_dashboard = nullptr;
    TreemapView *m_treemap = nullptr;
    MatrixView *m_matrix = nullptr;
    CapabilityView *m_capabilityView = nullptr;
    SearchBox *m_search = nullptr;
    QLabel *m_statusCommons = nullptr;

    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_fitAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_syncFolderAction = nullptr;
    QAction *m_syncUrlAction = nullptr;
    QAction *m_syncBundleAction = nullptr;
    QAction *m_syncDemoAction = nullptr;

    SyncRunner *m_sync = nullptr;
    QPointer<QProgressDialog> m_progress;
    QString m_syncSource;
    QString m_syncSourceRaw;

    QList<Location> m_back;
    QList<Location> m_forward;
    bool m_navigating = false;

    WorkspaceWiring *m_wiring = nullptr;
    MyArea *m_myArea = nullptr;
};

} // namespace livedna
