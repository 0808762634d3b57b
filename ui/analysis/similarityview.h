#pragma once

#include "core/analysis/analysismodels.h"

#include <QWidget>

class QComboBox;
class QCustomPlot;
class QCPColorMap;
class QCPColorScale;
class QLabel;

namespace livedna {

class Cache;

// Process similarity for a chosen service (LGSL id, else name): the standard playlist
// (most common capability set), each organisation's distance from it, and a heat map of
// pairwise similarity (capability-set Jaccard or cost-weighted), organisations in table
// order.
//
//   auto *view = new SimilarityView(input);
//   auto *view = new SimilarityView(cache);
//   view->showService(QStringLiteral("1111"));   // LGSL id, service id or name
class SimilarityView : public QWidget
{
    Q_OBJECT

public:
    explicit SimilarityView(AnalysisInputPtr input, QWidget *parent = nullptr);
    explicit SimilarityView(Cache *cache, QWidget *parent = nullptr);

    void setInput(AnalysisInputPtr input);
    void setLoading(bool loading);
    bool isLoading() const;
    bool showService(const QString &query); // false when nothing matches
    SimilarityModel *model() const { return m_model; }
    QCustomPlot *heatMap() const { return m_plot; }
    QCPColorMap *heatMapCells() const { return m_map; }

private:
    int labelOrganisations(const ServiceSimilarity &s, int n, int current);
    void build();
    void showKey(const QString &key);
    void refreshHeatMap();
    QString shortName(const QString &name) const;

    AnalysisInputPtr m_input;
    SimilarityModel *m_model = nullptr;
    QComboBox *m_services = nullptr;
    QComboBox *m_measure = nullptr;
    QLabel *m_playlist = nullptr;
    QCustomPlot *m_plot = nullptr;
    QCPColorMap *m_map = nullptr;
    QCPColorScale *m_scale = nullptr;
    QWidget *m_busy = nullptr;
};

} // namespace livedna
