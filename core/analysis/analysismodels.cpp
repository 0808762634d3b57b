#include "core/analysis/analysismodels.h"

#include "core/models/format.h"

#include <QLocale>

#include <limits>

namespace livedna {

namespace analysismodel {
QString money(double gbp)
{
    return Format::gbp(gbp);
}

QString moneyRange(const EstimateRange &r)
{
    return Format::gbpRange(r.central, r.low, r.high);
}

QString estimateText(const std::optional<EstimateRange> &range, EstimateStatus status)
{
    if (range)
        return moneyRange(*range);
    switch (status) {
    case EstimateStatus::PeopleWork:
        return DuplicationModel::tr("none: people's work");
    case EstimateStatus::UnitsUnknown:
        return DuplicationModel::tr("unknown: units not published");
    case EstimateStatus::NoBrick:
        return DuplicationModel::tr("no commons brick");
    case EstimateStatus::Estimated:
    case EstimateStatus::NoBespoke:
        break;
    }
    return QString();
}
} // namespace analysismodel

using analysismodel::IndexRole;
using analysismodel::money;
using analysismodel::moneyRange;
using analysismodel::SortRole;

// Missing figures sort below every number, so "saving descending" keeps them last.
static constexpr double Missing = -std::numeric_limits<double>::max();

static QVariant optSort(const std::optional<double> &v)
{
    return v ? *v : Missing;
}

static QVariant alignNumber()
{
    return QVariant(Qt::AlignRight | Qt::AlignVCenter);
}

// A catalogue brick by its name; the id is for tooltips (issue 13: names on screen).
static QString brickName(const AnalysisInput *input, const QString &id)
{
    const CatalogueBrick *b = input && !id.isEmpty() ? input->catalogue.brick(id) : nullptr;
    return b && !b->name.isEmpty() ? b->name : id;
}

// ---------------------------------------------------------------- DuplicationModel

DuplicationModel::DuplicationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DuplicationModel::setAnalysis(AnalysisInputPtr input, DuplicationIndexPtr index)
{
    beginResetModel();
    m_input = std::move(input);
    m_index = std::move(index);
    endResetModel();
}

const CapabilityDuplication *DuplicationModel::capabilityAt(int row) const
{
    if (!m_index || row < 0 || row >= m_index->capabilities.size())
        return nullptr;
    return &m_index->capabilities.at(row);
}

int DuplicationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_index ? 0 : int(m_index->capabilities.size());
}

int DuplicationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DuplicationModel::data(const QModelIndex &index, int role) const
{
    const CapabilityDuplication *c = index.isValid() ? capabilityAt(index.row()) : nullptr;
    if (!c)
        return QVariant();
    const int col = index.column();
    if (role == IndexRole)
        return index.row();
    if (role == Qt::TextAlignmentRole && col != CapabilityColumn && col != StandardBrickColumn
        && col != LayerColumn && col != WorkColumn && col != NameColumn)
        return alignNumber();
    if (role == Qt::ToolTipRole && (col == CapabilityColumn || col == NameColumn))
        return c->capabilityId;
    if (role == Qt::ToolTipRole && col == StandardBrickColumn && !c->lacksCommonsBrick())
        return c->standardBrick;
    if (role == Qt::ToolTipRole && c->lacksCommonsBrick())
        return tr("The commons lacks a brick for %1: %2 organisations spending %3 would benefit from one.")
            .arg(c->capabilityName).arg(c->bespokeOrganisations).arg(money(c->bespokeGbp));
    if (role == Qt::ToolTipRole && c->work == Work::People)
        return tr("%1 is people's work: a brick can support it but never replace it, so no saving is claimed. "
                  "Replacing it would be a frontline cut.").arg(c->capabilityName);
    if (role != Qt::DisplayRole && role != SortRole)
        return QVariant();
    const bool sort = role == SortRole;
    switch (col) {
    case CapabilityColumn: return c->capabilityId;
    case NameColumn: return c->capabilityName;
    case LayerColumn: return c->layer == Layer::Frontline ? tr("frontline") : tr("overhead");
    case WorkColumn: return c->work == Work::People ? tr("people") : tr("digital");
    case EstimateColumn: {
        if (sort)
            return c->estimatedSavingGbp ? QVariant(c->estimatedSavingGbp->central) : QVariant(Missing);
        if (!c->estimatedSavingGbp)
            return analysismodel::estimateText(std::nullopt, c->work == Work::People ? EstimateStatus::PeopleWork
                                                                                      : EstimateStatus::NoBrick);
        const QString text = moneyRange(*c->estimatedSavingGbp);
        return c->estimateUnknown ? tr("%1 + %n unknown", nullptr, c->estimateUnknown).arg(text) : text;
    }
    case OrganisationsColumn: return c->organisations;
    case StandardInstancesColumn: return c->standardInstances;
    case BespokeInstancesColumn: return c->bespokeInstances;
    case BespokeGbpColumn: return sort ? QVariant(c->bespokeGbp) : QVariant(money(c->bespokeGbp));
    case StandardBrickColumn:
        return c->lacksCommonsBrick() ? (sort ? QString() : tr("commons lacks one")) : brickName(m_input.get(), c->standardBrick);
    case StandardCostColumn:
        if (sort)
            return optSort(c->standardCostGbp);
        return c->standardCostGbp ? money(*c->standardCostGbp) : QString();
    case SavingColumn:
        if (sort)
            return optSort(c->savingGbp);
        return c->savingGbp ? money(*c->savingGbp) : tr("n/a: %1 orgs would benefit").arg(c->bespokeOrganisations);
    default: return QVariant();
    }
}

QVariant DuplicationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CapabilityColumn: return tr("Capability");
    case NameColumn: return tr("Name");
    case LayerColumn: return tr("Layer");
    case OrganisationsColumn: return tr("Organisations");
    case StandardInstancesColumn: return tr("Standard instances");
    case BespokeInstancesColumn: return tr("Bespoke instances");
    case BespokeGbpColumn: return tr("Bespoke spend");
    case StandardBrickColumn: return tr("Cheapest commons brick");
    case StandardCostColumn: return tr("Brick cost");
    case SavingColumn: return tr("Duplication index");
    case EstimateColumn: return tr("Estimated saving (range)");
    case WorkColumn: return tr("Work");
    default: return QVariant();
    }
}

// ---------------------------------------------------------------- OrgFigureModel

OrgFigureModel::OrgFigureModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OrgFigureModel::setAnalysis(AnalysisInputPtr input, DuplicationIndexPtr index)
{
    beginResetModel();
    m_input = std::move(input);
    m_index = std::move(index);
    m_figures.clear();
    endResetModel();
}

void OrgFigureModel::showCapability(const QString &capabilityId)
{
    beginResetModel();
    m_figures.clear();
    if (m_index) {
        if (const CapabilityDuplication *c = m_index->find(capabilityId))
            m_figures = c->orgFigures;
    }
    endResetModel();
}

void OrgFigureModel::showOrganisation(int org)
{
    beginResetModel();
    m_figures.clear();
    if (m_index && org >= 0) {
        for (const SavingsOpportunity &op : savingsOpportunities(*m_index, org))
            m_figures.push_back(int(op.figure - m_index->figures.data()));
    }
    endResetModel();
}

const OrgCapabilityFigure *OrgFigureModel::figureAt(int row) const
{
    if (!m_index || row < 0 || row >= int(m_figures.size()))
        return nullptr;
    return &m_index->figures[size_t(m_figures[size_t(row)])];
}

int OrgFigureModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_figures.size());
}

int OrgFigureModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrgFigureModel::data(const QModelIndex &index, int role) const
{
    const OrgCapabilityFigure *f = index.isValid() ? figureAt(index.row()) : nullptr;
    if (!f || !m_input)
        return QVariant();
    const int col = index.column();
    if (role == IndexRole)
        return m_figures[size_t(index.row())];
    if (role == Qt::TextAlignmentRole && col >= SavingColumn)
        return alignNumber();
    if (role == Qt::ToolTipRole && (col == OrgColumn || col == OrgNameColumn))
        return m_input->orgs.at(f->org).code;
    if (role == Qt::ToolTipRole && col == CapabilityColumn)
        return m_input->capabilityIds.value(f->capability);
    if (role != Qt::DisplayRole && role != SortRole)
        return QVariant();
    const bool sort = role == SortRole;
    switch (col) {
    case OrgColumn: return m_input->orgs.at(f->org).code;
    case OrgNameColumn: return m_input->orgs.at(f->org).name;
    case CapabilityColumn: return m_input->capabilityName(f->capability);
    case StandardInstancesColumn: return f->standardInstances;
    case BespokeInstancesColumn: return f->bespokeInstances;
    case BespokeGbpColumn: return sort ? QVariant(f->bespokeGbp) : QVariant(money(f->bespokeGbp));
    case EstimateColumn:
        if (sort)
            return f->estimatedSavingGbp ? QVariant(f->estimatedSavingGbp->central) : QVariant(Missing);
        return analysismodel::estimateText(f->estimatedSavingGbp, f->estimateStatus);
    case SavingColumn:
        if (sort)
            return optSort(f->savingGbp);
        if (f->savingGbp)
            return money(*f->savingGbp);
        return f->bespokeInstances ? tr("no commons brick") : QString();
    default: return QVariant();
    }
}

QVariant OrgFigureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrgColumn: return tr("Code");
    case OrgNameColumn: return tr("Organisation");
    case CapabilityColumn: return tr("Capability");
    case StandardInstancesColumn: return tr("Standard instances");
    case BespokeInstancesColumn: return tr("Bespoke instances");
    case BespokeGbpColumn: return tr("Bespoke spend");
    case SavingColumn: return tr("Duplication index");
    case EstimateColumn: return tr("Estimated saving (range)");
    default: return QVariant();
    }
}

// ---------------------------------------------------------------- InstanceModel

InstanceModel::InstanceModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void InstanceModel::setInstances(AnalysisInputPtr input, std::vector<int> instances)
{
    beginResetModel();
    m_input = std::move(input);
    m_instances = std::move(instances);
    endResetModel();
}

int InstanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_input ? 0 : int(m_instances.size());
}

int InstanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstanceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_input || index.row() >= int(m_instances.size()))
        return QVariant();
    const int i = m_instances[size_t(index.row())];
    const AnalysisInstance &inst = m_input->instances[size_t(i)];
    if (role == IndexRole)
        return i;
    if (role == Qt::TextAlignmentRole && index.column() == CostColumn)
        return alignNumber();
    if (role == Qt::ToolTipRole)
        return instanceToolTip(inst, index.column());
    if (role != Qt::DisplayRole && role != SortRole)
        return QVariant();
    switch (index.column()) {
    case OrgColumn: return m_input->orgs.at(inst.org).name;
    case ServiceColumn: return m_input->services.at(inst.service).name;
    case BrickColumn: {
        const QString name = m_input->instanceName(size_t(i));
        if (!name.isEmpty())
            return name;
        return inst.isStandard() ? brickName(m_input.get(), inst.uses) : inst.bid;
    }
    case KindColumn: return inst.isStandard() ? tr("standard") : tr("bespoke");
    case UsesColumn: return brickName(m_input.get(), inst.uses);
    case CapabilityColumn: return m_input->capabilityName(inst.capability);
    case LayerColumn: return inst.layer == Layer::Frontline ? tr("frontline") : tr("overhead");
    case CostColumn: return role == SortRole ? QVariant(inst.cost) : QVariant(money(inst.cost));
    default: return QVariant();
    }
}

// Ids are for tooltips: the organisation's code, the brick's id, the capability's id.
QVariant InstanceModel::instanceToolTip(const AnalysisInstance &inst, int column) const
{
    switch (column) {
    case OrgColumn: return m_input->orgs.at(inst.org).code;
    case BrickColumn: return inst.bid;
    case UsesColumn: return inst.uses;
    case CapabilityColumn: return m_input->capabilityIds.value(inst.capability);
    default: return QVariant();
    }
}

