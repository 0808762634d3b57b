#include "core/mapping/orgdiff.h"

#include "core/commons/commonswriter.h"
#include "core/models/format.h"

#include <QJsonArray>
#include <QLocale>
#include <QSet>

namespace livedna {

QString orgChangeKindToString(OrgChangeKind kind)
{
    switch (kind) {
    case OrgChangeKind::Added:
        return QStringLiteral("added");
    case OrgChangeKind::Removed:
        return QStringLiteral("removed");
    case OrgChangeKind::Changed:
        break;
    }
    return QStringLiteral("changed");
}

namespace {

// The fields of two objects of the format that differ, compared as the writer writes them,
// so every field the format knows counts and nothing else does. `ignore` are compared elsewhere.
QStringList changedFields(const QJsonObject &a, const QJsonObject &b, const QStringList &ignore = {})
{
    QStringList keys = a.keys() + b.keys();
    keys.removeDuplicates();
    std::sort(keys.begin(), keys.end());
    QStringList changed;
    for (const QString &k : std::as_const(keys)) {
        if (!ignore.contains(k) && a.value(k) != b.value(k))
            changed.append(k);
    }
    return changed;
}

const BrickInstance *findBrick(const Service &s, const QString &id)
{
    for (const BrickInstance &b : s.bricks) {
        if (b.id == id)
            return &b;
    }
    return nullptr;
}

QList<OrgBrickChange> brickChanges(const Service *before, const Service *after)
{
    QList<OrgBrickChange> changes;
    if (after) {
        for (const BrickInstance &b : after->bricks) {
            const BrickInstance *old = before ? findBrick(*before, b.id) : nullptr;
            if (!old) {
                changes.append({OrgChangeKind::Added, b.id, std::nullopt, b, {}});
                continue;
            }
            const QStringList fields = changedFields(CommonsWriter::brickJson(*old), CommonsWriter::brickJson(b));
            if (!fields.isEmpty())
                changes.append({OrgChangeKind::Changed, b.id, *old, b, fields});
        }
    }
    if (before) {
        for (const BrickInstance &b : before->bricks) {
            if (!after || !findBrick(*after, b.id))
                changes.append({OrgChangeKind::Removed, b.id, b, std::nullopt, {}});
        }
    }
    return changes;
}

std::optional<OrgServiceChange> serviceChange(const Service *before, const Service *after, const Catalogue &catalogue)
{
    const Service &any = after ? *after : *before;
    OrgServiceChange c;
    c.kind = !before ? OrgChangeKind::Added : !after ? OrgChangeKind::Removed : OrgChangeKind::Changed;
    c.id = any.id;
    c.name = any.name;
    if (before)
        c.before = measureService(*before, catalogue);
    if (after)
        c.after = measureService(*after, catalogue);
    c.bricks = brickChanges(before, after);
    if (before && after) {
        c.fields = changedFields(CommonsWriter::serviceJson(*before), CommonsWriter::serviceJson(*after),
                                 {QStringLiteral("bricks")});
        if (c.fields.isEmpty() && c.bricks.isEmpty())
            return std::nullopt;
    }
    return c;
}

QString money(double gbp)
{
    return Format::gbpPlain(gbp);
}

QString signedMoney(double gbp)
{
    return (gbp > 0 ? QStringLiteral("+") : gbp < 0 ? QStringLiteral("−") : QString()) + money(std::abs(gbp));
}

QJsonObject splitJson(const CostSplit &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("mapped_gbp"), s.total);
    o.insert(QStringLiteral("frontline_gbp"), s.frontline);
    o.insert(QStringLiteral("overhead_gbp"), s.overhead);
    o.insert(QStringLiteral("bricks"), s.bricks);
    return o;
}

QJsonObject brickChangeJson(const OrgBrickChange &b)
{
    QJsonObject o;
    o.insert(QStringLiteral("change"), orgChangeKindToString(b.kind));
    o.insert(QStringLiteral("id"), b.id);
    if (b.before)
        o.insert(QStringLiteral("before"), CommonsWriter::brickJson(*b.before));
    if (b.after)
        o.insert(QStringLiteral("after"), CommonsWriter::brickJson(*b.after));
    if (!b.fields.isEmpty())
        o.insert(QStringLiteral("fields"), QJsonArray::fromStringList(b.fields));
    return o;
}

} // namespace

OrgDiff OrgDiff::compute(const std::optional<Organisation> &before, const Organisation &after, const Catalogue &catalogue)
{
    OrgDiff d;
    d.code = after.code;
    d.name = after.name;
    d.period = after.period;
    d.newDocument = !before.has_value();
    d.after = measureOrganisation(after, catalogue);
    const Organisation empty;
    const Organisation &old = before ? *before : empty;
    d.before = measureOrganisation(old, catalogue);
    if (before) {
        d.headerFields = changedFields(CommonsWriter::organisationJson(old).value(QLatin1String("organisation")).toObject(),
                                       CommonsWriter::organisationJson(after).value(QLatin1String("organisation")).toObject());
    }
    for (const Source &s : after.sources) {
        if (!findSource(old.sources, s.id))
            d.sourcesAdded.append(s.id);
    }
    for (const Source &s : old.sources) {
        if (!findSource(after.sources, s.id))
            d.sourcesRemoved.append(s.id);
    }
    for (const Service &s : after.services) {
        if (const std::optional<OrgServiceChange> c = serviceChange(old.service(s.id), &s, catalogue))
            d.services.append(*c);
    }
    for (const Service &s : old.services) {
        if (!after.service(s.id))
            d.services.append(*serviceChange(&s, nullptr, catalogue));
    }
    return d;
}

