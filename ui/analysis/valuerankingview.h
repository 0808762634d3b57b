#pragma once

#include "core/analysis/analysismodels.h"

#include <QWidget>

#include <optional>

class QDoubleSpinBox;
class QLabel;

namespace livedna {

class Cache;

// The Public Value ranking of services and organisations. The weights of the formula
// (docs/analysis.md) are editable and the ranking is recomputed as they change; services
// that publish no value inputs are listed as "no inputs", below every score, never as 0.
//
//   auto *view = new ValueRankingView(input);
//   auto *view = new ValueRankingView(cache);
class ValueRankingView : public QWidget
{
    Q_OBJECT

public:
    explicit ValueRankingView(AnalysisInputPtr input, QWidget *parent = nullptr);
    explicit ValueRankingView(Cache *cache, QWidget *parent = nullptr);

    void setInput(AnalysisInputPtr input);
    // A ranking computed off the GUI thread with `weights`; recomputed here if the weights
    // were edited meanwhile.
    void setRanking(AnalysisInputPtr input, const ValueWeights &weights, ValueRanking ranking);
    // The first rows of the ranking the sync stored (default weights), shown while the full
    // ranking loads; `total`: services in the whole ranking. Weight edits wait for the full one.
    void setTop(AnalysisInputPtr input, ValueRanking ranking, int total);
    bool showsTopOnly() const { return m_topOnly; }
    static bool sameWeights(const ValueWeights &a, const ValueWeights &b);
    void setLoading(bool loading);
    bool isLoading() const;
    void setWeights(const ValueWeights &weights); // updates the editors and the ranking
    ValueRankingModel *serviceModel() const { return m_services; }
    ValueRankingModel *organisationModel() const { return m_orgs; }

private:
    void build();
    void apply();
    void recompute(const ValueWeights &weights);
    void recomputeOffThread(const ValueWeights &weights);
    // Below this many services a ranking takes a few milliseconds: it runs in place.
    static constexpr int kRankOffThreadServices = 20000;

    AnalysisInputPtr m_input;
    ValueRankingModel *m_services = nullptr;
    ValueRankingModel *m_orgs = nullptr;
    QDoubleSpinBox *m_outcome = nullptr;
    QDoubleSpinBox *m_satisfaction = nullptr;
    QDoubleSpinBox *m_other = nullptr;
    QDoubleSpinBox *m_quality = nullptr;
    QDoubleSpinBox *m_economy = nullptr;
    QLabel *m_formula = nullptr;
    QWidget *m_busy = nullptr;
    QLabel *m_topNote = nullptr;
    bool m_updating = false;
    bool m_topOnly = false;
    bool m_loading = false;
    quint64 m_rankTicket = 0; // the newest ranking asked for; older results are dropped
    std::optional<ValueWeights> m_pendingWeights; // edited while only the top rows are in
};

} // namespace livedna
