#pragma once

#include "core/domain/source.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace livedna {

// The spec's two layers. Frontline work is people-centred and should not be automated;
// overhead is back office, technology and management.
enum class Layer { Frontline, Overhead };

QString layerToString(Layer layer);
bool layerFromString(const QString &text, Layer *layer);

// Spec 1.1 `capabilities[].work`: digital work can be consumed from the commons instead of
// run in-house; people's work can be supported by a brick but never replaced by one, so it
// never yields a saving.
enum class Work { Digital, People };

QString workToString(Work work);
bool workFromString(const QString &text, Work *work);

struct Capability
{
    QString id;
    QString name;
    Layer layer = Layer::Overhead;
    std::optional<Work> work{}; // as written; use effectiveWork()
    QString source{};         // 1.1 "<source id>#<locator>", empty when not stated

    // Absent means digital for overhead capabilities and people for frontline ones.
    Work effectiveWork() const { return work ? *work : (layer == Layer::Overhead ? Work::Digital : Work::People); }
};

// Spec 1.1 `products[]`: a market product that organisations run for a capability.
struct Product
{
    QString id;
    QString name;
    QString vendor;
    QString capability;
    QString source;
};

// Spec 1.1 `bricks[].pricing`: fixed_gbp + per_unit_gbp × units.
enum class PricingUnit { Resident, Transaction, User };
QString pricingUnitToString(PricingUnit unit);
bool pricingUnitFromString(const QString &text, PricingUnit *unit);

struct Pricing
{
    double fixedGbp = 0.0;
    double perUnitGbp = 0.0;
    PricingUnit unit = PricingUnit::Resident;
    QString source;
};

// A standard brick published in bricks.json.
struct CatalogueBrick
{
    QString id;
    QString name;
    QString capability;
    QString provider;
    QString evolution; // empty when not stated
    QString description;
    double standardAnnualCostGbp = 0.0;
    std::optional<Pricing> pricing{}; // 1.1
    QString source{};                 // 1.1
};

class Catalogue
{
public:
    QList<Capability> capabilities;
    QList<CatalogueBrick> bricks;
    QList<Product> products; // 1.1
    QList<Source> sources;   // 1.1: what the catalogue's `source` strings point into

    // Lookups are rebuilt lazily from the lists; call reindex() after editing them.
    void reindex();
    const Capability *capability(const QString &id) const;
    const CatalogueBrick *brick(const QString &id) const;
    const Product *product(const QString &id) const;
    // Catalogue bricks of one capability, cheapest first (ties by id for stable output).
    QList<const CatalogueBrick *> bricksOf(const QString &capabilityId) const;
    // The spec's standard(c): the lowest standard cost among bricks of c, or nullptr.
    const CatalogueBrick *cheapestBrick(const QString &capabilityId) const;

private:
    QHash<QString, int> m_capabilityIndex;
    QHash<QString, int> m_brickIndex;
    QHash<QString, int> m_productIndex;
};

} // namespace livedna
