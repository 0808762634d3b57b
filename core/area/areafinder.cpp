#include "core/area/areafinder.h"

#include "core/cache/cache.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace livedna {

QString AreaFinder::folded(const QString &text)
{
    QString d = text.normalized(QString::NormalizationForm_D);
    static const QRegularExpression marks(QStringLiteral("\\p{Mn}"));
    d.remove(marks);
    return d.toCaseFolded().simplified();
}

void AreaFinder::add(AreaFinderEntry::Kind kind, const QString &text, const QString &detail, const QString &code, bool held)
{
    m_entries.append({kind, text, detail, code, held, folded(text + QLatin1Char(' ') + code)});
}

void AreaFinder::build(const AreaData *areas, const QList<OrgSummary> &organisations)
{
    m_entries.clear();
    QSet<QString> held;
    if (areas) {
        for (const AreaConstituency &c : areas->constituencies) {
            add(AreaFinderEntry::Constituency, c.name,
                c.mp.isEmpty() ? tr("Constituency · no MP in the data") : tr("Constituency · MP %1").arg(c.mp), c.code, true);
            if (!c.mp.isEmpty()) {
                add(AreaFinderEntry::Mp, c.mp,
                    c.party.isEmpty() ? tr("MP for %1").arg(c.name) : tr("MP for %1 (%2)").arg(c.name, c.party), c.code, true);
            }
        }
    }
    for (const OrgSummary &o : organisations) {
        if (o.kind == OrgKind::Other)
            continue;
        held.insert(o.code);
        const bool council = o.kind == OrgKind::Council;
        add(council ? AreaFinderEntry::Council : AreaFinderEntry::Trust, o.name,
            council ? tr("Council · %1").arg(o.code) : tr("NHS trust · %1").arg(o.code), o.code, true);
    }
    if (!areas)
        return;
    // Those the commons does not hold (councils outside England, trusts that merged since).
    for (const AreaCouncil &c : areas->councils) {
        if (!held.contains(c.code))
            add(AreaFinderEntry::Council, c.name, tr("Council · %1 · not in this commons").arg(c.code), c.code, false);
    }
    for (const AreaTrust &t : areas->trusts) {
        if (!held.contains(t.code))
            add(AreaFinderEntry::Trust, t.name, tr("NHS trust · %1 · not in this commons").arg(t.code), t.code, false);
    }
}

QList<AreaFinderEntry> AreaFinder::match(const QString &query, int limit) const
{
    const QString want = folded(query);
    if (want.isEmpty())
        return {};
    // Rank: 0 the whole name, 1 the name's start, 2 a word's start, 3 anywhere.
    QList<QPair<int, int>> ranked; // rank, entry index
    for (int i = 0; i < m_entries.size(); ++i) {
        const QString &key = m_entries.at(i).key;
        const qsizetype at = key.indexOf(want);
        if (at < 0)
            continue;
        int rank = 3;
        if (at == 0)
            rank = folded(m_entries.at(i).text) == want ? 0 : 1;
        else if (!key.at(at - 1).isLetterOrNumber())
            rank = 2;
        ranked.append({rank, i});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [this](const QPair<int, int> &a, const QPair<int, int> &b) {
        if (a.first != b.first)
            return a.first < b.first;
        const AreaFinderEntry &x = m_entries.at(a.second);
        const AreaFinderEntry &y = m_entries.at(b.second);
        if (x.kind != y.kind)
            return x.kind < y.kind;
        return x.text.localeAwareCompare(y.text) < 0;
    });
    QList<AreaFinderEntry> out;
    for (const auto &r : std::as_const(ranked)) {
        if (out.size() >= limit)
            break;
        out.append(m_entries.at(r.second));
    }
    return out;
}

} // namespace livedna
