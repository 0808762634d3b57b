#include "core/area/arearesolver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace livedna {

namespace {

bool byShare(const AreaOrg &a, const AreaOrg &b)
{
    return a.share > b.share || (a.share == b.share && a.code < b.code);
}

QJsonArray orgsJson(const QList<AreaOrg> &orgs, bool withKind, bool withReason)
{
    QJsonArray a;
    for (const AreaOrg &o : orgs) {
        QJsonObject j{{QStringLiteral("code"), o.code}, {QStringLiteral("name"), o.name},
                      {QStringLiteral("share"), AreaResolver::rounded(o.share)}};
        if (withKind)
            j.insert(QStringLiteral("kind"), o.kind);
        if (withReason)
            j.insert(QStringLiteral("reason"), o.reason);
        a.append(j);
    }
    return a;
}

QString percent(double share)
{
    return QStringLiteral("%1%").arg(share * 100, 0, 'f', 1);
}

QString normalised(const QString &s)
{
    QString d = s.normalized(QString::NormalizationForm_D);
    d.remove(QRegularExpression(QStringLiteral("\\p{Mn}")));
    return d.toCaseFolded().simplified();
}

// JSON text with the keys in the order given (QJsonObject would sort them): the area output's
// documented order is constituency, name, mp, party, councils, trusts, unmatched.
QByteArray scalarJson(const QJsonValue &v)
{
    const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

QByteArray orderedObject(const QList<QPair<const char *, QByteArray>> &fields, int indent)
{
    const QByteArray pad(indent + 2, ' ');
    QByteArray out("{");
    for (int i = 0; i < fields.size(); ++i) {
        out += (i ? ",\n" : "\n") + pad + '"' + fields.at(i).first + "\": " + fields.at(i).second;
    }
    return out + '\n' + QByteArray(indent, ' ') + '}';
}

QByteArray orgsText(const QList<AreaOrg> &orgs, bool withKind, bool withReason, int indent)
{
    if (orgs.isEmpty())
        return "[]";
    const QByteArray pad(indent + 2, ' ');
    QByteArray out("[");
    for (int i = 0; i < orgs.size(); ++i) {
        const AreaOrg &o = orgs.at(i);
        QList<QPair<const char *, QByteArray>> f{{"code", scalarJson(o.code)}, {"name", scalarJson(o.name)}};
        if (withKind)
            f.append({"kind", scalarJson(o.kind)});
        f.append({"share", scalarJson(AreaResolver::rounded(o.share))});
        if (withReason)
            f.append({"reason", scalarJson(o.reason)});
        out += (i ? ",\n" : "\n") + pad + orderedObject(f, indent + 2);
    }
    return out + '\n' + QByteArray(indent, ' ') + ']';
}

} // namespace

QByteArray AreaResult::toJsonText(int indent) const
{
    const auto textOrNull = [](const QString &s) { return s.isEmpty() ? QByteArray("null") : scalarJson(s); };
    return orderedObject({{"constituency", scalarJson(constituency)},
                          {"name", scalarJson(name)},
                          {"mp", textOrNull(mp)},
                          {"party", textOrNull(party)},
                          {"councils", orgsText(councils, true, false, indent + 2)},
                          {"trusts", orgsText(trusts, false, false, indent + 2)},
                          {"unmatched", orgsText(unmatched, true, true, indent + 2)}},
                         indent);
}

double AreaResolver::rounded(double share)
{
    return std::round(share * 10000.0) / 10000.0;
}

QJsonObject AreaResult::toJson() const
{
    QJsonObject o{{QStringLiteral("constituency"), constituency},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("councils"), orgsJson(councils, true, false)},
                  {QStringLiteral("trusts"), orgsJson(trusts, false, false)},
                  {QStringLiteral("unmatched"), orgsJson(unmatched, true, true)}};
    o.insert(QStringLiteral("mp"), mp.isEmpty() ? QJsonValue() : QJsonValue(mp));
    o.insert(QStringLiteral("party"), party.isEmpty() ? QJsonValue() : QJsonValue(party));
    return o;
}

QString AreaResult::toText() const
{
    QString s = QStringLiteral("%1 (%2)\n").arg(name, constituency);
    s += mp.isEmpty() ? AreaResolver::tr("MP: none in the data\n")
                      : AreaResolver::tr("MP: %1 (%2)\n").arg(mp, party.isEmpty() ? AreaResolver::tr("party unknown") : party);
    s += AreaResolver::tr("Councils (share of the constituency's residents):\n");
    if (councils.isEmpty())
        s += AreaResolver::tr("  none in this commons\n");
    for (const AreaOrg &o : councils)
        s += QStringLiteral("  %1  %2 (%3, %4)\n").arg(percent(o.share).rightJustified(6), o.name, o.code, o.kind);
    s += AreaResolver::tr("NHS acute trusts (share of residents in the catchment):\n");
    if (trusts.isEmpty())
        s += AreaResolver::tr("  none in this commons\n");
    for (const AreaOrg &o : trusts)
        s += QStringLiteral("  %1  %2 (%3)\n").arg(percent(o.share).rightJustified(6), o.name, o.code);
    if (smallTrusts > 0)
        s += AreaResolver::tr("  and %n more trust(s) each serving under 1%\n", nullptr, smallTrusts);
    if (!unmatched.isEmpty()) {
        s += AreaResolver::tr("Not resolved:\n");
        for (const AreaOrg &o : unmatched)
            s += QStringLiteral("  %1  %2 (%3): %4\n").arg(percent(o.share).rightJustified(6), o.name, o.code, o.reason);
    }
    return s;
}

