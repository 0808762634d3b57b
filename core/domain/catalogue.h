#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace livedna {

// The spec's two layers. Frontline work is people-centred and should not be automated;
// overhead is back office, technology and management.
enum class Layer { Frontline, Overhead };

QString layerToString(Layer layer);
bool layerFromString(const QString &text, Layer *layer);

struct Capability
{
    QString id;
    QString name;
    Layer layer = Layer::Overhead;
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
};

class Catalogue
{
public:
    QList<Capability> capabilities;
    QList<CatalogueBrick> bricks;

    // Lookups are rebuilt lazily from the lists; call reindex() after editing them.
    void reindex();
    const Capability *capability(const QString &id) const;
    const CatalogueBrick *brick(const QString &id) const;
    // Catalogue bricks of one capability, cheapest first (ties by id for stable output).
    QList<const CatalogueBrick *> bricksOf(const QString &capabilityId) const;
    // The spec's standard(c): the lowest standard cost among bricks of c, or nullptr.
    const CatalogueBrick *cheapestBrick(const QString &capabilityId) const;

private:
    QHash<QString, int> m_capabilityIndex;
    QHash<QString, int> m_brickIndex;
};

} // namespace livedna
