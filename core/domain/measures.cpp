#include "core/domain/measures.h"

namespace livedna {

CostSplit &CostSplit::operator+=(const CostSplit &other)
{
    total += other.total;
    frontline += other.frontline;
    overhead += other.overhead;
    if (other.reported)
        reported = reported.value_or(0.0) + *other.reported;
    bricks += other.bricks;
    bespoke += other.bespoke;
    return *this;
}

QString capabilityOf(const BrickInstance &brick, const Catalogue &catalogue)
{
    if (brick.isStandard()) {
        if (const CatalogueBrick *b = catalogue.brick(brick.uses))
            return b->capability;
    }
    return brick.capability;
}

Layer layerOf(const BrickInstance &brick, const Catalogue &catalogue)
{
    if (const Capability *c = catalogue.capability(capabilityOf(brick, catalogue)))
        return c->layer;
    return Layer::Overhead;
}

CostSplit measureService(const Service &service, const Catalogue &catalogue)
{
    CostSplit split;
    for (const BrickInstance &b : service.bricks) {
        split.total += b.annualCostGbp;
        if (layerOf(b, catalogue) == Layer::Frontline)
            split.frontline += b.annualCostGbp;
        else
            split.overhead += b.annualCostGbp;
        ++split.bricks;
        if (!b.isStandard())
            ++split.bespoke;
    }
    split.reported = service.reportedCostGbp;
    return split;
}

CostSplit measureOrganisation(const Organisation &org, const Catalogue &catalogue)
{
    CostSplit split;
    for (const Service &s : org.services)
        split += measureService(s, catalogue);
    return split;
}

std::optional<double> mappingCoverage(const CostSplit &split)
{
    if (!split.reported || *split.reported <= 0.0)
        return std::nullopt;
    return split.total / *split.reported;
}

} // namespace livedna
