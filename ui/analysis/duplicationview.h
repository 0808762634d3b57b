#pragma once

#include "core/analysis/analysismodels.h"
#include "core/analysis/analysissummary.h"

#include <QWidget>

class QCustomPlot;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace livedna {

class Cache;

// The Duplication view: a sortable table of every capability (organisations, standard and
// bespoke instances, bespoke spend, cheapest commons brick and cost, saving), a bar chart
// of saving by capability, and a drill-down: pick a capability to see its organisations,
// pick an organisation to see the instances its figures sum.
//
//   auto *view = new DuplicationView(input);         // a shared AnalysisInput
//   auto *view = new DuplicationView(cache);         // loads the last synced commons
// Emits organisationActivated(code) on a double-click in the drill-down, so the main
// window can open that organisation.
class DuplicationView : public QWidget
{
    Q_OBJECT

public:
    explicit DuplicationView(AnalysisInputPtr input, QWidget *parent = nullptr);
    explicit DuplicationView(Cache *cache, QWidget *parent = nullptr);

    void setInput(AnalysisInputPtr input);
    // The cache's summary and its index (computed off the GUI thread): figures without their
    // instances, which the drill-down asks for with detailRequested() when one is picked.
    void setSummary(AnalysisSummaryPtr summary, DuplicationIndexPtr index);
    // One organisation's instances of one capability, as AnalysisCacheLoader::loadDetail
    // reads them; dropped unless that figure is still the one selected.
    void setDetail(const QString &orgCode, const QString &capabilityId, AnalysisInputPtr detail);
    // Shows or hides the busy indicator while the data is loaded.
    void setLoading(bool loading);
    bool isLoading() const;
    DuplicationIndexPtr index() const { return m_index; }
    DuplicationModel *capabilityModel() const { return m_capabilities; }
    OrgFigureModel *organisationModel() const { return m_orgs; }
    InstanceModel *instanceModel() const { return m_instances; }
    QCustomPlot *chart() const { return m_chart; }
    // Drill down programmatically (what a selection in the tables does).
    void selectCapability(const QString &capabilityId);
    void selectOrganisationRow(int row);
    // Switches the drill-down to one organisation's savings opportunities, largest first
    // (what `livedna-cli savings ORG` lists). False when the code is unknown.
    bool showOrganisation(const QString &code);

Q_SIGNALS:
    void organisationActivated(const QString &code);
    // A figure from the summary was selected: its instances are to be read (setDetail()).
    void detailRequested(const QString &orgCode, const QString &capabilityId);

private:
    QString standardBrickName(const CapabilityDuplication &c) const;
    void build();
    void apply();
    void showFigureInstances(const OrgCapabilityFigure *f);
    void refreshChart();
    QString summaryText() const; // the headline: the estimate as a range, people's work left out
    void showError(const QString &message);

    AnalysisInputPtr m_input;
    DuplicationIndexPtr m_index;
    qint64 m_instanceCount = 0;
    QString m_detailKey; // "org/capability" of the drill-down awaiting its instances
    QWidget *m_busy = nullptr;
    DuplicationModel *m_capabilities = nullptr;
    OrgFigureModel *m_orgs = nullptr;
    InstanceModel *m_instances = nullptr;
    QSortFilterProxyModel *m_capabilityProxy = nullptr;
    QSortFilterProxyModel *m_orgProxy = nullptr;
    QTableView *m_capabilityTable = nullptr;
    QTableView *m_orgTable = nullptr;
    QTableView *m_instanceTable = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_detail = nullptr;
    QCustomPlot *m_chart = nullptr;
};

} // namespace livedna
