#include "core/proposal/compare.h"

#include "core/models/format.h"
#include "core/proposal/proposalundo.h"

#include <QHash>

namespace livedna {

const BrickChange *ServiceDiff::brick(const QString &id) const
{
    for (const BrickChange &c : bricks) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

static QString flowKey(const Flow &f)
{
    return f.from + QChar(0x1f) + f.to;
}

ServiceDiff Compare::services(const Service &a, const Service &b)
{
    ServiceDiff d;
    QHash<QString, const BrickInstance *> inA;
    QHash<QString, const BrickInstance *> inB;
    for (const BrickInstance &x : a.bricks) {
        inA.insert(x.id, &x);
        d.costBefore += x.annualCostGbp;
    }
    for (const BrickInstance &x : b.bricks) {
        inB.insert(x.id, &x);
        d.costAfter += x.annualCostGbp;
    }
    for (const BrickInstance &x : a.bricks) {
        const BrickInstance *y = inB.value(x.id);
        if (!y) {
            d.bricks.append({ChangeKind::Removed, x.id, x, std::nullopt, {}, -x.annualCostGbp});
            continue;
        }
        QStringList fields;
        if (x.name != y->name)
            fields << QStringLiteral("name");
        if (x.uses != y->uses)
            fields << QStringLiteral("uses");
        if (x.capability != y->capability)
            fields << QStringLiteral("capability");
        if (x.annualCostGbp != y->annualCostGbp)
            fields << QStringLiteral("annual_cost_gbp");
        if (x.fte != y->fte)
            fields << QStringLiteral("fte");
        if (!fields.isEmpty())
            d.bricks.append({ChangeKind::Changed, x.id, x, *y, fields, y->annualCostGbp - x.annualCostGbp});
    }
    for (const BrickInstance &y : b.bricks) {
        if (!inA.contains(y.id))
            d.bricks.append({ChangeKind::Added, y.id, std::nullopt, y, {}, y.annualCostGbp});
    }
    QHash<QString, const Flow *> flowsA;
    QHash<QString, const Flow *> flowsB;
    for (const Flow &f : a.flows)
        flowsA.insert(flowKey(f), &f);
    for (const Flow &f : b.flows)
        flowsB.insert(flowKey(f), &f);
    for (const Flow &f : a.flows) {
        const Flow *g = flowsB.value(flowKey(f));
        if (!g)
            d.flows.append({ChangeKind::Removed, f, {}});
        else if (g->label != f.label)
            d.flows.append({ChangeKind::Changed, f, *g});
    }
    for (const Flow &g : b.flows) {
        if (!flowsA.contains(flowKey(g)))
            d.flows.append({ChangeKind::Added, {}, g});
    }
    if (a.name != b.name)
        d.serviceFields << QStringLiteral("name");
    if (a.category != b.category)
        d.serviceFields << QStringLiteral("category");
    if (a.volume != b.volume)
        d.serviceFields << QStringLiteral("volume");
    if (a.value != b.value)
        d.serviceFields << QStringLiteral("value");
    if (a.reportedCostGbp != b.reportedCostGbp)
        d.serviceFields << QStringLiteral("reported_cost_gbp");
    return d;
}

static QString label(const std::optional<BrickInstance> &b)
{
    return b ? (b->name.isEmpty() ? b->id : b->name) : QString();
}

QStringList Compare::describe(const ServiceDiff &d)
{
    QStringList out;
    for (const BrickChange &c : d.bricks) {
        switch (c.kind) {
        case ChangeKind::Added:
            out << tr("Added brick “%1” (%2 a year)").arg(label(c.after), Format::gbpSigned(c.costEffect));
            break;
        case ChangeKind::Removed:
            out << tr("Removed brick “%1” (%2 a year)").arg(label(c.before), Format::gbpSigned(c.costEffect));
            break;
        case ChangeKind::Changed:
            if (c.fields.contains(QLatin1String("uses")) && c.after && c.after->isStandard())
                out << tr("Replaced “%1” with commons brick “%2” (%3 a year)").arg(label(c.before), label(c.after), Format::gbpSigned(c.costEffect));
            else
                out << tr("Changed brick “%1”: %2 (%3 a year)").arg(label(c.after), c.fields.join(QStringLiteral(", ")), Format::gbpSigned(c.costEffect));
            break;
        }
    }
    for (const FlowChange &f : d.flows) {
        switch (f.kind) {
        case ChangeKind::Added:
            out << tr("Added flow %1 → %2").arg(f.after.from, f.after.to);
            break;
        case ChangeKind::Removed:
            out << tr("Removed flow %1 → %2").arg(f.before.from, f.before.to);
            break;
        case ChangeKind::Changed:
            out << tr("Relabelled flow %1 → %2 from “%3” to “%4”").arg(f.before.from, f.before.to, f.before.label, f.after.label);
            break;
        }
    }
    if (!d.serviceFields.isEmpty())
        out << tr("Service details changed: %1").arg(d.serviceFields.join(QStringLiteral(", ")));
    out << tr("Total: %1 → %2 a year (%3)").arg(Format::gbp(d.costBefore), Format::gbp(d.costAfter), Format::gbpSigned(d.costAfter - d.costBefore));
    return out;
}

} // namespace livedna
