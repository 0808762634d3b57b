#pragma once

#include "core/domain/catalogue.h"
#include "core/domain/organisation.h"

#include <optional>

namespace livedna {

// The spec's "measures every view and report computes the same way". Every view, the CLI
// and the exporters call these; nothing recomputes them its own way.
struct CostSplit
{
    double total = 0.0;
    double frontline = 0.0;
    double overhead = 0.0;
    std::optional<double> reported; // sum of reported_cost_gbp where any exist
    int bricks = 0;
    int bespoke = 0;

    CostSplit &operator+=(const CostSplit &other);
};

// Effective capability: the catalogue's for standard instances, the stated one otherwise.
QString capabilityOf(const BrickInstance &brick, const Catalogue &catalogue);
// Layer of the instance's capability; overhead when the capability is unknown.
Layer layerOf(const BrickInstance &brick, const Catalogue &catalogue);

CostSplit measureService(const Service &service, const Catalogue &catalogue);
CostSplit measureOrganisation(const Organisation &org, const Catalogue &catalogue);

// Mapping coverage = service cost / reported cost, defined only for reported cost > 0.
std::optional<double> mappingCoverage(const CostSplit &split);

} // namespace livedna
