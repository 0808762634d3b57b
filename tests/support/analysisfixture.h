#pragma once

#include "core/domain/catalogue.h"
#include "core/domain/organisation.h"

#include <QList>

namespace livedna::test {

// The hand-computed commons the analysis tests pin their figures on (docs/analysis.md walks
// through it). Councils A and B, NHS trust C:
//   case-management: A bespoke 84000 + 30000 (two instances), B bespoke 10000 (cheaper than
//     the brick), C bespoke 20000 (equal to it); cheapest brick case.commons 20000
//     -> saving 94000 + 0 + 0 = 94000
//   assessment: A bespoke 120000; brick assessment.kit 50000 -> saving 70000
//   forms: A standard 1500, B bespoke 800; brick forms.govuk-forms costs 0 -> saving 800
//   payments: A bespoke 5000, B standard 12000, C bespoke 0; two bricks tie at 12000
//     (payments.govuk-pay wins on id) -> saving 0
//   scheduling: B bespoke 7000, C bespoke 3000 + 0; no brick -> saving null,
//     2 organisations and 10000 would benefit
//   unused (brick, no instances) -> saving 0; idle (no brick, no instances) -> null
Catalogue analysisCatalogue();
QList<Organisation> analysisOrganisations();

BrickInstance standardBrick(const QString &id, const QString &uses, double cost);
BrickInstance bespokeBrick(const QString &id, const QString &capability, double cost);

} // namespace livedna::test
