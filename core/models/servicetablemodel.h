#pragma once

#include "core/cache/cache.h"
#include "core/models/roles.h"

#include <QAbstractTableModel>

namespace livedna {

// One organisation's services with the spec's cost measures; read-only, sortable through
// a QSortFilterProxyModel on SortRole.
class ServiceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TotalColumn,
        FrontlineColumn,
        OverheadColumn,
        ReportedColumn,
        CoverageColumn,
        BricksColumn,
        BespokeColumn,
        ColumnCount
    };

    explicit ServiceTableModel(QObject *parent = nullptr);

    void setServices(QList<ServiceSummary> services);
    const QList<ServiceSummary> &services() const { return m_services; }
    const ServiceSummary *serviceAt(int row) const;
    int rowOf(const QString &serviceId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ServiceSummary> m_services;
};

} // namespace livedna
