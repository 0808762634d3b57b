#include "tests/support/analysisfixture.h"

namespace livedna::test {

BrickInstance standardBrick(const QString &id, const QString &uses, double cost)
{
    BrickInstance b;
    b.id = id;
    b.name = id;
    b.uses = uses;
    b.annualCostGbp = cost;
    return b;
}

BrickInstance bespokeBrick(const QString &id, const QString &capability, double cost)
{
    BrickInstance b;
    b.id = id;
    b.name = id;
    b.capability = capability;
    b.annualCostGbp = cost;
    return b;
}

static CatalogueBrick brick(const char *id, const char *capability, double cost)
{
    CatalogueBrick b;
    b.id = QLatin1String(id);
    b.name = QLatin1String(id);
    b.capability = QLatin1String(capability);
    b.standardAnnualCostGbp = cost;
    return b;
}

Catalogue analysisCatalogue()
{
    Catalogue c;
    c.capabilities = {
        {QStringLiteral("payments"), QStringLiteral("Take payments"), Layer::Overhead},
        {QStringLiteral("case-management"), QStringLiteral("Manage cases"), Layer::Overhead},
        {QStringLiteral("assessment"), QStringLiteral("Assess needs"), Layer::Frontline},
        {QStringLiteral("forms"), QStringLiteral("Online forms"), Layer::Overhead},
        {QStringLiteral("scheduling"), QStringLiteral("Book appointments"), Layer::Frontline},
        {QStringLiteral("unused"), QStringLiteral("Unused capability"), Layer::Overhead},
        {QStringLiteral("idle"), QStringLiteral("Idle capability"), Layer::Overhead},
    };
    c.bricks = {
        brick("payments.other", "payments", 12000),
        brick("payments.govuk-pay", "payments", 12000),
        brick("case.premium", "case-management", 45000),
        brick("case.commons", "case-management", 20000),
        brick("assessment.kit", "assessment", 50000),
        brick("forms.govuk-forms", "forms", 0),
        brick("unused.brick", "unused", 100),
    };
    c.reindex();
    return c;
}

QList<Organisation> analysisOrganisations()
{
    Organisation a;
    a.code = QStringLiteral("A");
    a.name = QStringLiteral("Council A");
    a.kind = OrgKind::Council;
    a.period = QStringLiteral("2025-26");
    Service a1;
    a1.id = QStringLiteral("blue-badge");
    a1.name = QStringLiteral("Blue Badge");
    a1.lgsl = 1111;
    a1.volume = 1000;
    a1.value = {{QStringLiteral("satisfaction"), 0.8}, {QStringLiteral("outcome"), 0.5}};
    a1.bricks = {standardBrick(QStringLiteral("apply"), QStringLiteral("forms.govuk-forms"), 1500),
                 bespokeBrick(QStringLiteral("case"), QStringLiteral("case-management"), 84000),
                 bespokeBrick(QStringLiteral("assess"), QStringLiteral("assessment"), 120000)};
    Service a2;
    a2.id = QStringLiteral("payments");
    a2.name = QStringLiteral("Payments");
    a2.value = {{QStringLiteral("satisfaction"), 0.4}, {QStringLiteral("access"), 1.0}};
    a2.bricks = {bespokeBrick(QStringLiteral("case2"), QStringLiteral("case-management"), 30000),
                 bespokeBrick(QStringLiteral("pay"), QStringLiteral("payments"), 5000)};
    a.services = {a1, a2};

    Organisation b;
    b.code = QStringLiteral("B");
    b.name = QStringLiteral("Council B");
    b.kind = OrgKind::Council;
    b.period = QStringLiteral("2025-26");
    Service b1;
    b1.id = QStringLiteral("badges");
    b1.name = QStringLiteral("Blue badge applications");
    b1.lgsl = 1111;
    b1.volume = 100;
    b1.value = {{QStringLiteral("outcome"), 0.9}};
    b1.bricks = {bespokeBrick(QStringLiteral("case"), QStringLiteral("case-management"), 10000),
                 bespokeBrick(QStringLiteral("form"), QStringLiteral("forms"), 800),
                 bespokeBrick(QStringLiteral("sched"), QStringLiteral("scheduling"), 7000)};
    Service b2;
    b2.id = QStringLiteral("parking");
    b2.name = QStringLiteral("Parking");
    b2.bricks = {standardBrick(QStringLiteral("pay"), QStringLiteral("payments.govuk-pay"), 12000)};
    b.services = {b1, b2};

    Organisation c;
    c.code = QStringLiteral("C");
    c.name = QStringLiteral("Trust C");
    c.kind = OrgKind::NhsTrust;
    c.period = QStringLiteral("2025-26");
    Service c1;
    c1.id = QStringLiteral("badges");
    c1.name = QStringLiteral("Blue Badges");
    c1.lgsl = 1111;
    c1.volume = 10;
    c1.bricks = {bespokeBrick(QStringLiteral("case"), QStringLiteral("case-management"), 20000),
                 bespokeBrick(QStringLiteral("sched"), QStringLiteral("scheduling"), 3000),
                 bespokeBrick(QStringLiteral("sched2"), QStringLiteral("scheduling"), 0),
                 bespokeBrick(QStringLiteral("pay"), QStringLiteral("payments"), 0)};
    Service c2;
    c2.id = QStringLiteral("records");
    c2.name = QStringLiteral("Records");
    c2.volume = 50;
    c2.value = {{QStringLiteral("outcome"), 0.0}};
    c.services = {c1, c2};
    return {a, b, c};
}

} // namespace livedna::test
