#include "core/domain/catalogue.h"

#include <algorithm>

namespace livedna {

QString layerToString(Layer layer)
{
    return layer == Layer::Frontline ? QStringLiteral("frontline") : QStringLiteral("overhead");
}

bool layerFromString(const QString &text, Layer *layer)
{
    if (text == QLatin1String("frontline")) {
        *layer = Layer::Frontline;
        return true;
    }
    if (text == QLatin1String("overhead")) {
        *layer = Layer::Overhead;
        return true;
    }
    return false;
}

QString workToString(Work work)
{
    return work == Work::People ? QStringLiteral("people") : QStringLiteral("digital");
}

bool workFromString(const QString &text, Work *work)
{
    if (text == QLatin1String("digital"))
        *work = Work::Digital;
    else if (text == QLatin1String("people"))
        *work = Work::People;
    else
        return false;
    return true;
}

QString pricingUnitToString(PricingUnit unit)
{
    switch (unit) {
    case PricingUnit::Resident:
        break;
    case PricingUnit::Transaction:
        return QStringLiteral("transaction");
    case PricingUnit::User:
        return QStringLiteral("user");
    }
    return QStringLiteral("resident");
}

bool pricingUnitFromString(const QString &text, PricingUnit *unit)
{
    if (text == QLatin1String("resident"))
        *unit = PricingUnit::Resident;
    else if (text == QLatin1String("transaction"))
        *unit = PricingUnit::Transaction;
    else if (text == QLatin1String("user"))
        *unit = PricingUnit::User;
    else
        return false;
    return true;
}

void Catalogue::reindex()
{
    m_capabilityIndex.clear();
    m_brickIndex.clear();
    m_productIndex.clear();
    for (int i = 0; i < products.size(); ++i)
        m_productIndex.insert(products.at(i).id, i);
    for (int i = 0; i < capabilities.size(); ++i)
        m_capabilityIndex.insert(capabilities.at(i).id, i);
    for (int i = 0; i < bricks.size(); ++i)
        m_brickIndex.insert(bricks.at(i).id, i);
}

const Capability *Catalogue::capability(const QString &id) const
{
    const auto it = m_capabilityIndex.constFind(id);
    return it == m_capabilityIndex.cend() ? nullptr : &capabilities.at(*it);
}

const CatalogueBrick *Catalogue::brick(const QString &id) const
{
    const auto it = m_brickIndex.constFind(id);
    return it == m_brickIndex.cend() ? nullptr : &bricks.at(*it);
}

const Product *Catalogue::product(const QString &id) const
{
    const auto it = m_productIndex.constFind(id);
    return it == m_productIndex.cend() ? nullptr : &products.at(*it);
}

QList<const CatalogueBrick *> Catalogue::bricksOf(const QString &capabilityId) const
{
    QList<const CatalogueBrick *> result;
    for (const CatalogueBrick &b : bricks) {
        if (b.capability == capabilityId)
            result.append(&b);
    }
    std::sort(result.begin(), result.end(), [](const CatalogueBrick *a, const CatalogueBrick *b) {
        if (a->standardAnnualCostGbp != b->standardAnnualCostGbp)
            return a->standardAnnualCostGbp < b->standardAnnualCostGbp;
        return a->id < b->id;
    });
    return result;
}

const CatalogueBrick *Catalogue::cheapestBrick(const QString &capabilityId) const
{
    const auto list = bricksOf(capabilityId);
    return list.isEmpty() ? nullptr : list.first();
}

} // namespace livedna
