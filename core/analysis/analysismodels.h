#pragma once

#include "core/analysis/analysisinput.h"
#include "core/analysis/duplication.h"
#include "core/analysis/publicvalue.h"
#include "core/analysis/scenario.h"
#include "core/analysis/similarity.h"

#include <QAbstractTableModel>

#include <memory>

namespace livedna {

// Item models over the analysis results, for the analysis views and anything else that
// wants a table (exports, the main window). Display text is formatted and translated; the
// raw number of every cell is under SortRole so a QSortFilterProxyModel sorts numerically,
// with missing figures (no brick, no inputs) sorting below every number.
using AnalysisInputPtr = std::shared_ptr<const AnalysisInput>;
using DuplicationIndexPtr = std::shared_ptr<const DuplicationIndex>;

namespace analysismodel {
constexpr int SortRole = Qt::UserRole + 1;
constexpr int IndexRole = Qt::UserRole + 2; // the row's index into the underlying result
QString money(double gbp);
// "£c (£l to £h)", the way every estimate is shown.
QString moneyRange(const EstimateRange &range);
// An estimate as shown in a table cell: the range, or why there is none (people's work,
// units unknown, no brick), never "£0" for what is unknown.
QString estimateText(const std::optional<EstimateRange> &range, EstimateStatus status);
}

// One row per capability of a DuplicationIndex, in the index's order.
class DuplicationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The figures people read first come first; the name and layer last.
    // EstimateColumn: the 1.1 estimated saving as a range (the headline figure); SavingColumn
    // is the version 1 duplication index, kept for comparison.
    enum Column { CapabilityColumn, EstimateColumn, SavingColumn, BespokeGbpColumn, StandardBrickColumn,
                  StandardCostColumn, OrganisationsColumn, StandardInstancesColumn, BespokeInstancesColumn,
                  LayerColumn, WorkColumn, NameColumn, ColumnCount };

    explicit DuplicationModel(QObject *parent = nullptr);
    void setAnalysis(AnalysisInputPtr input, DuplicationIndexPtr index);
    const CapabilityDuplication *capabilityAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    AnalysisInputPtr m_input;
    DuplicationIndexPtr m_index;
};

// (organisation, capability) figures: the organisations of one capability (drill-down), or
// one organisation's ranked savings opportunities.
class OrgFigureModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { OrgColumn, OrgNameColumn, CapabilityColumn, EstimateColumn, SavingColumn, BespokeGbpColumn,
                  BespokeInstancesColumn, StandardInstancesColumn, ColumnCount };

    explicit OrgFigureModel(QObject *parent = nullptr);
    void setAnalysis(AnalysisInputPtr input, DuplicationIndexPtr index);
    void showCapability(const QString &capabilityId); // empty clears
    void showOrganisation(int org);                   // -1 clears
    const OrgCapabilityFigure *figureAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    AnalysisInputPtr m_input;
    DuplicationIndexPtr m_index;
    std::vector<int> m_figures;
};

// The instances a figure sums.
class InstanceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { OrgColumn, ServiceColumn, BrickColumn, CostColumn, KindColumn, UsesColumn, CapabilityColumn,
                  LayerColumn, ColumnCount };

    explicit InstanceModel(QObject *parent = nullptr);
    void setInstances(AnalysisInputPtr input, std::vector<int> instances);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant instanceToolTip(const AnalysisInstance &inst, int column) const;
    AnalysisInputPtr m_input;
    std::vector<int> m_instances;
};

// The Public Value ranking, services or organisations; recompute() after editing weights
// updates it in place (a model reset), which is what makes the GUI ranking live.
class ValueRankingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Mode { Services, Organisations };
    enum Column { RankColumn, PviColumn, OrgColumn, NameColumn, CostColumn, VolumeColumn,
                  CostPerTransactionColumn, QualityColumn, EconomyColumn, ColumnCount };

    explicit ValueRankingModel(Mode mode, QObject *parent = nullptr);
    void setInput(AnalysisInputPtr input);
    void setWeights(const ValueWeights &weights);
    // Shows a ranking computed elsewhere (one computation can feed both modes).
    void setRanking(AnalysisInputPtr input, const ValueWeights &weights, ValueRanking ranking);
    ValueWeights weights() const { return m_weights; }
    const ValueRanking &ranking() const { return m_ranking; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void recompute();

    Mode m_mode;
    AnalysisInputPtr m_input;
    ValueWeights m_weights = ValueWeights::defaults();
    ValueRanking m_ranking;
};

// Members of one service's similarity result.
class SimilarityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { OrgColumn, OrgNameColumn, StandardColumn, DistanceColumn, CostDistanceColumn,
                  MeanJaccardColumn, MeanCostSimilarityColumn, CostColumn, CapabilitiesColumn, ColumnCount };

    explicit SimilarityModel(QObject *parent = nullptr);
    void setResult(AnalysisInputPtr input, const ServiceSimilarity &result);
    const ServiceSimilarity &result() const { return m_result; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    AnalysisInputPtr m_input;
    ServiceSimilarity m_result;
};

// Scenario roll-up lines: group, organisations, estimated saving and realised part (ranges,
// sorted by central), then one column per post (range); the version 1 index last.
class ScenarioModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { GroupColumn, OrganisationsColumn, SavingColumn, RealisedColumn, IndexColumn, FirstPostColumn };

    explicit ScenarioModel(QObject *parent = nullptr);
    void setAnalysis(AnalysisInputPtr input, DuplicationIndexPtr index);
    void setAssumptions(const ScenarioAssumptions &assumptions);
    ScenarioAssumptions assumptions() const { return m_assumptions; }
    const QList<ScenarioLine> &lines() const { return m_lines; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void recompute();

    AnalysisInputPtr m_input;
    DuplicationIndexPtr m_index;
    ScenarioAssumptions m_assumptions = ScenarioAssumptions::defaults();
    QList<ScenarioLine> m_lines;
};

} // namespace livedna
