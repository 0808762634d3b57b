#include "core/analysis/analysissummary.h"

#include "core/domain/measures.h"

namespace livedna {

qint64 AnalysisSummary::instanceCount() const
{
    qint64 n = 0;
    for (const OrgCapabilityFigure &f : figures)
        n += f.standardInstances + f.bespokeInstances;
    return n;
}

AnalysisSummary AnalysisSummary::fromInput(const AnalysisInput &in)
{
    AnalysisSummary s;
    s.input.catalogue = in.catalogue;
    s.input.orgs = in.orgs;
    s.input.capabilityIds = in.capabilityIds;
    s.input.reindex();
    FigureTallier tally;
    const int capCount = int(in.capabilityIds.size());
    for (const AnalysisInstance &inst : in.instances) {
        if (inst.capability < 0 || inst.capability >= capCount)
            continue;
        const std::optional<double> volume =
            inst.service >= 0 && inst.service < in.services.size() ? in.services.at(inst.service).volume
                                                                   : std::optional<double>();
        tally.add(inst.org, inst.capability, inst.layer, inst.isStandard(), inst.cost, inst.fte, inst.service, volume);
    }
    s.figures = tally.take();
    s.coverage = coverageOf(in);
    return s;
}

void OrgSummaryBuilder::beginService(qint64 service, const std::optional<double> &volume,
                                     const std::optional<double> &reportedGbp)
{
    endService();
    m_inService = true;
    m_service = service;
    m_volume = volume;
    m_reported = reportedGbp;
    m_serviceMapped = 0.0;
}

void OrgSummaryBuilder::addInstance(const QString &capability, Layer layer, bool standard, double cost,
                                    const std::optional<double> &fte)
{
    // An organisation has a few dozen capabilities at most and a million instances are fed
    // at national scale: comparing with the ones seen costs less than hashing every id.
    int index = -1;
    for (int i = 0; i < int(m_out.capabilities.size()); ++i) {
        if (m_out.capabilities.at(i) == capability) {
            index = i;
            break;
        }
    }
    if (index < 0) {
        index = int(m_out.capabilities.size());
        m_out.capabilities.append(capability);
    }
    m_tally.add(0, index, layer, standard, cost, fte, m_service, m_volume);
    m_out.coverage.mappedGbp += cost;
    ++m_out.coverage.instances;
    m_serviceMapped += cost;
}

void OrgSummaryBuilder::endService()
{
    if (m_inService)
        m_out.coverage.addService(m_reported, m_serviceMapped);
    m_inService = false;
}

OrgAnalysisSummary OrgSummaryBuilder::finish()
{
    endService();
    m_out.figures = m_tally.take();
    OrgAnalysisSummary out = std::move(m_out);
    m_out = OrgAnalysisSummary();
    return out;
}

OrgAnalysisSummary summariseOrganisation(const Organisation &org, const Catalogue &catalogue)
{
    OrgSummaryBuilder b;
    for (int s = 0; s < org.services.size(); ++s) {
        const Service &svc = org.services.at(s);
        b.beginService(s, svc.volume, svc.reportedCostGbp);
        for (const BrickInstance &bi : svc.bricks)
            b.addInstance(capabilityOf(bi, catalogue), layerOf(bi, catalogue), bi.isStandard(), bi.annualCostGbp, bi.fte);
    }
    return b.finish();
}

} // namespace livedna
