#pragma once

#include "core/domain/catalogue.h"
#include "core/domain/organisation.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace livedna {

enum class ChangeKind { Added, Removed, Changed };

// One brick that differs between two compositions of the same service, matched by id.
struct BrickChange
{
    ChangeKind kind = ChangeKind::Changed;
    QString id;
    std::optional<BrickInstance> before;
    std::optional<BrickInstance> after;
    QStringList fields;      // commons field names that differ, for Changed
    double costEffect = 0.0; // after cost minus before cost (negative is a saving)
};

struct FlowChange
{
    ChangeKind kind = ChangeKind::Changed;
    Flow before; // for Removed and Changed
    Flow after;  // for Added and Changed (a label edit)
};

struct ServiceDiff
{
    QList<BrickChange> bricks;
    QList<FlowChange> flows;
    double costBefore = 0.0;
    double costAfter = 0.0;
    QStringList serviceFields; // name, category, volume, value... that differ

    bool isEmpty() const { return bricks.isEmpty() && flows.isEmpty() && serviceFields.isEmpty(); }
    const BrickChange *brick(const QString &id) const;
};

class Compare
{
    Q_DECLARE_TR_FUNCTIONS(Compare)

public:
    // `a` is the earlier composition (baseline or first proposal), `b` the later.
    static ServiceDiff services(const Service &a, const Service &b);
    // One human sentence per change, for lists, the CLI and the PDF.
    static QStringList describe(const ServiceDiff &diff);
};

} // namespace livedna
