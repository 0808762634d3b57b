#pragma once

#include "core/domain/measures.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace livedna {

// What a proposal changes, from the spec's measures (measureService) of the baseline and
// the proposed composition. Without a baseline (a new service) "before" is all zero.
struct Effect
{
    CostSplit before;
    CostSplit after;
    double frontlineFteBefore = 0.0;
    double frontlineFteAfter = 0.0;
    double overheadFteBefore = 0.0;
    double overheadFteAfter = 0.0;
    // Overhead FTE the proposal frees, up to the frontline FTE it adds: staff time that
    // moves from back office to people-centred work.
    double fteMovedToFrontline = 0.0;
    int bespokeRemoved = 0;       // bespoke bricks before minus after, never negative
    // The money, in three parts that are never netted into one another (issue 10): a cut to
    // the frontline is never shown as a saving.
    //   annualSaving        = before.overhead - after.overhead: money saved on overhead
    //                         (digital and back-office) capabilities; negative when the
    //                         proposal spends more on them
    //   movedToFrontlineGbp = the rise of frontline spend, if any
    //   frontlineCutGbp     = the fall of frontline spend, if any: a cut, not a saving
    //   frontlineFteCut     = the fall of frontline FTE, if any
    double annualSaving = 0.0;
    double movedToFrontlineGbp = 0.0;
    double frontlineCutGbp = 0.0;
    double frontlineFteCut = 0.0;

    // before.total - after.total: the budget change, cut included; labelled as such, never
    // as "saving".
    double netChangeGbp() const { return before.total - after.total; }
    bool cutsFrontline() const { return frontlineCutGbp > 0.0 || frontlineFteCut > 0.0; }
    // Public Value Index, 0..100, as the analysis defines it (PublicValue, docs/analysis.md),
    // with the default weights, where the service states value inputs. The proposal is
    // scored as if it replaced its baseline among the same peers.
    std::optional<double> pviBefore;
    std::optional<double> pviAfter;

    std::optional<double> pviChange() const;
};

// PublicValue::serviceIndex of one service with its measured cost. `otherPeerCosts`: cost
// per transaction of the other services in its peer group (same LGSL id, else name) where
// the caller knows them; without them economy is neutral (E = 0.5) and only the value
// inputs move the index.
std::optional<double> publicValueIndex(const Service &service, const Catalogue &catalogue,
                                       const QList<double> &otherPeerCosts = {});
Effect computeEffect(const Service *baseline, const Service &proposed, const Catalogue &catalogue,
                     const QList<double> &otherPeerCosts = {});
QJsonObject effectToJson(const Effect &effect);

// The sentence a proposal that cuts the frontline opens with (PDF first page, GUI, CLI);
// empty when it does not cut it.
QString frontlineCutWarning(const Effect &effect);

} // namespace livedna