bool OrgDiff::isEmpty() const
{
    return !newDocument && services.isEmpty() && sourcesAdded.isEmpty() && sourcesRemoved.isEmpty()
           && headerFields.isEmpty();
}

int OrgDiff::count(OrgChangeKind kind) const
{
    return int(std::count_if(services.cbegin(), services.cend(), [kind](const OrgServiceChange &s) { return s.kind == kind; }));
}

int OrgDiff::brickCount(OrgChangeKind kind) const
{
    int n = 0;
    for (const OrgServiceChange &s : services)
        n += int(std::count_if(s.bricks.cbegin(), s.bricks.cend(), [kind](const OrgBrickChange &b) { return b.kind == kind; }));
    return n;
}

QString OrgDiff::toText() const
{
    QString s = newDocument ? tr("%1 %2 (%3): a new document; the cache holds none for this period.\n").arg(code, name, period)
                            : tr("%1 %2 (%3) against the version in the cache:\n").arg(code, name, period);
    if (isEmpty())
        return s + tr("No change.\n");
    s += tr("Services: %1 added, %2 changed, %3 removed. Bricks: %4 added, %5 changed, %6 removed.\n")
             .arg(count(OrgChangeKind::Added)).arg(count(OrgChangeKind::Changed)).arg(count(OrgChangeKind::Removed))
             .arg(brickCount(OrgChangeKind::Added)).arg(brickCount(OrgChangeKind::Changed)).arg(brickCount(OrgChangeKind::Removed));
    s += tr("Mapped spend: %1 → %2 (%3); frontline %4 → %5 (%6); overhead %7 → %8 (%9).\n")
             .arg(money(before.total), money(after.total), signedMoney(after.total - before.total),
                  money(before.frontline), money(after.frontline), signedMoney(after.frontline - before.frontline),
                  money(before.overhead), money(after.overhead), signedMoney(after.overhead - before.overhead));
    if (!headerFields.isEmpty())
        s += tr("Organisation fields changed: %1\n").arg(headerFields.join(QStringLiteral(", ")));
    if (!sourcesAdded.isEmpty())
        s += tr("Sources added: %1\n").arg(sourcesAdded.join(QStringLiteral(", ")));
    if (!sourcesRemoved.isEmpty())
        s += tr("Sources removed: %1\n").arg(sourcesRemoved.join(QStringLiteral(", ")));
    for (const OrgServiceChange &c : services) {
        s += tr("  %1 service %2 (%3): mapped %4 → %5%6\n")
                 .arg(orgChangeKindToString(c.kind), c.id, c.name, money(c.before.total), money(c.after.total),
                      c.fields.isEmpty() ? QString() : tr("; fields changed: %1").arg(c.fields.join(QStringLiteral(", "))));
        for (const OrgBrickChange &b : c.bricks) {
            const double was = b.before ? b.before->annualCostGbp : 0.0;
            const double now = b.after ? b.after->annualCostGbp : 0.0;
            s += tr("    %1 brick %2: %3 → %4%5\n")
                     .arg(orgChangeKindToString(b.kind), b.id, b.before ? money(was) : QStringLiteral("-"),
                          b.after ? money(now) : QStringLiteral("-"),
                          b.fields.isEmpty() ? QString() : tr(" (%1)").arg(b.fields.join(QStringLiteral(", "))));
        }
    }
    return s;
}

QJsonObject OrgDiff::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("code"), code);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("period"), period);
    o.insert(QStringLiteral("new_document"), newDocument);
    o.insert(QStringLiteral("before"), splitJson(before));
    o.insert(QStringLiteral("after"), splitJson(after));
    o.insert(QStringLiteral("sources_added"), QJsonArray::fromStringList(sourcesAdded));
    o.insert(QStringLiteral("sources_removed"), QJsonArray::fromStringList(sourcesRemoved));
    o.insert(QStringLiteral("organisation_fields"), QJsonArray::fromStringList(headerFields));
    QJsonArray list;
    for (const OrgServiceChange &c : services) {
        QJsonObject so;
        so.insert(QStringLiteral("change"), orgChangeKindToString(c.kind));
        so.insert(QStringLiteral("id"), c.id);
        so.insert(QStringLiteral("name"), c.name);
        so.insert(QStringLiteral("fields"), QJsonArray::fromStringList(c.fields));
        so.insert(QStringLiteral("before"), splitJson(c.before));
        so.insert(QStringLiteral("after"), splitJson(c.after));
        QJsonArray bricks;
        for (const OrgBrickChange &b : c.bricks)
            bricks.append(brickChangeJson(b));
        so.insert(QStringLiteral("bricks"), bricks);
        list.append(so);
    }
    o.insert(QStringLiteral("services"), list);
    return o;
}

} // namespace livedna
