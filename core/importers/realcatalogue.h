#pragma once

#include "core/domain/catalogue.h"
#include "core/util/problem.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace livedna {

// The real commons' catalogue: the capabilities the real importers put bricks and systems
// on (shared decision 4) and the market products the published data names, from two
// editable tables (resources/real/capabilities.csv and products.csv, compiled in as
// :/real/). It prices nothing: no standard brick has a published price yet, so `bricks` is
// empty and the duplication report says the commons lacks each brick.
class RealCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(RealCatalogue)

public:
    static Result<RealCatalogue> load(const QString &capabilitiesCsv = QStringLiteral(":/real/capabilities.csv"),
                                      const QString &productsCsv = QStringLiteral(":/real/products.csv"));
    // The compiled-in tables, loaded once. Empty (and logged) if they are broken, which a
    // test guards against.
    static const RealCatalogue &builtIn();

    const Catalogue &catalogue() const { return m_catalogue; }
    // The product id a source publishes as `published` for `capability` ("spydus",
    // "Oracle Cerner Corporation"), matched case-insensitively; empty when the table has none.
    QString productFor(const QString &capability, const QString &published) const;

private:
    Catalogue m_catalogue;
    QHash<QString, QString> m_products; // "capability\npublished (lower case)" -> product id
};

} // namespace livedna
