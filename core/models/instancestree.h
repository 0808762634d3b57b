#pragma once

#include "core/domain/catalogue.h"
#include "core/domain/organisation.h"
#include "core/util/problem.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace livedna {

class Cache;

// Spec 1.1 "Separately run instances": per capability, the organisations that run their
// own instance (a bespoke brick or a system of it), grouped by product where known.
struct InstanceOrg
{
    QString code;
    QString name;
};

struct ProductInstances
{
    QString product; // product id; empty for instances of unknown product
    QString name;
    QString vendor;
    QList<InstanceOrg> organisations;
};

struct CapabilityInstances
{
    QString capability;
    QString name;
    int organisations = 0; // distinct organisations, each counted once
    QList<ProductInstances> byProduct; // most organisations first; unknown product last
};

class InstancesSummary
{
    Q_DECLARE_TR_FUNCTIONS(InstancesSummary)

public:
    // Capabilities with at least one instance, most organisations first.
    static QList<CapabilityInstances> build(const QList<Organisation> &orgs, const Catalogue &catalogue);
    // The same, straight from the cache's latest periods (two aggregate queries), so a
    // national commons is not loaded organisation by organisation.
    static Result<QList<CapabilityInstances>> fromCache(const Cache &cache, const Catalogue &catalogue);

    // One separately run instance: organisation `code` runs `capability` on `product`.
    struct Use
    {
        QString capability;
        QString product; // empty: not known (bespoke bricks, systems without a product)
        QString code;
        QString name;
    };
    static QList<CapabilityInstances> fromUses(const QList<Use> &uses, const Catalogue &catalogue);
    // "152 organisations each run their own library management system: 45 on Spydus, …"
    static QString sentence(const CapabilityInstances &c, int maxProducts = 4);
};

// The instances as a tree: capability → product → organisation. Read-only.
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
