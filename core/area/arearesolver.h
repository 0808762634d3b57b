#pragma once

#include "core/area/areadata.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace livedna {

// One constituency's councils and trusts, as `livedna-cli area` prints it (docs/areas.md).
struct AreaOrg
{
    QString code;
    QString name;
    QString kind;   // councils: district, unitary or county; trusts: "trust"
    double share = 0;
    QString reason; // unmatched only: why it is not resolved
};

struct AreaResult
{
    QString constituency;
    QString name;
    QString mp;
    QString party;
    QList<AreaOrg> councils;  // held by the commons, largest share first
    QList<AreaOrg> trusts;    // held by the commons, share at least the minimum
    QList<AreaOrg> unmatched; // serving the area but not resolved to a commons organisation
    int smallTrusts = 0;      // trusts left out for a share under the minimum

    QJsonObject toJson() const;
    // The same, keys in the documented order, as `area --json` prints it.
    QByteArray toJsonText(int indent = 0) const;
    QString toText() const;
};

class AreaResolver
{
    Q_DECLARE_TR_FUNCTIONS(AreaResolver)

public:
    // `held`: code -> name of every organisation in the commons (names there win).
    AreaResolver(const AreaData &data, QHash<QString, QString> held) : m_data(data), m_held(std::move(held)) {}

    // Trusts serving less than this share of the population are left out (counted).
    void setMinTrustShare(double share) { m_minTrustShare = share; }

    // Nothing when the code is not a constituency of the data.
    std::optional<AreaResult> resolve(const QString &constituencyCode) const;
    // Constituencies whose MP's name contains `name` (case and accents aside).
    QStringList byMp(const QString &name) const;
    // Constituencies a council (GSS code) serves, directly or as the county above a district.
    QStringList byCouncil(const QString &code) const;

    static double rounded(double share);

private:
    void addCouncils(const AreaConstituency &c, AreaResult *out) const;
    void addTrusts(const AreaConstituency &c, AreaResult *out) const;
    QString heldName(const QString &code, const QString &fallback) const;

    const AreaData &m_data;
    QHash<QString, QString> m_held;
    double m_minTrustShare = 0.01;
};

} // namespace livedna
