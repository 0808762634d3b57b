#pragma once

#include "core/cache/cache.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace livedna {

// Who an organisation is compared with: its published `neighbours` where the cache holds
// any of them, else organisations of the same kind and type, else of the same kind.
struct ComparatorSelection
{
    enum Basis { Neighbours, KindAndType, Kind, None };
    Basis basis = None;
    QStringList codes; // excluding the organisation itself
    QString describe() const;
};

ComparatorSelection selectComparators(const Organisation &org, const QList<OrgSummary> &all, int limit = 12);

struct ComparatorRow
{
    QString code;
    QString name;
    bool self = false;
    double total = 0.0;
    double overheadShare = 0.0; // of total cost
    double bespokeShare = 0.0;  // of brick instances
    std::optional<double> costPerResident;
};

// The organisation first, then its comparators in the selection's order.
QList<ComparatorRow> comparatorRows(const QString &selfCode, const ComparatorSelection &selection,
                                    const QList<OrgSummary> &all);

class ComparatorText
{
    Q_DECLARE_TR_FUNCTIONS(ComparatorText)
};

} // namespace livedna
