#pragma once

#include "core/analysis/analysisinput.h"
#include "core/analysis/duplication.h"
#include "core/analysis/nationalrollup.h"
#include "core/domain/catalogue.h"
#include "core/domain/organisation.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace livedna {

// The per-organisation, per-capability summary the cache keeps beside the rows (written in
// the sync's transaction, docs/analysis.md "How the analysis stays fast"): what the
// duplication index, the estimated saving, the scenario and the national roll-up need,
// without the million brick instances they are summed from.
//   figures:  one OrgCapabilityFigure per (organisation, capability) with an instance, its
//             tally fields only (counts, standard and bespoke spend, units, FTE, layer);
//   coverage: one RollupCoverage per organisation (services, reported and mapped spend).
// Every figure equals, bit for bit, what computeDuplication() sums from the instances:
// both come from FigureTallier fed in document order.
struct AnalysisSummary
{
    AnalysisInput input; // organisations, catalogue and capability ids; no services or instances
    std::vector<OrgCapabilityFigure> figures;
    std::vector<RollupCoverage> coverage;

    qint64 instanceCount() const;
    // The same summary computed from a whole AnalysisInput (tests and benchmarks compare).
    static AnalysisSummary fromInput(const AnalysisInput &input);
};
using AnalysisSummaryPtr = std::shared_ptr<const AnalysisSummary>;

// One organisation's summary as the cache stores it: capabilities by id, figures in first
// appearance order (FigureTallier::take() with one organisation).
struct OrgAnalysisSummary
{
    QStringList capabilities; // OrgCapabilityFigure::capability indexes this list
    std::vector<OrgCapabilityFigure> figures;
    RollupCoverage coverage;
};
// From a parsed organisation, with capabilityOf()/layerOf() against `catalogue` (reindexed).
OrgAnalysisSummary summariseOrganisation(const Organisation &org, const Catalogue &catalogue);

// Builds an OrgAnalysisSummary from instance rows fed in document order (the cache's
// rebuild after a catalogue change or a migration reads them back from SQLite).
class OrgSummaryBuilder
{
public:
    // Every service, in order, even one with no instance (it still counts for coverage).
    void beginService(qint64 service, const std::optional<double> &volume, const std::optional<double> &reportedGbp);
    void addInstance(const QString &capability, Layer layer, bool standard, double cost,
                     const std::optional<double> &fte);
    OrgAnalysisSummary finish();

private:
    void endService();

    OrgAnalysisSummary m_out;
    FigureTallier m_tally;
    bool m_inService = false;
    qint64 m_service = -1;
    std::optional<double> m_volume;
    std::optional<double> m_reported;
    double m_serviceMapped = 0.0;
};

} // namespace livedna