QVariant InstanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrgColumn: return tr("Organisation");
    case ServiceColumn: return tr("Service");
    case BrickColumn: return tr("Brick");
    case KindColumn: return tr("Kind");
    case UsesColumn: return tr("Uses");
    case CapabilityColumn: return tr("Capability");
    case LayerColumn: return tr("Layer");
    case CostColumn: return tr("Annual cost");
    default: return QVariant();
    }
}

// ---------------------------------------------------------------- ValueRankingModel

ValueRankingModel::ValueRankingModel(Mode mode, QObject *parent)
    : QAbstractTableModel(parent)
    , m_mode(mode)
{
}

void ValueRankingModel::setInput(AnalysisInputPtr input)
{
    m_input = std::move(input);
    recompute();
}

void ValueRankingModel::setWeights(const ValueWeights &weights)
{
    m_weights = weights;
    recompute();
}

void ValueRankingModel::setRanking(AnalysisInputPtr input, const ValueWeights &weights, ValueRanking ranking)
{
    beginResetModel();
    m_input = std::move(input);
    m_weights = weights;
    m_ranking = std::move(ranking);
    endResetModel();
}

void ValueRankingModel::recompute()
{
    beginResetModel();
    m_ranking = m_input ? PublicValue::compute(*m_input, m_weights) : ValueRanking();
    endResetModel();
}

int ValueRankingModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_mode == Mode::Services ? m_ranking.services.size() : m_ranking.orgs.size());
}

int ValueRankingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QVariant optText(const std::optional<double> &v, int decimals, const QString &missing)
{
    return v ? QVariant(QLocale().toString(*v, 'f', decimals)) : QVariant(missing);
}

QVariant ValueRankingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_input || index.row() >= rowCount())
        return QVariant();
    const int col = index.column();
    const bool sort = role == SortRole;
    if (role == Qt::TextAlignmentRole && col != OrgColumn && col != NameColumn)
        return alignNumber();
    if (m_mode == Mode::Services) {
        const ServiceValue &v = m_ranking.services.at(index.row());
        const AnalysisService &s = m_input->services.at(v.service);
        if (role == IndexRole)
            return v.service;
        if (role == Qt::ToolTipRole && !v.hasInputs())
            return tr("This service publishes no value inputs, so it has no index (not zero).");
        if (role == Qt::ToolTipRole && v.costUnknown())
            return tr("This service is neither mapped into bricks nor reports a cost: it is not ranked (its cost is unknown, not zero).");
        if (role == Qt::ToolTipRole && col == OrgColumn)
            return m_input->orgs.at(s.org).code;
        if (role != Qt::DisplayRole && !sort)
            return QVariant();
        switch (col) {
        case RankColumn: return v.pvi ? QVariant(index.row() + 1) : QVariant(sort ? QVariant(std::numeric_limits<int>::max()) : QVariant(QString()));
        case PviColumn:
            return sort ? optSort(v.pvi)
                        : optText(v.pvi, 1, v.hasInputs() && v.costUnknown() ? PublicValue::unknownCostText()
                                                                              : PublicValue::noInputsText());
        case OrgColumn: return m_input->orgs.at(s.org).name.isEmpty() ? m_input->orgs.at(s.org).code : m_input->orgs.at(s.org).name;
        case NameColumn: return s.name;
        case CostColumn:
            if (sort)
                return optSort(v.cost);
            if (!v.cost)
                return tr("unknown");
            return v.costBasis == CostBasis::Reported ? tr("%1 (reported)").arg(money(*v.cost)) : money(*v.cost);
        case VolumeColumn: return sort ? optSort(s.volume) : optText(s.volume, 0, QString());
        case CostPerTransactionColumn:
            if (sort)
                return optSort(v.costPerTransaction);
            return v.costPerTransaction ? QVariant(Format::gbpPerUnit(*v.costPerTransaction))
                                        : QVariant(tr("no volume"));
        case QualityColumn: return sort ? optSort(v.quality) : optText(v.quality, 3, QString());
        case EconomyColumn: return sort ? optSort(v.economy) : optText(v.economy, 3, QString());
        default: return QVariant();
        }
    }
    const OrgValue &v = m_ranking.orgs.at(index.row());
    if (role == IndexRole)
        return v.org;
    if (role != Qt::DisplayRole && !sort)
        return QVariant();
    switch (col) {
    case RankColumn: return v.pvi ? QVariant(index.row() + 1) : QVariant(sort ? QVariant(std::numeric_limits<int>::max()) : QVariant(QString()));
    case PviColumn: return sort ? optSort(v.pvi) : optText(v.pvi, 1, PublicValue::noInputsText());
    case OrgColumn: return m_input->orgs.at(v.org).code;
    case NameColumn: return m_input->orgs.at(v.org).name;
    case CostColumn: return sort ? QVariant(v.scoredCostGbp) : QVariant(money(v.scoredCostGbp));
    case VolumeColumn:
        return sort ? QVariant(v.scoredServices) : QVariant(tr("%1 of %2 scored").arg(v.scoredServices).arg(v.services));
    default: return QVariant();
    }
}

