#include "core/proposal/baseline.h"

#include "core/cache/cache.h"

namespace livedna {

static QString documentSha(const Cache &cache, const QString &commonsId, const QString &org)
{
    const QHash<QString, QString> hashes = cache.documentHashes(commonsId);
    const QString expected = QStringLiteral("orgs/%1.json").arg(org);
    if (hashes.contains(expected))
        return hashes.value(expected);
    // Publishers may lay out their folders differently; the file name carries the code.
    const QString tail = QStringLiteral("/%1.json").arg(org);
    for (auto it = hashes.begin(); it != hashes.end(); ++it) {
        if (it.key().endsWith(tail) || it.key() == org + QStringLiteral(".json"))
            return it.value();
    }
    // Commons 1.1: several periods at orgs/<code>/<period>.json; the cache's default service
    // is the latest period's, whose path sorts last.
    const QString folder = QStringLiteral("orgs/%1/").arg(org);
    QString latest;
    for (auto it = hashes.begin(); it != hashes.end(); ++it) {
        if (it.key().startsWith(folder) && it.key() > latest)
            latest = it.key();
    }
    return latest.isEmpty() ? QString() : hashes.value(latest);
}

QString Baselines::reportedCapability(Layer layer)
{
    return layer == Layer::Frontline ? QStringLiteral("reported-frontline") : QStringLiteral("reported-overhead");
}

namespace {

void addReportedCapability(Catalogue *catalogue, Layer layer)
{
    const QString id = Baselines::reportedCapability(layer);
    if (catalogue->capability(id))
        return;
    Capability c;
    c.id = id;
    c.name = layer == Layer::Frontline ? Baselines::tr("Reported frontline spend, not yet mapped into bricks")
                                       : Baselines::tr("Reported overhead spend, not yet mapped into bricks");
    c.layer = layer;
    catalogue->capabilities.append(c);
    catalogue->reindex();
}

BrickInstance reportedLine(const QString &id, const QString &name, double gbp, Layer layer, const QString &source)
{
    BrickInstance b;
    b.id = id;
    b.name = name;
    b.capability = Baselines::reportedCapability(layer);
    b.annualCostGbp = gbp;
    b.basis = Basis::Published;
    b.source = source;
    return b;
}

} // namespace

std::optional<Service> Baselines::reportedComposition(const Service &published, Catalogue *catalogue)
{
    if (!published.bricks.isEmpty() || !published.reported || !published.layer)
        return std::nullopt;
    const Reported &r = *published.reported;
    const Layer layer = *published.layer;
    Service s = published;
    // A negative or unpublished line is no cost a brick can carry; it stays in `reported`.
    if (r.employeesGbp && *r.employeesGbp > 0)
        s.bricks.append(reportedLine(QStringLiteral("employees"), tr("Employees (reported)"), *r.employeesGbp, layer, r.source));
    if (r.runningGbp && *r.runningGbp > 0)
        s.bricks.append(reportedLine(QStringLiteral("running-costs"), tr("Running costs (reported)"), *r.runningGbp, layer, r.source));
    if (s.bricks.isEmpty())
        return std::nullopt;
    addReportedCapability(catalogue, layer);
    return s;
}

Result<Proposal> Baselines::startFromService(const Cache &cache, const QString &orgCode,
                                             const QString &serviceId, const QString &commonsId)
{
    const std::optional<CommonsInfo> info = cache.commons(commonsId);
    if (!info)
        return Result<Proposal>::failure(cache.path(), {}, tr("The cache holds no commons; sync one first."));
    const std::optional<Service> service = cache.service(orgCode, serviceId, info->id);
    if (!service) {
        return Result<Proposal>::failure(cache.path(), {}, tr("Organisation %1 publishes no service '%2' in commons %3.")
                                                               .arg(orgCode, serviceId, info->id));
    }
    Proposal p;
    p.title = tr("Redesign of %1").arg(service->name);
    p.created = QDateTime::currentDateTimeUtc();
    p.modified = p.created;
    ProposalBaseline b;
    b.commons = info->id;
    b.commonsVersion = info->version;
    b.org = orgCode;
    if (const auto org = cache.organisationSummary(orgCode, info->id))
        b.orgName = org->name;
    b.serviceId = serviceId;
    b.documentSha256 = documentSha(cache, info->id, orgCode);
    b.service = *service;
    p.catalogue = cache.catalogue(info->id);
    p.catalogue.reindex();
    if (std::optional<Service> reported = reportedComposition(*service, &p.catalogue)) {
        b.service = *reported;
        b.fromReported = true;
    }
    p.baseline = b;
    p.service = b.service;
    if (const std::optional<Organisation> org = cache.organisation(orgCode, info->id))
        p.sources = org->sources;
    return p;
}

Proposal Baselines::startBlank(const Catalogue &catalogue, const QString &title)
{
    Proposal p;
    p.title = title;
    p.created = QDateTime::currentDateTimeUtc();
    p.modified = p.created;
    p.service.id = uniqueBrickId(Service(), title);
    p.service.name = title;
    p.catalogue = catalogue;
    return p;
}

BaselineCheck Baselines::check(const Proposal &proposal, const Cache &cache)
{
    BaselineCheck r;
    if (!proposal.baseline) {
        r.message = tr("A new service: there is no published baseline.");
        return r;
    }
    const ProposalBaseline &b = *proposal.baseline;
    const std::optional<CommonsInfo> info = cache.commons(b.commons);
    if (!info) {
        r.state = BaselineCheck::CommonsMissing;
        r.message = tr("The cache does not hold commons %1, so the baseline cannot be checked.").arg(b.commons);
        return r;
    }
    r.currentVersion = info->version;
    r.currentSha256 = documentSha(cache, b.commons, b.org);
    std::optional<Service> now = cache.service(b.org, b.serviceId, b.commons);
    if (now && b.fromReported) {
        Catalogue scratch = proposal.catalogue;
        scratch.reindex();
        if (std::optional<Service> reported = reportedComposition(*now, &scratch)) {
            // The lines' names are translated: the language the draft started in is no change.
            for (BrickInstance &line : reported->bricks)
                for (const BrickInstance &was : b.service.bricks)
                    if (was.id == line.id)
                        line.name = was.name;
            now = reported;
        }
    }
    if (!now) {
        r.state = BaselineCheck::Withdrawn;
        r.message = tr("%1 no longer publishes service '%2' (commons version %3).").arg(b.org, b.serviceId).arg(info->version);
        return r;
    }
    r.changes = Compare::services(b.service, *now);
    if (r.changes.isEmpty()) {
        r.state = BaselineCheck::Current;
        r.message = tr("The baseline is up to date (commons version %1).").arg(info->version);
    } else {
        r.state = BaselineCheck::Changed;
        r.message = tr("The published service changed since this draft started (version %1 → %2): %n change(s).",
                       nullptr, int(r.changes.bricks.size() + r.changes.flows.size() + (r.changes.serviceFields.isEmpty() ? 0 : 1)))
                        .arg(b.commonsVersion).arg(info->version);
    }
    return r;
}

} // namespace livedna
