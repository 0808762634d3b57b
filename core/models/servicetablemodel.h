#pragma once

#include "core/cache/cache.h"
#include "core/models/figures.h"
#include "core/models/roles.h"

#include <QAbstractTableModel>

namespace livedna {

// One organisation's services with the spec's cost measures; read-only, sortable through
// a QSortFilterProxyModel on SortRole. The reported figures (with their layer, year,
// change and source) sit beside the mapped ones and are never mixed with them: a service
// not mapped into bricks shows "not mapped", never £0.
class ServiceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ReportedColumn,
        LayerColumn,
        ChangeColumn,
        TotalColumn, // mapped into bricks
        FrontlineColumn,
        OverheadColumn,
        CoverageColumn,
        BricksColumn,
        BespokeColumn,
        SystemsColumn,
        ColumnCount
    };

    // What a row knows beyond the cost split: all from the domain's 1.1 fields.
    struct Detail
    {
        QString period;            // this service's own period when it differs, else empty
        std::optional<Layer> layer;
        std::optional<Reported> reported;
        QString source;            // of reported_cost_gbp
        int systems = 0;
        int estimatedBricks = 0;
        std::optional<YearChange> change;
    };

    explicit ServiceTableModel(QObject *parent = nullptr);

    void setServices(QList<ServiceSummary> services);
    // Rows from the organisation's services; `previous` (the organisation's previous period,
    // when the commons holds it) gives each service its change from the year before.
    void setOrganisation(const Organisation &org, const Catalogue &catalogue,
                         const Organisation *previous = nullptr);
    const QList<ServiceSummary> &services() const { return m_services; }
    const ServiceSummary *serviceAt(int row) const;
    const Detail *detailAt(int row) const;
    int rowOf(const QString &serviceId) const;
    QString previousPeriod() const { return m_previousPeriod; }
    // False for a column every row leaves empty (no earlier year, no layer, no system), so
    // a narrow window can hide it.
    bool columnHasInformation(int column) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant value(int row, int column) const;
    QVariant display(int row, int column) const;
    QVariant toolTip(int row, int column) const;
    QVariant foreground(int row, int column) const;

    QList<ServiceSummary> m_services;
    QList<Detail> m_details;
    QList<Source> m_sources;
    QString m_period;
    QString m_previousPeriod;
};

} // namespace livedna
