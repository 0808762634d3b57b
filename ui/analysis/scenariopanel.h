#pragma once

#include "core/analysis/analysismodels.h"
#include "core/analysis/analysissummary.h"
#include "core/analysis/rollupmodel.h"

#include <QList>
#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QSlider;

namespace livedna {

class Cache;

// The frontline shift scenario: the duplication saving expressed as junior doctors, nurses,
// teachers and social workers, rolled up for all councils, all NHS trusts and everyone, and
// shown beside the published national claims with the coverage behind this commons' figure.
// The realised share and each post's annual cost are editable; each post shows the source
// of its default as a tooltip and underneath, because they are assumptions, not data.
//
//   auto *panel = new ScenarioPanel(input);          // a shared AnalysisInput
//   auto *panel = new ScenarioPanel(input, index);   // reuse a DuplicationView's index
//   auto *panel = new ScenarioPanel(cache);
class ScenarioPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioPanel(AnalysisInputPtr input, DuplicationIndexPtr index = nullptr, QWidget *parent = nullptr);
    explicit ScenarioPanel(Cache *cache, QWidget *parent = nullptr);

    void setInput(AnalysisInputPtr input, DuplicationIndexPtr index = nullptr);
    // The cache's summary, its index and roll-up, computed off the GUI thread.
    void setSummary(const AnalysisSummaryPtr &summary, DuplicationIndexPtr index, const NationalRollup &rollup);
    void setLoading(bool loading);
    bool isLoading() const;
    ScenarioModel *model() const { return m_model; }
    // This commons' estimate beside the published national claims, with its coverage.
    RollupModel *rollupModel() const { return m_rollup; }
    QString coverageText() const;
    void setRealisedShare(double share);          // 0..1
    void setPostCost(int post, double annualGbp); // index into the assumptions' posts
    QString headlineText() const;
    // The headline of a roll-up line: the estimated saving and the posts it pays for, as
    // ranges; never the version 1 index, never people's work.
    static QString headline(const ScenarioLine &all, int sharePercent);

private:
    void build();
    QWidget *buildRollup();
    void apply();

    ScenarioModel *m_model = nullptr;
    RollupModel *m_rollup = nullptr;
    QLabel *m_coverage = nullptr;
    QSlider *m_share = nullptr;
    QLabel *m_shareLabel = nullptr;
    QList<QDoubleSpinBox *> m_costs;
    QLabel *m_headline = nullptr;
    QWidget *m_busy = nullptr;
    bool m_applying = false;
};

} // namespace livedna
