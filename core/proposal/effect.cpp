#include "core/proposal/effect.h"

#include "core/analysis/publicvalue.h"
#include "core/models/format.h"
#include "core/proposal/proposalundo.h"

#include <QLocale>

#include <algorithm>

namespace livedna {

std::optional<double> Effect::pviChange() const
{
    if (!pviBefore || !pviAfter)
        return std::nullopt;
    return *pviAfter - *pviBefore;
}

std::optional<double> publicValueIndex(const Service &service, const Catalogue &catalogue,
                                       const QList<double> &otherPeerCosts)
{
    return PublicValue::serviceIndex(service.value, measureService(service, catalogue).total, service.volume,
                                     otherPeerCosts);
}

static void fteSplit(const Service &s, const Catalogue &cat, double *frontline, double *overhead)
{
    for (const BrickInstance &b : s.bricks) {
        if (!b.fte)
            continue;
        if (layerOf(b, cat) == Layer::Frontline)
            *frontline += *b.fte;
        else
            *overhead += *b.fte;
    }
}

Effect computeEffect(const Service *baseline, const Service &proposed, const Catalogue &catalogue,
                     const QList<double> &otherPeerCosts)
{
    Effect e;
    if (baseline) {
        e.before = measureService(*baseline, catalogue);
        fteSplit(*baseline, catalogue, &e.frontlineFteBefore, &e.overheadFteBefore);
        e.pviBefore = publicValueIndex(*baseline, catalogue, otherPeerCosts);
    }
    e.after = measureService(proposed, catalogue);
    fteSplit(proposed, catalogue, &e.frontlineFteAfter, &e.overheadFteAfter);
    e.pviAfter = publicValueIndex(proposed, catalogue, otherPeerCosts);
    const double freed = std::max(0.0, e.overheadFteBefore - e.overheadFteAfter);
    const double added = std::max(0.0, e.frontlineFteAfter - e.frontlineFteBefore);
    e.fteMovedToFrontline = std::min(freed, added);
    e.bespokeRemoved = std::max(0, e.before.bespoke - e.after.bespoke);
    e.annualSaving = e.before.overhead - e.after.overhead;
    const double frontlineChange = e.after.frontline - e.before.frontline;
    e.movedToFrontlineGbp = std::max(0.0, frontlineChange);
    // Only a proposal for an existing service can cut it; a new one has nothing to cut.
    if (baseline) {
        e.frontlineCutGbp = std::max(0.0, -frontlineChange);
        e.frontlineFteCut = std::max(0.0, e.frontlineFteBefore - e.frontlineFteAfter);
    }
    return e;
}

QString frontlineCutWarning(const Effect &e)
{
    if (!e.cutsFrontline())
        return QString();
    QStringList parts;
    if (e.frontlineCutGbp > 0.0)
        parts << QCoreApplication::translate("Effect", "%1 a year of frontline spend")
                     .arg(Format::gbp(e.frontlineCutGbp));
    if (e.frontlineFteCut > 0.0)
        parts << QCoreApplication::translate("Effect", "%1 frontline FTE").arg(QLocale().toString(e.frontlineFteCut, 'g', 4));
    return QCoreApplication::translate("Effect", "Frontline cut: this proposal removes %1. This is a cut to the "
                                                 "frontline, not a saving.")
        .arg(parts.join(QCoreApplication::translate("Effect", " and ")));
}

static QJsonObject splitToJson(const CostSplit &s, double frontlineFte, double overheadFte)
{
    return {{QStringLiteral("total_gbp"), s.total},
            {QStringLiteral("frontline_gbp"), s.frontline},
            {QStringLiteral("overhead_gbp"), s.overhead},
            {QStringLiteral("bricks"), s.bricks},
            {QStringLiteral("bespoke_bricks"), s.bespoke},
            {QStringLiteral("frontline_fte"), frontlineFte},
            {QStringLiteral("overhead_fte"), overheadFte}};
}

QJsonObject effectToJson(const Effect &e)
{
    QJsonObject o{{QStringLiteral("before"), splitToJson(e.before, e.frontlineFteBefore, e.overheadFteBefore)},
                  {QStringLiteral("after"), splitToJson(e.after, e.frontlineFteAfter, e.overheadFteAfter)},
                  {QStringLiteral("annual_saving_gbp"), e.annualSaving},
                  {QStringLiteral("moved_to_frontline_gbp"), e.movedToFrontlineGbp},
                  {QStringLiteral("frontline_cut_gbp"), e.frontlineCutGbp},
                  {QStringLiteral("frontline_fte_cut"), e.frontlineFteCut},
                  {QStringLiteral("cuts_frontline"), e.cutsFrontline()},
                  {QStringLiteral("net_change_gbp"), e.netChangeGbp()},
                  {QStringLiteral("fte_moved_to_frontline"), e.fteMovedToFrontline},
                  {QStringLiteral("bespoke_bricks_removed"), e.bespokeRemoved}};
    if (e.pviBefore)
        o.insert(QStringLiteral("pvi_before"), *e.pviBefore);
    if (e.pviAfter)
        o.insert(QStringLiteral("pvi_after"), *e.pviAfter);
    return o;
}

} // namespace livedna
