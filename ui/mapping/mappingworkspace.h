#pragma once

#include "core/analysis/analysisinput.h"
#include "core/mapping/mappingpeers.h"
#include "core/util/problem.h"

#include <QWidget>

#include <memory>

#include <optional>

namespace livedna { class NationalCoverage; }

class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTabWidget;
class QTableView;
class QToolBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace livedna {

class AllocationBar;
class Cache;
class MappingAutosaver;
class MappingBrickTable;
class MappingDraftStore;
class MappingModel;

// The Map mode (issue 14): a civil servant allocates an organisation's reported spend into
// bricks, service by service — from the catalogue, from the systems and products known for
// it, as bespoke bricks, or by copying a peer's composition scaled to this organisation —
// with evidence on every brick, a live bar of reported against mapped spend, undo, and a
// draft saved after every edit. One draft per organisation and year; choosing another
// organisation opens (or starts) its draft.
class MappingWorkspace : public QWidget
{
    Q_OBJECT

public:
    MappingWorkspace(Cache *cache, MappingDraftStore *store, QWidget *parent = nullptr);
    ~MappingWorkspace() override;

    // Opens the organisation's draft for its latest year (starting one from the cache when
    // there is none) with `serviceId` in front (empty: the first with reported spend).
    Status openOrganisation(const QString &orgCode, const QString &serviceId = QString());
    Status openDraft(qint64 draftId);
    void showService(const QString &serviceId);

    MappingModel *model() const { return m_model; }
    qint64 draftId() const { return m_draftId; }
    AllocationBar *allocationBar() const { return m_bar; }
    QTableView *brickView() const { return m_table; }
    MappingBrickTable *brickTable() const { return m_tableModel; }
    QTreeWidget *palette() const { return m_palette; }
    QListWidget *peerList() const { return m_peers; }
    QTreeWidget *coverageTree() const { return m_coverage; }
    QComboBox *organisationBox() const { return m_orgBox; }
    QComboBox *serviceBox() const { return m_serviceBox; }
    QAction *action(const QString &objectName) const;
    const QList<PeerCandidate> &peerCandidates() const { return m_candidates; }

    // The palette's "add" without its dialog (tests, scripts): the palette item's brick with
    // these figures and evidence.
    Result<QString> addFromPalette(QTreeWidgetItem *item, double annualCostGbp, const QString &reference);
    Status copyPeer(int candidateRow, PeerScaling scaling, bool replaceExisting);

    // The actions of the Map menu, on this workspace's draft.
    void importCsv();
    Status exportCsv(const QString &path);
    void exportCsvInteractive();
    void showChanges();
    void publish();

Q_SIGNALS:
    void message(const QString &text);
    void titleChanged(const QString &title);

private:
    void buildToolbar();
    QHBoxLayout *buildChooser();
    void setupTable();
    void connectModel();
    QWidget *buildPalettePanel();
    QWidget *buildPeerPanel();
    void fillCoverage();
    void fillOrganisations();
    void fillServices();
    void fillPalette();
    void fillPeers();
    void refreshAllocation();
    void onPaletteActivated(QTreeWidgetItem *item);
    void onCopyClicked();
    void removeSelected();
    void attach(qint64 draftId);
    void report(const QString &text);
    const AnalysisInput *analysisInput();

    Cache *m_cache;
    MappingDraftStore *m_store;
    MappingModel *m_model;
    MappingAutosaver *m_saver = nullptr;
    qint64 m_draftId = 0;
    std::optional<AnalysisInput> m_input;
    std::shared_ptr<NationalCoverage> m_national; // the cache's, loaded once
    QList<PeerCandidate> m_candidates;

    QToolBar *m_toolbar;
    QComboBox *m_orgBox;
    QComboBox *m_serviceBox;
    QLabel *m_serviceInfo;
    AllocationBar *m_bar;
    QTabWidget *m_side;
    QTreeWidget *m_palette;
    QListWidget *m_peers;
    QTreeWidget *m_coverage;
    QLabel *m_peerInfo;
    QRadioButton *m_byReported;
    QRadioButton *m_byPopulation;
    QPushButton *m_copy;
    QTableView *m_table;
    MappingBrickTable *m_tableModel;
    QLabel *m_saved;
    bool m_filling = false;
};

} // namespace livedna
