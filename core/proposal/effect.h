#pragma once

#include "core/domain/measures.h"

#include <QCoreApplication>
#include <QJsonObject>

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
    double annualSaving = 0.0;    // before.total - after.total (negative when it costs more)
    // Public Value Index: the mean of a service's value inputs (each in [0, 1]), where the
    // service states any.
    std::optional<double> pviBefore;
    std::optional<double> pviAfter;

    std::optional<double> pviChange() const;
};

std::optional<double> publicValueIndex(const Service &service);
Effect computeEffect(const Service *baseline, const Service &proposed, const Catalogue &catalogue);
QJsonObject effectToJson(const Effect &effect);

} // namespace livedna
