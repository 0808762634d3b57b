#include "core/analysis/comparators.h"

#include <QHash>

#include <algorithm>

namespace livedna {

QString ComparatorSelection::describe() const
{
    switch (basis) {
    case Neighbours:
        return ComparatorText::tr("its published neighbours");
    case KindAndType:
        return ComparatorText::tr("organisations of the same kind and type");
    case Kind:
        return ComparatorText::tr("organisations of the same kind");
    case None:
        break;
    }
    return ComparatorText::tr("no comparable organisations");
}

ComparatorSelection selectComparators(const Organisation &org, const QList<OrgSummary> &all, int limit)
{
    ComparatorSelection sel;
    QHash<QString, const OrgSummary *> byCode;
    for (const OrgSummary &s : all)
        byCode.insert(s.code, &s);

    for (const QString &code : org.neighbours) {
        if (code != org.code && byCode.contains(code) && !sel.codes.contains(code))
            sel.codes.append(code);
    }
    if (!sel.codes.isEmpty()) {
        sel.basis = ComparatorSelection::Neighbours;
        if (sel.codes.size() > limit)
            sel.codes.resize(limit);
        return sel;
    }

    // Nearest in size first: a comparison with bodies of similar scale reads most fairly.
    const double ownTotal = byCode.contains(org.code) ? byCode.value(org.code)->cost.total : 0.0;
    auto pick = [&](bool sameType) {
        QList<const OrgSummary *> candidates;
        for (const OrgSummary &s : all) {
            if (s.code == org.code || s.kind != org.kind)
                continue;
            if (sameType && (org.type.isEmpty() || s.type.compare(org.type, Qt::CaseInsensitive) != 0))
                continue;
            candidates.append(&s);
        }
        std::sort(candidates.begin(), candidates.end(), [ownTotal](const OrgSummary *a, const OrgSummary *b) {
            const double da = std::abs(a->cost.total - ownTotal);
            const double db = std::abs(b->cost.total - ownTotal);
            return da != db ? da < db : a->code < b->code;
        });
        QStringList codes;
        for (const OrgSummary *s : std::as_const(candidates)) {
            if (codes.size() >= limit)
                break;
            codes.append(s->code);
        }
        return codes;
    };
    sel.codes = pick(true);
    if (!sel.codes.isEmpty()) {
        sel.basis = ComparatorSelection::KindAndType;
        return sel;
    }
    sel.codes = pick(false);
    sel.basis = sel.codes.isEmpty() ? ComparatorSelection::None : ComparatorSelection::Kind;
    return sel;
}

QList<ComparatorRow> comparatorRows(const QString &selfCode, const ComparatorSelection &selection,
                                    const QList<OrgSummary> &all)
{
    QHash<QString, const OrgSummary *> byCode;
    for (const OrgSummary &s : all)
        byCode.insert(s.code, &s);
    QList<ComparatorRow> rows;
    const QStringList codes = QStringList{selfCode} + selection.codes;
    for (const QString &code : codes) {
        const OrgSummary *s = byCode.value(code);
        if (!s)
            continue;
        ComparatorRow r;
        r.code = s->code;
        r.name = s->name;
        r.self = code == selfCode;
        r.total = s->cost.total;
        r.overheadShare = s->cost.total > 0 ? s->cost.overhead / s->cost.total : 0.0;
        r.bespokeShare = s->cost.bricks > 0 ? double(s->cost.bespoke) / s->cost.bricks : 0.0;
        if (s->population && *s->population > 0)
            r.costPerResident = s->cost.total / double(*s->population);
        rows.append(r);
    }
    return rows;
}

} // namespace livedna