QVariant ValueRankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool orgs = m_mode == Mode::Organisations;
    switch (section) {
    case RankColumn: return tr("Rank");
    case PviColumn: return tr("PVI");
    case OrgColumn: return tr("Code");
    case NameColumn: return orgs ? tr("Organisation") : tr("Service");
    case CostColumn: return orgs ? tr("Scored spend") : tr("Cost");
    case VolumeColumn: return orgs ? tr("Services") : tr("Volume");
    case CostPerTransactionColumn: return tr("Cost per transaction");
    case QualityColumn: return tr("Quality");
    case EconomyColumn: return tr("Economy");
    default: return QVariant();
    }
}

// ---------------------------------------------------------------- SimilarityModel

SimilarityModel::SimilarityModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SimilarityModel::setResult(AnalysisInputPtr input, const ServiceSimilarity &result)
{
    beginResetModel();
    m_input = std::move(input);
    m_result = result;
    endResetModel();
}

int SimilarityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_input ? 0 : int(m_result.members.size());
}

int SimilarityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SimilarityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_input || index.row() >= rowCount())
        return QVariant();
    const SimilarityMember &m = m_result.members.at(index.row());
    const int col = index.column();
    if (role == IndexRole)
        return index.row();
    if (role == Qt::TextAlignmentRole && col >= DistanceColumn && col <= CostColumn)
        return alignNumber();
    if (role == Qt::ToolTipRole && (col == OrgColumn || col == OrgNameColumn))
        return m_input->orgs.at(m.org).code;
    if (role != Qt::DisplayRole && role != SortRole)
        return QVariant();
    const bool sort = role == SortRole;
    // No distance where there is nothing to compare with: never a false 0.000.
    const bool compared = m_result.comparable() && m.mapped;
    auto num = [&](double v) {
        if (!compared)
            return sort ? QVariant(std::numeric_limits<double>::max())
                        : QVariant(m.mapped ? ProcessSimilarity::notComparableText() : tr("not mapped"));
        return sort ? QVariant(v) : QVariant(QLocale().toString(v, 'f', 3));
    };
    switch (col) {
    case OrgColumn: return m_input->orgs.at(m.org).code;
    case OrgNameColumn: return m_input->orgs.at(m.org).name;
    case StandardColumn: return sort ? QVariant(m.isStandard ? 1 : 0) : QVariant(m.isStandard ? tr("yes") : QString());
    case DistanceColumn: return num(m.distance);
    case CostDistanceColumn: return num(m.costDistance);
    case MeanJaccardColumn: return num(m.meanJaccard);
    case MeanCostSimilarityColumn: return num(m.meanCostSimilarity);
    case CostColumn: return sort ? QVariant(m.costGbp) : QVariant(money(m.costGbp));
    case CapabilitiesColumn: return m.costByCapability.keys().join(QStringLiteral(", "));
    default: return QVariant();
    }
}

