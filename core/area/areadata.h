#pragma once

#include "core/util/problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace livedna {

// The areas document of a commons (areas.json, format "livedna-areas/1"; docs/areas.md):
// the 2024 parliamentary constituencies with their MPs, the councils that serve them and the
// acute NHS trusts whose catchments cover those councils' districts. Every share is a
// fraction of population in [0, 1].
struct AreaShare
{
    QString code;
    double share = 0;
};

struct AreaConstituency
{
    QString code;  // PCON24CD, e.g. E14001063
    QString name;
    QString mp;    // empty when the seat is vacant in the data
    QString party;
    // The districts (district or unitary councils) it overlaps, with the share of the
    // constituency's population living in each (sums to 1).
    QList<AreaShare> districts;
};

struct AreaCouncil
{
    QString code;   // GSS code, the commons' organisation code for councils
    QString name;
    QString kind;   // "district", "unitary" or "county"
    QString nation; // England, Wales, Scotland, Northern Ireland
    QString county; // GSS code of the county council above a district, empty if none
    std::optional<qint64> population; // pop-2020 of the register
    // Districts only: the acute trusts serving its residents, with the share of the district's
    // population in each one's catchment (estimated; docs/areas.md says how).
    QList<AreaShare> trusts;
};

struct AreaTrust
{
    QString code; // ODS code
    QString name;
};

struct AreaUnmapped
{
    QString code;
    QString reason;
};

struct AreaData
{
    Q_DECLARE_TR_FUNCTIONS(AreaData)

public:
    static constexpr const char *Format = "livedna-areas/1";

    QList<AreaConstituency> constituencies; // sorted by code
    QList<AreaCouncil> councils;            // sorted by code
    QList<AreaTrust> trusts;                // sorted by code
    QList<AreaUnmapped> unmapped;           // codes of the sources that map to no current body
    QStringList sources;                    // what it was built from, with licences
    QString method;                         // how the shares were computed

    const AreaConstituency *constituency(const QString &code) const;
    const AreaCouncil *council(const QString &code) const;
    const AreaTrust *trust(const QString &code) const;
    void reindex();

    QByteArray toJson() const;
    static Result<AreaData> fromJson(const QByteArray &bytes, const QString &file);

private:
    QHash<QString, int> m_constituencies, m_councils, m_trusts;
};

} // namespace livedna
