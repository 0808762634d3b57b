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

void KnownSum::add(const std::optional<double> &figure)
{
    if (figure) {
        known += *figure;
        ++knownCount;
    } else {
        ++unknown;
    }
}

KnownSum &KnownSum::operator+=(const KnownSum &other)
{
    known += other.known;
    knownCount += other.knownCount;
    unknown += other.unknown;
    return *this;
}

static std::optional<double> sumOver(double sum, int services)
{
    return services > 0 ? std::optional<double>(sum) : std::nullopt;
}

std::optional<double> ReportedSplit::frontlineGbp() const
{
    return sumOver(frontline, frontlineServices);
}

std::optional<double> ReportedSplit::overheadGbp() const
{
    return sumOver(overhead, overheadServices);
}

std::optional<double> ReportedSplit::unclassifiedGbp() const
{
    return sumOver(unclassified, unclassifiedServices);
}

KnownSum ReportedSplit::total() const
{
    KnownSum sum;
    sum.known = frontline + overhead + unclassified;
    sum.knownCount = frontlineServices + overheadServices + unclassifiedServices;
    sum.unknown = unknown;
    return sum;
}

ReportedSplit &ReportedSplit::operator+=(const ReportedSplit &other)
{
    frontline += other.frontline;
    overhead += other.overhead;
    unclassified += other.unclassified;
    unknown += other.unknown;
    frontlineServices += other.frontlineServices;
    overheadServices += other.overheadServices;
    unclassifiedServices += other.unclassifiedServices;
    return *this;
}

ReportedSplit reportedSplit(const Service &service)
{
    ReportedSplit split;
    if (!service.reportedCostGbp) {
        split.unknown = 1;
    } else if (!service.layer) {
        split.unclassified = *service.reportedCostGbp;
        split.unclassifiedServices = 1;
    } else if (*service.layer == Layer::Frontline) {
        split.frontline = *service.reportedCostGbp;
        split.frontlineServices = 1;
    } else {
        split.overhead = *service.reportedCostGbp;
        split.overheadServices = 1;
    }
    return split;
}

ReportedSplit reportedSplit(const Organisation &org)
{
    ReportedSplit split;
    for (const Service &s : org.services)
        split += reportedSplit(s);
    return split;
}

std::optional<double> mappingCoverage(const CostSplit &split)
{
    if (!split.reported || *split.reported <= 0.0)
        return std::nullopt;
    return split.total / *split.reported;
}

} // namespace livedna