QVariant SimilarityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OrgColumn: return tr("Code");
    case OrgNameColumn: return tr("Organisation");
    case StandardColumn: return tr("Standard playlist");
    case DistanceColumn: return tr("Distance");
    case CostDistanceColumn: return tr("Cost distance");
    case MeanJaccardColumn: return tr("Mean Jaccard");
    case MeanCostSimilarityColumn: return tr("Mean cost similarity");
    case CostColumn: return tr("Cost");
    case CapabilitiesColumn: return tr("Capabilities");
    default: return QVariant();
    }
}

// ---------------------------------------------------------------- ScenarioModel

ScenarioModel::ScenarioModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ScenarioModel::setAnalysis(AnalysisInputPtr input, DuplicationIndexPtr index)
{
    m_input = std::move(input);
    m_index = std::move(index);
    recompute();
}

void ScenarioModel::setAssumptions(const ScenarioAssumptions &assumptions)
{
    m_assumptions = assumptions;
    recompute();
}

void ScenarioModel::recompute()
{
    beginResetModel();
    m_lines = m_input && m_index ? FrontlineScenario::rollUp(*m_input, *m_index, m_assumptions) : QList<ScenarioLine>();
    endResetModel();
}

int ScenarioModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ScenarioModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstPostColumn + int(m_assumptions.posts.size());
}

QVariant ScenarioModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return QVariant();
    const ScenarioLine &l = m_lines.at(index.row());
    const int col = index.column();
    if (role == Qt::TextAlignmentRole && col != GroupColumn)
        return alignNumber();
    if (role != Qt::DisplayRole && role != SortRole)
        return QVariant();
    const bool sort = role == SortRole;
    switch (col) {
    case GroupColumn: return l.label;
    case OrganisationsColumn: return l.organisations;
    case SavingColumn: {
        if (sort)
            return l.hasEstimate() ? l.estimateGbp.central : -1.0;
        const QString text = l.hasEstimate() ? moneyRange(l.estimateGbp) : tr("no estimate");
        return l.estimateUnknown ? tr("%1 + %n unknown", nullptr, l.estimateUnknown).arg(text) : text;
    }
    case RealisedColumn:
        if (!l.hasEstimate())
            return sort ? QVariant(-1.0) : QVariant(tr("no estimate"));
        return sort ? QVariant(l.realisedEstimateGbp.central) : QVariant(moneyRange(l.realisedEstimateGbp));
    case IndexColumn: return sort ? QVariant(l.savingGbp) : QVariant(money(l.savingGbp));
    default: {
        const int p = col - FirstPostColumn;
        if (p < 0 || p >= l.postRanges.size())
            return QVariant();
        const EstimateRange &r = l.postRanges.at(p);
        if (!l.hasEstimate())
            return sort ? QVariant(-1.0) : QVariant(tr("no estimate"));
        if (sort)
            return r.central;
        const QLocale loc;
        return tr("%1 (%2 to %3)").arg(loc.toString(r.central, 'f', 1), loc.toString(r.low, 'f', 1),
                                       loc.toString(r.high, 'f', 1));
    }
    }
}

QVariant ScenarioModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= FirstPostColumn && section - FirstPostColumn < m_assumptions.posts.size()) {
        const PostAssumption &p = m_assumptions.posts.at(section - FirstPostColumn);
        return role == Qt::ToolTipRole ? p.source : tr("%1 posts").arg(p.name);
    }
    if (role == Qt::ToolTipRole)
        return QVariant();
    switch (section) {
    case GroupColumn: return tr("Group");
    case OrganisationsColumn: return tr("Organisations");
    case SavingColumn: return tr("Estimated saving (range)");
    case RealisedColumn: return tr("Moved to the frontline (range)");
    case IndexColumn: return tr("Duplication index");
    default: return QVariant();
    }
}

} // namespace livedna
