#include "core/analysis/analysisinput.h"

#include "core/domain/measures.h"

namespace livedna {

AnalysisInput AnalysisInput::fromOrganisations(const Catalogue &catalogue,
                                               const QList<Organisation> &organisations)
{
    AnalysisInput in;
    in.catalogue = catalogue;
    in.catalogue.reindex();
    in.reindex();
    for (const Organisation &o : organisations) {
        const int orgIdx = int(in.orgs.size());
        in.orgs.append({o.code, o.name, o.kind, o.population});
        in.m_orgIndex.insert(o.code, orgIdx);
        for (const Service &s : o.services) {
            const int svcIdx = int(in.services.size());
            AnalysisService as;
            as.org = orgIdx;
            as.id = s.id;
            as.name = s.name;
            as.lgsl = s.lgsl;
            as.volume = s.volume;
            as.value = s.value;
            as.cost = measureService(s, in.catalogue).total;
            as.reportedCost = s.reportedCostGbp;
            as.bricks = int(s.bricks.size());
            in.services.append(as);
            for (const BrickInstance &b : s.bricks) {
                AnalysisInstance inst;
                inst.org = orgIdx;
                inst.service = svcIdx;
                inst.capability = in.internCapability(capabilityOf(b, in.catalogue));
                inst.bid = b.id;
                inst.uses = b.uses;
                inst.cost = b.annualCostGbp;
                inst.fte = b.fte;
                inst.layer = layerOf(b, in.catalogue);
                in.instances.push_back(std::move(inst));
                in.instanceNames.push_back(b.name);
            }
        }
    }
    return in;
}

int AnalysisInput::internCapability(const QString &id)
{
    const auto it = m_capabilityIndex.constFind(id);
    if (it != m_capabilityIndex.cend())
        return *it;
    const int idx = int(capabilityIds.size());
    capabilityIds.append(id);
    m_capabilityIndex.insert(id, idx);
    return idx;
}

int AnalysisInput::capabilityIndex(const QString &id) const
{
    return m_capabilityIndex.value(id, -1);
}

int AnalysisInput::orgIndex(const QString &code) const
{
    return m_orgIndex.value(code, -1);
}

QString AnalysisInput::capabilityName(int capability) const
{
    if (capability < 0 || capability >= capabilityIds.size())
        return QString();
    const QString &id = capabilityIds.at(capability);
    if (const Capability *c = catalogue.capability(id))
        return c->name.isEmpty() ? id : c->name;
    return id;
}

void AnalysisInput::reindex()
{
    // Keep the ids already interned (instances refer to them by index) and make sure every
    // catalogue capability has one, in catalogue order for a fresh table.
    QStringList ids = capabilityIds;
    capabilityIds.clear();
    m_capabilityIndex.clear();
    if (ids.isEmpty()) {
        for (const Capability &c : catalogue.capabilities)
            internCapability(c.id);
    } else {
        for (const QString &id : ids)
            internCapability(id);
        for (const Capability &c : catalogue.capabilities)
            internCapability(c.id);
    }
    m_orgIndex.clear();
    for (int i = 0; i < orgs.size(); ++i)
        m_orgIndex.insert(orgs.at(i).code, i);
}

} // namespace livedna
