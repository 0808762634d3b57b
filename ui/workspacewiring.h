#pragma once

#include "core/analysis/analysismodels.h"
#include "core/export/exporter.h"
#include "core/util/problem.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QAction;
class QKeySequence;
class QMenu;
class QTabWidget;
class QWidget;

namespace livedna {

class AnalysisLoader;
class Cache;
class DraftList;
class DraftStore;
class DuplicationView;
class MainWindow;
class MappingWiring;
class ProposalWorkspace;
struct Proposal;
class PublishDialog;
class ScenarioPanel;
class SimilarityView;
class SpendingImportWizard;
class ValueRankingView;

// Everything the main window reaches beyond the explorer: the Analysis and Proposal menus
// and File → Import spending CSV… / Publish commons…. Kept apart from MainWindow so the
// explorer and the workspaces evolve independently; the main window makes one of these at
// the end of its constructor and hands it its view tabs.
//
// Views open as tabs beside the explorer's, created on first use. The drafts store lives
// here (not in a workspace) so it outlives every workspace: workspaces are closed first.
class WorkspaceWiring : public QObject
{
    Q_OBJECT

public:
    // `draftsPath` empty: DraftStore::defaultPath() ($LIVEDNA_DRAFTS or the app-data folder).
    WorkspaceWiring(MainWindow *window, Cache *cache, QTabWidget *tabs, const QString &draftsPath = QString());
    ~WorkspaceWiring() override;

    // Analysis.
    DuplicationView *showDuplication();
    ScenarioPanel *showScenario();
    ValueRankingView *showValueRanking();
    SimilarityView *showSimilarity();
    // Drops the loaded analysis data and reloads the open views from the cache as it is now,
    // after a sync. Loads run off the GUI thread (analysisLoader()); results of a load that
    // started before are dropped.
    void refreshAnalysis();
    AnalysisLoader *analysisLoader() const { return m_loader; }

    // Proposals. Each returns the workspace it opened, or nullptr with the reason shown.
    ProposalWorkspace *newProposalFromSelection();
    // `area`: the constituency it started from (My area), named by the exported proposal.
    ProposalWorkspace *newProposalFromService(const QString &orgCode, const QString &serviceId,
                                              const std::optional<ProposalArea> &area = std::nullopt);
    ProposalWorkspace *newBlankService(const QString &title = QString());
    ProposalWorkspace *openProposalFile(const QString &path);
    ProposalWorkspace *openDraft(qint64 draftId);
    ProposalWorkspace *currentWorkspace() const;
    Status exportCurrentProposal(ExportFormat format, const QString &path);
    DraftList *showDrafts();
    void closeCurrentProposal();

    // File.
    SpendingImportWizard *openSpendingImport();
    PublishDialog *openPublish();

    // Map mode (issue 14): the Map and Edit menus, mapping drafts and the Map tab.
    MappingWiring *mapping() const { return m_mapping; }
    DraftStore *draftStore() const { return m_store.get(); }
    QString draftsError() const { return m_draftsError; }
    QString recoveryNotice() const; // empty when the last session closed cleanly
    QList<ProposalWorkspace *> workspaces() const;

    QTabWidget *tabs() const { return m_tabs; }
    QMenu *analysisMenu() const { return m_analysisMenu; }
    QMenu *proposalMenu() const { return m_proposalMenu; }
    // Cost per transaction of the services in the proposal's Public Value peer group, its
    // own baseline excluded (ProposalWorkspace::setPeerCosts).
    QList<double> peerCostsFor(const Proposal &proposal);

    // Every action this class added, by objectName (tests look them up).
    QAction *action(const QString &name) const;

private:
    void buildMenus();
    void announceRecovery();
    AnalysisInputPtr analysisInput();
    template<class View>
    View *showAnalysisTab(QPointer<View> &slot, const QString &title);
    void connectLoader();
    void loadFor(QWidget *view);
    ProposalWorkspace *addWorkspace();
    void addTab(QWidget *page, const QString &title);
    void setTabTitle(QWidget *page, const QString &title);
    void closePage(QWidget *page);
    ProposalWorkspace *finish(ProposalWorkspace *w);
    void exportInteractive(ExportFormat format);
    bool ensureStore();
    void report(const QString &message) const;
    QAction *addAction(QMenu *menu, const QString &name, const QString &text, const QKeySequence &shortcut);

    MainWindow *m_window;
    Cache *m_cache;
    QPointer<QTabWidget> m_tabs;
    std::unique_ptr<DraftStore> m_store;
    QString m_draftsError;
    AnalysisInputPtr m_input; // organisations and services (the Public Value peer groups)
    DuplicationIndexPtr m_index;
    AnalysisLoader *m_loader = nullptr;
    QString m_similarityService; // to show once the similarity view has its data

    QPointer<DuplicationView> m_duplication;
    QPointer<ScenarioPanel> m_scenario;
    QPointer<ValueRankingView> m_value;
    QPointer<SimilarityView> m_similarity;
    QPointer<DraftList> m_drafts;
    QList<QPointer<ProposalWorkspace>> m_workspaces;

    QMenu *m_analysisMenu = nullptr;
    QMenu *m_proposalMenu = nullptr;
    QList<QAction *> m_actions;
    MappingWiring *m_mapping = nullptr;
};

} // namespace livedna
