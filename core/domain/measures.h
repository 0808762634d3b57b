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

// Spec 1.1 "Known and unknown": a sum over figures some of which are unknown. The unknown
// ones are counted, never added as 0, so a view can say "£4.2m + 3 unknown".
struct KnownSum
{
    double known = 0.0; // sum of the known figures
    int knownCount = 0; // how many figures were known
    int unknown = 0;    // how many were not published

    void add(const std::optional<double> &figure);
    KnownSum &operator+=(const KnownSum &other);
    // The sum when at least one figure was known; a sum over nothing known is unknown.
    std::optional<double> value() const { return knownCount > 0 ? std::optional<double>(known) : std::nullopt; }
};

// Spec 1.1 "Reported split": reported frontline (overhead) spend = sum of reported_cost_gbp of
// the services whose layer is frontline (overhead); a reported cost on a service with no
// layer is unclassified. Shown beside the mapped CostSplit, never mixed with it.
struct ReportedSplit
{
    double frontline = 0.0;
    double overhead = 0.0;
    double unclassified = 0.0;
    int unknown = 0; // services with no reported cost
    // How many services each sum is over: a part no service contributes to is unknown
    // (null in JSON), not £0.
    int frontlineServices = 0;
    int overheadServices = 0;
    int unclassifiedServices = 0;

    std::optional<double> frontlineGbp() const;
    std::optional<double> overheadGbp() const;
    std::optional<double> unclassifiedGbp() const;
    // Everything reported, with the count of services that report nothing.
    KnownSum total() const;
    ReportedSplit &operator+=(const ReportedSplit &other);
};

ReportedSplit reportedSplit(const Service &service);
ReportedSplit reportedSplit(const Organisation &org);

// Mapping coverage = service cost / reported cost, defined only for reported cost > 0.
std::optional<double> mappingCoverage(const CostSplit &split);

} // namespace livedna
