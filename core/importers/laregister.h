#pragma once

#include "core/importers/csvreader.h"
#include "core/util/problem.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace livedna {

// mySociety's register of UK local authorities (uk_local_authorities.csv): the join between
// GSS codes, finance-return e-codes and names, and the history of reorganisations that makes
// old codes fail to match.
class LaRegister
{
    Q_DECLARE_TR_FUNCTIONS(LaRegister)

public:
    struct Authority
    {
        int line = 0;
        QString code;      // local-authority-code (three-letter register code)
        QString officialName;
        QString niceName;
        QString gss;
        QString ecode;
        QString nation;
        QString region;
        QString type;      // NMD, UA, MD, LBO, CTY, COMB, SRA, CC
        QString typeName;  // "Non-metropolitan district"
        QString endDate;
        QString replacedBy; // register codes, ';'-separated
        QStringList formerGss;
        QStringList altNames;
        std::optional<qint64> population;
        bool current = false;

        bool isCurrentEnglish() const { return current && nation == QLatin1String("England"); }
    };

    static Result<LaRegister> load(const QString &path);

    const QList<Authority> &authorities() const { return m_all; }
    const CsvTable &table() const { return m_table; }
    const Authority *byCode(const QString &registerCode) const;
    const Authority *byGss(const QString &gss) const;       // current or former GSS code
    const Authority *byEcode(const QString &ecode) const;
    const Authority *byName(const QString &name) const;     // any spelling the register knows
    // The current English council a code now belongs to, following replaced-by; nullptr if none.
    const Authority *successor(const Authority &a) const;
    // "Kettering (E07000153) is not a current council: abolished 2021-04-01, replaced by North
    // Northamptonshire Council (E06000061)" — for reports.
    QString whyNotCurrent(const Authority &a) const;

    static QString normaliseName(const QString &name);

private:
    CsvTable m_table;
    QList<Authority> m_all;
    QHash<QString, int> m_byCode, m_byGss, m_byFormerGss, m_byEcode, m_byName;
};

} // namespace livedna
