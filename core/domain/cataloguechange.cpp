#include "core/domain/cataloguechange.h"

#include <QSet>

namespace livedna {

namespace {

Layer effectiveLayer(const Catalogue &catalogue, const QString &capability)
{
    const Capability *c = catalogue.capability(capability);
    return c ? c->layer : Layer::Overhead;
}

} // namespace

bool CatalogueChange::changesRows() const
{
    return !layers.isEmpty() || !movedBricks.isEmpty();
}

QStringList CatalogueChange::touchedCapabilities() const
{
    QStringList out = layers.keys();
    for (const Brick &b : movedBricks)
        out << b.from << b.to;
    for (const Brick &b : removedBricks)
        out << b.from;
    out << removedCapabilities;
    out.removeDuplicates();
    out.sort(); // a stable order for the statements that visit them
    return out;
}

CatalogueChange CatalogueChange::between(const Catalogue &before, const Catalogue &after)
{
    // Both must be reindexed: capability() and brick() look ids up.
    CatalogueChange change;
    QSet<QString> ids;
    for (const Capability &c : before.capabilities)
        ids.insert(c.id);
    for (const Capability &c : after.capabilities)
        ids.insert(c.id);
    for (const QString &id : std::as_const(ids)) {
        const Layer now = effectiveLayer(after, id);
        if (effectiveLayer(before, id) != now)
            change.layers.insert(id, now);
        if (before.capability(id) && !after.capability(id))
            change.removedCapabilities.append(id);
    }
    change.removedCapabilities.sort();
    for (const CatalogueBrick &b : before.bricks) {
        const CatalogueBrick *now = after.brick(b.id);
        if (!now)
            change.removedBricks.append({b.id, b.capability, QString()});
        else if (now->capability != b.capability)
            change.movedBricks.append({b.id, b.capability, now->capability});
    }
    return change;
}

} // namespace livedna
