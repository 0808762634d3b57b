#pragma once

#include "core/domain/catalogue.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace livedna {

// What a new bricks.json changes for the brick instances already cached (issue 12: a
// catalogue change is applied to the rows that depend on it, not to every instance). An
// instance's effective capability depends only on the catalogue brick it uses (a bespoke
// instance names its own), and its layer only on that capability's entry; names, costs,
// pricing, products and sources change no stored row but the catalogue tables themselves.
struct CatalogueChange
{
    struct Brick
    {
        QString id;
        QString from; // the capability its instances carry in the cache
        QString to;   // the new catalogue's; empty when the brick was removed
    };
    // Capabilities whose effective layer (measures.cpp layerOf: unknown counts as overhead)
    // differs between the two catalogues, with the new one.
    QHash<QString, Layer> layers;
    QList<Brick> movedBricks;   // to another capability
    QList<Brick> removedBricks; // `to` empty
    QStringList removedCapabilities;

    // False when no cached instance, service or summary row can differ.
    bool changesRows() const;
    // The capabilities whose instances a recomputation or a reference check must visit.
    QStringList touchedCapabilities() const;

    static CatalogueChange between(const Catalogue &before, const Catalogue &after);
};

} // namespace livedna
