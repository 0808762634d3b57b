#pragma once

#include "core/domain/organisation.h"
#include "core/util/problem.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace livedna {

// Which trusts an NHS data import may write: those that already have a document in the
// output folder (from `import nhs-trusts`), and, with the ODS list, those open in it. Any
// other code in the data (a trust closed or merged since) is reported, never created.
class TrustLookup
{
    Q_DECLARE_TR_FUNCTIONS(TrustLookup)

public:
    // `odsFile` may be empty: then only documents in OUT count.
    static Result<TrustLookup> load(const QString &outDir, const QString &odsFile);
    // The header for a new document of `code`, or nullopt with *why set.
    std::optional<Organisation> header(const QString &code, QString *why) const;

private:
    QString m_outDir;
    QHash<QString, Organisation> m_open; // ODS code -> header from the ODS list
    QHash<QString, QString> m_closed;    // ODS code -> close date
};

} // namespace livedna
