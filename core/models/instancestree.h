#pragma once

#include "core/analysis/instances.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace livedna {

// Separately run instances (core/analysis/instances.h) as a tree: capability → product →
// organisation, so the view can show the organisations behind each number. Read-only.
class InstancesModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, OrganisationsColumn, ColumnCount };
    enum Level { CapabilityLevel, ProductLevel, OrganisationLevel };

    explicit InstancesModel(QObject *parent = nullptr);
    void setInstances(QList<CapabilityInstances> instances);
    const QList<CapabilityInstances> &instances() const { return m_instances; }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static Level level(const QModelIndex &index);

private:
    // internalId packs the path: capability + 1, product + 1, (organisation is the row).
    static quintptr pack(int capability, int product) { return quintptr((capability + 1) | ((product + 1) << 16)); }
    QVariant display(const QModelIndex &index) const;

    QList<CapabilityInstances> m_instances;
};

} // namespace livedna
