#pragma once

#include "core/cache/cache.h"
#include "core/domain/catalogue.h"
#include "core/domain/organisation.h"
#include "core/util/problem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace livedna {

// Spec 1.1 "Separately run instances": for a capability, the organisations that run their
// own instance of it (a bespoke brick, or a system, of that capability), grouped by the
// product they run where it is known. The duplication that exists even where no cost is
// published.
struct InstanceOrg
{
    QString code;
    QString name;
};

struct ProductInstances
{
    QString product; // product id; empty for instances whose product is not known
    QString name;    // the catalogue's product name (the id when the catalogue lacks it)
    QString vendor;
    QList<InstanceOrg> organisations; // by name
};

struct CapabilityInstances
{
    QString capability;
    QString name; // the catalogue's capability name (the id when the catalogue lacks it)
    QList<InstanceOrg> organisations; // every organisation running its own instance, by name
    // Most organisations first, the unknown product last. An organisation is under each
    // product its systems of the capability name, or under the unknown product when none
    // does (a bespoke brick, or a system with no product), so the counts can add up to more
    // than `organisations` only when one organisation runs several products.
    QList<ProductInstances> byProduct;
};

class Instances
{
    Q_DECLARE_TR_FUNCTIONS(Instances)

public:
    // From the cache, latest period of each organisation, in one query. `capabilities` empty
    // means every capability with at least one instance. Most organisations first.
    static Result<QList<CapabilityInstances>> fromCache(const Cache &cache, const QStringList &capabilities = {},
                                                        const QString &commonsId = QString());
    // The same from domain values.
    static QList<CapabilityInstances> fromOrganisations(const QList<Organisation> &orgs, const Catalogue &catalogue,
                                                        const QStringList &capabilities = {});

    // "152 organisations each run their own library management system: 45 on Spydus, 36 on
    // Arena, 12 on a product not known."
    static QString sentence(const CapabilityInstances &c);
};

} // namespace livedna
