#include "ui/workspacewiring.h"

#include "core/analysis/analysiscacheloader.h"
#include "core/analysis/publicvalue.h"
#include "core/cache/cache.h"
#include "core/proposal/baseline.h"
#include "core/proposal/draftstore.h"
#include "core/proposal/proposalmodel.h"
#include "core/util/logging.h"
#include "ui/analysis/analysisloader.h"
#include "ui/analysis/analysisviewsupport.h"
#include "ui/analysis/duplicationview.h"
#include "ui/analysis/scenariopanel.h"
#include "ui/analysis/similarityview.h"
#include "ui/analysis/valuerankingview.h"
#include "ui/import/publishdialog.h"
#include "ui/import/spendingimportwizard.h"
#include "ui/mainwindow.h"
#include "ui/mapping/mappingwiring.h"
#include "ui/mapping/mappingworkspace.h"
#include "ui/proposal/draftlist.h"
#include "ui/proposal/proposalworkspace.h"
#include "ui/syncrunner.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QTimer>

#include <type_traits>

namespace livedna {

WorkspaceWiring::WorkspaceWiring(MainWindow *window, Cache *cache, QTabWidget *tabs, const QString &draftsPath)
    : QObject(window)
    , m_window(window)
    , m_cache(cache)
    , m_tabs(tabs)
    , m_store(std::make_unique<DraftStore>())
{
    // Drafts are the user's own work: open the store now so a crash last time is reported
    // at start, not when the user first thinks of a proposal.
    const QString path = draftsPath.isEmpty() ? DraftStore::defaultPath() : draftsPath;
    QDir().mkpath(QFileInfo(path).absolutePath());
    const Status opened = m_store->open(path);
    if (!opened)
        m_draftsError = opened.error;

    buildMenus();
    m_loader = new AnalysisLoader(this);
    connectLoader();
    // Mapping drafts live beside the proposal drafts (a test's own folder included).
    m_mapping = new MappingWiring(window, cache, tabs, draftsPath.isEmpty() ? QString()
                                  : QFileInfo(path).absoluteDir().filePath(QStringLiteral("mapping-drafts.sqlite")));

    // A sync rewrites the cache: analysis figures must follow it.
    if (SyncRunner *sync = window->syncRunner())
        connect(sync, &SyncRunner::finished, this, [this](bool ok, const QString &, const SyncReport &) {
            if (ok)
                refreshAnalysis();
        });
    if (!recoveryNotice().isEmpty())
        QTimer::singleShot(0, this, &WorkspaceWiring::announceRecovery);
}

WorkspaceWiring::~WorkspaceWiring()
{
    // Workspaces persist through the store; they go first, then the store closes cleanly.
    for (const QPointer<ProposalWorkspace> &w : std::as_const(m_workspaces))
        delete w.data();
    delete m_drafts.data();
    delete m_mapping;
    if (m_store)
        m_store->close();
}

QAction *WorkspaceWiring::addAction(QMenu *menu, const QString &name, const QString &text, const QKeySequence &shortcut)
{
    auto *a = new QAction(text, menu);
    a->setObjectName(name);
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    menu->addAction(a);
    m_actions.append(a);
    return a;
}

QAction *WorkspaceWiring::action(const QString &name) const
{
    for (QAction *a : m_actions)
        if (a->objectName() == name)
            return a;
    return nullptr;
}

void WorkspaceWiring::buildMenus()
{
    QMenuBar *bar = m_window->menuBar();
    const QList<QAction *> top = bar->actions();
    // The explorer's menus are File, Go, View, Help: File is first, Help last.
    QMenu *file = top.isEmpty() ? nullptr : top.first()->menu();
    QAction *help = top.isEmpty() ? nullptr : top.last();

    if (file) {
        QMenu importMenu; // a scratch menu: the actions move into File before Quit
        QAction *spending = addAction(&importMenu, QStringLiteral("importSpendingAction"), tr("Import &Spending CSV…"),
                                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
        connect(spending, &QAction::triggered, this, [this] { openSpendingImport(); });
        QAction *publish = addAction(&importMenu, QStringLiteral("publishCommonsAction"), tr("&Publish Commons…"),
                                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
        connect(publish, &QAction::triggered, this, [this] { openPublish(); });
        const QList<QAction *> fileActions = file->actions();
        QAction *quit = fileActions.isEmpty() ? nullptr : fileActions.last();
        spending->setParent(file);
        publish->setParent(file);
        file->insertAction(quit, spending);
        file->insertAction(quit, publish);
        file->insertSeparator(quit);
    }

    m_analysisMenu = new QMenu(tr("&Analysis"), m_window);
    m_analysisMenu->setObjectName(QStringLiteral("analysisMenu"));
    connect(addAction(m_analysisMenu, QStringLiteral("duplicationAction"), tr("&Duplication and Savings"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)),
            &QAction::triggered, this, [this] { showDuplication(); });
    connect(addAction(m_analysisMenu, QStringLiteral("scenarioAction"), tr("&Frontline Shift Scenario"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)),
            &QAction::triggered, this, [this] { showScenario(); });
    connect(addAction(m_analysisMenu, QStringLiteral("valueRankingAction"), tr("Public &Value Ranking"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)),
            &QAction::triggered, this, [this] { showValueRanking(); });
    connect(addAction(m_analysisMenu, QStringLiteral("similarityAction"), tr("Process &Similarity"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)),
            &QAction::triggered, this, [this] { showSimilarity(); });

    m_proposalMenu = new QMenu(tr("&Proposal"), m_window);
    m_proposalMenu->setObjectName(QStringLiteral("proposalMenu"));
    connect(addAction(m_proposalMenu, QStringLiteral("newProposalAction"), tr("&New Proposal from Selected Service"),
                      QKeySequence(Qt::CTRL | Qt::Key_N)),
            &QAction::triggered, this, [this] { newProposalFromSelection(); });
    connect(addAction(m_proposalMenu, QStringLiteral("newBlankServiceAction"), tr("New &Blank Service"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)),
            &QAction::triggered, this, [this] { newBlankService(); });
    connect(addAction(m_proposalMenu, QStringLiteral("openProposalAction"), tr("&Open/Import Proposal File…"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)),
            &QAction::triggered, this, [this] {
                const QString path = QFileDialog::getOpenFileName(m_window, tr("Open proposal file"), QString(),
                                                                  tr("LiveDNA proposals (*.json);;All files (*)"));
                if (!path.isEmpty())
                    openProposalFile(path);
            });
    QMenu *exportMenu = m_proposalMenu->addMenu(tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("proposalExportMenu"));
    const QList<QPair<ExportFormat, QString>> formats = {{ExportFormat::Pdf, tr("&PDF Report…")},
                                                         {ExportFormat::ArchiMate, tr("&ArchiMate Exchange…")},
                                                         {ExportFormat::GraphMl, tr("&GraphML…")},
                                                         {ExportFormat::Csv, tr("&CSV…")},
                                                         {ExportFormat::Json, tr("&JSON Proposal File…")}};
    const QStringList names = {QStringLiteral("exportPdfAction"), QStringLiteral("exportArchimateAction"),
                               QStringLiteral("exportGraphmlAction"), QStringLiteral("exportCsvAction"),
                               QStringLiteral("exportJsonAction")};
    for (int i = 0; i < formats.size(); ++i) {
        const ExportFormat format = formats.at(i).first;
        connect(addAction(exportMenu, names.at(i), formats.at(i).second, {}), &QAction::triggered, this,
                [this, format] { exportInteractive(format); });
    }
    m_proposalMenu->addSeparator();
    connect(addAction(m_proposalMenu, QStringLiteral("draftsAction"), tr("&Drafts"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)),
            &QAction::triggered, this, [this] { showDrafts(); });
    connect(addAction(m_proposalMenu, QStringLiteral("closeProposalAction"), tr("&Close Proposal"),
                      QKeySequence(Qt::CTRL | Qt::Key_W)),
            &QAction::triggered, this, &WorkspaceWiring::closeCurrentProposal);
    // Export and close act on the proposal tab in front.
    connect(m_proposalMenu, &QMenu::aboutToShow, this, [this, exportMenu] {
        const bool has = currentWorkspace() != nullptr;
        exportMenu->setEnabled(has);
        if (QAction *close = action(QStringLiteral("closeProposalAction")))
            close->setEnabled(has || m_tabs->tabBar()->tabButton(m_tabs->currentIndex(), QTabBar::RightSide));
    });

    bar->insertMenu(help, m_analysisMenu);
    bar->insertMenu(help, m_proposalMenu);
}

void WorkspaceWiring::report(const QString &message) const
{
    qCWarning(lcUi).noquote() << message;
    m_window->statusBar()->showMessage(message, 10000);
    // Not modal: tests and a user in the middle of something both keep going.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("LiveDNA"), message, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("wiringMessage"));
    box->open();
}

QString WorkspaceWiring::recoveryNotice() const
{
    return m_store && m_store->isOpen() ? m_store->recoveryMessage() : QString();
}

void WorkspaceWiring::announceRecovery()
{
    const QString notice = recoveryNotice();
    if (notice.isEmpty())
        return;
    showDrafts();
    auto *box = new QMessageBox(QMessageBox::Information, tr("Drafts recovered"), notice, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("recoveryMessage"));
    box->open();
}

void WorkspaceWiring::addTab(QWidget *page, const QString &title)
{
    const int i = m_tabs->addTab(page, QString());
    setTabTitle(page, title);
    // Only the tabs opened from these menus close; the explorer's stay.
    auto *close = new QToolButton(m_tabs->tabBar());
    close->setAutoRaise(true);
    close->setText(QStringLiteral("\u00d7"));
    close->setToolTip(tr("Close this tab"));
    close->setAccessibleName(tr("Close tab"));
    // The keyboard closes the front tab with Ctrl+W (closeCurrentProposal) instead.
    close->setFocusPolicy(Qt::NoFocus);
    connect(close, &QToolButton::clicked, page, [this, page] { closePage(page); });
    m_tabs->tabBar()->setTabButton(i, QTabBar::RightSide, close);
}

void WorkspaceWiring::setTabTitle(QWidget *page, const QString &title)
{
    const int i = m_tabs ? m_tabs->indexOf(page) : -1;
    if (i < 0)
        return;
    // Proposal titles can be long; the explorer's tabs must stay in view.
    constexpr int maxChars = 32;
    QString shown = title.size() > maxChars ? title.left(maxChars - 1) + QChar(0x2026) : title;
    // "&" would mark a shortcut letter ("Brighton _Hove"): doubled, it shows as itself.
    m_tabs->setTabText(i, shown.replace(QLatin1Char('&'), QStringLiteral("&&")));
    m_tabs->setTabToolTip(i, title);
}

void WorkspaceWiring::closePage(QWidget *page)
{
    if (!m_tabs || m_tabs->indexOf(page) < 0)
        return;
    // Proposal edits are already in the drafts file and analysis views reopen from the
    // menu, so closing loses nothing.
    m_tabs->removeTab(m_tabs->indexOf(page));
    delete page; // the sender is the tab's close button, not the page

}

// ---- Analysis

AnalysisInputPtr WorkspaceWiring::analysisInput()
{
    // Proposals need the services' peer groups now; the value view's load, when done, is
    // reused. Only the services are read, never the instances.
    if (!m_input && m_cache && m_cache->isOpen()) {
        Result<AnalysisInput> r = AnalysisCacheLoader::load(*m_cache, QString(), AnalysisCacheLoader::Parts::ServicesOnly);
        if (r)
            m_input = std::make_shared<const AnalysisInput>(r.take());
        else
            m_window->statusBar()->showMessage(r.errorString(), 10000);
    }
    return m_input;
}

void WorkspaceWiring::connectLoader()
{
    connect(m_loader, &AnalysisLoader::summaryLoaded, this,
            [this](const AnalysisSummaryPtr &summary, const DuplicationIndexPtr &index, const NationalRollupPtr &rollup) {
                m_index = index;
                if (m_duplication) {
                    m_duplication->setSummary(summary, index);
                    m_duplication->setLoading(false);
                }
                if (m_scenario) {
                    m_scenario->setSummary(summary, index, *rollup);
                    m_scenario->setLoading(false);
                }
            });
    connect(m_loader, &AnalysisLoader::servicesLoaded, this,
            [this](const AnalysisInputPtr &input, const ValueWeights &weights, const ValueRankingPtr &ranking) {
                m_input = input;
                if (m_value) {
                    m_value->setRanking(input, weights, *ranking);
                    m_value->setLoading(false);
                }
            });
    connect(m_loader, &AnalysisLoader::topLoaded, this,
            [this](const AnalysisInputPtr &input, const ValueRankingPtr &ranking, int total) {
                if (m_value)
                    m_value->setTop(input, *ranking, total);
            });
    connect(m_loader, &AnalysisLoader::tableLoaded, this, [this](const AnalysisInputPtr &input) {
        if (!m_similarity)
            return;
        m_similarity->setInput(input);
        m_similarity->setLoading(false);
        if (!m_similarityService.isEmpty())
            m_similarity->showService(m_similarityService);
    });
    connect(m_loader, &AnalysisLoader::detailLoaded, this,
            [this](const QString &org, const QString &capability, const AnalysisInputPtr &detail) {
                if (m_duplication)
                    m_duplication->setDetail(org, capability, detail);
            });
    connect(m_loader, &AnalysisLoader::failed, this, [this](AnalysisLoader::Kind kind, const QString &message) {
        m_window->statusBar()->showMessage(tr("No analysis: %1").arg(message), 10000);
        if (kind == AnalysisLoader::Kind::Summary) {
            if (m_duplication)
                m_duplication->setLoading(false);
            if (m_scenario)
                m_scenario->setLoading(false);
        } else if (kind == AnalysisLoader::Kind::Services && m_value) {
            m_value->setLoading(false);
        } else if (kind == AnalysisLoader::Kind::Table && m_similarity) {
            m_similarity->setLoading(false);
        }
    });
}

// Enough rows for several screens of the value ranking before the full one arrives.
static constexpr int kValueTopRows = 200;

void WorkspaceWiring::loadFor(QWidget *view)
{
    m_loader->setCachePath(m_cache ? m_cache->path() : QString());
    if (view == m_duplication || view == m_scenario) {
        if (m_duplication)
            m_duplication->setLoading(true);
        if (m_scenario)
            m_scenario->setLoading(true);
        if (!m_loader->isLoading(AnalysisLoader::Kind::Summary))
            m_loader->request(AnalysisLoader::Kind::Summary);
    } else if (view == m_value) {
        m_value->setLoading(true);
        // The ranking the sync stored opens the view on its first rows at once; the full
        // one (which weight edits need) follows.
        if (ValueRankingView::sameWeights(m_value->serviceModel()->weights(), ValueWeights::defaults()))
            m_loader->requestValueTop(kValueTopRows);
        m_loader->requestServices(m_value->serviceModel()->weights());
    } else if (view == m_similarity) {
        m_similarity->setLoading(true);
        m_loader->request(AnalysisLoader::Kind::Table);
    }
}

void WorkspaceWiring::refreshAnalysis()
{
    m_input.reset();
    m_index.reset();
    m_loader->invalidate();
    for (QWidget *view : std::initializer_list<QWidget *>{m_duplication, m_scenario, m_value, m_similarity}) {
        if (view)
            loadFor(view);
    }
}

template<class View>
View *WorkspaceWiring::showAnalysisTab(QPointer<View> &slot, const QString &title)
{
    if (!m_tabs)
        return nullptr;
    if (!slot) {
        // The view opens at once, empty and busy; its data arrives from a worker thread.
        if constexpr (std::is_same_v<View, ScenarioPanel>)
            slot = new ScenarioPanel(AnalysisInputPtr(), nullptr);
        else
            slot = new View(AnalysisInputPtr());
        addTab(slot, title);
        loadFor(slot);
    }
    m_tabs->setCurrentWidget(slot);
    return slot;
}

DuplicationView *WorkspaceWiring::showDuplication()
{
    const bool fresh = !m_duplication;
    DuplicationView *view = showAnalysisTab(m_duplication, tr("Duplication"));
    if (fresh && view) {
        connect(view, &DuplicationView::detailRequested, m_loader, &AnalysisLoader::requestDetail);
        // Drill-down ends in the explorer, on that organisation's services.
        connect(view, &DuplicationView::organisationActivated, m_window, [this](const QString &code) {
            m_window->showOrganisation(code);
            m_window->showTab(MainWindow::ServicesTab);
        });
    }
    return view;
}

ScenarioPanel *WorkspaceWiring::showScenario()
{
    return showAnalysisTab(m_scenario, tr("Frontline Shift"));
}

ValueRankingView *WorkspaceWiring::showValueRanking()
{
    return showAnalysisTab(m_value, tr("Public Value"));
}

SimilarityView *WorkspaceWiring::showSimilarity()
{
    SimilarityView *view = showAnalysisTab(m_similarity, tr("Similarity"));
    // Start from the service the user is looking at, when there is one (now, or once the
    // view has its data).
    m_similarityService = m_window->currentService();
    if (view && !m_similarityService.isEmpty())
        view->showService(m_similarityService);
    return view;
}

// ---- Proposals

bool WorkspaceWiring::ensureStore()
{
    if (m_store && m_store->isOpen())
        return true;
    report(tr("The drafts file could not be opened, so no proposal can be kept: %1").arg(m_draftsError));
    return false;
}

ProposalWorkspace *WorkspaceWiring::addWorkspace()
{
    auto *w = new ProposalWorkspace;
    m_workspaces.append(w);
    connect(w, &ProposalWorkspace::titleChanged, this, [this, w](const QString &title) {
        if (!m_tabs)
            return;
        setTabTitle(w, title.isEmpty() ? tr("Proposal") : tr("Proposal: %1").arg(title));
    });
    connect(w, &ProposalWorkspace::message, this, [this](const QString &text) {
        m_window->statusBar()->showMessage(text, 10000);
    });
    return w;
}

ProposalWorkspace *WorkspaceWiring::currentWorkspace() const
{
    if (!m_tabs)
        return nullptr;
    return qobject_cast<ProposalWorkspace *>(m_tabs->currentWidget());
}

QList<ProposalWorkspace *> WorkspaceWiring::workspaces() const
{
    QList<ProposalWorkspace *> all;
    for (const QPointer<ProposalWorkspace> &w : m_workspaces)
        if (w)
            all.append(w);
    return all;
}

ProposalWorkspace *WorkspaceWiring::finish(ProposalWorkspace *w)
{
    w->setCache(m_cache);
    w->setPeerCosts(peerCostsFor(w->model()->proposal()));
    // The workspace announced its title before it had a tab.
    const QString title = w->model()->proposal().title;
    addTab(w, title.isEmpty() ? tr("Proposal") : tr("Proposal: %1").arg(title));
    m_tabs->setCurrentWidget(w);
    if (m_drafts)
        m_drafts->refresh();
    return w;
}

QList<double> WorkspaceWiring::peerCostsFor(const Proposal &proposal)
{
    // The same peer group the Public Value ranking uses, minus the baseline the proposal
    // would replace.
    QList<double> costs;
    const AnalysisInputPtr input = analysisInput();
    if (!input)
        return costs;
    AnalysisService self;
    self.lgsl = proposal.service.lgsl;
    self.name = proposal.service.name;
    const QString key = PublicValue::peerKey(self);
    for (const AnalysisService &s : input->services) {
        if (!s.volume || *s.volume <= 0.0 || PublicValue::peerKey(s) != key)
            continue;
        if (proposal.baseline && s.id == proposal.baseline->serviceId && s.org >= 0 && s.org < input->orgs.size()
            && input->orgs.at(s.org).code == proposal.baseline->org)
            continue;
        costs.append(s.cost / *s.volume);
    }
    return costs;
}

ProposalWorkspace *WorkspaceWiring::newProposalFromSelection()
{
    const QString org = m_window->currentOrganisation();
    const QString service = m_window->currentService();
    if (org.isEmpty() || service.isEmpty()) {
        report(tr("Select a service in the explorer first: a proposal starts from a published service. "
                  "Use Proposal → New Blank Service to design one from scratch."));
        return nullptr;
    }
    return newProposalFromService(org, service);
}

ProposalWorkspace *WorkspaceWiring::newProposalFromService(const QString &orgCode, const QString &serviceId,
                                                           const std::optional<ProposalArea> &area)
{
    if (!ensureStore() || !m_tabs)
        return nullptr;
    Result<Proposal> p = Baselines::startFromService(*m_cache, orgCode, serviceId);
    if (p && area)
        p.value().area = area;
    if (!p) {
        report(tr("Could not start a proposal from %1/%2:\n%3").arg(orgCode, serviceId, p.errorString()));
        return nullptr;
    }
    ProposalWorkspace *w = addWorkspace();
    const Result<qint64> id = w->startDraft(m_store.get(), p.value());
    if (!id) {
        delete w;
        report(tr("Could not save the new draft in %1:\n%2").arg(m_store->path(), id.errorString()));
        return nullptr;
    }
    return finish(w);
}

ProposalWorkspace *WorkspaceWiring::newBlankService(const QString &title)
{
    if (!ensureStore() || !m_tabs)
        return nullptr;
    Catalogue catalogue = m_cache->catalogue();
    catalogue.reindex();
    const Proposal p = Baselines::startBlank(catalogue, title.isEmpty() ? tr("New service") : title);
    ProposalWorkspace *w = addWorkspace();
    const Result<qint64> id = w->startDraft(m_store.get(), p);
    if (!id) {
        delete w;
        report(tr("Could not save the new draft in %1:\n%2").arg(m_store->path(), id.errorString()));
        return nullptr;
    }
    return finish(w);
}

ProposalWorkspace *WorkspaceWiring::openProposalFile(const QString &path)
{
    if (!ensureStore() || !m_tabs)
        return nullptr;
    ProposalWorkspace *w = addWorkspace();
    const Result<qint64> id = w->importFile(m_store.get(), path);
    if (!id) {
        delete w;
        report(tr("Could not open the proposal %1:\n%2").arg(QDir::toNativeSeparators(path), id.errorString()));
        return nullptr;
    }
    return finish(w);
}

ProposalWorkspace *WorkspaceWiring::openDraft(qint64 draftId)
{
    if (!ensureStore() || !m_tabs)
        return nullptr;
    // One workspace per draft: bring the open one forward instead of editing it twice.
    for (ProposalWorkspace *open : workspaces()) {
        if (open->draftId() == draftId) {
            m_tabs->setCurrentWidget(open);
            return open;
        }
    }
    ProposalWorkspace *w = addWorkspace();
    const Status st = w->openDraft(m_store.get(), draftId);
    if (!st) {
        delete w;
        report(tr("Could not open draft %1:\n%2").arg(draftId).arg(st.error));
        return nullptr;
    }
    return finish(w);
}

void WorkspaceWiring::closeCurrentProposal()
{
    // Every edit is already in the drafts file; closing loses nothing. Without a proposal in
    // front, the shortcut closes whichever of these tabs is (a view opened from the menus).
    QWidget *page = currentWorkspace();
    if (!page && m_tabs && m_tabs->tabBar()->tabButton(m_tabs->currentIndex(), QTabBar::RightSide))
        page = m_tabs->currentWidget();
    if (page)
        closePage(page);
}

Status WorkspaceWiring::exportCurrentProposal(ExportFormat format, const QString &path)
{
    ProposalWorkspace *w = currentWorkspace();
    if (!w)
        return Status::failure(tr("No proposal is open in front: open one before exporting."));
    return w->exportTo(format, path);
}

void WorkspaceWiring::exportInteractive(ExportFormat format)
{
    ProposalWorkspace *w = currentWorkspace();
    if (!w) {
        report(tr("No proposal is open in front: open one before exporting."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export proposal"),
                                                      tr("proposal") + Exporter::suffix(format));
    if (path.isEmpty())
        return;
    const Status st = w->exportTo(format, path);
    if (st)
        m_window->statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 10000);
    else
        report(tr("Could not export to %1:\n%2").arg(QDir::toNativeSeparators(path), st.error));
}

DraftList *WorkspaceWiring::showDrafts()
{
    if (!m_tabs)
        return nullptr;
    if (!m_drafts) {
        m_drafts = new DraftList;
        m_drafts->setStore(m_store && m_store->isOpen() ? m_store.get() : nullptr);
        connect(m_drafts, &DraftList::openRequested, this, [this](qint64 id) { openDraft(id); });
        connect(m_drafts, &DraftList::deleteRequested, this, [this](qint64 id) {
            for (ProposalWorkspace *open : workspaces()) {
                if (open->draftId() == id) {
                    m_tabs->removeTab(m_tabs->indexOf(open));
                    delete open;
                }
            }
            const Status st = m_store->remove(id);
            if (!st)
                report(st.error);
            m_drafts->refresh();
        });
        addTab(m_drafts, tr("Drafts"));
    }
    m_drafts->refresh();
    m_tabs->setCurrentWidget(m_drafts);
    return m_drafts;
}

// ---- File

SpendingImportWizard *WorkspaceWiring::openSpendingImport()
{
    auto *wizard = new SpendingImportWizard(m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setObjectName(QStringLiteral("spendingImportWizard"));
    wizard->open();
    return wizard;
}

PublishDialog *WorkspaceWiring::openPublish()
{
    auto *dialog = new PublishDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("publishDialog"));
    dialog->open();
    return dialog;
}

} // namespace livedna
