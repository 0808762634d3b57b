#include "core/mapping/mappingcoverage.h"

#include "core/cache/cache.h"
#include "core/models/format.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace livedna {

ServiceCoverage ServiceCoverage::of(const QString &id, const QString &name, const std::optional<Layer> &layer,
                                    const CostSplit &cost)
{
    ServiceCoverage s;
    s.id = id;
    s.name = name;
    s.layer = layer;
    s.reportedGbp = cost.reported;
    s.mappedGbp = cost.total;
    s.mappedFrontlineGbp = cost.frontline;
    s.mappedOverheadGbp = cost.overhead;
    s.bricks = cost.bricks;
    if (cost.reported && *cost.reported > 0.0) {
        const double r = *cost.reported;
        s.countedGbp = std::clamp(cost.total, 0.0, r);
        s.unmappedGbp = r - s.countedGbp;
        s.overAllocatedGbp = std::max(0.0, cost.total - r);
        s.share = s.countedGbp / r;
    }
    return s;
}

void CoverageFigures::add(const ServiceCoverage &s)
{
    ++services;
    mappedTotalGbp += s.mappedGbp;
    if (s.reportedGbp)
        ++reportedServices;
    if (!s.share) {
        mappedOutsideGbp += s.mappedGbp;
        return;
    }
    ++baseServices;
    reportedGbp += *s.reportedGbp;
    countedGbp += s.countedGbp;
    unmappedGbp += s.unmappedGbp;
    overAllocatedGbp += s.overAllocatedGbp;
}

CoverageFigures &CoverageFigures::operator+=(const CoverageFigures &o)
{
    services += o.services;
    reportedServices += o.reportedServices;
    baseServices += o.baseServices;
    reportedGbp += o.reportedGbp;
    countedGbp += o.countedGbp;
    unmappedGbp += o.unmappedGbp;
    overAllocatedGbp += o.overAllocatedGbp;
    mappedTotalGbp += o.mappedTotalGbp;
    mappedOutsideGbp += o.mappedOutsideGbp;
    return *this;
}

std::optional<double> CoverageFigures::share() const
{
    return reportedGbp > 0.0 ? std::optional<double>(countedGbp / reportedGbp) : std::nullopt;
}

static QJsonValue optJson(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject CoverageFigures::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("mapped_share"), optJson(share()));
    o.insert(QStringLiteral("reported_gbp"), baseServices > 0 ? QJsonValue(reportedGbp) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("mapped_gbp"), countedGbp);
    o.insert(QStringLiteral("unmapped_gbp"), baseServices > 0 ? QJsonValue(unmappedGbp) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("over_allocated_gbp"), overAllocatedGbp);
    o.insert(QStringLiteral("mapped_total_gbp"), mappedTotalGbp);
    o.insert(QStringLiteral("mapped_outside_gbp"), mappedOutsideGbp);
    o.insert(QStringLiteral("services"), services);
    o.insert(QStringLiteral("reported_services"), reportedServices);
    o.insert(QStringLiteral("base_services"), baseServices);
    return o;
}

QString coverageLayerKey(const std::optional<Layer> &layer)
{
    return layer ? layerToString(*layer) : QStringLiteral("unclassified");
}

static void addService(OrgCoverage &o, const ServiceCoverage &s)
{
    o.services.append(s);
    o.total.add(s);
    o.byLayer[coverageLayerKey(s.layer)].add(s);
}

OrgCoverage OrgCoverage::of(const Organisation &org, const Catalogue &catalogue)
{
    OrgCoverage o;
    o.code = org.code;
    o.name = org.name;
    o.kind = org.kind;
    o.period = org.period;
    for (const Service &s : org.services)
        addService(o, ServiceCoverage::of(s.id, s.name, s.layer, measureService(s, catalogue)));
    return o;
}

OrgCoverage OrgCoverage::of(const OrgSummary &org, const QList<ServiceSummary> &services)
{
    OrgCoverage o;
    o.code = org.code;
    o.name = org.name;
    o.kind = org.kind;
    o.period = org.period;
    for (const ServiceSummary &s : services)
        addService(o, ServiceCoverage::of(s.id, s.name, s.layer, s.cost));
    return o;
}

static QJsonObject layersJson(const QMap<QString, CoverageFigures> &byLayer)
{
    QJsonObject o;
    for (auto it = byLayer.cbegin(); it != byLayer.cend(); ++it)
        o.insert(it.key(), it->toJson());
    return o;
}

