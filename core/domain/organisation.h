#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace livedna {

// One part of one service. Standard when it `uses` a catalogue brick (and then takes its
// capability from the catalogue); bespoke otherwise, and then `capability` is stated.
struct BrickInstance
{
    QString id;
    QString name;
    QString uses;       // catalogue brick id, empty for bespoke
    QString capability; // as written in the document; may be empty on standard instances
    double annualCostGbp = 0.0;
    std::optional<double> fte;

    bool isStandard() const { return !uses.isEmpty(); }
};

struct Flow
{
    QString from;
    QString to;
    QString label;
};

struct Service
{
    QString id;
    QString name;
    std::optional<int> lgsl;
    QString category;
    std::optional<double> volume;
    QMap<QString, double> value; // Public Value Index inputs, each in [0, 1]
    std::optional<double> reportedCostGbp;
    QList<BrickInstance> bricks;
    QList<Flow> flows;
};

enum class OrgKind { Council, NhsTrust, Other };
QString orgKindToString(OrgKind kind);
bool orgKindFromString(const QString &text, OrgKind *kind);

struct Organisation
{
    QString code;
    QString name;
    OrgKind kind = OrgKind::Other;
    QString type;
    QString region;
    std::optional<qint64> population;
    QStringList neighbours;
    QString period;
    QList<Service> services;
};

} // namespace livedna