QString AreaResolver::heldName(const QString &code, const QString &fallback) const
{
    const QString n = m_held.value(code);
    return n.isEmpty() ? fallback : n;
}

void AreaResolver::addCouncils(const AreaConstituency &c, AreaResult *out) const
{
    QMap<QString, double> counties;
    QList<AreaOrg> all;
    for (const AreaShare &d : c.districts) {
        const AreaCouncil *council = m_data.council(d.code);
        all.append({d.code, council ? council->name : d.code, council ? council->kind : QStringLiteral("district"), d.share, {}});
        if (council && !council->county.isEmpty())
            counties[council->county] += d.share;
    }
    for (auto it = counties.cbegin(); it != counties.cend(); ++it) {
        const AreaCouncil *county = m_data.council(it.key());
        all.append({it.key(), county ? county->name : it.key(), QStringLiteral("county"), it.value(), {}});
    }
    std::sort(all.begin(), all.end(), byShare);
    for (AreaOrg o : std::as_const(all)) {
        if (m_held.contains(o.code)) {
            o.name = heldName(o.code, o.name);
            out->councils.append(o);
            continue;
        }
        const AreaCouncil *council = m_data.council(o.code);
        const QString nation = council ? council->nation : QString();
        o.reason = m_held.isEmpty() ? tr("no commons with organisations is synced into the cache")
                   : nation.isEmpty() || nation == QLatin1String("England")
                       ? tr("this commons holds no document for this council")
                       : tr("this commons holds no councils in %1").arg(nation);
        out->unmatched.append(o);
    }
}

void AreaResolver::addTrusts(const AreaConstituency &c, AreaResult *out) const
{
    QMap<QString, double> shares;
    for (const AreaShare &d : c.districts) {
        const AreaCouncil *council = m_data.council(d.code);
        if (!council)
            continue;
        for (const AreaShare &t : council->trusts)
            shares[t.code] += d.share * t.share;
    }
    QList<AreaOrg> all;
    for (auto it = shares.cbegin(); it != shares.cend(); ++it) {
        const AreaTrust *t = m_data.trust(it.key());
        all.append({it.key(), t ? t->name : it.key(), QStringLiteral("trust"), it.value(), {}});
    }
    std::sort(all.begin(), all.end(), byShare);
    for (AreaOrg o : std::as_const(all)) {
        if (o.share < m_minTrustShare) {
            ++out->smallTrusts;
        } else if (m_held.contains(o.code)) {
            o.name = heldName(o.code, o.name);
            out->trusts.append(o);
        } else {
            o.reason = m_held.isEmpty() ? tr("no commons with organisations is synced into the cache")
                                        : tr("this commons holds no document for this trust (it may have closed or "
                                             "merged since the 2022 catchments)");
            out->unmatched.append(o);
        }
    }
}

std::optional<AreaResult> AreaResolver::resolve(const QString &constituencyCode) const
{
    const AreaConstituency *c = m_data.constituency(constituencyCode.trimmed().toUpper());
    if (!c)
        return std::nullopt;
    AreaResult out{c->code, c->name, c->mp, c->party, {}, {}, {}, 0};
    addCouncils(*c, &out);
    addTrusts(*c, &out);
    if (c->districts.isEmpty()) {
        out.unmatched.append({c->code, c->name, QStringLiteral("constituency"), 1.0,
                              tr("the data gives no district for this constituency")});
    } else if (!c->code.startsWith(QLatin1Char('E')) && out.trusts.isEmpty() && out.smallTrusts == 0) {
        out.unmatched.append({c->code, c->name, QStringLiteral("trusts"), 1.0,
                              tr("the NHS catchments in the data cover England only")});
    }
    return out;
}

QStringList AreaResolver::byMp(const QString &name) const
{
    const QString want = normalised(name);
    QStringList out;
    for (const AreaConstituency &c : m_data.constituencies) {
        const QString mp = normalised(c.mp);
        if (mp == want)
            return {c.code}; // an exact name wins over partial ones
        if (!want.isEmpty() && mp.contains(want))
            out.append(c.code);
    }
    return out;
}

QStringList AreaResolver::byCouncil(const QString &code) const
{
    const QString want = code.trimmed().toUpper();
    QStringList out;
    for (const AreaConstituency &c : m_data.constituencies) {
        for (const AreaShare &d : c.districts) {
            const AreaCouncil *council = m_data.council(d.code);
            if (d.code == want || (council && council->county == want)) {
                out.append(c.code);
                break;
            }
        }
    }
    return out;
}

} // namespace livedna
