#pragma once

#include "core/analysis/analysisinput.h"
#include "core/analysis/duplication.h"
#include "core/analysis/nationalrollup.h"
#include "core/analysis/publicvalue.h"
#include "core/analysis/scenario.h"
#include "core/analysis/similarity.h"

#include <QJsonArray>
#include <QJsonObject>

namespace livedna {

// The JSON shapes of the analysis, shared by `livedna-cli ... --json` and exporters.
// Money is in GBP; a figure that does not exist (no commons brick, no PVI inputs) is null,
// never 0. docs/analysis.md lists every field.
namespace analysisjson {

// {low, central, high}, or null when there is no estimate.
QJsonValue range(const std::optional<EstimateRange> &r);
QJsonObject instance(const AnalysisInput &in, int instance);
QJsonObject orgFigure(const AnalysisInput &in, const OrgCapabilityFigure &f, bool withInstances);
// withDetail adds by_organisation (each with its instances).
QJsonObject capability(const AnalysisInput &in, const DuplicationIndex &index,
                       const CapabilityDuplication &c, bool withDetail);
QJsonArray duplication(const AnalysisInput &in, const DuplicationIndex &index);
QJsonObject savings(const AnalysisInput &in, const DuplicationIndex &index, int org);
// rollup (optional): adds `rollup`, this commons' figures beside the published claims.
QJsonObject scenario(const QList<ScenarioLine> &lines, const ScenarioAssumptions &a,
                     const NationalRollup *rollup = nullptr);
// {councils, trusts, claims, coverage}: docs/analysis.md, section 2a.
QJsonObject rollup(const NationalRollup &r);
QJsonObject value(const AnalysisInput &in, const ValueRanking &ranking, const ValueWeights &w, int org);
QJsonObject similarity(const AnalysisInput &in, const ServiceSimilarity &s);

} // namespace analysisjson
} // namespace livedna
