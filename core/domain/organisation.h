#pragma once

#include "core/domain/catalogue.h"
#include "core/domain/source.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace livedna {

// Spec 1.1 `bricks[].basis`: published (stated by the organisation or an official return,
// the default) or estimated (derived by a stated method; then `source` names it).
enum class Basis { Published, Estimated };
QString basisToString(Basis basis);
bool basisFromString(const QString &text, Basis *basis);

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
    Basis basis = Basis::Published; // 1.1
    QString source{};               // 1.1 "<source id>#<locator>"

    bool isStandard() const { return !uses.isEmpty(); }
};

struct Flow
{
    QString from;
    QString to;
    QString label;
};

// Spec 1.1 `services[].reported`: the published breakdown of a service's spend. Each figure
// is unknown (nullopt) when not published, which is never the same as 0.
struct Reported
{
    std::optional<double> employeesGbp;
    std::optional<double> runningGbp;
    std::optional<double> incomeGbp;
    std::optional<double> netGbp;
    QString source;
};

// Spec 1.1 `services[].systems`: a component a service is known to run, with no cost. It
// adds nothing to any cost and counts as one separately run instance of its capability.
struct SystemUse
{
    QString id;
    QString name;
    QString capability;
    QString product; // product id from bricks.json, empty when unknown
    QString source;
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
    // 1.1
    QString period{};             // empty: the document's period
    std::optional<Layer> layer{}; // layer of the reported spend as a whole
    std::optional<Reported> reported{};
    QList<SystemUse> systems{};
    QString source{};             // of reported_cost_gbp
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
    QList<Source> sources{}; // 1.1

    const Service *service(const QString &id) const;
    Service *service(const QString &id);
};

} // namespace livedna
