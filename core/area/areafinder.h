#pragma once

#include "core/area/areadata.h"
#include "core/domain/organisation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace livedna {

struct OrgSummary;

// One thing the My area finder can find: a constituency (by its name or its MP's) or an
// organisation (a council or NHS trust, by name or code).
struct AreaFinderEntry
{
    enum Kind { Constituency, Mp, Council, Trust };
    Kind kind = Constituency;
    QString text;   // what is shown first: the constituency's, MP's or organisation's name
    QString detail; // one translated line: what it is and what it leads to
    QString code;   // Constituency and Mp: the constituency (PCON24CD); otherwise the organisation
    bool held = false; // Council and Trust: the synced commons holds the organisation
    QString key;    // text and code, case and accents folded, for matching
};

// The type-ahead index of the My area view (issue 11): every constituency, MP, council and
// NHS trust, matched by any part of a word of the name, accents and case aside. Organisations
// come from the commons (its names) and from the areas document (those it does not hold, so
// a Welsh council is still found and says what the commons lacks). Without an areas document
// it finds organisations only.
class AreaFinder
{
    Q_DECLARE_TR_FUNCTIONS(AreaFinder)

public:
    void build(const AreaData *areas, const QList<OrgSummary> &organisations);
    // Best first: whole text, then a word's start, then anywhere; at most `limit`.
    QList<AreaFinderEntry> match(const QString &query, int limit = 50) const;
    const QList<AreaFinderEntry> &entries() const { return m_entries; }

    static QString folded(const QString &text);

private:
    void add(AreaFinderEntry::Kind kind, const QString &text, const QString &detail, const QString &code, bool held);

    QList<AreaFinderEntry> m_entries;
};

} // namespace livedna