QJsonObject OrgCoverage::toJson(bool withServices) const
{
    QJsonObject o = total.toJson();
    o.insert(QStringLiteral("code"), code);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("kind"), orgKindToString(kind));
    o.insert(QStringLiteral("period"), period);
    o.insert(QStringLiteral("by_layer"), layersJson(byLayer));
    if (!withServices)
        return o;
    QJsonArray list;
    for (const ServiceCoverage &s : services) {
        QJsonObject so;
        so.insert(QStringLiteral("id"), s.id);
        so.insert(QStringLiteral("name"), s.name);
        so.insert(QStringLiteral("layer"), coverageLayerKey(s.layer));
        so.insert(QStringLiteral("reported_gbp"), optJson(s.reportedGbp));
        so.insert(QStringLiteral("mapped_gbp"), s.mappedGbp);
        so.insert(QStringLiteral("mapped_frontline_gbp"), s.mappedFrontlineGbp);
        so.insert(QStringLiteral("mapped_overhead_gbp"), s.mappedOverheadGbp);
        so.insert(QStringLiteral("bricks"), s.bricks);
        so.insert(QStringLiteral("unmapped_gbp"), s.share ? QJsonValue(s.unmappedGbp) : QJsonValue(QJsonValue::Null));
        so.insert(QStringLiteral("over_allocated_gbp"), s.overAllocatedGbp);
        so.insert(QStringLiteral("mapped_share"), optJson(s.share));
        list.append(so);
    }
    o.insert(QStringLiteral("services"), list);
    return o;
}

void NationalCoverage::add(const OrgCoverage &org)
{
    orgs.append(org);
    total += org.total;
    for (auto it = org.byLayer.cbegin(); it != org.byLayer.cend(); ++it)
        byLayer[it.key()] += *it;
    for (const ServiceCoverage &s : org.services) {
        byService[s.id].add(s);
        if (!serviceNames.contains(s.id))
            serviceNames.insert(s.id, s.name);
    }
}

NationalCoverage NationalCoverage::fromCache(const Cache &cache, const QString &commonsId, const QString &code)
{
    NationalCoverage n;
    for (const OrgSummary &o : cache.organisations(commonsId)) {
        if (!code.isEmpty() && o.code != code)
            continue;
        n.add(OrgCoverage::of(o, cache.services(o.code, commonsId, o.period)));
    }
    return n;
}

QJsonObject NationalCoverage::toJson() const
{
    QJsonObject o = total.toJson();
    o.insert(QStringLiteral("by_layer"), layersJson(byLayer));
    QJsonArray services;
    for (auto it = byService.cbegin(); it != byService.cend(); ++it) {
        QJsonObject so = it->toJson();
        so.insert(QStringLiteral("id"), it.key());
        so.insert(QStringLiteral("name"), serviceNames.value(it.key()));
        services.append(so);
    }
    o.insert(QStringLiteral("by_service"), services);
    QJsonArray list;
    for (const OrgCoverage &org : orgs)
        list.append(org.toJson());
    o.insert(QStringLiteral("organisations"), list);
    return o;
}

static QString shareText(const CoverageFigures &f)
{
    const std::optional<double> s = f.share();
    return s ? QLocale::c().toString(*s * 100.0, 'f', 1) + QLatin1Char('%') : NationalCoverage::tr("n/a (nothing reported)");
}

static QString gbp(double v)
{
    return Format::gbpPlain(v);
}

static QString figuresLine(const QString &label, const CoverageFigures &f)
{
    if (f.baseServices == 0) {
        QString s = NationalCoverage::tr("%1: nothing reported (%n service(s) with no positive reported spend)", nullptr, f.services)
                        .arg(label);
        if (f.mappedTotalGbp > 0)
            s += NationalCoverage::tr("; %1 mapped outside the share").arg(gbp(f.mappedTotalGbp));
        return s + QLatin1Char('\n');
    }
    QString s = NationalCoverage::tr("%1: %2 mapped of %3 reported (%4 unmapped)")
                    .arg(label, gbp(f.countedGbp), gbp(f.reportedGbp), gbp(f.unmappedGbp));
    s += QStringLiteral(" = ") + shareText(f);
    if (f.overAllocatedGbp > 0)
        s += NationalCoverage::tr("; over-allocated %1 (not counted)").arg(gbp(f.overAllocatedGbp));
    if (f.mappedOutsideGbp > 0)
        s += NationalCoverage::tr("; %1 mapped on services with no positive reported spend").arg(gbp(f.mappedOutsideGbp));
    return s + QLatin1Char('\n');
}

QString NationalCoverage::toText(bool perOrganisation) const
{
    QString s = tr("Mapping coverage: the share of reported spend mapped into bricks (%1 organisations).\n").arg(orgs.size());
    s += figuresLine(tr("All"), total);
    s += tr("By layer of the reported spend:\n");
    for (auto it = byLayer.cbegin(); it != byLayer.cend(); ++it)
        s += QStringLiteral("  ") + figuresLine(it.key(), *it);
    s += tr("By service:\n");
    for (auto it = byService.cbegin(); it != byService.cend(); ++it)
        s += QStringLiteral("  ") + figuresLine(QStringLiteral("%1 (%2)").arg(it.key(), serviceNames.value(it.key())), *it);
    if (!perOrganisation)
        return s;
    s += tr("By organisation:\n");
    for (const OrgCoverage &o : orgs) {
        s += QStringLiteral("  ") + figuresLine(QStringLiteral("%1 %2 %3").arg(o.code, o.name, o.period), o.total);
        for (const ServiceCoverage &svc : o.services) {
            if (svc.share || svc.mappedGbp > 0)
                s += QStringLiteral("    ") + figuresLine(svc.id, [&] { CoverageFigures f; f.add(svc); return f; }());
        }
    }
    return s;
}

} // namespace livedna
